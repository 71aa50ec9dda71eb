#pragma once
// Writing tag fields into one music file without ever putting it at risk:
// - loadTagFile() refuses what may not be replaced (read-only files, files with several hard
//   links, anything but a regular file; output_target.h) before anything else happens, then
//   reads the whole file, its fingerprint (content_fingerprint.h) and its fields;
// - replaceTagFields() rewrites the fields in memory (tag_file_fields.h), checks them, and
//   replaces the file atomically (atomic_file.h): a temporary file in the same folder, with
//   the file's mode and owner, synced, then renamed over it. A crash leaves the old file or
//   the new one, never a mix; a full disk or any other failure leaves the old file untouched.
// The replaced file is a new inode: its modification time is now (docs/TAG_WRITING.md).
// Errors are Error("PATH: ..."), naming the file.

#include <string>

#include "engine/store/content_fingerprint.h"
#include "engine/tagwrite/tag_field.h"
#include "engine/tagwrite/tag_format.h"

namespace tagscope {

struct LoadedTagFile {
    std::string path;
    TagFormat format = TagFormat::Mp3;
    ContentFingerprint content;  // sampled fingerprint of exactly the bytes below
    std::string bytes;
    FieldMap fields;
};

LoadedTagFile loadTagFile(const std::string& path);

// Writes `fields` (each set to its values; an empty list removes the field) into the file as
// it was loaded. Returns the new content's fingerprint and stamp.
ContentFingerprint replaceTagFields(const LoadedTagFile& file, const FieldMap& fields);

}  // namespace tagscope
