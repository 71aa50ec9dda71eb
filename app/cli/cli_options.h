#pragma once
// Command-line parsing for tagscope-cli.

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/audio/resampler.h"
#include "engine/networks/network_weights.h"
#include "engine/networks/normalization.h"

namespace tagscope::cli {

enum class OutputFormat { Text, Csv, Json };

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
    std::vector<std::string> inputs;
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

struct Command {
    enum class Kind { Tag, Calibrate, Melgram, Help, Version, SelfCheck } kind = Kind::Help;
    TagOptions tag;
    CalibrateOptions calibrate;
    MelgramOptions melgram;
};

// Thrown on bad arguments.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
Command parseCommandLine(const std::vector<std::string>& args);
std::string usageText();

}  // namespace tagscope::cli
