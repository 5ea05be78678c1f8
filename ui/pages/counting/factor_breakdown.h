#pragma once
// FactorBreakdown lists the first factors of the chain rule and of the Markov factorization side by
// side with what each costs, "p(x₃ | x₁, x₂): 4" against "p(x₃ | x₂): 4", and the total of all n
// factors, so the class sees where the chain rule's 2^n − 1 comes from and what Markov saves.
#include "ui/pages/counting/counting_result.h"

#include <QTableWidget>

namespace pixelchain::ui {

class FactorBreakdown : public QTableWidget {
    Q_OBJECT
public:
    enum Column { ChainColumn, MarkovColumn };

    explicit FactorBreakdown(QWidget* parent = nullptr);

    void showResult(const CountingResult& result);

    /// "p(x₃ | x₁, x₂)" for factor i that conditions on the `conditionedOn` variables before it.
    static QString factorText(std::uint64_t index, std::uint64_t conditionedOn);

private:
    void fillColumn(int column, const std::vector<counting::FactorCount>& factors,
                    const counting::ParameterCount& total, std::uint64_t variables);
};

} // namespace pixelchain::ui
