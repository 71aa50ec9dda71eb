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

RowMatrixXf Tagger::predict(const std::vector<const Melgram*>& clips) const {
    return network_.predict(clips, norm_, calibration_.get());
}

std::vector<TrackTags> Tagger::tagTracks(const std::vector<const TrackClips*>& tracks,
                                         bool withSegments) const {
    std::vector<const Melgram*> centrals;
    for (const TrackClips* t : tracks) centrals.push_back(&t->central);
    if (centrals.empty()) return {};

    NormMode mode = norm_;
    Calibration batchStats;
    const Calibration* calibration = calibration_.get();
    if (norm_ == NormMode::Batch) {
        batchStats = network_.calibrate(centrals);
        calibration = &batchStats;
        mode = NormMode::Calibrated;
    }
    auto toVector = [](const auto& row) {
        return std::vector<float>(row.data(), row.data() + row.size());
    };

    const RowMatrixXf central = network_.predict(centrals, mode, calibration);
    std::vector<TrackTags> result(tracks.size());
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        TrackTags& tags = result[i];
        tags.central = toVector(RowMatrixXf(central.row(Eigen::Index(i))));
        tags.summary = tags.central;
        if (!withSegments || tracks[i]->windows.empty()) continue;
        std::vector<const Melgram*> windows;
        for (const AnalysisWindow& w : tracks[i]->windows) windows.push_back(&w.melgram);
        const RowMatrixXf p = network_.predict(windows, mode, calibration);
        for (std::size_t k = 0; k < windows.size(); ++k)
            tags.segments.push_back({tracks[i]->windows[k].startSeconds,
                                     toVector(RowMatrixXf(p.row(Eigen::Index(k))))});
        tags.summary = toVector(RowMatrixXf(p.colwise().mean()));
    }
    return result;
}

}  // namespace tagscope
