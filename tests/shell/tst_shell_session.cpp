// Sessions: what a student made (drawing, model, seed, page, settings) survives a save and an open
// in a new window; a damaged or foreign file is refused with a message naming the problem and the
// app keeps what it had; a save that cannot be written leaves the previous file intact.
#include "shell_driver.h"
#include "ui/shell/presentation.h"

#include <QFile>
#include <QTemporaryDir>

using namespace shelltest;

namespace {

/// Puts a window into a state far from the defaults.
void makeItUnusual(MainWindow& window) {
    window.models()->select(QStringLiteral("markov8-mnist"));
    counting::CountQuery die;
    die.variables = 1;
    die.states = 12;
    die.markovOrder = 0;
    die.hidden = 64;
    QVERIFY(countingPage(window)->showPreset(QStringLiteral("die"), die));
    SamplingController* sampler = samplingPage(window)->controller();
    sampler->setSeed(4242);
    sampler->setTemperature(0.7);
    sampler->seek(123);
    densityPage(window)->setDrawing(sampleDrawing());
    window.presentation()->setZoom(1.2);
    window.presentation()->setReducedMotion(true);
    window.showPage(QStringLiteral("density"));
}

void writeText(const QString& path, const QByteArray& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestShellSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void roundTripsInANewWindow() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.pixelchain"));
        session::Session saved;
        {
            auto window = openWindow();
            makeItUnusual(*window);
            saved = window->captureSession();
            QString error;
            QVERIFY2(window->saveSessionFile(path, &error), qPrintable(error));
        }
        QCOMPARE(saved.counting.states, std::uint64_t{12});
        auto other = openWindow();
        QString error;
        QVERIFY2(other->openSessionFile(path, &error), qPrintable(error));
        const session::Session opened = other->captureSession();
        QCOMPARE(opened.page, std::string("density"));
        QCOMPARE(opened.model, std::string("markov8-mnist"));
        QCOMPARE(opened.counting, saved.counting);
        QCOMPARE(opened.sampling.seed, std::uint64_t{4242});
        QCOMPARE(opened.sampling.step, 123);
        QCOMPARE(opened.sampling.temperature, 0.7);
        QVERIFY(opened.drawing == sampleDrawing());
        QCOMPARE(opened.settings.zoom, 1.2);
        QVERIFY(opened.settings.reducedMotion);
        QVERIFY(samplingPage(*other)->controller()->reducedMotion());
        QVERIFY(opened == saved);
    }

    void refusesADamagedFile_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{\"format\": \"pixelchain-se") << "session";
        QTest::newRow("empty") << QByteArray() << "session";
        QTest::newRow("a model file")
            << QByteArray("\x08\x00\x00\x00\x00\x00\x00\x00{}", 10) << "session";
        QTest::newRow("wrong format")
            << QByteArray("{\"format\": \"other\", \"version\": 1}") << "format";
        QTest::newRow("newer version")
            << QByteArray("{\"format\": \"pixelchain-session\", \"version\": 2}") << "version";
        QTest::newRow("unknown page")
            << QByteArray(
                   "{\"format\": \"pixelchain-session\", \"version\": 1, \"page\": \"games\"}")
            << "games";
        QTest::newRow("temperature nan")
            << QByteArray("{\"format\": \"pixelchain-session\", \"version\": 1, \"sampling\": "
                          "{\"temperature\": \"NaN\"}}")
            << "temperature";
        QTest::newRow("short drawing")
            << QByteArray(
                   "{\"format\": \"pixelchain-session\", \"version\": 1, \"drawing\": [\"#.\"]}")
            << "drawing";
    }

    void refusesADamagedFile() {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.pixelchain"));
        writeText(path, text);
        auto window = openWindow();
        makeItUnusual(*window);
        const session::Session before = window->captureSession();
        QString error;
        QVERIFY(!window->openSessionFile(path, &error));
        QVERIFY2(error.contains(path) && error.contains(reason), qPrintable(error));
        QVERIFY(window->captureSession() == before);
    }

    void aMissingFileIsRefused() {
        auto window = openWindow();
        QString error;
        QVERIFY(!window->openSessionFile(QStringLiteral("/nonexistent/lab.pixelchain"), &error));
        QVERIFY2(error.contains(QStringLiteral("lab.pixelchain")), qPrintable(error));
    }

    void aFailedSaveKeepsThePreviousFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.pixelchain"));
        auto window = openWindow();
        QString error;
        QVERIFY(window->saveSessionFile(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray first = file.readAll();
        file.close();

        // A folder where the file should be: the rename cannot replace it, nothing is lost.
        const QString blocked = dir.filePath(QStringLiteral("blocked.pixelchain"));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("blocked.pixelchain/inner")));
        QVERIFY(!window->saveSessionFile(blocked, &error));
        QVERIFY2(error.contains(blocked), qPrintable(error));
        QVERIFY(!window->saveSessionFile(dir.filePath(QStringLiteral("missing/lab.pixelchain")),
                                         &error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), first);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("lab.pixelchain")});
    }

    void settingsComeBackAtTheNextStart() {
        {
            auto window = openWindow();
            makeItUnusual(*window);
            window->saveSettings();
        }
        auto window = openWindow();
        QCOMPARE(currentModel(*window), QStringLiteral("nade-mnist"));
        window->restoreSettings();
        QCOMPARE(currentModel(*window), QStringLiteral("markov8-mnist"));
        QCOMPARE(window->currentPage(), QStringLiteral("density"));
        QVERIFY(densityPage(*window)->drawing() == sampleDrawing());
        QCOMPARE(window->presentation()->zoom(), 1.2);
    }
};

QTEST_MAIN(TestShellSession)
#include "tst_shell_session.moc"
