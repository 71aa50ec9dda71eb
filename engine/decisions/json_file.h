#pragma once
// Reading the small JSON files of tag decisions (vocabulary, thresholds): the file is checked
// and held to a size limit before it is read, the JSON to a nesting depth, and an object that
// names a key twice is refused (JSON parsers silently keep one of them). Internal to the engine.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace tagscope::decisions_detail {

// `what` names the format in messages, e.g. "Tagscope vocabulary" gives
// "PATH: not a Tagscope vocabulary (malformed JSON at byte 12)". maxDepth counts the containers
// around a value: 1 for the root object's members.
nlohmann::json parseSmallJson(std::string_view text, const std::string& source,
                              const std::string& what, int maxDepth);
// The bytes of a file checked with checkInputFile and at most maxBytes long.
std::string readSmallFile(const std::string& path, std::uint64_t maxBytes, const std::string& what);

// Throws unless doc is an object with "format": format and "version": version (older or newer
// versions are named as such).
void checkFormat(const nlohmann::json& doc, const char* format, std::uint64_t version,
                 const std::string& source, const std::string& what);

// The JSON form of a string (quoted and escaped), for messages and for writing.
std::string jsonQuoted(std::string_view text);

}  // namespace tagscope::decisions_detail
