#include "core/io/safetensors.h"

#include "core/io/atomic_file.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>

static_assert(std::endian::native == std::endian::little, "safetensors data are little-endian");

namespace pixelchain::io {
namespace {

using Json = nlohmann::json;

std::size_t dtypeSize(const std::string& dtype) {
    static const std::map<std::string, std::size_t> sizes = {
        {"F64", 8}, {"F32", 4}, {"F16", 2}, {"BF16", 2}, {"I64", 8}, {"I32", 4}, {"I16", 2},
        {"I8", 1},  {"U64", 8}, {"U32", 4}, {"U16", 2},  {"U8", 1},  {"BOOL", 1}};
    const auto it = sizes.find(dtype);
    if (it == sizes.end())
        throw FormatError("unknown dtype '" + dtype + "'");
    return it->second;
}

std::string shapeText(const Shape& shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

TensorEntry parseEntry(const std::string& name, const Json& j, std::size_t dataSize) {
    if (!j.is_object() || !j.contains("dtype") || !j.contains("shape") ||
        !j.contains("data_offsets"))
        throw FormatError("tensor '" + name + "' lacks dtype, shape or data_offsets");
    TensorEntry e;
    if (!j["dtype"].is_string())
        throw FormatError("tensor '" + name + "' has a dtype that is not a string");
    e.dtype = j["dtype"].get<std::string>();
    const Json& shape = j["shape"];
    const Json& offsets = j["data_offsets"];
    if (!shape.is_array() || shape.size() > 8 || !offsets.is_array() || offsets.size() != 2)
        throw FormatError("tensor '" + name + "' has a malformed shape or data_offsets");
    std::uint64_t bytes = dtypeSize(e.dtype);
    for (const Json& d : shape) {
        if (!d.is_number_unsigned() || d.get<std::uint64_t>() > (std::uint64_t{1} << 40))
            throw FormatError("tensor '" + name + "' has an invalid dimension");
        e.shape.push_back(static_cast<std::int64_t>(d.get<std::uint64_t>()));
        if (__builtin_mul_overflow(bytes, d.get<std::uint64_t>(), &bytes))
            throw FormatError("tensor '" + name + "' is impossibly large");
    }
    for (const Json& o : offsets)
        if (!o.is_number_unsigned())
            throw FormatError("tensor '" + name + "' has an invalid data offset");
    const auto begin = offsets[0].get<std::uint64_t>(), end = offsets[1].get<std::uint64_t>();
    if (begin > end || end > dataSize)
        throw FormatError("tensor '" + name + "' points outside the data section");
    if (bytes != end - begin)
        throw FormatError("tensor '" + name + "' holds " + std::to_string(end - begin) +
                          " bytes, its shape " + shapeText(e.shape) + " needs a different size");
    e.begin = begin;
    e.end = end;
    return e;
}

Metadata parseMetadata(const Json& j) {
    if (!j.is_object())
        throw FormatError("__metadata__ is not an object");
    Metadata metadata;
    for (const auto& [key, value] : j.items()) {
        if (!value.is_string())
            throw FormatError("metadata '" + key + "' is not a string");
        metadata[key] = value.get<std::string>();
    }
    return metadata;
}

void checkCoverage(const std::map<std::string, TensorEntry>& tensors, std::size_t dataSize) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    for (const auto& [name, e] : tensors)
        ranges.emplace_back(e.begin, e.end);
    std::sort(ranges.begin(), ranges.end());
    std::size_t cursor = 0;
    for (const auto& [begin, end] : ranges) {
        if (begin != cursor)
            throw FormatError(begin < cursor ? "two tensors overlap"
                                             : "the data section has a hole");
        cursor = end;
    }
    if (cursor != dataSize)
        throw FormatError("the data section holds bytes no tensor uses");
}

} // namespace

Metadata readMetadata(const std::string& path) {
    std::ifstream in = openRegularFile(path);
    std::uint64_t headerSize = 0;
    if (!in.read(reinterpret_cast<char*>(&headerSize), 8))
        throw FormatError("file too short for a safetensors header");
    if (headerSize > kMaxHeaderBytes)
        throw FormatError("header length " + std::to_string(headerSize) + " is too large");
    std::string text(headerSize, '\0');
    if (!in.read(text.data(), static_cast<std::streamsize>(headerSize)))
        throw FormatError("the file ends inside its header");
    const Json header = Json::parse(text, nullptr, false);
    if (header.is_discarded() || !header.is_object())
        throw FormatError("the header is not a JSON object");
    const auto it = header.find("__metadata__");
    return it == header.end() ? Metadata{} : parseMetadata(*it);
}

SafetensorsFile SafetensorsFile::parse(std::string bytes) {
    if (bytes.size() < 8)
        throw FormatError("file too short for a safetensors header (" +
                          std::to_string(bytes.size()) + " bytes)");
    std::uint64_t headerSize = 0;
    std::memcpy(&headerSize, bytes.data(), 8);
    if (headerSize > kMaxHeaderBytes || headerSize > bytes.size() - 8)
        throw FormatError("header length " + std::to_string(headerSize) +
                          " does not fit the file (" + std::to_string(bytes.size()) + " bytes)");
    Json header =
        Json::parse(bytes.begin() + 8, bytes.begin() + 8 + static_cast<std::ptrdiff_t>(headerSize),
                    nullptr, false);
    if (header.is_discarded() || !header.is_object())
        throw FormatError("the header is not a JSON object");
    SafetensorsFile file;
    file.dataStart_ = 8 + headerSize;
    const std::size_t dataSize = bytes.size() - file.dataStart_;
    for (const auto& [name, value] : header.items()) {
        if (name == "__metadata__")
            file.metadata_ = parseMetadata(value);
        else
            file.tensors_.emplace(name, parseEntry(name, value, dataSize));
    }
    checkCoverage(file.tensors_, dataSize);
    file.bytes_ = std::move(bytes);
    return file;
}

const std::string& SafetensorsFile::meta(const std::string& key) const {
    const auto it = metadata_.find(key);
    if (it == metadata_.end())
        throw FormatError("metadata '" + key + "' is missing");
    return it->second;
}

const TensorEntry& SafetensorsFile::entry(const std::string& name, const char* dtype,
                                          const Shape& shape) const {
    const auto it = tensors_.find(name);
    if (it == tensors_.end())
        throw FormatError("tensor '" + name + "' is missing");
    if (it->second.dtype != dtype)
        throw FormatError("tensor '" + name + "' is " + it->second.dtype + ", expected " + dtype);
    if (it->second.shape != shape)
        throw FormatError("tensor '" + name + "' has shape " + shapeText(it->second.shape) +
                          ", expected " + shapeText(shape));
    return it->second;
}

std::vector<float> SafetensorsFile::floats(const std::string& name, const Shape& shape) const {
    const TensorEntry& e = entry(name, "F32", shape);
    std::vector<float> values((e.end - e.begin) / sizeof(float));
    std::memcpy(values.data(), bytes_.data() + dataStart_ + e.begin, e.end - e.begin);
    if (!std::all_of(values.begin(), values.end(), [](float v) { return std::isfinite(v); }))
        throw FormatError("tensor '" + name + "' contains NaN or infinite values");
    return values;
}

std::vector<std::int32_t> SafetensorsFile::ints(const std::string& name, const Shape& shape) const {
    const TensorEntry& e = entry(name, "I32", shape);
    std::vector<std::int32_t> values((e.end - e.begin) / sizeof(std::int32_t));
    std::memcpy(values.data(), bytes_.data() + dataStart_ + e.begin, e.end - e.begin);
    return values;
}

void SafetensorsWriter::add(const std::string& name, const char* dtype, const Shape& shape,
                            std::string_view raw) {
    TensorEntry e{dtype, shape, data_.size(), data_.size() + raw.size()};
    data_.append(raw);
    entries_.emplace_back(name, std::move(e));
}

void SafetensorsWriter::addFloats(const std::string& name, const Shape& shape,
                                  const std::vector<float>& values) {
    add(name, "F32", shape,
        {reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float)});
}

void SafetensorsWriter::addInts(const std::string& name, const Shape& shape,
                                const std::vector<std::int32_t>& values) {
    add(name, "I32", shape,
        {reinterpret_cast<const char*>(values.data()), values.size() * sizeof(std::int32_t)});
}

std::string SafetensorsWriter::serialize() const {
    Json header = Json::object();
    for (const auto& [name, e] : entries_)
        header[name] = {{"dtype", e.dtype}, {"shape", e.shape}, {"data_offsets", {e.begin, e.end}}};
    if (!metadata_.empty())
        header["__metadata__"] = metadata_;
    std::string text = header.dump();
    text.append((8 - text.size() % 8) % 8, ' ');
    const std::uint64_t size = text.size();
    std::string out(8, '\0');
    std::memcpy(out.data(), &size, 8);
    return out + text + data_;
}

} // namespace pixelchain::io
