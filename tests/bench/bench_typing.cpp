// Typing in the window on a generated mesh (issue 7): how long the GUI thread stalls while a
// user types into a model at ten keystrokes a second, with everything that follows an edit
// running (live mesh, Problems, squiggles, language index, compiled SQL when shown), and how long
// after the last keystroke of a broken ref its squiggle appears.
// bench_typing [PROJECTS] [MODELS_PER_PROJECT] [KEYSTROKES]   (QT_QPA_PLATFORM=offscreen works)
#include "app/mainwindow.h"
#include "meshgenerator.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Trellis;

namespace {

// Ticks every millisecond on the GUI thread; a tick that comes late measures how long the
// thread was busy with something else.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_stallsMs.push_back(double(now - m_lastTick) / 1e6 - 1.0);
            m_lastTick = now;
        });
    }
    void start()
    {
        m_stallsMs.clear();
        m_clock.start();
        m_lastTick = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    void report(const char *activity) const
    {
        std::vector<double> sorted = m_stallsMs;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.empty())
            return;
        const auto over = std::count_if(sorted.begin(), sorted.end(), [](double ms) { return ms > 16.0; });
        std::printf("GUI thread while %s: longest stall %.1f ms, 99th percentile %.1f ms, "
                    "%lld stalls over 16 ms in %.1f s\n",
                    activity, sorted.back(), sorted[sorted.size() * 99 / 100], static_cast<long long>(over),
                    double(m_clock.elapsed()) / 1000.0);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    std::vector<double> m_stallsMs;
};

// Keeps the event loop running for `ms`. Not QTest::qWait, which sleeps in 10 ms slices between
// event deliveries: the meter would count those sleeps as stalls.
void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// Types `text` a key every `intervalMs`; `keystrokeMs`, when given, receives how long each key
// took to handle (its own delivery, before the paint that follows).
void type(QWidget *editor, const QString &text, int intervalMs,
          std::vector<double> *keystrokeMs = nullptr)
{
    for (const QChar c : text) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClicks(editor, QString(c));
        if (keystrokeMs)
            keystrokeMs->push_back(double(timer.nsecsElapsed()) / 1e6);
        runEventLoop(intervalMs);
    }
}

// Deletes `count` characters with Backspace, a key every `intervalMs`, timed as type() does.
void backspace(QWidget *editor, int count, int intervalMs, std::vector<double> &keystrokeMs)
{
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(editor, Qt::Key_Backspace);
        keystrokeMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        runEventLoop(intervalMs);
    }
}

void reportKeystrokes(const char *activity, std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    if (times.empty())
        return;
    std::printf("  %s: per keystroke median %.1f ms, max %.1f ms (%zu keystrokes)\n", activity,
                times[times.size() / 2], times.back(), times.size());
}

// Names what the GUI thread was doing when it stalled: every event delivery over 16 ms, by
// receiver class and event type, while `recording` is on.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool recording = false;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only the GUI thread's deliveries: workers' events are not stalls.
        if (!recording || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const int type = event->type();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ms = timer.elapsed();
        if (ms > 16)
            m_slow.append(QStringLiteral("%1 ms (%2 ms CPU): %3 (in %4), event %5")
                              .arg(ms)
                              .arg(threadCpuMs() - cpuStart, 0, 'f', 1)
                              .arg(QString::fromLatin1(receiver->metaObject()->className()),
                                   receiver->parent() ? QString::fromLatin1(
                                       receiver->parent()->metaObject()->className())
                                                      : QString())
                              .arg(type));
        return result;
    }

    void reportSlowEvents()
    {
        for (const QString &line : m_slow)
            std::printf("  slow: %s\n", qPrintable(line));
        m_slow.clear();
    }

private:
    // On a shared machine a stall can be the thread waiting for a core; its CPU time tells
    // work from waiting.
    static double threadCpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    }

    QStringList m_slow;
};

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    const int projects = argc > 1 ? std::atoi(argv[1]) : 10;
    const int models = argc > 2 ? std::atoi(argv[2]) : 1000;
    const int keystrokes = argc > 3 ? std::atoi(argv[3]) : 60;

    QTemporaryDir folder;
    Bench::MeshShape shape;
    shape.projects = projects;
    shape.modelsPerProject = models;
    if (const QString error = Bench::MeshGenerator::write(folder.path(), shape); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    App::MainWindow window;
    window.setSessionsEnabled(false);
    window.resize(1400, 900);
    QSignalSpy loaded(&window, &App::MainWindow::workspaceLoaded);
    QElapsedTimer loading;
    loading.start();
    // The window must stay responsive while the mesh loads, too.
    StallMeter meter;
    meter.start();
    app.recording = true;
    window.openWorkspace(folder.path());
    window.show();
    if (loaded.isEmpty() && !loaded.wait(120'000)) {
        std::fprintf(stderr, "the mesh did not load\n");
        return 1;
    }
    runEventLoop(100); // the meter's next tick measures the delivery that announced the load
    meter.stop();
    app.recording = false;
    std::printf("mesh of %d models loaded in %lld ms\n", projects * models, loading.elapsed());
    meter.report("loading");
    app.reportSlowEvents();

    // A mart of the last project (the very last model is the versioned one): marts ref public
    // models upstream, so edits reach the graph.
    const QString project = Bench::MeshGenerator::projectName(projects - 1);
    const QString model = Bench::MeshGenerator::modelName(projects - 1, models - 2);
    QString path;
    for (const char *layer : {"marts", "intermediate", "staging"}) {
        const QString candidate = QStringLiteral("%1/%2/models/%3/%4.sql")
                                      .arg(folder.path(), project, QLatin1String(layer), model);
        if (QFileInfo::exists(candidate))
            path = candidate;
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "no file for %s\n", qPrintable(model));
        return 1;
    }
    window.openFile(path, 1);
    Widgets::CodeEditor *editor = window.editorArea()->currentEditor();
    runEventLoop(2000); // the language index and the first findings settle
    editor->setFocus();
    editor->setCursorPosition(0, 0);
    QTest::keyClick(editor, Qt::Key_Return);
    editor->setCursorPosition(0, 0);

    meter.start();
    app.recording = true;
    // A comment typed at a human pace: text only, the graph stays as it was.
    QString comment = QStringLiteral("-- ");
    while (comment.size() < keystrokes)
        comment += QStringLiteral("revenue by week ");
    type(editor, comment.left(keystrokes), 100);
    QTest::keyClick(editor, Qt::Key_Return);

    // A ref typed into the graph: every keystroke re-parses the model's calls.
    editor->setCursorPosition(1, 0);
    type(editor, QStringLiteral("{{ ref('%1') }}").arg(Bench::MeshGenerator::modelName(projects - 1, 0)), 100);
    QTest::keyClick(editor, Qt::Key_Return);

    // A ref to nothing arrives in one edit (a paste, an accepted completion): its squiggle
    // must follow.
    const int line = 2; // 0-based
    editor->insertAt(QStringLiteral("{{ ref('no_such_model') }}"), line, 0);
    QElapsedTimer sinceEdit;
    sinceEdit.start();
    while (!editor->diagnosticMessage(line).contains(QLatin1String("no_such_model"))
           && sinceEdit.elapsed() < 10'000)
        runEventLoop(1);
    const qint64 squiggleMs = sinceEdit.elapsed();
    meter.stop();
    app.recording = false;
    meter.report("typing");
    app.reportSlowEvents();
    std::printf("a pasted broken ref -> its squiggle: %lld ms (debounce included)\n",
                squiggleMs);

    // Filtering the project tree: the name of a model typed into the explorer's filter box.
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("ProjectFilter"));
    filter->setFocus();
    meter.start();
    app.recording = true;
    std::vector<double> typing;
    type(filter, model, 150, &typing);
    runEventLoop(1000);
    meter.stop();
    app.recording = false;
    meter.report("filtering the project tree");
    app.reportSlowEvents();
    reportKeystrokes("typing the filter", typing);

    // Deleting it again, key by key: each deletion widens the filter.
    std::vector<double> deleting;
    meter.start();
    app.recording = true;
    backspace(filter, int(model.size()), 150, deleting);
    runEventLoop(1000);
    meter.stop();
    app.recording = false;
    meter.report("clearing the project tree's filter");
    app.reportSlowEvents();
    reportKeystrokes("deleting the filter", deleting);
    return 0;
}
