#include "engine/tagger.h"

#include "engine/error.h"

namespace tagscope {
namespace {

std::string resolveWeights(const TaggerConfig& config) {
    return config.weightsPath.empty() ? findWeights(config.kind, WeightsVariant::TensorFlow)
                                      : config.weightsPath;
}

}  // namespace

Tagger::Tagger(const TaggerConfig& config)
    : weightsPath_(resolveWeights(config)),
      norm_(config.norm),
      network_(TaggingNetwork::fromFile(weightsPath_, config.kind)) {
    if (norm_ != NormMode::Calibrated) return;
    calibrationPath_ = config.calibrationPath.empty() ? findDefaultCalibration(weightsPath_)
                                                      : config.calibrationPath;
    if (calibrationPath_.empty())
        fail(weightsPath_,
             "no default calibration for these weights (make one with "
             "'tagscope-cli calibrate', or use --norm track or --norm batch)");
    calibration_ = std::make_unique<Calibration>(Calibration::load(calibrationPath_));
    calibration_->checkFits(network_.weights(), calibrationPath_);
}

RowMatrixXf Tagger::predict(const std::vector<const Melgram*>& clips,
                            const RunContext& context) const {
    return network_.predict(clips, norm_, calibration_.get(), context);
}

std::vector<float> Tagger::predictClip(const Melgram& clip, const RunContext& context,
                                       const Calibration* stats) const {
    const RowMatrixXf p = stats ? network_.predict({&clip}, NormMode::Calibrated, stats, context)
                                : predict({&clip}, context);
    return std::vector<float>(p.data(), p.data() + p.cols());
}

ClipAnalysis Tagger::analyseClip(const Melgram& clip, const RunContext& context,
                                 const Calibration* stats) const {
    const NetworkOutputs out =
        stats ? network_.predictWithEmbeddings({&clip}, NormMode::Calibrated, stats, context)
              : network_.predictWithEmbeddings({&clip}, norm_, calibration_.get(), context);
    return {
        std::vector<float>(out.probabilities.data(),
                           out.probabilities.data() + out.probabilities.cols()),
        std::vector<float>(out.embeddings.data(), out.embeddings.data() + out.embeddings.cols())};
}

}  // namespace tagscope
