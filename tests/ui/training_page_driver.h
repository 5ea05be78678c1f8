#pragma once
// Shared set-up of the Training page tests: a private data folder (the user's models go there),
// tiny synthetic digits that train in milliseconds, and the page's controls driven by real key and
// mouse events, as a teacher would.
#include "ui/adapters/training_data.h"
#include "ui/pages/training/training_form.h"
#include "ui/pages/training/training_job.h"
#include "ui/pages/training/training_page.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace trainingtest {

using namespace pixelchain;
using namespace pixelchain::ui;

/// Points the user's data and settings folders at a fresh temporary folder; call before any
/// QStandardPaths use. The folder lives as long as the returned object.
inline std::unique_ptr<QTemporaryDir> isolateUserFolders() {
    auto folder = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", (folder->path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (folder->path() + QStringLiteral("/config")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("PixelChainTests"));
    QCoreApplication::setApplicationName(QStringLiteral("training"));
    return folder;
}

/// Digits a tiny model learns at once: digit y is a vertical bar at column 4 + 2y, with a few
/// grey pixels, and three ink pixels scattered at random so that no two digits are alike (tied
/// test log-likelihoods would make percentiles that round out of order by an ulp);
/// `training` digits to train on, then the 10,000 held-out ones, and 100 test digits.
inline TrainingData tinyTrainingData(std::size_t training = 300) {
    auto data = std::make_shared<mnist::Mnist>();
    const auto fill = [](mnist::GreyImages& images, std::vector<std::uint8_t>& labels,
                         std::size_t count, std::uint32_t seed) {
        images.count = count;
        images.rows = images.cols = kSide;
        images.pixels.assign(count * kPixels, 0);
        labels.resize(count);
        std::uint32_t state = seed;
        for (std::size_t n = 0; n < count; ++n) {
            state = state * 1664525u + 1013904223u;
            const int y = int((state >> 24) % 10);
            labels[n] = std::uint8_t(y);
            for (int row = 4; row < 24; ++row)
                images.pixels[n * kPixels + std::size_t(row * kSide + 4 + 2 * y)] =
                    std::uint8_t(row % 5 == 0 ? 128 : 255);
            for (int dot = 0; dot < 3; ++dot) {
                state = state * 1664525u + 1013904223u;
                images.pixels[n * kPixels + (state >> 8) % kPixels] = 200;
            }
        }
    };
    fill(data->train, data->trainLabels, training + mnist::kValidationCount, 7);
    fill(data->test, data->testLabels, 100, 11);
    data->validationFirst = training;
    data->trainSha256 = "tiny-synthetic-digits";
    TrainingData result;
    result.mnist = data;
    return result;
}

template <typename T> T* child(QWidget* root, const char* name) {
    T* found = root->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

/// Types `value` into a spin box: select all, type, Enter.
inline void typeInto(QSpinBox* box, int value) {
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Enter);
}

/// Picks row `row` of a combo box with the keyboard: Home, then Down.
inline void chooseRow(QComboBox* box, int row) {
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(box, Qt::Key_Down);
}

/// Family rows of the form, in its order.
enum FamilyRow { IndependentRow, MarkovRow, FvsbnRow, NadeRow, ClassNadeRow, RnadeRow };

/// Sets the form by keyboard to a tiny run of `family`: H = 8, `digits` digits, no time budget,
/// `epochs` epochs, one thread.
inline void chooseTinyRun(TrainingPage* page, int family, int epochs, int digits = 300) {
    chooseRow(child<QComboBox>(page, "trainingFamily"), family);
    typeInto(child<QSpinBox>(page, "trainingHidden"), 8);
    typeInto(child<QSpinBox>(page, "trainingSeconds"), 0);
    typeInto(child<QSpinBox>(page, "trainingEpochs"), epochs);
    typeInto(child<QSpinBox>(page, "trainingThreads"), 1);
    typeInto(child<QSpinBox>(page, "trainingDigits"), digits);
}

inline void click(QWidget* page, const char* button) {
    QTest::mouseClick(child<QPushButton>(page, button), Qt::LeftButton);
}

} // namespace trainingtest
