#include "engine/tagwrite/tag_format.h"

#include <filesystem>

#include "engine/decisions/spelling.h"
#include "engine/error.h"

namespace tagscope {

std::optional<TagFormat> tagFormatOf(const std::string& path) {
    const std::string extension = foldCase(std::filesystem::path(path).extension().string());
    if (extension == ".mp3") return TagFormat::Mp3;
    if (extension == ".flac") return TagFormat::Flac;
    if (extension == ".ogg" || extension == ".oga") return TagFormat::OggVorbis;
    if (extension == ".opus") return TagFormat::OggOpus;
    if (extension == ".m4a" || extension == ".mp4" || extension == ".m4b") return TagFormat::Mp4;
    if (extension == ".wav") return TagFormat::Wav;
    if (extension == ".aif" || extension == ".aiff") return TagFormat::Aiff;
    return std::nullopt;
}

TagFormat requireTagFormat(const std::string& path) {
    if (const auto format = tagFormatOf(path)) return *format;
    fail(path,
         "tags cannot be written into this kind of file (mp3, flac, ogg, opus, m4a, wav and aiff "
         "can)");
}

std::string_view tagFormatName(TagFormat format) {
    switch (format) {
        case TagFormat::Mp3:
            return "MP3";
        case TagFormat::Flac:
            return "FLAC";
        case TagFormat::OggVorbis:
            return "Ogg Vorbis";
        case TagFormat::OggOpus:
            return "Ogg Opus";
        case TagFormat::Mp4:
            return "MP4";
        case TagFormat::Wav:
            return "WAV";
        case TagFormat::Aiff:
            return "AIFF";
    }
    return "";
}

bool keepsSeveralValues(TagFormat format) {
    return format != TagFormat::Mp4;
}

}  // namespace tagscope
