#pragma once
// "See it" and "Hear it" in the app: the tag chosen for a closer look (a click on a bar or a
// taggram row), the relevance overlay on the spectrogram (View ▸ Relevance Overlay, with its
// opacity), "Listen to What Made It <tag>", Export Relevance Audio… and Export Spectrogram
// Image…. The relevance of the selected tag for the current window (the analysis window under
// the playhead once it has moved, else the original central window) is computed by a task of
// the AnalysisService — one at a time, cancelled when the track, window, tag or model changes —
// and kept in a RelevanceCache per (file, window, tag, model configuration); the views only
// draw what it hands them.

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <vector>

#include "ui/analysis/analysis_job.h"
#include "ui/analysis/relevance_job.h"
#include "ui/model/relevance_cache.h"

class QAction;
class QActionGroup;
class QImage;
class QWidget;

namespace tagscope::ui {

class ClipPlayer;
class PlaybackController;
class TagPanel;
class TimelinePanel;
class TrackDisplay;
class TrackSession;

class RelevanceController : public QObject {
    Q_OBJECT
public:
    // window: the parent of its dialogs.
    RelevanceController(TrackSession& session, TrackDisplay& display, TimelinePanel& timeline,
                        TagPanel& tags, PlaybackController& playback, QWidget* window);
    ~RelevanceController() override;

    QAction* overlayAction() const { return overlayAction_; }  // checkable, off
    QList<QAction*> opacityActions() const;                    // exclusive, 75 % checked
    QAction* listenAction() const { return listenAction_; }
    QAction* exportAudioAction() const { return exportAudioAction_; }
    QAction* exportImageAction() const { return exportImageAction_; }

    void selectTag(int tagIndex);  // -1 clears
    int selectedTag() const { return tag_; }
    void setOverlayShown(bool shown);  // as the View menu's toggle
    bool isOverlayShown() const;
    void setOpacity(double opacity);  // 0–1

    // What the overlay would show now (invalid without a track, a tag or a known window).
    RelevanceRequest currentRequest() const;
    // The relevance drawn now, if any.
    std::shared_ptr<const RelevanceResult> shownResult() const { return shown_; }
    const RelevanceCache& cache() const { return cache_; }
    JobId runningJob() const { return job_; }  // 0 when none
    int jobsStarted() const { return jobsStarted_; }

    // The current window resynthesised through the selected tag's relevance: played (listen),
    // or written to path (exportAudio); asynchronous, audioWritten or failed follows.
    void listen();
    void exportAudio(const QString& path);
    // The spectrogram view as drawn, with or without the overlay.
    QImage spectrogramImage(bool withOverlay) const;
    // Writes it as PNG, atomically; returns an empty string, else the error.
    QString exportSpectrogramImage(const QString& path, bool withOverlay) const;

signals:
    void overlayShown();  // the current request's relevance is drawn
    void audioWritten(const QString& path);
    void statusMessage(const QString& message);

private:
    void refresh();
    void show(std::shared_ptr<const RelevanceResult> result);
    // Runs then() with the current request's relevance: at once if cached, else once computed.
    void withRelevance(std::function<void(std::shared_ptr<const RelevanceResult>)> then);
    void startJob(const RelevanceRequest& request);
    void cancelJob();
    void onRelevance(std::shared_ptr<const RelevanceResult> result);
    void writeAudio(std::shared_ptr<const RelevanceResult> result, const QString& path, bool play);
    void exportAudioInteractively();
    void exportImageInteractively();
    void updateActions();

    TrackSession& session_;
    TrackDisplay& display_;
    TimelinePanel& timeline_;
    TagPanel& tags_;
    PlaybackController& playback_;
    QWidget* window_;
    ClipPlayer* clipPlayer_;
    QAction* overlayAction_;
    QActionGroup* opacityGroup_;
    QAction* listenAction_;
    QAction* exportAudioAction_;
    QAction* exportImageAction_;

    RelevanceCache cache_;
    int tag_ = -1;
    std::shared_ptr<const RelevanceResult> shown_;
    JobId job_ = 0;  // the relevance being computed
    QString jobKey_;
    std::vector<std::function<void(std::shared_ptr<const RelevanceResult>)>> waiting_;
    JobId audioJob_ = 0;
    int jobsStarted_ = 0;
    int clipsWritten_ = 0;
    QTemporaryDir clipDir_;  // the clips played, until the window closes
};

}  // namespace tagscope::ui
