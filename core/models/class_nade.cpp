#include "core/models/class_nade.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pixelchain {
namespace {

/// The image as one row of 784 bytes in sampling order, as the batched pass reads it.
std::vector<std::uint8_t> rowOf(const BinaryImage& image, const Ordering& ordering) {
    std::vector<std::uint8_t> row(kPixels);
    for (int j = 0; j < kPixels; ++j)
        row[static_cast<std::size_t>(j)] = image.at(ordering.pixel(j)) ? 1 : 0;
    return row;
}

} // namespace

ClassNadeWeights::ClassNadeWeights(int hidden, int classes)
    : nade(hidden, kPixels)
    , U(Eigen::MatrixXf::Zero(hidden, classes))
    , A(Eigen::MatrixXf::Zero(kPixels, classes)) {}

ClassNade::ClassNade(ClassNadeWeights weights, std::vector<double> logPrior, Ordering ordering,
                     Activation activation)
    : weights_(std::move(weights))
    , logPrior_(std::move(logPrior))
    , ordering_(std::move(ordering))
    , activation_(activation) {
    const NadeWeights& w = weights_.nade;
    const int H = w.hidden(), C = weights_.classes();
    if (w.pixels() != kPixels || H < 1 || w.W.rows() != H || w.W.cols() != kPixels ||
        w.Vt.rows() != H || w.Vt.cols() != kPixels)
        throw std::invalid_argument(
            "class NADE weights do not have the shapes W[H,784], V[784,H], b[784], c[H]");
    if (C < 1 || weights_.U.rows() != H || weights_.A.rows() != kPixels || weights_.A.cols() != C ||
        static_cast<int>(logPrior_.size()) != C)
        throw std::invalid_argument("class NADE label weights do not have the shapes U[H,C], "
                                    "A[784,C], log_prior[C]");
    double total = 0;
    for (const double lp : logPrior_) {
        if (!(lp <= 0) || !std::isfinite(lp))
            throw std::invalid_argument("class NADE prior: every log p(y) must be finite and ≤ 0");
        total += std::exp(lp);
    }
    if (std::abs(total - 1) > 1e-4)
        throw std::invalid_argument("class NADE prior: p(y) does not sum to 1");
}

std::string ClassNade::describe() const {
    return "Class-conditional NADE, " + std::to_string(hidden()) + " " +
           (activation_ == Activation::Relu ? "ReLU" : "sigmoid") + " hidden units, " +
           std::to_string(classes()) + " labels, " + ordering_.name() + " order";
}

std::uint64_t ClassNade::parameterCount() const {
    const auto size = [](const auto& t) { return static_cast<std::uint64_t>(t.size()); };
    return weights_.nade.parameterCount() + size(weights_.U) + size(weights_.A) +
           static_cast<std::uint64_t>(classes() - 1);
}

float ClassNade::logit(int j, int label, const float* a) const {
    return classNadeLogit(weights_, activation_, j, label, a);
}

float classNadeLogit(const ClassNadeWeights& w, Activation act, int j, int label, const float* a) {
    return nadeLogit(w.nade, act, j, a) + w.A(j, label);
}

Evaluation ClassNade::evaluate(const BinaryImage& image) const {
    const std::vector<std::uint8_t> row = rowOf(image, ordering_);
    const auto C = static_cast<std::size_t>(classes());
    std::vector<double> given(C);
    std::vector<float> logits(C * kPixels);
    classNadeLogLikelihoods(weights_, activation_, {row.data(), 1}, 0, 1, given.data(),
                            logits.data());
    return mixtureFromLogits(logits, logPrior_, image, ordering_);
}

std::unique_ptr<ConditionalStepper> ClassNade::stepper() const {
    return std::make_unique<ClassMixtureStepper>(*this);
}

HiddenLayerView ClassNade::hiddenLayer() const {
    return {hidden(), activation_, weights_.nade.W.data()};
}

Evaluation ClassNade::evaluateGiven(const BinaryImage& image, int label) const {
    requireLabel(label);
    Evaluation out;
    out.conditionals.resize(kPixels);
    out.surprise.resize(kPixels);
    Eigen::VectorXf a = weights_.nade.c + weights_.U.col(label);
    for (int j = 0; j < kPixels; ++j) {
        const int pixel = ordering_.pixel(j);
        const double l = logit(j, label, a.data());
        const bool on = image.at(pixel);
        const double logP = logSigmoid(on ? l : -l);
        out.logProb += logP;
        out.conditionals[static_cast<std::size_t>(pixel)] = static_cast<float>(sigmoid(l));
        out.surprise[static_cast<std::size_t>(pixel)] = static_cast<float>(-logP);
        if (on)
            addInputWeights(weights_.nade, j, a.data());
    }
    return out;
}

namespace {

/// p(x | y) one pixel at a time: a NADE stepper whose biases carry the label.
class ClassNadeStepper : public ConditionalStepper {
public:
    ClassNadeStepper(const ClassNade& model, int label)
        : model_(model)
        , label_(label) {
        reset();
    }

    void reset() override {
        a_ = model_.weights().nade.c + model_.weights().U.col(label_);
        step_ = 0;
    }
    double nextLogit() const override { return model_.logit(step_, label_, a_.data()); }
    void push(bool value) override {
        if (step_ >= kPixels)
            throw std::out_of_range("all 784 pixels are already decided");
        if (value)
            addInputWeights(model_.weights().nade, step_, a_.data());
        ++step_;
    }
    int step() const override { return step_; }

private:
    const ClassNade& model_;
    int label_;
    Eigen::VectorXf a_;
    int step_ = 0;
};

constexpr std::size_t kImagesPerBlock = 3; // 3 images × 10 labels: A is H×30 floats

} // namespace

void classNadeLogLikelihoods(const ClassNadeWeights& w, Activation act, ImageRows rows,
                             std::size_t first, std::size_t count, double* out, float* logits) {
    const auto C = static_cast<std::size_t>(w.classes());
    Eigen::MatrixXf a(w.nade.hidden(), static_cast<Eigen::Index>(count * C));
    for (std::size_t k = 0; k < count; ++k)
        for (std::size_t y = 0; y < C; ++y)
            a.col(static_cast<Eigen::Index>(k * C + y)) =
                w.nade.c + w.U.col(static_cast<Eigen::Index>(y));
    std::fill(out, out + count * C, 0.0);
    for (int j = 0; j < kPixels; ++j) {
        for (std::size_t k = 0; k < count; ++k) {
            const bool on = rows.row(first + k)[j] != 0;
            for (std::size_t y = 0; y < C; ++y) {
                float* col = a.col(static_cast<Eigen::Index>(k * C + y)).data();
                const double l = classNadeLogit(w, act, j, static_cast<int>(y), col);
                if (logits)
                    logits[(k * kPixels + static_cast<std::size_t>(j)) * C + y] =
                        static_cast<float>(l);
                out[k * C + y] += logSigmoid(on ? l : -l);
                if (on)
                    addInputWeights(w.nade, j, col);
            }
        }
    }
}

std::unique_ptr<ConditionalStepper> ClassNade::stepperGiven(int label) const {
    requireLabel(label);
    return std::make_unique<ClassNadeStepper>(*this, label);
}

std::vector<double> ClassNade::logLikelihoodsGiven(const BinaryImage& image) const {
    const std::vector<std::uint8_t> row = rowOf(image, ordering_);
    std::vector<double> out(static_cast<std::size_t>(classes()));
    classNadeLogLikelihoods(weights_, activation_, {row.data(), 1}, 0, 1, out.data());
    return out;
}

std::vector<double> ClassNade::logLikelihoodsGiven(ImageRows rows, int threads) const {
    const auto C = static_cast<std::size_t>(classes());
    std::vector<double> result(rows.count * C);
    const auto blocks =
        static_cast<std::int64_t>((rows.count + kImagesPerBlock - 1) / kImagesPerBlock);
#pragma omp parallel for schedule(dynamic) num_threads(std::max(threads, 1))
    for (std::int64_t blk = 0; blk < blocks; ++blk) {
        const std::size_t first = static_cast<std::size_t>(blk) * kImagesPerBlock;
        const std::size_t count = std::min(kImagesPerBlock, rows.count - first);
        classNadeLogLikelihoods(weights_, activation_, rows, first, count,
                                result.data() + first * C);
    }
    return result;
}

std::vector<double> ClassNade::logProbs(ImageRows rows, int threads) const {
    const std::vector<double> given = logLikelihoodsGiven(rows, threads);
    const auto C = static_cast<std::size_t>(classes());
    std::vector<double> result(rows.count);
    for (std::size_t n = 0; n < rows.count; ++n)
        result[n] = bayesRule({given.begin() + static_cast<std::ptrdiff_t>(n * C),
                               given.begin() + static_cast<std::ptrdiff_t>((n + 1) * C)},
                              logPrior_)
                        .logEvidence;
    return result;
}

ModelTensors ClassNade::tensors() const {
    ModelTensors t = Nade(weights_.nade, ordering_, activation_).tensors();
    const std::int64_t H = hidden(), D = kPixels, C = classes();
    using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const RowMajor U = weights_.U, A = weights_.A;
    t.tensors.push_back({"U", {H, C}, {U.data(), U.data() + U.size()}, {}});
    t.tensors.push_back({"A", {D, C}, {A.data(), A.data() + A.size()}, {}});
    std::vector<float> prior(logPrior_.begin(), logPrior_.end());
    t.tensors.push_back({"log_prior", {C}, std::move(prior), {}});
    t.metadata["classes"] = std::to_string(C);
    return t;
}

} // namespace pixelchain
