#include "timestamp.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

namespace {
// 2026-11-29T18:40:00.000Z, the capture time of the spec's examples.
constexpr qint64 kCapture = 1795977600000;
} // namespace

class TestTimestamp final : public QObject {
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void roundTripText_data();
    void roundTripText();
    void roundTripMsecs();
    void nowIsCurrent();
};

void TestTimestamp::format_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("text");
    QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00.000+00:00"_s;
    QTest::newRow("leap day") << qint64(1709210096789) << u"2024-02-29T12:34:56.789+00:00"_s;
    QTest::newRow("leap century") << qint64(951782400000) << u"2000-02-29T00:00:00.000+00:00"_s;
    QTest::newRow("1900 is not leap")
        << qint64(-2203891200000) << u"1900-03-01T00:00:00.000+00:00"_s;
    QTest::newRow("one ms before epoch") << qint64(-1) << u"1969-12-31T23:59:59.999+00:00"_s;
    QTest::newRow("pre-1970") << qint64(-14182940000) << u"1969-07-20T20:17:40.000+00:00"_s;
    QTest::newRow("year 1") << qint64(-62135596800000) << u"0001-01-01T00:00:00.000+00:00"_s;
    QTest::newRow("year 9999") << qint64(253402300799999) << u"9999-12-31T23:59:59.999+00:00"_s;
    QTest::newRow("small millis padded") << kCapture + 7 << u"2026-11-29T18:40:00.007+00:00"_s;
}

void TestTimestamp::format()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, text);
    QCOMPARE(Timestamp::format(msecs), text);
    QCOMPARE(Timestamp::format(msecs).size(), 29);
}

void TestTimestamp::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msecs");
    QTest::newRow("date only") << u"2026-11-29"_s << qint64(1795910400000);
    QTest::newRow("Z") << u"2026-11-29T18:40:00Z"_s << kCapture;
    QTest::newRow("lower-case z") << u"2026-11-29T18:40:00z"_s << kCapture;
    QTest::newRow("+HH:MM") << u"2026-11-29T20:40:00+02:00"_s << kCapture;
    QTest::newRow("+HHMM") << u"2026-11-29T20:40:00+0200"_s << kCapture;
    QTest::newRow("+HH") << u"2026-11-29T20:40:00+02"_s << kCapture;
    QTest::newRow("-HH:MM with minutes") << u"2026-11-29T13:10:00-05:30"_s << kCapture;
    QTest::newRow("+00:00") << u"2026-11-29T18:40:00.000+00:00"_s << kCapture;
    QTest::newRow("offset crosses midnight") << u"2026-11-30T00:40:00+06:00"_s << kCapture;
    QTest::newRow("no offset is UTC") << u"2026-11-29T18:40:00"_s << kCapture;
    QTest::newRow("no seconds") << u"2026-11-29T18:40"_s << kCapture;
    QTest::newRow("no seconds, offset") << u"2026-11-29T19:40+01:00"_s << kCapture;
    QTest::newRow("one fraction digit") << u"2026-11-29T18:40:00.5Z"_s << kCapture + 500;
    QTest::newRow("three fraction digits") << u"2026-11-29T18:40:00.123Z"_s << kCapture + 123;
    QTest::newRow("microseconds truncated") << u"2026-11-29T18:40:00.123456Z"_s << kCapture + 123;
    QTest::newRow("truncated, not rounded") << u"2026-11-29T18:40:00.9999Z"_s << kCapture + 999;
    QTest::newRow("nanoseconds, offset") << u"2026-11-29T20:40:00.000000001+02:00"_s << kCapture;
    QTest::newRow("leap day") << u"2024-02-29T12:34:56.789Z"_s << qint64(1709210096789);
    QTest::newRow("leap century") << u"2000-02-29"_s << qint64(951782400000);
    QTest::newRow("pre-1970") << u"1969-07-20T20:17:40Z"_s << qint64(-14182940000);
    QTest::newRow("year 1") << u"0001-01-01"_s << qint64(-62135596800000);
    QTest::newRow("year 9999") << u"9999-12-31T23:59:59.999Z"_s << qint64(253402300799999);
    QTest::newRow("year 9999, east offset")
        << u"9999-12-31T23:59:59.999+01:00"_s << qint64(253402300799999 - 3600000);
    QTest::newRow("year 1, west offset")
        << u"0001-01-01T00:30:00-01:00"_s << qint64(-62135596800000 + 5400000);
    QTest::newRow("end of day") << u"2026-11-29T23:59:59Z"_s << qint64(1795910400000 + 86399000);
}

void TestTimestamp::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(qint64, msecs);
    const auto parsed = Timestamp::parse(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, msecs);
}

void TestTimestamp::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("garbage") << u"yesterday"_s;
    QTest::newRow("month 13") << u"2026-13-01"_s;
    QTest::newRow("month 0") << u"2026-00-10"_s;
    QTest::newRow("day 0") << u"2026-01-00"_s;
    QTest::newRow("day 32") << u"2026-01-32"_s;
    QTest::newRow("April 31") << u"2026-04-31"_s;
    QTest::newRow("Feb 30") << u"2024-02-30"_s;
    QTest::newRow("Feb 29, not leap") << u"2025-02-29"_s;
    QTest::newRow("Feb 29, 1900") << u"1900-02-29"_s;
    QTest::newRow("hour 24") << u"2026-11-29T24:00:00Z"_s;
    QTest::newRow("hour 25") << u"2026-11-29T25:00:00Z"_s;
    QTest::newRow("minute 60") << u"2026-11-29T18:60:00Z"_s;
    QTest::newRow("second 60") << u"2026-11-29T18:40:60Z"_s;
    QTest::newRow("year 0") << u"0000-01-01"_s;
    QTest::newRow("year 10000") << u"10000-01-01"_s;
    QTest::newRow("year 10000 with time") << u"10000-01-01T00:00:00Z"_s;
    QTest::newRow("two-digit year") << u"26-11-29"_s;
    QTest::newRow("single-digit month") << u"2026-1-05"_s;
    QTest::newRow("trailing text") << u"2026-11-29T18:40:00Zjunk"_s;
    QTest::newRow("trailing text after date") << u"2026-11-29 and more"_s;
    QTest::newRow("trailing text, no offset") << u"2026-11-29T18:40:00 UTC"_s;
    QTest::newRow("T without time") << u"2026-11-29T"_s;
    QTest::newRow("hour only") << u"2026-11-29T18"_s;
    QTest::newRow("fraction without digits") << u"2026-11-29T18:40:00.Z"_s;
    QTest::newRow("offset hour 24") << u"2026-11-29T18:40:00+24:00"_s;
    QTest::newRow("offset minute 60") << u"2026-11-29T18:40:00+01:60"_s;
    QTest::newRow("offset cut short") << u"2026-11-29T18:40:00+01:"_s;
    QTest::newRow("slashes") << u"2026/11/29"_s;
    QTest::newRow("non-ASCII digits") << u"\u0662\u0660\u0662\u0666-11-29"_s;
    QTest::newRow("epoch number") << u"1795977600000"_s;
    // Dates in range whose offset moves them out of the years 1 to 9999 in UTC.
    QTest::newRow("past 9999 in UTC") << u"9999-12-31T23:00:00-05:00"_s;
    QTest::newRow("before year 1 in UTC") << u"0001-01-01T00:30:00+01:00"_s;
}

void TestTimestamp::parseRejects()
{
    QFETCH(QString, text);
    const auto parsed = Timestamp::parse(text);
    QVERIFY2(!parsed.has_value(), qPrintable(Timestamp::format(parsed.value_or(0))));
}

void TestTimestamp::roundTripText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("epoch") << u"1970-01-01T00:00:00.000+00:00"_s;
    QTest::newRow("export time") << u"2026-11-30T09:15:02.431+00:00"_s;
    QTest::newRow("leap day") << u"2024-02-29T23:59:59.999+00:00"_s;
    QTest::newRow("pre-1970") << u"1901-12-13T20:45:52.001+00:00"_s;
    QTest::newRow("year 1") << u"0001-01-01T00:00:00.000+00:00"_s;
    QTest::newRow("year 9999") << u"9999-12-31T23:59:59.999+00:00"_s;
}

void TestTimestamp::roundTripText()
{
    QFETCH(QString, text);
    const auto parsed = Timestamp::parse(text);
    QVERIFY(parsed);
    QCOMPARE(Timestamp::format(*parsed), text);
}

void TestTimestamp::roundTripMsecs()
{
    // Every millisecond value in a wide range survives format -> parse, including negative
    // values whose millisecond part needs borrowing from the seconds.
    const qint64 samples[] = {0,
                              1,
                              -1,
                              999,
                              -999,
                              -1000,
                              -1001,
                              86399999,
                              -86400001,
                              kCapture,
                              -62135596800000,
                              253402300799999,
                              951868799999,
                              4107542400000};
    for (const qint64 msecs : samples) {
        const auto parsed = Timestamp::parse(Timestamp::format(msecs));
        QVERIFY2(parsed, qPrintable(Timestamp::format(msecs)));
        QCOMPARE(*parsed, msecs);
    }
    // A walk across 400 years in uneven steps hits every month length and leap rule.
    for (qint64 msecs = -2208988800000; msecs < 10413792000000; msecs += 7776012345) {
        QCOMPARE(Timestamp::parse(Timestamp::format(msecs)).value_or(-1), msecs);
    }
}

void TestTimestamp::nowIsCurrent()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = Timestamp::now();
    QVERIFY(now >= before);
    QVERIFY(now - before < 5000);
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
