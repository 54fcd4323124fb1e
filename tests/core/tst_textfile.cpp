#include "core/util/textfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Trellis::Core::TextFile;

class TestTextFile : public QObject
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

private Q_SLOTS:
    void readsUtf8Text()
    {
        const QByteArray text = "select 'caf\xc3\xa9' as name\r\n";
        const auto read = TextFile::read(write(QStringLiteral("ok.sql"), text));
        QVERIFY(read.ok());
        QCOMPARE(*read, QString::fromUtf8(text));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("NUL byte") << QByteArray("a\nb\n\0c", 6) << 3 << 0 << QStringLiteral("binary");
        QTest::newRow("latin-1") << QByteArray("select 1\nselect 'caf\xe9'\n") << 2 << 12
                                 << QStringLiteral("UTF-8");
        QTest::newRow("truncated sequence") << QByteArray("ok\n\xe2\x82") << 2 << 1
                                            << QStringLiteral("UTF-8");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 1 << 1 << QStringLiteral("UTF-8");
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << 1 << 1 << QStringLiteral("UTF-8");
    }

    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto read = TextFile::readUtf8(write(QStringLiteral("bad"), bytes));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().line, line);
        QCOMPARE(read.error().column, column);
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
    }

    void rejectsHugeFiles()
    {
        const auto read = TextFile::readUtf8(write(QStringLiteral("big"), QByteArray(2048, 'x')), 1024);
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.contains(QStringLiteral("too large")));
    }

    void reportsMissingFile()
    {
        const auto read = TextFile::read(m_dir.filePath(QStringLiteral("missing.sql")));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().file, m_dir.filePath(QStringLiteral("missing.sql")));
    }

    void writesAtomically()
    {
        const QString path = write(QStringLiteral("model.sql"), "old");
        QVERIFY(TextFile::writeAtomically(path, "new contents\n").ok());
        QCOMPARE(*TextFile::readUtf8(path), QByteArray("new contents\n"));
        // A folder that does not exist cannot be written, and says so.
        const auto failed = TextFile::writeAtomically(m_dir.filePath(QStringLiteral("no/such.sql")), "x");
        QVERIFY(!failed.ok());
    }
};

QTEST_GUILESS_MAIN(TestTextFile)
#include "tst_textfile.moc"
