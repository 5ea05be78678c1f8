#pragma once
// ContinuationsView answers "what could happen next?": from the current prefix x_<i it shows 16
// continuations sampled in the background — each one the same given prefix finished by the model
// with its own seed — and their average, the fraction of continuations in which each pixel is on.
//
// As the prefix grows the view follows it, at most a few times a second (requests are gathered for
// a short moment so a running animation never floods the worker), and results that no longer match
// the prefix on screen are discarded. The 16 seeds are fixed per sample seed, so the thumbnails
// change only where the new pixels force them to.
#include "core/image/binary_image.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTimer;

namespace pixelchain {
class DensityModel;
}

namespace pixelchain::ui {

class PixelGrid;
class SampleBatchTask;
class ThumbnailGrid;
struct SampleBatch;

class ContinuationsView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kContinuations = 16;

    explicit ContinuationsView(QWidget* parent = nullptr);

    /// The prefix to continue: the first `decided` pixels of `image` in the model's ordering,
    /// continued from p(x | y = label) (−1: from p(x)).
    void setPrefix(std::shared_ptr<const DensityModel> model, const BinaryImage& image, int decided,
                   std::uint64_t seed, double temperature, int label = -1);

    /// Prefix length of the thumbnails on screen (−1 before the first result).
    int shownPrefix() const { return shownPrefix_; }
    /// True when the thumbnails on screen answer the newest prefix and nothing is pending.
    bool upToDate() const;
    ThumbnailGrid* thumbnails() const { return thumbnails_; }

Q_SIGNALS:
    /// New continuations are on screen.
    void updated();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void launch();
    void show(const SampleBatch& batch);

    ThumbnailGrid* thumbnails_ = nullptr;
    PixelGrid* average_ = nullptr;
    QLabel* caption_ = nullptr;
    QLabel* averageCaption_ = nullptr;
    SampleBatchTask* task_ = nullptr;
    QTimer* gather_ = nullptr;
    std::shared_ptr<const DensityModel> model_;
    BinaryImage image_;
    int decided_ = 0;
    std::uint64_t seed_ = 0;
    double temperature_ = 1;
    int label_ = -1;
    std::uint64_t launched_ = 0; ///< request number of the newest launch
    int launchedPrefix_ = 0;
    int shownPrefix_ = -1;
    std::uint64_t shownRequest_ = 0;
};

} // namespace pixelchain::ui
