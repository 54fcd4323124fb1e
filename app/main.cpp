#include "app/cli/clisetup.h"
#include "app/cli/commandline.h"
#include "app/guilauncher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Headless verbs decide before any QGuiApplication exists, so they run with no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const Trellis::App::Cli::CommandLine commandLine = Trellis::App::Cli::makeCommandLine();
    if (commandLine.isHeadless(arguments)) {
        // Pictures need fonts, hence a GUI application, but never a display: the offscreen
        // platform draws into memory whatever QT_QPA_PLATFORM says.
        std::unique_ptr<QCoreApplication> app;
        if (commandLine.needsPainting(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        Trellis::App::installTranslations(*app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return commandLine.run(arguments, out, err);
    }
    return Trellis::App::runGui(argc, argv);
}
