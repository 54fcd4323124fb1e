#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorarea.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Trellis::Widgets::EditorArea;

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

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

    void savesEditsKeepingLineEndings()
    {
        EditorArea area;
        const QString path = write(QStringLiteral("crlf.sql"), "select 1\r\nfrom t\r\n");
        auto editor = area.openFile(path);
        QVERIFY(editor.ok());
        QVERIFY(!area.hasUnsavedChanges());
        (*editor)->setCursorPosition(2, 0);
        (*editor)->insert(QStringLiteral("where x"));
        QVERIFY(area.hasUnsavedChanges());
        QVERIFY(area.saveCurrent().ok());
        QVERIFY(!area.hasUnsavedChanges());
        QCOMPARE(contents(path), QByteArray("select 1\r\nfrom t\r\nwhere x"));
    }

    void refusesBinaryFilesWithAMessage()
    {
        EditorArea area;
        const QString path = write(QStringLiteral("image.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
        const auto opened = area.openFile(path);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(QStringLiteral("binary")));
        QCOMPARE(area.openFileCount(), 0);
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
        auto editor = area.openFile(path);
        QVERIFY(editor.ok());
        (*editor)->append(QStringLiteral("-- precious edit\n"));
        QVERIFY(folder.remove());
        QVERIFY(!area.saveCurrent().ok());
        QVERIFY(area.hasUnsavedChanges());
        QVERIFY((*editor)->text().contains(QStringLiteral("precious edit")));
    }
};

QTEST_MAIN(TestEditorArea)
#include "tst_editorarea.moc"
