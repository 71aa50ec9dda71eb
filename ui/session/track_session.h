#pragma once
// The loaded tracks and what is being done with them: the track list, the result cache, the
// background analysis and the active model settings. Turns the workers' reports into cache
// entries and row updates, and (re)queues work whenever a setting asks for results not yet
// computed. Lives in the GUI thread and never calls the engine.

#include <QObject>
#include <QSet>
#include <QStringList>
#include <map>
#include <memory>
#include <vector>

#include "ui/analysis/analysis_service.h"
#include "ui/model/result_cache.h"
#include "ui/model/track_list_model.h"

namespace tagscope::ui {

// How the networks' batch normalisation gets its statistics, as the toolbar offers it.
enum class NormalisationChoice { BundledCalibration, CustomCalibration, Track };

class TrackSession : public QObject {
    Q_OBJECT
public:
    explicit TrackSession(QObject* parent = nullptr);
    ~TrackSession() override;  // shutdown()

    // Stops and joins all background work; results stop arriving. Idempotent.
    void shutdown();

    TrackListModel* tracks() { return &tracks_; }
    const ResultCache& cache() const { return cache_; }
    ResultCache& cache() { return cache_; }
    AnalysisService& service() { return service_; }

    void setModelChoice(ModelChoice choice);
    ModelChoice modelChoice() const { return modelChoice_; }
    void setNormalisation(NormalisationChoice choice);
    NormalisationChoice normalisation() const { return normalisation_; }
    // A calibration file for one network; used when the normalisation is CustomCalibration.
    void setCustomCalibration(NetworkKind kind, const QString& path);
    QString customCalibration(NetworkKind kind) const;
    bool hasCustomCalibration() const { return !customCalibrations_.empty(); }

    std::vector<NetworkKind> activeNetworks() const { return networksFor(modelChoice_); }
    ModelConfig configFor(NetworkKind kind) const;
    std::vector<ModelConfig> activeConfigs() const;

    // Adds the files not yet listed (queued for analysis, or done at once from the cache);
    // returns the ids of the new rows.
    std::vector<TrackId> addFiles(const QStringList& files);
    void removeTracks(const std::vector<TrackId>& ids);  // cancels their work
    void prioritise(TrackId id) { service_.prioritise(id); }

    QString path(TrackId id) const;
    std::shared_ptr<const DecodedTrack> decoded(TrackId id);  // nullptr: not (or no longer) cached
    // The active configuration's result for one network, or nullptr.
    const ModelResult* result(TrackId id, NetworkKind kind) const;
    bool isAnalysing() const { return service_.isBusy(); }

signals:
    void trackChanged(tagscope::ui::TrackId id);  // decoded data, results or status
    void settingsChanged();                       // model or normalisation switched
    void allIdle();

private:
    void requeue(TrackId id);  // asks for whatever the active configs still lack
    void updateRow(TrackId id);

    TrackListModel tracks_;
    ResultCache cache_;
    AnalysisService service_;
    ModelChoice modelChoice_ = ModelChoice::Cnn;
    NormalisationChoice normalisation_ = NormalisationChoice::BundledCalibration;
    std::map<NetworkKind, QString> customCalibrations_;
    QSet<TrackId> undecodable_;  // analysis failed: not retried when settings change
    QHash<TrackId, QString> errors_;
};

}  // namespace tagscope::ui
