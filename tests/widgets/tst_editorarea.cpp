#include "dialoganswerer.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"
#include "widgets/editor/editortab.h"
#include "widgets/editor/filenoticebar.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Trellis::Tests::DialogAnswerer;
using Trellis::Widgets::EditorArea;
using Trellis::Widgets::EditorTab;

namespace {
// Long enough for inotify and the watcher's settling delay on a loaded machine.
constexpr int kDiskNoticeTimeoutMs = 5000;
} // namespace

class TestEditorArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the fixture");
        return file.fileName();
    }

    // As most editors and git write: a new file renamed over the old one.
    static void replaceAtomically(const QString &path, const QByteArray &bytes)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            qFatal("cannot replace the fixture");
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static EditorTab *open(EditorArea &area, const QString &path)
    {
        auto tab = area.openFile(path);
        if (!tab || !(*tab)->editor())
            qFatal("cannot open %s", qPrintable(path));
        return *tab;
    }

    // A buffer with an unsaved edit whose file another program then replaces.
    EditorTab *editThenChangeOnDisk(EditorArea &area, const QString &name)
    {
        const QString path = write(name, "select 1\n");
        EditorTab *tab = open(area, path);
        tab->editor()->append(QStringLiteral("-- mine\n"));
        replaceAtomically(path, "select 'theirs'\n");
        return tab;
    }

    // A file opened, then deleted by another program; null when the deletion went unnoticed.
    EditorTab *openThenDelete(EditorArea &area, const QString &name)
    {
        EditorTab *tab = open(area, write(name, "select 1\n"));
        if (!QFile::remove(tab->filePath()))
            return nullptr;
        const bool noticed
            = QTest::qWaitFor([tab] { return tab->isDeletedOnDisk(); }, kDiskNoticeTimeoutMs);
        return noticed ? tab : nullptr;
    }

    static QPushButton *noticeButton(EditorTab *tab, const QString &text)
    {
        for (QPushButton *button : tab->noticeBar()->findChildren<QPushButton *>()) {
            if (button->text() == text && !button->isHidden())
                return button;
        }
        return nullptr;
    }

private Q_SLOTS:
    void opensEachFileOnce()
    {
        EditorArea area;
        const QString path = write(QStringLiteral("a.sql"), "select 1\n");
        QVERIFY(area.openFile(path).ok());
        QVERIFY(area.openFile(path).ok());
        QCOMPARE(area.openFileCount(), 1);
        QVERIFY(area.closeCurrent());
        QCOMPARE(area.openFileCount(), 0);
    }

    void savesEditsKeepingLineEndingsAndEncoding_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QByteArray>("saved");
        QTest::newRow("crlf") << QByteArray("select 1\r\nfrom t\r\n")
                              << QByteArray("select 1\r\nfrom t\r\nwhere x");
        QTest::newRow("lf, no final newline")
            << QByteArray("select 1\nfrom t") << QByteArray("select 1\nfrom twhere x");
        QTest::newRow("mixed, kept line by line")
            << QByteArray("a\r\nb\nc\r\n") << QByteArray("a\r\nb\nc\r\nwhere x");
        QTest::newRow("utf-8 byte-order mark") << QByteArray("\xEF\xBB\xBFselect 'é'\n")
                                               << QByteArray("\xEF\xBB\xBFselect 'é'\nwhere x");
    }

    void savesEditsKeepingLineEndingsAndEncoding()
    {
        QFETCH(QByteArray, original);
        QFETCH(QByteArray, saved);
        EditorArea area;
        const QString path = write(QStringLiteral("format.sql"), original);
        EditorTab *tab = open(area, path);
        QVERIFY(!area.hasUnsavedChanges());
        QVERIFY(!tab->editor()->text().startsWith(QChar(0xFEFF)));
        const int last = tab->editor()->lines() - 1;
        tab->editor()->setCursorPosition(last, tab->editor()->lineLength(last));
        tab->editor()->insert(QStringLiteral("where x"));
        QVERIFY(area.hasUnsavedChanges());
        QVERIFY(area.saveCurrent().ok());
        QVERIFY(!area.hasUnsavedChanges());
        QCOMPARE(contents(path), saved);
    }

    void opensBinaryFilesAsAReadOnlyNotice()
    {
        EditorArea area;
        const QString path
            = write(QStringLiteral("image.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
        const auto opened = area.openFile(path);
        QVERIFY(opened.ok());
        QCOMPARE(area.openFileCount(), 1);
        QVERIFY(!(*opened)->editor());
        const QList<QLabel *> labels = (*opened)->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
            return label->text().contains(QStringLiteral("binary"));
        }));
        QVERIFY(!area.hasUnsavedChanges());
        QVERIFY(area.saveCurrent().ok()); // nothing to write
        QCOMPARE(contents(path), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    }

    void refusesFilesThatCannotBeRead()
    {
        EditorArea area;
        QVERIFY(!area.openFile(m_dir.filePath(QStringLiteral("missing.sql"))).ok());
        QCOMPARE(area.openFileCount(), 0);
    }

    void opensLargeFilesWithoutBlocking()
    {
        // 10 MB of SQL: read on the thread pool, shown without colouring.
        QByteArray line("select id, name, amount from payments where amount > 100 -- padding\n");
        QByteArray big;
        big.reserve(10 * 1024 * 1024 + line.size());
        while (big.size() < 10 * 1024 * 1024)
            big += line;
        const QString path = write(QStringLiteral("big.sql"), big);
        EditorArea area;
        QElapsedTimer timer;
        timer.start();
        auto tab = area.openFile(path);
        const qint64 openMs = timer.elapsed();
        QVERIFY(tab.ok());
        QVERIFY((*tab)->isLoading());
        QVERIFY2(openMs < 100, qPrintable(QStringLiteral("openFile took %1 ms").arg(openMs)));
        QSignalSpy loaded(*tab, &EditorTab::loaded);
        QVERIFY(loaded.wait(20'000));
        QVERIFY((*tab)->editor());
        QCOMPARE((*tab)->editor()->length(), big.size());
        QVERIFY((*tab)->noticeBar()->message().contains(QStringLiteral("colouring")));
    }

    void keepsTheBufferWhenSavingFails()
    {
        EditorArea area;
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("gone.sql"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("select 1\n");
        file.close();
        EditorTab *tab = open(area, path);
        tab->editor()->append(QStringLiteral("-- precious edit\n"));
        QVERIFY(folder.remove());
        QVERIFY(!area.saveCurrent().ok());
        QVERIFY(area.hasUnsavedChanges());
        QVERIFY(tab->editor()->text().contains(QStringLiteral("precious edit")));
    }

    void reloadsACleanBufferChangedOnDisk_data()
    {
        QTest::addColumn<bool>("atomic");
        QTest::newRow("written in place") << false;
        QTest::newRow("replaced by a rename") << true;
    }

    void reloadsACleanBufferChangedOnDisk()
    {
        QFETCH(bool, atomic);
        EditorArea area;
        const QString path = write(QStringLiteral("clean.sql"), "select 1\nfrom a\nwhere b\n");
        EditorTab *tab = open(area, path);
        tab->editor()->setCursorPosition(1, 2);
        if (atomic)
            replaceAtomically(path, "select 2\nfrom a\nwhere b\n");
        else
            write(QStringLiteral("clean.sql"), "select 2\nfrom a\nwhere b\n");
        QTRY_COMPARE_WITH_TIMEOUT(tab->editor()->text(),
                                  QStringLiteral("select 2\nfrom a\nwhere b\n"),
                                  kDiskNoticeTimeoutMs);
        QVERIFY(!tab->isModified());
        int line = 0;
        int index = 0;
        tab->editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 1); // the cursor stays where it was
        QCOMPARE(index, 2);

        // A second change is seen too: the watch survived the first.
        replaceAtomically(path, "select 3\n");
        QTRY_COMPARE_WITH_TIMEOUT(tab->editor()->text(), QStringLiteral("select 3\n"),
                                  kDiskNoticeTimeoutMs);
    }

    void ignoresItsOwnSaves()
    {
        EditorArea area;
        const QString path = write(QStringLiteral("own.sql"), "select 1\n");
        EditorTab *tab = open(area, path);
        tab->editor()->append(QStringLiteral("-- mine\n"));
        QVERIFY(area.saveCurrent().ok());
        tab->editor()->append(QStringLiteral("-- more\n"));
        QTest::qWait(500); // the save's own notice arrives and must change nothing
        QVERIFY(tab->noticeBar()->isHidden());
        QCOMPARE(tab->editor()->text(), QStringLiteral("select 1\n-- mine\n-- more\n"));
    }

    void asksWhenAModifiedBufferChangesOnDisk()
    {
        EditorArea area;
        EditorTab *tab = editThenChangeOnDisk(area, QStringLiteral("dirty.sql"));
        QTRY_VERIFY_WITH_TIMEOUT(noticeButton(tab, QStringLiteral("Reload")), kDiskNoticeTimeoutMs);
        QCOMPARE(tab->editor()->text(), QStringLiteral("select 1\n-- mine\n"));
        QVERIFY(tab->isModified());

        noticeButton(tab, QStringLiteral("Reload"))->click();
        QCOMPARE(tab->editor()->text(), QStringLiteral("select 'theirs'\n"));
        QVERIFY(!tab->isModified());
        QVERIFY(tab->noticeBar()->isHidden());
    }

    void keepMineThenSavesWithoutAsking()
    {
        EditorArea area;
        EditorTab *tab = editThenChangeOnDisk(area, QStringLiteral("keep.sql"));
        QTRY_VERIFY_WITH_TIMEOUT(noticeButton(tab, QStringLiteral("Keep Mine")),
                                 kDiskNoticeTimeoutMs);
        noticeButton(tab, QStringLiteral("Keep Mine"))->click();
        QVERIFY(tab->isModified());

        DialogAnswerer cancel(QStringLiteral("Cancel"));
        QVERIFY(area.saveCurrent().ok());
        QCOMPARE(cancel.answered(), 0);
        QCOMPARE(contents(tab->filePath()), QByteArray("select 1\n-- mine\n"));
    }

    void savingWithAnExternalChangePendingAsksFirst()
    {
        EditorArea area;
        // Saved before the watcher's notice is handled: the save itself must notice.
        EditorTab *tab = editThenChangeOnDisk(area, QStringLiteral("pending.sql"));
        const QString path = tab->filePath();
        {
            DialogAnswerer cancel(QStringLiteral("Cancel"));
            QVERIFY(!area.saveCurrent().ok());
            QCOMPARE(cancel.answered(), 1);
        }
        QCOMPARE(contents(path), QByteArray("select 'theirs'\n"));
        QVERIFY(tab->isModified());
        {
            DialogAnswerer overwrite(QStringLiteral("Overwrite"));
            QVERIFY(area.saveCurrent().ok());
            QCOMPARE(overwrite.answered(), 1);
        }
        QCOMPARE(contents(path), QByteArray("select 1\n-- mine\n"));
        QVERIFY(!tab->isModified());
        QTest::qWait(500);
        QVERIFY(!noticeButton(tab, QStringLiteral("Reload"))); // the stale notice is not shown
    }

    void keepsTheBufferOfADeletedFile()
    {
        EditorArea area;
        EditorTab *tab = openThenDelete(area, QStringLiteral("deleted.sql"));
        QVERIFY(tab);
        const QString path = tab->filePath();
        QCOMPARE(tab->editor()->text(), QStringLiteral("select 1\n"));
        QVERIFY(tab->title().contains(QStringLiteral("deleted")));
        QVERIFY(tab->noticeBar()->message().contains(QStringLiteral("deleted")));
        QVERIFY(area.hasUnsavedChanges()); // closing would lose the only copy

        QVERIFY(area.saveCurrent().ok());
        QCOMPARE(contents(path), QByteArray("select 1\n"));
        QVERIFY(!tab->isDeletedOnDisk());
        QVERIFY(!area.hasUnsavedChanges());
    }

    void notesADeletedFileThatComesBack()
    {
        EditorArea area;
        EditorTab *tab = openThenDelete(area, QStringLiteral("back.sql"));
        QVERIFY(tab);
        write(QStringLiteral("back.sql"), "select 'restored'\n");
        QTRY_COMPARE_WITH_TIMEOUT(tab->editor()->text(), QStringLiteral("select 'restored'\n"),
                                  kDiskNoticeTimeoutMs);
        QVERIFY(!tab->isDeletedOnDisk());
    }

    void splitsIntoTwoGroups()
    {
        EditorArea area;
        EditorTab *first = open(area, write(QStringLiteral("left.sql"), "select 1\n"));
        EditorTab *second = open(area, write(QStringLiteral("right.sql"), "select 2\n"));
        QCOMPARE(area.groupCount(), 1);
        area.splitCurrent();
        QCOMPARE(area.groupCount(), 2);
        QCOMPARE(area.groupOf(first), 0);
        QCOMPARE(area.groupOf(second), 1);
        QCOMPARE(area.currentTab(), second);
        // A file opened now goes to the group in use.
        EditorTab *third = open(area, write(QStringLiteral("third.sql"), "select 3\n"));
        QCOMPARE(area.groupOf(third), 1);
        QVERIFY(area.closeTab(third));
        QVERIFY(area.closeTab(second));
        QCOMPARE(area.groupCount(), 1);
        QCOMPARE(area.openFileCount(), 1);
    }
};

QTEST_MAIN(TestEditorArea)
#include "tst_editorarea.moc"
