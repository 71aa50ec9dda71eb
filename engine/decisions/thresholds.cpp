#include "engine/decisions/thresholds.h"

#include <charconv>
#include <cmath>
#include <set>

#include "engine/decisions/json_file.h"
#include "engine/error.h"
#include "engine/io/atomic_file.h"

namespace tagscope {
namespace {
using decisions_detail::jsonQuoted;
using nlohmann::json;

constexpr const char* kFormat = "tagscope-thresholds";
constexpr std::uint64_t kFormatVersion = 1;
constexpr const char* kWhat = "Tagscope thresholds file";
// Values in the labels object, in the root object.
constexpr int kMaxJsonDepth = 2;

bool isProbability(double value) {
    return std::isfinite(value) && value >= 0.0 && value <= 1.0;
}

std::string formatNumber(double value) {
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

std::string unknownLabel(std::string_view label, const Vocabulary& vocabulary) {
    const auto guess = vocabulary.closestLabel(label);
    return "labels: unknown label " + jsonQuoted(label) +
           (guess ? "; did you mean " + jsonQuoted(*guess) + "?" : "");
}

double probabilityField(const json& value, const std::string& name, const std::string& source) {
    if (!value.is_number() || !isProbability(value.get<double>()))
        fail(source, name + " is not a number from 0 to 1");
    return value.get<double>();
}

}  // namespace

double Thresholds::thresholdFor(std::string_view label) const {
    const auto it = perLabel.find(std::string(label));
    return it == perLabel.end() ? globalDefault : it->second;
}

void Thresholds::validate(const Vocabulary& vocabulary, const std::string& source) const {
    if (!isProbability(globalDefault)) fail(source, "default is not a number from 0 to 1");
    if (topN < 0 || topN > int(kTagCount))
        fail(source, "top_n is not a whole number from 0 to " + std::to_string(kTagCount));
    std::set<std::size_t> seen;
    for (const auto& [label, threshold] : perLabel) {
        const auto index = vocabulary.find(label);
        if (!index) fail(source, unknownLabel(label, vocabulary));
        if (!seen.insert(*index).second)
            fail(source, "labels: " + jsonQuoted(vocabulary[*index].name) +
                             " is given twice (labels are matched ignoring case)");
        if (!isProbability(threshold))
            fail(source, "labels: " + jsonQuoted(label) + " is not a number from 0 to 1");
    }
}

std::string Thresholds::toJson() const {
    std::string text = "{\n";
    text += "  \"format\": " + jsonQuoted(kFormat) + ",\n";
    text += "  \"version\": " + std::to_string(kFormatVersion) + ",\n";
    text += "  \"default\": " + formatNumber(globalDefault) + ",\n";
    text += "  \"top_n\": " + std::to_string(topN) + ",\n";
    text += "  \"labels\": {";
    bool first = true;
    for (const auto& [label, threshold] : perLabel) {
        text += std::string(first ? "" : ",") + "\n    " + jsonQuoted(label) + ": " +
                formatNumber(threshold);
        first = false;
    }
    return text + (perLabel.empty() ? "}\n}\n" : "\n  }\n}\n");
}

Thresholds Thresholds::fromJson(std::string_view text, const std::string& source,
                                const Vocabulary& vocabulary) {
    const json doc = decisions_detail::parseSmallJson(text, source, kWhat, kMaxJsonDepth);
    decisions_detail::checkFormat(doc, kFormat, kFormatVersion, source, kWhat);
    Thresholds t;
    for (const auto& [key, value] : doc.items()) {
        if (key == "format" || key == "version") continue;
        if (key == "default") {
            t.globalDefault = probabilityField(value, "default", source);
        } else if (key == "top_n") {
            if (!value.is_number_unsigned() || value.get<std::uint64_t>() > kTagCount)
                fail(source, "top_n is not a whole number from 0 to " + std::to_string(kTagCount));
            t.topN = int(value.get<std::uint64_t>());
        } else if (key == "labels") {
            if (!value.is_object()) fail(source, "labels is not an object");
            for (const auto& [label, threshold] : value.items()) {
                const auto index = vocabulary.find(label);
                if (!index) fail(source, unknownLabel(label, vocabulary));
                const std::string& name = vocabulary[*index].name;
                const double p =
                    probabilityField(threshold, "labels: " + jsonQuoted(label), source);
                if (!t.perLabel.emplace(name, p).second)
                    fail(source, "labels: " + jsonQuoted(name) +
                                     " is given twice (labels are matched ignoring case)");
            }
        } else {
            fail(source, "unknown field " + jsonQuoted(key));
        }
    }
    t.validate(vocabulary, source);
    return t;
}

Thresholds Thresholds::load(const std::string& path, const Vocabulary& vocabulary) {
    return fromJson(decisions_detail::readSmallFile(path, kMaxFileBytes, kWhat), path, vocabulary);
}

void Thresholds::save(const std::string& path, const Vocabulary& vocabulary) const {
    validate(vocabulary, path);
    writeFileAtomically(path, toJson());
}

}  // namespace tagscope
