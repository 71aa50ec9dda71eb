#include "app/cli/tag_command.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "engine/error.h"
#include "engine/io/atomic_file.h"
#include "engine/io/keras_weights.h"
#include "engine/io/melgram_npy.h"
#include "engine/report/reports.h"
#include "engine/tagger.h"

namespace tagscope::cli {
namespace {

struct LoadedInput {
    std::string path;
    Melgram melgram;
};

// The weight file for a model: an explicit file, or a bundled variant found by the locator.
std::string weightsFor(NetworkKind kind, const std::string& weights) {
    if (weights.empty() || weights == "tensorflow") return findWeights(kind, WeightsVariant::TensorFlow);
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

std::vector<LoadedInput> loadInputs(const std::vector<std::string>& paths,
                                    std::vector<TagFailure>& failures, std::ostream& err) {
    std::vector<LoadedInput> inputs;
    for (const std::string& path : paths) {
        try {
            inputs.push_back({path, readMelgramNpy(path)});
        } catch (const Error& e) {
            failures.push_back({path, e.what()});
            err << "tagscope-cli: " << e.what() << '\n';
        }
    }
    return inputs;
}

void writeOutput(const std::string& path, const std::string& text, std::ostream& out) {
    if (path.empty() || path == "-") {
        out << text;
        return;
    }
    writeFileAtomically(path, [&](const std::string& temporary) {
        std::ofstream file(temporary, std::ios::binary);
        file << text;
        if (!file.flush()) fail(path, "cannot write");
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
    const std::vector<LoadedInput> inputs = loadInputs(options.inputs, failures, err);
    std::vector<const Melgram*> clips;
    for (const LoadedInput& input : inputs) clips.push_back(&input.melgram);

    std::vector<RowMatrixXf> predictions;
    for (const auto& tagger : taggers) predictions.push_back(tagger->predict(clips));
    std::vector<TagResult> results;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (std::size_t m = 0; m < taggers.size(); ++m) {
            TagResult r;
            r.file = inputs[i].path;
            r.model = taggers[m]->kind();
            r.weights = taggers[m]->weightsPath();
            r.norm = taggers[m]->norm();
            const auto row = predictions[m].row(Eigen::Index(i));
            r.probabilities.assign(row.data(), row.data() + row.size());
            results.push_back(std::move(r));
        }

    std::ostringstream report;
    switch (options.format) {
        case OutputFormat::Text: writeTextReport(report, results, options.top, taggers.size() > 1); break;
        case OutputFormat::Csv: writeCsvReport(report, results, false); break;
        case OutputFormat::Json: writeJsonReport(report, results, failures, false); break;
    }
    try {
        writeOutput(options.output, report.str(), out);
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    return failures.empty() ? kExitOk : kExitSomeFailed;
}

int runCalibrate(const CalibrateOptions& options, std::ostream& err) {
    try {
        const NetworkKind kind = options.models.front();
        const std::string weights = weightsFor(kind, options.weights);
        const TaggingNetwork network = TaggingNetwork::fromFile(weights, kind);
        std::vector<TagFailure> failures;
        const std::vector<LoadedInput> inputs = loadInputs(options.inputs, failures, err);
        if (!failures.empty()) {
            err << "tagscope-cli: calibration not written: " << failures.size()
                << " input(s) failed\n";
            return kExitSomeFailed;
        }
        std::vector<const Melgram*> clips;
        for (const LoadedInput& input : inputs) clips.push_back(&input.melgram);
        Calibration calibration = network.calibrate(clips);
        for (const LoadedInput& input : inputs)
            calibration.clipNames.push_back(std::filesystem::path(input.path).filename().string());
        calibration.save(options.output);
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    return kExitOk;
}

}  // namespace tagscope::cli
