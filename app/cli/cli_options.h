#pragma once
// Command-line parsing for tagscope-cli.

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/cli/catalogue.h"
#include "engine/audio/resampler.h"
#include "engine/networks/network_weights.h"
#include "engine/networks/normalization.h"
#include "engine/tagwrite/field_plan.h"

namespace tagscope::cli {

enum class OutputFormat { Text, Csv, Json, Jsonl };

struct TagOptions {
    std::vector<NetworkKind> models{NetworkKind::ConvNet};
    bool modelGiven = false;
    std::string weights;  // a file, or "tensorflow" / "theano"
    NormMode norm = NormMode::Calibrated;
    std::string calibration;
    int top = 15;
    OutputFormat format = OutputFormat::Text;
    std::string output;  // empty: stdout
    bool segments = false;
    ResamplerKind resampler = ResamplerKind::Exact;
    double hopSeconds = 14.56;
    int jobs = 0;  // 0: one per core
    double maxDurationHours = 24.0;
    std::string store;  // result store file; empty: none
    // Tag decisions (docs/DECISIONS.md): any of these turns them on.
    double threshold = -1.0;     // the global threshold; < 0: the thresholds file's or default
    std::string thresholdsFile;  // per-label thresholds and top-N cap
    std::string vocabulary;      // a vocabulary file instead of the shipped one
    // playlist only:
    std::string query;           // tracks to list, e.g. "jazz > 0.5 and not rock"
    bool relativePaths = false;  // paths relative to the playlist's folder
    // tag only: catalogue mode (docs/SCALING.md)
    std::string manifest;        // a file listing inputs, one per line
    std::optional<Shard> shard;  // tag only this share of the sorted inputs
    std::vector<std::string> inputs;

    bool catalogue() const { return !manifest.empty() || shard.has_value(); }

    bool decisionsAsked() const {
        return threshold >= 0.0 || !thresholdsFile.empty() || !vocabulary.empty();
    }
};

struct CalibrateOptions {
    std::vector<NetworkKind> models{NetworkKind::ConvNet};
    std::string weights;
    std::string output;
    ResamplerKind resampler = ResamplerKind::Exact;
    double maxDurationHours = 24.0;
    std::vector<std::string> inputs;
};

struct MelgramOptions {
    std::string output;
    ResamplerKind resampler = ResamplerKind::Exact;
    double maxDurationHours = 24.0;
    std::string input;
};

// explain: one tag's relevance map over one clip (docs/RELEVANCE.md).
struct ExplainOptions {
    NetworkKind model = NetworkKind::ConvNet;
    std::string weights;  // a file, or "tensorflow" / "theano"
    NormMode norm = NormMode::Calibrated;
    std::string calibration;
    int tag = -1;                              // index into tagNames()
    std::optional<double> windowStartSeconds;  // none: the central window
    std::string output;                        // MAP.npy
    std::string audioOutput;                   // --audio OUT.wav; empty: none
    std::string pngOutput;                     // --png OUT.png; empty: none
    ResamplerKind resampler = ResamplerKind::Exact;
    double maxDurationHours = 24.0;
    std::string input;
};

// write: the analysis options (one model; --store, --threshold, --thresholds, --vocabulary,
// --jobs, --resampler, --max-duration) in `analysis`.
struct WriteOptions {
    TagOptions analysis;
    bool dryRun = false;
    WriteMode mode = WriteMode::Add;
};

struct UndoOptions {
    std::string store;  // the store whose journal to use; empty: the journal file
};

struct Command {
    enum class Kind {
        Tag,
        Playlist,
        Write,
        Undo,
        Calibrate,
        Melgram,
        Similar,
        Explain,
        Help,
        Version,
        SelfCheck
    } kind = Kind::Help;
    TagOptions tag;  // tag, playlist and similar (inputs: the one query)
    CalibrateOptions calibrate;
    MelgramOptions melgram;
    ExplainOptions explain;
    WriteOptions write;
    UndoOptions undo;
};

// Thrown on bad arguments.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
Command parseCommandLine(const std::vector<std::string>& args);
// The index of a tag given by its exact name; UsageError listing every tag otherwise.
int tagIndexOf(const std::string& name);
std::string usageText();

}  // namespace tagscope::cli
