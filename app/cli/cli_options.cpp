#include "app/cli/cli_options.h"

#include <charconv>
#include <cmath>

#include "engine/error.h"
#include "engine/tags.h"

namespace tagscope::cli {
namespace {

std::string formatNumber(double v) {
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, v);
    return std::string(text, result.ptr);
}

std::vector<NetworkKind> parseModels(const std::string& value) {
    if (value == "cnn") return {NetworkKind::ConvNet};
    if (value == "rnn") return {NetworkKind::RecurrentNet};
    if (value == "both") return {NetworkKind::ConvNet, NetworkKind::RecurrentNet};
    throw UsageError{"--model takes cnn, rnn or both, not '" + value + "'"};
}

ResamplerKind parseResampler(const std::string& value) {
    if (value == "exact") return ResamplerKind::Exact;
    if (value == "fast") return ResamplerKind::Fast;
    throw UsageError{"--resampler takes exact or fast, not '" + value + "'"};
}

int parseInt(const std::string& option, const std::string& value, int low, int high) {
    int n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size() || n < low || n > high)
        throw UsageError{option + " takes a number from " + std::to_string(low) + " to " +
                         std::to_string(high) + ", not '" + value + "'"};
    return n;
}

double parsePositive(const std::string& option, const std::string& value, double low, double high,
                     const char* unit) {
    double v = 0.0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (ec != std::errc() || end != value.data() + value.size() || !std::isfinite(v) || v < low ||
        v > high)
        throw UsageError{option + " takes " + unit + " from " + formatNumber(low) + " to " +
                         formatNumber(high) + ", not '" + value + "'"};
    return v;
}

class ArgReader {
public:
    explicit ArgReader(const std::vector<std::string>& args) : args_(args) {}
    bool done() const { return next_ >= args_.size(); }
    std::string take() { return args_[next_++]; }

private:
    const std::vector<std::string>& args_;
    std::size_t next_ = 0;
};

// explain's options: a command of its own shape (one model, one tag, one input).
Command parseExplain(ArgReader& reader) {
    Command command;
    command.kind = Command::Kind::Explain;
    ExplainOptions& ex = command.explain;
    std::vector<std::string> inputs;
    std::string tagName;
    bool optionsEnded = false;
    while (!reader.done()) {
        const std::string arg = reader.take();
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            inputs.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        const auto eq = arg.find('=');
        const bool hasInline = eq != std::string::npos && arg.starts_with("--");
        const std::string name = hasInline ? arg.substr(0, eq) : arg;
        auto value = [&] {
            if (hasInline) return arg.substr(eq + 1);
            if (reader.done()) throw UsageError{name + " needs a value"};
            return reader.take();
        };
        if (name == "--help" || name == "-h") {
            command.kind = Command::Kind::Help;
            return command;
        } else if (name == "--model" || name == "-m") {
            const std::string v = value();
            if (v != "cnn" && v != "rnn")
                throw UsageError{"explain's --model takes cnn or rnn, not '" + v + "'"};
            ex.model = parseModels(v).front();
        } else if (name == "--weights" || name == "-w") {
            ex.weights = value();
        } else if (name == "--norm") {
            try {
                ex.norm = parseNormMode(value());
            } catch (const Error& e) {
                throw UsageError{std::string("--norm: ") + e.what()};
            }
        } else if (name == "--calibration") {
            ex.calibration = value();
        } else if (name == "--tag" || name == "-t") {
            tagName = value();
        } else if (name == "--window") {
            const std::string v = value();
            if (v != "central")
                ex.windowStartSeconds =
                    parsePositive("--window", v, 0.0, 1000.0 * 3600.0, "central or seconds");
        } else if (name == "-o" || name == "--output") {
            ex.output = value();
        } else if (name == "--audio") {
            ex.audioOutput = value();
        } else if (name == "--png") {
            ex.pngOutput = value();
        } else if (name == "--resampler") {
            ex.resampler = parseResampler(value());
        } else if (name == "--max-duration") {
            ex.maxDurationHours = parsePositive("--max-duration", value(), 0.001, 1000.0, "hours");
        } else {
            throw UsageError{"unknown option '" + name + "' for explain"};
        }
    }
    if (inputs.size() != 1) throw UsageError{"explain takes exactly one input"};
    ex.input = inputs.front();
    if (tagName.empty()) throw UsageError{"explain needs --tag TAG"};
    ex.tag = tagIndexOf(tagName);
    if (ex.output.empty()) throw UsageError{"explain needs -o MAP.npy"};
    return command;
}

}  // namespace

int tagIndexOf(const std::string& name) {
    const auto& names = tagNames();
    for (std::size_t k = 0; k < names.size(); ++k)
        if (names[k] == name) return int(k);
    std::string valid;
    for (std::string_view n : names) valid += (valid.empty() ? "" : ", ") + std::string(n);
    throw UsageError{"unknown tag '" + name + "'; the tags are: " + valid};
}

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
    if (verb == "--self-check") {
        command.kind = Command::Kind::SelfCheck;
        return command;
    }
    if (verb == "tag")
        command.kind = Command::Kind::Tag;
    else if (verb == "playlist")
        command.kind = Command::Kind::Playlist;
    else if (verb == "write")
        command.kind = Command::Kind::Write;
    else if (verb == "undo")
        command.kind = Command::Kind::Undo;
    else if (verb == "calibrate")
        command.kind = Command::Kind::Calibrate;
    else if (verb == "melgram")
        command.kind = Command::Kind::Melgram;
    else if (verb == "similar")
        command.kind = Command::Kind::Similar;
    else if (verb == "explain")
        return parseExplain(reader);
    else
        throw UsageError{"unknown command '" + verb + "'"};

    TagOptions& tag = command.tag;
    CalibrateOptions& cal = command.calibrate;
    MelgramOptions& mel = command.melgram;
    const bool isPlaylist = verb == "playlist";
    // The playlist command tags its inputs as tag does: it takes the same options.
    const bool isTag = verb == "tag" || isPlaylist, isCal = verb == "calibrate",
               isMel = verb == "melgram", isWrite = verb == "write", isUndo = verb == "undo";
    // write analyses as tag does, with one model, and decides tags: those options only.
    const bool analyses = isTag || isWrite;
    // similar: one network's configuration as tag names it, a store, a query, an output format.
    const bool isSimilar = verb == "similar";
    if (isSimilar) tag.top = 10;
    std::vector<std::string> inputs;
    bool optionsEnded = false;
    while (!reader.done()) {
        const std::string arg = reader.take();
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            inputs.push_back(arg);
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
        auto value = [&] {
            if (hasInline) return inlineValue;
            if (reader.done()) throw UsageError{name + " needs a value"};
            return reader.take();
        };
        if (name == "--help" || name == "-h") {
            command.kind = Command::Kind::Help;
            return command;
        } else if ((isTag || isCal || isWrite || isSimilar) &&
                   (name == "--model" || name == "-m")) {
            const std::string v = value();
            if (isSimilar && v != "cnn" && v != "rnn")
                throw UsageError{"--model takes cnn or rnn, not '" + v + "'"};
            tag.models = cal.models = parseModels(v);
            tag.modelGiven = true;
            if (isWrite && tag.models.size() != 1)
                throw UsageError{"write decides with one network: --model cnn or rnn"};
        } else if ((isTag || isCal || isSimilar) && (name == "--weights" || name == "-w")) {
            tag.weights = cal.weights = value();
        } else if ((isTag || isCal || isMel) && (name == "-o" || name == "--output")) {
            tag.output = cal.output = mel.output = value();
        } else if (!isUndo && name == "--max-duration") {
            tag.maxDurationHours = cal.maxDurationHours = mel.maxDurationHours =
                parsePositive("--max-duration", value(), 0.001, 1000.0, "hours");
        } else if (!isUndo && name == "--resampler") {
            tag.resampler = cal.resampler = mel.resampler = parseResampler(value());
        } else if ((isTag || isSimilar) && name == "--norm") {
            try {
                tag.norm = parseNormMode(value());
            } catch (const Error& e) {
                throw UsageError{std::string("--norm: ") + e.what()};
            }
        } else if ((isTag || isSimilar) && name == "--calibration") {
            tag.calibration = value();
        } else if (isTag && name == "--top") {
            tag.top = parseInt("--top", value(), 1, 50);
        } else if (isSimilar && name == "--top") {
            tag.top = parseInt("--top", value(), 1, 1000000);
        } else if (analyses && name == "--jobs") {
            tag.jobs = parseInt("--jobs", value(), 1, 256);
        } else if (analyses && name == "-j") {
            tag.jobs = parseInt("-j", value(), 1, 256);
        } else if (isTag && name == "--segments") {
            if (hasInline) throw UsageError{"--segments takes no value"};
            tag.segments = true;
        } else if ((analyses || isUndo || isSimilar) && name == "--store") {
            tag.store = command.undo.store = value();
            if (tag.store.empty()) throw UsageError{"--store needs a file name"};
        } else if (analyses && name == "--threshold") {
            tag.threshold = parsePositive("--threshold", value(), 0.0, 1.0, "a probability");
        } else if (analyses && name == "--thresholds") {
            tag.thresholdsFile = value();
        } else if (analyses && name == "--vocabulary") {
            tag.vocabulary = value();
        } else if (isWrite && name == "--dry-run") {
            if (hasInline) throw UsageError{"--dry-run takes no value"};
            command.write.dryRun = true;
        } else if (isWrite && name == "--mode") {
            const std::string v = value();
            const std::optional<WriteMode> mode = parseWriteMode(v);
            if (!mode) throw UsageError{"--mode takes add or replace, not '" + v + "'"};
            command.write.mode = *mode;
        } else if (isPlaylist && (name == "--query" || name == "-q")) {
            tag.query = value();
        } else if (isPlaylist && name == "--relative") {
            if (hasInline) throw UsageError{"--relative takes no value"};
            tag.relativePaths = true;
        } else if (isTag && name == "--hop") {
            tag.hopSeconds = parsePositive("--hop", value(), 1.0, 3600.0, "seconds");
        } else if ((isTag || isSimilar) && name == "--format") {
            const std::string v = value();
            if (v == "text")
                tag.format = OutputFormat::Text;
            else if (v == "csv")
                tag.format = OutputFormat::Csv;
            else if (v == "json")
                tag.format = OutputFormat::Json;
            else if (v == "jsonl" && !isPlaylist && !isSimilar)
                tag.format = OutputFormat::Jsonl;
            else
                throw UsageError{
                    std::string("--format takes ") +
                    (isPlaylist || isSimilar ? "text, csv or json" : "text, csv, json or jsonl") +
                    ", not '" + v + "'"};
        } else if (isTag && !isPlaylist && name == "--manifest") {
            tag.manifest = value();
            if (tag.manifest.empty()) throw UsageError{"--manifest needs a file name"};
        } else if (isTag && !isPlaylist && name == "--shard") {
            tag.shard = parseShard(value());
        } else {
            throw UsageError{"unknown option '" + name + "' for " + verb};
        }
    }
    if (isUndo) {
        if (!inputs.empty()) throw UsageError{"undo takes no inputs (it undoes the last write)"};
        return command;
    }
    if (isSimilar) {
        if (tag.store.empty()) throw UsageError{"similar needs --store FILE"};
        if (inputs.size() != 1)
            throw UsageError{"similar takes exactly one query (a file in the store, or audio)"};
        if (tag.norm == NormMode::Batch)
            throw UsageError{
                "similar does not go with --norm batch (a batch's results are not stored)"};
        if (!tag.calibration.empty() && !tag.modelGiven)
            throw UsageError{"--calibration goes with a single --model (cnn or rnn)"};
        tag.inputs = inputs;
        return command;
    }
    if (inputs.empty() && tag.manifest.empty()) throw UsageError{"no input files given"};
    tag.inputs = cal.inputs = inputs;
    if (isCal && cal.output.empty()) throw UsageError{"calibrate needs -o FILE"};
    if (isCal && cal.models.size() != 1)
        throw UsageError{"calibrate works on one model at a time (--model cnn or rnn)"};
    if (isTag && !tag.calibration.empty() && tag.models.size() != 1)
        throw UsageError{"--calibration goes with a single --model (cnn or rnn)"};
    if (isTag && !isPlaylist && tag.segments && tag.format == OutputFormat::Text)
        throw UsageError{"--segments goes with --format csv or json"};
    if (isTag && tag.norm == NormMode::Batch && (tag.shard || tag.format == OutputFormat::Jsonl))
        throw UsageError{std::string(tag.shard ? "--shard" : "--format jsonl") +
                         " does not go with --norm batch (a batch's results depend on all of "
                         "its inputs)"};
    if (isPlaylist && tag.query.empty()) throw UsageError{"playlist needs --query QUERY"};
    if (isPlaylist && tag.output.empty()) throw UsageError{"playlist needs -o FILE.m3u8"};
    if (isWrite) command.write.analysis = tag;
    if (isMel) {
        if (inputs.size() != 1) throw UsageError{"melgram takes exactly one input"};
        if (mel.output.empty()) throw UsageError{"melgram needs -o FILE.npy"};
        mel.input = inputs.front();
    }
    return command;
}

std::string usageText() {
    return R"(Usage:
  tagscope-cli tag [options] INPUT...
  tagscope-cli tag [options] --manifest FILE [--shard K/N] --format jsonl [-o OUT.jsonl] [INPUT...]
  tagscope-cli playlist --query QUERY [tag options] [--relative] -o OUT.m3u8 INPUT...
  tagscope-cli write [--dry-run] [--mode add|replace] [--model cnn|rnn] [--store FILE]
                     [--threshold P] [--thresholds FILE] [--vocabulary FILE] INPUT...
  tagscope-cli undo [--store FILE]
  tagscope-cli calibrate [--model cnn|rnn] [--weights FILE] [--resampler R] -o FILE INPUT...
  tagscope-cli melgram [--resampler R] -o OUT.npy INPUT
  tagscope-cli similar [--model cnn|rnn] [--top K] [--format text|csv|json] --store FILE QUERY
  tagscope-cli explain --tag TAG [--model cnn|rnn] [--weights W] [--norm N] [--calibration FILE]
                       [--window central|SECONDS] [--audio OUT.wav] [--png OUT.png]
                       -o MAP.npy INPUT
  tagscope-cli --help | --version | --self-check

Tags music with the pretrained networks of Choi, Fazekas & Sandler, "Automatic Tagging using
Deep Convolutional Neural Networks" (ISMIR 2016): 50 Last.fm tags, probabilities 0..1.
INPUT is an audio file (mp3, flac, ogg, opus, wav, aiff, m4a, ...; anything FFmpeg reads), a
folder (searched recursively for audio files), or a mel-spectrogram .npy of shape (96, 1366)
or (1, 1, 96, 1366).

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
      --format text|csv|json|jsonl
                              output format (default text); jsonl: one JSON object per line,
                              written as each file finishes; with -o, an existing file is
                              resumed: files already in it are skipped, new lines appended
      --manifest FILE         also tag the files FILE lists, one per line (# comments; paths
                              relative to FILE's folder); inputs are then sorted, each once
      --shard K/N             tag only the K-th of N shards: every N-th input of the sorted
                              list, from the K-th (1 <= K <= N; docs/SCALING.md)
      --segments              also tag 29.12 s windows covering the whole track (csv, json)
      --hop SECONDS           start-to-start distance of those windows (default 14.56)
      --resampler exact|fast  exact = the original's resampy kaiser_best (default);
                              fast = libsoxr, slightly different melgrams
  -j, --jobs N                files analysed in parallel (default: one per core)
  -o, --output FILE           write there (atomically) instead of standard output
      --store FILE            keep results in this store (SQLite; made if missing) and reuse
                              them while a file and the configuration are unchanged
                              (not with --norm batch)
      --max-duration HOURS    refuse audio longer than this (default 24; all commands)
      --threshold P           decide tags: labels with probability >= P (csv: a "tags"
                              column; json: a "tags" array; docs/DECISIONS.md)
      --thresholds FILE       per-label thresholds and a top-N cap (JSON), for the same
      --vocabulary FILE       clean labels and groups from this file (default: the shipped)

playlist: tags the inputs (with the tag options above) and writes an M3U8 playlist of those
           matching --query, e.g. --query 'jazz > 0.5 and not rock' (labels alone mean: is
           one of the track's tags); --relative writes paths relative to the playlist.
           With --model both, the first model decides.

write:     tags the inputs (or reads them from --store), decides their tags (--threshold,
           --thresholds, --vocabulary as above) and writes them into the files: GENRE (genre
           labels), MOOD (mood labels) and TAGSCOPE (every label with its probability).
           Prints per file and field: current -> new. mp3, flac, ogg, opus, m4a, wav, aiff.
      --dry-run               print what would be written; write nothing
      --mode add|replace      add = keep the current values and add new ones (default);
                              replace = put the decided labels in their place
           Each file is replaced atomically (a crash leaves the old or the new file) and only
           these fields change; read-only files and files changed since their analysis are
           refused. The previous values are journaled (in --store, else in
           $XDG_DATA_HOME/Tagscope/Tagscope/write-journal.json) for undo. docs/TAG_WRITING.md.
undo:      restores the fields of the last write (one batch: one write command) from the
           journal of --store, or of the journal file; run again to undo the write before.

similar:   lists the tracks of --store most similar to QUERY (cosine similarity of the
           networks' track embeddings), most similar first, QUERY itself left out. QUERY is a
           file in the store (its stored embedding is used) or any audio file (analysed now,
           not added). Compares results of the configuration --model, --weights, --norm,
           --calibration and --resampler name (as tag does; default cnn); tag --store FILE
           first. --top K: how many (default 10). text: "similarity  file" lines; csv:
           file,similarity; json: [{"file", "similarity"}]. docs/CLI.md.

calibrate: computes the frozen BatchNorm statistics of the inputs run as one batch.
melgram:   writes the central-window log-mel-spectrogram (1, 1, 96, 1366) float32 .npy that
           the networks see.
explain:   why TAG? Writes a relevance map, float32 (96, 1366), >= 0, higher = more relevant
           to TAG, on the grid of the melgram of the same window (docs/RELEVANCE.md). INPUT is
           an audio file or a melgram .npy. Prints the tag's probability.
      -t, --tag TAG           one of the 50 tags, as spelled in tag's output (e.g. Hip-Hop)
      --window central|SECONDS
                              the clip: the central 29.12 s (default) or the one starting
                              SECONDS into the track (audio input only)
      --audio OUT.wav         the clip resynthesised through the map as a soft mask (12 kHz)
      --png OUT.png           the melgram with the map overlaid (low bands at the bottom)
      --model, --weights, --norm, --calibration as for tag (one model)

--self-check: lists the weights, calibrations and samples found and the kernels chosen for this
CPU, exit 2 if any file is missing.

Environment: TAGSCOPE_MODELS_DIR (weight files), TAGSCOPE_DATA_DIR (calibrations),
TAGSCOPE_SAMPLES_DIR (sample tracks), XDG_DATA_HOME (the write journal).
Exit status: 0 all inputs tagged (written, restored), 1 some inputs failed (the rest are
still done), 2 usage or set-up error.
)";
}

}  // namespace tagscope::cli
