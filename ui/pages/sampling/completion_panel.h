#pragma once
// CompletionPanel: "finish this digit". The student draws (or takes the current sample, or a real
// test digit when the gallery ships), chooses how many pixels k to give — the first k in the
// model's sampling order — and sees several completions side by side, drawn in the background.
// Completion j uses seed S + j, so the first one is exactly what the big canvas draws when the
// student asks to watch it finish there. Given a label y, the rest is drawn from p(x | y).
#include "core/image/binary_image.h"

#include <QWidget>
#include <cstdint>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace pixelchain {
class DensityModel;
}

namespace pixelchain::ui {

class DrawPad;
class SampleBatchTask;
class ThumbnailGrid;
struct SampleBatch;

class CompletionPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCompletions = 8;

    explicit CompletionPanel(QWidget* parent = nullptr);

    /// The model, seed, temperature and label (−1: none) completions use (recomputes them).
    void setSampling(std::shared_ptr<const DensityModel> model, std::uint64_t seed,
                     double temperature, int label = -1);
    /// The image "Use the current sample" copies.
    void setCurrentSample(const BinaryImage& image) { currentSample_ = image; }

    int givenCount() const;
    const BinaryImage& drawing() const;
    /// Prefix length of the completions on screen (−1 before the first result).
    int shownPrefix() const { return shownPrefix_; }
    /// True when the thumbnails on screen answer the newest prefix and nothing is pending.
    bool upToDate() const;
    ThumbnailGrid* completions() const { return completions_; }

Q_SIGNALS:
    /// Finish the first `count` pixels of `image` on the big canvas.
    void watchRequested(const pixelchain::BinaryImage& image, int count);
    /// New completions are on screen.
    void updated();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    QWidget* buildSourceRow();
    void loadGalleryDigits();
    void chooseSource(int index);
    void refreshPad();
    void launch();
    void show(const SampleBatch& batch);

    DrawPad* pad_ = nullptr;
    QComboBox* source_ = nullptr;
    QLabel* galleryNote_ = nullptr; ///< why the gallery digits are missing, when they are
    QSpinBox* given_ = nullptr;
    QPushButton* clear_ = nullptr;
    QPushButton* watch_ = nullptr;
    QLabel* caption_ = nullptr;
    QLabel* waysLabel_ = nullptr;
    QLabel* startLabel_ = nullptr;
    QLabel* givenLabel_ = nullptr;
    std::vector<std::uint8_t> digitOf_; ///< the gallery digits' labels, when the build has them
    ThumbnailGrid* completions_ = nullptr;
    SampleBatchTask* task_ = nullptr;
    QTimer* gather_ = nullptr;
    std::vector<BinaryImage> galleryDigits_;
    BinaryImage currentSample_;
    std::shared_ptr<const DensityModel> model_;
    std::uint64_t seed_ = 0;
    double temperature_ = 1;
    int label_ = -1;
    std::uint64_t launched_ = 0;
    int launchedPrefix_ = 0;
    int shownPrefix_ = -1;
    std::uint64_t shownRequest_ = 0;
};

} // namespace pixelchain::ui
