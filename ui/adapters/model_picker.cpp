#include "ui/adapters/model_picker.h"

#include "ui/adapters/model_library.h"
#include "ui/adapters/model_names.h"
#include "ui/adapters/user_models.h"

#include <QAbstractItemView>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <cmath>

namespace pixelchain::ui {
namespace {
// The closed box asks for this many characters and takes more when the row has room; the open
// list is as wide as its longest row.
constexpr int kClosedCharacters = 16;
constexpr int kShortNameRole = Qt::UserRole + 1;
constexpr int kShortNllRole = Qt::UserRole + 2;
constexpr int kNllNumberRole = Qt::UserRole + 3; ///< "83.78", or empty when not measured

} // namespace

ModelPicker::ModelPicker(ModelLibrary* library, QWidget* parent)
    : QComboBox(parent)
    , library_(library) {
    setObjectName(QStringLiteral("modelPicker"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(kClosedCharacters);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    if (library_) {
        connect(library_, &ModelLibrary::entriesChanged, this, &ModelPicker::rebuild);
        connect(library_, &ModelLibrary::currentChanged, this, &ModelPicker::followCurrent);
        // activated() comes only from the user (mouse or keyboard), never from followCurrent().
        connect(this, &QComboBox::activated, this, [this](int row) {
            if (const QString id = idAt(row); !id.isEmpty())
                library_->select(id);
        });
    }
    retranslate();
}

// Each row is words and numbers in the current language: the rows are built again.
void ModelPicker::retranslate() {
    setAccessibleName(tr("Model"));
    if (label_)
        label_->setText(tr("&Model"));
    rebuild();
}

QWidget* ModelPicker::labelled(ModelLibrary* library, Qt::Orientation orientation,
                               QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* picker = new ModelPicker(library, box);
    auto* label = new QLabel(box);
    label->setBuddy(picker);
    picker->label_ = label;
    label->setText(tr("&Model"));
    auto* layout = new QBoxLayout(
        orientation == Qt::Vertical ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight, box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(orientation == Qt::Vertical ? 2 : 8);
    layout->addWidget(label);
    layout->addWidget(picker, 1);
    return box;
}

QString ModelPicker::rowText(const ModelEntry& entry) {
    if (!std::isfinite(entry.testNll))
        return tr("%1 · test NLL not measured yet").arg(entry.title);
    return tr("%1 · test NLL %2 nats").arg(entry.title, QLocale().toString(entry.testNll, 'f', 2));
}

QString ModelPicker::shortText(const ModelEntry& entry) {
    return tr("%1 · %2").arg(shortName(entry), shortNll(entry));
}

QString ModelPicker::shortName(const ModelEntry& entry) {
    if (!entry.model)
        return entry.id;
    const QString name = ModelNames::shortName(*entry.model);
    // A model trained here sits beside the shipped one of the same kind: its time tells them apart.
    return entry.userModel
               ? ModelNames::trainedShort(name, userModelSavedAt(entry.metadata, entry.path))
               : name;
}

QString ModelPicker::shortNll(const ModelEntry& entry) {
    if (!std::isfinite(entry.testNll))
        return tr("NLL not measured");
    return tr("%1 nats").arg(QLocale().toString(entry.testNll, 'f', 2));
}

QString ModelPicker::idAt(int row) const {
    return row >= 0 && row < count() ? itemData(row).toString() : QString();
}

void ModelPicker::rebuild() {
    const QSignalBlocker block(this);
    clear();
    if (library_)
        for (const ModelEntry& entry : library_->entries()) {
            addItem(rowText(entry), entry.id);
            setItemData(count() - 1, rowText(entry), Qt::ToolTipRole);
            setItemData(count() - 1, shortName(entry), kShortNameRole);
            setItemData(count() - 1, shortNll(entry), kShortNllRole);
            setItemData(count() - 1,
                        std::isfinite(entry.testNll) ? QLocale().toString(entry.testNll, 'f', 2)
                                                     : QString(),
                        kNllNumberRole);
        }
    setEnabled(count() > 0);
    // The open list shows whole rows even when the closed box is narrower.
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 2 * view()->frameWidth() + 24);
    followCurrent();
}

void ModelPicker::followCurrent() {
    const QSignalBlocker block(this);
    const ModelEntry* current = library_ ? library_->current() : nullptr;
    setCurrentIndex(current ? findData(current->id) : -1);
    setToolTip(currentIndex() >= 0 ? currentText() : QString());
}

QString ModelPicker::closedText(const QString& name, const QString& nll, const QString& number,
                                const QFontMetrics& metrics, int width) {
    // When the box is too narrow, the unit goes first ("NADE, raster · 83.78"), then the name
    // gives way: the NLL is the number to compare.
    const QString full = tr(" · %1").arg(nll);
    const QString compact = number.isEmpty() ? full : tr(" · %1").arg(number);
    if (metrics.horizontalAdvance(name + full) <= width)
        return name + full;
    if (metrics.horizontalAdvance(name + compact) <= width)
        return name + compact;
    const int room = width - metrics.horizontalAdvance(full);
    return room >= metrics.horizontalAdvance(name.left(6) + QChar(0x2026))
               ? metrics.elidedText(name, Qt::ElideRight, room) + full
               : metrics.elidedText(name + full, Qt::ElideRight, width);
}

void ModelPicker::paintEvent(QPaintEvent*) {
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    const QRect text =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    option.currentText = closedText(itemData(currentIndex(), kShortNameRole).toString(),
                                    itemData(currentIndex(), kShortNllRole).toString(),
                                    itemData(currentIndex(), kNllNumberRole).toString(),
                                    fontMetrics(), text.width());
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

void ModelPicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

} // namespace pixelchain::ui
