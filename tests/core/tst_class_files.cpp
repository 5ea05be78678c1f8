// The files of Bayes' rule: the class-conditional NADE and naive Bayes round-trip through their
// safetensors files, damaged ones are refused with a message naming the problem, and the logistic
// regression baseline round-trips through its own file.
#include "class_fixture.h"
#include "core/io/classifier_file.h"
#include "core/io/model_file.h"
#include "nade_fixture.h"

#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace pixelchain;
using namespace pixelchain::testing;

class TestClassFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void filesRoundTrip();
    void damagedFilesAreRefused_data();
    void damagedFilesAreRefused();
    void logisticRegressionFileRoundTrips();
};

void TestClassFiles::filesRoundTrip() {
    const std::vector<std::shared_ptr<const DensityModel>> models{
        randomClassNade(5, Ordering::parse("random:3")), randomNaiveBayes(6)};
    for (const auto& model : models) {
        const io::LoadedModel back = io::parseModel(io::serializeModel(*model, {}));
        QCOMPARE(back.model->family(), model->family());
        QVERIFY(back.model->classConditional());
        QCOMPARE(back.model->ordering(), model->ordering());
        QCOMPARE(back.model->parameterCount(), model->parameterCount());
        const BinaryImage image = testing::randomImage(8);
        const auto a = model->classConditional()->classify(image);
        const auto b = back.model->classConditional()->classify(image);
        for (std::size_t y = 0; y < kDigitClasses; ++y) {
            QVERIFY(std::abs(a.logLikelihoodGiven[y] - b.logLikelihoodGiven[y]) < 1e-9);
            QVERIFY(std::abs(a.logPrior[y] - b.logPrior[y]) < 1e-6); // stored as F32
        }
    }
}

void TestClassFiles::damagedFilesAreRefused_data() {
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("says");
    QTest::newRow("prior not a distribution") << "prior"
                                              << "log_prior";
    QTest::newRow("classes not a number") << "classes"
                                          << "classes";
    QTest::newRow("U missing") << "no U"
                               << "U";
    QTest::newRow("A the wrong shape") << "A shape"
                                       << "A";
}

void TestClassFiles::damagedFilesAreRefused() {
    QFETCH(QString, damage);
    QFETCH(QString, says);
    const auto model = randomClassNade(5, Ordering::raster());
    ModelTensors t = model->tensors();
    io::SafetensorsWriter writer;
    for (NamedTensor& tensor : t.tensors) {
        if (damage == "no U" && tensor.name == "U")
            continue;
        if (damage == "prior" && tensor.name == "log_prior")
            tensor.floats.assign(kDigitClasses, -1.0f); // Σ p = 10/e ≠ 1
        if (damage == "A shape" && tensor.name == "A") {
            tensor.shape = {kDigitClasses, kPixels};
        }
        if (tensor.ints.empty())
            writer.addFloats(tensor.name, tensor.shape, tensor.floats);
        else
            writer.addInts(tensor.name, tensor.shape, tensor.ints);
    }
    io::Metadata meta = t.metadata;
    meta["format"] = "pixelchain-class-nade";
    if (damage == "classes")
        meta["classes"] = "ten";
    writer.setMetadata(meta);
    try {
        io::parseModel(writer.serialize());
        QFAIL("a damaged file was accepted");
    } catch (const io::FormatError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(says), e.what());
    }
}

void TestClassFiles::logisticRegressionFileRoundTrips() {
    std::mt19937_64 engine(2);
    std::vector<float> W(kDigitClasses * kPixels), b(kDigitClasses);
    for (float& w : W)
        w = draw(engine, 1.0);
    for (float& v : b)
        v = draw(engine, 1.0);
    const LogisticRegression model(W, b);
    const BinaryImage image = testing::randomImage(4);
    const auto p = model.posterior(image);
    double total = 0;
    for (const double v : p)
        total += v;
    QVERIFY(std::abs(total - 1) < 1e-12);
    QTemporaryDir dir;
    const std::string path = dir.filePath("lr.safetensors").toStdString();
    ConfusionMatrix m;
    m.add(1, 1);
    m.add(2, 3);
    io::saveClassifier(path, model, {{"test_confusion", nlohmann::json(m.counts).dump()}});
    const io::LoadedClassifier back = io::loadClassifier(path);
    QCOMPARE(back.model->posterior(image), p);
    QVERIFY(back.confusion && back.confusion->counts == m.counts);
    QVERIFY_THROWS_EXCEPTION(io::FormatError,
                             io::testConfusion({{"test_confusion", "[[1,2],[3,4]]"}}));
}

QTEST_GUILESS_MAIN(TestClassFiles)
#include "tst_class_files.moc"
