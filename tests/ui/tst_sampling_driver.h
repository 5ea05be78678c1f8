#pragma once
// Drives a SamplingPage the way a student would — real mouse clicks and key presses on its
// widgets — with the model built into the app, and reads back what the page shows.
// Shared by the Sampling page's widget tests.
#include "core/sampling/sampler.h"
#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/sampling_controller.h"
#include "ui/pages/sampling/sampling_page.h"
#include "ui/pages/sampling/thumbnail_grid.h"
#include "ui/widgets/pixel_grid.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <memory>

namespace pixelchain::test {

class SamplingPageDriver {
public:
    SamplingPageDriver() {
        if (library_.loadBuiltIn() < 1 || !library_.current())
            qFatal("the built-in model did not load");
        // The page as the app builds it: the greyscale models loaded too.
        if (greyLibrary_.loadBuiltIn() < 1 || !greyLibrary_.current())
            qFatal("the built-in greyscale models did not load");
        page_ = std::make_unique<ui::SamplingPage>(&library_, &greyLibrary_);
        page_->resize(1600, 1000);
        page_->show();
    }

    ui::SamplingPage& page() { return *page_; }
    ui::SamplingController& controller() { return *page_->controller(); }
    const Sampler& sampler() { return controller().sampler(); }
    std::shared_ptr<const DensityModel> model() const { return library_.current()->model; }
    ui::GreyModelLibrary& greyLibrary() { return greyLibrary_; }

    template <typename T> T* find(const char* name) {
        T* child = page_->findChild<T*>(QString::fromLatin1(name));
        if (!child)
            qFatal("no child named %s", name);
        return child;
    }

    /// A left click in the middle of the named button; false when it is disabled.
    bool click(const char* buttonName) {
        auto* button = find<QAbstractButton>(buttonName);
        if (!button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

    void clickTimes(const char* buttonName, int times) {
        for (int i = 0; i < times; ++i)
            click(buttonName);
    }

    /// Selects the spin box's text, types `text` and presses Enter.
    void type(const char* spinName, const QString& text) {
        auto* spin = find<QAbstractSpinBox>(spinName);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
    }

    void setSeed(std::uint64_t seed) { type("seedSpin", QString::number(seed)); }
    void setTemperature(double t) { type("temperatureSpin", QString::number(t, 'f', 2)); }

    /// Picks a combo box row with the keyboard: Home goes to the first row, Down moves on.
    void chooseRow(const char* comboName, int row) {
        auto* combo = find<QComboBox>(comboName);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
    }

    /// Clicks the tab of the view `index` of the side column (0 what next, 1 gallery,
    /// 2 completion), wherever the page put it among its tabs.
    void openTab(int index) {
        static const char* const views[] = {"continuationsView", "sampleGallery",
                                            "completionPanel"};
        auto* tabs = find<QTabWidget>("samplingTabs");
        const int tab = tabs->indexOf(find<QWidget>(views[index]));
        if (tab < 0)
            qFatal("%s is not a tab", views[index]);
        QTabBar* bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    }

    /// Clicks thumbnail `index` of a grid.
    static void clickThumbnail(ui::ThumbnailGrid* grid, int index) {
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(index).center().toPoint());
    }

    /// A fresh core sampler stepped `k` times: what the page must show after k decisions.
    Sampler reference(std::uint64_t seed, double temperature, int k) const {
        Sampler sampler(model(), seed, temperature);
        sampler.seek(k);
        return sampler;
    }

private:
    ui::ModelLibrary library_;
    ui::GreyModelLibrary greyLibrary_;
    std::unique_ptr<ui::SamplingPage> page_;
};

/// True when both histories hold the same decisions, bit for bit.
inline bool sameHistory(const std::vector<SampleStep>& a, const std::vector<SampleStep>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const SampleStep &x = a[i], &y = b[i];
        if (x.step != y.step || x.pixel != y.pixel || x.probability != y.probability ||
            x.tempered != y.tempered || x.uniform != y.uniform || x.value != y.value ||
            x.given != y.given || x.logProb != y.logProb)
            return false;
    }
    return true;
}

/// True when `image` agrees with `prefix` on the first `count` pixels of `ordering`.
inline bool sharesPrefix(const BinaryImage& image, const BinaryImage& prefix,
                         const Ordering& ordering, int count) {
    for (int j = 0; j < count; ++j)
        if (image.at(ordering.pixel(j)) != prefix.at(ordering.pixel(j)))
            return false;
    return true;
}

/// The centre of a digit pixel on a grid, in widget coordinates.
inline QPoint centreOf(const ui::PixelGrid* grid, int row, int col) {
    const QRectF field = grid->fieldRect();
    const double cell = field.width() / kSide;
    return QPointF(field.left() + (col + 0.5) * cell, field.top() + (row + 0.5) * cell).toPoint();
}

/// Draws a "7" with the left mouse button: a bar across and a stroke down to the left.
inline void drawSeven(ui::PixelGrid* pad) {
    QTest::mousePress(pad, Qt::LeftButton, {}, centreOf(pad, 6, 8));
    for (int col = 9; col <= 20; ++col)
        QTest::mouseMove(pad, centreOf(pad, 6, col));
    for (int row = 7; row <= 23; ++row)
        QTest::mouseMove(pad, centreOf(pad, row, 20 - (row - 6) / 2));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, centreOf(pad, 23, 12));
}

} // namespace pixelchain::test
