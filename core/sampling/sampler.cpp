#include "core/sampling/sampler.h"

#include "core/models/class_conditional.h"
#include "core/sampling/uniform.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace pixelchain {

Sampler::Sampler(std::shared_ptr<const DensityModel> model, std::uint64_t seed, double temperature)
    : model_(std::move(model))
    , seed_(seed)
    , temperature_(temperature) {
    if (!model_)
        throw std::invalid_argument("a sampler needs a model");
    if (!(temperature >= 0) || !std::isfinite(temperature))
        throw std::invalid_argument("temperature must be a finite number ≥ 0");
    stepper_ = model_->stepper();
    history_.reserve(kPixels);
}

void Sampler::setLabel(int label) {
    if (label == -1) {
        stepper_ = model_->stepper();
    } else {
        const ClassConditional* classes = model_->classConditional();
        if (!classes)
            throw std::invalid_argument("this model has no labels to sample a digit of: " +
                                        model_->describe());
        stepper_ = classes->stepperGiven(label);
    }
    label_ = label;
    seek(0);
}

void Sampler::setPrefix(const BinaryImage& image, int count) {
    prefix_ = image;
    prefixCount_ = std::clamp(count, 0, kPixels);
    seek(0);
}

const SampleStep& Sampler::next() {
    const int j = step();
    if (j >= kPixels)
        throw std::out_of_range("the sample is complete");
    SampleStep s;
    s.step = j;
    s.pixel = model_->ordering().pixel(j);
    const double logit = stepper_->nextLogit();
    s.probability = sigmoid(logit);
    s.uniform = uniformAt(seed_, kSamplingStream, static_cast<std::uint64_t>(j));
    if (j < prefixCount_) {
        s.given = true;
        s.value = prefix_.at(s.pixel);
        s.tempered = s.probability;
    } else if (temperature_ == 0) {
        s.value = logit > 0;
        s.tempered = s.value ? 1.0 : 0.0;
    } else {
        s.tempered = sigmoid(logit / temperature_);
        s.value = s.uniform < s.tempered;
    }
    s.logProb = logSigmoid(s.value ? logit : -logit);
    stepper_->push(s.value);
    image_.set(s.pixel, s.value);
    logProb_ += s.logProb;
    history_.push_back(s);
    return history_.back();
}

void Sampler::back() {
    seek(step() - 1);
}

void Sampler::seek(int k) {
    k = std::clamp(k, 0, kPixels);
    if (k < step()) {
        // Replaying from the start keeps every running sum bit-identical to a forward walk.
        stepper_->reset();
        image_ = BinaryImage();
        history_.clear();
        logProb_ = 0;
    }
    while (step() < k)
        next();
}

void Sampler::finish() {
    seek(kPixels);
}

double Sampler::nextProbability() const {
    return done() ? std::numeric_limits<double>::quiet_NaN() : sigmoid(stepper_->nextLogit());
}

BinaryImage Sampler::draw(std::shared_ptr<const DensityModel> model, std::uint64_t seed,
                          double temperature, int label) {
    Sampler sampler(std::move(model), seed, temperature);
    if (label != -1)
        sampler.setLabel(label);
    sampler.finish();
    return sampler.image();
}

} // namespace pixelchain
