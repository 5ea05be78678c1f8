#pragma once
// SamplingSpeed: how fast the Sampling page's clocks (SamplingController for binary pixels,
// GreySamplingController for greyscale ones) advance a sample, and the timer arithmetic they
// share: slow rates tick once per pixel, fast ones every frame and decide several pixels, "a row
// at a time" decides 28 pixels four times a second, and "instant" the whole digit in one tick.

#include <QElapsedTimer>

namespace pixelchain::ui {

/// How fast play() advances. Pixel rates are per second of wall-clock time.
enum class SamplingSpeed {
    OnePerSecond,
    FourPerSecond,
    SixteenPerSecond,
    SixtyPerSecond,
    TwoHundredFortyPerSecond,
    RowAtATime, ///< 28 pixels of the ordering per tick, four ticks a second
    Instant     ///< the whole digit in one tick
};

namespace SamplingClock {

/// One frame at 60 frames per second: the fastest a timer needs to run.
inline constexpr int kFrameMs = 16;
inline constexpr int kRowTickMs = 250;

/// Pixels per second for the steady speeds; 0 for the row and instant modes.
double pixelRate(SamplingSpeed speed);
/// The timer's interval in ms for `speed`.
int tickInterval(SamplingSpeed speed);
/// Reduced motion: no more than four redraws a second. The speeds faster than that become
/// RowAtATime (same pixels, fewer flashes); Instant stays instant.
SamplingSpeed effective(SamplingSpeed speed, bool reducedMotion);

} // namespace SamplingClock

/// How many pixels one tick of a playing clock decides: all 784 when instant, up to the end of
/// the current row a row at a time, one per tick for slow rates; fast rates follow the wall clock
/// since the last tick, so a late frame catches up instead of slowing down.
class PixelPacer {
public:
    /// Forgets the time and the fraction of a pixel owed (on play, seek or a new speed).
    void restart();
    /// For a sample with `stepsDone` pixels decided, played at `speed` (already effective).
    int pixelsForTick(SamplingSpeed speed, int stepsDone);

private:
    QElapsedTimer clock_;
    double owed_ = 0; ///< fraction of a pixel carried to the next tick
};

} // namespace pixelchain::ui
