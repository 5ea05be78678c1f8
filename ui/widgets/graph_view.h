#pragma once
// GraphView draws a directed graphical model over variables x1..xn laid out in one row: each arrow
// j → i says that the factor p(x_i | …) conditions on x_j. Arrows between neighbours are straight;
// longer ones arc above the row, higher the further they reach, so every arrow stays visible.
// When there are too many variables to draw legibly, the view shows a short note instead.
#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;

namespace pixelchain::ui {

class GraphView : public QWidget {
    Q_OBJECT
public:
    /// An arrow from variable `from` to variable `to`, both 1-based.
    struct Edge {
        int from = 1;
        int to = 1;
        friend bool operator==(const Edge&, const Edge&) = default;
    };

    explicit GraphView(QWidget* parent = nullptr);

    /// Draws `variables` nodes and the given arrows in `color`.
    void setGraph(int variables, const QList<Edge>& edges, const QColor& color);

    /// Replaces the drawing with a note (for example when n is too large to draw).
    void showNote(const QString& note);

    int variables() const { return variables_; }
    const QList<Edge>& edges() const { return edges_; }
    /// The note on screen, or an empty string while a graph is drawn.
    QString note() const { return note_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QPointF nodeCentre(int index) const;
    void fitNote();
    double nodeRadius() const;
    void drawEdge(QPainter& painter, const Edge& edge) const;
    void drawNode(QPainter& painter, int index) const;

    int variables_ = 0;
    QList<Edge> edges_;
    QColor color_;
    QString note_;
    QLabel* noteLabel_ = nullptr;
};

} // namespace pixelchain::ui
