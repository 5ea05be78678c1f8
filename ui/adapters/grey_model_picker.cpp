#include "ui/adapters/grey_model_picker.h"

#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/model_names.h"
#include "ui/adapters/user_models.h"

#include <QAbstractItemView>
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
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    if (library_) {
        connect(library_, &GreyModelLibrary::entriesChanged, this, &GreyModelPicker::rebuild);
        connect(library_, &GreyModelLibrary::currentChanged, this, &GreyModelPicker::followCurrent);
        // activated() comes only from the user (mouse or keyboard), never from followCurrent().
        connect(this, &QComboBox::activated, this, [this](int row) {
            if (const QString id = idAt(row); !id.isEmpty())
                library_->select(id);
        });
    }
    rebuild();
}

QString GreyModelPicker::rowText(const GreyModelEntry& entry) {
    QString name = entry.model ? ModelNames::shortName(*entry.model) : entry.id;
    if (entry.userModel)
        name = ModelNames::trainedShort(name, userModelSavedAt(entry.metadata, entry.path));
    if (!std::isfinite(entry.testBitsPerDim))
        return tr("%1 · test bits/dim not measured yet").arg(name);
    return tr("%1 · test %2 bits/dim").arg(name, QLocale().toString(entry.testBitsPerDim, 'f', 2));
}

QString GreyModelPicker::idAt(int row) const {
    return row >= 0 && row < count() ? itemData(row).toString() : QString();
}

void GreyModelPicker::rebuild() {
    const QSignalBlocker block(this);
    clear();
    setAccessibleName(tr("Greyscale model"));
    if (library_)
        for (const GreyModelEntry& entry : library_->entries()) {
            addItem(rowText(entry), entry.id);
            setItemData(count() - 1, entry.title, Qt::ToolTipRole);
        }
    setEnabled(count() > 0);
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 2 * view()->frameWidth() + 24);
    followCurrent();
}

void GreyModelPicker::followCurrent() {
    const QSignalBlocker block(this);
    const GreyModelEntry* current = library_ ? library_->current() : nullptr;
    setCurrentIndex(current ? findData(current->id) : -1);
    setToolTip(current ? current->title : QString());
}

void GreyModelPicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QComboBox::changeEvent(event);
}

} // namespace pixelchain::ui
