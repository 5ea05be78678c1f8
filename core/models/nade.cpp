#include "core/models/nade.h"

#include "core/kernels/nade_kernels.h"
#include "core/models/nade_batch.h"

#include <cmath>
#include <stdexcept>

namespace pixelchain {

const char* activationName(Activation a) {
    return a == Activation::Relu ? "relu" : "sigmoid";
}

Activation parseActivation(const std::string& name) {
    if (name == "relu")
        return Activation::Relu;
    if (name == "sigmoid")
        return Activation::Sigmoid;
    throw std::invalid_argument("unknown activation '" + name + "' (use sigmoid or relu)");
}

NadeWeights::NadeWeights(int hidden, int pixels)
    : W(Eigen::MatrixXf::Zero(hidden, pixels))
    , Vt(Eigen::MatrixXf::Zero(hidden, pixels))
    , b(Eigen::VectorXf::Zero(pixels))
    , c(Eigen::VectorXf::Zero(hidden)) {}

std::uint64_t NadeWeights::parameterCount() const {
    const auto size = [](const auto& t) { return static_cast<std::uint64_t>(t.size()); };
    return size(W) + size(Vt) + size(b) + size(c);
}

float nadeLogit(const NadeWeights& w, Activation act, int j, const float* a) {
    const auto& k = kernels::nadeKernels();
    const float* v = w.Vt.col(j).data();
    const float dot =
        act == Activation::Relu ? k.reluDot(v, a, w.hidden()) : k.sigmoidDot(v, a, w.hidden());
    return dot + w.b(j);
}

void addInputWeights(const NadeWeights& w, int j, float* a) {
    kernels::nadeKernels().add(a, w.W.col(j).data(), w.hidden());
}

Nade::Nade(NadeWeights weights, Ordering ordering, Activation activation)
    : weights_(std::move(weights))
    , ordering_(std::move(ordering))
    , activation_(activation) {
    if (weights_.pixels() != kPixels || weights_.hidden() < 1 || weights_.W.rows() != hidden() ||
        weights_.W.cols() != kPixels || weights_.Vt.rows() != hidden() ||
        weights_.Vt.cols() != kPixels)
        throw std::invalid_argument(
            "NADE weights do not have the shapes W[H,784], V[784,H], b[784], c[H]");
}

std::string Nade::describe() const {
    return "NADE, " + std::to_string(hidden()) + " " +
           (activation_ == Activation::Relu ? "ReLU" : "sigmoid") + " hidden units, " +
           ordering_.name() + " order";
}

Evaluation Nade::evaluate(const BinaryImage& image) const {
    Evaluation out;
    out.conditionals.resize(kPixels);
    out.surprise.resize(kPixels);
    Eigen::VectorXf a = weights_.c;
    for (int j = 0; j < kPixels; ++j) {
        const int pixel = ordering_.pixel(j);
        const double logit = nadeLogit(weights_, activation_, j, a.data());
        const bool on = image.at(pixel);
        const double logP = logSigmoid(on ? logit : -logit);
        out.logProb += logP;
        out.conditionals[static_cast<std::size_t>(pixel)] = static_cast<float>(sigmoid(logit));
        out.surprise[static_cast<std::size_t>(pixel)] = static_cast<float>(-logP);
        if (on)
            addInputWeights(weights_, j, a.data());
    }
    return out;
}

double Nade::logProb(const BinaryImage& image) const {
    double total = 0;
    Eigen::VectorXf a = weights_.c;
    for (int j = 0; j < kPixels; ++j) {
        const bool on = image.at(ordering_.pixel(j));
        const double logit = nadeLogit(weights_, activation_, j, a.data());
        total += logSigmoid(on ? logit : -logit);
        if (on)
            addInputWeights(weights_, j, a.data());
    }
    return total;
}

namespace {

/// Keeps a_j, the running pre-activation, so each step costs O(H).
class NadeStepper : public ConditionalStepper {
public:
    explicit NadeStepper(const Nade& model)
        : model_(model)
        , a_(model.weights().c) {}

    void reset() override {
        a_ = model_.weights().c;
        step_ = 0;
    }
    double nextLogit() const override {
        return nadeLogit(model_.weights(), model_.activation(), step_, a_.data());
    }
    void push(bool value) override {
        if (step_ >= kPixels)
            throw std::out_of_range("all 784 pixels are already decided");
        if (value)
            addInputWeights(model_.weights(), step_, a_.data());
        ++step_;
    }
    int step() const override { return step_; }

private:
    const Nade& model_;
    Eigen::VectorXf a_;
    int step_ = 0;
};

} // namespace

std::unique_ptr<ConditionalStepper> Nade::stepper() const {
    return std::make_unique<NadeStepper>(*this);
}

HiddenLayerView Nade::hiddenLayer() const {
    return {weights_.hidden(), activation_, weights_.W.data()};
}

std::vector<double> Nade::logProbs(ImageRows rows, int threads) const {
    return logLikelihoods(*this, rows, threads);
}

ModelTensors Nade::tensors() const {
    const NadeWeights& w = weights_;
    const std::int64_t H = w.hidden(), D = w.pixels();
    const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> W = w.W;
    const auto& pixels = ordering_.pixels();
    ModelTensors t;
    t.tensors.push_back({"W", {H, D}, {W.data(), W.data() + W.size()}, {}});
    t.tensors.push_back({"V", {D, H}, {w.Vt.data(), w.Vt.data() + w.Vt.size()}, {}});
    t.tensors.push_back({"b", {D}, {w.b.data(), w.b.data() + D}, {}});
    t.tensors.push_back({"c", {H}, {w.c.data(), w.c.data() + H}, {}});
    t.tensors.push_back({"ordering", {D}, {}, {pixels.begin(), pixels.end()}});
    t.metadata["activation"] = activationName(activation_);
    t.metadata["hidden"] = std::to_string(H);
    return t;
}

} // namespace pixelchain
