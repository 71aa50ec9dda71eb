#pragma once
// The preferences kept between sessions (QSettings), with their defaults.

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include "ui/model/model_config.h"
#include "ui/views/color_map.h"

namespace tagscope::ui {

class AppSettings {
public:
    ModelChoice modelChoice() const;
    void setModelChoice(ModelChoice choice);
    int topN() const;
    void setTopN(int n);
    ColorMap colorMap() const;
    void setColorMap(ColorMap map);
    double volume() const;
    void setVolume(double volume);
    bool muted() const;
    void setMuted(bool muted);
    QString lastFolder() const;
    void setLastFolder(const QString& folder);
    // The user's vocabulary file (empty: the shipped one); the last playlist query.
    QString vocabularyPath() const;
    void setVocabularyPath(const QString& path);
    QString playlistQuery() const;
    void setPlaylistQuery(const QString& query);
    bool playlistRelativePaths() const;
    void setPlaylistRelativePaths(bool relative);
    // A checkable View choice (Smooth Tags, Follow Playback, the panes), by its action's name.
    bool viewOption(const QString& name, bool fallback) const;
    void setViewOption(const QString& name, bool on);
    QString levelRange() const;  // levelRangeId; empty: the default
    void setLevelRange(const QString& id);
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList& files);
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState(const QString& name) const;
    void setWindowGeometry(const QByteArray& geometry);
    void setWindowState(const QByteArray& state);
    void setSplitterState(const QString& name, const QByteArray& state);

    static constexpr int kDefaultTopN = 15;
    static constexpr int kMaxRecentFiles = 8;

private:
    QSettings settings_;
};

}  // namespace tagscope::ui
