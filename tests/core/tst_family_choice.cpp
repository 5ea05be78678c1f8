// FamilyChoice, the one description of what to train that the CLI and the Training page share: each
// family starts from its initial weights (or its closed-form fit), the command it writes names the
// same model and settings for pixelchain-cli, and the "NADE in one minute" preset is what the
// lecture's demo needs.
#include "core/models/model.h"
#include "core/training/family_choice.h"
#include "core/training/presets.h"

#include <QTest>

using namespace pixelchain;
using namespace pixelchain::training;

namespace {

/// 50 training digits (vertical bars), the 10,000 held-out ones after them, and 10 test digits.
mnist::Mnist barDigits() {
    mnist::Mnist data;
    const auto fill = [](mnist::GreyImages& images, std::vector<std::uint8_t>& labels,
                         std::size_t count) {
        images.count = count;
        images.rows = images.cols = kSide;
        images.pixels.assign(count * kPixels, 0);
        labels.assign(count, 0);
        for (std::size_t n = 0; n < count; ++n) {
            labels[n] = std::uint8_t(n % 10);
            for (int row = 4; row < 24; ++row)
                images.pixels[n * kPixels + std::size_t(row * kSide + 4 + 2 * int(n % 10))] = 255;
        }
    };
    fill(data.train, data.trainLabels, 50 + mnist::kValidationCount);
    fill(data.test, data.testLabels, 10);
    data.validationFirst = 50;
    return data;
}

} // namespace

class TestFamilyChoice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsEveryFamily_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("family");
        QTest::newRow("independent")
            << int(FamilyKind::Independent) << int(ModelFamily::Independent);
        QTest::newRow("markov") << int(FamilyKind::Markov) << int(ModelFamily::Markov);
        QTest::newRow("fvsbn") << int(FamilyKind::Fvsbn) << int(ModelFamily::Fvsbn);
        QTest::newRow("nade") << int(FamilyKind::Nade) << int(ModelFamily::Nade);
        QTest::newRow("class-nade") << int(FamilyKind::ClassNade) << int(ModelFamily::ClassNade);
        QTest::newRow("rnade") << int(FamilyKind::Rnade) << int(ModelFamily::Rnade);
    }

    void startsEveryFamily() {
        QFETCH(int, kind);
        QFETCH(int, family);
        const mnist::Mnist data = barDigits();
        FamilyChoice choice;
        choice.kind = FamilyKind(kind);
        choice.hidden = 4;
        choice.components = 2;
        TrainSettings settings;
        settings.limit = 50;
        settings.threads = 1;
        std::unique_ptr<Model> model;
        if (trainsByGradient(choice.kind)) {
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fitTable(choice, data, settings));
            model = startingFamily(choice, data, settings)->snapshot();
        } else {
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, startingFamily(choice, data, settings));
            model = fitTable(choice, data, settings);
        }
        QCOMPARE(int(model->family()), family);
        QCOMPARE(model->continuous() != nullptr, modelsGrey(choice.kind));
        QCOMPARE(model->hiddenLayer().units, choice.kind == FamilyKind::Nade ||
                                                     choice.kind == FamilyKind::ClassNade ||
                                                     choice.kind == FamilyKind::Rnade
                                                 ? 4
                                                 : 0);
    }

    void writesTheCommandThatReproducesIt_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("command");
        QTest::newRow("nade, one minute")
            << int(FamilyKind::Nade) << 60.0
            << "pixelchain-cli train --model nade --hidden 500 --ordering raster --activation relu "
               "--batch 100 --lr 0.001 --schedule steps --final-lr 0.05 --seconds 60 --seed 1 "
               "--threads 2 --out m.safetensors";
        QTest::newRow("fvsbn, epochs")
            << int(FamilyKind::Fvsbn) << 0.0
            << "pixelchain-cli train --model fvsbn --epochs 3 --batch 100 --lr 0.001 --schedule "
               "steps --final-lr 0.05 --seed 1 --threads 2 --out m.safetensors";
        QTest::newRow("markov, closed form")
            << int(FamilyKind::Markov) << 0.0
            << "pixelchain-cli train --model markov:1 --alpha 1 --draws 5 --seed 1 --threads 2 "
               "--out m.safetensors";
        QTest::newRow("independent") << int(FamilyKind::Independent) << 0.0
                                     << "pixelchain-cli train --model independent --alpha 1 "
                                        "--threads 2 --out m.safetensors";
    }

    void writesTheCommandThatReproducesIt() {
        QFETCH(int, kind);
        QFETCH(double, seconds);
        QFETCH(QString, command);
        TrainingPreset preset = oneMinuteNade();
        preset.family.kind = FamilyKind(kind);
        preset.settings.seconds = seconds;
        preset.settings.batch = 100; // the rows do not depend on the preset's tuning
        preset.settings.lr = 0.001;
        if (seconds == 0)
            preset.settings.epochs = 3;
        QCOMPARE(
            QString::fromStdString(trainCommand(preset.family, preset.settings, "m.safetensors")),
            command);
    }

    void namesTheDigitsWhenNotAll() {
        TrainingPreset preset = oneMinuteNade();
        preset.settings.limit = 20000;
        const std::string command = trainCommand(preset.family, preset.settings, "m.safetensors");
        QVERIFY2(command.find(" --limit 20000 ") != std::string::npos, command.c_str());
    }

    // The preset is the timed schedule (presets.h) over one minute, for the lecture's NADE.
    void oneMinuteNadeIsTheLecturesDemo() {
        const TrainingPreset p = oneMinuteNade();
        const TrainSettings timed = timedSettings(kOneMinute);
        QCOMPARE(int(p.family.kind), int(FamilyKind::Nade));
        QCOMPARE(p.family.hidden, kOneMinuteHidden);
        QCOMPARE(p.family.ordering.name(), std::string("raster"));
        QCOMPARE(int(p.family.activation), int(Activation::Relu));
        QCOMPARE(p.settings.seconds, 60.0);
        QCOMPARE(p.settings.batch, timed.batch);
        QCOMPARE(p.settings.lr, timed.lr);
        QCOMPARE(p.settings.warmupSteps, timed.warmupSteps);
        QVERIFY(p.settings.stepSchedule && p.settings.cosineSchedule);
        // A short run's rate is larger than a 100-epoch run's (TrainSettings' default).
        QVERIFY(p.settings.lr > TrainSettings{}.lr);
    }
};

QTEST_APPLESS_MAIN(TestFamilyChoice)
#include "tst_family_choice.moc"
