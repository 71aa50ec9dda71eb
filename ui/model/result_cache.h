#pragma once
// The session's memory of finished work: decoded tracks per file (least recently used first
// out, within a byte budget), and results per (file, model configuration) for the tracks in
// the list, so switching tracks or models back and forth is instant. Memory does not grow with
// the session's age: decoded tracks are bounded, and a removed track's entries are dropped.

#include <QHash>
#include <QString>
#include <cstddef>
#include <list>
#include <memory>

#include "ui/model/model_config.h"
#include "ui/model/track_analysis_data.h"

namespace tagscope::ui {

class ResultCache {
public:
    static constexpr std::size_t kDefaultDecodedBudget = std::size_t(256) << 20;

    explicit ResultCache(std::size_t decodedBudgetBytes = kDefaultDecodedBudget);

    // nullptr if not decoded yet or evicted; marks the entry as recently used.
    std::shared_ptr<const DecodedTrack> decoded(const QString& path);
    void storeDecoded(const QString& path, std::shared_ptr<const DecodedTrack> track);
    std::size_t decodedBytes() const { return decodedBytes_; }
    std::size_t decodedCount() const { return std::size_t(decoded_.size()); }

    // nullptr if nothing is known yet.
    const ModelResult* result(const QString& path, const ModelConfig& config) const;
    bool isComplete(const QString& path, const ModelConfig& config) const;
    // The entry to fill in (created empty on first use).
    ModelResult& resultToFill(const QString& path, const ModelConfig& config);
    void storeResult(const QString& path, const ModelConfig& config, ModelResult result);
    // Drops a partial result (work on it was cancelled); complete ones stay.
    void dropIncomplete(const QString& path, const ModelConfig& config);
    // Forgets everything about a file (it left the list).
    void drop(const QString& path);
    std::size_t resultCount() const { return std::size_t(results_.size()); }  // files with any

private:
    struct Decoded {
        std::shared_ptr<const DecodedTrack> track;
        std::list<QString>::iterator use;  // position in usage_
    };
    void evictBeyondBudget();

    std::size_t budget_;
    std::size_t decodedBytes_ = 0;
    QHash<QString, Decoded> decoded_;
    std::list<QString> usage_;                             // most recently used first
    QHash<QString, QHash<QString, ModelResult>> results_;  // path → config key → result
};

}  // namespace tagscope::ui
