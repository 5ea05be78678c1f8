#pragma once
// Session files: what a student made in PixelChain and where the app was, so that a lab can be
// closed and opened again later, or handed to someone else. A session is a small, readable JSON
// document (the format is described field by field in docs/session-file.md):
//
//   {"format": "pixelchain-session", "version": 1, "page": "sampling", "model": "nade-mnist",
//    "counting": {...}, "sampling": {...}, "drawing": [28 rows of 28 '#'/'.'], "settings": {...},
//    "lesson": -1}
//
// Reading is strict about what is there and lenient about what is not: `format` and `version` are
// required, a missing section or field takes its default, unknown keys are ignored (a newer
// PixelChain may add some), and every value present is checked for its type and range. A file that
// fails a check is refused whole with a SessionError whose message names the field; a half-read
// session never reaches the app.
#include "core/image/binary_image.h"
#include "core/models/model_registry.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace pixelchain::session {

/// The version this PixelChain writes and the only one it reads.
inline constexpr int kVersion = 1;
/// The largest session file loadSession reads (a real one is about 3 KiB).
inline constexpr std::size_t kMaxFileBytes = std::size_t{1} << 20;

/// Accepted ranges of the numeric fields (the counting fields follow counting::validate).
inline constexpr double kMinTemperature = 0.0;
inline constexpr double kMaxTemperature = 10.0;
inline constexpr double kMinZoom = 0.5;
inline constexpr double kMaxZoom = 4.0;
inline constexpr int kMaxLesson = 99;

/// The question on the Counting page: n variables with k states, Markov order m, H hidden units.
struct CountingState {
    std::string preset = "binary-image"; ///< which preset the numbers came from (identifier)
    std::uint64_t variables = 784;       ///< n
    std::uint64_t states = 2;            ///< k
    std::uint64_t markovOrder = 1;       ///< m, below n
    std::uint64_t hidden = 500;          ///< H

    friend bool operator==(const CountingState&, const CountingState&) = default;
};

/// Where the step-by-step sampler was: replaying `seed` at `temperature` for `step` pixels gives
/// back the same partial digit.
struct SamplingState {
    std::uint64_t seed = 1;   ///< any 64-bit value
    double temperature = 1.0; ///< 0..10
    int step = 0;             ///< pixels drawn so far, 0..784

    friend bool operator==(const SamplingState&, const SamplingState&) = default;
};

/// How the app looked.
struct Settings {
    std::string language;      ///< "" follows the system, else "en" or "ko"
    bool presentation = false; ///< large type for a lecture hall
    bool controlsHidden = false;
    bool reducedMotion = false;
    double zoom = 1.0; ///< 0.5..4

    friend bool operator==(const Settings&, const Settings&) = default;
};

/// Everything a session file holds.
struct Session {
    std::string page = "counting";                ///< the page that was open (identifier)
    std::string model{ModelRegistry::kDefaultId}; ///< the model that was chosen (identifier)
    CountingState counting;
    SamplingState sampling;
    BinaryImage drawing; ///< the digit on the Density page
    Settings settings;
    int lesson = -1; ///< −1: no lesson open, else the 0-based step, up to 99

    friend bool operator==(const Session&, const Session&) = default;
};

/// A session file that cannot be used; what() names the field and what it must be, e.g.
/// "session: sampling.temperature must be a number in [0, 10]".
class SessionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The file's text: pretty JSON, keys in a fixed order, ending with '\n'. Throws SessionError when
/// the session holds a value no file may carry (the same checks parseSession makes), so that a
/// saved session always opens again.
std::string writeSession(const Session& session);

/// Reads a session from the file's text; throws SessionError naming the first problem found.
Session parseSession(std::string_view text);

/// Writes the session atomically (the previous file survives a failed write). Throws SessionError
/// for an invalid session and io::WriteError when the file cannot be written.
void saveSession(const std::string& path, const Session& session);

/// Reads a session file of at most kMaxFileBytes. Throws SessionError for anything that stops it:
/// a file that cannot be read (the message names the file), one too large, or bad content.
Session loadSession(const std::string& path);

} // namespace pixelchain::session
