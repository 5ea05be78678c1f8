#pragma once
// A short "coming" notice for a page whose issue has not landed yet.
#include <QWidget>

namespace pixelchain::ui {

class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& summary, QWidget* parent = nullptr);
};

} // namespace pixelchain::ui
