#include "ui/window/relevance_controller.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QSaveFile>
#include <cmath>

#include "engine/melgram.h"
#include "engine/tags.h"
#include "ui/playback/clip_player.h"
#include "ui/playback/playback_controller.h"
#include "ui/session/track_session.h"
#include "ui/views/spectrogram_view.h"
#include "ui/views/tag_bars_view.h"
#include "ui/views/tag_display_name.h"
#include "ui/views/taggram_view.h"
#include "ui/window/tag_panel.h"
#include "ui/window/timeline_panel.h"
#include "ui/window/track_display.h"

namespace tagscope::ui {
namespace {
constexpr int kOpacityPercents[] = {25, 50, 75, 100};
constexpr int kDefaultOpacityPercent = 75;
}  // namespace

RelevanceController::RelevanceController(TrackSession& session, TrackDisplay& display,
                                         TimelinePanel& timeline, TagPanel& tags,
                                         PlaybackController& playback, QWidget* window)
    : QObject(window),
      session_(session),
      display_(display),
      timeline_(timeline),
      tags_(tags),
      playback_(playback),
      window_(window),
      clipPlayer_(new ClipPlayer(this)) {
    overlayAction_ = new QAction(tr("R&elevance Overlay"), this);
    overlayAction_->setObjectName(QStringLiteral("relevanceOverlayAction"));
    overlayAction_->setCheckable(true);
    overlayAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    overlayAction_->setStatusTip(
        tr("Show where in the current window the network heard the selected tag"));
    connect(overlayAction_, &QAction::toggled, this, [this] { refresh(); });

    opacityGroup_ = new QActionGroup(this);
    for (int percent : kOpacityPercents) {
        QAction* action = opacityGroup_->addAction(tr("&%1 %").arg(percent));
        action->setCheckable(true);
        action->setData(percent);
        action->setChecked(percent == kDefaultOpacityPercent);
    }
    connect(opacityGroup_, &QActionGroup::triggered, this, [this](QAction* action) {
        timeline_.spectrogram()->setRelevanceOpacity(action->data().toInt() / 100.0);
    });
    timeline_.spectrogram()->setRelevanceOpacity(kDefaultOpacityPercent / 100.0);

    listenAction_ = new QAction(this);
    listenAction_->setObjectName(QStringLiteral("listenRelevanceAction"));
    listenAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space));
    connect(listenAction_, &QAction::triggered, this, &RelevanceController::listen);
    exportAudioAction_ = new QAction(tr("Export Relevance &Audio…"), this);
    exportAudioAction_->setObjectName(QStringLiteral("exportRelevanceAudioAction"));
    connect(exportAudioAction_, &QAction::triggered, this,
            &RelevanceController::exportAudioInteractively);
    exportImageAction_ = new QAction(tr("Export Spectrogram &Image…"), this);
    exportImageAction_->setObjectName(QStringLiteral("exportSpectrogramImageAction"));
    connect(exportImageAction_, &QAction::triggered, this,
            &RelevanceController::exportImageInteractively);

    // A click on a bar or on a taggram row chooses the tag.
    connect(tags_.barsView(), &TagBarsView::tagClicked, this, &RelevanceController::selectTag);
    connect(timeline_.taggram(), &TaggramView::tagClicked, this, &RelevanceController::selectTag);
    connect(timeline_.secondTaggram(), &TaggramView::tagClicked, this,
            &RelevanceController::selectTag);
    // Another track, window or model: another relevance.
    connect(&display_, &TrackDisplay::currentWindowChanged, this, &RelevanceController::refresh);
    connect(&session_, &TrackSession::settingsChanged, this, &RelevanceController::refresh);
    connect(&session_, &TrackSession::trackChanged, this, [this](TrackId id) {
        if (id == display_.track()) refresh();
    });
    connect(clipPlayer_, &ClipPlayer::errorOccurred, this, [this](const QString& message) {
        emit statusMessage(tr("Playback error: %1").arg(message));
    });
    updateActions();
}

RelevanceController::~RelevanceController() = default;

QList<QAction*> RelevanceController::opacityActions() const {
    return opacityGroup_->actions();
}

void RelevanceController::selectTag(int tagIndex) {
    if (tagIndex < -1 || tagIndex >= int(kTagCount)) tagIndex = -1;
    if (tagIndex == tag_) return;
    tag_ = tagIndex;
    tags_.barsView()->setSelectedTag(tag_);
    timeline_.taggram()->setSelectedTag(tag_);
    timeline_.secondTaggram()->setSelectedTag(tag_);
    if (tag_ >= 0 && !isOverlayShown())
        emit statusMessage(
            tr("Selected “%1”: View ▸ Relevance Overlay (Ctrl+Shift+R) shows where the network "
               "heard it")
                .arg(tagDisplayName(tag_)));
    refresh();
}

void RelevanceController::setOverlayShown(bool shown) {
    overlayAction_->setChecked(shown);
}

bool RelevanceController::isOverlayShown() const {
    return overlayAction_->isChecked();
}

void RelevanceController::setOpacity(double opacity) {
    timeline_.spectrogram()->setRelevanceOpacity(opacity);
    for (QAction* action : opacityGroup_->actions())
        action->setChecked(std::lround(opacity * 100.0) == action->data().toInt());
}

RelevanceRequest RelevanceController::currentRequest() const {
    RelevanceRequest request;
    const TrackId id = display_.track();
    if (!id || tag_ < 0) return request;
    const NetworkKind kind = session_.activeNetworks().front();
    const ModelResult* result = session_.result(id, kind);
    const int window = display_.currentWindow();
    double startSeconds = -1.0;
    if (result && window >= 0 && window < int(result->segments.size()))
        startSeconds = result->segments[std::size_t(window)].startSeconds;
    else if (const auto decoded = session_.decoded(id))
        startSeconds = decoded->centralStartSeconds;
    if (startSeconds < 0.0) return request;
    request.path = session_.path(id);
    request.config = session_.configFor(kind);
    request.tag = tag_;
    request.startSample = std::llround(startSeconds * kSampleRate);
    return request;
}

void RelevanceController::refresh() {
    const RelevanceRequest request = currentRequest();
    // Work for what is no longer wanted stops at once.
    if (job_ && (!request.isValid() || jobKey_ != request.key())) cancelJob();
    updateActions();
    if (!isOverlayShown() || !request.isValid()) {
        show(nullptr);
        return;
    }
    if (shown_ && shown_->request.key() == request.key()) return;
    if (auto cached = cache_.find(request)) {
        show(std::move(cached));
        return;
    }
    show(nullptr);
    startJob(request);
}

void RelevanceController::show(std::shared_ptr<const RelevanceResult> result) {
    if (result == shown_) return;
    shown_ = std::move(result);
    timeline_.spectrogram()->setRelevanceLayer(shown_ ? shown_->layer : nullptr);
    if (shown_) emit overlayShown();
}

void RelevanceController::startJob(const RelevanceRequest& request) {
    if (job_ && jobKey_ == request.key()) return;
    cancelJob();
    jobKey_ = request.key();
    ++jobsStarted_;
    job_ = session_.service().runTask(
        relevanceWork(session_.service().registry(), request, cache_.windowSamples(request),
                      [this](std::shared_ptr<const RelevanceResult> result) {
                          onRelevance(std::move(result));
                      }),
        [this](const QString& error) {
            job_ = 0;
            waiting_.clear();
            emit statusMessage(tr("The relevance could not be computed: %1").arg(error));
        });
}

void RelevanceController::cancelJob() {
    if (job_) session_.service().cancelTask(job_);
    job_ = 0;
    jobKey_.clear();
    waiting_.clear();
}

void RelevanceController::onRelevance(std::shared_ptr<const RelevanceResult> result) {
    job_ = 0;
    jobKey_.clear();
    cache_.insert(result);
    auto waiting = std::move(waiting_);
    waiting_.clear();
    if (result->request.key() != currentRequest().key()) return;
    if (isOverlayShown()) show(result);
    for (auto& then : waiting) then(result);
}

void RelevanceController::withRelevance(
    std::function<void(std::shared_ptr<const RelevanceResult>)> then) {
    const RelevanceRequest request = currentRequest();
    if (!request.isValid()) {
        emit statusMessage(tr("Choose a tag first: click its bar or its row in the taggram"));
        return;
    }
    if (auto cached = cache_.find(request)) {
        then(std::move(cached));
        return;
    }
    startJob(request);
    waiting_.push_back(std::move(then));
    emit statusMessage(tr("Computing the relevance of “%1”…").arg(tagDisplayName(tag_)));
}

void RelevanceController::listen() {
    withRelevance([this](std::shared_ptr<const RelevanceResult> result) {
        // A new file for each clip: the one playing is never overwritten.
        const QString path =
            clipDir_.filePath(QStringLiteral("relevance-%1.wav").arg(++clipsWritten_));
        writeAudio(std::move(result), path, true);
    });
}

void RelevanceController::exportAudio(const QString& path) {
    withRelevance([this, path](std::shared_ptr<const RelevanceResult> result) {
        writeAudio(std::move(result), path, false);
    });
}

void RelevanceController::writeAudio(std::shared_ptr<const RelevanceResult> result,
                                     const QString& path, bool play) {
    if (audioJob_) session_.service().cancelTask(audioJob_);
    const QString tag = tagDisplayName(result->request.tag);
    audioJob_ = session_.service().runTask(
        resynthesisWork(
            std::move(result), path,
            [this, play, tag](const QString& written) {
                audioJob_ = 0;
                emit audioWritten(written);
                if (!play) {
                    emit statusMessage(
                        tr("Relevance audio written to %1").arg(QDir::toNativeSeparators(written)));
                    return;
                }
                playback_.pause();
                if (clipPlayer_->play(written, playback_.volume(), playback_.isMuted()))
                    emit statusMessage(tr("Playing what made it “%1”").arg(tag));
                else
                    emit statusMessage(tr("No audio output device"));
            }),
        [this](const QString& error) {
            audioJob_ = 0;
            emit statusMessage(tr("The relevance audio could not be made: %1").arg(error));
        });
}

QImage RelevanceController::spectrogramImage(bool withOverlay) const {
    SpectrogramView* view = timeline_.spectrogram();
    const std::shared_ptr<const RelevanceLayer> layer = view->relevanceLayer();
    if (!withOverlay) view->setRelevanceLayer(nullptr);
    QImage image = view->grab().toImage();
    if (!withOverlay) view->setRelevanceLayer(layer);
    return image;
}

QString RelevanceController::exportSpectrogramImage(const QString& path, bool withOverlay) const {
    const QImage image = spectrogramImage(withOverlay);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
    if (!image.save(&file, "PNG") || !file.commit())
        return tr("%1: cannot write (%2)").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void RelevanceController::exportAudioInteractively() {
    const RelevanceRequest request = currentRequest();
    if (!request.isValid()) {
        emit statusMessage(tr("Choose a tag first: click its bar or its row in the taggram"));
        return;
    }
    const QString suggested =
        QStringLiteral("%1 - %2.wav")
            .arg(QFileInfo(request.path).completeBaseName(), tagDisplayName(request.tag));
    const QString path = QFileDialog::getSaveFileName(
        window_, tr("Export Relevance Audio"), QFileInfo(request.path).dir().filePath(suggested),
        tr("WAV audio (*.wav)"));
    if (!path.isEmpty()) exportAudio(path);
}

void RelevanceController::exportImageInteractively() {
    const QString path =
        QFileDialog::getSaveFileName(window_, tr("Export Spectrogram Image"),
                                     QStringLiteral("spectrogram.png"), tr("PNG image (*.png)"));
    if (path.isEmpty()) return;
    // What the view shows: with the overlay when it is on.
    const QString error = exportSpectrogramImage(path, isOverlayShown());
    emit statusMessage(
        error.isEmpty() ? tr("Spectrogram image written to %1").arg(QDir::toNativeSeparators(path))
                        : error);
}

void RelevanceController::updateActions() {
    const bool ready = currentRequest().isValid();
    listenAction_->setText(tr("&Listen to What Made It %1")
                               .arg(tag_ >= 0 ? tagDisplayName(tag_) : QStringLiteral("…")));
    listenAction_->setEnabled(ready);
    exportAudioAction_->setEnabled(ready);
    exportImageAction_->setEnabled(display_.track() && session_.decoded(display_.track()));
}

}  // namespace tagscope::ui
