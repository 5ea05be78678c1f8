#pragma once
// Helpers for the greyscale mode of the Sampling page, on top of SamplingPageDriver: the grey
// view's widgets by name, and core's GreySampler run the same way, to compare with.
#include "core/sampling/grey_sampler.h"
#include "tst_sampling_driver.h"
#include "ui/adapters/grey_sampling_controller.h"
#include "ui/pages/sampling/grey_sampling_view.h"
#include "ui/pages/sampling/mixture_plot.h"

#include <QPushButton>
#include <cmath>

namespace pixelchain::test {

inline ui::GreySamplingController& greyController(SamplingPageDriver& d) {
    return *d.page().greyController();
}

/// Clicks the "Greyscale pixels" side of the mode switch.
inline void clickGreyMode(SamplingPageDriver& d) {
    QTest::mouseClick(d.find<QPushButton>("greyModeButton"), Qt::LeftButton);
}

inline std::shared_ptr<const ContinuousDensity> greyModel(SamplingPageDriver& d) {
    return greyController(d).model();
}

/// A fresh core GreySampler stepped `k` times: what the page must show after k draws.
inline GreySampler greyReference(SamplingPageDriver& d, std::uint64_t seed, double temperature,
                                 int k) {
    GreySampler sampler(greyModel(d), seed, temperature);
    sampler.seekTo(k);
    return sampler;
}

/// Step k (0-based) of the digit of `seed`, as core draws it.
inline GreyStep greyStepOf(SamplingPageDriver& d, std::uint64_t seed, double temperature, int k) {
    GreySampler sampler(greyModel(d), seed, temperature);
    sampler.seekTo(k);
    GreyStep s;
    sampler.step(&s);
    return s;
}

/// True when both maps hold the same numbers, NaN where the other has NaN.
inline bool sameMap(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::isnan(a[i]) != std::isnan(b[i]) || (!std::isnan(a[i]) && a[i] != b[i]))
            return false;
    return true;
}

} // namespace pixelchain::test
