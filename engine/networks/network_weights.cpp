#include "engine/networks/network_weights.h"

#include <cstring>

#include "engine/error.h"

namespace tagscope {
namespace {

constexpr std::size_t kArraysPerBlock = 4;  // conv W, conv b, BN gamma, BN beta
constexpr std::size_t kArraysPerGru = 9;

// Walks the file's arrays in load order, checking each one's shape.
class ArrayCursor {
public:
    explicit ArrayCursor(const KerasWeights& file) : file_(file), arrays_(file.arrays()) {}

    const std::vector<float>& take(const std::vector<std::int64_t>& shape, const char* role) {
        if (next_ >= arrays_.size()) fail(file_.path, std::string("too few arrays: no ") + role);
        const WeightArray& a = *arrays_[next_++];
        if (a.shape != shape)
            fail(file_.path, "array " + a.name + " (" + role + ") has shape " +
                                 shapeToString(a.shape) + ", expected " + shapeToString(shape));
        return a.values;
    }
    std::size_t remaining() const { return arrays_.size() - next_; }

private:
    const KerasWeights& file_;
    std::vector<const WeightArray*> arrays_;
    std::size_t next_ = 0;
};

RowMatrixXf toMatrix(const std::vector<float>& values, int rows, int cols) {
    return Eigen::Map<const RowMatrixXf>(values.data(), rows, cols);
}

Eigen::RowVectorXf toRowVector(const std::vector<float>& values) {
    return Eigen::Map<const Eigen::RowVectorXf>(values.data(), Eigen::Index(values.size()));
}

std::uint64_t fingerprintOf(const KerasWeights& file) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const WeightArray* a : file.arrays()) {
        const auto* bytes = reinterpret_cast<const unsigned char*>(a->values.data());
        for (std::size_t k = 0; k < a->values.size() * sizeof(float); ++k) {
            hash ^= bytes[k];
            hash *= 1099511628211ull;
        }
    }
    return hash;
}

std::size_t expectedArrayCount(const Architecture& arch) {
    return 4 + arch.channels.size() * (kArraysPerBlock + 2) +
           (arch.gruUnits ? 2 * kArraysPerGru : 0) + 2;
}

}  // namespace

std::string networkId(NetworkKind kind) {
    return kind == NetworkKind::ConvNet ? "cnn" : "rnn";
}

std::string networkDisplayName(NetworkKind kind) {
    return kind == NetworkKind::ConvNet ? "ConvNet (CNN)" : "RecurrentNet (RNN)";
}

NetworkKind parseNetworkId(const std::string& id) {
    if (id == "cnn") return NetworkKind::ConvNet;
    if (id == "rnn") return NetworkKind::RecurrentNet;
    throw Error("unknown model '" + id + "' (expected cnn or rnn)");
}

const Architecture& architecture(NetworkKind kind) {
    static const Architecture cnn{NetworkKind::ConvNet,
                                  0,
                                  1366,
                                  {32, 128, 128, 192, 256},
                                  {{2, 4}, {2, 4}, {2, 4}, {3, 5}, {4, 4}},
                                  0,
                                  50,
                                  865950};
    static const Architecture rnn{NetworkKind::RecurrentNet,        37, 1440, {64, 128, 128, 128},
                                  {{2, 2}, {3, 3}, {4, 4}, {4, 4}}, 32, 50,   396786};
    return kind == NetworkKind::ConvNet ? cnn : rnn;
}

int embeddingSize(NetworkKind kind) {
    const Architecture& arch = architecture(kind);
    return arch.gruUnits > 0 ? arch.gruUnits : arch.channels.back();
}

std::int64_t NetworkWeights::trainableParameterCount() const {
    std::int64_t n = std::int64_t(frameNorm.gamma.size() + frameNorm.beta.size());
    for (const auto& b : blocks)
        n += std::int64_t(b.conv.kernel.size() + b.conv.bias.size() + b.gamma.size() +
                          b.beta.size());
    for (const auto& g : grus)
        n += g.wz.size() + g.wr.size() + g.wh.size() + g.uz.size() + g.ur.size() + g.uh.size() +
             g.bz.size() + g.br.size() + g.bh.size();
    return n + output.w.size() + output.b.size();
}

NetworkKind detectNetwork(const KerasWeights& file) {
    const auto arrays = file.arrays();
    for (NetworkKind kind : {NetworkKind::ConvNet, NetworkKind::RecurrentNet}) {
        const Architecture& arch = architecture(kind);
        if (arrays.size() == expectedArrayCount(arch) && !arrays.empty() &&
            arrays.front()->shape == std::vector<std::int64_t>{arch.frames})
            return kind;
    }
    fail(file.path, "holds " + std::to_string(arrays.size()) +
                        " arrays that fit neither the ConvNet nor the RecurrentNet");
}

NetworkWeights buildNetworkWeights(const KerasWeights& file, NetworkKind expected) {
    const Architecture& arch = architecture(expected);
    const auto arrays = file.arrays();
    if (arrays.size() != expectedArrayCount(arch)) {
        std::string hint;
        for (NetworkKind other : {NetworkKind::ConvNet, NetworkKind::RecurrentNet})
            if (other != expected && arrays.size() == expectedArrayCount(architecture(other)))
                hint = " (it looks like a " + networkDisplayName(other) + " weight file)";
        fail(file.path, "is not a " + networkDisplayName(expected) +
                            " weight file: " + std::to_string(arrays.size()) +
                            " arrays, expected " + std::to_string(expectedArrayCount(arch)) + hint);
    }

    NetworkWeights w;
    w.kind = expected;
    w.source = file.path;
    w.theanoKernels = !file.savedByTensorFlow();
    w.fingerprint = fingerprintOf(file);
    ArrayCursor cursor(file);
    const std::int64_t frames = arch.frames;
    w.frameNorm.gamma = cursor.take({frames}, "frame BN gamma");
    w.frameNorm.beta = cursor.take({frames}, "frame BN beta");
    w.frameNorm.runningMean = cursor.take({frames}, "frame BN running mean");
    w.frameNorm.runningStd = cursor.take({frames}, "frame BN running std");

    int inChannels = 1;
    for (std::size_t k = 0; k < arch.channels.size(); ++k) {
        const int out = arch.channels[k];
        ConvBlockWeights block;
        block.conv.outChannels = out;
        block.conv.inChannels = inChannels;
        block.conv.kernel = cursor.take({out, inChannels, 3, 3}, "conv kernel");
        block.conv.bias = cursor.take({out}, "conv bias");
        if (w.theanoKernels) flipKernels(block.conv);
        block.gamma = cursor.take({out}, "conv BN gamma");
        block.beta = cursor.take({out}, "conv BN beta");
        block.pool = arch.pools[k];
        w.blocks.push_back(std::move(block));
        inChannels = out;
    }
    // The mode-2 layers' stored running statistics were never trained: checked, then unused.
    for (int out : arch.channels) {
        cursor.take({out}, "conv BN running mean");
        cursor.take({out}, "conv BN running std");
    }
    int features = inChannels;
    if (arch.gruUnits) {
        const std::int64_t units = arch.gruUnits;
        for (int g = 0; g < 2; ++g) {
            GruWeights gru;
            const std::int64_t in = features;
            gru.wz = toMatrix(cursor.take({in, units}, "GRU W_z"), int(in), int(units));
            gru.uz = toMatrix(cursor.take({units, units}, "GRU U_z"), int(units), int(units));
            gru.bz = toRowVector(cursor.take({units}, "GRU b_z"));
            gru.wr = toMatrix(cursor.take({in, units}, "GRU W_r"), int(in), int(units));
            gru.ur = toMatrix(cursor.take({units, units}, "GRU U_r"), int(units), int(units));
            gru.br = toRowVector(cursor.take({units}, "GRU b_r"));
            gru.wh = toMatrix(cursor.take({in, units}, "GRU W_h"), int(in), int(units));
            gru.uh = toMatrix(cursor.take({units, units}, "GRU U_h"), int(units), int(units));
            gru.bh = toRowVector(cursor.take({units}, "GRU b_h"));
            w.grus.push_back(std::move(gru));
            features = int(units);
        }
    }
    const std::int64_t outputs = arch.outputs;
    w.output.w = toMatrix(cursor.take({features, outputs}, "dense W"), features, int(outputs));
    w.output.b = toRowVector(cursor.take({outputs}, "dense b"));
    return w;
}

}  // namespace tagscope
