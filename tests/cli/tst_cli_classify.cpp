// pixelchain-cli classify, eval, sample --label and train for the models of Bayes' rule, run as a
// user runs them, against the core.
#include "core/io/classifier_file.h"
#include "core/io/model_file.h"
#include "core/mnist/idx.h"
#include "core/sampling/sampler.h"
#include "tests/common/mnist_data.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace pixelchain;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList& arguments) {
    QProcess process;
    process.start(qEnvironmentVariable("PIXELCHAIN_BIN_DIR") + QStringLiteral("/pixelchain-cli"),
                  arguments);
    if (!process.waitForFinished(600000))
        qFatal("pixelchain-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString source(const QString& relative) {
    return qEnvironmentVariable("PIXELCHAIN_SOURCE_DIR") + "/" + relative;
}
QString model(const char* id) {
    return source(QStringLiteral("resources/models/%1.safetensors").arg(QLatin1String(id)));
}
/// The gallery of real test digits built into the app (labels in gallery-labels-idx1-ubyte).
QString gallery() {
    return source(QStringLiteral("resources/digits/gallery-idx3-ubyte"));
}

std::vector<double> numbers(const QJsonValue& value) {
    std::vector<double> out;
    for (const QJsonValue& v : value.toArray())
        out.push_back(v.toDouble());
    return out;
}

} // namespace

class CliClassifyTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void classifyAppliesBayesRule_data();
    void classifyAppliesBayesRule();
    void classifyNeedsLabels();
    void sampleGivenALabelMatchesTheCore();
    void badLabelsAreRefused_data();
    void badLabelsAreRefused();
    void evalReportsAccuracyAndConfusion();
    void trainWritesTheBaselines();

private:
    QTemporaryDir dir_;
};

void CliClassifyTest::classifyAppliesBayesRule_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("index");
    for (const char* id : {"class-nade-mnist", "naive-bayes-mnist"})
        for (int index : {0, 37, 95})
            QTest::addRow("%s, gallery digit %d", id, index) << QString::fromLatin1(id) << index;
}

void CliClassifyTest::classifyAppliesBayesRule() {
    QFETCH(QString, id);
    QFETCH(int, index);
    const Run run = cli({"classify", "--model", model(id.toLatin1().constData()), "--image",
                         gallery(), "--index", QString::number(index), "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject j = QJsonDocument::fromJson(run.out).object();
    const auto posterior = numbers(j["posterior"]), given = numbers(j["log_px_given_y"]),
               prior = numbers(j["log_prior"]);
    QCOMPARE(posterior.size(), std::size_t{10});
    QCOMPARE(given.size(), std::size_t{10});
    double total = 0, evidence = 0;
    for (std::size_t y = 0; y < 10; ++y) {
        total += posterior[y];
        evidence += std::exp(given[y] + prior[y] - j["log_px"].toDouble());
    }
    QVERIFY(std::abs(total - 1) < 1e-9);
    QVERIFY(std::abs(evidence - 1) < 1e-9); // log p(x) = logsumexp(log p(x|y) + log p(y))
    QCOMPARE(j["label"].toInt(),
             int(std::max_element(posterior.begin(), posterior.end()) - posterior.begin()));
    // the same figures as the core for the same image (JSON prints 17 digits)
    const auto images = mnist::readImages(gallery().toStdString());
    const auto loaded = io::loadModel(model(id.toLatin1().constData()).toStdString());
    const ClassScores s = loaded.model->classConditional()->classify(
        BinaryImage::fromGrey(images.image(static_cast<std::size_t>(index))));
    for (std::size_t y = 0; y < 10; ++y)
        QVERIFY(std::abs(given[y] - s.logLikelihoodGiven[y]) < 1e-9);
    // the text form names the label
    const Run text = cli({"classify", "--model", model(id.toLatin1().constData()), "--image",
                          gallery(), "--index", QString::number(index)});
    QVERIFY(text.out.contains(QByteArray("the model says ") + QByteArray::number(s.label)));
}

void CliClassifyTest::classifyNeedsLabels() {
    const Run run = cli({"classify", "--model", model("nade-mnist"), "--image", gallery()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("has no labels"), run.err.constData());
}

void CliClassifyTest::sampleGivenALabelMatchesTheCore() {
    const QString out = dir_.filePath("sevens.idx");
    const Run run = cli({"sample", "--model", model("class-nade-mnist"), "--label", "7", "--seed",
                         "5", "--count", "3", "--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto images = mnist::readImages(out.toStdString());
    const auto loaded = io::loadModel(model("class-nade-mnist").toStdString());
    for (std::size_t n = 0; n < 3; ++n)
        QCOMPARE(BinaryImage::fromGrey(images.image(n)),
                 Sampler::draw(loaded.model, 5 + n, 1.0, 7));
}

void CliClassifyTest::badLabelsAreRefused_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("label 10") << QStringList{"sample", "--label", "10", "--out", "x.png"} << 2
                              << "--label";
    QTest::newRow("label −1") << QStringList{"sample", "--label", "-1", "--out", "x.png"} << 2
                              << "--label";
    QTest::newRow("a model without labels")
        << QStringList{"sample", "--model", model("nade-mnist"),   "--label",
                       "3",      "--out",   dir_.filePath("x.png")}
        << 1 << "no labels";
    QTest::newRow("classify without an image") << QStringList{"classify"} << 2 << "--image";
}

void CliClassifyTest::badLabelsAreRefused() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
}

void CliClassifyTest::evalReportsAccuracyAndConfusion() {
    PIXELCHAIN_REQUIRE_MNIST();
    const Run run = cli(
        {"eval", "--model", model("naive-bayes-mnist"), "--data", test::mnistFolder(), "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject j = QJsonDocument::fromJson(run.out).object();
    std::uint64_t total = 0, right = 0;
    const QJsonArray rows = j["confusion"].toArray();
    QCOMPARE(rows.size(), 10);
    for (int y = 0; y < 10; ++y)
        for (int p = 0; p < 10; ++p) {
            const auto n = static_cast<std::uint64_t>(rows[y].toArray()[p].toDouble());
            total += n;
            right += y == p ? n : 0;
        }
    QCOMPARE(total, std::uint64_t{10000});
    QVERIFY(std::abs(j["accuracy"].toDouble() - double(right) / total) < 1e-12);
    // the figure the shipped file records is the one eval measures (written with 6 decimals)
    const auto loaded = io::loadModel(model("naive-bayes-mnist").toStdString());
    QVERIFY(std::abs(std::stod(loaded.metadata.at("test_accuracy")) - j["accuracy"].toDouble()) <
            1e-6);
    QVERIFY(std::abs(j["nll_nats"].toDouble() - loaded.testNll) < 1e-3);
}

void CliClassifyTest::trainWritesTheBaselines() {
    PIXELCHAIN_REQUIRE_MNIST();
    const QString bayes = dir_.filePath("nb.safetensors"), lr = dir_.filePath("lr.safetensors");
    const Run nb = cli({"train", "--model", "naive-bayes", "--data", test::mnistFolder(), "--limit",
                        "3000", "--out", bayes});
    QVERIFY2(nb.exitCode == 0, nb.err.constData());
    QVERIFY(nb.out.contains("test accuracy"));
    const auto loaded = io::loadModel(bayes.toStdString());
    QVERIFY(loaded.model->classConditional());
    QVERIFY(io::testConfusion(loaded.metadata).has_value());
    const Run logistic =
        cli({"train", "--model", "logistic-regression", "--data", test::mnistFolder(), "--limit",
             "3000", "--epochs", "2", "--out", lr});
    QVERIFY2(logistic.exitCode == 0, logistic.err.constData());
    const io::LoadedClassifier classifier = io::loadClassifier(lr.toStdString());
    QVERIFY(classifier.confusion && classifier.confusion->total() == 10000);
    // a few thousand digits and two epochs already beat chance by far
    QVERIFY(classifier.confusion->accuracy() > 0.7);
}

QTEST_GUILESS_MAIN(CliClassifyTest)
#include "tst_cli_classify.moc"
