#pragma once
// The acceptance oracle, read from the ground truth itself (never copied into the tests):
// - the "Result" section of the original README (../shared/seed-README.md): top-15 tags with
//   three decimals, per network, for the four sample tracks in the original batch order;
// - ../shared/reference/expected-probabilities.json: all 50 probabilities per track.

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace tagscope::test {

struct PrintedTrack {
    std::string file;                                  // e.g. "bensound-cute.mp3"
    std::vector<std::pair<std::string, double>> tags;  // as printed, most probable first
};

// network ("cnn"/"rnn") → tracks in printed order.
std::map<std::string, std::vector<PrintedTrack>> readPrintedResults();

// The parameter counts the README states ("num_parameter: 865,950"), network → count.
std::map<std::string, long> readPrintedParameterCounts();

struct ExpectedProbabilities {
    std::vector<std::string> tags;
    std::vector<std::string> tracks;  // mp3 names in batch order
    // "cnn_tensorflow" → "batch"/"track" → per track, 50 values
    std::map<std::string, std::map<std::string, std::vector<std::vector<double>>>> values;
};
ExpectedProbabilities readExpectedProbabilities();

// Paths of the four reference melgrams / mp3s, in the original batch order.
std::vector<std::string> referenceMelgramPaths();
std::vector<std::string> sampleTrackPaths();
std::string modelPath(const std::string& fileName);

}  // namespace tagscope::test
