// Switching the current model under a Sampling page that is busy: while the controller plays
// (its timer running), between single steps, back steps and seeks, right after "instant" starts,
// and from inside the controller's own changed() signal. A fixed-seed sequence of 120 actions
// does this with every model built into the app. After each quiet moment the sampler must use the
// current model and hold exactly the decisions a fresh core Sampler replays for the same seed and
// temperature; at the end the digit equals Sampler::draw, and the background views (the gallery
// and the continuations) show the current model's samples, not a stale model's. A last test
// pins down, without timing luck, the race in SampleBatchTask that once left an old model's
// samples in the gallery for good.
#include "core/sampling/sampler.h"
#include "tests/common/shipped_ids.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/pages/sampling/continuations_view.h"
#include "ui/pages/sampling/sample_batch_task.h"
#include "ui/pages/sampling/sample_gallery.h"
#include "ui/pages/sampling/sampling_page.h"
#include "ui/pages/sampling/thumbnail_grid.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QThread>
#include <memory>
#include <random>

using namespace pixelchain;

namespace {

constexpr int kActions = 120;
// How long the views computed off the UI thread may take to settle (generous: sanitizer builds
// on a busy machine are slow; a stale view never settles, whatever the wait).
constexpr int kSettleMs = 90000;

/// True when both hold the same decisions, bit for bit.
bool sameDecisions(const std::vector<SampleStep>& a, const std::vector<SampleStep>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.pixel == y.pixel && x.value == y.value && x.probability == y.probability &&
               x.tempered == y.tempered && x.uniform == y.uniform && x.logProb == y.logProb;
    });
}

} // namespace

class TestModelSwitchSampling : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void switchingWhileBusy_data();
    void switchingWhileBusy();
    void staleRequestIsNeverShown();

private:
    template <typename T> T* find(const char* name) {
        T* child = page_->findChild<T*>(QString::fromLatin1(name));
        if (!child)
            qFatal("no child named %s", name);
        return child;
    }
    bool click(const char* name);
    void type(const char* spinName, const QString& text);
    void chooseSpeed(int row);
    void selectAnotherModel(std::mt19937_64& random);
    void expectReplay(const char* after);

    ui::ModelLibrary library_;
    std::unique_ptr<ui::SamplingPage> page_;
    int switches_ = 0;
};

void TestModelSwitchSampling::initTestCase() {
    QLocale::setDefault(QLocale::c());
    QCOMPARE(library_.loadBuiltIn(), test::shippedCount());
}

bool TestModelSwitchSampling::click(const char* name) {
    auto* button = find<QAbstractButton>(name);
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

void TestModelSwitchSampling::type(const char* spinName, const QString& text) {
    auto* spin = find<QAbstractSpinBox>(spinName);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

void TestModelSwitchSampling::chooseSpeed(int row) {
    auto* combo = find<QComboBox>("speedCombo");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

void TestModelSwitchSampling::selectAnotherModel(std::mt19937_64& random) {
    const auto& entries = library_.entries();
    const QString from = library_.current()->id;
    QString to = from;
    while (to == from)
        to = entries[qsizetype(random() % std::uint64_t(entries.size()))].id;
    QVERIFY(library_.select(to));
    ++switches_;
}

// The sampler follows the current model and holds what a fresh core Sampler replays.
void TestModelSwitchSampling::expectReplay(const char* after) {
    ui::SamplingController* c = page_->controller();
    QVERIFY2(c->hasSample(), after);
    QVERIFY2(c->model() == library_.current()->model, after);
    QVERIFY2(&c->sampler().model() == library_.current()->model.get(), after);
    Sampler reference(library_.current()->model, c->seed(), c->temperature());
    reference.seek(c->step());
    QVERIFY2(sameDecisions(c->sampler().history(), reference.history()), after);
    QVERIFY2(c->sampler().image() == reference.image(), after);
}

void TestModelSwitchSampling::switchingWhileBusy_data() {
    QTest::addColumn<int>("speed"); // row of the speed box: 3 = 60/s … 6 = instant
    QTest::addColumn<int>("seed");
    QTest::addColumn<QString>("temperature");
    QTest::newRow("240 pixels/s, T 1") << 4 << 3 << "1.00";
    // Typed as ".70": a leading "0" completes to the box's special value "0 (greedy)".
    QTest::newRow("a row at a time, T 0.7") << 5 << 8 << ".70";
    QTest::newRow("60 pixels/s, greedy") << 3 << 5 << "0.00";
    QTest::newRow("instant, T 1.3") << 6 << 11 << "1.30";
}

void TestModelSwitchSampling::switchingWhileBusy() {
    QFETCH(int, speed);
    QFETCH(int, seed);
    QFETCH(QString, temperature);
    QVERIFY(library_.select(QStringLiteral("nade-mnist")));
    page_ = std::make_unique<ui::SamplingPage>(&library_, nullptr);
    page_->resize(1600, 1000);
    page_->show();
    QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
    ui::SamplingController* c = page_->controller();
    type("seedSpin", QString::number(seed));
    type("temperatureSpin", temperature);
    chooseSpeed(speed);
    QCOMPARE(c->seed(), std::uint64_t(seed));
    QCOMPARE(c->temperature(), temperature.toDouble());
    QSignalSpy changed(c, &ui::SamplingController::changed);
    std::mt19937_64 random{std::uint64_t(seed)};
    switches_ = 0;

    for (int n = 0; n < kActions; ++n) {
        const QByteArray label = "action " + QByteArray::number(n);
        switch (random() % 8) {
        case 0: // play and let the timer decide something
            if (!c->isPlaying() && click("playButton") && c->step() < kPixels)
                QVERIFY2(changed.wait(5000), label);
            break;
        case 1: // switch now, playing or not
            selectAnotherModel(random);
            break;
        case 2:
            click("stepForwardButton");
            break;
        case 3:
            click("stepBackButton");
            break;
        case 4: { // seek with the scrubber's keys
            auto* scrubber = find<QSlider>("scrubber");
            const Qt::Key keys[] = {Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_End, Qt::Key_Home};
            QTest::keyClick(scrubber, keys[random() % 4]);
            break;
        }
        case 5:
            click("finishButton");
            break;
        case 6: // instant: the tick is queued, the model changes before it runs
            chooseSpeed(6);
            if (!c->isPlaying())
                click("playButton");
            selectAnotherModel(random);
            QTRY_VERIFY2_WITH_TIMEOUT(!c->isPlaying(), label, 5000);
            QCOMPARE(c->step(), kPixels);
            chooseSpeed(speed);
            break;
        default: { // from inside the controller's own signal, during a step or a finish
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(c, &ui::SamplingController::changed, this, [&, connection] {
                disconnect(*connection);
                selectAnotherModel(random);
            });
            click(random() % 2 ? "finishButton" : "stepForwardButton");
            disconnect(*connection);
            break;
        }
        }
        if (!c->isPlaying())
            expectReplay(label);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d model switches in %d actions", switches_, kActions);
    QVERIFY(switches_ >= 30);

    // The end: a finished digit equals Sampler::draw of the current model, seed and temperature.
    if (!click("finishButton"))
        c->pause();
    QCOMPARE(c->step(), kPixels);
    QVERIFY(c->sampler().image() ==
            Sampler::draw(library_.current()->model, c->seed(), c->temperature()));
    expectReplay("the end");

    // The views computed off the UI thread settle on the current model: the gallery's samples are
    // its draws, and the continuations continue the current prefix in its ordering.
    const auto model = library_.current()->model;
    auto* gallery = find<ui::SampleGallery>("sampleGallery");
    std::vector<BinaryImage> expected; // drawn once: polling must not starve the worker threads
    for (int i = 0; i < 6; ++i)
        expected.push_back(Sampler::draw(model, c->seed() + std::uint64_t(i), c->temperature()));
    const auto galleryShowsExpected = [&] {
        if (gallery->firstSeed() != c->seed() ||
            gallery->thumbnails()->count() != ui::SampleGallery::kSamples)
            return false;
        for (int i = 0; i < 6; ++i)
            if (!(gallery->thumbnails()->imageAt(i) == expected[std::size_t(i)]))
                return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(galleryShowsExpected(), kSettleMs);
    auto* scrubber = find<QSlider>("scrubber");
    QTest::keyClick(scrubber, Qt::Key_Home);
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(scrubber, Qt::Key_PageUp);
    QCOMPARE(c->step(), 280);
    auto* continuations = find<ui::ContinuationsView>("continuationsView");
    QTRY_VERIFY_WITH_TIMEOUT(continuations->upToDate(), kSettleMs);
    QCOMPARE(continuations->shownPrefix(), 280);
    const Ordering& ordering = model->ordering();
    for (int k = 0; k < continuations->thumbnails()->count(); ++k)
        for (int j = 0; j < 280; ++j)
            QCOMPARE(continuations->thumbnails()->imageAt(k).at(ordering.pixel(j)),
                     c->sampler().image().at(ordering.pixel(j)));
    page_.reset();
}

// The race behind a gallery stuck on an old model: batch A finishes while request B waits, and
// before A's "finished" reaches the UI thread the newest request C starts at once. B is older
// than C: it must never be run and shown under C's number.
void TestModelSwitchSampling::staleRequestIsNeverShown() {
    const auto request = [this](const char* id, int seeds, std::uint64_t first) {
        ui::SampleBatchRequest r;
        for (const ui::ModelEntry& entry : library_.entries())
            if (entry.id == QLatin1String(id))
                r.model = entry.model;
        for (int i = 0; i < seeds; ++i)
            r.seeds.push_back(first + std::uint64_t(i));
        return r;
    };
    ui::SampleBatchTask task;
    task.request(request("nade-mnist", 300, 1));    // A: long enough to be running when B comes
    task.request(request("markov1-mnist", 4, 100)); // B: waits for A
    QVERIFY(task.busy());
    while (task.busy()) // A ends; no event is processed, so its "finished" is still to come
        QThread::yieldCurrentThread();
    const ui::SampleBatchRequest newest = request("independent-mnist", 4, 200);
    const std::uint64_t number = task.request(newest); // C
    QTRY_VERIFY_WITH_TIMEOUT(!task.busy() && task.latest() && task.latest()->request == number,
                             kSettleMs);
    QVERIFY2(task.latest()->images == ui::SampleBatchTask::draw(newest).images,
             "an older request was shown as the newest");
}

QTEST_MAIN(TestModelSwitchSampling)
#include "tst_model_switch_sampling.moc"
