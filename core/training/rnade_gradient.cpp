#include "core/training/rnade_gradient.h"

namespace pixelchain::training {

double accumulateRnadeGradient(const RnadeWeights& w, Activation act, GreyRows rows,
                               std::size_t first, std::size_t count, RnadeWeights& grad,
                               RnadeWorkspace& work) {
    if (count == 0)
        return 0;
    const auto B = static_cast<Eigen::Index>(count);
    const int K = w.components();
    const Eigen::Map<const Eigen::MatrixXf> Y(rows.row(first), kPixels, B);
    work.A = w.c.replicate(1, B);
    work.A.noalias() += w.W * Y;
    work.G.setZero(w.hidden(), B);
    work.delta.resize(3 * K, B);
    Eigen::RowVectorXf y(B);
    double nll = 0;
    for (int j = kPixels - 1; j >= 0; --j) {
        y = Y.row(j);
        grad.W.col(j).noalias() += work.G * y.transpose();
        work.A.noalias() -= w.W.col(j) * y;
        work.hidden = activate(work.A, act);
        work.z.noalias() = w.outputs(j) * work.hidden;
        work.z.colwise() += w.b.col(j);
        for (Eigen::Index n = 0; n < B; ++n) {
            const float* z = work.z.col(n).data();
            nll -= mixtureLogDensity(z, z + K, z + 2 * K, K, y(n), work.delta.col(n).data());
        }
        grad.b.col(j) += work.delta.rowwise().sum();
        grad.outputs(j).noalias() += work.delta * work.hidden.transpose();
        work.slope = activationSlope(work.A, act);
        work.G.noalias() += (w.outputs(j).transpose() * work.delta).cwiseProduct(work.slope);
    }
    grad.c += work.G.rowwise().sum();
    return nll;
}

} // namespace pixelchain::training
