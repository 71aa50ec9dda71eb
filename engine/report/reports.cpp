#include "engine/report/reports.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <numeric>

#include "engine/tags.h"

namespace tagscope {
namespace {

std::string fixed(double value, int decimals) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

void writeCsvRow(std::ostream& out, const TagResult& r, const std::string* start,
                 const std::vector<float>& p) {
    out << csvField(r.file) << ',' << networkId(r.model);
    if (start) out << ',' << *start;
    for (float v : p) out << ',' << fixed(v, 6);
    out << "\n";
}

void writeJsonProbabilities(std::ostream& out, const std::vector<float>& p) {
    out << '{';
    for (std::size_t k = 0; k < p.size(); ++k)
        out << (k ? ", " : "") << jsonString(std::string(tagNames()[k])) << ": " << fixed(p[k], 6);
    out << '}';
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
        out << r.file;
        if (withModelHeadings)
            out << "  [" << networkId(r.model) << ", "
                << std::filesystem::path(r.weights).filename().string() << ", "
                << normModeId(r.norm) << "]";
        out << '\n';
        const std::vector<int> order = topTags(r.probabilities, top);
        for (std::size_t k = 0; k < order.size(); k += 5) {
            out << '[';
            for (std::size_t j = k; j < std::min(order.size(), k + 5); ++j)
                out << (j > k ? ", " : "") << "('" << tagNames()[order[j]] << "', '"
                    << fixed(r.probabilities[order[j]], 3) << "')";
            out << "]\n";
        }
        out << '\n';
    }
}

void writeCsvReport(std::ostream& out, const std::vector<TagResult>& results, bool segments) {
    out << "file,model";
    if (segments) out << ",start_s";
    for (auto name : tagNames()) out << ',' << csvField(std::string(name));
    out << "\n";
    for (const TagResult& r : results) {
        if (!segments) {
            writeCsvRow(out, r, nullptr, r.probabilities);
            continue;
        }
        for (const SegmentResult& s : r.segments) {
            const std::string start = fixed(s.startSeconds, 2);
            writeCsvRow(out, r, &start, s.probabilities);
        }
    }
}

void writeJsonReport(std::ostream& out, const std::vector<TagResult>& results,
                     const std::vector<TagFailure>& failures, bool segments) {
    out << "[";
    bool first = true;
    for (const TagResult& r : results) {
        out << (first ? "\n  " : ",\n  ") << "{\"file\": " << jsonString(r.file)
            << ", \"model\": " << jsonString(networkId(r.model))
            << ", \"weights\": " << jsonString(r.weights)
            << ", \"norm\": " << jsonString(normModeId(r.norm)) << ", \"probabilities\": ";
        writeJsonProbabilities(out, r.probabilities);
        if (segments) {
            out << ", \"segments\": [";
            for (std::size_t k = 0; k < r.segments.size(); ++k) {
                out << (k ? ", " : "") << "{\"start_s\": " << fixed(r.segments[k].startSeconds, 2)
                    << ", \"probabilities\": ";
                writeJsonProbabilities(out, r.segments[k].probabilities);
                out << '}';
            }
            out << ']';
        }
        out << '}';
        first = false;
    }
    for (const TagFailure& f : failures) {
        out << (first ? "\n  " : ",\n  ") << "{\"file\": " << jsonString(f.file)
            << ", \"error\": " << jsonString(f.error) << '}';
        first = false;
    }
    out << (first ? "]\n" : "\n]\n");
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

std::string jsonString(const std::string& text) {
    std::string s = "\"";
    for (unsigned char c : text) {
        switch (c) {
            case '"':
                s += "\\\"";
                break;
            case '\\':
                s += "\\\\";
                break;
            case '\n':
                s += "\\n";
                break;
            case '\r':
                s += "\\r";
                break;
            case '\t':
                s += "\\t";
                break;
            default:
                if (c < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                    s += buffer;
                } else {
                    s += char(c);
                }
        }
    }
    return s + '"';
}

}  // namespace tagscope
