// The sanitizer suite is only worth its green if the sanitizers are on and every finding fails
// the process. This runs a canary that commits each kind of error once, with the environment
// the suite runs with (scripts/test --sanitize, the asan test preset), and expects a failing
// exit and the sanitizer's report each time.
#include <QProcess>
#include <QTest>

class TestSanitizersArmed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyErrorFailsTheProcess_data();
    void everyErrorFailsTheProcess();
};

void TestSanitizersArmed::everyErrorFailsTheProcess_data() {
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("report");
    QTest::newRow("heap buffer overflow") << "heap-overflow"
                                          << "AddressSanitizer: heap-buffer-overflow";
    QTest::newRow("use after free") << "use-after-free"
                                    << "AddressSanitizer: heap-use-after-free";
    QTest::newRow("leak") << "leak"
                          << "LeakSanitizer: detected memory leaks";
    QTest::newRow("signed integer overflow") << "signed-overflow"
                                             << "runtime error: signed integer overflow";
}

void TestSanitizersArmed::everyErrorFailsTheProcess() {
    QFETCH(QString, error);
    QFETCH(QString, report);
    QProcess canary;
    canary.start(QStringLiteral(SANITIZER_CANARY), {error});
    QVERIFY2(canary.waitForFinished(60000), "the canary ran to its end");
    const QString stderrText = QString::fromLocal8Bit(canary.readAllStandardError());
    QVERIFY2(canary.exitStatus() != QProcess::NormalExit || canary.exitCode() != 0,
             qPrintable(QStringLiteral("the error went unnoticed:\n") + stderrText));
    QVERIFY2(stderrText.contains(report), qPrintable(stderrText));
}

QTEST_GUILESS_MAIN(TestSanitizersArmed)
#include "tst_sanitizers_armed.moc"
