// pixelchain: the desktop lab. Thin: parses the command line and opens the window.
#include "ui/shell/main_window.h"

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
    parser.process(app);

    pixelchain::ui::MainWindow window;
    const QString page = parser.value(pageOption);
    if (!window.showPage(page)) {
        std::fprintf(stderr, "pixelchain: unknown page '%s' (use counting, sampling, density or models)\n",
                     qPrintable(page));
        return 2;
    }
    window.show();
    return app.exec();
}
