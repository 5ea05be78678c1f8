#pragma once
// The languages of the interface: English (the source texts) and Korean (resources/translations,
// built by Qt Linguist into the binary). Follows the system locale unless the user chose a
// language; a switch installs the new translators at once and Qt sends every widget a
// LanguageChange event.
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace pixelchain::ui {

class Language : public QObject {
    Q_OBJECT
public:
    explicit Language(QObject* parent = nullptr);

    /// Codes the app speaks: "en", "ko".
    static QStringList available();
    /// The language a choice resolves to: "" follows the system locale (Korean for ko_*, else
    /// English); unknown codes fall back to English.
    static QString resolve(const QString& choice);

    /// "" (follow the system), "en" or "ko".
    QString choice() const { return choice_; }
    /// The language on screen now.
    QString active() const { return active_; }
    /// Installs the translators for `choice`; returns false (and keeps the current language) when
    /// the translation cannot be loaded.
    bool set(const QString& choice);

Q_SIGNALS:
    void changed(const QString& active);

private:
    QString choice_;
    QString active_ = QStringLiteral("en");
    QTranslator* app_ = nullptr;
    QTranslator* qt_ = nullptr;
};

} // namespace pixelchain::ui
