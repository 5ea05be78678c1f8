#include "core/training/adam.h"

#include <cmath>

namespace pixelchain::training {
namespace {

template <typename P, typename G, typename M>
void adamStep(P&& param, const G& grad, M&& m, M&& v, float b1, float b2, float stepSize,
              float epsilon) {
    m = b1 * m + (1.0f - b1) * grad;
    v = b2 * v + (1.0f - b2) * grad.square();
    param -= stepSize * m / (v.sqrt() + epsilon);
}

} // namespace

Adam::Adam(int hidden, int pixels, AdamSettings settings)
    : settings_(settings)
    , m_(hidden, pixels)
    , v_(hidden, pixels) {}

void Adam::beginStep() { ++step_; }

void Adam::update(NadeWeights& w, const NadeWeights& g, double lr, int from, int to) {
    const auto b1 = static_cast<float>(settings_.beta1), b2 = static_cast<float>(settings_.beta2);
    const double t = static_cast<double>(step_);
    // Fold both bias corrections into the step size and ε, the usual efficient form.
    const double correction2 = std::sqrt(1.0 - std::pow(settings_.beta2, t));
    const auto stepSize = static_cast<float>(lr * correction2 / (1.0 - std::pow(settings_.beta1, t)));
    const auto eps = static_cast<float>(settings_.epsilon * correction2);
    const int count = to - from;
    auto cols = [&](Eigen::MatrixXf& x) { return x.middleCols(from, count).array(); };
    auto gcols = [&](const Eigen::MatrixXf& x) { return x.middleCols(from, count).array(); };
    {
        auto mW = cols(m_.W), vW = cols(v_.W);
        adamStep(cols(w.W), gcols(g.W), mW, vW, b1, b2, stepSize, eps);
        auto mV = cols(m_.Vt), vV = cols(v_.Vt);
        adamStep(cols(w.Vt), gcols(g.Vt), mV, vV, b1, b2, stepSize, eps);
    }
    if (from == 0) {
        auto mb = m_.b.array(), vb = v_.b.array();
        adamStep(w.b.array(), g.b.array(), mb, vb, b1, b2, stepSize, eps);
        auto mc = m_.c.array(), vc = v_.c.array();
        adamStep(w.c.array(), g.c.array(), mc, vc, b1, b2, stepSize, eps);
    }
}

} // namespace pixelchain::training
