#include "engine/track_input.h"

#include "engine/input_files.h"
#include "engine/io/melgram_npy.h"

namespace tagscope {

TrackInput loadTrackInput(const std::string& path, const AnalysisOptions& options,
                          bool withWindows) {
    TrackInput input;
    input.path = path;
    if (hasMelgramExtension(path)) {
        input.clips.central = readMelgramNpy(path);
        return input;
    }
    TrackAnalysis analysis = analyseFile(path, options);
    input.info = std::move(analysis.info);
    input.clips.central = std::move(analysis.central);
    if (withWindows) input.clips.windows = std::move(analysis.windows);
    return input;
}

}  // namespace tagscope
