// Replays the fuzz corpus in ordinary builds: every file under tests/fuzz/corpus goes through every
// fuzz target (each target also meets the other targets' inputs), with the same entry points the
// libFuzzer builds use, renamed so that all five link into this one test. A crash found by fuzzing
// and kept in the corpus thus stays fixed without clang. A target aborts on a broken property, so
// a failure here ends the test run with the row that caused it.
#include <QDirIterator>
#include <QTest>
#include <cstdint>

extern "C" {
int fuzz_idx_one_input(const std::uint8_t* data, std::size_t size);
int fuzz_model_one_input(const std::uint8_t* data, std::size_t size);
int fuzz_session_one_input(const std::uint8_t* data, std::size_t size);
int fuzz_png_one_input(const std::uint8_t* data, std::size_t size);
int fuzz_params_args_one_input(const std::uint8_t* data, std::size_t size);
}

namespace {

using Entry = int (*)(const std::uint8_t*, std::size_t);

struct Target {
    const char* name;
    Entry entry;
};

constexpr Target kTargets[] = {{"fuzz_idx", fuzz_idx_one_input},
                               {"fuzz_model", fuzz_model_one_input},
                               {"fuzz_session", fuzz_session_one_input},
                               {"fuzz_png", fuzz_png_one_input},
                               {"fuzz_params_args", fuzz_params_args_one_input}};

QString corpusFolder() {
    return qEnvironmentVariable("PIXELCHAIN_SOURCE_DIR") + "/tests/fuzz/corpus";
}

} // namespace

class FuzzCorpusTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTargetHasSeeds_data();
    void everyTargetHasSeeds();
    void everyInputPassesEveryTarget_data();
    void everyInputPassesEveryTarget();
};

void FuzzCorpusTest::everyTargetHasSeeds_data() {
    QTest::addColumn<QString>("target");
    for (const Target& t : kTargets)
        QTest::newRow(t.name) << QString::fromLatin1(t.name);
}

void FuzzCorpusTest::everyTargetHasSeeds() {
    QFETCH(QString, target);
    QVERIFY2(!qEnvironmentVariableIsEmpty("PIXELCHAIN_SOURCE_DIR"), "PIXELCHAIN_SOURCE_DIR unset");
    const QDir folder(corpusFolder() + "/" + target);
    QVERIFY2(folder.exists(), qPrintable(folder.path()));
    QVERIFY(folder.entryList(QDir::Files).size() >= 5);
}

void FuzzCorpusTest::everyInputPassesEveryTarget_data() {
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("file");
    QStringList files;
    QDirIterator it(corpusFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (int t = 0; t < static_cast<int>(std::size(kTargets)); ++t)
        for (const QString& file : files) {
            const QString input = QDir(corpusFolder()).relativeFilePath(file);
            QTest::addRow("%s <- %s", kTargets[t].name, qPrintable(input)) << t << file;
        }
}

void FuzzCorpusTest::everyInputPassesEveryTarget() {
    QFETCH(int, target);
    QFETCH(QString, file);
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.constData());
    QCOMPARE(kTargets[target].entry(data, static_cast<std::size_t>(bytes.size())), 0);
}

QTEST_GUILESS_MAIN(FuzzCorpusTest)
#include "tst_fuzz_corpus.moc"
