#include "ui/pages/counting/model_graph.h"

#include <algorithm>

namespace pixelchain::ui {

using counting::Factorization;

QList<GraphView::Edge> modelGraph(Factorization f, int variables, int markovOrder) {
    QList<GraphView::Edge> edges;
    for (int i = 1; i <= variables; ++i) {
        int lookBack = i - 1; // all earlier variables
        if (f == Factorization::Independent)
            lookBack = 0;
        else if (f == Factorization::Markov)
            lookBack = std::min(lookBack, markovOrder);
        for (int j = i - lookBack; j < i; ++j)
            edges.append({j, i});
    }
    return edges;
}

} // namespace pixelchain::ui
