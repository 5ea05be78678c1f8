// Model files: an exact round trip, and every kind of damage refused with a clear message.
#include "core/io/atomic_file.h"
#include "core/io/model_file.h"
#include "nade_fixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <functional>

using namespace pixelchain;

namespace {

std::string validFile() {
    static const std::string bytes = io::serializeNade(
        *testing::randomNade(3, Activation::Relu, Ordering::spiral()), {{"test_nll_nats", "88.5"}});
    return bytes;
}

std::uint64_t headerLength(const std::string& bytes) {
    std::uint64_t n = 0;
    std::memcpy(&n, bytes.data(), 8);
    return n;
}

/// Replaces the first occurrence of `from` in the JSON header with `to` (same length or not),
/// fixing the header length.
std::string editHeader(const std::string& bytes, const std::string& from, const std::string& to) {
    const std::uint64_t n = headerLength(bytes);
    std::string header = bytes.substr(8, n);
    const auto at = header.find(from);
    if (at == std::string::npos)
        qFatal("test fixture: '%s' not in header", from.c_str());
    header.replace(at, from.size(), to);
    std::string out(8, '\0');
    const std::uint64_t m = header.size();
    std::memcpy(out.data(), &m, 8);
    return out + header + bytes.substr(8 + n);
}

/// Overwrites the first float of tensor data at `offset` into the data section.
std::string poisonFloat(const std::string& bytes, std::size_t offset, float value) {
    std::string out = bytes;
    std::memcpy(out.data() + 8 + headerLength(bytes) + offset, &value, 4);
    return out;
}

} // namespace

class ModelFileTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsExact();
    void damagedFilesAreRefused_data();
    void damagedFilesAreRefused();
    void failedSaveKeepsThePreviousFile();
};

void ModelFileTest::roundTripIsExact() {
    const auto nade = testing::randomNade(5, Activation::Sigmoid, Ordering::random(3));
    QTemporaryDir dir;
    const std::string path = dir.filePath("m.safetensors").toStdString();
    io::saveNade(path, *nade, {{"test_nll_nats", "90.25"}});
    const io::LoadedModel loaded = io::loadModel(path);
    const auto* back = dynamic_cast<const Nade*>(loaded.model.get());
    QVERIFY(back);
    QCOMPARE(back->activation(), Activation::Sigmoid);
    QVERIFY(back->weights().W == nade->weights().W);
    QVERIFY(back->weights().Vt == nade->weights().Vt);
    QVERIFY(back->weights().b == nade->weights().b);
    QVERIFY(back->weights().c == nade->weights().c);
    QVERIFY(back->ordering() == nade->ordering());
    QCOMPARE(back->ordering().name(), std::string("random:3"));
    QCOMPARE(loaded.testNll, 90.25);
    QCOMPARE(loaded.metadata.at("format"), std::string("pixelchain-nade"));
    const BinaryImage x = testing::randomImage(1);
    QCOMPARE(back->evaluate(x).logProb, nade->evaluate(x).logProb);
}

void ModelFileTest::damagedFilesAreRefused_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // a part of the expected explanation
    const std::string good = validFile();
    auto row = [](const char* name, const std::string& bytes, const char* message) {
        QTest::newRow(name) << QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()))
                            << message;
    };
    row("empty", "", "too short");
    row("seven bytes", good.substr(0, 7), "too short");
    row("truncated data", good.substr(0, good.size() - 100), "points outside");
    row("truncated header", good.substr(0, 40), "does not fit");
    std::string huge = good;
    const std::uint64_t big = std::uint64_t{1} << 62;
    std::memcpy(huge.data(), &big, 8);
    row("huge header length", huge, "does not fit");
    row("header not json", editHeader(good, "{", "["), "not a JSON object");
    row("wrong dtype", editHeader(good, "\"dtype\":\"F32\"", "\"dtype\":\"I32\""), "expected F32");
    row("dtype of another size", editHeader(good, "\"dtype\":\"F32\"", "\"dtype\":\"F64\""),
        "needs a different size");
    row("unknown dtype", editHeader(good, "\"dtype\":\"F32\"", "\"dtype\":\"Q7\""),
        "unknown dtype");
    row("wrong format tag", editHeader(good, "pixelchain-nade", "pixelchain-gan!"),
        "unknown model format");
    row("unknown activation", editHeader(good, "\"relu\"", "\"tanh\""), "unknown activation");
    row("hidden mismatch", editHeader(good, "\"hidden\":\"3\"", "\"hidden\":\"4\""), "shape");
    row("hidden not a number", editHeader(good, "\"hidden\":\"3\"", "\"hidden\":\"x\""), "hidden");
    row("nan weight", poisonFloat(good, 0, std::nanf("")), "NaN or infinite");
    row("infinite weight", poisonFloat(good, 4, INFINITY), "NaN or infinite");
    row("extra bytes", good + "junk", "bytes no tensor uses");
    row("bad nll metadata", editHeader(good, "\"88.5\"", "\"lots\""), "test_nll_nats");
}

void ModelFileTest::damagedFilesAreRefused() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    try {
        io::parseModel(bytes.toStdString());
        QFAIL("a damaged file was accepted");
    } catch (const io::FormatError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
}

void ModelFileTest::failedSaveKeepsThePreviousFile() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("keep.bin").toStdString();
    io::writeFileAtomically(path, "first");
    // A target inside a folder that does not exist cannot be written: the old file is untouched
    // and the error names the file.
    QVERIFY_THROWS_EXCEPTION(io::WriteError, io::writeFileAtomically(path + "/sub", "x"));
    QCOMPARE(io::readFile(path), std::string("first"));
    io::writeFileAtomically(path, "second");
    QCOMPARE(io::readFile(path), std::string("second"));
}

QTEST_GUILESS_MAIN(ModelFileTest)
#include "tst_model_file.moc"
