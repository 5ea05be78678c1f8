// pixelchain: the desktop lab. Thin: parses the command line and opens the window.
#include "ui/pages/lessons/lesson_panel.h"
#include "ui/shell/main_window.h"
#include "ui/shell/presentation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PixelChain"));
    QApplication::setOrganizationName(QStringLiteral("PixelChain"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.pixelchain.PixelChain"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pixelchain.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A desktop lab for autoregressive generative models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main", "Open on PAGE: counting, sampling, density or models."),
        QStringLiteral("PAGE"), QStringLiteral("counting"));
    parser.addOption(pageOption);
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), QApplication::translate("main", "Interface language: en or ko."),
        QStringLiteral("LANG"));
    parser.addOption(languageOption);
    const QCommandLineOption presentOption(
        QStringLiteral("present"),
        QApplication::translate("main", "Start in presentation mode (full screen, large type)."));
    parser.addOption(presentOption);
    const QCommandLineOption lessonOption(
        QStringLiteral("lesson"),
        QApplication::translate("main", "Open the lesson at step N (1-8)."), QStringLiteral("N"));
    parser.addOption(lessonOption);
    const QCommandLineOption freshOption(
        QStringLiteral("fresh"),
        QApplication::translate("main", "Ignore the settings and session of the last run."));
    parser.addOption(freshOption);
    parser.addPositionalArgument(QStringLiteral("session"),
                                 QApplication::translate("main", "A session file to open."),
                                 QStringLiteral("[session]"));
    parser.process(app);

    pixelchain::ui::MainWindow window;
    if (!parser.isSet(freshOption))
        window.restoreSettings();
    if (parser.isSet(languageOption) && !window.setLanguage(parser.value(languageOption)))
        std::fprintf(stderr, "pixelchain: no translation for '%s'\n",
                     qPrintable(parser.value(languageOption)));
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        QString error;
        if (!window.openSessionFile(positional.front(), &error))
            std::fprintf(stderr, "pixelchain: %s\n", qPrintable(error));
    }
    if (parser.isSet(pageOption) || positional.isEmpty()) {
        const QString page = parser.value(pageOption);
        if (parser.isSet(pageOption) && !window.showPage(page)) {
            std::fprintf(
                stderr,
                "pixelchain: unknown page '%s' (use counting, sampling, density or models)\n",
                qPrintable(page));
            return 2;
        }
    }
    window.show();
    if (parser.isSet(lessonOption)) {
        window.setLessonsOpen(true);
        window.lessons()->go(parser.value(lessonOption).toInt() - 1);
    }
    if (parser.isSet(presentOption))
        window.presentation()->setPresenting(true);
    return app.exec();
}
