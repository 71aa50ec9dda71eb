#pragma once
// Runs the real tagscope-cli binary (TAGSCOPE_TEST_CLI) and captures what it says.

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace tagscope::test {

struct CliRun {
    int status = -1;  // exit status; -1 if it did not exit normally
    std::string out, err;
    long peakRssKb = 0;     // the process's maximum resident set size
    double seconds = 0.0;   // wall-clock time
    bool timedOut = false;  // killed after the time limit
};
std::ostream& operator<<(std::ostream& os, const CliRun& run);

// stdout and stderr are captured through files. The environment is the test's own minus the
// TAGSCOPE_* variables, plus `env`. A run longer than timeoutSeconds is killed (a hang is a
// failure, never a stuck test).
CliRun runCli(const std::vector<std::string>& args,
              const std::map<std::string, std::string>& env = {}, double timeoutSeconds = 120.0);

std::string readFile(const std::string& path);
std::vector<std::string> lines(const std::string& text);
std::vector<std::string> split(const std::string& line, char separator);

}  // namespace tagscope::test
