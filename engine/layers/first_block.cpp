#include "engine/layers/first_block.h"

#include "engine/layers/conv2d.h"
#include "engine/layers/conv_block_tail.h"
#include "engine/layers/single_channel_conv.h"

namespace tagscope {
namespace {

// Rows per band when only statistics are wanted: a band stays in the L1 cache.
constexpr int kStatsBandRows = 2;

}  // namespace

ChannelStats firstBlockStats(const float* in, int height, int width, const Conv2dWeights& conv,
                             FirstBlockScratch& s) {
    padSingleChannel(in, height, width, s.padded);
    s.band.resize(std::size_t(kStatsBandRows) * width);
    ChannelStatsAccumulator acc(conv.outChannels);
    for (int y0 = 0; y0 < height; y0 += kStatsBandRows) {
        const int rows = std::min(kStatsBandRows, height - y0);
        for (int o = 0; o < conv.outChannels; ++o) {
            convolveSingleChannelRows(s.padded.data(), width, y0, rows, conv, o, s.band.data());
            acc.addChannel(o, s.band.data(), std::size_t(rows) * width);
        }
    }
    return acc.finish();
}

void firstBlock(const float* in, int height, int width, const Conv2dWeights& conv,
                const ChannelStats& stats, const std::vector<float>& gamma,
                const std::vector<float>& beta, int ph, int pw, float* out, FirstBlockScratch& s) {
    padSingleChannel(in, height, width, s.padded);
    s.band.resize(std::size_t(ph) * width);
    s.rows.resize(std::size_t(width));
    const int oh = height / ph, ow = width / pw;
    std::vector<NormShift> norms;
    for (int o = 0; o < conv.outChannels; ++o) norms.push_back(normShift(stats, gamma, beta, o));
    // Band-major: the band's input rows stay in the L1 cache across all output channels.
    for (int y = 0; y < oh; ++y)
        for (int o = 0; o < conv.outChannels; ++o) {
            convolveSingleChannelRows(s.padded.data(), width, y * ph, ph, conv, o, s.band.data());
            poolNormEluRows(s.band.data(), width, ph, pw, norms[std::size_t(o)].scale,
                            norms[std::size_t(o)].shift, s.rows.data(),
                            out + (std::size_t(o) * oh + y) * ow);
        }
}

}  // namespace tagscope
