// `pixelchain-cli params` as a user runs it: the built binary in a QProcess. Its JSON must parse
// and carry exact strings, its table must line up, and every bad argument must give exit code 2
// with one line on stderr that names the problem.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <cmath>

namespace {

// 2^784 − 1, the full joint of a 28×28 binary image (its length is checked in initTestCase).
constexpr const char* kMnistJoint =
    "1017458256970192607739235197558785674613152820177598291076089143640752752352543956225804474"
    "0099417557896316391896718201363966066977110847595769281085709884713890316130850241941014218"
    "5759152435680068435915159402496058513611411689167650815";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runParams(const QStringList& arguments) {
    QProcess process;
    process.start(qEnvironmentVariable("PIXELCHAIN_BIN_DIR") + "/pixelchain-cli",
                  QStringList{"params"} + arguments);
    Run run;
    if (!process.waitForStarted() || !process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

const QStringList kKeys = {"full", "independent", "chain_rule", "markov", "fvsbn", "nade"};

} // namespace

class TestCliParams : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json_data();
    void json();
    void jsonFactors();
    void jsonTooLongToPrint();
    void table();
    void badArguments_data();
    void badArguments();
    void help_data();
    void help();
};

void TestCliParams::initTestCase() {
    QVERIFY2(qEnvironmentVariableIsSet("PIXELCHAIN_BIN_DIR"), "run through ctest");
    QCOMPARE(qstrlen(kMnistJoint), size_t{237});
}

void TestCliParams::json_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<qulonglong>>("echo"); // pixels, states, markov_order, hidden
    QTest::addColumn<QStringList>("expected");   // in kKeys order
    QTest::newRow("28x28 binary") << QStringList{"--pixels", "784", "--states", "2", "--json"}
                                  << QList<qulonglong>{784, 2, 1, 500}
                                  << QStringList{kMnistJoint, "784",    kMnistJoint,
                                                 "1567",      "307720", "785284"};
    QTest::newRow("one RGB pixel, default order drops to 0")
        << QStringList{"--json", "--pixels", "1", "--states", "16777216"}
        << QList<qulonglong>{1, 16777216, 0, 500}
        << QStringList{"16777215", "16777215", "16777215", "16777215", "16777215", "16793992715"};
    QTest::newRow("n=10 k=3 m=3 H=10, with = syntax")
        << QStringList{"--pixels=10", "--states=3", "--markov-order=3", "--hidden=10", "--json"}
        << QList<qulonglong>{10, 3, 3, 10}
        << QStringList{"59048", "20", "59048", "404", "200", "430"};
}

void TestCliParams::json() {
    QFETCH(QStringList, arguments);
    QFETCH(QList<qulonglong>, echo);
    QFETCH(QStringList, expected);
    const Run run = runParams(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    const QJsonObject root = document.object();
    const QStringList echoKeys = {"pixels", "states", "markov_order", "hidden"};
    for (int i = 0; i < echoKeys.size(); ++i)
        QCOMPARE(qulonglong(root.value(echoKeys[i]).toDouble(-1)), echo[i]);
    const QJsonObject all = root.value("factorizations").toObject();
    QCOMPARE(all.keys().size(), kKeys.size());
    for (int i = 0; i < kKeys.size(); ++i) {
        const QJsonObject entry = all.value(kKeys[i]).toObject();
        QCOMPARE(entry.value("parameters").toString(), expected[i]);
        QCOMPARE(entry.value("exact").toBool(false), true);
        QCOMPARE(entry.value("digits").toInt(), expected[i].size());
        const double log10 = entry.value("log10").toDouble(-1);
        // Tolerance 1e-9 relative: log10 must agree with the decimal it describes.
        QVERIFY(qAbs(log10 - std::log10(expected[i].toDouble())) <= 1e-9 * qMax(1.0, log10));
    }
}

void TestCliParams::jsonFactors() {
    const Run run = runParams({"--pixels", "784", "--states", "2", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject all = QJsonDocument::fromJson(run.out).object()["factorizations"].toObject();
    const QJsonObject chain = all["chain_rule"].toObject();
    const QJsonObject markov = all["markov"].toObject();
    QCOMPARE(chain["factor_count"].toInt(), 784);
    QCOMPARE(chain["factors"].toArray().size(), 64);
    QCOMPARE(markov["factors"].toArray().size(), 64);
    const auto text = [](const QJsonValue& f) {
        const QJsonObject o = f.toObject();
        return QStringLiteral("%1 #%2 c%3 = %4")
            .arg(o["factor"].toString())
            .arg(o["index"].toInt())
            .arg(o["conditioned_on"].toInt())
            .arg(o["parameters"].toString());
    };
    const QJsonArray c = chain["factors"].toArray(), m = markov["factors"].toArray();
    QCOMPARE(text(c[0]), "p(x1) #1 c0 = 1");
    QCOMPARE(text(c[1]), "p(x2|x1) #2 c1 = 2");
    QCOMPARE(text(c[2]), "p(x3|x1,x2) #3 c2 = 4");
    QCOMPARE(text(c[63]), "p(x64|x1,...,x63) #64 c63 = 9223372036854775808");
    QCOMPARE(text(m[2]), "p(x3|x2) #3 c1 = 2");
    QCOMPARE(text(m[63]), "p(x64|x63) #64 c1 = 2");
}

void TestCliParams::jsonTooLongToPrint() {
    const Run run = runParams({"--pixels", "100000", "--states", "4294967296", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject all = QJsonDocument::fromJson(run.out).object()["factorizations"].toObject();
    const QJsonObject full = all["full"].toObject();
    QCOMPARE(full["exact"].toBool(true), false);
    // 2^3200000 − 1: log10 = 963295.98612473982…, leading digits 9.68556008903…
    QCOMPARE(full["digits"].toInt(), 963296);
    QCOMPARE(full["parameters"].toString(), QString::fromUtf8("≈ 9.68556008903 × 10^963295"));
    QVERIFY(qAbs(full["log10"].toDouble() - 963295.986124739825) <= 1e-9);
}

void TestCliParams::table() {
    const Run run = runParams({"--pixels", "784", "--states", "2"});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    const QByteArrayList names = {"full joint",     "independent", "chain rule",
                                  "Markov (m = 1)", "FVSBN",       "NADE (H = 500)"};
    const QByteArrayList counts = {kMnistJoint, "784", kMnistJoint, "1567", "307720", "785284"};
    // The six rows follow the header; the counts start in one column, after the fixed-width cells.
    const qsizetype header = 2; // after the query line and a blank line
    QVERIFY(lines.value(header).startsWith("factorization"));
    const qsizetype column = lines[header].indexOf("parameters");
    for (int i = 0; i < names.size(); ++i) {
        const QByteArray& line = lines.value(header + 1 + i);
        QVERIFY2(line.startsWith(names[i]), line.constData());
        QCOMPARE(line.mid(column), counts[i]);
    }
    QVERIFY(run.out.contains("p(x3|x1,x2)"));
}

void TestCliParams::badArguments_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the message must mention
    const auto row = [](const char* name, const QString& words, const char* named) {
        QTest::newRow(name) << words.split(' ', Qt::SkipEmptyParts) << QString(named);
    };
    row("no arguments", "", "--pixels");
    row("missing --pixels", "--states 2", "--pixels");
    row("missing --states", "--pixels 3", "--states");
    row("unknown option", "--pixels 3 --states 2 --colours 3", "--colours");
    row("stray word", "--pixels 3 --states 2 extra", "extra");
    row("value missing at end", "--pixels 3 --states", "--states");
    row("value missing before option", "--pixels --states 2", "--pixels");
    row("given twice", "--pixels 3 --pixels 4 --states 2", "--pixels");
    row("flag with a value", "--pixels 3 --states 2 --json=yes", "--json");
    row("not a number", "--pixels many --states 2", "--pixels");
    row("negative", "--pixels -3 --states 2", "--pixels");
    row("fraction", "--pixels 3 --states 2.5", "--states");
    row("overflows 64 bits", "--pixels 3 --states 99999999999999999999999", "--states");
    row("pixels 0", "--pixels 0 --states 2", "--pixels");
    row("pixels one past", "--pixels 100001 --states 2", "--pixels");
    row("states 1", "--pixels 3 --states 1", "--states");
    row("states one past 2^32", "--pixels 3 --states 4294967297", "--states");
    row("order = pixels", "--pixels 4 --states 2 --markov-order 4", "--markov-order");
    row("order 1 for one pixel", "--pixels 1 --states 2 --markov-order 1", "--markov-order");
    row("hidden 0", "--pixels 3 --states 2 --hidden 0", "--hidden");
    row("hidden one past", "--pixels 3 --states 2 --hidden 100001", "--hidden");
}

void TestCliParams::badArguments() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Run run = runParams(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(named), run.err.constData());
}

void TestCliParams::help_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList{"--help"};
    QTest::newRow("-h") << QStringList{"-h"};
    QTest::newRow("--help among other options") << QStringList{"--pixels", "0", "--help"};
}

void TestCliParams::help() {
    QFETCH(QStringList, arguments);
    const Run run = runParams(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    for (const char* needle : {"usage: pixelchain-cli params", "--pixels", "--states",
                               "--markov-order", "--hidden", "--json", "\"exact\"", "\"factors\""})
        QVERIFY2(run.out.contains(needle), needle);
}

QTEST_GUILESS_MAIN(TestCliParams)
#include "tst_cli_params.moc"
