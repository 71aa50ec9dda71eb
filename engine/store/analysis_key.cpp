#include "engine/store/analysis_key.h"

#include "engine/error.h"
#include "engine/networks/calibration.h"
#include "engine/store/result_store.h"

namespace tagscope {

std::string analysisKey(const TaggerConfig& model, ResamplerKind resampler, ResultStore& store) {
    if (model.norm == NormMode::Batch)
        throw Error("analysisKey: batch normalisation results cannot be stored");
    std::string key = "tagscope-analysis " + std::to_string(kAnalysisVersion);
    key += "; network " + networkId(model.kind);
    key += "; weights " + fingerprintHex(store.modelFileFingerprint(model.weightsPath));
    key += "; norm " + normModeId(model.norm);
    if (model.norm == NormMode::Calibrated)
        key += "; calibration " + fingerprintHex(store.modelFileFingerprint(model.calibrationPath));
    key += std::string("; resampler ") + (resampler == ResamplerKind::Exact ? "exact" : "fast");
    return key;
}

}  // namespace tagscope
