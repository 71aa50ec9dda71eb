#include "app/cli/explain_command.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "app/cli/command_setup.h"
#include "app/cli/relevance_png.h"
#include "app/cli/tag_command.h"
#include "engine/audio/mel_spectrogram.h"
#include "engine/audio/track_stream.h"
#include "engine/error.h"
#include "engine/input_files.h"
#include "engine/io/npy.h"
#include "engine/io/wav_file.h"
#include "engine/relevance/mask_resynthesis.h"
#include "engine/relevance/relevance_map.h"
#include "engine/session/model_request.h"
#include "engine/session/tagging_session.h"
#include "engine/tags.h"

namespace tagscope::cli {
namespace {

// The clip to explain, and its 12 kHz samples when --audio asks for them.
struct Clip {
    Melgram melgram;
    std::vector<float> samples;
};

std::int64_t startSampleOf(double seconds) {
    return std::int64_t(std::llround(seconds * kSampleRate));
}

// The central window exactly as `melgram` computes it (an .npy input is taken as it is).
std::optional<Clip> centralClip(const ExplainOptions& options, const RunContext& context,
                                std::ostream& err) {
    SessionConfig config;
    config.resampler = options.resampler;
    config.limits = context.limits();
    const TaggingSession session(std::move(config));
    const ExpandedInputs inputs = expandInputs({options.input});
    if (inputs.files.size() > 1)
        throw UsageError{"explain takes one file, not a folder: " + options.input};
    ClipsReport clips = session.centralClips(inputs);
    if (clips.clips.empty()) {
        printFailures(clips.failures, err);
        return std::nullopt;
    }
    Clip clip{std::move(clips.clips.front()), {}};
    if (!options.audioOutput.empty())
        clip.samples = decodeCentralWindowTo12k(options.input, options.resampler, context).samples;
    return clip;
}

// The window starting `seconds` into the track, as the taggram's windows are computed.
Clip windowClip(const ExplainOptions& options, double seconds, const RunContext& context) {
    std::vector<float> samples =
        decodeWindowTo12k(options.input, startSampleOf(seconds), options.resampler, context);
    if (std::all_of(samples.begin(), samples.end(), [](float s) { return s == 0.0f; }))
        fail(options.input, "the window at " + std::to_string(seconds) +
                                " s is silent (does the track end before it?)");
    Clip clip{melgramOfWindow(samples.data(), samples.size(), 0), {}};
    if (!options.audioOutput.empty()) clip.samples = std::move(samples);
    return clip;
}

void refuseOutputsOverInput(const ExplainOptions& options) {
    const ExpandedInputs input{{options.input}, {}};
    for (const std::string* output : {&options.output, &options.audioOutput, &options.pngOutput})
        refuseOutputOverInput(*output, input);
}

void writeOutputs(const ExplainOptions& options, const Clip& clip, const RelevanceMap& map,
                  const RunContext& context) {
    writeNpy(options.output, {map.bands, map.frames}, map.values);
    if (!options.pngOutput.empty()) writeRelevancePng(options.pngOutput, clip.melgram, map);
    if (!options.audioOutput.empty()) {
        const std::vector<float> audio =
            resynthesiseMasked(clip.samples, relevanceSoftMask(map.values, map.bands, map.frames),
                               map.frames, context);
        writeWavFile(options.audioOutput, audio, kSampleRate);
    }
}

}  // namespace

int runExplain(const ExplainOptions& options, std::ostream& out, std::ostream& err) {
    const bool melgramInput = hasMelgramExtension(options.input);
    if (melgramInput && options.windowStartSeconds)
        throw UsageError{"--window SECONDS needs an audio input (a melgram .npy is one clip)"};
    if (melgramInput && !options.audioOutput.empty())
        throw UsageError{"--audio needs an audio input (a melgram .npy holds no sound)"};
    std::optional<Tagger> tagger;
    try {
        const std::vector<TaggerConfig> models = resolveModels(
            {{options.model}, true, options.weights, options.norm, options.calibration});
        tagger.emplace(models.front());
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
    const RunContext context(std::stop_token{}, limitsFor(options.maxDurationHours));
    try {
        refuseOutputsOverInput(options);
        const std::optional<Clip> clip =
            options.windowStartSeconds
                ? std::optional<Clip>(windowClip(options, *options.windowStartSeconds, context))
                : centralClip(options, context, err);
        if (!clip) return kExitSomeFailed;
        const RelevanceMap map = explainTag(*tagger, clip->melgram, options.tag, context);
        writeOutputs(options, *clip, map, context);
        char probability[16];
        std::snprintf(probability, sizeof probability, "%.3f", map.probability);
        out << options.input << ": " << tagNames()[std::size_t(options.tag)] << ' ' << probability
            << '\n';
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSomeFailed;
    }
    return kExitOk;
}

}  // namespace tagscope::cli
