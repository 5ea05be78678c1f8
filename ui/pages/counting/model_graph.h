#pragma once
// The directed graphical model of a factorization over x1..xn: an arrow j → i for every variable
// x_j that the factor of x_i conditions on. Full joint and chain rule (read as a chain of full
// tables), FVSBN and NADE condition on all earlier variables; independent on none; Markov of
// order m on the previous m.
#include "core/counting/parameter_count.h"
#include "ui/widgets/graph_view.h"

#include <QList>

namespace pixelchain::ui {

/// Graphs are drawn only up to this many variables; beyond, the arrows would be unreadable.
inline constexpr std::uint64_t kMaxDrawnVariables = 8;

QList<GraphView::Edge> modelGraph(counting::Factorization f, int variables, int markovOrder);

} // namespace pixelchain::ui
