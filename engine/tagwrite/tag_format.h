#pragma once
// The file formats Tagscope writes tags into, told by the file's extension (as TagLib tells
// them), and how each keeps the fields of tag_field.h (docs/TAG_WRITING.md):
//   MP3, WAV, AIFF: an ID3v2.4 tag (WAV and AIFF in their "ID3 " chunk);
//   FLAC, Ogg Vorbis, Ogg Opus: Vorbis comments;
//   M4A/MP4: iTunes metadata atoms.

#include <optional>
#include <string>
#include <string_view>

namespace tagscope {

enum class TagFormat { Mp3, Flac, OggVorbis, OggOpus, Mp4, Wav, Aiff };

// By extension, ignoring case: .mp3; .flac; .ogg, .oga; .opus; .m4a, .mp4, .m4b; .wav;
// .aif, .aiff. Nullopt for anything else.
std::optional<TagFormat> tagFormatOf(const std::string& path);
// Throws Error("PATH: tags cannot be written into .xyz files (...)") for other extensions.
TagFormat requireTagFormat(const std::string& path);

std::string_view tagFormatName(TagFormat format);  // "MP3", "FLAC", "Ogg Vorbis", ...

// Whether the format keeps several values of one field apart (ID3v2.4 and Vorbis comments
// do). MP4 keeps one string: several values are joined with "; ".
bool keepsSeveralValues(TagFormat format);

}  // namespace tagscope
