#include "engine/installation_check.h"

#include "engine/build_config.h"
#include "engine/error.h"
#include "engine/simd/simd_level.h"
#include "engine/tagger.h"

namespace tagscope {

InstallationReport checkInstallation() {
    InstallationReport report;
    report.text = std::string("Tagscope ") + build::kVersion + "\n";
    for (NetworkKind kind : {NetworkKind::ConvNet, NetworkKind::RecurrentNet}) {
        for (WeightsVariant variant : {WeightsVariant::TensorFlow, WeightsVariant::Theano}) {
            const std::string label = networkId(kind) + " (" + weightsVariantId(variant) + "): ";
            try {
                TaggerConfig config;
                config.kind = kind;
                config.weightsPath = findWeights(kind, variant);
                const Tagger tagger(config);
                report.text += label + "weights " + tagger.weightsPath() + ", calibration " +
                               tagger.calibrationPath() + "\n";
            } catch (const Error& e) {
                report.ok = false;
                report.text += label + e.what() + "\n";
            }
        }
    }
    const std::string samples = findSamplesDir();
    report.text += "samples: " + (samples.empty() ? std::string("(none)") : samples) + "\n";
    report.text += kernelReport() + "\n";
    return report;
}

}  // namespace tagscope
