#include "core/training/class_nade_family.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace pixelchain::training {
namespace {

std::span<float> flat(Eigen::MatrixXf& m) {
    return {m.data(), static_cast<std::size_t>(m.size())};
}
std::span<float> flat(Eigen::VectorXf& v) {
    return {v.data(), static_cast<std::size_t>(v.size())};
}

} // namespace

ClassNadeWeights initialClassNadeWeights(NadeWeights nade, const mnist::Mnist& data,
                                         std::size_t limit, const Ordering& ordering) {
    ClassNadeWeights w(nade.hidden(), kDigitClasses);
    w.nade = std::move(nade);
    std::vector<std::vector<double>> ink(kDigitClasses, std::vector<double>(kPixels, 0.0));
    std::vector<double> seen(kDigitClasses, 0.0);
    for (std::size_t n = 0; n < limit && n < data.trainLabels.size(); ++n) {
        const std::size_t y = data.trainLabels[n];
        if (y >= kDigitClasses)
            throw std::invalid_argument("a training label is not a digit 0..9");
        const std::uint8_t* grey = data.train.image(n);
        for (int i = 0; i < kPixels; ++i)
            ink[y][static_cast<std::size_t>(i)] += grey[i] / 255.0;
        seen[y] += 1;
    }
    for (int y = 0; y < kDigitClasses; ++y)
        for (int j = 0; j < kPixels; ++j) {
            const auto label = static_cast<std::size_t>(y);
            const double mean = std::clamp(ink[label][static_cast<std::size_t>(ordering.pixel(j))] /
                                               std::max(seen[label], 1.0),
                                           0.001, 0.999);
            w.A(j, y) = static_cast<float>(std::log(mean / (1 - mean))) - w.nade.b(j);
        }
    return w;
}

ClassNadeWeights classNadeWeightsOf(const ModelTensors& t) {
    std::map<std::string, const NamedTensor*> byName;
    for (const NamedTensor& tensor : t.tensors)
        byName[tensor.name] = &tensor;
    for (const char* name : {"W", "V", "b", "c", "U", "A"})
        if (!byName.count(name) || byName[name]->floats.empty())
            throw std::invalid_argument(std::string("not a class-conditional NADE: no tensor ") +
                                        name);
    const auto H = static_cast<int>(byName["c"]->shape.at(0));
    const auto C = static_cast<int>(byName["U"]->shape.at(1));
    using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    ClassNadeWeights w(H, C);
    w.nade.W = Eigen::Map<const RowMajor>(byName["W"]->floats.data(), H, kPixels);
    w.nade.Vt = Eigen::Map<const Eigen::MatrixXf>(byName["V"]->floats.data(), H, kPixels);
    w.nade.b = Eigen::Map<const Eigen::VectorXf>(byName["b"]->floats.data(), kPixels);
    w.nade.c = Eigen::Map<const Eigen::VectorXf>(byName["c"]->floats.data(), H);
    w.U = Eigen::Map<const RowMajor>(byName["U"]->floats.data(), H, C);
    w.A = Eigen::Map<const RowMajor>(byName["A"]->floats.data(), kPixels, C);
    return w;
}

ClassNadeFamily::ClassNadeFamily(ClassNadeWeights initial, std::vector<double> logPrior,
                                 Ordering ordering, Activation activation,
                                 double discriminativeWeight)
    : weights_(std::move(initial))
    , logPrior_(std::move(logPrior))
    , ordering_(std::move(ordering))
    , activation_(activation)
    , lambda_(discriminativeWeight) {
    if (!(lambda_ >= 0) || !std::isfinite(lambda_))
        throw std::invalid_argument("the discriminative weight must be a number ≥ 0");
}

std::vector<std::span<float>> ClassNadeFamily::parameters() {
    NadeWeights& w = weights_.nade;
    return {flat(w.W), flat(w.Vt), flat(w.b), flat(w.c), flat(weights_.U), flat(weights_.A)};
}

void ClassNadeFamily::prepareGradients(int threads) {
    const int H = weights_.nade.hidden(), C = weights_.classes();
    gradients_.assign(static_cast<std::size_t>(threads),
                      Gradient{NadeWeights(H, kPixels), Eigen::MatrixXf::Zero(H, C),
                               Eigen::MatrixXf::Zero(kPixels, C)});
    work_.assign(static_cast<std::size_t>(threads), GradientWorkspace{});
}

std::vector<std::span<float>> ClassNadeFamily::gradient(int thread) {
    Gradient& g = gradients_[static_cast<std::size_t>(thread)];
    return {flat(g.nade.W), flat(g.nade.Vt), flat(g.nade.b), flat(g.nade.c), flat(g.U), flat(g.A)};
}

double ClassNadeFamily::accumulateGradient(int thread, ImageRows rows, std::size_t first,
                                           std::size_t count) {
    if (!rows.labels)
        throw std::invalid_argument("a class-conditional NADE trains on labelled digits");
    const auto t = static_cast<std::size_t>(thread);
    Gradient& g = gradients_[t];
    LabelWeights labels{weights_.U, weights_.A, g.U, g.A};
    std::vector<GradientTerm> terms;
    if (lambda_ == 0) {
        for (std::size_t n = first; n < first + count; ++n)
            terms.push_back({n, rows.labels[n], 1.0f});
        return training::accumulateGradient(weights_.nade, activation_, rows, terms, g.nade,
                                            work_[t], &labels);
    }
    const auto C = static_cast<std::size_t>(weights_.classes());
    std::vector<double> given(count * C);
    classNadeLogLikelihoods(weights_, activation_, rows, first, count, given.data());
    double nll = 0;
    for (std::size_t k = 0; k < count; ++k) {
        const std::size_t y = rows.labels[first + k];
        const ClassScores s = bayesRule({given.begin() + static_cast<std::ptrdiff_t>(k * C),
                                         given.begin() + static_cast<std::ptrdiff_t>((k + 1) * C)},
                                        logPrior_);
        nll -= s.logLikelihoodGiven[y];
        for (std::size_t label = 0; label < C; ++label) {
            const double omega = (label == y ? 1 + lambda_ : 0.0) - lambda_ * s.posterior[label];
            if (std::abs(omega) >= 1e-3)
                terms.push_back({first + k, static_cast<int>(label), static_cast<float>(omega)});
        }
    }
    training::accumulateGradient(weights_.nade, activation_, rows, terms, g.nade, work_[t],
                                 &labels);
    return nll;
}

double ClassNadeFamily::validationNll(ImageRows rows, int threads) const {
    return meanNll(ClassNade(weights_, logPrior_, ordering_, activation_).logProbs(rows, threads));
}

ValidationScores ClassNadeFamily::validate(ImageRows rows, int threads) const {
    if (!rows.labels)
        throw std::invalid_argument("a class-conditional NADE validates on labelled digits");
    const ClassNade model(weights_, logPrior_, ordering_, activation_);
    const std::vector<double> given = model.logLikelihoodsGiven(rows, threads);
    const auto C = static_cast<std::size_t>(weights_.classes());
    double nll = 0, crossEntropy = 0;
    std::size_t right = 0;
    for (std::size_t n = 0; n < rows.count; ++n) {
        const ClassScores s = bayesRule({given.begin() + static_cast<std::ptrdiff_t>(n * C),
                                         given.begin() + static_cast<std::ptrdiff_t>((n + 1) * C)},
                                        logPrior_);
        nll -= s.logEvidence;
        crossEntropy -= std::log(std::max(s.posterior[rows.labels[n]], 1e-300));
        right += s.label == rows.labels[n] ? 1 : 0;
    }
    const auto N = static_cast<double>(std::max<std::size_t>(rows.count, 1));
    return {nll / N, (nll + lambda_ * crossEntropy) / N, static_cast<double>(right) / N};
}

std::unique_ptr<Model> ClassNadeFamily::snapshot() const {
    return std::make_unique<ClassNade>(weights_, logPrior_, ordering_, activation_);
}

} // namespace pixelchain::training
