#pragma once
// The listed tracks' embeddings for the network on show (the first of the active ones), read
// from the store in the background while something wants them (the similar-tracks tab, the
// library map), and read again — coalesced — when they may have changed: the model switched,
// tracks analysed or listed or removed. Finds a track's most similar tracks, also in the
// background (a pass over the index: about a millisecond per 10,000 tracks of 256 values).

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <vector>

#include "ui/analysis/analysis_job.h"
#include "ui/analysis/library_embeddings.h"
#include "ui/model/similar_tracks_model.h"

namespace tagscope::ui {

class AnalysisService;
class TrackSession;

class EmbeddingLibrary : public QObject {
    Q_OBJECT
public:
    explicit EmbeddingLibrary(TrackSession& session, QObject* parent = nullptr);
    ~EmbeddingLibrary() override;  // cancels its tasks

    // While wanted, stale embeddings are read again (at once, then after each change).
    void setWanted(bool wanted);
    // nullptr until first read.
    const std::shared_ptr<const LibraryEmbeddings>& current() const { return current_; }
    bool isLoading() const { return loadTask_ != 0; }
    bool isStale() const { return stale_; }
    void reload();  // now (if there is a store)

    // The `count` listed tracks most like `track`, by the current embeddings: answered by
    // similarFound. False (and no answer) when the track has no current embedding.
    bool findSimilar(TrackId track, int count);

signals:
    void loaded();
    void loadFailed(const QString& error);
    void similarFound(tagscope::ui::TrackId track, std::vector<tagscope::ui::SimilarTrack> tracks);

private:
    void markStale();

    TrackSession& session_;
    QPointer<AnalysisService> service_;  // the session's: gone first when the window closes
    std::shared_ptr<const LibraryEmbeddings> current_;
    QTimer reloadTimer_;
    bool wanted_ = false;
    bool stale_ = true;
    JobId loadTask_ = 0;
    JobId similarTask_ = 0;
};

}  // namespace tagscope::ui
