#include "app/cli/clisetup.h"
#include "app/cli/commandline.h"
#include "app/guilauncher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Headless verbs decide before any QGuiApplication exists, so they run with no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const Trellis::App::Cli::CommandLine commandLine = Trellis::App::Cli::makeCommandLine();
    if (commandLine.isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        Trellis::App::installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return commandLine.run(arguments, out, err);
    }
    return Trellis::App::runGui(argc, argv);
}
