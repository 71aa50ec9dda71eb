#include "ui/window/app_settings.h"

#include <QDir>

namespace tagscope::ui {

ModelChoice AppSettings::modelChoice() const {
    return modelChoiceFromId(settings_.value("analysis/model").toString());
}
void AppSettings::setModelChoice(ModelChoice choice) {
    settings_.setValue("analysis/model", modelChoiceId(choice));
}

int AppSettings::topN() const {
    return std::clamp(settings_.value("view/topN", kDefaultTopN).toInt(), 1, 50);
}
void AppSettings::setTopN(int n) {
    settings_.setValue("view/topN", n);
}

ColorMap AppSettings::colorMap() const {
    return colorMapFromId(settings_.value("view/colorMap").toString());
}
void AppSettings::setColorMap(ColorMap map) {
    settings_.setValue("view/colorMap", colorMapId(map));
}

double AppSettings::volume() const {
    return std::clamp(settings_.value("playback/volume", 0.8).toDouble(), 0.0, 1.0);
}
void AppSettings::setVolume(double volume) {
    settings_.setValue("playback/volume", volume);
}
bool AppSettings::muted() const {
    return settings_.value("playback/muted", false).toBool();
}
void AppSettings::setMuted(bool muted) {
    settings_.setValue("playback/muted", muted);
}

QString AppSettings::lastFolder() const {
    return settings_.value("files/lastFolder", QDir::homePath()).toString();
}
void AppSettings::setLastFolder(const QString& folder) {
    settings_.setValue("files/lastFolder", folder);
}

QString AppSettings::vocabularyPath() const {
    return settings_.value("decisions/vocabulary").toString();
}
void AppSettings::setVocabularyPath(const QString& path) {
    settings_.setValue("decisions/vocabulary", path);
}

QString AppSettings::playlistQuery() const {
    return settings_.value("decisions/playlistQuery").toString();
}
void AppSettings::setPlaylistQuery(const QString& query) {
    settings_.setValue("decisions/playlistQuery", query);
}
bool AppSettings::playlistRelativePaths() const {
    return settings_.value("decisions/playlistRelative", false).toBool();
}
void AppSettings::setPlaylistRelativePaths(bool relative) {
    settings_.setValue("decisions/playlistRelative", relative);
}

bool AppSettings::viewOption(const QString& name, bool fallback) const {
    return settings_.value("view/" + name, fallback).toBool();
}
void AppSettings::setViewOption(const QString& name, bool on) {
    settings_.setValue("view/" + name, on);
}
QString AppSettings::levelRange() const {
    return settings_.value("view/levelRange").toString();
}
void AppSettings::setLevelRange(const QString& id) {
    settings_.setValue("view/levelRange", id);
}

QStringList AppSettings::recentFiles() const {
    return settings_.value("files/recent").toStringList().mid(0, kMaxRecentFiles);
}
void AppSettings::setRecentFiles(const QStringList& files) {
    settings_.setValue("files/recent", files.mid(0, kMaxRecentFiles));
}

QByteArray AppSettings::windowGeometry() const {
    return settings_.value("window/geometry").toByteArray();
}
QByteArray AppSettings::windowState() const {
    return settings_.value("window/state").toByteArray();
}
QByteArray AppSettings::splitterState(const QString& name) const {
    return settings_.value("window/splitter-" + name).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    settings_.setValue("window/geometry", geometry);
}
void AppSettings::setWindowState(const QByteArray& state) {
    settings_.setValue("window/state", state);
}
void AppSettings::setSplitterState(const QString& name, const QByteArray& state) {
    settings_.setValue("window/splitter-" + name, state);
}

}  // namespace tagscope::ui
