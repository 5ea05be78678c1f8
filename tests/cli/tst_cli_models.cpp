// pixelchain-cli train / eval / sample / density, run as a user runs them.
#include "core/io/model_file.h"
#include "core/kernels/nade_kernels.h"
#include "core/mnist/idx.h"
#include "core/models/nade.h"
#include "core/sampling/sampler.h"
#include "core/stats/percentiles.h"
#include "core/training/test_scores.h"
#include "tests/common/mnist_data.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pixelchain;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList& arguments, const QString& kernels = {}) {
    QProcess process;
    if (!kernels.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PIXELCHAIN_KERNELS"), kernels);
        process.setProcessEnvironment(environment);
    }
    process.start(qEnvironmentVariable("PIXELCHAIN_BIN_DIR") + QStringLiteral("/pixelchain-cli"),
                  arguments);
    if (!process.waitForFinished(180000))
        qFatal("pixelchain-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString source(const QString& relative) {
    return qEnvironmentVariable("PIXELCHAIN_SOURCE_DIR") + "/" + relative;
}
QString shippedModel() {
    return source(QStringLiteral("resources/models/nade-mnist.safetensors"));
}
QString mnistDir() {
    return test::mnistFolder();
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class CliModelsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trainWritesALoadableDeterministicModel();
    void sampleIsReproducibleAndMatchesTheCore();
    void densityAgreesWithTheCore();
    void everyKernelLevelGivesTheSameLogP_data();
    void everyKernelLevelGivesTheSameLogP();
    void evalWriteRecordsTheCanvasReference();
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();
    void damagedModelIsReported();

private:
    QTemporaryDir dir_;
};

void CliModelsTest::initTestCase() {
    QVERIFY(dir_.isValid());
    PIXELCHAIN_REQUIRE_MNIST();
}

void CliModelsTest::trainWritesALoadableDeterministicModel() {
    const QStringList args = {"train",    "--data", mnistDir(), "--hidden",   "4",
                              "--epochs", "1",      "--limit",  "300",        "--threads",
                              "1",        "--seed", "3",        "--ordering", "column"};
    const QString a = dir_.filePath("a.safetensors"), b = dir_.filePath("b.safetensors");
    const Run first = cli(args + QStringList{"--out", a});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.err.contains("epoch 1/1"));
    QVERIFY(first.err.contains("images/s"));
    QVERIFY(cli(args + QStringList{"--out", b}).exitCode == 0);
    // Same seed and thread count: the same weights, bit for bit, and the same figures.
    const io::LoadedModel loaded = io::loadModel(a.toStdString());
    const io::LoadedModel again = io::loadModel(b.toStdString());
    const auto& wa = dynamic_cast<const Nade&>(*loaded.model).weights();
    const auto& wb = dynamic_cast<const Nade&>(*again.model).weights();
    QVERIFY(wa.W == wb.W && wa.Vt == wb.Vt && wa.b == wb.b && wa.c == wb.c);
    QCOMPARE(loaded.testNll, again.testNll);

    QCOMPARE(loaded.model->ordering().name(), std::string("column"));
    const QString command = QString::fromStdString(loaded.metadata.at("command"));
    QVERIFY(command.contains("--hidden 4"));
    // The output is named by its file name alone: no folder of the machine that trained it.
    QVERIFY2(command.endsWith(" --out a.safetensors"), qPrintable(command));
    QCOMPARE(loaded.testQuantiles.size(), stats::kPercentileCount);
    QCOMPARE(loaded.quantilePreparation, std::string(training::kThresholdPreparation));

    const Run eval = cli({"eval", "--model", a, "--data", mnistDir(), "--json"});
    QCOMPARE(eval.exitCode, 0);
    const QJsonObject j = QJsonDocument::fromJson(eval.out).object();
    QCOMPARE(j.value("images").toInt(), 10000);
    // eval reports the same NLL the trainer recorded (tolerance 1e-3 nats: printed with 6
    // decimals).
    QVERIFY(std::abs(j.value("nll_nats").toDouble() - loaded.testNll) < 1e-3);
    QVERIFY(std::abs(j.value("bits_per_dim").toDouble() - loaded.testNll / (784 * std::log(2.0))) <
            1e-5);
}

void CliModelsTest::sampleIsReproducibleAndMatchesTheCore() {
    const QString p1 = dir_.filePath("s1.png"), p2 = dir_.filePath("s2.png"),
                  idx = dir_.filePath("s.idx");
    QCOMPARE(cli({"sample", "--model", shippedModel(), "--seed", "17", "--count", "9", "--out", p1})
                 .exitCode,
             0);
    QCOMPARE(cli({"sample", "--model", shippedModel(), "--seed", "17", "--count", "9", "--out", p2})
                 .exitCode,
             0);
    QVERIFY(readAll(p1).startsWith("\x89PNG"));
    QCOMPARE(readAll(p1), readAll(p2));
    QCOMPARE(cli({"sample", "--model", shippedModel(), "--seed", "17", "--count", "3",
                  "--temperature", "0.8", "--out", idx})
                 .exitCode,
             0);
    const auto images = mnist::readImages(idx.toStdString());
    QCOMPARE(images.count, std::size_t{3});
    const auto model = io::loadModel(shippedModel().toStdString()).model;
    for (std::size_t n = 0; n < 3; ++n)
        QCOMPARE(BinaryImage::fromGrey(images.image(n)), Sampler::draw(model, 17 + n, 0.8));
}

void CliModelsTest::densityAgreesWithTheCore() {
    const QString idx = dir_.filePath("d.idx");
    QCOMPARE(cli({"sample", "--model", shippedModel(), "--seed", "4", "--count", "2", "--out", idx})
                 .exitCode,
             0);
    const Run run =
        cli({"density", "--model", shippedModel(), "--image", idx, "--index", "1", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject j = QJsonDocument::fromJson(run.out).object();
    const auto loaded = io::loadModel(shippedModel().toStdString());
    const auto images = mnist::readImages(idx.toStdString());
    const Evaluation e = loaded.model->evaluate(BinaryImage::fromGrey(images.image(1)));
    QVERIFY(std::abs(j.value("log_prob_nats").toDouble() - e.logProb) < 1e-9);
    QVERIFY(std::abs(j.value("bits_per_dim").toDouble() - e.bitsPerPixel()) < 1e-12);
    const QJsonArray conditionals = j.value("conditionals").toArray(),
                     surprise = j.value("surprise").toArray();
    QCOMPARE(conditionals.size(), 784);
    QCOMPARE(surprise.size(), 784);
    for (int i = 0; i < 784; i += 37) {
        QVERIFY(std::abs(conditionals[i].toDouble() - e.conditionals[i]) < 1e-6);
        QVERIFY(std::abs(surprise[i].toDouble() - e.surprise[i]) < 1e-6);
    }
    if (!loaded.testQuantiles.empty()) {
        const double p = j.value("percentile").toDouble();
        QVERIFY(p >= 0 && p <= 100);
        QCOMPARE(p, stats::percentileOf(loaded.testQuantiles, e.logProb));
    }
}

void CliModelsTest::everyKernelLevelGivesTheSameLogP_data() {
    QTest::addColumn<QString>("level");
    for (const auto* k : kernels::runnableKernels())
        QTest::newRow(k->level) << QString::fromLatin1(k->level);
}

// The kernels of each instruction-set level sum in their own order: log p agrees with the core's
// (whatever level it runs) within 1e-4 relative, and the CLI says which level it used.
void CliModelsTest::everyKernelLevelGivesTheSameLogP() {
    QFETCH(QString, level);
    const Run version = cli({"--version"}, level);
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains("NADE kernels: " + level.toLatin1()), version.out.constData());
    const QString idx = dir_.filePath("k.idx");
    QCOMPARE(cli({"sample", "--model", shippedModel(), "--seed", "5", "--count", "1", "--out", idx})
                 .exitCode,
             0);
    const Run run = cli({"density", "--model", shippedModel(), "--image", idx, "--json"}, level);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const double logP = QJsonDocument::fromJson(run.out).object().value("log_prob_nats").toDouble();
    const auto images = mnist::readImages(idx.toStdString());
    const double want = io::loadModel(shippedModel().toStdString())
                            .model->evaluate(BinaryImage::fromGrey(images.image(0)))
                            .logProb;
    QVERIFY2(std::abs(logP - want) <= 1e-4 * std::abs(want),
             qPrintable(QStringLiteral("%1: %2, core %3")
                            .arg(level)
                            .arg(logP, 0, 'g', 10)
                            .arg(want, 0, 'g', 10)));
}

// eval --write rewrites a model file with the figures it measured: the NLL, and the percentiles of
// the test digits thresholded as the canvas prepares a drawing. The weights stay the same.
void CliModelsTest::evalWriteRecordsTheCanvasReference() {
    const QString file = dir_.filePath("w.safetensors");
    const io::LoadedModel original = io::loadModel(
        source(QStringLiteral("resources/models/independent-mnist.safetensors")).toStdString());
    io::Metadata stale = original.metadata;
    stale["test_nll_nats"] = "1.0";
    stale.erase("test_ll_preparation");
    io::saveModel(file.toStdString(), *original.model, stale);

    QCOMPARE(cli({"eval", "--write", "--data", mnistDir()}).exitCode, 2); // which file?
    const Run run = cli({"eval", "--model", file, "--data", mnistDir(), "--write", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const double nll = QJsonDocument::fromJson(run.out).object().value("nll_nats").toDouble();

    const io::LoadedModel rewritten = io::loadModel(file.toStdString());
    QVERIFY(std::abs(rewritten.testNll - nll) < 1e-6);
    QCOMPARE(rewritten.quantilePreparation, std::string(training::kThresholdPreparation));
    const mnist::Mnist data = mnist::loadMnist(mnistDir().toStdString());
    const auto want = stats::percentiles(training::logLikelihoodsOf(
        *original.model, training::thresholdedTestSet(data, original.model->ordering()), 1));
    QCOMPARE(rewritten.testQuantiles.size(), want.size());
    for (std::size_t q = 0; q < want.size(); ++q)
        QVERIFY(std::abs(rewritten.testQuantiles[q] - want[q]) < 1e-9);
    // Same weights: the same probability for a digit, and the rest of the metadata kept.
    const BinaryImage blank;
    QCOMPARE(rewritten.model->evaluate(blank).logProb, original.model->evaluate(blank).logProb);
    QCOMPARE(rewritten.metadata.at("command"), original.metadata.at("command"));
}

void CliModelsTest::badArgumentsExitWithTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("train without --out") << QStringList{"train", "--hidden", "4"};
    QTest::newRow("train hidden 0") << QStringList{"train", "--hidden", "0", "--out", "x"};
    QTest::newRow("train bad ordering")
        << QStringList{"train", "--ordering", "diagonal", "--out", "x"};
    QTest::newRow("train bad activation")
        << QStringList{"train", "--activation", "tanh", "--out", "x"};
    QTest::newRow("train lr not a number") << QStringList{"train", "--lr", "fast", "--out", "x"};
    QTest::newRow("train limit too large")
        << QStringList{"train", "--limit", "60000", "--out", "x"};
    QTest::newRow("eval unknown option") << QStringList{"eval", "--modle", "x"};
    QTest::newRow("sample count 0") << QStringList{"sample", "--count", "0", "--out", "x.png"};
    QTest::newRow("sample negative temperature")
        << QStringList{"sample", "--temperature", "-1", "--out", "x.png"};
    QTest::newRow("sample wrong extension") << QStringList{"sample", "--out", "x.jpg"};
    QTest::newRow("sample seed overflow")
        << QStringList{"sample", "--seed", "99999999999999999999999", "--out", "x.png"};
    QTest::newRow("density without image") << QStringList{"density"};
    QTest::newRow("option without value") << QStringList{"density", "--image"};
    QTest::newRow("stray word") << QStringList{"eval", "now"};
    QTest::newRow("unknown command") << QStringList{"dream"};
}

void CliModelsTest::badArgumentsExitWithTwo() {
    QFETCH(QStringList, args);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY(run.out.isEmpty());
}

void CliModelsTest::damagedModelIsReported() {
    const QString bad = dir_.filePath("bad.safetensors");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(readAll(shippedModel()).left(5000));
    f.close();
    for (const QStringList& args :
         {QStringList{"eval", "--model", bad, "--data", mnistDir()},
          QStringList{"sample", "--model", bad, "--out", dir_.filePath("x.png")},
          QStringList{"density", "--model", bad, "--image", bad}}) {
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("bad.safetensors"), run.err.constData());
    }
    QVERIFY(!QFile::exists(dir_.filePath("x.png")));
}

QTEST_GUILESS_MAIN(CliModelsTest)
#include "tst_cli_models.moc"
