#include "guilauncher.h"

#include "app/appsettings.h"
#include "app/cli/clisetup.h"
#include "app/mainwindow.h"
#include "app/sandboxlocation.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"
#include "widgets/lineage/lineagepanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMessageBox>
#include <QTimer>

#include <clocale>
#include <cstdio>
#include <optional>

namespace Trellis::App {

namespace {

// How long --screenshot waits for the workspace before giving up.
constexpr int kScreenshotTimeoutMs = 60'000;
// Lets queued layout and paint events run after loading, so the picture shows the final state.
constexpr int kSettleDelayMs = 300;

void saveScreenshot(MainWindow &window, const QString &file)
{
    QTimer::singleShot(kSettleDelayMs, &window, [&window, file] {
        const bool saved = window.grab().save(file, "PNG");
        if (!saved)
            std::fprintf(stderr, "trellis: cannot write the screenshot %s\n", qPrintable(file));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

void saveScreenshotWhenLoaded(MainWindow &window, const QString &file)
{
    QObject::connect(&window, &MainWindow::workspaceLoaded, &window, [&window, file] {
        // The lineage lays out on its own thread after the workspace loaded: wait for it too.
        Widgets::LineagePanel *lineage = window.lineagePanel();
        if (!lineage->isLayoutPending()) {
            saveScreenshot(window, file);
            return;
        }
        QObject::connect(lineage, &Widgets::LineagePanel::pictureShown, &window,
                         [&window, file] { saveScreenshot(window, file); },
                         Qt::SingleShotConnection);
    });
    QTimer::singleShot(kScreenshotTimeoutMs, &window, [] {
        std::fprintf(stderr, "trellis: the workspace did not finish loading\n");
        QCoreApplication::exit(1);
    });
}

// Posts key events, so the text arrives through the editor's own input handling.
void typeIntoCurrentEditor(MainWindow &window, const QString &text)
{
    QWidget *editor = window.editorArea()->currentEditor();
    if (!editor)
        return;
    for (const QChar c : text) {
        QCoreApplication::postEvent(editor, new QKeyEvent(QEvent::KeyPress, 0, Qt::NoModifier, QString(c)));
        QCoreApplication::postEvent(editor, new QKeyEvent(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c)));
    }
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
    const QCommandLineOption lineage(
        QStringLiteral("lineage"),
        QApplication::translate("Trellis::App",
                                "Show the Lineage panel with this dbt selector ('' for the whole mesh)."),
        QStringLiteral("SELECTOR"));
    parser.addOption(lineage);
    const QCommandLineOption lineageProjects(
        QStringLiteral("lineage-projects"),
        QApplication::translate("Trellis::App", "Show the Lineage panel collapsed to projects."));
    parser.addOption(lineageProjects);
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QApplication::translate("Trellis::App",
                                "Use this theme for this run: desktop, light or dark."),
        QStringLiteral("THEME"));
    parser.addOption(theme);
    const QCommandLineOption open(
        QStringLiteral("open"),
        QApplication::translate("Trellis::App", "Open this file in an editor."),
        QStringLiteral("FILE"));
    parser.addOption(open);
    // Types text into the opened file as keystrokes would: the crash-recovery test drives the
    // real executable with it.
    QCommandLineOption type(QStringLiteral("type"), QString(), QStringLiteral("TEXT"));
    type.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(type);
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

    // Checked before the window exists: opening a missing file there asks in a dialog, which a
    // screenshot run would wait on until it timed out with a misleading message.
    if (parser.isSet(open) && !QFileInfo(parser.value(open)).isFile()) {
        std::fprintf(stderr, "trellis: %s\n",
                     qPrintable(QApplication::translate("Trellis::App", "no such file: %1")
                                    .arg(parser.value(open))));
        return 2;
    }

    std::optional<ThemeChoice> themeChoice;
    if (parser.isSet(theme)) {
        themeChoice = AppSettings::themeFromName(parser.value(theme));
        if (!themeChoice) {
            std::fprintf(stderr, "trellis: %s\n",
                         qPrintable(QApplication::translate("Trellis::App",
                                                            "unknown theme '%1' (use desktop, light or dark)")
                                        .arg(parser.value(theme))));
            return 2;
        }
    }

    MainWindow window;
    if (themeChoice)
        window.applyTheme(*themeChoice);
    if (parser.isSet(screenshot)) {
        // A picture shows the window as the command line describes it, not the last session.
        window.setSessionsEnabled(false);
        saveScreenshotWhenLoaded(window, parser.value(screenshot));
    }
    if (parser.isSet(lineage) || parser.isSet(lineageProjects)) {
        // Room for a lineage across three projects at a readable size.
        window.resize(1600, 1000);
        window.showLineage(parser.value(lineage), parser.isSet(lineageProjects));
    }
    window.openWorkspace(workspace);
    window.show();
    if (parser.isSet(open)) {
        window.openFile(parser.value(open));
        if (parser.isSet(type))
            typeIntoCurrentEditor(window, parser.value(type));
    }
    return app.exec();
}

} // namespace Trellis::App
