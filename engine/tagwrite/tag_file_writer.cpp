#include "engine/tagwrite/tag_file_writer.h"

#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/io/output_target.h"
#include "engine/tagwrite/tag_file_fields.h"

namespace tagscope {

LoadedTagFile loadTagFile(const std::string& path) {
    LoadedTagFile file;
    file.path = path;
    file.format = requireTagFormat(path);
    if (inspectOutput(path).kind != TargetKind::Regular)
        fail(path, "is not a regular file; tags not written");
    FileContent content = readFileContent(path, kMaxTaggedFileBytes - 1);
    file.content = {content.stamp, sampledFingerprintOf(content.bytes)};
    file.bytes = std::move(content.bytes);
    file.fields = readTagFields(file.format, file.bytes, path);
    return file;
}

ContentFingerprint replaceTagFields(const LoadedTagFile& file, const FieldMap& fields) {
    const std::string rewritten = rewriteTagFields(file.format, file.bytes, fields, file.path);
    writeFileAtomically(file.path, rewritten);
    return {fileStamp(file.path), sampledFingerprintOf(rewritten)};
}

}  // namespace tagscope
