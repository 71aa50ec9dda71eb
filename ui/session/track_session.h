#pragma once
// The loaded tracks and what is being done with them: the track list, the result cache, the
// background analysis, the result store and the active model settings. Turns the workers'
// reports into cache entries and row updates, and (re)queues work whenever a setting asks for
// results not yet computed: first asking the store (on a store thread) what it holds, then
// analysing only what is missing, whose results the workers save to the store. Tracks the
// store knows (the library) are taken a slice at a time, so that 10,000 of them never stall
// the window. Lives in the GUI thread and never calls the engine for slow work.

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <deque>
#include <map>
#include <memory>
#include <vector>

#include "engine/decisions/tag_decisions.h"
#include "ui/analysis/analysis_service.h"
#include "ui/analysis/store_answer.h"
#include "ui/model/result_cache.h"
#include "ui/model/tag_decision_settings.h"
#include "ui/model/track_list_model.h"

namespace tagscope::ui {

class StoreConfigurations;

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

    // Adds the files not yet listed (their stored results looked up, the rest queued for
    // analysis, or done at once from the cache); returns the ids of the new rows.
    std::vector<TrackId> addFiles(const QStringList& files);
    void removeTracks(const std::vector<TrackId>& ids);  // cancels their work
    void removePaths(const QStringList& paths);          // those of them that are listed
    void prioritise(TrackId id);  // it is being looked at: first in line, and decoded for display
    // The finer display windows (fine_windows.h) for the track being looked at, once all its
    // active results are complete and unless cached: one task at a time, a request for another
    // track cancels the last. They arrive in the results (ModelResult::fineSegments).
    void requestFineWindows(TrackId id);
    bool isComputingFineWindows() const { return fineTask_ && service_.isTaskLive(fineTask_); }

    // The result store. Until setStore() the session may wait for one (awaitStore(): tracks
    // added meanwhile wait too); setStore(nullptr) analyses them without one.
    void awaitStore();
    void setStore(std::shared_ptr<ResultStore> store);
    const std::shared_ptr<ResultStore>& store() const { return store_; }
    const std::shared_ptr<StoreConfigurations>& storeConfigurations() const {
        return storeConfigurations_;
    }
    // Files the store told of (the library's listing, a rescan): the unlisted are listed with
    // their stored results, a slice at a time; what they lack is analysed. A listed file
    // marked changed is analysed again.
    void takeStoredTracks(std::vector<StoreAnswer> answers);
    bool isTakingStoredTracks() const { return !incoming_.empty(); }
    // The paths listed, and about to be.
    QSet<QString> listedPaths() const;

    // Tag decisions (vocabulary and thresholds, kept in the store once it is open), for the
    // list's scores, tag queries and playlists. Every change rescores every track.
    TagDecisionSettings& decisions() { return decisions_; }
    const std::shared_ptr<const TagDecider>& decider() const { return decider_; }

    QString path(TrackId id) const;
    std::shared_ptr<const DecodedTrack> decoded(TrackId id);  // nullptr: not (or no longer) cached
    // The active configuration's result for one network, or nullptr.
    const ModelResult* result(TrackId id, NetworkKind kind) const;
    // Tracks being analysed or listed (the display windows, fine_windows.h, do not count).
    bool isAnalysing() const { return service_.isBusyBesides(fineTask_) || !incoming_.empty(); }

signals:
    void trackChanged(tagscope::ui::TrackId id);  // decoded data, results or status
    void settingsChanged();                       // model or normalisation switched
    void deciderChanged();
    void storedTracksTaken();                   // every stored track handed over so far is in
    void storeWarning(const QString& message);  // results could not be kept; tags unavailable
    void allIdle();

private:
    enum class StoreState { None, Awaited, Open };

    void connectService();
    // Asks for whatever the active configs still lack: from the store first, if there is one.
    void requeue(const std::vector<TrackId>& ids);
    void updateRow(TrackId id);
    std::optional<LabelScores> scoresOf(const ModelResult* primary) const;
    static QStringList listedTopTags(const ModelResult* primary);  // the list's column
    // Every one of these configurations' results for the file is in.
    bool isComplete(const QString& file, const std::vector<ModelConfig>& configs) const;
    void rescoreAll();
    // Results from the store, but nothing to draw the spectrogram from: decodes it (urgent).
    void decodeForDisplay(TrackId id);
    void useDecisions();  // the decider from decisions_
    void keepThresholdsInStore();
    std::vector<ModelConfig> missingConfigs(TrackId id);

    // track_session_store.cpp
    void askStore(std::vector<StoreQuestion> questions);
    void takeIncoming();  // one time slice of the answers waiting
    void answerTrack(const StoreAnswer& answer);
    void listStoredTracks(std::vector<StoreAnswer>& answers);
    void analyseAgain(TrackId id, const StoreAnswer& answer);
    void analyse(TrackId id, std::vector<ModelConfig> configs, const StoreAnswer* answer);
    TrackEntry entryFor(const StoreAnswer& answer);

    TrackListModel tracks_;
    ResultCache cache_;
    AnalysisService service_;
    ModelChoice modelChoice_ = ModelChoice::Cnn;
    NormalisationChoice normalisation_ = NormalisationChoice::BundledCalibration;
    std::map<NetworkKind, QString> customCalibrations_;
    TrackId lookedAt_ = 0;       // the track last prioritised
    QSet<TrackId> undecodable_;  // analysis failed: not retried when settings change
    QHash<TrackId, QString> errors_;
    JobId fineTask_ = 0;  // the finer display windows being computed, if any
    TrackId fineTrack_ = 0;
    std::vector<ModelConfig> fineConfigs_;
    QSet<QString> fineFailed_;  // files whose fine windows failed: not asked for again

    StoreState storeState_ = StoreState::None;
    std::shared_ptr<ResultStore> store_;
    std::shared_ptr<StoreConfigurations> storeConfigurations_;
    QSet<TrackId> awaitingStore_;
    QHash<TrackId, quint64> requests_;  // each listed track's latest request to the store
    quint64 lastRequest_ = 0;
    std::deque<StoreAnswer> incoming_;
    QSet<QString> incomingPaths_;  // of the answers waiting to be listed
    QTimer intakeTimer_;

    TagDecisionSettings decisions_;
    std::shared_ptr<const TagDecider> decider_;
};

}  // namespace tagscope::ui
