#include "ui/shell/command_line.h"

#include "ui/pages/lessons/lesson_steps.h"

#include <QCommandLineParser>

namespace pixelchain::ui {

CommandLine::CommandLine()
    : page(QStringLiteral("page"), tr("Open on PAGE: counting, sampling, density or models."),
           QStringLiteral("PAGE"), QStringLiteral("counting"))
    , language(QStringLiteral("lang"), tr("Interface language: en or ko."), QStringLiteral("LANG"))
    , present(QStringLiteral("present"),
              tr("Start in presentation mode (full screen, large type)."))
    , lesson(QStringLiteral("lesson"),
             tr("Open the lesson at step N (1-%1).").arg(LessonSteps::all().size()),
             QStringLiteral("N"))
    , fresh(QStringLiteral("fresh"), tr("Ignore the settings and session of the last run.")) {}

void CommandLine::addTo(QCommandLineParser& parser) const {
    parser.setApplicationDescription(tr("A desktop lab for autoregressive generative models."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const QCommandLineOption* option : {&page, &language, &present, &lesson, &fresh})
        parser.addOption(*option);
    parser.addPositionalArgument(QStringLiteral("session"), tr("A session file to open."),
                                 QStringLiteral("[session]"));
}

QString CommandLine::languageArgument(const QStringList& arguments) {
    for (qsizetype k = 1; k < arguments.size(); ++k) {
        if (arguments[k] == QLatin1String("--lang") && k + 1 < arguments.size())
            return arguments[k + 1];
        if (arguments[k].startsWith(QLatin1String("--lang=")))
            return arguments[k].mid(7);
    }
    return {};
}

} // namespace pixelchain::ui
