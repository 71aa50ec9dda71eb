#pragma once
// M3U8 playlists (e.g. of the tracks matching a tag query): UTF-8 text with "\n" line ends,
//   #EXTM3U
//   #EXTINF:<seconds>,<Artist - Title, or the title, or the file name without extension>
//   <path>
// per track. Seconds are rounded to whole seconds, -1 when unknown. Paths are written as given,
// or relative to the playlist's folder when asked (players resolve them from there, so the
// playlist can move with the music). The caller writes the text with writeFileAtomically.
//
// Titles are made safe: line breaks and other control characters become spaces, bytes that are
// not UTF-8 become U+FFFD. A path is written byte for byte, so that players on this machine find
// a file whose name is not UTF-8; a path holding a line break cannot be written (Error naming
// it). A relative path that begins with '#' gets "./" so that it is not read as a comment.

#include <optional>
#include <string>
#include <vector>

namespace tagscope {

struct PlaylistEntry {
    std::string path;  // the audio file
    std::optional<double> durationSeconds;
    std::string artist;  // may be empty
    std::string title;   // may be empty
};

struct PlaylistOptions {
    // Empty: paths as given. Otherwise the playlist's own path: each track's path is written
    // relative to its folder (both made absolute first, from the current folder).
    std::string relativeToPlaylist;
};

std::string m3u8Playlist(const std::vector<PlaylistEntry>& entries,
                         const PlaylistOptions& options = {});

}  // namespace tagscope
