#include "engine/model_locator.h"

#include <cstdlib>
#include <filesystem>

#include "engine/build_config.h"
#include "engine/error.h"

namespace tagscope {
namespace fs = std::filesystem;
namespace {

void addIfSet(std::vector<std::string>& dirs, const char* variable) {
    if (const char* value = std::getenv(variable); value && *value) dirs.emplace_back(value);
}

// True for the programs of this build tree (not for an installed or packaged copy).
bool runningFromBuildTree() {
    std::error_code ec;
    const std::string exe = executableDir();
    return !exe.empty() && fs::equivalent(exe, build::kBuildBinDir, ec);
}

}  // namespace

std::string weightsVariantId(WeightsVariant variant) {
    return variant == WeightsVariant::TensorFlow ? "tensorflow" : "theano";
}

std::string defaultWeightsFileName(NetworkKind kind, WeightsVariant variant) {
    return networkId(kind) + "_weights_" + weightsVariantId(variant) + ".hdf5";
}

std::string executableDir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : exe.parent_path().string();
}

std::vector<std::string> modelSearchDirs() {
    std::vector<std::string> dirs;
    addIfSet(dirs, "TAGSCOPE_MODELS_DIR");
    if (const std::string exe = executableDir(); !exe.empty())
        dirs.push_back((fs::path(exe).parent_path() / "share/tagscope/models").string());
    if (runningFromBuildTree()) dirs.emplace_back(build::kModelsDir);
    return dirs;
}

std::vector<std::string> dataSearchDirs() {
    std::vector<std::string> dirs;
    addIfSet(dirs, "TAGSCOPE_DATA_DIR");
    if (const std::string exe = executableDir(); !exe.empty())
        dirs.push_back((fs::path(exe).parent_path() / "share/tagscope").string());
    if (runningFromBuildTree()) dirs.emplace_back(build::kBuildDataDir);
    return dirs;
}

std::string findWeights(NetworkKind kind, WeightsVariant variant) {
    const std::string name = defaultWeightsFileName(kind, variant);
    std::string searched;
    for (const std::string& dir : modelSearchDirs()) {
        std::error_code ec;
        const fs::path candidate = fs::path(dir) / name;
        if (fs::is_regular_file(candidate, ec)) return candidate.string();
        searched += (searched.empty() ? "" : ", ") + dir;
    }
    throw Error(name + ": weight file not found (searched " + searched +
                "; set TAGSCOPE_MODELS_DIR or pass --weights)");
}

std::string findSamplesDir() {
    std::vector<std::string> dirs;
    addIfSet(dirs, "TAGSCOPE_SAMPLES_DIR");
    if (const std::string exe = executableDir(); !exe.empty())
        dirs.push_back((fs::path(exe).parent_path() / "share/tagscope/samples").string());
    if (runningFromBuildTree()) dirs.emplace_back(build::kSamplesDir);
    for (const std::string& dir : dirs) {
        std::error_code ec;
        if (fs::is_directory(dir, ec)) return dir;
    }
    return {};
}

std::string calibrationFileNameFor(const std::string& weightsPath) {
    return fs::path(weightsPath).stem().string() + ".calibration.json";
}

std::string findDefaultCalibration(const std::string& weightsPath) {
    const std::string stem = fs::path(weightsPath).stem().string();
    for (const std::string& dir : dataSearchDirs())
        for (const std::string& name :
             {calibrationFileNameFor(weightsPath), stem + ".calibration.h5"}) {
            std::error_code ec;
            const fs::path candidate = fs::path(dir) / "calibration" / name;
            if (fs::is_regular_file(candidate, ec)) return candidate.string();
        }
    return {};
}

std::string findVocabulary() {
    for (const std::string& dir : dataSearchDirs()) {
        std::error_code ec;
        const fs::path candidate = fs::path(dir) / "vocabulary.json";
        if (fs::is_regular_file(candidate, ec)) return candidate.string();
    }
    return {};
}

}  // namespace tagscope
