#include "ui/pages/training/kept_models.h"

#include "ui/adapters/grey_model_library.h"
#include "ui/adapters/model_library.h"
#include "ui/adapters/model_picker.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pixelchain::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kGreyRole = Qt::UserRole + 1;
} // namespace

KeptModels::KeptModels(ModelLibrary* models, GreyModelLibrary* greyModels, QWidget* parent)
    : QWidget(parent)
    , models_(models)
    , greyModels_(greyModels) {
    setObjectName(QStringLiteral("keptModels"));
    explanation_ = new QLabel(this);
    explanation_->setWordWrap(true);
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("keptModelList"));
    delete_ = new QPushButton(this);
    delete_->setObjectName(QStringLiteral("deleteKeptModel"));
    delete_->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation_);
    layout->addWidget(list_, 1);
    layout->addWidget(delete_, 0, Qt::AlignLeft);
    if (models_)
        connect(models_, &ModelLibrary::entriesChanged, this, &KeptModels::rebuild);
    if (greyModels_)
        connect(greyModels_, &GreyModelLibrary::entriesChanged, this, &KeptModels::rebuild);
    connect(list_, &QListWidget::currentRowChanged, this,
            [this](int row) { delete_->setEnabled(row >= 0); });
    connect(delete_, &QPushButton::clicked, this, &KeptModels::deleteSelected);
    retranslate();
    rebuild();
}

void KeptModels::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KeptModels::retranslate() {
    explanation_->setText(tr("Models trained here are kept in your data folder and appear in "
                             "every page's model list, also after a restart."));
    delete_->setText(tr("&Delete the selected model"));
    rebuild();
}

void KeptModels::rebuild() {
    const QString selected =
        list_->currentItem() ? list_->currentItem()->data(kIdRole).toString() : QString();
    list_->clear();
    const auto add = [this](const QString& id, const QString& text, bool grey) {
        auto* item = new QListWidgetItem(text, list_);
        item->setData(kIdRole, id);
        item->setData(kGreyRole, grey);
    };
    if (models_)
        for (const ModelEntry& entry : models_->entries())
            if (entry.userModel)
                add(entry.id, ModelPicker::rowText(entry), false);
    if (greyModels_)
        for (const GreyModelEntry& entry : greyModels_->entries())
            if (entry.userModel)
                add(entry.id, entry.title, true);
    if (list_->count() == 0)
        (new QListWidgetItem(tr("No model kept yet."), list_))->setFlags(Qt::NoItemFlags);
    for (int row = 0; row < list_->count(); ++row)
        if (!selected.isEmpty() && list_->item(row)->data(kIdRole).toString() == selected)
            list_->setCurrentRow(row);
    delete_->setEnabled(list_->currentRow() >= 0 &&
                        !list_->currentItem()->data(kIdRole).toString().isEmpty());
}

QStringList KeptModels::ids() const {
    QStringList ids;
    for (int row = 0; row < list_->count(); ++row)
        if (const QString id = list_->item(row)->data(kIdRole).toString(); !id.isEmpty())
            ids << id;
    return ids;
}

void KeptModels::deleteSelected() {
    const QListWidgetItem* item = list_->currentItem();
    if (!item)
        return;
    const QString id = item->data(kIdRole).toString();
    if (item->data(kGreyRole).toBool())
        greyModels_->removeUserModel(id);
    else
        models_->removeUserModel(id);
}

} // namespace pixelchain::ui
