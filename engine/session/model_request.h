#pragma once
// From what a user asks for (networks, a weight file or bundled variant, a normalisation) to
// the taggers' configurations.

#include <string>
#include <vector>

#include "engine/networks/network_weights.h"
#include "engine/networks/normalization.h"
#include "engine/tagger.h"

namespace tagscope {

struct ModelRequest {
    std::vector<NetworkKind> networks{NetworkKind::ConvNet};
    bool networksGiven = false;  // false: a weight file says which network it is
    std::string weights;         // a file, or "tensorflow" / "theano" / "" (bundled)
    NormMode norm = NormMode::Calibrated;
    std::string calibration;  // "" : the default for the weights
};

// Throws Error (a set-up error) if the weights are nowhere, do not say which network they
// are, or a weight file is asked to serve two networks.
std::vector<TaggerConfig> resolveModels(const ModelRequest& request);

}  // namespace tagscope
