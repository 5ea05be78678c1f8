#pragma once
// SampleStrip: digits sampled from each model side by side, one column per model and one row
// per seed, so the class sees what each factorization has learned: noise for independent
// pixels, streaks for a Markov chain, strokes for FVSBN and NADE. Core draws the samples
// (Sampler::draw); the strip only shows them.
#include "ui/adapters/model_library.h"

#include <QWidget>

class QGridLayout;

namespace pixelchain::ui {

class PixelGrid;

class SampleStrip : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSeeds = 3;

    explicit SampleStrip(QWidget* parent = nullptr);

    /// Samples every model of `entries` with a test NLL, seeds firstSeed() … firstSeed() + 2.
    void showModels(const QVector<ModelEntry>& entries);
    /// Draws again with the next three seeds.
    void nextSeeds();
    std::uint64_t firstSeed() const { return firstSeed_; }
    /// The grids of one model column (for tests), empty for an unknown id.
    QList<PixelGrid*> grids(const QString& id) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void rebuild();

    QGridLayout* grid_ = nullptr;
    QVector<ModelEntry> entries_;
    std::uint64_t firstSeed_ = 1;
};

} // namespace pixelchain::ui
