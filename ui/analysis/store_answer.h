#pragma once
// What the result store says about one file, as a worker hands it to the GUI thread: its
// identity on disk, its audio details, and per model configuration asked about a complete
// stored result, if there is a usable one (with windows cut at the app's hop). Answers go in
// batches, so that the GUI thread takes many at once and the worker never floods it.

#include <QElapsedTimer>
#include <QString>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "engine/store/result_store.h"
#include "ui/analysis/result_saving.h"
#include "ui/model/model_config.h"
#include "ui/model/track_analysis_data.h"
#include "ui/model/track_entry.h"

namespace tagscope::ui {

class StoreConfigurations;

// A listed track's question: what does the store hold for these configurations?
struct StoreQuestion {
    TrackId track = 0;
    quint64 request = 0;  // which request of the session's it is (later ones supersede it)
    QString path;
    std::vector<ModelConfig> configs;
};

struct StoreAnswer {
    TrackId track = 0;    // the listed track asked about; 0: a file to list
    quint64 request = 0;  // the question it answers
    QString path;
    QString title;                // from the file's tags; empty if not known
    double durationSeconds = -1;  // < 0: not known
    // As identified just now; none when the disk was not looked at (the library's listing at
    // start) or the file could not be read (its analysis will say what is wrong).
    std::optional<IdentifiedFile> file;
    bool changed = false;  // its content is not what was analysed: stored results do not apply
    std::vector<ModelConfig> configs;
    std::vector<std::int64_t> configurationIds;       // per config; 0: not storable
    std::vector<std::optional<ModelResult>> results;  // per config

    // Where the results of analysing these configs (a subset of `configs`) go; none when the
    // file was not identified.
    std::optional<ResultSaving> savingFor(const std::shared_ptr<ResultStore>& store,
                                          const std::vector<ModelConfig>& analysed) const;
};

// An answer for `path` with the stored results of `identified` (if it has an id) for each
// config, and its audio details.
StoreAnswer answerFor(StoreConfigurations& configurations, const QString& path,
                      const std::optional<IdentifiedFile>& identified,
                      const std::vector<ModelConfig>& configs);
// The same for a stored file, without looking at the disk.
StoreAnswer answerFor(StoreConfigurations& configurations, const StoredFile& stored,
                      const std::vector<ModelConfig>& configs);

// Collects answers and hands them on in batches: when `batchSize` are in, or `batchMs` has
// passed since the last batch went, whichever comes first.
class AnswerBatches {
public:
    using Sink = std::function<void(std::vector<StoreAnswer>)>;
    AnswerBatches(Sink sink, std::size_t batchSize = 500, int batchMs = 40);

    void add(StoreAnswer answer);
    void flush();

private:
    Sink sink_;
    std::size_t batchSize_;
    int batchMs_;
    QElapsedTimer sinceLast_;
    std::vector<StoreAnswer> pending_;
};

}  // namespace tagscope::ui
