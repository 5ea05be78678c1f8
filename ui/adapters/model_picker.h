#pragma once
// ModelPicker: a drop-down list of every model in a ModelLibrary, so a page can switch the model
// it samples from or scores with without leaving the page. Each row reads the model's title and
// its test NLL (from the file's metadata), the measure that ranks the models. The picker follows
// the library both ways: picking a row makes that model current (ModelLibrary::select), and a
// model made current elsewhere, or a model added, shows here at once.
#include <QComboBox>
#include <QFontMetrics>

class QLabel;

namespace pixelchain::ui {

class ModelLibrary;
struct ModelEntry;

class ModelPicker : public QComboBox {
    Q_OBJECT
public:
    /// `library` may be nullptr: the picker is then empty and disabled.
    explicit ModelPicker(ModelLibrary* library, QWidget* parent = nullptr);

    /// A picker under (Qt::Vertical) or after (Qt::Horizontal) its label "Model", in one widget
    /// owned by `parent`; Alt+M focuses the picker.
    static QWidget* labelled(ModelLibrary* library, Qt::Orientation orientation, QWidget* parent);

    /// What a row of the open list says for `entry`: "title · test NLL 83.78 nats", or "not
    /// measured yet".
    static QString rowText(const ModelEntry& entry);
    /// What the closed box says: the model in a few words and its NLL, e.g. "NADE, spiral ·
    /// 88.10 nats" (a NADE by its ordering), "Markov, order 8 · 138.06 nats".
    static QString shortText(const ModelEntry& entry);
    /// The two halves of shortText(): "NADE, spiral" and "88.10 nats"; a model trained here
    /// says when, "NADE, raster, trained 14:02".
    static QString shortName(const ModelEntry& entry);
    static QString shortNll(const ModelEntry& entry);
    /// shortText() fitted to `width` pixels: whole if it fits, else without the unit
    /// ("NADE, raster · 83.78"), else with the name elided before the NLL is.
    static QString closedText(const QString& name, const QString& nll, const QString& number,
                              const QFontMetrics& metrics, int width);
    /// The library id of the model in `row`, empty outside the list.
    QString idAt(int row) const;

protected:
    void changeEvent(QEvent* event) override;
    /// Draws the closed box with shortText() of the current model, so the model and its NLL fit
    /// a narrow box; the open list shows whole rows.
    void paintEvent(QPaintEvent* event) override;

private:
    /// Sets every text again in the current language.
    void retranslate();
    void rebuild();

    QLabel* label_ = nullptr; ///< the label labelled() puts before the picker, if any
    void followCurrent();

    ModelLibrary* library_;
};

} // namespace pixelchain::ui
