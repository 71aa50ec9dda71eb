// M3U8 playlists: the exact text for a constructed list (non-ASCII titles, paths with spaces),
// paths as given or relative to the playlist's folder, and text that cannot break the format.
#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

#include "engine/decisions/playlist.h"
#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "model_files.h"
#include "support/temp_dir.h"

namespace tagscope {
namespace {

std::vector<PlaylistEntry> sampleEntries() {
    return {
        {"/music/Ana Mü/01 Café del Mar.mp3", 245.4, "Ana Müller", "Café – Nuit"},
        {"/music/no tags.flac", std::nullopt, "", ""},
        {"/music/lists/x.ogg", 59.5, "", "Just a Title"},
        {"/music/Artist Only.opus", 0.2, "Nobody", ""},
    };
}

TEST(PlaylistText, IsExtendedM3UWithDurationsNamesAndPathsAsGiven) {
    EXPECT_EQ(m3u8Playlist(sampleEntries()),
              "#EXTM3U\n"
              "#EXTINF:245,Ana Müller - Café – Nuit\n"
              "/music/Ana Mü/01 Café del Mar.mp3\n"
              "#EXTINF:-1,no tags\n"
              "/music/no tags.flac\n"
              "#EXTINF:60,Just a Title\n"
              "/music/lists/x.ogg\n"
              "#EXTINF:0,Artist Only\n"
              "/music/Artist Only.opus\n");
    EXPECT_EQ(m3u8Playlist({}), "#EXTM3U\n");
}

TEST(PlaylistText, PathsMayBeRelativeToThePlaylistsFolder) {
    PlaylistOptions options;
    options.relativeToPlaylist = "/music/lists/jazz.m3u8";
    std::vector<PlaylistEntry> entries = sampleEntries();
    entries.push_back({"/music/lists/./../lists/#1 hit.mp3", 1, "", ""});
    entries.push_back({"/other disk/b.mp3", 1, "", "B"});
    EXPECT_EQ(m3u8Playlist(entries, options),
              "#EXTM3U\n"
              "#EXTINF:245,Ana Müller - Café – Nuit\n"
              "../Ana Mü/01 Café del Mar.mp3\n"
              "#EXTINF:-1,no tags\n"
              "../no tags.flac\n"
              "#EXTINF:60,Just a Title\n"
              "x.ogg\n"
              "#EXTINF:0,Artist Only\n"
              "../Artist Only.opus\n"
              "#EXTINF:1,#1 hit\n"
              "./#1 hit.mp3\n"  // not a comment
              "#EXTINF:1,B\n"
              "../../other disk/b.mp3\n");
}

TEST(PlaylistText, RelativePathsStartFromTheCurrentFolder) {
    const test::TempDir dir;
    const std::string playlist = dir.file("lists/mix.m3u8");
    PlaylistOptions options;
    options.relativeToPlaylist = playlist;
    const std::vector<PlaylistEntry> entries = {{dir.file("a.mp3"), 3, "", ""}};
    EXPECT_EQ(m3u8Playlist(entries, options), "#EXTM3U\n#EXTINF:3,a\n../a.mp3\n");
}

TEST(PlaylistText, NamesCannotBreakTheFormat) {
    const std::vector<PlaylistEntry> entries = {
        {"/m/a.mp3", -5, "Line\nBreak", "Tab\there\r"},
        {"/m/b.mp3", std::numeric_limits<double>::quiet_NaN(), "", "bad \xFF byte \xC3"},
        {"/m/not utf8 \xFF.mp3", 1e300, "", ""},
    };
    EXPECT_EQ(m3u8Playlist(entries),
              "#EXTM3U\n"
              "#EXTINF:-1,Line Break - Tab here \n"
              "/m/a.mp3\n"
              "#EXTINF:-1,bad \xEF\xBF\xBD byte \xEF\xBF\xBD\n"
              "/m/b.mp3\n"
              "#EXTINF:-1,not utf8 \xEF\xBF\xBD\n"
              "/m/not utf8 \xFF.mp3\n");  // byte for byte, so that players find it
    try {
        m3u8Playlist({{"/m/two\nlines.mp3", 1, "", ""}});
        FAIL() << "a path with a line break was written";
    } catch (const Error& e) {
        EXPECT_STREQ(e.what(),
                     "/m/two\\nlines.mp3: cannot be listed in an M3U8 playlist (its name holds a "
                     "line break)");
    }
}

TEST(PlaylistText, IsWrittenAtomicallyByTheCaller) {
    const test::TempDir dir;
    const std::string path = dir.file("jazz.m3u8");
    writeFileAtomically(path, m3u8Playlist(sampleEntries()));
    EXPECT_EQ(test::readBytes(path), m3u8Playlist(sampleEntries()));
}

}  // namespace
}  // namespace tagscope
