#include "core/sampling/grey_sampler.h"

#include "core/sampling/uniform.h"

#include <cmath>
#include <stdexcept>

namespace pixelchain {

GreySampler::GreySampler(std::shared_ptr<const ContinuousDensity> model, std::uint64_t seed,
                         double temperature)
    : model_(std::move(model))
    , seed_(seed)
    , temperature_(temperature)
    , stepper_(model_->stepper())
    , expected_(kPixels, std::nanf("")) {
    if (!(temperature > 0 && temperature <= 10))
        throw std::invalid_argument("temperature must be in (0, 10]");
}

GaussianMixture GreySampler::nextMixture() const {
    return stepper_->next();
}

bool GreySampler::step(GreyStep* out) {
    if (done())
        return false;
    GreyStep s;
    s.step = steps_;
    s.pixel = model_->ordering().pixel(steps_);
    s.mixture = stepper_->next();
    const auto j = static_cast<std::uint64_t>(steps_);
    s.drawn = s.mixture.sample(uniformAt(seed_, j, 0), uniformAt(seed_, j, 1),
                               uniformAt(seed_, j, 2), temperature_);
    s.value = quantize(s.drawn);
    stepper_->push(s.drawn);
    image_.set(s.pixel, s.value);
    expected_[std::size_t(s.pixel)] = static_cast<float>(s.mixture.mean());
    ++steps_;
    if (out)
        *out = std::move(s);
    return true;
}

void GreySampler::seekTo(int target) {
    if (target < 0 || target > kPixels)
        throw std::out_of_range("seekTo: step outside 0..784");
    stepper_->reset();
    image_ = GreyImage();
    std::fill(expected_.begin(), expected_.end(), std::nanf(""));
    steps_ = 0;
    while (steps_ < target)
        step();
}

GreyImage drawGreyDigit(std::shared_ptr<const ContinuousDensity> model, std::uint64_t seed,
                        double temperature) {
    GreySampler sampler(std::move(model), seed, temperature);
    while (sampler.step()) {
    }
    return sampler.image();
}

} // namespace pixelchain
