#include "engine/networks/normalization.h"

#include "engine/error.h"

namespace tagscope {

std::string normModeId(NormMode mode) {
    switch (mode) {
        case NormMode::Batch:
            return "batch";
        case NormMode::Track:
            return "track";
        case NormMode::Calibrated:
            return "calibrated";
    }
    return "calibrated";
}

NormMode parseNormMode(const std::string& id) {
    if (id == "batch") return NormMode::Batch;
    if (id == "track") return NormMode::Track;
    if (id == "calibrated") return NormMode::Calibrated;
    throw Error("unknown normalisation '" + id + "' (expected calibrated, batch or track)");
}

}  // namespace tagscope
