// The Training page's run controls, driven by real clicks: Start trains off the GUI thread and the
// curve grows; Pause holds the run (no report arrives while paused) and Resume continues it; Cancel
// stops within a minibatch and keeps nothing, Stop and keep saves the best weights so far. Each
// row is a family the Trainer trains.
#include "training_page_driver.h"
#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/user_models.h"
#include "ui/pages/training/live_panel.h"
#include "ui/pages/training/training_chart.h"

#include <QDir>
#include <QLineSeries>
#include <QSignalSpy>
#include <algorithm>
#include <cmath>

using namespace trainingtest;

class TestTrainingControls : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { folder_ = isolateUserFolders(); }

    void init() {
        QDir(userModelsFolder()).removeRecursively();
        models_ = std::make_unique<ModelLibrary>();
        greyModels_ = std::make_unique<GreyModelLibrary>();
        page_ = std::make_unique<TrainingPage>(models_.get(), greyModels_.get());
        page_->resize(1280, 720);
        page_->show();
        QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
        page_->setTrainingData(tinyTrainingData());
        QVERIFY(page_->dataReady());
    }

    void cleanup() {
        page_.reset();
        models_.reset();
        greyModels_.reset();
    }

    void startPauseResumeThenEnd_data() {
        QTest::addColumn<int>("family");
        QTest::addColumn<bool>("keep");
        QTest::newRow("NADE, cancelled") << int(NadeRow) << false;
        QTest::newRow("NADE, stopped and kept") << int(NadeRow) << true;
        QTest::newRow("FVSBN, cancelled") << int(FvsbnRow) << false;
        QTest::newRow("class-conditional NADE, stopped and kept") << int(ClassNadeRow) << true;
    }

    void startPauseResumeThenEnd() {
        QFETCH(int, family);
        QFETCH(bool, keep);
        TrainingPage* page = page_.get();
        chooseTinyRun(page, family, 1000);
        QSignalSpy progress(page->job(), &TrainingJob::progressed);
        QSignalSpy finished(page->job(), &TrainingJob::finished);

        click(page, "trainingStart");
        QVERIFY(page->running());
        QVERIFY(!child<QPushButton>(page, "trainingStart")->isEnabled());
        QVERIFY(!page->form()->isEnabled()); // the settings of a running run cannot change
        QVERIFY(progress.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(page->live()->chart()->pointCount() >= 2, 10000);

        // Pause: what is in flight (the minibatch, the epoch's validation) still reports, then
        // nothing until Resume; unpaused, this run reports many times a second.
        click(page, "trainingPause");
        QVERIFY(page->job()->paused());
        QCOMPARE(child<QPushButton>(page, "trainingPause")->text(), QStringLiteral("&Resume"));
        const auto latestSeen = [&progress] {
            return progress.isEmpty()
                       ? std::size_t(0)
                       : progress.last().at(0).value<TrainingPoint>().report.imagesSeen;
        };
        std::size_t seenWhilePaused = latestSeen();
        for (int waits = 0; progress.wait(1000); ++waits) {
            seenWhilePaused = std::max(seenWhilePaused, latestSeen());
            progress.clear();
            QVERIFY2(waits < 8, "a paused run kept reporting");
        }
        const int pointsWhilePaused = page->live()->chart()->pointCount();

        // Resume: the run trains on, past every image it had seen while paused. (An epoch's
        // validation still in flight reports no new image; a class-conditional NADE's scores
        // 10,000 held-out digits under all ten labels, which takes seconds on a busy machine.)
        click(page, "trainingPause");
        QVERIFY(!page->job()->paused());
        QTRY_VERIFY_WITH_TIMEOUT(latestSeen() > seenWhilePaused, 30000);
        QTRY_VERIFY(page->live()->chart()->pointCount() > pointsWhilePaused);

        click(page, keep ? "trainingStopKeep" : "trainingCancel");
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.takeFirst().at(0).value<TrainingOutcome>();
        QVERIFY(!page->running());
        QVERIFY(child<QPushButton>(page, "trainingStart")->isEnabled());
        const QStringList saved =
            QDir(userModelsFolder()).entryList({QStringLiteral("*.safetensors")}, QDir::Files);
        if (!keep) {
            QCOMPARE(int(outcome.end), int(TrainingOutcome::End::Cancelled));
            QVERIFY2(saved.isEmpty(), qPrintable(saved.join(u' ')));
            QVERIFY(page->status().contains(QStringLiteral("Cancelled")));
            return;
        }
        QCOMPARE(int(outcome.end), int(TrainingOutcome::End::Saved));
        QCOMPARE(saved, QStringList{outcome.id + QStringLiteral(".safetensors")});
        QVERIFY2(page->status().startsWith(QStringLiteral("Kept")), qPrintable(page->status()));
        bool listed = false;
        for (const ModelEntry& entry : models_->entries())
            listed = listed || (entry.id == outcome.id && entry.userModel);
        QVERIFY2(listed, qPrintable(outcome.id));
    }

    // Live views come from the weights being trained: 16 samples, a log p for the test digit and
    // the hidden units (H = 8 of them), before the run ends.
    void liveViewsFollowTheWeights() {
        TrainingPage* page = page_.get();
        chooseTinyRun(page, NadeRow, 1000);
        QSignalSpy views(page->job(), &TrainingJob::viewsReady);
        click(page, "trainingStart");
        QVERIFY(views.wait(10000));
        const auto first = views.takeFirst().at(0).value<LiveViews>();
        QCOMPARE(int(first.samples.size()), 16);
        QCOMPARE(first.samples.front().size(), QSize(28, 28));
        QVERIFY(std::isfinite(first.digitLogProb) && first.digitLogProb < 0);
        QCOMPARE(int(first.tiles.size()), 8);
        QTRY_VERIFY(page->live()->digitText().startsWith(QStringLiteral("log p(x) = ")));
        QSignalSpy finished(page->job(), &TrainingJob::finished);
        click(page, "trainingCancel");
        QVERIFY(finished.wait(60000));
    }

    // The curve's axis toggles between images seen and wall time without losing a point.
    void theCurveTogglesItsAxis() {
        TrainingPage* page = page_.get();
        chooseTinyRun(page, NadeRow, 3);
        QSignalSpy finished(page->job(), &TrainingJob::finished);
        click(page, "trainingStart");
        QVERIFY(finished.wait(60000));
        TrainingChart* chart = page->live()->chart();
        const int points = chart->pointCount();
        QVERIFY(points >= 3);
        const qreal lastImages = chart->trainSeries()->points().last().x();
        chooseRow(child<QComboBox>(page, "trainingAxis"), 1);
        QCOMPARE(chart->axis(), TrainingChart::Axis::Seconds);
        QCOMPARE(chart->pointCount(), points);
        QVERIFY(chart->trainSeries()->points().last().x() != lastImages);
    }

private:
    std::unique_ptr<QTemporaryDir> folder_;
    std::unique_ptr<ModelLibrary> models_;
    std::unique_ptr<GreyModelLibrary> greyModels_;
    std::unique_ptr<TrainingPage> page_;
};

QTEST_MAIN(TestTrainingControls)
#include "tst_training_controls.moc"
