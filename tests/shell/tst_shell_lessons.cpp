// The lesson panel walks the lecture in order, and every step lands on the view it names: the page,
// the model, the Counting preset and factorization, the sampling seed and step, the density
// drawing. Steps are reached the way a teacher does: the Next button, or PageDown from a clicker,
// which walk the beats of a step (the parts of its text the lesson shows one at a time when it has
// less room than the whole step needs) before they move to the next step.
#include "core/models/model_registry.h"
#include "core/models/nade.h"
#include "core/stats/percentiles.h"
#include "shell_driver.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/model_names.h"
#include "ui/pages/lessons/lesson_panel.h"
#include "ui/pages/models/models_page.h"
#include "ui/pages/training/training_form.h"

#include <QDockWidget>
#include <QPushButton>
#include <algorithm>
#include <set>
#include <utility>

using namespace shelltest;

namespace {

/// Presses Next (or PageDown) until the lesson leaves its step: through the step's beats first.
void nextStep(MainWindow& window, bool byKey) {
    LessonPanel* panel = window.lessons();
    auto* next = panel->findChild<QPushButton*>(QStringLiteral("lessonNext"));
    const int from = panel->current();
    for (int press = 0; press < panel->beatCount() && panel->current() == from; ++press) {
        QCOMPARE(panel->beat(), press);
        if (byKey)
            QTest::keyClick(&window, Qt::Key_PageDown);
        else
            QTest::mouseClick(next, Qt::LeftButton);
    }
    QCOMPARE(panel->current(), from + 1);
    QCOMPARE(panel->beat(), 0);
}

} // namespace

class TestShellLessons : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }

    void followsTheLecture() {
        const QStringList expected = {
            QStringLiteral("generative-model"), QStringLiteral("counting"),
            QStringLiteral("independence"),     QStringLiteral("chain-rule"),
            QStringLiteral("bayes-rule"),       QStringLiteral("markov"),
            QStringLiteral("orderings"),        QStringLiteral("nade"),
            QStringLiteral("learning"),         QStringLiteral("density")};
        QStringList ids;
        for (const LessonStep& step : LessonSteps::all()) {
            ids << step.id;
            QVERIFY2(!step.title.isEmpty() && step.text.size() > 100, qPrintable(step.id));
            QVERIFY2(MainWindow::pageNames().contains(step.view.page), qPrintable(step.id));
        }
        QCOMPARE(ids, expected);
    }

    // The lecture's three rules for taming the joint, in its order: the chain rule, Bayes' rule,
    // conditional independence. Bayes' rule opens the Density page with the class-conditional
    // NADE and a real test digit, for the student to read p(y | x), then draw a digit.
    void bayesRuleComesBetweenTheChainRuleAndConditionalIndependence() {
        const QVector<LessonStep> steps = LessonSteps::all();
        const auto at = [&](const QString& id) {
            for (int i = 0; i < steps.size(); ++i)
                if (steps[i].id == id)
                    return i;
            return -1;
        };
        const int bayes = at(QStringLiteral("bayes-rule"));
        QVERIFY(bayes >= 0);
        QCOMPARE(bayes, at(QStringLiteral("chain-rule")) + 1);
        QCOMPARE(at(QStringLiteral("markov")), bayes + 1);
        const LessonStep& step = steps[bayes];
        QCOMPARE(step.view.page, QStringLiteral("density"));
        const ShippedModel* shipped = ModelRegistry::find(step.view.model.toStdString());
        QVERIFY2(shipped, qPrintable(step.view.model));
        QCOMPARE(shipped->family, ModelFamily::ClassNade);
        QVERIFY(step.view.galleryDigit >= 0);
        for (const char* term : {"Bayes' rule", "p</i>(<i>y</i> | <b>x</b>)", "explicit"})
            QVERIFY2(step.text.contains(QString::fromUtf8(term)), term);

        // Reached with the Next button, the app shows the Density page with that model.
        auto window = openWindow();
        window->setLessonsOpen(true);
        window->lessons()->go(bayes - 1);
        nextStep(*window, false);
        QCOMPARE(window->lessons()->current(), bayes);
        QCOMPARE(window->currentPage(), QStringLiteral("density"));
        QCOMPARE(currentModel(*window), step.view.model);
        QVERIFY(window->models()->current()->model->classConditional());
        const int ink = densityPage(*window)->drawing().count();
        QVERIFY2(ink > 40 && ink < 400, qPrintable(QString::number(ink)));
    }

    // The models the lessons open come from the registry: each is shipped, and together they are
    // the three the lecture compares (independent pixels, a Markov chain, NADE) and the
    // class-conditional NADE of Bayes' rule.
    void opensShippedModels() {
        std::set<ModelFamily> families;
        for (const LessonStep& step : LessonSteps::all()) {
            if (step.view.model.isEmpty())
                continue;
            const ShippedModel* shipped = ModelRegistry::find(step.view.model.toStdString());
            QVERIFY2(shipped, qPrintable(step.id + " opens " + step.view.model));
            families.insert(shipped->family);
        }
        QCOMPARE(families, (std::set<ModelFamily>{ModelFamily::Independent, ModelFamily::Markov,
                                                  ModelFamily::Nade, ModelFamily::ClassNade}));
    }

    void landsOnItsView_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("byKey");
        const auto steps = LessonSteps::all();
        for (int i = 0; i < steps.size(); ++i) {
            QTest::addRow("%s by button", qPrintable(steps[i].id)) << i << false;
            QTest::addRow("%s by PageDown", qPrintable(steps[i].id)) << i << true;
        }
    }

    void landsOnItsView() {
        QFETCH(int, index);
        QFETCH(bool, byKey);
        auto window = openWindow();
        // Start elsewhere, so that every field the step sets must really change.
        window->showPage(QStringLiteral("models"));
        window->models()->select(QStringLiteral("fvsbn-mnist"));
        training::TrainingPreset elsewhere = training::oneMinuteNade();
        elsewhere.family.kind = training::FamilyKind::Markov;
        elsewhere.family.hidden = 8;
        window->trainingPage()->form()->setChoice(elsewhere);
        window->setLessonsOpen(true);
        LessonPanel* panel = window->lessons();
        QVERIFY(panel->isVisible());
        auto* next = panel->findChild<QPushButton*>(QStringLiteral("lessonNext"));
        QVERIFY(next);
        window->lessons()->go(0);
        for (int i = 0; i < index; ++i)
            nextStep(*window, byKey);
        QCOMPARE(panel->current(), index);
        const ViewRequest& view = panel->step(index).view;

        QCOMPARE(window->currentPage(), view.page);
        if (!view.model.isEmpty())
            QCOMPARE(currentModel(*window), view.model);
        if (!view.countingPreset.isEmpty()) {
            const CountingPage* counting = countingPage(*window);
            QCOMPARE(counting->presetName(), view.countingPreset);
            QCOMPARE(counting->query().variables, view.countingQuery.variables);
            QCOMPARE(counting->query().states, view.countingQuery.states);
            if (view.factorization)
                QCOMPARE(counting->chosen(), *view.factorization);
        }
        const SamplingController* sampler = samplingPage(*window)->controller();
        if (view.seed)
            QCOMPARE(sampler->seed(), *view.seed);
        if (view.samplingStep)
            QCOMPARE(sampler->step(), *view.samplingStep);
        if (view.seed || view.model.size())
            QCOMPARE(sampler->model().get(), window->models()->current()->model.get());
        if (!view.modelsSection.isEmpty()) {
            QCOMPARE(window->modelsPage()->currentSection(), view.modelsSection);
        }
        if (!view.trainingPreset.isEmpty()) {
            // The Training page is set to the preset core defines.
            const training::TrainingPreset shown = window->trainingPage()->form()->choice();
            const training::TrainingPreset preset = training::oneMinuteNade();
            QCOMPARE(int(shown.family.kind), int(preset.family.kind));
            QCOMPARE(shown.family.hidden, preset.family.hidden);
            QCOMPARE(shown.settings.seconds, preset.settings.seconds);
            QCOMPARE(shown.settings.lr, preset.settings.lr);
            QCOMPARE(shown.settings.batch, preset.settings.batch);
        }
        if (view.galleryDigit >= 0) {
            // The gallery digit is a real digit: ink, but far from a full canvas.
            const int ink = densityPage(*window)->drawing().count();
            QVERIFY2(ink > 40 && ink < 400, qPrintable(QString::number(ink)));
        }
    }

    // PageUp walks back beat by beat: into the last beat of the step before, then to the first
    // beat of the first step, where it stops.
    void pageUpWalksBackAndStopsAtTheStart() {
        auto window = openWindow();
        window->setLessonsOpen(true);
        LessonPanel* panel = window->lessons();
        panel->go(2);
        QTest::keyClick(window.get(), Qt::Key_PageUp);
        QCOMPARE(panel->current(), 1);
        QCOMPARE(panel->beat(), panel->beatCount() - 1);
        // Each press goes one beat back, to the first beat of the first step.
        for (int press = 0; press < 100 && (panel->current() > 0 || panel->beat() > 0); ++press) {
            const std::pair before{panel->current(), panel->beat()};
            QTest::keyClick(window.get(), Qt::Key_PageUp);
            QVERIFY(std::pair(panel->current(), panel->beat()) < before);
        }
        // There it stops.
        QTest::keyClick(window.get(), Qt::Key_PageUp);
        QTest::keyClick(window.get(), Qt::Key_PageUp);
        QCOMPARE(panel->current(), 0);
        QCOMPARE(panel->beat(), 0);
        QCOMPARE(window->currentPage(), panel->step(0).view.page);
    }

    // The NADE step names the paper's σ and the activation the shipped NADE really has, read from
    // the loaded model; the density step says per model whether the blank image beats every test
    // digit, as core's numbers have it, and claims it for no model outright.
    void lessonsStateWhatTheShippedModelsDo_data() {
        QTest::addColumn<QString>("step");
        QTest::newRow("nade") << "nade";
        QTest::newRow("density") << "density";
    }

    void lessonsStateWhatTheShippedModelsDo() {
        QFETCH(QString, step);
        auto window = openWindow();
        window->setLessonsOpen(true);
        const QVector<LessonStep> steps = LessonSteps::all(window->models());
        const auto it = std::find_if(steps.begin(), steps.end(),
                                     [&](const LessonStep& s) { return s.id == step; });
        QVERIFY(it != steps.end());
        const QString text = it->text;
        if (step == QLatin1String("nade")) {
            const ModelEntry* shipped = nullptr;
            for (const ModelEntry& e : window->models()->entries())
                if (e.id == QLatin1String("nade-mnist"))
                    shipped = &e;
            QVERIFY(shipped);
            const HiddenLayerView nade = shipped->model->hiddenLayer();
            QVERIFY(!nade.empty());
            const QString act =
                nade.activation == Activation::Relu ? QStringLiteral("ReLU") : QStringLiteral("σ");
            QVERIFY2(text.contains(QStringLiteral("uses the sigmoid σ")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("The NADE shown here uses %1").arg(act)),
                     qPrintable(text));
            return;
        }
        QVERIFY2(!text.contains(QStringLiteral("higher than any digit")), qPrintable(text));
        int lines = 0;
        for (const ModelEntry& e : window->models()->entries()) {
            if (e.testQuantiles.size() != stats::kPercentileCount)
                continue;
            const bool above = e.model->evaluate(BinaryImage()).logProb > e.testQuantiles.back();
            const QString line = QStringLiteral("%1: %2 than every test digit")
                                     .arg(ModelNames::shortName(*e.model),
                                          above ? QStringLiteral("more probable")
                                                : QStringLiteral("not more probable"));
            QVERIFY2(text.contains(line), qPrintable(line));
            ++lines;
        }
        QVERIFY(lines > 0);
    }

    void withoutALessonPageDownMovesBetweenPages() {
        auto window = openWindow();
        window->setLessonsOpen(false);
        window->showPage(QStringLiteral("counting"));
        QTest::keyClick(window.get(), Qt::Key_PageDown);
        QCOMPARE(window->currentPage(), QStringLiteral("sampling"));
        QTest::keyClick(window.get(), Qt::Key_PageUp);
        QTest::keyClick(window.get(), Qt::Key_PageUp);
        QCOMPARE(window->currentPage(), QStringLiteral("training"));
    }
};

QTEST_MAIN(TestShellLessons)
#include "tst_shell_lessons.moc"
