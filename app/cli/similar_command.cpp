#include "app/cli/similar_command.h"

#include <charconv>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/command_setup.h"
#include "app/cli/tag_command.h"
#include "engine/error.h"
#include "engine/report/reports.h"
#include "engine/session/model_request.h"
#include "engine/session/tagging_session.h"
#include "engine/similarity/similar_tracks.h"
#include "engine/store/analysis_key.h"

namespace tagscope::cli {
namespace {

// Six decimals, '.' whatever the locale: the same digits in text, CSV and JSON.
std::string similarityText(float similarity) {
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, double(similarity),
                                            std::chars_format::fixed, 6);
    return error == std::errc() ? std::string(buffer, end) : std::string("0.000000");
}

double similarityNumber(float similarity) {
    const std::string text = similarityText(similarity);
    double value = 0.0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::string report(const std::vector<SimilarTrack>& tracks, OutputFormat format) {
    std::ostringstream text;
    switch (format) {
        case OutputFormat::Csv:
            text << "file,similarity\n";
            for (const SimilarTrack& t : tracks)
                text << csvField(t.path) << ',' << similarityText(t.similarity) << '\n';
            break;
        case OutputFormat::Json: {
            nlohmann::json list = nlohmann::json::array();
            for (const SimilarTrack& t : tracks)
                list.push_back({{"file", t.path}, {"similarity", similarityNumber(t.similarity)}});
            text << list.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
            break;
        }
        default:
            for (const SimilarTrack& t : tracks)
                text << similarityText(t.similarity) << "  " << t.path << '\n';
    }
    return text.str();
}

// The one model the options name, its files found and checked (not parsed).
TaggerConfig resolvedModel(const TagOptions& options, std::shared_ptr<ResultStore> store) {
    SessionConfig config;
    config.models = resolveModels(
        {options.models, options.modelGiven, options.weights, options.norm, options.calibration});
    config.resampler = options.resampler;
    config.store = std::move(store);
    const TaggingSession session(std::move(config));  // with a store: nothing is loaded
    return session.models().front();
}

}  // namespace

int runSimilar(const TagOptions& options, std::ostream& out, std::ostream& err) {
    const std::string& query = options.inputs.front();
    try {
        std::error_code ec;
        if (!std::filesystem::exists(options.store, ec))
            fail(options.store, "no such result store (make one with 'tagscope-cli tag --store')");
        const std::shared_ptr<ResultStore> store = openStore(options, {{query}, {}}, err);
        const TaggerConfig model = resolvedModel(options, store);
        const std::string key = analysisKey(model, options.resampler, *store);
        const std::vector<StoredEmbedding> stored = store->trackEmbeddings(key);
        if (stored.empty())
            fail(options.store, "holds no " + networkId(model.kind) +
                                    " embeddings of this configuration (run 'tagscope-cli tag "
                                    "--store' with the same options first)");
        QueryAnalysis analysis;
        analysis.resampler = options.resampler;
        analysis.limits = limitsFor(options.maxDurationHours);
        const SimilarityQuery similar = similarityQuery(*store, stored, model, query, analysis);
        out << report(similarTracks(stored, similar, std::size_t(options.top)), options.format);
        return kExitOk;
    } catch (const Error& e) {
        err << "tagscope-cli: " << e.what() << '\n';
        return kExitSetupError;
    }
}

}  // namespace tagscope::cli
