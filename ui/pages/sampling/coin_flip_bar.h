#pragma once
// CoinFlipBar: one Bernoulli decision drawn as a line from 0 to 1. The part [0, p) is the "on"
// zone (blue), the rest "off" (light grey); the uniform draw u is a marker (vermillion) on the
// same line. The pixel is on exactly when the marker falls inside the blue zone, u < p, so the
// coin flip can be seen, not only read. Without a draw (greedy, given pixel, not yet decided)
// only the zones are shown.
#include <QWidget>
#include <optional>

namespace pixelchain::ui {

class CoinFlipBar : public QWidget {
    Q_OBJECT
public:
    explicit CoinFlipBar(QWidget* parent = nullptr);

    /// `probability` of "on" in [0, 1]; `uniform` the draw, or none.
    void setDecision(double probability, std::optional<double> uniform);

    double probability() const { return probability_; }
    std::optional<double> uniform() const { return uniform_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRectF track() const;
    /// The height of the scale's digits (they have no descenders).
    double digitHeight() const;

    double probability_ = 0;
    std::optional<double> uniform_;
};

} // namespace pixelchain::ui
