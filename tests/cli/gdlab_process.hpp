// Runs the real gdlab binary as a user runs it from a shell with no display, and reports what
// it printed, how it exited and the most memory it held.
#pragma once

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "scratch_folder.hpp"

namespace gdlab::test {

struct Result {
    int status = -1;  // the exit status; -1 when killed by a signal (a crash)
    std::string out;
    std::string err;
    long peak_kilobytes = 0;  // the largest resident set the process had
};

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline Result run_gdlab(const std::vector<std::string>& args) {
    const std::filesystem::path& folder = scratch_folder();
    const auto out_file = folder / "out";
    const auto err_file = folder / "err";
    std::vector<std::string> words{GDLAB_BINARY};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    const pid_t child = ::fork();
    if (child == 0) {
        // As on a server or in CI: no display, whatever the test runner has.
        ::unsetenv("DISPLAY");
        ::unsetenv("WAYLAND_DISPLAY");
        ::unsetenv("QT_QPA_PLATFORM");
        // In the scratch folder: a relative file name it is given (never.png) lands there.
        if (::chdir(folder.c_str()) != 0) ::_exit(127);
        if (!std::freopen(out_file.c_str(), "w", stdout) ||
            !std::freopen(err_file.c_str(), "w", stderr)) {
            ::_exit(127);
        }
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    Result r;
    int status = 0;
    rusage usage{};
    if (child < 0 || ::wait4(child, &status, 0, &usage) != child) return r;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.peak_kilobytes = usage.ru_maxrss;
    r.out = read_file(out_file);
    r.err = read_file(err_file);
    return r;
}

}  // namespace gdlab::test
