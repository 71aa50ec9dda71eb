#pragma once
// File ▸ Export Playlist…: an M3U8 playlist (engine m3u8Playlist) written atomically
// (writeFileAtomically): an existing file is replaced only once the new one is complete, and a
// failure leaves nothing behind.

#include <QString>
#include <optional>
#include <vector>

#include "engine/decisions/playlist.h"

namespace tagscope::ui {

// A playlist line for a track: the path in the file system's own encoding (so that a name that
// is not UTF-8 is written byte for byte), artist and title as UTF-8 (either may be empty).
PlaylistEntry playlistEntry(const QString& path, std::optional<double> durationSeconds,
                            const QString& artist = {}, const QString& title = {});

// relativePaths: each track's path relative to the playlist's folder. Returns an empty string
// on success, else what went wrong (translated, with the engine's message naming the path).
QString writePlaylistFile(const QString& path, const std::vector<PlaylistEntry>& entries,
                          bool relativePaths);

}  // namespace tagscope::ui
