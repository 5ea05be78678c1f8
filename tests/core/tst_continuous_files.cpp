// Model files of greyscale digits (continuous_model_file.h): what is written is read back to the
// last bit, and a damaged file is refused with a message that names the problem, never half read.
#include "core/io/continuous_model_file.h"
#include "core/io/model_file.h"
#include "core/models/independent.h"
#include "core/models/independent_mixture.h"
#include "rnade_fixture.h"

#include <QTest>
#include <cmath>
#include <functional>

using namespace pixelchain;
using namespace pixelchain::testing;

namespace {

using Damage = std::function<void(ModelTensors&, io::Metadata&)>;

std::shared_ptr<const Rnade> smallRnade() {
    return std::make_shared<Rnade>(randomRnadeWeights(3, 2, kPixels, 71), Ordering::spiral(),
                                   Activation::Relu);
}

std::shared_ptr<const IndependentMixture> smallMixture() {
    std::vector<GaussianMixture> pixels(kPixels);
    for (int i = 0; i < kPixels; ++i)
        pixels[std::size_t(i)] = {
            {0.75, 0.25}, {0.001953125, 0.5 + i / 2048.0}, {0.0009765625, 0.25}};
    return std::make_shared<IndependentMixture>(std::move(pixels));
}

/// The file of `model` with `damage` done to its tensors and metadata first.
std::string damagedFile(const Model& model, const Damage& damage) {
    ModelTensors contents = model.tensors();
    io::Metadata metadata = contents.metadata;
    metadata["format"] = std::string("pixelchain-") + familyName(model.family());
    metadata["ordering"] = model.ordering().name();
    damage(contents, metadata);
    io::SafetensorsWriter writer;
    for (const NamedTensor& t : contents.tensors) {
        if (t.ints.empty())
            writer.addFloats(t.name, t.shape, t.floats);
        else
            writer.addInts(t.name, t.shape, t.ints);
    }
    writer.setMetadata(metadata);
    return writer.serialize();
}

NamedTensor& tensorNamed(ModelTensors& contents, const std::string& name) {
    for (NamedTensor& t : contents.tensors)
        if (t.name == name)
            return t;
    throw std::logic_error("no tensor " + name);
}

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestContinuousFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writtenIsRead_data();
    void writtenIsRead();
    void damagedFileIsRefused_data();
    void damagedFileIsRefused();
    void eachLoaderRefusesTheOtherKind();
};

void TestContinuousFiles::writtenIsRead_data() {
    QTest::addColumn<bool>("rnade");
    QTest::newRow("rnade") << true;
    QTest::newRow("independent mixture") << false;
}

// Every weight survives the file (values a float holds exactly): the log density of a digit is the
// same to the last bit, and the metadata (figures and quantiles included) come back.
void TestContinuousFiles::writtenIsRead() {
    QFETCH(bool, rnade);
    const std::shared_ptr<const ContinuousDensity> model =
        rnade ? std::shared_ptr<const ContinuousDensity>(smallRnade()) : smallMixture();
    std::vector<double> quantiles;
    for (int p = 0; p <= 100; ++p)
        quantiles.push_back(-50.0 + p);
    std::string json = "[";
    for (std::size_t k = 0; k < quantiles.size(); ++k)
        json += (k ? "," : "") + std::to_string(quantiles[k]);
    const io::Metadata metadata{{"test_bits_per_dim", "1.5"},
                                {"test_ll_quantiles", json + "]"},
                                {"command", "pixelchain-cli train --model rnade"}};
    const io::LoadedContinuous back =
        io::parseContinuousModel(io::serializeModel(*model, metadata));
    QCOMPARE(back.model->family(), model->family());
    QCOMPARE(back.model->ordering(), model->ordering());
    QCOMPARE(back.model->components(), model->components());
    QCOMPARE(back.testBitsPerDim, 1.5);
    QCOMPARE(back.testQuantiles.size(), std::size_t{101});
    QCOMPARE(back.metadata.at("command"), metadata.at("command"));
    GreyImage image;
    for (int i = 0; i < kPixels; ++i)
        image.set(i, (i * 37) % 5 == 0 ? (i * 11) % 256 : 0);
    QCOMPARE(back.model->evaluate(image).logDensity, model->evaluate(image).logDensity);
}

void TestContinuousFiles::damagedFileIsRefused_data() {
    QTest::addColumn<bool>("rnade");
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<QString>("named");
    const auto row = [](const char* name, bool rnade, Damage d, const char* named) {
        QTest::newRow(name) << rnade << d << QString::fromLatin1(named);
    };
    row(
        "rnade without Vs", true,
        [](ModelTensors& c, io::Metadata&) {
            std::erase_if(c.tensors, [](const NamedTensor& t) { return t.name == "Vs"; });
        },
        "Vs");
    row(
        "rnade Va of the wrong shape", true,
        [](ModelTensors& c, io::Metadata&) {
            tensorNamed(c, "Va").shape = {784, 3, 2};
        },
        "Va");
    row(
        "rnade NaN in W", true,
        [](ModelTensors& c, io::Metadata&) { tensorNamed(c, "W").floats[5] = std::nanf(""); },
        "'W'");
    row(
        "rnade huge bs", true,
        [](ModelTensors& c, io::Metadata&) { tensorNamed(c, "bs").floats[0] = 1e30f; }, "'bs'");
    row(
        "rnade components 0", true, [](ModelTensors&, io::Metadata& m) { m["components"] = "0"; },
        "components");
    row(
        "rnade components disagree with the tensors", true,
        [](ModelTensors&, io::Metadata& m) { m["components"] = "3"; }, "Va");
    row(
        "rnade hidden not a number", true,
        [](ModelTensors&, io::Metadata& m) { m["hidden"] = "three"; }, "hidden");
    row(
        "rnade unknown activation", true,
        [](ModelTensors&, io::Metadata& m) { m["activation"] = "tanh"; }, "tanh");
    row(
        "rnade ordering not a permutation", true,
        [](ModelTensors& c, io::Metadata&) { tensorNamed(c, "ordering").ints[1] = 0; }, "ordering");
    row(
        "rnade test figure not a number", true,
        [](ModelTensors&, io::Metadata& m) { m["test_bits_per_dim"] = "low"; },
        "test_bits_per_dim");
    row(
        "mixture weights not summing to 1", false,
        [](ModelTensors& c, io::Metadata&) { tensorNamed(c, "pi").floats[0] = 0.2f; }, "sum");
    row(
        "mixture scale 0", false,
        [](ModelTensors& c, io::Metadata&) { tensorNamed(c, "sigma").floats[3] = 0; }, "positive");
    row(
        "mixture without mu", false,
        [](ModelTensors& c, io::Metadata&) {
            std::erase_if(c.tensors, [](const NamedTensor& t) { return t.name == "mu"; });
        },
        "mu");
    row(
        "mixture quantiles unsorted", false,
        [](ModelTensors&, io::Metadata& m) { m["test_ll_quantiles"] = "[3, 2, 1]"; },
        "test_ll_quantiles");
}

void TestContinuousFiles::damagedFileIsRefused() {
    QFETCH(bool, rnade);
    QFETCH(Damage, damage);
    QFETCH(QString, named);
    const std::string bytes =
        rnade ? damagedFile(*smallRnade(), damage) : damagedFile(*smallMixture(), damage);
    try {
        io::parseContinuousModel(bytes);
        QFAIL("the damaged file was accepted");
    } catch (const io::FormatError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(named),
                 qPrintable(QStringLiteral("the message does not name %1: %2")
                                .arg(named, QString::fromStdString(e.what()))));
    }
}

// A binary model's loader says a greyscale file is greyscale, and the other way round.
void TestContinuousFiles::eachLoaderRefusesTheOtherKind() {
    const std::string grey = io::serializeModel(*smallRnade(), {});
    QVERIFY(io::isContinuousFormat("pixelchain-rnade"));
    QVERIFY(!io::isContinuousFormat("pixelchain-nade"));
    try {
        io::parseModel(grey);
        QFAIL("a binary loader accepted an RNADE");
    } catch (const io::FormatError& e) {
        QVERIFY(std::string(e.what()).find("greyscale") != std::string::npos);
    }
    const std::string binary =
        io::serializeModel(Independent(std::vector<float>(kPixels, 0.3f)), {});
    QVERIFY_THROWS_EXCEPTION(io::FormatError, io::parseContinuousModel(binary));
}

QTEST_GUILESS_MAIN(TestContinuousFiles)
#include "tst_continuous_files.moc"
