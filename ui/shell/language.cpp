#include "ui/shell/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pixelchain::ui {

Language::Language(QObject* parent)
    : QObject(parent)
    , app_(new QTranslator(this))
    , qt_(new QTranslator(this)) {}

QStringList Language::available() {
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString Language::resolve(const QString& choice) {
    if (available().contains(choice))
        return choice;
    if (choice.isEmpty() && QLocale::system().language() == QLocale::Korean)
        return QStringLiteral("ko");
    return QStringLiteral("en");
}

bool Language::set(const QString& choice) {
    const QString wanted = resolve(choice);
    const bool english = wanted == QLatin1String("en");
    // Load first, swap after: a translation that fails to load leaves the screen as it was.
    auto* app = new QTranslator(this);
    if (!english && !app->load(QStringLiteral(":/i18n/pixelchain_") + wanted)) {
        delete app;
        return false;
    }
    auto* qt = new QTranslator(this);
    // Qt's own texts (dialog buttons) come from Qt's folder; without them Qt stays English.
    const bool qtLoaded = !english && qt->load(QStringLiteral("qtbase_") + wanted,
                                               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // The locale first: the LanguageChange events the translators cause format numbers anew.
    QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::UnitedStates)
                                : QLocale(QLocale::Korean, QLocale::SouthKorea));
    QCoreApplication::removeTranslator(app_);
    QCoreApplication::removeTranslator(qt_);
    delete app_;
    delete qt_;
    app_ = app;
    qt_ = qt;
    if (!english)
        QCoreApplication::installTranslator(app_);
    if (qtLoaded)
        QCoreApplication::installTranslator(qt_);

    choice_ = available().contains(choice) ? choice : QString();
    const bool switched = wanted != active_;
    active_ = wanted;
    if (switched)
        Q_EMIT changed(active_);
    return true;
}

} // namespace pixelchain::ui
