// Session files: every field survives a save and a load, missing parts take their defaults, every
// kind of damage is refused with a message naming the field, and a failed save keeps the old file.
#include "core/io/atomic_file.h"
#include "core/session/session.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <sys/resource.h>

using namespace pixelchain;
using session::Session;

Q_DECLARE_METATYPE(pixelchain::session::Session)

namespace {

constexpr std::uint64_t kMaxSeed = std::numeric_limits<std::uint64_t>::max();

/// A session that differs from the default in every field.
Session everyFieldChanged() {
    Session s;
    s.page = "density";
    s.model = "nade-spiral-mnist";
    s.counting = {"rgb-pixel", 3, 16777216, 2, 1234};
    s.sampling = {kMaxSeed, 0.7, 411};
    for (int i = 0; i < kPixels; i += 3)
        s.drawing.set(i, true);
    s.settings = {"ko", true, true, true, 1.25};
    s.lesson = 7;
    return s;
}

/// A file with the required header and `fields` (JSON members, comma-separated) after it.
std::string file(const std::string& fields = "") {
    return R"({"format": "pixelchain-session", "version": 1)" +
           (fields.empty() ? std::string() : ", " + fields) + "}";
}

/// A "drawing" member of `rows` rows, each `row`, with row 5 replaced by `odd` when given.
std::string drawing(int rows, const std::string& row, const std::string& odd = "") {
    std::string text = R"("drawing": [)";
    for (int r = 0; r < rows; ++r)
        text += (r ? ", \"" : "\"") + (r == 5 && !odd.empty() ? odd : row) + "\"";
    return text + "]";
}

Session with(const std::function<void(Session&)>& change) {
    Session s;
    change(s);
    return s;
}

QByteArray bytes(const std::string& text) {
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

/// Restores the file size limit and the SIGXFSZ disposition when it goes out of scope.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        ::getrlimit(RLIMIT_FSIZE, &saved_);
        previousHandler_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tiny = saved_;
        tiny.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &tiny);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, previousHandler_);
    }

private:
    rlimit saved_{};
    void (*previousHandler_)(int) = nullptr;
};

} // namespace

class SessionTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyFieldSurvivesSaveAndLoad();
    void extremeValuesRoundTrip_data();
    void extremeValuesRoundTrip();
    void acceptedFiles_data();
    void acceptedFiles();
    void damagedFilesAreRefused_data();
    void damagedFilesAreRefused();
    void invalidSessionsAreNotWritten_data();
    void invalidSessionsAreNotWritten();
    void failedSaveKeepsThePreviousFile_data();
    void failedSaveKeepsThePreviousFile();
    void unreadableFilesAreRefused();
    void documentationDescribesTheFormat();
};

void SessionTest::everyFieldSurvivesSaveAndLoad() {
    const Session changed = everyFieldChanged();
    const Session defaults;
    QVERIFY(changed.page != defaults.page && changed.model != defaults.model);
    QVERIFY(changed.counting.preset != defaults.counting.preset &&
            changed.counting.variables != defaults.counting.variables &&
            changed.counting.states != defaults.counting.states &&
            changed.counting.markovOrder != defaults.counting.markovOrder &&
            changed.counting.hidden != defaults.counting.hidden);
    QVERIFY(changed.sampling.seed != defaults.sampling.seed &&
            changed.sampling.temperature != defaults.sampling.temperature &&
            changed.sampling.step != defaults.sampling.step);
    QVERIFY(!(changed.drawing == defaults.drawing) && changed.lesson != defaults.lesson);
    QVERIFY(changed.settings.language != defaults.settings.language &&
            changed.settings.presentation != defaults.settings.presentation &&
            changed.settings.controlsHidden != defaults.settings.controlsHidden &&
            changed.settings.reducedMotion != defaults.settings.reducedMotion &&
            changed.settings.zoom != defaults.settings.zoom);

    QTemporaryDir dir;
    const std::string path = dir.filePath("lab.pixelchain").toStdString();
    session::saveSession(path, changed);
    const std::string text = io::readFile(path);
    QCOMPARE(text, session::writeSession(changed));
    QCOMPARE(text.back(), '\n');
    QVERIFY(text.starts_with("{\n  \"format\": \"pixelchain-session\",\n  \"version\": 1,"));
    QVERIFY(session::loadSession(path) == changed);
    // Exact, not close: 0.7 has no finite binary expansion, the text must still give the same
    // double.
    QCOMPARE(session::loadSession(path).sampling.temperature, 0.7);
    QCOMPARE(session::loadSession(path).sampling.seed, kMaxSeed);
}

void SessionTest::extremeValuesRoundTrip_data() {
    // One row per line: the tables read better unwrapped.
    // clang-format off
    QTest::addColumn<Session>("session");
    QTest::newRow("defaults") << Session{};
    QTest::newRow("temperature 0") << with([](Session& s) { s.sampling.temperature = 0; });
    QTest::newRow("temperature 10") << with([](Session& s) { s.sampling.temperature = 10; });
    QTest::newRow("tiny temperature") << with([](Session& s) { s.sampling.temperature = 5e-324; });
    QTest::newRow("zoom 0.5, english") << with([](Session& s) { s.settings = {"en", false, false, false, 0.5}; });
    QTest::newRow("zoom 4") << with([](Session& s) { s.settings.zoom = 4; });
    QTest::newRow("step 784, lesson 99") << with([](Session& s) { s.sampling.step = kPixels; s.lesson = 99; });
    QTest::newRow("seed 0, lesson 0") << with([](Session& s) { s.sampling.seed = 0; s.lesson = 0; });
    QTest::newRow("all pixels on") << with([](Session& s) { for (int i = 0; i < kPixels; ++i) s.drawing.set(i, true); });
    QTest::newRow("largest counts") << with([](Session& s) { s.counting = {std::string(64, 'z'), 100000, std::uint64_t{1} << 32, 99999, 100000}; });
    QTest::newRow("smallest counts") << with([](Session& s) { s.counting = {"0", 1, 2, 0, 1}; });
    // clang-format on
}

void SessionTest::extremeValuesRoundTrip() {
    QFETCH(Session, session);
    QVERIFY(session::parseSession(session::writeSession(session)) == session);
}

void SessionTest::acceptedFiles_data() {
    // One row per line: the tables read better unwrapped.
    // clang-format off
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Session>("expected");
    QTest::newRow("header only") << bytes(file()) << Session{};
    QTest::newRow("empty sections") << bytes(file(R"("counting": {}, "sampling": {}, "settings": {})")) << Session{};
    QTest::newRow("unknown keys everywhere") << bytes(file(R"("future": {"x": [1, 2]}, "sampling": {"dither": true}, "settings": {"theme": "dark"})")) << Session{};
    QTest::newRow("one field of a section") << bytes(file(R"("sampling": {"step": 5})")) << with([](Session& s) { s.sampling.step = 5; });
    QTest::newRow("integer temperature") << bytes(file(R"("sampling": {"temperature": 2})")) << with([](Session& s) { s.sampling.temperature = 2; });
    QTest::newRow("exponent zoom") << bytes(file(R"("settings": {"zoom": 25e-1})")) << with([](Session& s) { s.settings.zoom = 2.5; });
    QTest::newRow("largest seed") << bytes(file(R"("sampling": {"seed": 18446744073709551615})")) << with([](Session& s) { s.sampling.seed = kMaxSeed; });
    QTest::newRow("byte order mark") << bytes("\xEF\xBB\xBF" + file(R"("lesson": 3)")) << with([](Session& s) { s.lesson = 3; });
    QTest::newRow("drawing of dots") << bytes(file(drawing(28, std::string(28, '.')))) << Session{};
    QTest::newRow("keys in another order") << bytes(R"({"lesson": -1, "version": 1, "format": "pixelchain-session"})") << Session{};
    // clang-format on
}

void SessionTest::acceptedFiles() {
    QFETCH(QByteArray, text);
    QFETCH(Session, expected);
    QVERIFY(session::parseSession(text.toStdString()) == expected);
}

void SessionTest::damagedFilesAreRefused_data() {
    // One row per line: the tables read better unwrapped.
    // clang-format off
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message"); // a part of the expected explanation
    const std::string good = session::writeSession(everyFieldChanged());
    const std::string dots(28, '.');
    auto row = [](const char* name, const std::string& text, const char* message) {
        QTest::newRow(name) << bytes(text) << QString::fromUtf8(message);
    };
    row("empty", "", "not JSON");
    row("truncated", good.substr(0, good.size() / 2), "not JSON");
    row("trailing garbage", good + "x", "not JSON");
    row("invalid UTF-8", file("\"page\": \"\xff\""), "not JSON");
    row("number overflow", file(R"("sampling": {"temperature": 1e400})"), "not JSON");
    row("deep nesting", std::string(100000, '[') + std::string(100000, ']'), "not a JSON object");
    row("array at top", "[]", "not a JSON object");
    row("no format", R"({"version": 1})", "not a PixelChain session");
    row("another format", R"({"format": "pixelchain-nade", "version": 1})", "not a PixelChain session");
    row("format not text", R"({"format": 1, "version": 1})", "not a PixelChain session");
    row("no version", R"({"format": "pixelchain-session"})", "version is missing");
    row("newer version", R"({"format": "pixelchain-session", "version": 2})", "made by a newer PixelChain");
    row("version 0", R"({"format": "pixelchain-session", "version": 0})", "version must be 1");
    row("version text", R"({"format": "pixelchain-session", "version": "1"})", "version must be 1");
    row("version 1.5", R"({"format": "pixelchain-session", "version": 1.5})", "version must be 1");
    row("page uppercase", file(R"("page": "Sampling")"), "page must be an identifier");
    row("page empty", file(R"("page": "")"), "page must be an identifier");
    row("page too long", file("\"page\": \"" + std::string(65, 'a') + "\""), "page must be an identifier");
    row("page path", file(R"("page": "../etc")"), "page must be an identifier");
    row("page number", file(R"("page": 3)"), "page must be an identifier");
    row("model not ASCII", file("\"model\": \"\xeb\xaa\xa8\xeb\x8d\xb8\""), "model must be an identifier");
    row("counting not object", file(R"("counting": [])"), "counting must be an object");
    row("sampling null", file(R"("sampling": null)"), "sampling must be an object");
    row("preset with space", file(R"("counting": {"preset": "binary image"})"), "counting.preset must be an identifier");
    row("no variables", file(R"("counting": {"variables": 0, "markov_order": 0})"), "counting.variables must be a whole number in [1, 100000]");
    row("too many variables", file(R"("counting": {"variables": 100001})"), "counting.variables must be");
    row("negative variables", file(R"("counting": {"variables": -5})"), "counting.variables must be");
    row("fractional variables", file(R"("counting": {"variables": 784.0})"), "counting.variables must be");
    row("one state", file(R"("counting": {"states": 1})"), "counting.states must be a whole number in [2, 4294967296]");
    row("states beyond 2^32", file(R"("counting": {"states": 4294967297})"), "counting.states must be");
    row("no hidden units", file(R"("counting": {"hidden": 0})"), "counting.hidden must be");
    row("order not below n", file(R"("counting": {"variables": 10, "markov_order": 10})"), "counting.markov_order must be below counting.variables (10)");
    row("order beyond any n", file(R"("counting": {"markov_order": 18446744073709551615})"), "counting.markov_order must be");
    row("negative seed", file(R"("sampling": {"seed": -1})"), "sampling.seed must be a whole number");
    row("seed 2^64", file(R"("sampling": {"seed": 18446744073709551616})"), "sampling.seed must be");
    row("seed text", file(R"("sampling": {"seed": "7"})"), "sampling.seed must be");
    row("negative temperature", file(R"("sampling": {"temperature": -0.1})"), "sampling.temperature must be a number in [0, 10]");
    row("temperature above 10", file(R"("sampling": {"temperature": 10.000001})"), "sampling.temperature must be a number in [0, 10]");
    row("temperature null", file(R"("sampling": {"temperature": null})"), "sampling.temperature must be");
    row("negative step", file(R"("sampling": {"step": -1})"), "sampling.step must be a whole number in [0, 784]");
    row("step 785", file(R"("sampling": {"step": 785})"), "sampling.step must be");
    row("step 2^63", file(R"("sampling": {"step": 9223372036854775808})"), "sampling.step must be");
    row("drawing of 27 rows", file(drawing(27, dots)), "drawing must be an array of 28 rows");
    row("drawing of 29 rows", file(drawing(29, dots)), "drawing must be an array of 28 rows");
    row("drawing as one text", file("\"drawing\": \"" + std::string(784, '.') + "\""), "drawing must be an array");
    row("short row", file(drawing(28, dots, std::string(27, '.'))), "drawing[5] must be a string of 28 characters");
    row("long row", file(drawing(28, dots, std::string(29, '#'))), "drawing[5] must be");
    row("foreign pixel", file(drawing(28, dots, std::string(27, '.') + "x")), "drawing[5] must be");
    row("multibyte pixel", file(drawing(28, dots, std::string(27, '.') + "\xc3\xa9")), "drawing[5] must be");
    row("language fr", file(R"("settings": {"language": "fr"})"), "settings.language must be \"\"");
    row("language EN", file(R"("settings": {"language": "EN"})"), "settings.language must be");
    row("presentation as text", file(R"("settings": {"presentation": "true"})"), "settings.presentation must be true or false");
    row("controls hidden as 1", file(R"("settings": {"controls_hidden": 1})"), "settings.controls_hidden must be true or false");
    row("reduced motion null", file(R"("settings": {"reduced_motion": null})"), "settings.reduced_motion must be");
    row("zoom below 0.5", file(R"("settings": {"zoom": 0.49})"), "settings.zoom must be a number in [0.5, 4]");
    row("zoom above 4", file(R"("settings": {"zoom": 4.01})"), "settings.zoom must be");
    row("lesson -2", file(R"("lesson": -2)"), "lesson must be a whole number in [-1, 99]");
    row("lesson 100", file(R"("lesson": 100)"), "lesson must be");
    row("lesson 1.0", file(R"("lesson": 1.0)"), "lesson must be");
    row("lesson true", file(R"("lesson": true)"), "lesson must be");
    // clang-format on
}

void SessionTest::damagedFilesAreRefused() {
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    try {
        session::parseSession(text.toStdString());
        QFAIL("a damaged session was accepted");
    } catch (const session::SessionError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
}

void SessionTest::invalidSessionsAreNotWritten_data() {
    // One row per line: the tables read better unwrapped.
    // clang-format off
    QTest::addColumn<Session>("session");
    QTest::addColumn<QString>("message");
    QTest::newRow("NaN temperature") << with([](Session& s) { s.sampling.temperature = std::nan(""); }) << "sampling.temperature";
    QTest::newRow("infinite zoom") << with([](Session& s) { s.settings.zoom = INFINITY; }) << "settings.zoom";
    QTest::newRow("step 785") << with([](Session& s) { s.sampling.step = kPixels + 1; }) << "sampling.step";
    QTest::newRow("lesson -2") << with([](Session& s) { s.lesson = -2; }) << "lesson";
    QTest::newRow("page with a capital") << with([](Session& s) { s.page = "Density"; }) << "page";
    QTest::newRow("model not UTF-8") << with([](Session& s) { s.model = "nade\xff"; }) << "model";
    QTest::newRow("language fr") << with([](Session& s) { s.settings.language = "fr"; }) << "settings.language";
    QTest::newRow("order not below n") << with([](Session& s) { s.counting.markovOrder = 784; }) << "counting.markov_order";
    // clang-format on
}

void SessionTest::invalidSessionsAreNotWritten() {
    QFETCH(Session, session);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const std::string path = dir.filePath("never.pixelchain").toStdString();
    try {
        session::saveSession(path, session);
        QFAIL("an invalid session was written");
    } catch (const session::SessionError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).startsWith("session: " + message + " must be"),
                 e.what());
    }
    QVERIFY(QDir(dir.path()).isEmpty());
}

void SessionTest::failedSaveKeepsThePreviousFile_data() {
    QTest::addColumn<bool>("limitFileSize"); // else: the target's folder is missing
    QTest::newRow("folder missing") << false;
    QTest::newRow("file size limit") << true;
}

void SessionTest::failedSaveKeepsThePreviousFile() {
    QFETCH(bool, limitFileSize);
    QTemporaryDir dir;
    // Tests may run as root, which writes through any permission bits: make the write itself fail,
    // with no folder to write into or with a file size limit far below the session's size.
    const QString name = limitFileSize ? "lab.pixelchain" : "gone/lab.pixelchain";
    const std::string path = dir.filePath(name).toStdString();
    const std::string previous = "previous bytes";
    if (limitFileSize)
        io::writeFileAtomically(path, previous);
    {
        std::optional<FileSizeLimit> limit;
        if (limitFileSize)
            limit.emplace(previous.size() + 10);
        QVERIFY_THROWS_EXCEPTION(io::WriteError, session::saveSession(path, everyFieldChanged()));
    }
    // The previous file is intact and no temporary file is left behind.
    const QStringList left = QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    QCOMPARE(left, limitFileSize ? QStringList{name} : QStringList{});
    if (!limitFileSize)
        return;
    QCOMPARE(io::readFile(path), previous);
    // Without the limit the same save succeeds.
    session::saveSession(path, everyFieldChanged());
    QVERIFY(session::loadSession(path) == everyFieldChanged());
}

void SessionTest::unreadableFilesAreRefused() {
    QTemporaryDir dir;
    const std::string missing = dir.filePath("missing.pixelchain").toStdString();
    QVERIFY_THROWS_EXCEPTION(session::SessionError, session::loadSession(missing));
    try {
        session::loadSession(missing);
    } catch (const session::SessionError& e) {
        QVERIFY2(std::string(e.what()).find(missing) != std::string::npos, e.what());
    }
    // A valid session padded with spaces to exactly the cap loads; one byte more is refused.
    const std::string text = session::writeSession(everyFieldChanged());
    const std::string path = dir.filePath("padded.pixelchain").toStdString();
    io::writeFileAtomically(path, text + std::string(session::kMaxFileBytes - text.size(), ' '));
    QVERIFY(session::loadSession(path) == everyFieldChanged());
    io::writeFileAtomically(path,
                            text + std::string(session::kMaxFileBytes - text.size() + 1, ' '));
    QVERIFY_THROWS_EXCEPTION(session::SessionError, session::loadSession(path));
}

void SessionTest::documentationDescribesTheFormat() {
    const QString source = qEnvironmentVariable("PIXELCHAIN_SOURCE_DIR");
    QVERIFY2(!source.isEmpty(), "PIXELCHAIN_SOURCE_DIR is not set");
    const std::string doc =
        io::readFile(QDir(source).filePath("docs/session-file.md").toStdString());
    // The example in the documentation is a valid session.
    const auto begin = doc.find("```json\n");
    QVERIFY(begin != std::string::npos);
    const auto end = doc.find("```", begin + 8);
    QVERIFY(end != std::string::npos);
    QVERIFY(!(session::parseSession(doc.substr(begin + 8, end - begin - 8)) == Session{}));
    // Every key a session file holds is documented (as `key` or, inside a section, `section.key`).
    const QString written = QString::fromStdString(session::writeSession(Session{}));
    const QRegularExpression key(QStringLiteral("\"([a-z_]+)\":"));
    int keys = 0;
    for (const auto& match : key.globalMatch(written)) {
        ++keys;
        const std::string name = match.captured(1).toStdString();
        const bool documented = doc.find("`" + name + "`") != std::string::npos ||
                                doc.find("." + name + "`") != std::string::npos;
        QVERIFY2(documented, name.c_str());
    }
    QCOMPARE(keys, 9 + 5 + 3 + 5); // top level, counting, sampling, settings
}

QTEST_GUILESS_MAIN(SessionTest)
#include "tst_session.moc"
