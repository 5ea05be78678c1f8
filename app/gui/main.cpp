// pixelchain: the desktop lab. Thin: parses the command line and opens the window.
#include "ui/pages/lessons/lesson_panel.h"
#include "ui/shell/command_line.h"
#include "ui/shell/language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/presentation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <cstdio>
#include <memory>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PixelChain"));
    QApplication::setOrganizationName(QStringLiteral("PixelChain"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.pixelchain.PixelChain"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pixelchain.svg")));

    // --help speaks the language of --lang (or of the system): a translator lives while the
    // options are parsed; the window then installs its own.
    auto parsing = std::make_unique<pixelchain::ui::Language>();
    parsing->set(pixelchain::ui::CommandLine::languageArgument(QApplication::arguments()));
    const pixelchain::ui::CommandLine options;
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    parsing.reset();

    pixelchain::ui::MainWindow window;
    if (!parser.isSet(options.fresh))
        window.restoreSettings();
    if (parser.isSet(options.language) && !window.setLanguage(parser.value(options.language)))
        std::fprintf(stderr, "pixelchain: no translation for '%s'\n",
                     qPrintable(parser.value(options.language)));
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        QString error;
        if (!window.openSessionFile(positional.front(), &error))
            std::fprintf(stderr, "pixelchain: %s\n", qPrintable(error));
    }
    if (parser.isSet(options.page) && !window.showPage(parser.value(options.page))) {
        std::fprintf(stderr,
                     "pixelchain: unknown page '%s' (use counting, sampling, density or models)\n",
                     qPrintable(parser.value(options.page)));
        return 2;
    }
    window.show();
    if (parser.isSet(options.lesson)) {
        window.setLessonsOpen(true);
        window.lessons()->go(parser.value(options.lesson).toInt() - 1);
    }
    if (parser.isSet(options.present))
        window.presentation()->setPresenting(true);
    return app.exec();
}
