#include "core/engine/csvreader.h"

#include <QTest>

using Trellis::Core::CsvReader;

namespace {

// Records as "field|field" lines, bad records as "!line: problem", the fatal one as "!!line".
QString readAll(const QByteArray &csv, char delimiter = ',')
{
    CsvReader reader(csv, delimiter);
    std::vector<std::string_view> fields;
    QStringList out;
    for (;;) {
        const CsvReader::Status status = reader.next(fields);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Fatal) {
            out.append(QStringLiteral("!!%1").arg(reader.recordLine()));
            break;
        }
        if (status == CsvReader::Status::BadRecord) {
            out.append(QStringLiteral("!%1").arg(reader.recordLine()));
            continue;
        }
        QStringList parts;
        for (std::string_view field : fields)
            parts.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
        out.append(QString::number(reader.recordLine()) + QLatin1Char(':') + parts.join(u'|'));
    }
    return out.join(QLatin1String(" / "));
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << "1:a|b / 2:1|2";
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << "1:a|b / 2:1|2";
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << "1:a|b / 2:1|2";
        QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r") << "1:a|b / 2:1|2";
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf"
                                           "a\n1\n")
                             << "1:a / 2:1";
        QTest::newRow("empty fields") << QByteArray(",,\n") << "1:||";
        QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << "1:a,b|c";
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << "1:say \"hi\"|x";
        QTest::newRow("only doubled quote") << QByteArray("\"\"\"\"\n") << "1:\"";
        QTest::newRow("embedded newline counts lines")
            << QByteArray("\"a\nb\",c\nd,e\n") << "1:a\nb|c / 3:d|e";
        QTest::newRow("quoted empty") << QByteArray("\"\",x\n") << "1:|x";
        QTest::newRow("quote inside unquoted field is literal")
            << QByteArray("a\"b,c\n") << "1:a\"b|c";
        QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\nd,e\n") << "!1 / 2:d|e";
        QTest::newRow("unterminated") << QByteArray("a\n\"b,c\nd\n") << "1:a / !!2";
        QTest::newRow("blank line is one empty field")
            << QByteArray("a\n\nb\n") << "1:a / 2: / 3:b";
        QTest::newRow("utf8") << QByteArray("é,ü\n") << "1:é|ü";
        QTest::newRow("empty input") << QByteArray() << "";
    }
    void reads()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QCOMPARE(readAll(csv), expected);
    }

    void otherDelimiters()
    {
        QCOMPARE(readAll("a;b\n\"1;2\";3\n", ';'), QStringLiteral("1:a|b / 2:1;2|3"));
        QCOMPARE(readAll("a\tb\n1,2\t3\n", '\t'), QStringLiteral("1:a|b / 2:1,2|3"));
        QCOMPARE(readAll("a|b\n", '|'), QStringLiteral("1:a|b"));
    }

    void restartReadsAgain()
    {
        const QByteArray csv("x\n\"1\"\"\"\n2\n");
        CsvReader reader(csv);
        std::vector<std::string_view> fields;
        int first = 0, second = 0;
        while (reader.next(fields) == CsvReader::Status::Record)
            ++first;
        reader.restart();
        while (reader.next(fields) == CsvReader::Status::Record)
            ++second;
        QCOMPARE(first, 3);
        QCOMPARE(second, 3);
        QCOMPARE(reader.recordLine(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
