#include "core/models/fvsbn.h"

#include <stdexcept>

namespace pixelchain {

FvsbnWeights::FvsbnWeights()
    : b(Eigen::VectorXf::Zero(kPixels))
    , W(Eigen::MatrixXf::Zero(kPixels, kPixels)) {}

std::uint64_t FvsbnWeights::parameterCount() {
    const std::uint64_t n = kPixels;
    return n + n * (n - 1) / 2;
}

bool FvsbnWeights::isStrictlyLower() const {
    for (Eigen::Index j = 0; j < W.cols(); ++j)
        for (Eigen::Index i = 0; i <= j && i < W.rows(); ++i)
            if (W(i, j) != 0.0f)
                return false;
    return true;
}

Fvsbn::Fvsbn(FvsbnWeights weights)
    : weights_(std::move(weights)) {
    if (weights_.b.size() != kPixels || weights_.W.rows() != kPixels ||
        weights_.W.cols() != kPixels)
        throw std::invalid_argument("FVSBN weights do not have the shapes b[784], W[784,784]");
    if (!weights_.isStrictlyLower())
        throw std::invalid_argument("FVSBN weights must be zero on and above the diagonal");
}

std::string Fvsbn::describe() const {
    return "FVSBN (logistic regression on all earlier pixels), raster order, 307720 parameters";
}

Evaluation Fvsbn::evaluate(const BinaryImage& image) const {
    Evaluation out;
    out.conditionals.resize(kPixels);
    out.surprise.resize(kPixels);
    Eigen::VectorXf a = weights_.b;
    for (int i = 0; i < kPixels; ++i) {
        const double logit = a(i);
        const bool on = image.at(i);
        const double logP = logSigmoid(on ? logit : -logit);
        out.logProb += logP;
        out.conditionals[static_cast<std::size_t>(i)] = static_cast<float>(sigmoid(logit));
        out.surprise[static_cast<std::size_t>(i)] = static_cast<float>(-logP);
        if (on) // only rows below i are non-zero in column i
            a.tail(kPixels - 1 - i) += weights_.W.col(i).tail(kPixels - 1 - i);
    }
    return out;
}

namespace {

/// Keeps the running pre-activations a, one column of W added per pixel that is on.
class FvsbnStepper : public ConditionalStepper {
public:
    explicit FvsbnStepper(const Fvsbn& model)
        : model_(model)
        , a_(model.weights().b) {}

    void reset() override {
        a_ = model_.weights().b;
        step_ = 0;
    }
    double nextLogit() const override { return a_(step_); }
    void push(bool value) override {
        if (step_ >= kPixels)
            throw std::out_of_range("all 784 pixels are already decided");
        if (value)
            a_ += model_.weights().W.col(step_);
        ++step_;
    }
    int step() const override { return step_; }

private:
    const Fvsbn& model_;
    Eigen::VectorXf a_;
    int step_ = 0;
};

} // namespace

std::unique_ptr<ConditionalStepper> Fvsbn::stepper() const {
    return std::make_unique<FvsbnStepper>(*this);
}

ModelTensors Fvsbn::tensors() const {
    const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> W = weights_.W;
    const Eigen::VectorXf& b = weights_.b;
    return {{{"b", {kPixels}, {b.data(), b.data() + b.size()}, {}},
             {"W", {kPixels, kPixels}, {W.data(), W.data() + W.size()}, {}}},
            {}};
}

} // namespace pixelchain
