#include "ui/pages/counting/preset_picker.h"

#include "ui/pages/counting/labelled_fields.h"
#include "ui/widgets/math_text.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace pixelchain::ui {

namespace {

struct Shape {
    int width = 1;
    int height = 1;
    int channels = 1;
    double levels = 2;
};

Shape shapeOf(PresetPicker::Preset preset, int faces) {
    switch (preset) {
    case PresetPicker::Preset::Coin:
        return {1, 1, 1, 2};
    case PresetPicker::Preset::Die:
        return {1, 1, 1, static_cast<double>(faces)};
    case PresetPicker::Preset::RgbPixel:
        return {1, 1, 1, 256.0 * 256.0 * 256.0}; // one variable with 256³ states
    case PresetPicker::Preset::BinaryImage:
        return {28, 28, 1, 2};
    case PresetPicker::Preset::GrayImage:
    case PresetPicker::Preset::Rnade: // its pixels are counted as the chain rule sees them
        return {28, 28, 1, double(counting::kGreyLevels)};
    case PresetPicker::Preset::Custom:
        break;
    }
    return {};
}

QSpinBox* makeSpin(const QString& name, int minimum, int maximum, int value, QWidget* parent) {
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    spin->setKeyboardTracking(false); // count the typed number once it is complete
    spin->setGroupSeparatorShown(true);
    return spin;
}

} // namespace

PresetPicker::PresetPicker(QWidget* parent)
    : QWidget(parent) {
    buildControls();
    setPreset(Preset::BinaryImage);
}

void PresetPicker::buildControls() {
    presets_ = new QComboBox(this);
    presets_->setObjectName(QStringLiteral("presetCombo"));
    for (const Preset preset : {Preset::Coin, Preset::Die, Preset::RgbPixel, Preset::BinaryImage,
                                Preset::GrayImage, Preset::Rnade, Preset::Custom})
        presets_->addItem(QString(), QVariant::fromValue(preset));

    faces_ = makeSpin(QStringLiteral("facesSpin"), 2, 1000000, 6, this);
    width_ = makeSpin(QStringLiteral("widthSpin"), 1, 100000, 28, this);
    height_ = makeSpin(QStringLiteral("heightSpin"), 1, 100000, 28, this);
    channels_ = makeSpin(QStringLiteral("channelsSpin"), 1, 16, 1, this);
    levels_ = new QDoubleSpinBox(this);
    levels_->setObjectName(QStringLiteral("levelsSpin"));
    levels_->setDecimals(0);
    levels_->setRange(static_cast<double>(counting::kMinStates),
                      static_cast<double>(counting::kMaxStates));
    levels_->setKeyboardTracking(false);
    levels_->setGroupSeparatorShown(true);
    order_ = makeSpin(QStringLiteral("markovOrderSpin"), 0, 100000, wantedOrder_, this);
    hidden_ = makeSpin(QStringLiteral("hiddenSpin"), 1, 100000, 500, this);
    const counting::RnadeQuery shipped;
    rnadeHidden_ = makeSpin(QStringLiteral("rnadeHiddenSpin"), int(counting::kMinHidden),
                            int(counting::kMaxHidden), int(shipped.hidden), this);
    components_ = makeSpin(QStringLiteral("componentsSpin"), int(counting::kMinComponents),
                           int(counting::kMaxComponents), int(shipped.components), this);

    size_ = new QWidget(this);
    auto* size = new QHBoxLayout(size_);
    size->setContentsMargins(0, 0, 0, 0);
    size->addWidget(width_, 1);
    size->addWidget(new QLabel(QStringLiteral("×"), size_));
    size->addWidget(height_, 1);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("querySummary"));
    summary_->setWordWrap(true);
    QFont strong = summary_->font();
    strong.setBold(true);
    summary_->setFont(strong);

    fields_ = new LabelledFields(this);
    fields_->addField(presets_);
    facesLabel_ = new QLabel(this);
    fields_->addRow(facesLabel_, faces_);
    fields_->addRow(new QLabel(this), size_);
    for (QWidget* field : std::initializer_list<QWidget*>{channels_, levels_, order_, hidden_,
                                                          rnadeHidden_, components_})
        fields_->addRow(new QLabel(this), field);
    fields_->addClosing(summary_);
    fields_->setBanded(false);

    note_ = new QLabel(this);
    note_->setObjectName(QStringLiteral("presetNote"));
    note_->setWordWrap(true);
    note_->setFrameShape(QFrame::StyledPanel);
    note_->setMargin(6);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fields_);
    layout->addWidget(note_);

    connect(presets_, &QComboBox::currentIndexChanged, this, &PresetPicker::applyPreset);
    connect(faces_, &QSpinBox::valueChanged, this, &PresetPicker::applyPreset);
    for (QSpinBox* spin : {width_, height_, channels_, hidden_})
        connect(spin, &QSpinBox::valueChanged, this, &PresetPicker::emitQuery);
    connect(levels_, &QDoubleSpinBox::valueChanged, this, &PresetPicker::emitQuery);
    connect(order_, &QSpinBox::valueChanged, this, &PresetPicker::onOrderEdited);
    for (QSpinBox* spin : {rnadeHidden_, components_})
        connect(spin, &QSpinBox::valueChanged, this,
                [this] { Q_EMIT rnadeQueryChanged(rnadeQuery()); });
    retranslate();
}

void PresetPicker::retranslate() {
    const QStringList names = {tr("Coin"),
                               tr("Die"),
                               tr("One RGB pixel"),
                               tr("28×28 binary image"),
                               tr("28×28 grayscale image"),
                               tr("RNADE (greyscale)"),
                               tr("Custom image")};
    for (int i = 0; i < names.size(); ++i)
        presets_->setItemText(i, names[i]);
    presets_->setAccessibleName(tr("Preset"));
    facesLabel_->setText(tr("Faces"));
    const auto label = [this](QWidget* field, const QString& text) {
        fields_->labelFor(field)->setText(text);
        // What a screen reader says of the field: its label (the form gives no buddy here).
        field->setAccessibleName(text);
    };
    fields_->labelFor(size_)->setText(tr("Width × height"));
    width_->setAccessibleName(tr("Width"));
    height_->setAccessibleName(tr("Height"));
    label(channels_, tr("Channels"));
    label(levels_, tr("States k"));
    label(order_, tr("Markov order m"));
    label(hidden_, tr("NADE hidden H"));
    label(rnadeHidden_, tr("RNADE hidden H"));
    label(components_, tr("Gaussians per pixel K"));
    updateSummary();
    updateNote();
}

void PresetPicker::setBanded(bool banded) {
    fields_->setBanded(banded);
}

bool PresetPicker::banded() const {
    return fields_->banded();
}

int PresetPicker::columnWidth() const {
    return fields_->columnWidth();
}

void PresetPicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

PresetPicker::Preset PresetPicker::preset() const {
    return presets_->currentData().value<Preset>();
}

void PresetPicker::setPreset(Preset preset) {
    const int index = presets_->findData(QVariant::fromValue(preset));
    if (index == presets_->currentIndex())
        applyPreset();
    else
        presets_->setCurrentIndex(index);
}

// A preset fills in the shape and locks it; only "Custom" leaves the shape to the user. The Markov
// order follows what the user asked for, lowered to n − 1 when the preset has fewer variables.
void PresetPicker::applyPreset() {
    const Preset chosen = preset();
    const bool custom = chosen == Preset::Custom;
    if (!custom) {
        const Shape shape = shapeOf(chosen, faces_->value());
        const QSignalBlocker blockWidth(width_), blockHeight(height_), blockChannels(channels_),
            blockLevels(levels_);
        width_->setValue(shape.width);
        height_->setValue(shape.height);
        channels_->setValue(shape.channels);
        levels_->setValue(shape.levels);
    }
    for (QWidget* field : {static_cast<QWidget*>(width_), static_cast<QWidget*>(height_),
                           static_cast<QWidget*>(channels_), static_cast<QWidget*>(levels_)})
        field->setEnabled(custom);
    fields_->setShown(faces_, chosen == Preset::Die);
    for (QSpinBox* spin : {rnadeHidden_, components_})
        fields_->setShown(spin, chosen == Preset::Rnade);

    const auto variables = static_cast<long long>(query().variables);
    {
        const QSignalBlocker blockOrder(order_);
        order_->setValue(static_cast<int>(std::clamp<long long>(wantedOrder_, 0, variables - 1)));
    }
    updateNote();
    emitQuery();
    Q_EMIT rnadeQueryChanged(rnadeQuery());
}

void PresetPicker::updateNote() {
    QString note;
    if (preset() == Preset::RgbPixel)
        note = tr("The lecture notes write 255 × 255 × 255 here. A pixel with 256 values "
                  "per colour has 256³ = %1 states, so its table needs "
                  "256³ − 1 = %2 parameters (they sum to one).")
                   .arg(math::groupDigits(QStringLiteral("16777216")),
                        math::groupDigits(QStringLiteral("16777215")));
    if (preset() == Preset::Rnade)
        note = tr("RNADE reads each pixel's grey level as a real number and models it with a "
                  "mixture of K "
                  "Gaussians. The table counts the same pixels as categorical variables with "
                  "%1 states each.")
                   .arg(counting::kGreyLevels);
    note_->setText(note);
    note_->setVisible(!note.isEmpty());
}

void PresetPicker::onOrderEdited() {
    wantedOrder_ = order_->value();
    emitQuery();
}

counting::CountQuery PresetPicker::query() const {
    counting::CountQuery query;
    query.variables = static_cast<std::uint64_t>(width_->value()) *
                      static_cast<std::uint64_t>(height_->value()) *
                      static_cast<std::uint64_t>(channels_->value());
    query.states = static_cast<std::uint64_t>(levels_->value());
    query.markovOrder = static_cast<std::uint64_t>(order_->value());
    query.hidden = static_cast<std::uint64_t>(hidden_->value());
    return query;
}

counting::RnadeQuery PresetPicker::rnadeQuery() const {
    counting::RnadeQuery rnade;
    rnade.pixels = query().variables;
    rnade.hidden = static_cast<std::uint64_t>(rnadeHidden_->value());
    rnade.components = static_cast<std::uint64_t>(components_->value());
    return rnade;
}

namespace {
struct NamedPreset {
    PresetPicker::Preset preset;
    const char* name;
};
constexpr NamedPreset kPresetNames[] = {{PresetPicker::Preset::Coin, "coin"},
                                        {PresetPicker::Preset::Die, "die"},
                                        {PresetPicker::Preset::RgbPixel, "rgb-pixel"},
                                        {PresetPicker::Preset::BinaryImage, "binary-image"},
                                        {PresetPicker::Preset::GrayImage, "grey-image"},
                                        {PresetPicker::Preset::Rnade, "rnade"},
                                        {PresetPicker::Preset::Custom, "custom"}};
} // namespace

QString PresetPicker::presetName(Preset preset) {
    for (const auto& named : kPresetNames)
        if (named.preset == preset)
            return QString::fromLatin1(named.name);
    return {};
}

std::optional<PresetPicker::Preset> PresetPicker::presetFromName(const QString& name) {
    for (const auto& named : kPresetNames)
        if (name == QLatin1String(named.name))
            return named.preset;
    return std::nullopt;
}

bool PresetPicker::show(const QString& name, const counting::CountQuery& query) {
    const std::optional<Preset> chosen = presetFromName(name);
    const auto fits = [](std::uint64_t value, const auto* spin) {
        return value >= static_cast<std::uint64_t>(spin->minimum()) &&
               value <= static_cast<std::uint64_t>(spin->maximum());
    };
    if (!chosen || !fits(query.markovOrder, order_) || !fits(query.hidden, hidden_))
        return false;
    if (*chosen == Preset::Die && !fits(query.states, faces_))
        return false;
    if (*chosen == Preset::Custom &&
        (!fits(query.variables, width_) || !fits(query.states, levels_)))
        return false;
    {
        const QSignalBlocker blockFaces(faces_), blockWidth(width_), blockHeight(height_),
            blockChannels(channels_), blockLevels(levels_), blockOrder(order_),
            blockHidden(hidden_);
        if (*chosen == Preset::Die)
            faces_->setValue(static_cast<int>(query.states));
        if (*chosen == Preset::Custom) {
            width_->setValue(static_cast<int>(query.variables));
            height_->setValue(1);
            channels_->setValue(1);
            levels_->setValue(static_cast<double>(query.states));
        }
        hidden_->setValue(static_cast<int>(query.hidden));
    }
    wantedOrder_ = static_cast<int>(query.markovOrder);
    setPreset(*chosen);
    return true;
}

void PresetPicker::updateSummary() {
    const counting::CountQuery now = query();
    const QString n = math::groupDigits(QString::number(now.variables));
    const QString k = math::groupDigits(QString::number(now.states));
    summary_->setText(now.variables == 1 ? tr("n = 1 variable with k = %1 states").arg(k)
                                         : tr("n = %1 variables, k = %2 states each").arg(n, k));
}

void PresetPicker::emitQuery() {
    updateSummary();
    Q_EMIT queryChanged(query());
}

} // namespace pixelchain::ui
