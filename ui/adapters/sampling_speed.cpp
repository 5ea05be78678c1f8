#include "ui/adapters/sampling_speed.h"

#include "core/image/binary_image.h"

#include <algorithm>
#include <cmath>

namespace pixelchain::ui::SamplingClock {

double pixelRate(SamplingSpeed speed) {
    switch (speed) {
    case SamplingSpeed::OnePerSecond:
        return 1;
    case SamplingSpeed::FourPerSecond:
        return 4;
    case SamplingSpeed::SixteenPerSecond:
        return 16;
    case SamplingSpeed::SixtyPerSecond:
        return 60;
    case SamplingSpeed::TwoHundredFortyPerSecond:
        return 240;
    case SamplingSpeed::RowAtATime:
    case SamplingSpeed::Instant:
        break;
    }
    return 0;
}

int tickInterval(SamplingSpeed speed) {
    if (speed == SamplingSpeed::RowAtATime)
        return kRowTickMs;
    if (speed == SamplingSpeed::Instant)
        return 0;
    // Slow rates tick once per pixel; fast ones tick every frame and decide several pixels.
    return std::max(kFrameMs, static_cast<int>(std::lround(1000.0 / pixelRate(speed))));
}

SamplingSpeed effective(SamplingSpeed speed, bool reducedMotion) {
    const bool fast = speed == SamplingSpeed::SixteenPerSecond ||
                      speed == SamplingSpeed::SixtyPerSecond ||
                      speed == SamplingSpeed::TwoHundredFortyPerSecond;
    return reducedMotion && fast ? SamplingSpeed::RowAtATime : speed;
}

} // namespace pixelchain::ui::SamplingClock

namespace pixelchain::ui {

void PixelPacer::restart() {
    owed_ = 0;
    clock_.restart();
}

int PixelPacer::pixelsForTick(SamplingSpeed speed, int stepsDone) {
    switch (speed) {
    case SamplingSpeed::Instant:
        return kPixels;
    case SamplingSpeed::RowAtATime:
        return kSide - stepsDone % kSide; // up to the end of the current row
    default:
        break;
    }
    const double rate = SamplingClock::pixelRate(speed);
    if (rate * SamplingClock::kFrameMs <= 1000.0)
        return 1;
    owed_ += rate * static_cast<double>(clock_.restart()) / 1000.0;
    const int whole = static_cast<int>(owed_);
    owed_ -= whole;
    return whole;
}

} // namespace pixelchain::ui
