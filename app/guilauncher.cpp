#include "guilauncher.h"

#include "app/cli/clisetup.h"
#include "app/mainwindow.h"
#include "app/sandboxlocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <clocale>
#include <cstdio>

namespace Trellis::App {

namespace {

// How long --screenshot waits for the workspace before giving up.
constexpr int kScreenshotTimeoutMs = 60'000;
// Lets queued layout and paint events run after loading, so the picture shows the final state.
constexpr int kSettleDelayMs = 300;

void saveScreenshotWhenLoaded(MainWindow &window, const QString &file)
{
    QObject::connect(&window, &MainWindow::workspaceLoaded, &window, [&window, file] {
        QTimer::singleShot(kSettleDelayMs, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "trellis: cannot write the screenshot %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    QTimer::singleShot(kScreenshotTimeoutMs, &window, [] {
        std::fprintf(stderr, "trellis: the workspace did not finish loading\n");
        QCoreApplication::exit(1);
    });
}

} // namespace

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // QApplication sets LC_NUMERIC from the environment; Graphviz switches it to "C" and back
    // around every layout, process-wide. Holding it at "C" makes that switch a no-op for the
    // other threads (Qt formats numbers through QLocale, not the C locale).
    std::setlocale(LC_NUMERIC, "C");
    installTranslations(app);

    QCommandLineParser parser;
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("Trellis::App", "Save a PNG of the window once loaded, then exit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QApplication::translate("Trellis::App", "Workspace folder."));
    if (!parser.parse(app.arguments()) || parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "trellis: %s\n",
                     qPrintable(parser.errorText().isEmpty()
                                    ? QApplication::translate("Trellis::App",
                                                              "only one workspace folder can be opened")
                                    : parser.errorText()));
        return 2;
    }

    QString workspace = parser.positionalArguments().value(0);
    if (workspace.isEmpty()) {
        const Core::Result<QString> sandbox = bundledSandbox().install();
        if (!sandbox) {
            QMessageBox::critical(nullptr, QApplication::translate("Trellis::App", "Sandbox mesh"),
                                  sandbox.error().toString());
            return 1;
        }
        workspace = *sandbox;
    }

    MainWindow window;
    if (parser.isSet(screenshot))
        saveScreenshotWhenLoaded(window, parser.value(screenshot));
    window.openWorkspace(workspace);
    window.show();
    return app.exec();
}

} // namespace Trellis::App
