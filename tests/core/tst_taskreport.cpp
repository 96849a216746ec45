#include "taskreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

namespace {

QByteArray json(const TaskReport &report, int indent = 0)
{
    QByteArray out;
    JsonWriter writer(&out, indent);
    report.writeJson(writer);
    return out;
}

CreatedRow row(const QString &id, const QString &key = QString(),
               const QString &externalId = QString())
{
    return {id, key, externalId, u"https://example.com/"_s + id + u".jpg"_s};
}

} // namespace

class TestTaskReport final : public QObject {
    Q_OBJECT

private slots:
    void status_data();
    void status();
    void emptyReport();
    void fullReportShape();
    void indexPositions();
    void indentedIsSameJson();
    void merge();
};

void TestTaskReport::status_data()
{
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("errors");
    QTest::addColumn<QString>("status");
    QTest::newRow("all created") << 3 << 0 << 0 << u"COMPLETE"_s;
    QTest::newRow("all updated") << 0 << 2 << 0 << u"COMPLETE"_s;
    QTest::newRow("some failed") << 1 << 0 << 4 << u"COMPLETE"_s;
    QTest::newRow("an update and failures") << 0 << 1 << 4 << u"COMPLETE"_s;
    QTest::newRow("all failed") << 0 << 0 << 2 << u"FAILED"_s;
    QTest::newRow("one item, failed") << 0 << 0 << 1 << u"FAILED"_s;
    QTest::newRow("nothing at all") << 0 << 0 << 0 << u"COMPLETE"_s;
}

void TestTaskReport::status()
{
    QFETCH(int, created);
    QFETCH(int, updated);
    QFETCH(int, errors);
    QFETCH(QString, status);
    TaskReport report;
    report.created = created;
    report.updated = updated;
    for (int i = 0; i < errors; ++i) {
        report.errors.append({u"bad"_s, ItemPosition::line(i + 1), QJsonValue(u"x"_s)});
    }
    QCOMPARE(report.status(), status);
    QCOMPARE(QJsonDocument::fromJson(json(report)).object().value(u"status"_s).toString(), status);
}

void TestTaskReport::emptyReport()
{
    QCOMPARE(json(TaskReport()),
             QByteArray(R"({"status":"COMPLETE","created":0,"updated":0,"result":[],"errors":[],)"
                        R"("warnings":[]})"));
}

void TestTaskReport::fullReportShape()
{
    TaskReport report;
    report.created = 1;
    report.updated = 1;
    report.result = {row(u"c1"_s, u"street/0001.jpg"_s, u"0001.jpg"_s), row(u"c2"_s)};
    const QJsonObject spec =
        QJsonDocument::fromJson(R"({"row_data": "https://example.com/d.jpg", "colour": "red"})")
            .object();
    report.errors = {
        {u"Invalid attribute: 'colour'"_s, ItemPosition::line(5), spec},
        {u"Line 8 is not valid JSON"_s, ItemPosition::line(8), QJsonValue(u"not json"_s)},
    };
    report.warnings = {{u"row_data URL contains '#'"_s, ItemPosition::line(2)}};

    const QByteArray expected =
        R"({"status":"COMPLETE","created":1,"updated":1,"result":[)"
        R"({"id":"c1","global_key":"street/0001.jpg","external_id":"0001.jpg","row_data":"https://example.com/c1.jpg"},)"
        R"({"id":"c2","global_key":null,"external_id":null,"row_data":"https://example.com/c2.jpg"}],)"
        R"("errors":[{"message":"Invalid attribute: 'colour'","line":5,"failedDataRows":[)"
        R"({"colour":"red","row_data":"https://example.com/d.jpg"}]},)"
        R"({"message":"Line 8 is not valid JSON","line":8,"failedDataRows":["not json"]}],)"
        R"("warnings":[{"message":"row_data URL contains '#'","line":2}]})";
    QCOMPARE(json(report), expected);
}

void TestTaskReport::indexPositions()
{
    TaskReport report;
    report.errors = {{u"row_data cannot be empty"_s, ItemPosition::index(0),
                      QJsonObject{{u"row_data"_s, u""_s}}}};
    report.warnings = {{u"w"_s, ItemPosition::index(3)}};
    const QJsonObject object = QJsonDocument::fromJson(json(report)).object();
    QCOMPARE(object.value(u"status"_s).toString(), u"FAILED"_s);
    const QJsonObject error = object.value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.keys(), (QStringList{u"failedDataRows"_s, u"index"_s, u"message"_s}));
    QCOMPARE(error.value(u"index"_s).toInt(-1), 0);
    QVERIFY(!error.contains(u"line"_s));
    QCOMPARE(error.value(u"failedDataRows"_s).toArray(),
             (QJsonArray{QJsonObject{{u"row_data"_s, u""_s}}}));
    const QJsonObject warning = object.value(u"warnings"_s).toArray().first().toObject();
    QCOMPARE(warning.value(u"index"_s).toInt(-1), 3);
    QVERIFY(!warning.contains(u"line"_s));
    // The index comes between message and failedDataRows, as the line does.
    QVERIFY(json(report).contains(R"({"message":"row_data cannot be empty","index":0,)"
                                  R"("failedDataRows":)"));
}

void TestTaskReport::indentedIsSameJson()
{
    TaskReport report;
    report.created = 2;
    report.result = {row(u"c1"_s), row(u"c2"_s, u"k"_s)};
    report.errors = {{u"e"_s, ItemPosition::line(3), QJsonValue(u"x"_s)}};
    const QByteArray indented = json(report, 2);
    QVERIFY(indented.contains('\n'));
    QCOMPARE(QJsonDocument::fromJson(indented), QJsonDocument::fromJson(json(report)));
}

void TestTaskReport::merge()
{
    TaskReport first;
    first.created = 2;
    first.result = {row(u"c1"_s), row(u"c2"_s)};
    first.warnings = {{u"w1"_s, ItemPosition::line(1)}};
    TaskReport second;
    second.updated = 1;
    second.result = {row(u"c3"_s)};
    second.errors = {{u"e1"_s, ItemPosition::line(9), QJsonValue(u"x"_s)}};
    second.warnings = {{u"w2"_s, ItemPosition::line(7)}};
    first.merge(second);
    QCOMPARE(first.created, 2);
    QCOMPARE(first.updated, 1);
    QCOMPARE(first.result.size(), 3);
    QCOMPARE(first.result.last().id, u"c3"_s);
    QCOMPARE(first.errors.size(), 1);
    QCOMPARE(first.warnings.size(), 2);
    QCOMPARE(first.warnings.last().message, u"w2"_s);
    QCOMPARE(first.status(), u"COMPLETE"_s);

    // Two failed halves make a failed whole.
    TaskReport failedA;
    failedA.errors = {{u"e"_s, ItemPosition::line(1), QJsonValue()}};
    TaskReport failedB = failedA;
    failedA.merge(failedB);
    QCOMPARE(failedA.errors.size(), 2);
    QCOMPARE(failedA.status(), u"FAILED"_s);
}

QTEST_GUILESS_MAIN(TestTaskReport)
#include "tst_taskreport.moc"
