#include "app/cli/cli_options.h"

#include <charconv>

#include "engine/error.h"

namespace tagscope::cli {
namespace {

std::vector<NetworkKind> parseModels(const std::string& value) {
    if (value == "cnn") return {NetworkKind::ConvNet};
    if (value == "rnn") return {NetworkKind::RecurrentNet};
    if (value == "both") return {NetworkKind::ConvNet, NetworkKind::RecurrentNet};
    throw UsageError{"--model takes cnn, rnn or both, not '" + value + "'"};
}

class ArgReader {
public:
    explicit ArgReader(const std::vector<std::string>& args) : args_(args) {}
    bool done() const { return next_ >= args_.size(); }
    std::string take() { return args_[next_++]; }
    // The value of an option given as "--name value" or "--name=value".
    std::string value(const std::string& option, const std::string& inlineValue, bool hasInline) {
        if (hasInline) return inlineValue;
        if (done()) throw UsageError{option + " needs a value"};
        return take();
    }

private:
    const std::vector<std::string>& args_;
    std::size_t next_ = 0;
};

}  // namespace

Command parseCommandLine(const std::vector<std::string>& args) {
    Command command;
    if (args.empty()) throw UsageError{"no command given"};
    ArgReader reader(args);
    const std::string verb = reader.take();
    if (verb == "--help" || verb == "-h" || verb == "help") return command;
    if (verb == "--version") {
        command.kind = Command::Kind::Version;
        return command;
    }
    if (verb != "tag" && verb != "calibrate") throw UsageError{"unknown command '" + verb + "'"};
    command.kind = verb == "tag" ? Command::Kind::Tag : Command::Kind::Calibrate;
    TagOptions& tag = command.tag;
    CalibrateOptions& cal = command.calibrate;
    bool optionsEnded = false;
    while (!reader.done()) {
        std::string arg = reader.take();
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            (verb == "tag" ? tag.inputs : cal.inputs).push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        std::string name = arg, inlineValue;
        const auto eq = arg.find('=');
        const bool hasInline = eq != std::string::npos && arg.starts_with("--");
        if (hasInline) {
            name = arg.substr(0, eq);
            inlineValue = arg.substr(eq + 1);
        }
        auto value = [&] { return reader.value(name, inlineValue, hasInline); };
        if (name == "--help" || name == "-h") {
            command.kind = Command::Kind::Help;
            return command;
        } else if (name == "--model" || name == "-m") {
            tag.models = cal.models = parseModels(value());
            tag.modelGiven = true;
        } else if (name == "--weights" || name == "-w") {
            tag.weights = cal.weights = value();
        } else if (name == "-o" || name == "--output") {
            tag.output = cal.output = value();
        } else if (verb == "tag" && name == "--norm") {
            try {
                tag.norm = parseNormMode(value());
            } catch (const Error& e) {
                throw UsageError{std::string("--norm: ") + e.what()};
            }
        } else if (verb == "tag" && name == "--calibration") {
            tag.calibration = value();
        } else if (verb == "tag" && name == "--top") {
            const std::string v = value();
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), tag.top);
            if (ec != std::errc() || end != v.data() + v.size() || tag.top < 1 || tag.top > 50)
                throw UsageError{"--top takes a number from 1 to 50, not '" + v + "'"};
        } else if (verb == "tag" && name == "--format") {
            const std::string v = value();
            if (v == "text") tag.format = OutputFormat::Text;
            else if (v == "csv") tag.format = OutputFormat::Csv;
            else if (v == "json") tag.format = OutputFormat::Json;
            else throw UsageError{"--format takes text, csv or json, not '" + v + "'"};
        } else {
            throw UsageError{"unknown option '" + name + "' for " + verb};
        }
    }
    if ((verb == "tag" ? tag.inputs : cal.inputs).empty()) throw UsageError{"no input files given"};
    if (verb == "calibrate" && cal.output.empty()) throw UsageError{"calibrate needs -o FILE"};
    if (verb == "calibrate" && cal.models.size() != 1)
        throw UsageError{"calibrate works on one model at a time (--model cnn or rnn)"};
    if (verb == "tag" && !tag.calibration.empty() && tag.models.size() != 1)
        throw UsageError{"--calibration goes with a single --model (cnn or rnn)"};
    return command;
}

std::string usageText() {
    return R"(Usage:
  tagscope-cli tag [options] INPUT...
  tagscope-cli calibrate [--model cnn|rnn] [--weights FILE] -o FILE INPUT...
  tagscope-cli --help | --version

Tags music with the pretrained networks of Choi, Fazekas & Sandler, "Automatic Tagging using
Deep Convolutional Neural Networks" (ISMIR 2016): 50 Last.fm tags, probabilities 0..1.
INPUT is a mel-spectrogram .npy file, shape (96, 1366) or (1, 1, 96, 1366).

tag options:
  -m, --model cnn|rnn|both    network(s) to run (default cnn)
  -w, --weights FILE|tensorflow|theano
                              Keras weight file, or which bundled variant (default tensorflow)
      --norm calibrated|batch|track
                              statistics of the mode-2 BatchNorm layers (default calibrated):
                              calibrated = frozen statistics of a calibration set,
                              batch = the inputs run together (what the original did),
                              track = each input alone
      --calibration FILE      calibration for --norm calibrated (default: the bundled one)
      --top N                 tags per input in text output (default 15)
      --format text|csv|json  output format (default text)
  -o, --output FILE           write there (atomically) instead of standard output

calibrate: computes the frozen BatchNorm statistics of the inputs run as one batch.

Environment: TAGSCOPE_MODELS_DIR (weight files), TAGSCOPE_DATA_DIR (calibrations).
Exit status: 0 all inputs tagged, 1 some inputs failed (the rest are still tagged),
2 usage or set-up error.
)";
}

}  // namespace tagscope::cli
