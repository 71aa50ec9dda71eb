#pragma once
// The parameters of the two original networks, built from a Keras weight file and validated
// against the architecture (every array's shape, in load order).

#include <cstdint>
#include <string>
#include <vector>

#include "engine/io/keras_weights.h"
#include "engine/layers/batch_norm.h"
#include "engine/layers/conv2d.h"
#include "engine/layers/dense.h"
#include "engine/layers/gru.h"

namespace tagscope {

enum class NetworkKind { ConvNet, RecurrentNet };

// "cnn" / "rnn", and the long names used in messages.
std::string networkId(NetworkKind kind);
std::string networkDisplayName(NetworkKind kind);
NetworkKind parseNetworkId(const std::string& id);  // throws Error on anything else

struct PoolSize {
    int height, width;
};

// The fixed architecture of each network (from the original convnet.py / recurrentnet.py).
struct Architecture {
    NetworkKind kind;
    int timePadding;              // zero padding on each side of the time axis before the frame BN
    int frames;                   // time frames the frame BN sees (after padding)
    std::vector<int> channels;    // output channels of each conv block
    std::vector<PoolSize> pools;  // max-pool size after each conv block
    int gruUnits;                 // 0 for the ConvNet
    int outputs;                  // 50 tags
    std::int64_t trainableParameters;  // as Keras' count_params() printed in the seed README
};
const Architecture& architecture(NetworkKind kind);
// Values in a clip's embedding, the last hidden layer: the ConvNet's 256 features after the
// last pooling, the RecurrentNet's 32-value final GRU state.
int embeddingSize(NetworkKind kind);

struct ConvBlockWeights {
    Conv2dWeights conv;
    std::vector<float> gamma, beta;
    PoolSize pool;
};

struct NetworkWeights {
    NetworkKind kind = NetworkKind::ConvNet;
    std::string source;             // file path
    bool theanoKernels = false;     // true if the file held Theano (flipped) convolution kernels
    std::uint64_t fingerprint = 0;  // FNV-1a over every value, to match calibrations to weights
    FrameNormWeights frameNorm;
    std::vector<ConvBlockWeights> blocks;
    std::vector<GruWeights> grus;
    DenseWeights output;

    std::int64_t trainableParameterCount() const;
};

// Which network a weight file belongs to, judged from its arrays; throws if neither.
NetworkKind detectNetwork(const KerasWeights& file);

// Throws Error naming the file if the arrays do not fit the expected network exactly.
NetworkWeights buildNetworkWeights(const KerasWeights& file, NetworkKind expected);

}  // namespace tagscope
