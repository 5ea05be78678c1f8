#pragma once
// CommandLine: the options of the pixelchain window, described in the interface's language.
// They live in the ui library so that Qt Linguist finds their texts with the rest, and main()
// installs the translation asked for by --lang before it parses, so --help speaks it too.
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace pixelchain::ui {

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// Builds the options with descriptions in the language installed now.
    CommandLine();
    /// Adds the description, --help, --version, every option and the session argument.
    void addTo(QCommandLineParser& parser) const;

    /// The value of --lang before any parser runs ("" when absent).
    static QString languageArgument(const QStringList& arguments);

    QCommandLineOption page;
    QCommandLineOption language;
    QCommandLineOption present;
    QCommandLineOption lesson;
    QCommandLineOption fresh;
};

} // namespace pixelchain::ui
