#include "core/training/fvsbn_gradient.h"

#include <Eigen/Core>
#include <algorithm>
#include <cmath>

namespace pixelchain::training {
namespace {

/// The rows as the columns of a float matrix X: [D, B].
Eigen::MatrixXf columns(const std::uint8_t* rows, std::size_t count) {
    Eigen::MatrixXf X(kPixels, static_cast<Eigen::Index>(count));
    for (std::size_t n = 0; n < count; ++n)
        for (int i = 0; i < kPixels; ++i)
            X(i, static_cast<Eigen::Index>(n)) = rows[n * kPixels + static_cast<std::size_t>(i)];
    return X;
}

/// A = b 1ᵀ + W X: [D, B].
Eigen::MatrixXf preActivations(const FvsbnWeights& w, const Eigen::MatrixXf& X) {
    Eigen::MatrixXf A = w.W.triangularView<Eigen::StrictlyLower>() * X;
    A.colwise() += w.b;
    return A;
}

/// −log p(x | a) summed over all entries: softplus(a) − x a.
double nllOf(const Eigen::MatrixXf& A, const Eigen::MatrixXf& X) {
    double total = 0;
    for (Eigen::Index k = 0; k < A.size(); ++k) {
        const double a = A.data()[k];
        total -= X.data()[k] != 0.0f ? logSigmoid(a) : logSigmoid(-a);
    }
    return total;
}

} // namespace

double fvsbnGradient(const FvsbnWeights& weights, const std::uint8_t* rows, std::size_t count,
                     FvsbnWeights& grad) {
    const Eigen::MatrixXf X = columns(rows, count);
    const Eigen::MatrixXf A = preActivations(weights, X);
    const double nll = nllOf(A, X);
    const Eigen::MatrixXf delta =
        A.unaryExpr([](float a) { return static_cast<float>(sigmoid(a)); }) - X;
    grad.b = delta.rowwise().sum();
    grad.W.setZero(kPixels, kPixels);
    grad.W.triangularView<Eigen::StrictlyLower>() = delta * X.transpose();
    return nll;
}

double fvsbnNll(const FvsbnWeights& weights, const std::uint8_t* rows, std::size_t count) {
    constexpr std::size_t kBlock = 500;
    double total = 0;
    for (std::size_t first = 0; first < count; first += kBlock) {
        const std::size_t n = std::min(kBlock, count - first);
        const Eigen::MatrixXf X = columns(rows + first * kPixels, n);
        total += nllOf(preActivations(weights, X), X);
    }
    return total;
}

} // namespace pixelchain::training
