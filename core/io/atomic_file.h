#pragma once
// Atomic saves: the bytes go to a temporary file beside the target, are flushed to disk, and the
// temporary is renamed over the target. A failed write leaves the previous file untouched.
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace pixelchain::io {

class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Replaces `path` with `bytes` atomically; throws WriteError (naming the file and the reason).
void writeFileAtomically(const std::string& path, std::string_view bytes);

/// Opens a regular file for binary reading; throws std::runtime_error naming the file when it is
/// a folder or a device, or cannot be opened.
std::ifstream openRegularFile(const std::string& path);
/// Reads a whole file; throws std::runtime_error naming the file when it cannot.
std::string readFile(const std::string& path, std::size_t maxBytes = std::size_t{1} << 31);

} // namespace pixelchain::io
