#pragma once
// The application window: one tab per page (counting, sampling, density, models).
// Pages are created by the shell and know nothing of each other.
#include <QMainWindow>
#include <QStringList>

class QTabWidget;

namespace pixelchain::ui {

class ModelLibrary;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Machine names of the pages, in tab order: "counting", "sampling", "density", "models".
    static QStringList pageNames();

    /// Shows the page with that machine name; returns false for an unknown name.
    bool showPage(const QString& name);

    /// Machine name of the page on screen.
    QString currentPage() const;

    /// The page widget with that machine name, or nullptr.
    QWidget* page(const QString& name) const;

    /// The models the pages share.
    ModelLibrary* models() const { return models_; }

private:
    void addPage(const QString& name, QWidget* page, const QString& title);

    QTabWidget* tabs_ = nullptr;
    ModelLibrary* models_ = nullptr;
    QStringList names_;
};

} // namespace pixelchain::ui
