#include "engine/decisions/json_file.h"

#include <fstream>
#include <set>
#include <vector>

#include "engine/error.h"
#include "engine/io/input_file.h"

namespace tagscope::decisions_detail {
namespace {
using nlohmann::json;

[[noreturn]] void tooLarge(const std::string& path, std::uint64_t size, std::uint64_t limit,
                           const std::string& what) {
    fail(path, "is too large for a " + what + " (" + std::to_string(size) + " bytes; at most " +
                   std::to_string(limit) + ")");
}

}  // namespace

std::string jsonQuoted(std::string_view text) {
    return json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
}

json parseSmallJson(std::string_view text, const std::string& source, const std::string& what,
                    int maxDepth) {
    // One set of keys per object being parsed, innermost last.
    std::vector<std::set<std::string>> openObjects;
    const json::parser_callback_t check = [&](int depth, json::parse_event_t event, json& parsed) {
        if (depth > maxDepth) fail(source, "not a " + what + " (JSON nested too deeply)");
        switch (event) {
            case json::parse_event_t::object_start:
                openObjects.emplace_back();
                break;
            case json::parse_event_t::object_end:
                openObjects.pop_back();
                break;
            case json::parse_event_t::key:
                if (!openObjects.back().insert(parsed.get<std::string>()).second)
                    fail(source, "not a " + what + " (the key " +
                                     jsonQuoted(parsed.get<std::string>()) +
                                     " appears twice in one object)");
                break;
            default:
                break;
        }
        return true;
    };
    try {
        return json::parse(text.begin(), text.end(), check);
    } catch (const json::parse_error& e) {
        fail(source, "not a " + what + " (malformed JSON at byte " + std::to_string(e.byte) + ")");
    } catch (const json::out_of_range&) {
        fail(source, "not a " + what + " (a number is out of range)");
    } catch (const json::exception&) {
        fail(source, "not a " + what + " (malformed JSON)");
    }
}

std::string readSmallFile(const std::string& path, std::uint64_t maxBytes,
                          const std::string& what) {
    const std::uint64_t size = checkInputFile(path);
    if (size > maxBytes) tooLarge(path, size, maxBytes, what);
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(path, "cannot open file");
    std::string bytes;
    bytes.reserve(std::size_t(size) + 1);
    char chunk[1 << 14];
    // Reading stops once past the limit, so a file that grew since it was checked is caught.
    while (bytes.size() <= maxBytes && (in.read(chunk, sizeof chunk) || in.gcount() > 0))
        bytes.append(chunk, std::size_t(in.gcount()));
    if (in.bad()) fail(path, "cannot read file");
    if (bytes.size() > maxBytes) tooLarge(path, bytes.size(), maxBytes, what);
    return bytes;
}

void checkFormat(const json& doc, const char* format, std::uint64_t version,
                 const std::string& source, const std::string& what) {
    if (!doc.is_object()) fail(source, "not a " + what + " (not a JSON object)");
    const auto f = doc.find("format");
    if (f == doc.end() || !f->is_string() || *f != format)
        fail(source, "not a " + what + " (no \"format\": \"" + format + "\")");
    const auto v = doc.find("version");
    if (v == doc.end()) fail(source, "version is missing");
    if (!v->is_number_unsigned()) fail(source, "version is not a whole number");
    const auto found = v->get<std::uint64_t>();
    if (found > version)
        fail(source, "made by a newer Tagscope (format version " + std::to_string(found) + ")");
    if (found != version)
        fail(source, "unsupported " + what + " format version " + std::to_string(found));
}

}  // namespace tagscope::decisions_detail
