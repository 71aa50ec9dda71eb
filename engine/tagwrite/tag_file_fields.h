#pragma once
// Reading and rewriting the fields of tag_field.h in the bytes of a music file, with TagLib,
// in memory: the file on disk is never opened for writing here (tag_file_writer.h does that,
// atomically). Only the fields given change: every other field, picture and the audio stay as
// they are.

#include <string>
#include <string_view>

#include "engine/tagwrite/tag_field.h"
#include "engine/tagwrite/tag_format.h"

namespace tagscope {

// The largest file rewritten (TagLib's in-memory buffers count bytes in 32 bits).
inline constexpr std::uint64_t kMaxTaggedFileBytes = std::uint64_t(2) << 30;

// Throws Error("PATH: not a valid FLAC file") and the like; `path` only names the file.
FieldMap readTagFields(TagFormat format, std::string_view bytes, const std::string& path);

// The file's bytes with each field of `fields` set to its values (an empty list removes it).
// The result is read back and checked; throws Error naming path if TagLib cannot parse the
// file or did not write what was asked.
std::string rewriteTagFields(TagFormat format, std::string_view bytes, const FieldMap& fields,
                             const std::string& path);

}  // namespace tagscope
