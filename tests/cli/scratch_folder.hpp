// A folder of this test process's own, made fresh with mkdtemp and removed at exit. Tests run as
// separate processes in parallel, so a fixed name under /tmp would be shared between them: one
// test's TearDown would delete the file another is reading.
#pragma once

#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace gdlab::test {

inline const std::filesystem::path& scratch_folder() {
    static const std::filesystem::path folder = [] {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "gdlab_cli_test_XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            // Thrown into the test that asked: it fails, saying why.
            throw std::runtime_error("cannot make a scratch folder " + pattern + ": " +
                                     std::strerror(errno));
        }
        return std::filesystem::path(pattern);
    }();
    static const struct Remover {
        ~Remover() {
            std::error_code ignored;
            std::filesystem::remove_all(folder, ignored);
        }
    } remover;
    return folder;
}

}  // namespace gdlab::test
