#pragma once
// The session's memory of finished work: decoded tracks per file, and results per (file,
// model configuration), so switching tracks or models back and forth is instant.

#include <QHash>
#include <QString>
#include <memory>

#include "ui/model/model_config.h"
#include "ui/model/track_analysis_data.h"

namespace tagscope::ui {

class ResultCache {
public:
    std::shared_ptr<const DecodedTrack> decoded(const QString& path) const;
    void storeDecoded(const QString& path, std::shared_ptr<const DecodedTrack> track);

    // nullptr if nothing is known yet.
    const ModelResult* result(const QString& path, const ModelConfig& config) const;
    bool isComplete(const QString& path, const ModelConfig& config) const;
    // The entry to fill in (created empty on first use).
    ModelResult& resultToFill(const QString& path, const ModelConfig& config);
    void storeResult(const QString& path, const ModelConfig& config, ModelResult result);
    // Drops a partial result (work on it was cancelled); complete ones stay.
    void dropIncomplete(const QString& path, const ModelConfig& config);

private:
    static QString resultKey(const QString& path, const ModelConfig& config);

    QHash<QString, std::shared_ptr<const DecodedTrack>> decoded_;
    QHash<QString, ModelResult> results_;
};

}  // namespace tagscope::ui
