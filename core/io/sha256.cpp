#include "core/io/sha256.h"

#include "core/io/atomic_file.h"

#include <memory>
#include <openssl/evp.h>
#include <stdexcept>

namespace pixelchain::io {

std::string sha256(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    static const char* hex = "0123456789abcdef";
    std::string text;
    for (unsigned int i = 0; i < length; ++i) {
        text.push_back(hex[digest[i] >> 4]);
        text.push_back(hex[digest[i] & 15]);
    }
    return text;
}

std::string sha256File(const std::string& path) {
    return sha256(readFile(path));
}

} // namespace pixelchain::io
