#include "core/engine/datetimevalue.h"

#include <QTest>

using Trellis::Core::DatePart;
using Trellis::Core::DateTimeValue;

namespace {

QString show(const std::optional<DateTimeValue> &value)
{
    return value ? QString::fromStdString(value->toString()) : QStringLiteral("invalid");
}

std::optional<DateTimeValue> parse(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return DateTimeValue::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
}

} // namespace

class TestDateTimeValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndFormats_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("date") << "2024-02-29"
                              << "2024-02-29";
        QTest::newRow("timestamp") << "2024-02-29 13:45:07"
                                   << "2024-02-29 13:45:07";
        QTest::newRow("T separator") << "2024-02-29T13:45:07"
                                     << "2024-02-29 13:45:07";
        QTest::newRow("no seconds") << "2024-02-29 13:45"
                                    << "2024-02-29 13:45:00";
        QTest::newRow("milliseconds") << "2024-02-29 13:45:07.250"
                                      << "2024-02-29 13:45:07.250";
        QTest::newRow("microseconds") << "2024-02-29 13:45:07.123456"
                                      << "2024-02-29 13:45:07.123456";
        QTest::newRow("nanoseconds kept to micros") << "2024-02-29 13:45:07.123456789"
                                                    << "2024-02-29 13:45:07.123456";
        QTest::newRow("Z") << "2024-02-29T13:45:07Z"
                           << "2024-02-29 13:45:07";
        QTest::newRow("offset folds to UTC") << "2024-03-01T01:00:00+02:00"
                                             << "2024-02-29 23:00:00";
        QTest::newRow("negative offset") << "2024-02-29T23:30:00-01:00"
                                         << "2024-03-01 00:30:00";
        QTest::newRow("surrounding blanks") << " 2024-01-01 "
                                            << "2024-01-01";
        QTest::newRow("not leap year") << "2023-02-29"
                                       << "invalid";
        QTest::newRow("month 13") << "2024-13-01"
                                  << "invalid";
        QTest::newRow("hour 24") << "2024-01-01 24:00:00"
                                 << "invalid";
        QTest::newRow("short year") << "24-01-01"
                                    << "invalid";
        QTest::newRow("slashes") << "2024/01/01"
                                 << "invalid";
        QTest::newRow("trailing junk") << "2024-01-01x"
                                       << "invalid";
        QTest::newRow("empty") << ""
                               << "invalid";
        QTest::newRow("year 1") << "0001-01-01"
                                << "0001-01-01";
    }
    void parsesAndFormats()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(show(parse(input)), expected);
    }

    void civilRoundTrip()
    {
        // Every day of four centuries, across the epoch, survives the round trip.
        for (qint64 days = -200'000; days < 200'000; ++days) {
            int y, m, d;
            DateTimeValue::civilFromDays(days, y, m, d);
            QCOMPARE(DateTimeValue::daysFromCivil(y, m, d), days);
        }
        QCOMPARE(DateTimeValue::daysFromCivil(1970, 1, 1), 0);
        QCOMPARE(DateTimeValue::daysFromCivil(2000, 3, 1), 11017);
    }

    void weekdaysAndWeeks_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<int>("isoWeek");
        QTest::newRow("epoch thursday") << "1970-01-01" << 3 << 1;
        QTest::newRow("monday") << "2024-01-01" << 0 << 1;
        QTest::newRow("sunday") << "2023-12-31" << 6 << 52;
        QTest::newRow("week 53") << "2020-12-31" << 3 << 53;
        QTest::newRow("belongs to previous year") << "2021-01-03" << 6 << 53;
        QTest::newRow("before epoch") << "1969-12-29" << 0 << 1;
    }
    void weekdaysAndWeeks()
    {
        QFETCH(QString, date);
        QFETCH(int, weekday);
        QFETCH(int, isoWeek);
        const auto value = parse(date);
        QVERIFY(value);
        QCOMPARE(value->mondayBasedWeekday(), weekday);
        QCOMPARE(value->isoWeek(), isoWeek);
    }

    void partNames()
    {
        QCOMPARE(DateTimeValue::parsePart("MONTH"), DatePart::Month);
        QCOMPARE(DateTimeValue::parsePart("yy"), DatePart::Year);
        QCOMPARE(DateTimeValue::parsePart("Weeks"), DatePart::Week);
        QCOMPARE(DateTimeValue::parsePart("mi"), DatePart::Minute);
        QVERIFY(!DateTimeValue::parsePart("fortnight"));
    }

    void arithmetic()
    {
        QCOMPARE(show(parse(QStringLiteral("2024-01-31"))->plus(DatePart::Month, 1)),
                 QStringLiteral("2024-02-29"));
        QCOMPARE(show(parse(QStringLiteral("2024-02-29"))->plus(DatePart::Year, 1)),
                 QStringLiteral("2025-02-28"));
        QCOMPARE(show(parse(QStringLiteral("2024-03-31"))->plus(DatePart::Month, -1)),
                 QStringLiteral("2024-02-29"));
        QCOMPARE(show(parse(QStringLiteral("2024-01-01"))->plus(DatePart::Hour, 25)),
                 QStringLiteral("2024-01-02 01:00:00"));
        QCOMPARE(show(parse(QStringLiteral("9999-12-31"))->plus(DatePart::Day, 1)),
                 QStringLiteral("invalid"));
        QCOMPARE(parse(QStringLiteral("1969-12-31 23:59:59"))
                     ->boundariesTo(*parse(QStringLiteral("1970-01-01 00:00:00")), DatePart::Hour),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestDateTimeValue)
#include "tst_datetimevalue.moc"
