#pragma once
// PresetPicker chooses what is being modelled: a coin, a die, one RGB pixel, a 28×28 binary or
// grayscale image, an RNADE of a 28×28 grayscale image, or a custom image (width × height ×
// channels variables with `levels` states each), plus the Markov order m and the number of NADE
// hidden units H. It turns the choice into a counting::CountQuery and reports every change;
// checking the query is the page's job. The RNADE preset adds its own H and K (defaults: the
// shipped RNADE's), reported as a counting::RnadeQuery; its pixels are counted with 256 states.
// Its fields stand in a column (beside the page's answers) or fill a band of a few lines (above
// them, where the page is narrow): setBanded.
#include "core/counting/grey_count.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace pixelchain::ui {

class LabelledFields;

class PresetPicker : public QWidget {
    Q_OBJECT
public:
    enum class Preset { Coin, Die, RgbPixel, BinaryImage, GrayImage, Rnade, Custom };
    Q_ENUM(Preset)

    explicit PresetPicker(QWidget* parent = nullptr);

    Preset preset() const;
    void setPreset(Preset preset);

    /// The query the controls describe now; it may be out of range (for example m ≥ n).
    counting::CountQuery query() const;
    /// The RNADE the preset's controls describe: D = the image's variables, its H and K.
    counting::RnadeQuery rnadeQuery() const;

    /// Machine names of the presets, as sessions and lessons write them: "coin", "die",
    /// "rgb-pixel", "binary-image", "grey-image", "rnade", "custom".
    static QString presetName(Preset preset);
    static std::optional<Preset> presetFromName(const QString& name);
    QString presetName() const { return presetName(preset()); }

    /// Shows the named preset with the query's Markov order and H; "die" takes its faces from
    /// the query's k, "custom" its shape (n × 1, one channel) and k. False for an unknown name
    /// or a query the controls cannot hold; the controls are then unchanged.
    bool show(const QString& name, const counting::CountQuery& query);

    /// A band of a few lines (true) or a column (false, the first arrangement).
    void setBanded(bool banded);
    bool banded() const;
    /// The width the column needs, in either arrangement.
    int columnWidth() const;

Q_SIGNALS:
    void queryChanged(const pixelchain::counting::CountQuery& query);
    /// After every preset applied and every change of the RNADE's H or K.
    void rnadeQueryChanged(const pixelchain::counting::RnadeQuery& query);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildControls();
    void retranslate();
    void updateNote();
    void applyPreset();
    void onOrderEdited();
    void updateSummary();
    void emitQuery();

    LabelledFields* fields_ = nullptr;
    QWidget* size_ = nullptr; ///< width × height
    QComboBox* presets_ = nullptr;
    QSpinBox* faces_ = nullptr;
    QLabel* facesLabel_ = nullptr;
    QSpinBox* width_ = nullptr;
    QSpinBox* height_ = nullptr;
    QSpinBox* channels_ = nullptr;
    QDoubleSpinBox* levels_ = nullptr;
    QSpinBox* order_ = nullptr;
    QSpinBox* hidden_ = nullptr;
    QSpinBox* rnadeHidden_ = nullptr;
    QSpinBox* components_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* note_ = nullptr;
    int wantedOrder_ = 1; ///< the order the user typed last; presets with fewer variables lower it
};

} // namespace pixelchain::ui
