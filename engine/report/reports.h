#pragma once
// The CLI's output formats, also used by the GUI's export.
// - text: the original example.py layout: the file, then the top tags five per line as
//   [('jazz', '0.393'), ...], then a blank line.
// - CSV: header "file,model,<50 tag names>" (with --segments: "file,model,start_s,<tags>"),
//   then one row per (file, model) — or per (file, model, window) — with 6 decimals.
// - JSON: an array of {"file","model","weights","norm","probabilities":{tag:p}} objects
//   (plus "segments":[{"start_s","probabilities"}] when requested) and {"file","error"} objects
//   for failures, one per line; probabilities with at most 6 decimals.
// With a TagDecider (decisions), each row and object also get the decided tags: a last CSV
// column "tags" (labels joined by ';', most probable first) and a JSON "tags" array, decided
// from the probabilities beside them.
// Numbers always use '.', whatever the process's locale; JSON is always valid UTF-8 (bytes of a
// file name that are not UTF-8 become U+FFFD). A result with a probability that is not a finite
// number, or not 50 of them, is refused with an Error naming the file.

#include <ostream>
#include <string>
#include <vector>

#include "engine/report/tag_result.h"

namespace tagscope {

class TagDecider;

void writeTextReport(std::ostream& out, const std::vector<TagResult>& results, int top,
                     bool withModelHeadings);
void writeCsvReport(std::ostream& out, const std::vector<TagResult>& results, bool segments,
                    const TagDecider* decider = nullptr);
void writeJsonReport(std::ostream& out, const std::vector<TagResult>& results,
                     const std::vector<TagFailure>& failures, bool segments,
                     const TagDecider* decider = nullptr);
// JSON Lines: the objects writeJsonReport would write, one per line, each ending in '\n' and
// holding no other newline (the catalogue mode streams them, one file's lines at a time).
std::string jsonLines(const std::vector<TagResult>& results,
                      const std::vector<TagFailure>& failures, bool segments,
                      const TagDecider* decider = nullptr);

std::string csvField(const std::string& text);  // quoted when needed (RFC 4180)

}  // namespace tagscope
