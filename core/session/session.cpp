// Reading and writing session files (see session.h; the format is in docs/session-file.md).
// Each field is read by one small function that checks its type and its range together, so a wrong
// type and a value out of range get the same sentence: what the field must be. Writing builds the
// text and reads it back, so the checks exist once and a saved session always opens again.
#include "core/session/session.h"

#include "core/counting/parameter_count.h"
#include "core/io/atomic_file.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace pixelchain::session {
namespace {

// Reading uses std::map objects (O(log n) per key, whatever a hostile file holds); writing keeps
// the keys in the documented order.
using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

constexpr const char* kFormat = "pixelchain-session";
constexpr std::size_t kMaxIdentifier = 64;
constexpr const char* kIdentifierRule = "an identifier of 1 to 64 characters a-z, 0-9 or '-'";
constexpr const char* kRowRule = "a string of 28 characters, each '#' (on) or '.' (off)";

[[noreturn]] void fail(std::string_view field, std::string_view requirement) {
    throw SessionError("session: " + std::string(field) + " must be " + std::string(requirement));
}

template <class Number> std::string numberText(Number value) {
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

template <class Number> std::string range(const char* what, Number lo, Number hi) {
    return std::string(what) + " in [" + numberText(lo) + ", " + numberText(hi) + "]";
}

const Json* member(const Json& object, const char* key) {
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

/// A finite number in [lo, hi] (JSON integers are numbers too).
double readNumber(const Json& value, std::string_view field, double lo, double hi) {
    const double x = value.is_number() ? value.get<double>() : std::nan("");
    if (!std::isfinite(x) || x < lo || x > hi)
        fail(field, range("a number", lo, hi));
    return x;
}

/// An integer written without fraction or exponent, in [lo, hi] (hi ≥ 0).
std::int64_t readWhole(const Json& value, std::string_view field, std::int64_t lo,
                       std::int64_t hi) {
    if (value.is_number_unsigned() &&
        value.get<std::uint64_t>() <= static_cast<std::uint64_t>(hi) &&
        static_cast<std::int64_t>(value.get<std::uint64_t>()) >= lo)
        return static_cast<std::int64_t>(value.get<std::uint64_t>());
    if (value.is_number_integer() && !value.is_number_unsigned() &&
        value.get<std::int64_t>() >= lo && value.get<std::int64_t>() <= hi)
        return value.get<std::int64_t>();
    fail(field, range("a whole number", lo, hi));
}

/// A non-negative integer in [lo, hi]; JSON carries any 64-bit unsigned value exactly.
std::uint64_t readUnsigned(const Json& value, std::string_view field, std::uint64_t lo,
                           std::uint64_t hi) {
    if (!value.is_number_unsigned() || value.get<std::uint64_t>() < lo ||
        value.get<std::uint64_t>() > hi)
        fail(field, range("a whole number", lo, hi));
    return value.get<std::uint64_t>();
}

bool readBool(const Json& value, std::string_view field) {
    if (!value.is_boolean())
        fail(field, "true or false");
    return value.get<bool>();
}

std::string readIdentifier(const Json& value, std::string_view field) {
    if (!value.is_string())
        fail(field, kIdentifierRule);
    const auto& text = value.get_ref<const std::string&>();
    const bool allowed = std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
    if (text.empty() || text.size() > kMaxIdentifier || !allowed)
        fail(field, kIdentifierRule);
    return text;
}

std::string readLanguage(const Json& value) {
    if (!value.is_string() || (value != "" && value != "en" && value != "ko"))
        fail("settings.language", "\"\" (follow the system), \"en\" or \"ko\"");
    return value.get<std::string>();
}

BinaryImage readDrawing(const Json& rows) {
    if (!rows.is_array() || rows.size() != static_cast<std::size_t>(kSide))
        fail("drawing", "an array of 28 rows, each " + std::string(kRowRule));
    BinaryImage image;
    for (int r = 0; r < kSide; ++r) {
        const Json& row = rows[static_cast<std::size_t>(r)];
        const std::string field = "drawing[" + std::to_string(r) + "]";
        if (!row.is_string() || row.get_ref<const std::string&>().size() != kSide)
            fail(field, kRowRule);
        const auto& text = row.get_ref<const std::string&>();
        for (int c = 0; c < kSide; ++c) {
            const char pixel = text[static_cast<std::size_t>(c)];
            if (pixel != '#' && pixel != '.')
                fail(field, kRowRule);
            image.set(r, c, pixel == '#');
        }
    }
    return image;
}

CountingState readCounting(const Json& section) {
    CountingState c;
    if (const Json* v = member(section, "preset"))
        c.preset = readIdentifier(*v, "counting.preset");
    if (const Json* v = member(section, "variables"))
        c.variables = readUnsigned(*v, "counting.variables", counting::kMinVariables,
                                   counting::kMaxVariables);
    if (const Json* v = member(section, "states"))
        c.states = readUnsigned(*v, "counting.states", counting::kMinStates, counting::kMaxStates);
    if (const Json* v = member(section, "markov_order"))
        c.markovOrder = readUnsigned(*v, "counting.markov_order", 0, counting::kMaxVariables - 1);
    if (const Json* v = member(section, "hidden"))
        c.hidden = readUnsigned(*v, "counting.hidden", counting::kMinHidden, counting::kMaxHidden);
    if (c.markovOrder >= c.variables)
        fail("counting.markov_order",
             "below counting.variables (" + std::to_string(c.variables) + ")");
    try {
        counting::validate({c.variables, c.states, c.markovOrder, c.hidden});
    } catch (const counting::OutOfRange& e) {
        throw SessionError(std::string("session: counting: ") + e.what());
    }
    return c;
}

SamplingState readSampling(const Json& section) {
    SamplingState s;
    if (const Json* v = member(section, "seed"))
        s.seed = readUnsigned(*v, "sampling.seed", 0, std::numeric_limits<std::uint64_t>::max());
    if (const Json* v = member(section, "temperature"))
        s.temperature = readNumber(*v, "sampling.temperature", kMinTemperature, kMaxTemperature);
    if (const Json* v = member(section, "step"))
        s.step = static_cast<int>(readWhole(*v, "sampling.step", 0, kPixels));
    return s;
}

Settings readSettings(const Json& section) {
    Settings s;
    if (const Json* v = member(section, "language"))
        s.language = readLanguage(*v);
    if (const Json* v = member(section, "presentation"))
        s.presentation = readBool(*v, "settings.presentation");
    if (const Json* v = member(section, "controls_hidden"))
        s.controlsHidden = readBool(*v, "settings.controls_hidden");
    if (const Json* v = member(section, "reduced_motion"))
        s.reducedMotion = readBool(*v, "settings.reduced_motion");
    if (const Json* v = member(section, "zoom"))
        s.zoom = readNumber(*v, "settings.zoom", kMinZoom, kMaxZoom);
    return s;
}

/// A section that is absent gives nullptr (its defaults apply); one that is not an object is an
/// error.
const Json* section(const Json& top, const char* name) {
    const Json* s = member(top, name);
    if (s && !s->is_object())
        fail(name, "an object");
    return s;
}

Json parseJson(std::string_view text) {
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::exception& e) {
        // nlohmann prefixes its messages with "[json.exception.<kind>] "; the rest is for people.
        const std::string what = e.what();
        const auto tag = what.find("] ");
        throw SessionError("session: not JSON: " +
                           (tag == std::string::npos ? what : what.substr(tag + 2)));
    }
}

void checkHeader(const Json& top) {
    if (!top.is_object())
        throw SessionError("session: the file is not a JSON object");
    const Json* format = member(top, "format");
    if (!format || *format != kFormat)
        throw SessionError("session: not a PixelChain session (format must be \"" +
                           std::string(kFormat) + "\")");
    const Json* version = member(top, "version");
    if (!version)
        throw SessionError("session: version is missing");
    if (version->is_number_unsigned() && version->get<std::uint64_t>() > kVersion)
        throw SessionError("session: made by a newer PixelChain (file version " +
                           std::to_string(version->get<std::uint64_t>()) +
                           ", this one reads version " + std::to_string(kVersion) + ")");
    if (!version->is_number_unsigned() || version->get<std::uint64_t>() != kVersion)
        fail("version", std::to_string(kVersion));
}

OrderedJson toJson(const Session& session) {
    OrderedJson j = OrderedJson::object();
    j["format"] = kFormat;
    j["version"] = kVersion;
    j["page"] = session.page;
    j["model"] = session.model;
    const CountingState& c = session.counting;
    j["counting"] = {{"preset", c.preset},
                     {"variables", c.variables},
                     {"states", c.states},
                     {"markov_order", c.markovOrder},
                     {"hidden", c.hidden}};
    const SamplingState& s = session.sampling;
    j["sampling"] = {{"seed", s.seed}, {"temperature", s.temperature}, {"step", s.step}};
    OrderedJson rows = OrderedJson::array();
    const std::string text = session.drawing.toText();
    for (int r = 0; r < kSide; ++r)
        rows.push_back(text.substr(static_cast<std::size_t>(r) * (kSide + 1), kSide));
    j["drawing"] = std::move(rows);
    const Settings& t = session.settings;
    j["settings"] = {{"language", t.language},
                     {"presentation", t.presentation},
                     {"controls_hidden", t.controlsHidden},
                     {"reduced_motion", t.reducedMotion},
                     {"zoom", t.zoom}};
    j["lesson"] = session.lesson;
    return j;
}

} // namespace

std::string writeSession(const Session& session) {
    // Text that is not UTF-8 is replaced (U+FFFD) rather than thrown on here: reading the text
    // back then names the field it came from.
    std::string text = toJson(session).dump(2, ' ', false, OrderedJson::error_handler_t::replace);
    text.push_back('\n');
    parseSession(text);
    return text;
}

Session parseSession(std::string_view text) {
    const Json top = parseJson(text);
    checkHeader(top);
    Session session;
    if (const Json* v = member(top, "page"))
        session.page = readIdentifier(*v, "page");
    if (const Json* v = member(top, "model"))
        session.model = readIdentifier(*v, "model");
    if (const Json* s = section(top, "counting"))
        session.counting = readCounting(*s);
    if (const Json* s = section(top, "sampling"))
        session.sampling = readSampling(*s);
    if (const Json* v = member(top, "drawing"))
        session.drawing = readDrawing(*v);
    if (const Json* s = section(top, "settings"))
        session.settings = readSettings(*s);
    if (const Json* v = member(top, "lesson"))
        session.lesson = static_cast<int>(readWhole(*v, "lesson", -1, kMaxLesson));
    return session;
}

void saveSession(const std::string& path, const Session& session) {
    io::writeFileAtomically(path, writeSession(session));
}

Session loadSession(const std::string& path) {
    std::string text;
    try {
        text = io::readFile(path, kMaxFileBytes);
    } catch (const std::runtime_error& e) {
        throw SessionError(std::string("session: ") + e.what());
    }
    return parseSession(text);
}

} // namespace pixelchain::session
