#include "app/mainwindow.h"
#include "app/recoverystore.h"
#include "trellis/version.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"
#include "widgets/editor/editortab.h"
#include "widgets/editor/filenoticebar.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Trellis::App::MainWindow;
using Trellis::App::RecoveryStore;

namespace {

QStringList backupFiles()
{
    QStringList files;
    QDirIterator it(RecoveryStore::defaultFolder(), {QStringLiteral("*.backup")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Crash recovery end to end: the real executable is killed with SIGKILL while a buffer is
// unsaved, and the next window offers the text back.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_workspace;
    QString m_model;

private Q_SLOTS:
    void initTestCase()
    {
        // The same data folder as the executable's, which names itself so.
        QCoreApplication::setApplicationName(QLatin1String(Trellis::Core::kApplicationName));
        QCoreApplication::setOrganizationName(QLatin1String(Trellis::Core::kOrganizationName));
        QDir(RecoveryStore::defaultFolder()).removeRecursively();
        writeFile(m_workspace.filePath(QStringLiteral("shop/dbt_project.yml")),
                  "name: shop\nversion: '1.0'\nprofile: shop\n");
        m_model = writeFile(m_workspace.filePath(QStringLiteral("shop/models/orders.sql")),
                            "select 1 as id\n");
    }

    void restoresAnUnsavedBufferAfterKill9()
    {
        const QString typed = QStringLiteral("-- typed before the crash ");
        QProcess trellis;
        trellis.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        trellis.start(QStringLiteral(TRELLIS_EXECUTABLE),
                      {QStringLiteral("--open"), m_model, QStringLiteral("--type"), typed,
                       m_workspace.path()});
        QVERIFY(trellis.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!backupFiles().isEmpty(), 30'000);
        trellis.kill(); // SIGKILL: no destructor runs, the backup stays
        QVERIFY(trellis.waitForFinished());
        QCOMPARE(trellis.exitStatus(), QProcess::CrashExit);

        {
            MainWindow window;
            Trellis::Widgets::FileNoticeBar *notice = window.recoveryNotice();
            QVERIFY(notice->isVisibleTo(&window));
            QVERIFY(notice->message().contains(QStringLiteral("orders.sql")));
            auto *restore = notice->findChild<QPushButton *>(QStringLiteral("RestoreButton"));
            QVERIFY(restore);
            restore->click();

            Trellis::Widgets::EditorTab *tab = window.editorArea()->tabOfFile(m_model);
            QVERIFY(tab);
            QVERIFY(tab->editor());
            QCOMPARE(tab->editor()->text(), typed + QStringLiteral("select 1 as id\n"));
            QVERIFY(tab->isModified());
            QVERIFY(notice->isHidden());
            QCOMPARE(contents(m_model), QByteArray("select 1 as id\n")); // the file is untouched
        }
        // Restored once: the next window has nothing to offer, and nothing is left behind.
        MainWindow next;
        QVERIFY(next.recoveryNotice()->isHidden());
        QVERIFY(backupFiles().isEmpty());
    }

    void removesTheBackupOnSave()
    {
        MainWindow window;
        window.openFile(m_model);
        Trellis::Widgets::EditorTab *tab = window.editorArea()->currentTab();
        tab->editor()->append(QStringLiteral("-- edit\n"));
        window.recoveryStore()->backUpNow();
        window.recoveryStore()->waitForWrites();
        QCOMPARE(backupFiles().size(), 1);

        QVERIFY(window.editorArea()->saveCurrent().ok());
        window.recoveryStore()->waitForWrites();
        QVERIFY(backupFiles().isEmpty());
        writeFile(m_model, "select 1 as id\n");
    }

    void backsUpSoonAfterAnEdit()
    {
        MainWindow window;
        window.openFile(m_model);
        QSignalSpy backedUp(window.recoveryStore(), &RecoveryStore::backedUp);
        window.editorArea()->currentEditor()->append(QStringLiteral("-- edit\n"));
        QVERIFY(backedUp.wait(RecoveryStore::kBackupDelayMs + 3000));
        QCOMPARE(backupFiles().size(), 1);
        // Closing without saving throws the buffer, and its backup, away.
        window.editorArea()->currentEditor()->setModified(false);
        QVERIFY(window.editorArea()->closeCurrent());
        window.recoveryStore()->waitForWrites();
        QVERIFY(backupFiles().isEmpty());
    }
};

QTEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
