#include "app/cli/tag_command.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <sstream>
#include <thread>

#include "app/cli/parallel_for.h"
#include "engine/error.h"
#include "engine/input_files.h"
#include "engine/io/atomic_file.h"
#include "engine/io/keras_weights.h"
#include "engine/io/melgram_npy.h"
#include "engine/report/reports.h"
#include "engine/tagger.h"
#include "engine/track_input.h"

namespace tagscope::cli {
namespace {

// The weight file for a model: an explicit file, or a bundled variant found by the locator.
std::string weightsFor(NetworkKind kind, const std::string& weights) {
    if (weights.empty() || weights == "tensorflow")
        return findWeights(kind, WeightsVariant::TensorFlow);
    if (weights == "theano") return findWeights(kind, WeightsVariant::Theano);
    return weights;
}

bool isVariantKeyword(const std::string& weights) {
    return weights.empty() || weights == "tensorflow" || weights == "theano";
}

// With an explicit weight file and no --model, the file says which network it is.
std::vector<NetworkKind> modelsFor(const std::vector<NetworkKind>& models, bool modelGiven,
                                   const std::string& weights) {
    if (isVariantKeyword(weights)) return models;
    if (!modelGiven) return {detectNetwork(KerasWeights::load(weights))};
    if (models.size() != 1)
        throw Error("--weights FILE goes with a single --model (cnn or rnn), not both");
    return models;
}

int jobCount(int requested) {
    return requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency()));
}

// Loads one input; any failure becomes its one-line message.
std::optional<TrackInput> tryLoad(const std::string& path, const AnalysisOptions& analysis,
                                  bool withWindows, std::string& error) {
    try {
        return loadTrackInput(path, analysis, withWindows);
    } catch (const Error& e) {
        error = e.what();
    } catch (const std::bad_alloc&) {
        error = path + ": out of memory";
    } catch (const std::exception& e) {
        error = path + ": " + e.what();
    }
    return std::nullopt;
}

TagResult resultFor(const std::string& file, const Tagger& tagger, TrackTags tags) {
    TagResult r;
    r.file = file;
    r.model = tagger.kind();
    r.weights = tagger.weightsPath();
    r.norm = tagger.norm();
    r.probabilities = std::move(tags.central);
    r.segments = std::move(tags.segments);
    return r;
}

void writeOutput(const std::string& path, const std::string& text, std::ostream& out) {
    if (path.empty() || path == "-") {
        out << text;
        return;
    }
    writeFileAtomically(path, [&](const std::string& temporary) {
        std::ofstream file(temporary, std::ios::binary);
        if (!file) fail(path, "cannot create file (does its folder exist and is it writable?)");
        file << text;
        if (!file.flush()) fail(path, "cannot write (disk full?)");
    });
}

}  // namespace

int runTag(const TagOptions& options, std::ostream& out, std::ostream& err) {
    std::vector<std::unique_ptr<Tagger>> taggers;
    try {
        for (NetworkKind kind : modelsFor(options.models, options.modelGiven, options.weights)) {
            TaggerConfig config;
            config.kind = kind;
            config.weightsPath = weightsFor(kind, options.weights);
            config.norm = options.norm;
            config.calibrationPath = options.calibration;
            taggers.push_back(std::make_unique<Tagger>(config));
        }
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }

    std::vector<TagFailure> failures;
    const std::vector<std::string> files = expandInputs(options.inputs, failures);
    AnalysisOptions analysis;
    analysis.resampler = options.resampler;
    analysis.hopSeconds = options.hopSeconds;

    // Per file: its results (one per model) or its error, filled in by the workers.
    std::vector<std::vector<TagResult>> results(files.size());
    std::vector<std::string> errors(files.size());
    if (options.norm == NormMode::Batch) {
        // The batch needs every input before any can be tagged.
        std::vector<std::optional<TrackInput>> inputs(files.size());
        parallelFor(files.size(), jobCount(options.jobs), [&](std::size_t i) {
            inputs[i] = tryLoad(files[i], analysis, options.segments, errors[i]);
        });
        std::vector<const TrackClips*> clips;
        std::vector<std::size_t> owners;
        for (std::size_t i = 0; i < files.size(); ++i)
            if (inputs[i]) {
                clips.push_back(&inputs[i]->clips);
                owners.push_back(i);
            }
        for (const auto& tagger : taggers) {
            std::vector<TrackTags> tags = tagger->tagTracks(clips, options.segments);
            for (std::size_t k = 0; k < tags.size(); ++k)
                results[owners[k]].push_back(
                    resultFor(files[owners[k]], *tagger, std::move(tags[k])));
        }
    } else {
        parallelFor(files.size(), jobCount(options.jobs), [&](std::size_t i) {
            std::optional<TrackInput> input =
                tryLoad(files[i], analysis, options.segments, errors[i]);
            if (!input) return;
            for (const auto& tagger : taggers) {
                std::vector<TrackTags> tags = tagger->tagTracks({&input->clips}, options.segments);
                results[i].push_back(resultFor(files[i], *tagger, std::move(tags.front())));
            }
        });
    }

    std::vector<TagResult> ordered;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!errors[i].empty()) failures.push_back({files[i], errors[i]});
        for (TagResult& r : results[i]) ordered.push_back(std::move(r));
    }
    for (const TagFailure& f : failures) err << "tagscope-cli: " << f.error << '\n';

    std::ostringstream report;
    switch (options.format) {
        case OutputFormat::Text:
            writeTextReport(report, ordered, options.top, taggers.size() > 1);
            break;
        case OutputFormat::Csv:
            writeCsvReport(report, ordered, options.segments);
            break;
        case OutputFormat::Json:
            writeJsonReport(report, ordered, failures, options.segments);
            break;
    }
    try {
        writeOutput(options.output, report.str(), out);
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    if (files.empty() && failures.empty()) {
        err << "tagscope-cli: no audio files found in the given folders\n";
        return kExitSomeFailed;
    }
    return failures.empty() ? kExitOk : kExitSomeFailed;
}

int runCalibrate(const CalibrateOptions& options, std::ostream& err) {
    try {
        const NetworkKind kind = options.models.front();
        const std::string weights = weightsFor(kind, options.weights);
        const TaggingNetwork network = TaggingNetwork::fromFile(weights, kind);
        std::vector<TagFailure> failures;
        const std::vector<std::string> files = expandInputs(options.inputs, failures);
        AnalysisOptions analysis;
        analysis.resampler = options.resampler;
        std::vector<std::optional<TrackInput>> inputs(files.size());
        std::vector<std::string> errors(files.size());
        parallelFor(files.size(), jobCount(0), [&](std::size_t i) {
            inputs[i] = tryLoad(files[i], analysis, false, errors[i]);
        });
        for (std::size_t i = 0; i < files.size(); ++i)
            if (!errors[i].empty()) failures.push_back({files[i], errors[i]});
        if (!failures.empty() || files.empty()) {
            for (const TagFailure& f : failures) err << "tagscope-cli: " << f.error << '\n';
            err << "tagscope-cli: calibration not written: " << failures.size()
                << " input(s) failed, " << (files.size() - failures.size()) << " usable\n";
            return kExitSomeFailed;
        }
        std::vector<const Melgram*> clips;
        for (const auto& input : inputs) clips.push_back(&input->clips.central);
        Calibration calibration = network.calibrate(clips);
        for (const std::string& file : files)
            calibration.clipNames.push_back(std::filesystem::path(file).filename().string());
        calibration.save(options.output);
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    return kExitOk;
}

int runMelgram(const MelgramOptions& options, std::ostream& err) {
    AnalysisOptions analysis;
    analysis.resampler = options.resampler;
    std::string error;
    const std::optional<TrackInput> input = tryLoad(options.input, analysis, false, error);
    if (!input) {
        err << "tagscope-cli: " << error << '\n';
        return kExitSomeFailed;
    }
    try {
        writeMelgramNpy(options.output, input->clips.central);
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    return kExitOk;
}

}  // namespace tagscope::cli
