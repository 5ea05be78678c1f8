#pragma once
// SHA-256 digests (OpenSSL's libcrypto), used to record which data a model was trained on.
#include <string>
#include <string_view>

namespace pixelchain::io {

/// Lower-case hex SHA-256 of `bytes`.
std::string sha256(std::string_view bytes);
/// Lower-case hex SHA-256 of a file's contents; throws std::runtime_error when unreadable.
std::string sha256File(const std::string& path);

} // namespace pixelchain::io
