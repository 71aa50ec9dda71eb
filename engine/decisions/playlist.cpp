#include "engine/decisions/playlist.h"

#include <cmath>
#include <filesystem>

#include "engine/error.h"

namespace tagscope {
namespace {
namespace fs = std::filesystem;

// Length of the valid UTF-8 sequence starting text[i], or 0 if there is none.
std::size_t utf8SequenceLength(const std::string& text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    if (lead >= 0xE0 && lead <= 0xEF) length = 3;
    if (lead >= 0xF0 && lead <= 0xF4) length = 4;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // beyond U+10FFFF
    if (length == 0 || i + length > text.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    return length;
}

// One line of display text: valid UTF-8 without control characters.
std::string displayText(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8SequenceLength(text, i);
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out += (length == 1 && (c < 0x20 || c == 0x7F)) ? std::string(" ")
                                                            : text.substr(i, length);
            i += length;
        }
    }
    return out;
}

std::string displayName(const PlaylistEntry& entry) {
    if (!entry.title.empty())
        return displayText(entry.artist.empty() ? entry.title : entry.artist + " - " + entry.title);
    return displayText(fs::path(entry.path).stem().string());
}

std::string seconds(const std::optional<double>& duration) {
    // Beyond ~30 years a duration is not a track's (and would not fit a long long).
    if (!duration || !(*duration >= 0 && *duration < 1e9)) return "-1";
    return std::to_string(std::llround(*duration));
}

std::string writtenPath(const PlaylistEntry& entry, const PlaylistOptions& options) {
    if (entry.path.find_first_of("\r\n") != std::string::npos) {
        std::string shown;  // the message stays one line
        for (char c : entry.path)
            shown += c == '\n' ? "\\n" : c == '\r' ? "\\r" : std::string(1, c);
        fail(shown, "cannot be listed in an M3U8 playlist (its name holds a line break)");
    }
    if (options.relativeToPlaylist.empty()) return entry.path;
    const fs::path folder = fs::absolute(options.relativeToPlaylist).parent_path();
    const std::string relative = fs::absolute(entry.path)
                                     .lexically_normal()
                                     .lexically_relative(folder.lexically_normal())
                                     .string();
    if (relative.empty()) return entry.path;
    return relative.starts_with('#') ? "./" + relative : relative;
}

}  // namespace

std::string m3u8Playlist(const std::vector<PlaylistEntry>& entries,
                         const PlaylistOptions& options) {
    std::string text = "#EXTM3U\n";
    for (const PlaylistEntry& entry : entries) {
        text += "#EXTINF:" + seconds(entry.durationSeconds) + "," + displayName(entry) + "\n";
        text += writtenPath(entry, options) + "\n";
    }
    return text;
}

}  // namespace tagscope
