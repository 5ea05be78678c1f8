#include "core/models/rnade.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pixelchain {
namespace {

using Index = Eigen::Index;
constexpr Index kBlock = 32;          // images per matrix product in logDensities
constexpr int kEvaluationThreads = 2; // evaluate() of one image

class RnadeStepper : public MixtureStepper {
public:
    RnadeStepper(const RnadeWeights& w, Activation act)
        : w_(w)
        , act_(act)
        , a_(w.c) {}
    void reset() override {
        a_ = w_.c;
        j_ = 0;
    }
    GaussianMixture next() const override {
        const Eigen::VectorXf h = activate(a_, act_);
        const Eigen::VectorXf z = w_.outputs(j_) * h + w_.b.col(j_);
        const int K = w_.components();
        return GaussianMixture::fromOutputs(z.data(), z.data() + K, z.data() + 2 * K, K);
    }
    void push(double y) override {
        a_ += w_.W.col(j_) * static_cast<float>(y);
        ++j_;
    }
    int step() const override { return j_; }

private:
    const RnadeWeights& w_;
    Activation act_;
    Eigen::VectorXf a_;
    int j_ = 0;
};

/// Copies a [D, K, H] (row-major) file tensor into the blocks of V starting at row `first`.
void readOutputs(const std::vector<float>& values, int first, RnadeWeights& w) {
    const int H = w.hidden(), K = w.components();
    for (int j = 0; j < w.pixels(); ++j)
        for (int k = 0; k < K; ++k)
            for (int h = 0; h < H; ++h)
                w.outputs(j)(first + k, h) =
                    values[(std::size_t(j) * K + std::size_t(k)) * H + std::size_t(h)];
}

std::vector<float> writeOutputs(const RnadeWeights& w, int first) {
    const int H = w.hidden(), K = w.components();
    std::vector<float> values(std::size_t(w.pixels()) * K * H);
    for (int j = 0; j < w.pixels(); ++j)
        for (int k = 0; k < K; ++k)
            for (int h = 0; h < H; ++h)
                values[(std::size_t(j) * K + std::size_t(k)) * H + std::size_t(h)] =
                    w.outputs(j)(first + k, h);
    return values;
}

const NamedTensor& find(const ModelTensors& tensors, const std::string& name, std::size_t size) {
    for (const NamedTensor& t : tensors.tensors)
        if (t.name == name) {
            if (t.floats.size() != size)
                throw std::invalid_argument("tensor " + name + " has " +
                                            std::to_string(t.floats.size()) + " values, not " +
                                            std::to_string(size));
            return t;
        }
    throw std::invalid_argument("tensor " + name + " is missing");
}

} // namespace

RnadeWeights::RnadeWeights(int hidden, int components, int pixels)
    : W(Eigen::MatrixXf::Zero(hidden, pixels))
    , c(Eigen::VectorXf::Zero(hidden))
    , V(Eigen::MatrixXf::Zero(3 * components, Index(hidden) * pixels))
    , b(Eigen::MatrixXf::Zero(3 * components, pixels)) {}

std::uint64_t RnadeWeights::parameterCount() const {
    return std::uint64_t(W.size()) + std::uint64_t(c.size()) + std::uint64_t(V.size()) +
           std::uint64_t(b.size());
}

Eigen::MatrixXf activate(const Eigen::MatrixXf& a, Activation activation) {
    if (activation == Activation::Relu)
        return a.cwiseMax(0.0f);
    return a.unaryExpr([](float v) { return 1.0f / (1.0f + std::exp(-v)); });
}

Eigen::MatrixXf activationSlope(const Eigen::MatrixXf& a, Activation activation) {
    if (activation == Activation::Relu)
        return a.unaryExpr([](float v) { return v > 0 ? 1.0f : 0.0f; });
    return a.unaryExpr([](float v) {
        const float s = 1.0f / (1.0f + std::exp(-v));
        return s * (1 - s);
    });
}

double rnadeLogDensity(const RnadeWeights& w, Activation activation, const float* y) {
    const int K = w.components();
    Eigen::VectorXf a = w.c, z(3 * K);
    double total = 0;
    for (int j = 0; j < w.pixels(); ++j) {
        z.noalias() = w.outputs(j) * activate(a, activation) + w.b.col(j);
        total += mixtureLogDensity(z.data(), z.data() + K, z.data() + 2 * K, K, y[j]);
        a += w.W.col(j) * y[j];
    }
    return total;
}

Rnade::Rnade(RnadeWeights weights, Ordering ordering, Activation activation)
    : weights_(std::move(weights))
    , ordering_(std::move(ordering))
    , activation_(activation) {
    const int H = weights_.hidden(), K = int(weights_.b.rows() / 3);
    if (weights_.pixels() != kPixels || H < 1 || weights_.W.rows() != H || K < 1 ||
        K > kMaxComponents || weights_.b.rows() != 3 * K || weights_.b.cols() != kPixels ||
        weights_.V.rows() != 3 * K || weights_.V.cols() != Index(H) * kPixels)
        throw std::invalid_argument("RNADE weights do not have the shapes W[H,784], c[H], "
                                    "V[784,K,H] (three), b[784,K] (three), 1 ≤ K ≤ " +
                                    std::to_string(kMaxComponents));
}

std::string Rnade::describe() const {
    return "RNADE, " + std::to_string(hidden()) + " " +
           (activation_ == Activation::Relu ? "ReLU" : "sigmoid") + " hidden units, " +
           std::to_string(components()) + " Gaussians per pixel, " + ordering_.name() + " order";
}

ContinuousEvaluation Rnade::evaluate(const GreyImage& image) const {
    ContinuousEvaluation out;
    out.logDensities.resize(kPixels);
    out.expectedValue.resize(kPixels);
    const int K = components();
    const Index H = hidden(), rows = 3 * Index(K);
    // Every a_j first (784 × H adds), then the conditionals, which are independent of each other
    // given a_j: their output weights V_j are 30 MB in all, read once per drawing, so the time
    // goes to memory, and two threads read it about twice as fast as one.
    Eigen::MatrixXf a(H, kPixels);
    std::vector<double> y(kPixels), logP(kPixels);
    a.col(0) = weights_.c;
    for (int j = 0; j < kPixels; ++j) {
        y[std::size_t(j)] = image.dequantized(ordering_.pixel(j));
        if (j + 1 < kPixels)
            a.col(j + 1) = a.col(j) + weights_.W.col(j) * static_cast<float>(y[std::size_t(j)]);
    }
#pragma omp parallel num_threads(kEvaluationThreads)
    {
        Eigen::VectorXf h(H), z(rows);
#pragma omp for schedule(static)
        for (int j = 0; j < kPixels; ++j) {
            z = weights_.b.col(j);
            if (activation_ == Activation::Relu) {
                // A unit that ReLU zeroes adds nothing: only the columns of active units are read.
                const float* columns = weights_.outputs(j).data();
                for (Index i = 0; i < H; ++i)
                    if (const float ai = a(i, j); ai > 0)
                        z += ai * Eigen::Map<const Eigen::VectorXf>(columns + i * rows, rows);
            } else {
                h = activate(a.col(j), activation_);
                z.noalias() += weights_.outputs(j) * h;
            }
            const auto pixel = std::size_t(ordering_.pixel(j));
            logP[std::size_t(j)] =
                mixtureLogDensity(z.data(), z.data() + K, z.data() + 2 * K, K, y[std::size_t(j)]);
            out.logDensities[pixel] = static_cast<float>(logP[std::size_t(j)]);
            out.expectedValue[pixel] = static_cast<float>(mixtureMean(z.data(), z.data() + K, K));
        }
    }
    for (const double term : logP) // in order: the same sum with any number of threads
        out.logDensity += term;
    return out;
}

std::unique_ptr<MixtureStepper> Rnade::stepper() const {
    return std::make_unique<RnadeStepper>(weights_, activation_);
}

std::vector<double> Rnade::logDensities(GreyRows rows, int threads) const {
    std::vector<double> result(rows.count, 0.0);
    const Index blocks = (Index(rows.count) + kBlock - 1) / kBlock;
    const int K = components();
#pragma omp parallel for schedule(dynamic, 1) num_threads(std::max(threads, 1))
    for (Index block = 0; block < blocks; ++block) {
        const Index first = block * kBlock;
        const Index count = std::min<Index>(kBlock, Index(rows.count) - first);
        Eigen::MatrixXf y(count, kPixels); // row n: image first + n
        for (Index n = 0; n < count; ++n)
            y.row(n) =
                Eigen::Map<const Eigen::RowVectorXf>(rows.row(std::size_t(first + n)), kPixels);
        Eigen::MatrixXf a = weights_.c.replicate(1, count), z(3 * K, count);
        for (int j = 0; j < kPixels; ++j) {
            z.noalias() = weights_.outputs(j) * activate(a, activation_);
            z.colwise() += weights_.b.col(j);
            for (Index n = 0; n < count; ++n) {
                const float* col = z.col(n).data();
                result[std::size_t(first + n)] +=
                    mixtureLogDensity(col, col + K, col + 2 * K, K, y(n, j));
            }
            a.noalias() += weights_.W.col(j) * y.col(j).transpose();
        }
    }
    return result;
}

ModelTensors Rnade::tensors() const {
    const int H = hidden(), K = components();
    ModelTensors out;
    const auto D = std::int64_t{kPixels};
    out.tensors.push_back({"W", {H, D}, {}, {}});
    out.tensors.back().floats.resize(std::size_t(H) * kPixels);
    for (int h = 0; h < H; ++h) // row-major [H, D]
        for (int j = 0; j < kPixels; ++j)
            out.tensors.back().floats[std::size_t(h) * kPixels + std::size_t(j)] = weights_.W(h, j);
    out.tensors.push_back({"c", {H}, {weights_.c.data(), weights_.c.data() + H}, {}});
    out.tensors.push_back({"ordering", {D}, {}, {}});
    out.tensors.back().ints.assign(ordering_.pixels().begin(), ordering_.pixels().end());
    const char* names[] = {"a", "m", "s"};
    for (int part = 0; part < 3; ++part)
        out.tensors.push_back(
            {std::string("V") + names[part], {D, K, H}, writeOutputs(weights_, part * K), {}});
    for (int part = 0; part < 3; ++part) {
        NamedTensor bias{std::string("b") + names[part], {D, K}, {}, {}};
        for (int j = 0; j < kPixels; ++j)
            for (int k = 0; k < K; ++k)
                bias.floats.push_back(weights_.b(part * K + k, j));
        out.tensors.push_back(std::move(bias));
    }
    out.metadata = {{"components", std::to_string(K)},
                    {"activation", activationName(activation_)},
                    {"hidden", std::to_string(H)}};
    return out;
}

RnadeWeights rnadeWeightsOf(const ModelTensors& tensors, int H, int K) {
    if (H < 1 || K < 1 || K > kMaxComponents)
        throw std::invalid_argument("RNADE needs hidden ≥ 1 and 1 ≤ components ≤ " +
                                    std::to_string(kMaxComponents));
    RnadeWeights w(H, K, kPixels);
    const auto D = std::size_t{kPixels};
    const auto& W = find(tensors, "W", std::size_t(H) * D).floats;
    for (int h = 0; h < H; ++h)
        for (int j = 0; j < kPixels; ++j)
            w.W(h, j) = W[std::size_t(h) * D + std::size_t(j)];
    const auto& c = find(tensors, "c", std::size_t(H)).floats;
    std::copy(c.begin(), c.end(), w.c.data());
    const char* names[] = {"a", "m", "s"};
    for (int part = 0; part < 3; ++part) {
        readOutputs(find(tensors, std::string("V") + names[part], D * K * H).floats, part * K, w);
        const auto& bias = find(tensors, std::string("b") + names[part], D * K).floats;
        for (int j = 0; j < kPixels; ++j)
            for (int k = 0; k < K; ++k)
                w.b(part * K + k, j) = bias[std::size_t(j) * K + std::size_t(k)];
    }
    return w;
}

} // namespace pixelchain
