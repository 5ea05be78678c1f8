#pragma once
// safetensors, the ML ecosystem's safe weight format: an 8-byte little-endian header length N,
// N bytes of JSON {"name": {"dtype", "shape", "data_offsets": [begin, end]}, …, "__metadata__":
// {string: string}}, then the raw little-endian tensor bytes. Nothing in a file is executed.
//
// Parsing validates everything before any tensor is used: the header length against the file
// size, the JSON, every dtype, shape and offset (in range, sized to match the shape, no overlap,
// no hole in the data), and on access the dtype, the shape and that floats are finite.
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pixelchain::io {

class FormatError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

using Shape = std::vector<std::int64_t>;
using Metadata = std::map<std::string, std::string>;

struct TensorEntry {
    std::string dtype; // "F32", "I32", …
    Shape shape;
    std::size_t begin = 0, end = 0; // offsets into the data section
};

/// A parsed, validated file held in memory.
class SafetensorsFile {
public:
    /// Parses `bytes` (the whole file); throws FormatError saying what is wrong.
    static SafetensorsFile parse(std::string bytes);

    bool contains(const std::string& name) const { return tensors_.count(name) != 0; }
    const Metadata& metadata() const { return metadata_; }
    /// The value of a metadata key; FormatError when it is missing.
    const std::string& meta(const std::string& key) const;

    /// An F32 tensor of exactly `shape`, every value finite; FormatError otherwise.
    std::vector<float> floats(const std::string& name, const Shape& shape) const;
    /// An I32 tensor of exactly `shape`; FormatError otherwise.
    std::vector<std::int32_t> ints(const std::string& name, const Shape& shape) const;

private:
    const TensorEntry& entry(const std::string& name, const char* dtype, const Shape& shape) const;

    std::string bytes_;
    std::size_t dataStart_ = 0;
    std::map<std::string, TensorEntry> tensors_;
    Metadata metadata_;
};

/// The metadata of the safetensors file at `path`, reading its header only (a model's tensors can
/// be tens of megabytes); throws std::runtime_error when it cannot be read and FormatError when
/// the header is damaged. The tensors are not checked: parse() does that.
Metadata readMetadata(const std::string& path);

/// Builds a file: tensors in the order added, then serialize().
class SafetensorsWriter {
public:
    void addFloats(const std::string& name, const Shape& shape, const std::vector<float>& values);
    void addInts(const std::string& name, const Shape& shape,
                 const std::vector<std::int32_t>& values);
    void setMetadata(Metadata metadata) { metadata_ = std::move(metadata); }
    /// The complete file (header padded with spaces to a multiple of 8 bytes).
    std::string serialize() const;

private:
    void add(const std::string& name, const char* dtype, const Shape& shape, std::string_view raw);

    std::vector<std::pair<std::string, TensorEntry>> entries_;
    std::string data_;
    Metadata metadata_;
};

/// Largest header accepted (bytes): far above any PixelChain model, far below a hostile 2^63.
inline constexpr std::uint64_t kMaxHeaderBytes = 16u << 20;

} // namespace pixelchain::io
