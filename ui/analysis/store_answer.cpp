#include "ui/analysis/store_answer.h"

#include "ui/analysis/store_configurations.h"

namespace tagscope::ui {
namespace {

// Only results with their windows, cut at the app's hop, are complete for the app.
std::optional<ModelResult> usableResult(std::optional<StoredResult> stored,
                                        const std::string& weightsPath, double durationSeconds) {
    if (!stored || stored->hopSeconds != kAppHopSeconds) return std::nullopt;
    ModelResult result;
    result.weightsPath = weightsPath;
    result.central = std::move(stored->central);
    result.summary = std::move(stored->summary);
    result.segments = std::move(stored->segments);
    // The store keeps no levels: the padding follows from the duration, the loudness is unknown.
    result.centralLevel.paddingShare = paddingShareOf(0.0, durationSeconds);
    for (SegmentResult& segment : result.segments)
        segment.level.paddingShare = paddingShareOf(segment.startSeconds, durationSeconds);
    result.complete = true;
    return result;
}

void fillResults(StoreConfigurations& configurations, StoreAnswer& answer,
                 std::optional<std::int64_t> fileId) {
    for (const ModelConfig& config : answer.configs) {
        const StoreConfigurations::Known known = configurations.of(config);
        answer.configurationIds.push_back(known.id);
        answer.results.push_back(
            fileId && known.id != 0 ? usableResult(configurations.store().result(*fileId, known.id),
                                                   known.weightsPath, answer.durationSeconds)
                                    : std::nullopt);
    }
}

void setDetails(StoreAnswer& answer, const AudioInfo& info) {
    if (info.sampleRate == 0) return;  // not known (or not audio)
    answer.title = QString::fromStdString(info.title);
    answer.durationSeconds = info.durationSeconds;
}

}  // namespace

std::optional<ResultSaving> StoreAnswer::savingFor(const std::shared_ptr<ResultStore>& store,
                                                   const std::vector<ModelConfig>& analysed) const {
    if (!file || !store) return std::nullopt;
    ResultSaving saving{store, *file, {}};
    for (const ModelConfig& config : analysed) {
        std::int64_t id = 0;
        for (std::size_t i = 0; i < configs.size(); ++i)
            if (configs[i] == config) id = configurationIds[i];
        saving.configurations.push_back(id);
    }
    return saving;
}

StoreAnswer answerFor(StoreConfigurations& configurations, const QString& path,
                      const std::optional<IdentifiedFile>& identified,
                      const std::vector<ModelConfig>& configs) {
    StoreAnswer answer;
    answer.path = path;
    answer.file = identified;
    answer.configs = configs;
    if (identified) {
        answer.changed = identified->status == FileStatus::Changed;
        if (identified->id) setDetails(answer, identified->info);
    }
    fillResults(configurations, answer, identified ? identified->id : std::nullopt);
    return answer;
}

StoreAnswer answerFor(StoreConfigurations& configurations, const StoredFile& stored,
                      const std::vector<ModelConfig>& configs) {
    StoreAnswer answer;
    answer.path = QString::fromStdString(stored.path);
    answer.configs = configs;
    setDetails(answer, stored.info);
    fillResults(configurations, answer, stored.id);
    return answer;
}

AnswerBatches::AnswerBatches(Sink sink, std::size_t batchSize, int batchMs)
    : sink_(std::move(sink)), batchSize_(batchSize), batchMs_(batchMs) {
    sinceLast_.start();
}

void AnswerBatches::add(StoreAnswer answer) {
    pending_.push_back(std::move(answer));
    if (pending_.size() >= batchSize_ || sinceLast_.elapsed() >= batchMs_) flush();
}

void AnswerBatches::flush() {
    if (pending_.empty()) return;
    sink_(std::exchange(pending_, {}));
    sinceLast_.restart();
}

}  // namespace tagscope::ui
