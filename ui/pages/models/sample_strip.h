#pragma once
// SampleStrip: digits sampled from each model side by side, one card per model (its name over
// one sample per seed), so the class sees what each factorization has learned: noise for
// independent pixels, streaks for a Markov chain, strokes for FVSBN and NADE. Core draws the
// samples (Sampler::draw); the strip only shows them. The cards flow in as many columns as the
// strip's size allows, and the samples take the largest size at which every card fits: a
// projector's small screen shows every model at once, smaller, instead of a strip that scrolls.
#include "ui/adapters/model_library.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace pixelchain::ui {

class PixelGrid;

class SampleStrip : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSeeds = 3;
    /// The side of a sample, in screen pixels: four per pixel when there is room, never less
    /// than two.
    static constexpr int kLargestSide = 112, kSmallestSide = 56;

    explicit SampleStrip(QWidget* parent = nullptr);

    /// Samples every model of `entries` with a test NLL, seeds firstSeed() … firstSeed() + 2.
    void showModels(const QVector<ModelEntry>& entries);
    /// Draws again with the next three seeds.
    void nextSeeds();
    std::uint64_t firstSeed() const { return firstSeed_; }
    /// The grids of one model column (for tests), empty for an unknown id.
    QList<PixelGrid*> grids(const QString& id) const;
    /// The side of every sample now, and how many cards stand side by side.
    int sampleSide() const { return side_; }
    int columns() const { return columns_; }

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void rebuild();
    /// Chooses the columns and the sample side for the strip's size and places the cards.
    void arrange();
    /// The height of the tallest card heading at this card width.
    int headingHeight(int cardWidth) const;

    QGridLayout* grid_ = nullptr;
    QVector<QWidget*> cards_;
    QVector<QLabel*> headings_;
    int side_ = kLargestSide;
    int columns_ = 0;
    QVector<ModelEntry> entries_;
    std::uint64_t firstSeed_ = 1;
};

} // namespace pixelchain::ui
