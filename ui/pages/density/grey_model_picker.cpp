#include "ui/pages/density/grey_model_picker.h"

#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/model_names.h"

#include <QEvent>
#include <QLocale>
#include <QSignalBlocker>
#include <cmath>

namespace pixelchain::ui {

GreyModelPicker::GreyModelPicker(GreyModelLibrary* library, QWidget* parent)
    : QComboBox(parent)
    , library_(library) {
    setObjectName(QStringLiteral("greyModelPicker"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    rebuild();
    if (!library_)
        return;
    connect(this, &QComboBox::activated, this,
            [this](int row) { library_->select(itemData(row).toString()); });
    connect(library_, &GreyModelLibrary::entriesChanged, this, &GreyModelPicker::rebuild);
    connect(library_, &GreyModelLibrary::currentChanged, this, &GreyModelPicker::followCurrent);
}

void GreyModelPicker::rebuild() {
    const QSignalBlocker blocker(this);
    clear();
    setEnabled(library_ && !library_->entries().isEmpty());
    if (!library_)
        return;
    // The short name and the test figure in the box; the whole title in the row's tooltip.
    for (const GreyModelEntry& entry : library_->entries()) {
        const QString name = ModelNames::shortName(*entry.model);
        addItem(
            std::isfinite(entry.testBitsPerDim)
                ? tr("%1 · %2 bits/dim").arg(name, QLocale().toString(entry.testBitsPerDim, 'f', 3))
                : name,
            entry.id);
        setItemData(count() - 1, entry.title, Qt::ToolTipRole);
    }
    followCurrent();
}

void GreyModelPicker::followCurrent() {
    const GreyModelEntry* current = library_ ? library_->current() : nullptr;
    const QSignalBlocker blocker(this);
    setCurrentIndex(current ? findData(current->id) : -1);
    setToolTip(current ? current->title : QString());
}

void GreyModelPicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QComboBox::changeEvent(event);
}

} // namespace pixelchain::ui
