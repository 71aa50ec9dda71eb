#pragma once
// Catalogue mode of `tag`: the inputs named by a manifest (one path per line) and the share of
// them one shard tags. docs/SCALING.md.

#include <string>
#include <vector>

#include "engine/input_files.h"

namespace tagscope::cli {

struct TagOptions;

// Shard `index` of `count` (1 <= index <= count).
struct Shard {
    int index = 1;
    int count = 1;
};

// "K/N" with 1 <= K <= N; throws UsageError naming what is wrong.
Shard parseShard(const std::string& text);

// The paths a manifest lists: one per line; blank lines and lines whose first non-blank
// character is '#' are skipped, a trailing '\r' is dropped; a relative path is relative to the
// manifest's folder. Throws UsageError if the manifest cannot be read.
std::vector<std::string> readManifest(const std::string& manifest);

// The catalogue: the inputs expanded, files and failures together sorted by path, each path
// once; then only every count-th of them, starting at the index-th (round robin over the
// sorted list). Every task of an array job that expands the same names gets the same list,
// so the shards are disjoint and together hold every entry exactly once.
ExpandedInputs catalogueShard(const ExpandedInputs& inputs, Shard shard);

// What `tag` works on: the inputs named on the command line, expanded; in catalogue mode
// (--manifest or --shard), with the manifest's paths, as catalogueShard gives them.
ExpandedInputs tagInputsOf(const TagOptions& options);

}  // namespace tagscope::cli
