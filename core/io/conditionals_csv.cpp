#include "core/io/conditionals_csv.h"

#include "core/io/atomic_file.h"

#include <array>
#include <charconv>
#include <cmath>

namespace pixelchain::io {
namespace {

constexpr const char* kEnd = "\r\n";

/// std::to_chars ignores the locale: '.' always, and the shortest text that reads back exactly.
template <typename Number> void appendNumber(std::string& out, Number value) {
    std::array<char, 64> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), error == std::errc() ? end : buffer.data());
}

void appendRow(std::string& out, int step, int pixel, bool value, float pOn, float surprise) {
    appendNumber(out, step);
    out += ',';
    appendNumber(out, pixel);
    out += ',';
    appendNumber(out, pixel / kSide);
    out += ',';
    appendNumber(out, pixel % kSide);
    out += value ? ",1," : ",0,";
    appendNumber(out, pOn);
    out += ',';
    // log p = −surprise exactly (a float negation), so the column sums to log p(x); a certain
    // pixel reads 0, not −0.
    appendNumber(out, surprise == 0 ? 0.0f : -surprise);
    out += ',';
    appendNumber(out, static_cast<float>(static_cast<double>(surprise) / std::log(2.0)));
    out += kEnd;
}

} // namespace

std::string conditionalsCsv(const DensityModel& model, const BinaryImage& image) {
    const Evaluation evaluation = model.evaluate(image);
    const Ordering& ordering = model.ordering();
    std::string out = "step,pixel,row,col,value,p_on,log_p,surprise_bits";
    out += kEnd;
    out.reserve(static_cast<std::size_t>(kPixels) * 64);
    for (int step = 0; step < kPixels; ++step) {
        const int pixel = ordering.pixel(step);
        const auto i = static_cast<std::size_t>(pixel);
        appendRow(out, step, pixel, image.at(pixel), evaluation.conditionals[i],
                  evaluation.surprise[i]);
    }
    return out;
}

void saveConditionalsCsv(const std::string& path, const DensityModel& model,
                         const BinaryImage& image) {
    writeFileAtomically(path, conditionalsCsv(model, image));
}

} // namespace pixelchain::io
