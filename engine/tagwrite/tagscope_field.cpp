#include "engine/tagwrite/tagscope_field.h"

#include <charconv>
#include <cmath>

#include "engine/error.h"

namespace tagscope {
namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

}  // namespace

std::string formatTagscopeField(std::span<const DecidedTag> tags) {
    std::string text;
    for (const DecidedTag& tag : tags) {
        if (tag.name.find(';') != std::string::npos)
            fail("TAGSCOPE field",
                 "the label \"" + tag.name + "\" contains ';', which separates labels");
        char number[16];
        const auto end = std::to_chars(number, number + sizeof number, double(tag.probability),
                                       std::chars_format::fixed, 2)
                             .ptr;
        if (!text.empty()) text += "; ";
        text += tag.name + "=" + std::string(number, end);
    }
    return text;
}

std::vector<LabelProbability> parseTagscopeField(std::string_view text) {
    std::vector<LabelProbability> entries;
    while (!trimmed(text).empty()) {
        const std::size_t end = std::min(text.find(';'), text.size());
        const std::string_view entry = trimmed(text.substr(0, end));
        text.remove_prefix(std::min(end + 1, text.size()));
        const std::size_t eq = entry.rfind('=');
        if (eq == std::string_view::npos || trimmed(entry.substr(0, eq)).empty())
            fail("TAGSCOPE field", "\"" + std::string(entry) + "\" is not label=probability");
        const std::string_view number = trimmed(entry.substr(eq + 1));
        double p = 0.0;
        const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), p);
        if (ec != std::errc() || ptr != number.data() + number.size() || !(p >= 0.0 && p <= 1.0))
            fail("TAGSCOPE field", "\"" + std::string(entry) + "\" has no probability from 0 to 1");
        entries.push_back({std::string(trimmed(entry.substr(0, eq))), p});
    }
    return entries;
}

}  // namespace tagscope
