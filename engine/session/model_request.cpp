#include "engine/session/model_request.h"

#include "engine/error.h"
#include "engine/io/keras_weights.h"
#include "engine/model_locator.h"

namespace tagscope {
namespace {

bool isVariantKeyword(const std::string& weights) {
    return weights.empty() || weights == "tensorflow" || weights == "theano";
}

// The weight file for a network: an explicit file, or a bundled variant found by the locator.
std::string weightsFor(NetworkKind kind, const std::string& weights) {
    if (weights.empty() || weights == "tensorflow")
        return findWeights(kind, WeightsVariant::TensorFlow);
    if (weights == "theano") return findWeights(kind, WeightsVariant::Theano);
    return weights;
}

}  // namespace

std::vector<TaggerConfig> resolveModels(const ModelRequest& request) {
    std::vector<NetworkKind> networks = request.networks;
    if (!isVariantKeyword(request.weights)) {
        if (!request.networksGiven)
            networks = {detectNetwork(KerasWeights::load(request.weights))};
        else if (networks.size() != 1)
            throw Error("--weights FILE goes with a single --model (cnn or rnn), not both");
    }
    std::vector<TaggerConfig> configs;
    for (NetworkKind kind : networks)
        configs.push_back(
            {kind, weightsFor(kind, request.weights), request.norm, request.calibration});
    return configs;
}

}  // namespace tagscope
