#include "engine/report/reports.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <numeric>

#include "engine/decisions/tag_decisions.h"
#include "engine/error.h"
#include "engine/report/window_warnings.h"
#include "engine/tags.h"

namespace tagscope {
namespace {

using Json = nlohmann::ordered_json;

// std::to_chars ignores the locale (printf and iostreams would write "0,123456" under de_DE).
std::string fixed(double value, int decimals) {
    char buffer[400];  // the longest finite double in fixed notation, plus decimals
    const auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (error != std::errc()) throw std::logic_error("reports: number does not fit");
    return std::string(buffer, end);
}

// A window's start: 4 decimals name its sample at 12 kHz (1/12000 s = 0.083 ms), trailing zeros
// dropped down to 2 ("14.56", "0.00", "2.1486": a window ending at the track's end).
std::string startSeconds(double value) {
    std::string text = fixed(value, 4);
    while (text.size() > 3 && text.back() == '0' && text[text.size() - 3] != '.') text.pop_back();
    return text;
}

// value rounded to `decimals` exactly as fixed() prints it, so JSON and CSV agree.
double rounded(double value, int decimals) {
    const std::string text = fixed(value, decimals);
    double result = 0.0;
    std::from_chars(text.data(), text.data() + text.size(), result);
    return result;
}

// The tagger never produces NaN, infinity or a wrong count; one reaching a report is a bug
// upstream, refused rather than written as text no reader would accept.
const std::vector<float>& checked(const std::vector<float>& probabilities,
                                  const std::string& file) {
    if (probabilities.size() != kTagCount)
        fail(file, "cannot report " + std::to_string(probabilities.size()) +
                       " probabilities (expected " + std::to_string(kTagCount) + ")");
    for (float p : probabilities)
        if (!std::isfinite(p)) fail(file, "cannot report a probability that is not a number");
    return probabilities;
}

double checkedSeconds(double seconds, const std::string& file) {
    if (!std::isfinite(seconds)) fail(file, "cannot report a start time that is not a number");
    return seconds;
}

std::vector<std::string> tagsOf(const std::vector<float>& p, const TagDecider& decider) {
    std::vector<std::string> labels;
    for (const DecidedTag& tag : decider.decide(p)) labels.push_back(tag.name);
    return labels;
}

void writeCsvRow(std::ostream& out, const TagResult& r, const std::string* start,
                 const std::vector<float>& p, const TagDecider* decider) {
    out << csvField(r.file) << ',' << networkId(r.model);
    if (start) out << ',' << *start;
    for (float v : checked(p, r.file)) out << ',' << fixed(v, 6);
    if (decider) {
        std::string joined;
        for (const std::string& label : tagsOf(p, *decider))
            joined += (joined.empty() ? "" : ";") + label;
        out << ',' << csvField(joined);
    }
    out << "\n";
}

Json probabilitiesJson(const std::vector<float>& p, const std::string& file) {
    Json json = Json::object();
    checked(p, file);
    for (std::size_t k = 0; k < p.size(); ++k) json[std::string(tagNames()[k])] = rounded(p[k], 6);
    return json;
}

Json resultJson(const TagResult& r, bool segments, const TagDecider* decider) {
    Json json = {{"file", r.file},
                 {"model", networkId(r.model)},
                 {"weights", r.weights},
                 {"norm", normModeId(r.norm)},
                 {"probabilities", probabilitiesJson(r.probabilities, r.file)}};
    if (decider) json["tags"] = tagsOf(r.probabilities, *decider);
    if (const std::vector<std::string> warnings = resultWarnings(r); !warnings.empty())
        json["warnings"] = warnings;
    if (segments) {
        Json list = Json::array();
        for (const SegmentResult& s : r.segments) {
            Json segment = {{"start_s", rounded(checkedSeconds(s.startSeconds, r.file), 4)},
                            {"probabilities", probabilitiesJson(s.probabilities, r.file)}};
            if (decider) segment["tags"] = tagsOf(s.probabilities, *decider);
            // Share of zero padding; "silent" only for a window measured silent (RMS below
            // kSilenceDb): results stored before schema 4 have no level, and must print as
            // they did when analysed.
            segment["padding"] = rounded(s.level.paddingShare, 4);
            if (s.level.silent()) segment["silent"] = true;
            list.push_back(std::move(segment));
        }
        json["segments"] = std::move(list);
    }
    return json;
}

}  // namespace

std::vector<int> topTags(const std::vector<float>& probabilities, int n) {
    std::vector<int> order(probabilities.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return probabilities[a] > probabilities[b]; });
    order.resize(std::min<std::size_t>(order.size(), std::size_t(std::max(n, 0))));
    return order;
}

void writeTextReport(std::ostream& out, const std::vector<TagResult>& results, int top,
                     bool withModelHeadings) {
    for (const TagResult& r : results) {
        const std::vector<float>& p = checked(r.probabilities, r.file);
        out << r.file;
        if (withModelHeadings)
            out << "  [" << networkId(r.model) << ", "
                << std::filesystem::path(r.weights).filename().string() << ", "
                << normModeId(r.norm) << "]";
        out << '\n';
        const std::vector<int> order = topTags(p, top);
        for (std::size_t k = 0; k < order.size(); k += 5) {
            out << '[';
            for (std::size_t j = k; j < std::min(order.size(), k + 5); ++j)
                out << (j > k ? ", " : "") << "('" << tagNames()[order[j]] << "', '"
                    << fixed(p[order[j]], 3) << "')";
            out << "]\n";
        }
        out << '\n';
    }
}

void writeCsvReport(std::ostream& out, const std::vector<TagResult>& results, bool segments,
                    const TagDecider* decider) {
    out << "file,model";
    if (segments) out << ",start_s";
    for (auto name : tagNames()) out << ',' << csvField(std::string(name));
    if (decider) out << ",tags";
    out << "\n";
    for (const TagResult& r : results) {
        if (!segments) {
            writeCsvRow(out, r, nullptr, r.probabilities, decider);
            continue;
        }
        for (const SegmentResult& s : r.segments) {
            const std::string start = startSeconds(checkedSeconds(s.startSeconds, r.file));
            writeCsvRow(out, r, &start, s.probabilities, decider);
        }
    }
}

namespace {

// The objects of a JSON report, each dumped on one line; bytes that are not UTF-8 (file names
// may hold any) become U+FFFD.
std::vector<std::string> jsonEntries(const std::vector<TagResult>& results,
                                     const std::vector<TagFailure>& failures, bool segments,
                                     const TagDecider* decider) {
    std::vector<std::string> entries;
    auto dump = [](const Json& json) {
        return json.dump(-1, ' ', false, Json::error_handler_t::replace);
    };
    for (const TagResult& r : results) entries.push_back(dump(resultJson(r, segments, decider)));
    for (const TagFailure& f : failures)
        entries.push_back(dump(Json{{"file", f.file}, {"error", f.error}}));
    return entries;
}

}  // namespace

void writeJsonReport(std::ostream& out, const std::vector<TagResult>& results,
                     const std::vector<TagFailure>& failures, bool segments,
                     const TagDecider* decider) {
    const std::vector<std::string> entries = jsonEntries(results, failures, segments, decider);
    std::string text = "[";
    for (std::size_t k = 0; k < entries.size(); ++k) text += (k ? ",\n  " : "\n  ") + entries[k];
    text += entries.empty() ? "]\n" : "\n]\n";
    out << text;
}

std::string jsonLines(const std::vector<TagResult>& results,
                      const std::vector<TagFailure>& failures, bool segments,
                      const TagDecider* decider) {
    std::string text;
    for (const std::string& entry : jsonEntries(results, failures, segments, decider))
        text += entry + '\n';
    return text;
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

}  // namespace tagscope
