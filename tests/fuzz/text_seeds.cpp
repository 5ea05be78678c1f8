// Seeds of the two text targets. fuzz_session: session files from writeSession (the defaults and
// a session with every field changed), a hand-written minimal one, and near-misses that each break
// one rule. fuzz_params_args: `pixelchain-cli params` command lines, good ones (including the
// largest accepted sizes) and near-misses that each break one rule of its options.
#include "core/session/session.h"
#include "seed_folder.h"

namespace pixelchain::fuzz {
namespace {

session::Session everyFieldChanged() {
    session::Session s;
    s.page = "density";
    s.model = "nade-spiral-mnist";
    s.counting = {"rgb-pixel", 3, 16777216, 2, 1234};
    s.sampling = {18446744073709551615u, 0.7, 411};
    for (int i = 0; i < kPixels; i += 5)
        s.drawing.set(i, true);
    s.settings = {"ko", true, false, true, 1.25};
    s.lesson = 7;
    return s;
}

/// `text` with its first `from` replaced by `to`.
std::string edit(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    if (at == std::string::npos)
        throw std::logic_error("seed edit: '" + from + "' not found");
    return text.replace(at, from.size(), to);
}

} // namespace

void writeSessionSeeds(const SeedFolder& folder) {
    const std::string lab = session::writeSession(everyFieldChanged());
    folder.write("defaults.json", session::writeSession({}));
    folder.write("every-field.json", lab);
    folder.write("minimal.json", R"({"format":"pixelchain-session","version":1})");
    folder.write("unknown-keys.json", R"({"format":"pixelchain-session","version":1,"tabs":[1,2],)"
                                      R"("sampling":{"step":3,"speed":"fast"},"lesson":0})");
    folder.write("near-newer-version.json", edit(lab, "\"version\": 1", "\"version\": 2"));
    folder.write("near-temperature.json",
                 edit(lab, "\"temperature\": 0.7", "\"temperature\": 10.5"));
    folder.write("near-drawing-row.json", edit(lab, "\"#....#", "\"#...#"));
    folder.write("near-language.json", edit(lab, "\"ko\"", "\"fr\""));
    folder.write("near-markov-order.json", edit(lab, "\"markov_order\": 2", "\"markov_order\": 3"));
    folder.write("near-lesson.json", edit(lab, "\"lesson\": 7", "\"lesson\": 100"));
    folder.write("near-page.json", edit(lab, "\"density\"", "\"Density\""));
    folder.write("near-seed.json", edit(lab, "18446744073709551615", "18446744073709551616"));
    folder.write("near-truncated.json", lab.substr(0, lab.size() / 2));
}

void writeParamsArgsSeeds(const SeedFolder& folder) {
    folder.write("binary-image.txt", "--pixels 784 --states 2");
    folder.write("binary-image-json.txt", "--pixels 784 --states 2 --json");
    folder.write("coin.txt", "--pixels 1 --states 2");
    folder.write("rgb-pixel.txt", "--pixels 1 --states 16777216 --json");
    folder.write("all-options.txt",
                 "--states 256\n--markov-order 2\t--hidden 10 --pixels 3 --json");
    folder.write("largest.txt",
                 "--pixels 100000 --states 4294967296 --markov-order 99999 --hidden 100000");
    folder.write("help.txt", "--help");
    folder.write("near-no-pixels.txt", "--pixels 0 --states 2");
    folder.write("near-no-states.txt", "--pixels 784");
    folder.write("near-repeated.txt", "--pixels 784 --states 2 --pixels 3");
    folder.write("near-order.txt", "--pixels 784 --states 2 --markov-order 784");
    folder.write("near-negative.txt", "--pixels -1 --states 2");
    folder.write("near-exponent.txt", "--pixels 1e3 --states 2");
    folder.write("near-beyond-64-bits.txt", "--pixels 18446744073709551616 --states 2");
    folder.write("near-unknown-option.txt", "--pixels 784 --states 2 --colour");
    folder.write("near-stray-word.txt", "--pixels 784 --states 2 stray");
    folder.write("near-missing-value.txt", "--states 2 --pixels");
}

} // namespace pixelchain::fuzz
