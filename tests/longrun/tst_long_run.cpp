// A long session in one process, the way the pages work: more than 100,000 sampling steps through
// the Sampling page's controller (new samples played at "instant", steps back and forward, seeks
// with the scrubber) and more than 10,000 Density page updates from strokes on the canvas, with a
// Density page and a Sampling page sharing one model library as in the app. Resident memory
// (VmRSS) is read after a warm-up and at the end; it may not grow by more than kGrowthBound.
// The figures are printed so they can be quoted.
#include "../ui/tst_density_driver.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/pages/sampling/continuations_view.h"
#include "ui/pages/sampling/sampling_page.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QSlider>
#include <QTextStream>

using namespace pixelchain;
using namespace pixelchain::test;

namespace {

constexpr qint64 kSamplingSteps = 100000;
constexpr qint64 kDensityUpdates = 10000;
// Why 16 MiB: what may legitimately stay is bounded and small — the undo history keeps at most
// 500 images of 784 bytes (0.4 MB), the gallery, continuations and completions are replaced, not
// added to, and Qt's pixmap cache stops at 10 MiB. A leak would be far larger: one image per
// sampling step is 100,000 × 784 B ≈ 75 MiB, one Evaluation (2 × 784 floats) per density update
// is 10,000 × 6.3 KB ≈ 60 MiB. 16 MiB sits above the first and far below the second.
constexpr double kGrowthBoundMiB = 16;

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer keeps freed memory resident on purpose (its quarantine), so RSS says nothing
// about leaks there; LeakSanitizer checks them instead when the process exits.
constexpr bool kResidentMemoryMeaningful = false;
#else
constexpr bool kResidentMemoryMeaningful = true;
#endif

/// VmRSS of this process in MiB, from /proc/self/status; −1 when it cannot be read.
double residentMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    QTextStream in(&status);
    for (QString line = in.readLine(); !line.isNull(); line = in.readLine())
        if (line.startsWith(QLatin1String("VmRSS:")))
            return line.mid(6).trimmed().section(QLatin1Char(' '), 0, 0).toDouble() / 1024.0;
    return -1;
}

} // namespace

class TestLongRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void memoryStaysFlat();

private:
    void samplingRound();
    void densityRound();

    std::unique_ptr<DensityPageDriver> density_;
    std::unique_ptr<ui::SamplingPage> sampling_; // destroyed before the library it reads
    qint64 steps_ = 0;
    qint64 updates_ = 0;
};

// One digit played at "instant" (784 decisions), 16 steps back and 16 forward, then the scrubber
// to the start and to the end (784 decisions replayed).
void TestLongRun::samplingRound() {
    auto* page = sampling_.get();
    QTest::mouseClick(page->findChild<QAbstractButton*>(QStringLiteral("newSampleButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->controller()->isPlaying(), 10000);
    QCOMPARE(page->controller()->step(), kPixels);
    auto* back = page->findChild<QAbstractButton*>(QStringLiteral("stepBackButton"));
    auto* forward = page->findChild<QAbstractButton*>(QStringLiteral("stepForwardButton"));
    for (int i = 0; i < 16; ++i)
        QTest::mouseClick(back, Qt::LeftButton);
    for (int i = 0; i < 16; ++i)
        QTest::mouseClick(forward, Qt::LeftButton);
    auto* scrubber = page->findChild<QSlider*>(QStringLiteral("scrubber"));
    QTest::keyClick(scrubber, Qt::Key_Home);
    QTest::keyClick(scrubber, Qt::Key_End);
    QCoreApplication::processEvents();
}

// A serpentine stroke over every pixel with the left button (draw), then one with the right
// (erase): each move changes one pixel, so each is one full page update.
void TestLongRun::densityRound() {
    ui::DrawingCanvas* canvas = density_->canvas();
    density_->click("clearButton");
    for (const Qt::MouseButton button : {Qt::LeftButton, Qt::RightButton}) {
        QTest::mousePress(canvas, button, Qt::NoModifier,
                          DensityPageDriver::cellCentre(canvas, 0, 0));
        for (int i = 1; i < kPixels; ++i) {
            const int row = i / kSide, col = row % 2 ? kSide - 1 - i % kSide : i % kSide;
            DensityPageDriver::dragTo(canvas, DensityPageDriver::cellCentre(canvas, row, col),
                                      button);
            if (col == 0 || col == kSide - 1)
                QCoreApplication::processEvents(); // paint once a row, as a screen would
        }
        QTest::mouseRelease(canvas, button, Qt::NoModifier,
                            DensityPageDriver::cellCentre(canvas, kSide - 1, 0));
    }
    QCOMPARE(density_->page().drawing(), BinaryImage());
    density_->click("undoButton"); // back to the full canvas, and redo to the blank one
    density_->click("redoButton");
}

void TestLongRun::memoryStaysFlat() {
    density_ = std::make_unique<DensityPageDriver>();
    sampling_ = std::make_unique<ui::SamplingPage>(&density_->library(), nullptr);
    sampling_->resize(1600, 1000);
    sampling_->show();
    QVERIFY(QTest::qWaitForWindowExposed(sampling_.get()));
    auto* speed = sampling_->findChild<QComboBox*>(QStringLiteral("speedCombo"));
    speed->setFocus();
    QTest::keyClick(speed, Qt::Key_End); // instant
    QCOMPARE(sampling_->controller()->speed(), ui::SamplingSpeed::Instant);

    ui::SamplingController* controller = sampling_->controller();
    int last = controller->step();
    connect(controller, &ui::SamplingController::changed, this, [&] {
        steps_ += std::max(0, controller->step() - last);
        last = controller->step();
    });
    connect(&density_->page(), &ui::DensityPage::evaluated, this, [this] { ++updates_; });

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 4; ++i) // warm-up: caches, the thread pool, the first paints
        samplingRound();
    densityRound();
    const double warm = residentMiB();
    const qint64 warmSteps = steps_, warmUpdates = updates_;
    QVERIFY(warm > 0);

    // The trajectory tells a bounded cache (a step, then flat) from a leak (a steady climb).
    QStringList trajectory;
    int quarter = 1;
    while (steps_ < kSamplingSteps || updates_ < kDensityUpdates) {
        if (steps_ < kSamplingSteps)
            samplingRound();
        if (updates_ * kSamplingSteps < steps_ * kDensityUpdates || steps_ >= kSamplingSteps)
            densityRound();
        if (QTest::currentTestFailed())
            return;
        if (steps_ * 4 >= kSamplingSteps * quarter && quarter < 4) {
            trajectory.append(QString::number(residentMiB(), 'f', 1));
            ++quarter;
        }
    }
    auto* continuations = sampling_->findChild<ui::ContinuationsView*>();
    QTRY_VERIFY_WITH_TIMEOUT(continuations->upToDate(), 20000);
    QCoreApplication::processEvents();
    const double end = residentMiB();
    const double seconds = double(timer.elapsed()) / 1000.0;

    qInfo("long run: %lld sampling steps, %lld density updates in %.1f s", steps_, updates_,
          seconds);
    qInfo("VmRSS after warm-up (%lld steps, %lld updates): %.1f MiB; at the end: %.1f MiB; "
          "growth %.2f MiB (bound %.0f MiB)",
          warmSteps, warmUpdates, warm, end, end - warm, kGrowthBoundMiB);
    qInfo("VmRSS at 1/4, 1/2 and 3/4 of the sampling steps: %s MiB",
          qPrintable(trajectory.join(QStringLiteral(", "))));
    // The page still agrees with core after the whole run.
    QCOMPARE(density_->page().evaluation().logProb,
             density_->model().evaluate(density_->page().drawing()).logProb);
    if (!kResidentMemoryMeaningful) {
        qInfo("growth not checked under AddressSanitizer: its quarantine keeps freed memory");
    } else {
        QVERIFY2(end - warm <= kGrowthBoundMiB,
                 qPrintable(QStringLiteral("resident memory grew by %1 MiB").arg(end - warm)));
    }
    sampling_.reset();
    density_.reset();
}

QTEST_MAIN(TestLongRun)
#include "tst_long_run.moc"
