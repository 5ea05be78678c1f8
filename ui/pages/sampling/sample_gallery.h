#pragma once
// SampleGallery: 64 whole samples drawn at once in the background, seeds S, S + 1, …, S + 63 —
// the same digits, in the same order, as the command-line tool's `sample --seed S`. Clicking one
// asks the page to make it the current sample (its seed), to watch it being drawn pixel by pixel.
// Given a label, all 64 are drawn from p(x | y = label), like the big canvas.
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace pixelchain {
class DensityModel;
}

namespace pixelchain::ui {

class SampleBatchTask;
class ThumbnailGrid;
struct SampleBatch;

class SampleGallery : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSamples = 64;

    explicit SampleGallery(QWidget* parent = nullptr);

    /// Redraws the 64 samples starting at `firstSeed`, from p(x | y = label) (−1: from p(x)).
    void generate(std::shared_ptr<const DensityModel> model, std::uint64_t firstSeed,
                  double temperature, int label = -1);
    /// Marks the thumbnail of `seed` when it is one of the 64.
    void markSeed(std::uint64_t seed);

    std::uint64_t firstSeed() const { return firstSeed_; }
    /// The first seed of the newest request: firstSeed() once its samples are on screen.
    std::uint64_t requestedSeed() const { return pendingSeed_; }
    /// The label of the samples on screen (−1: p(x)).
    int label() const { return label_; }
    ThumbnailGrid* thumbnails() const { return thumbnails_; }

Q_SIGNALS:
    /// The user clicked the sample drawn with `seed`.
    void seedChosen(std::uint64_t seed);
    /// The user asks for 64 samples starting at the current seed.
    void generateRequested();
    /// A new set of 64 is on screen.
    void updated();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void show(const SampleBatch& batch);

    ThumbnailGrid* thumbnails_ = nullptr;
    QLabel* caption_ = nullptr;
    bool drawn_ = false; ///< a batch is on screen
    QPushButton* regenerate_ = nullptr;
    SampleBatchTask* task_ = nullptr;
    std::uint64_t firstSeed_ = 0;
    std::uint64_t pendingSeed_ = 0;
    int label_ = -1;
    int pendingLabel_ = -1;
    std::uint64_t launched_ = 0;
    std::uint64_t marked_ = 0;
};

} // namespace pixelchain::ui
