#pragma once
// The formula of each factorization as Qt rich text, and the arithmetic of its parameter count with
// the query's numbers substituted, e.g. for Markov of order 1 with binary pixels
// "p(x) = p(x₁) ∏ p(xᵢ | xᵢ₋₁)" and "1 + 2(n − 1) = 2n − 1 = 2 · 784 − 1 = 1567".
// The final value is always core's exact count; only the known n, k, m and H are written in.
#include "core/counting/parameter_count.h"

#include <QCoreApplication>
#include <QString>

namespace pixelchain::ui {

class FormulaText {
    Q_DECLARE_TR_FUNCTIONS(FormulaText)
public:
    static QString heading(counting::Factorization f, const counting::CountQuery& query);
    static QString formula(counting::Factorization f, const counting::CountQuery& query);
    static QString numbers(counting::Factorization f, const counting::CountQuery& query,
                           const counting::ParameterCount& count);

private:
    static QString markovFormula(std::uint64_t order);
    static QString binaryFvsbnFormula();
    static QString kAryFvsbnFormula();
    static QString binaryNadeFormula();
    static QString kAryNadeFormula();
    static QString markovNumbers(const counting::CountQuery& query);
};

} // namespace pixelchain::ui
