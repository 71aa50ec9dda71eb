#include "support/oracle.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace tagscope::test {
namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

std::map<std::string, std::vector<PrintedTrack>> readPrintedResults() {
    std::istringstream in(readAll(TAGSCOPE_TEST_SEED_README));
    std::map<std::string, std::vector<PrintedTrack>> results;
    const std::regex network(R"(Running main\(\) with network: (\w+))");
    const std::regex track(R"(^\S+/(\S+\.mp3)\s*$)");
    const std::regex pair(R"(\('([^']+)', '([0-9.]+)'\))");
    std::string line, current;
    bool inResult = false;
    while (std::getline(in, line)) {
        std::smatch m;
        if (line.starts_with("### Result"))
            inResult = true;
        else if (inResult && line.starts_with("### "))
            break;
        if (!inResult) continue;
        if (std::regex_search(line, m, network)) {
            current = m[1].str();
        } else if (!current.empty() && std::regex_match(line, m, track)) {
            results[current].push_back({m[1].str(), {}});
        } else if (!current.empty() && line.starts_with("[(")) {
            for (auto it = std::sregex_iterator(line.begin(), line.end(), pair);
                 it != std::sregex_iterator(); ++it)
                results[current].back().tags.emplace_back((*it)[1].str(),
                                                          std::stod((*it)[2].str()));
        }
    }
    return results;
}

std::map<std::string, long> readPrintedParameterCounts() {
    const std::string text = readAll(TAGSCOPE_TEST_SEED_README);
    std::map<std::string, long> counts;
    const std::regex section(R"(##### (ConvNet|RecurrentNet)[^#]*?num_parameter: ([0-9,]+))");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), section);
         it != std::sregex_iterator(); ++it) {
        std::string digits = (*it)[2].str();
        std::erase(digits, ',');
        counts[(*it)[1].str() == "ConvNet" ? "cnn" : "rnn"] = std::stol(digits);
    }
    return counts;
}

ExpectedProbabilities readExpectedProbabilities() {
    const auto json = nlohmann::json::parse(
        readAll(std::string(TAGSCOPE_TEST_REFERENCE_DIR) + "/expected-probabilities.json"));
    ExpectedProbabilities e;
    e.tags = json.at("tags").get<std::vector<std::string>>();
    e.tracks = json.at("tracks").get<std::vector<std::string>>();
    for (const char* key : {"cnn_tensorflow", "cnn_theano", "rnn_tensorflow", "rnn_theano"})
        for (const char* mode : {"batch", "track"})
            e.values[key][mode] = json.at(key).at(mode).get<std::vector<std::vector<double>>>();
    return e;
}

std::vector<std::string> referenceMelgramPaths() {
    std::vector<std::string> paths;
    for (const std::string& track : readExpectedProbabilities().tracks)
        paths.push_back(std::string(TAGSCOPE_TEST_REFERENCE_DIR) + "/melgrams/" +
                        std::filesystem::path(track).stem().string() + ".npy");
    return paths;
}

std::vector<std::string> sampleTrackPaths() {
    std::vector<std::string> paths;
    for (const std::string& track : readExpectedProbabilities().tracks)
        paths.push_back(std::string(TAGSCOPE_TEST_SAMPLES_DIR) + "/" + track);
    return paths;
}

std::string modelPath(const std::string& fileName) {
    return std::string(TAGSCOPE_TEST_MODELS_DIR) + "/" + fileName;
}

}  // namespace tagscope::test
