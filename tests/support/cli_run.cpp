#include "support/cli_run.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string_view>
#include <thread>

#include "support/temp_dir.h"

extern char** environ;

namespace tagscope::test {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) result.push_back(line);
    return result;
}

std::vector<std::string> split(const std::string& line, char separator) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t end; (end = line.find(separator, start)) != std::string::npos; start = end + 1)
        fields.push_back(line.substr(start, end - start));
    fields.push_back(line.substr(start));
    return fields;
}

std::ostream& operator<<(std::ostream& os, const CliRun& run) {
    return os << "exit " << run.status << (run.timedOut ? " (timed out)" : "") << ", "
              << run.seconds << " s, peak RSS " << run.peakRssKb << " kB\n--- stdout:\n"
              << run.out << "--- stderr:\n"
              << run.err;
}

CliRun runCli(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
              double timeoutSeconds) {
    const TempDir capture;
    const std::string outPath = capture.file("stdout"), errPath = capture.file("stderr");

    std::vector<std::string> argStrings = {TAGSCOPE_TEST_CLI};
    argStrings.insert(argStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argStrings) argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<std::string> envStrings;
    for (char** e = environ; *e; ++e)
        if (!std::string_view(*e).starts_with("TAGSCOPE_")) envStrings.emplace_back(*e);
    for (const auto& [name, value] : env) envStrings.push_back(name + "=" + value);
    std::vector<char*> envp;
    for (std::string& e : envStrings) envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    pid_t pid = -1;
    const auto started = std::chrono::steady_clock::now();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    CliRun run;
    if (spawned != 0) {
        ADD_FAILURE() << "cannot start " << argv[0] << ": error " << spawned;
        return run;
    }
    int status = 0;
    struct rusage usage {};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        run.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (done == pid || done < 0) break;
        if (run.seconds > timeoutSeconds && !run.timedOut) {
            run.timedOut = true;
            kill(pid, SIGKILL);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (WIFEXITED(status)) run.status = WEXITSTATUS(status);
    run.peakRssKb = usage.ru_maxrss;
    run.out = readFile(outPath);
    run.err = readFile(errPath);
    return run;
}

}  // namespace tagscope::test
