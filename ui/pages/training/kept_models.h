#pragma once
// KeptModels: the models the user trained and kept, from both libraries (binary digits and grey
// ones), newest last, each with its test figure; a selected one can be deleted again. The list
// follows the libraries: a model saved by the page, or deleted, shows at once.
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace pixelchain::ui {

class GreyModelLibrary;
class ModelLibrary;

class KeptModels : public QWidget {
    Q_OBJECT
public:
    KeptModels(ModelLibrary* models, GreyModelLibrary* greyModels, QWidget* parent = nullptr);

    /// The ids listed, in order.
    QStringList ids() const;
    QListWidget* list() const { return list_; }
    QPushButton* deleteButton() const { return delete_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    void deleteSelected();

    ModelLibrary* models_;
    GreyModelLibrary* greyModels_;
    QLabel* explanation_ = nullptr;
    QListWidget* list_ = nullptr;
    QPushButton* delete_ = nullptr;
};

} // namespace pixelchain::ui
