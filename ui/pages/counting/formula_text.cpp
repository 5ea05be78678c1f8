#include "ui/pages/counting/formula_text.h"

#include "ui/pages/counting/count_text.h"
#include "ui/pages/counting/factorization_style.h"
#include "ui/widgets/math_text.h"

namespace pixelchain::ui {

using counting::Factorization;

namespace {

QString num(std::uint64_t value) {
    return math::groupDigits(QString::number(value));
}

QString pow(const QString& base, const QString& exponent) {
    return QStringLiteral("%1<sup>%2</sup>").arg(base, exponent);
}

const QString kProduct = QStringLiteral("∏<sub>i=1</sub><sup>n</sup> ");

} // namespace

QString FormulaText::heading(Factorization f, const counting::CountQuery& query) {
    return tr("%1: formula and count").arg(FactorizationStyle::name(f, query));
}

QString FormulaText::markovFormula(std::uint64_t order) {
    if (order == 0)
        return tr("p(x) = %1p(x<sub>i</sub>)  (order 0: nothing is conditioned on)").arg(kProduct);
    if (order == 1)
        return QStringLiteral("p(x) = p(x<sub>1</sub>) ∏<sub>i=2</sub><sup>n</sup> "
                              "p(x<sub>i</sub> | x<sub>i−1</sub>)");
    // While i ≤ m the context starts at x₁: no x with an index below 1 is written.
    return QStringLiteral("p(x) = %1p(x<sub>i</sub> | x<sub>max(1, i−%2)</sub>, …, "
                          "x<sub>i−1</sub>)")
        .arg(kProduct)
        .arg(order);
}

QString FormulaText::formula(Factorization f, const counting::CountQuery& query) {
    switch (f) {
    case Factorization::Full:
        return tr("p(x<sub>1</sub>, …, x<sub>n</sub>): one table over all k<sup>n</sup> states");
    case Factorization::Independent:
        return QStringLiteral("p(x) = %1p(x<sub>i</sub>)").arg(kProduct);
    case Factorization::ChainRule:
        return QStringLiteral("p(x) = p(x<sub>1</sub>) p(x<sub>2</sub> | x<sub>1</sub>) "
                              "p(x<sub>3</sub> | x<sub>1</sub>, x<sub>2</sub>) ⋯ "
                              "p(x<sub>n</sub> | x<sub>1</sub>, …, x<sub>n−1</sub>)");
    case Factorization::Markov:
        return markovFormula(query.markovOrder);
    case Factorization::Fvsbn:
        return query.states == 2 ? binaryFvsbnFormula() : kAryFvsbnFormula();
    case Factorization::Nade:
        return query.states == 2 ? binaryNadeFormula() : kAryNadeFormula();
    }
    return {};
}

QString FormulaText::binaryFvsbnFormula() {
    return QStringLiteral("p(x<sub>i</sub> = 1 | x<sub>&lt;i</sub>) = σ(α<sub>i</sub> + "
                          "∑<sub>j&lt;i</sub> α<sub>ij</sub> x<sub>j</sub>)");
}

// With k states each factor is a softmax over the k states, state 0 the reference: k − 1 logits,
// each with a bias and one weight per indicator of the earlier variables' k − 1 other states. That
// is the (k − 1)(1 + (i − 1)(k − 1)) of the count.
QString FormulaText::kAryFvsbnFormula() {
    return tr("p(x<sub>i</sub> = s | x<sub>&lt;i</sub>) = softmax<sub>s</sub>(α<sub>i</sub> + "
              "∑<sub>j&lt;i</sub> A<sub>ij</sub> e(x<sub>j</sub>)), with α<sub>i</sub> of "
              "k − 1 logits (state 0 is the reference), e(x<sub>j</sub>) the k − 1 indicators "
              "of x<sub>j</sub>'s other states and A<sub>ij</sub> a (k − 1) × (k − 1) matrix");
}

QString FormulaText::binaryNadeFormula() {
    return QStringLiteral("h<sub>i</sub> = σ(W<sub>·,&lt;i</sub> x<sub>&lt;i</sub> + c),  "
                          "p(x<sub>i</sub> = 1 | x<sub>&lt;i</sub>) = "
                          "σ(V<sub>i</sub> · h<sub>i</sub> + b<sub>i</sub>)");
}

// The same softmax in NADE: W takes the k − 1 indicators of every variable (H × n(k − 1)), and each
// position has k − 1 output rows in V and k − 1 biases in b: 2Hn(k − 1) + H + n(k − 1).
QString FormulaText::kAryNadeFormula() {
    return tr("h<sub>i</sub> = σ(W<sub>·,&lt;i</sub> e(x<sub>&lt;i</sub>) + c),  "
              "p(x<sub>i</sub> = s | x<sub>&lt;i</sub>) = softmax<sub>s</sub>(V<sub>i</sub> "
              "h<sub>i</sub> + b<sub>i</sub>), with e(x<sub>j</sub>) the k − 1 indicators of "
              "x<sub>j</sub>'s states other than 0, V<sub>i</sub> of k − 1 rows and "
              "b<sub>i</sub> of k − 1 logits");
}

QString FormulaText::markovNumbers(const counting::CountQuery& query) {
    const std::uint64_t n = query.variables;
    const std::uint64_t k = query.states;
    const std::uint64_t m = query.markovOrder;
    if (k == 2 && m == 1)
        return QStringLiteral("1 + 2(n − 1) = 2n − 1 = 2 · %1 − 1").arg(num(n));
    return QStringLiteral("(k<sup>m</sup> − 1) + (n − m)(k − 1)k<sup>m</sup> = "
                          "(%1 − 1) + %2 · %3 · %1")
        .arg(pow(num(k), num(m)), num(n - m), num(k - 1));
}

QString FormulaText::numbers(Factorization f, const counting::CountQuery& query,
                             const counting::ParameterCount& count) {
    const std::uint64_t n = query.variables;
    const std::uint64_t k = query.states;
    const std::uint64_t h = query.hidden;
    QString terms;
    switch (f) {
    case Factorization::Full:
        terms = QStringLiteral("k<sup>n</sup> − 1 = %1 − 1").arg(pow(num(k), num(n)));
        break;
    case Factorization::Independent:
        terms = QStringLiteral("n(k − 1) = %1 · %2").arg(num(n), num(k - 1));
        break;
    case Factorization::ChainRule:
        terms = QStringLiteral("(k − 1)(1 + k + ⋯ + k<sup>n−1</sup>) = k<sup>n</sup> − 1 = %1 − 1")
                    .arg(pow(num(k), num(n)));
        break;
    case Factorization::Markov:
        terms = markovNumbers(query);
        break;
    case Factorization::Fvsbn:
        terms =
            k == 2
                ? QStringLiteral("1 + 2 + ⋯ + n = n(n + 1)/2 = %1 · %2 / 2").arg(num(n), num(n + 1))
                : QStringLiteral("∑<sub>i</sub> (k − 1)(1 + (i − 1)(k − 1))");
        break;
    case Factorization::Nade:
        terms = k == 2 ? QStringLiteral("2Hn + H + n = 2 · %1 · %2 + %1 + %2").arg(num(h), num(n))
                       : QStringLiteral("2Hn(k − 1) + H + n(k − 1)");
        break;
    }
    return QStringLiteral("%1 = <b>%2</b>").arg(terms, CountText::scientific(count));
}

} // namespace pixelchain::ui
