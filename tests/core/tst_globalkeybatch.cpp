#include "globalkeybatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

Q_DECLARE_METATYPE(rowscope::BatchStatus)

namespace {

template<typename T>
QByteArray json(const T &result)
{
    QByteArray out;
    JsonWriter writer(&out);
    result.writeJson(writer);
    return out;
}

const QString kInvalid = QString::fromLatin1(GlobalKeyBatch::kInvalidAssignment);

} // namespace

class TestGlobalKeyBatch final : public QObject {
    Q_OBJECT

private slots:
    void messages();
    void status_data();
    void status();
    void statusNames();
    void assignShape();
    void assignStatuses();
    void lookupShape();
    void lookupStatuses();
    void clearShape();
    void clearStatuses();
};

void TestGlobalKeyBatch::messages()
{
    QCOMPARE(kInvalid,
             u"Invalid assignment. Either DataRow does not exist, or globalKey is invalid"_s);
    QCOMPARE(QString::fromLatin1(GlobalKeyBatch::kNotFound), u"Data Row not found"_s);
    QCOMPARE(QString::fromLatin1(GlobalKeyBatch::kClearFailed),
             u"Failed to find data row matching provided global key"_s);
}

void TestGlobalKeyBatch::status_data()
{
    QTest::addColumn<int>("results");
    QTest::addColumn<int>("errors");
    QTest::addColumn<BatchStatus>("status");
    QTest::newRow("results, no errors") << 3 << 0 << BatchStatus::Success;
    QTest::newRow("nothing at all") << 0 << 0 << BatchStatus::Success;
    QTest::newRow("results and errors") << 2 << 1 << BatchStatus::PartialSuccess;
    QTest::newRow("one of each") << 1 << 1 << BatchStatus::PartialSuccess;
    QTest::newRow("errors only") << 0 << 2 << BatchStatus::Failure;
}

void TestGlobalKeyBatch::status()
{
    QFETCH(int, results);
    QFETCH(int, errors);
    QFETCH(BatchStatus, status);
    QCOMPARE(GlobalKeyBatch::status(results, errors), status);
}

void TestGlobalKeyBatch::statusNames()
{
    QCOMPARE(GlobalKeyBatch::statusName(BatchStatus::Success), u"SUCCESS"_s);
    QCOMPARE(GlobalKeyBatch::statusName(BatchStatus::PartialSuccess), u"PARTIAL SUCCESS"_s);
    QCOMPARE(GlobalKeyBatch::statusName(BatchStatus::Failure), u"FAILURE"_s);
}

void TestGlobalKeyBatch::assignShape()
{
    AssignKeysResult result;
    result.results = {{u"c1"_s, u"Key-1"_s}, {u"c2"_s, u"k2"_s}};
    result.errors = {{u"cmissing"_s, u"k3"_s, kInvalid}};
    QCOMPARE(json(result),
             QByteArray(R"({"status":"PARTIAL SUCCESS","results":[)"
                        R"({"data_row_id":"c1","global_key":"Key-1","sanitized":false},)"
                        R"({"data_row_id":"c2","global_key":"k2","sanitized":false}],)"
                        R"("errors":[{"data_row_id":"cmissing","global_key":"k3","error":)"
                        R"("Invalid assignment. Either DataRow does not exist, or globalKey is )"
                        R"(invalid"}]})"));
}

void TestGlobalKeyBatch::assignStatuses()
{
    AssignKeysResult result;
    result.results = {{u"c1"_s, u"k1"_s}};
    QCOMPARE(result.status(), BatchStatus::Success);
    QVERIFY(json(result).startsWith(R"({"status":"SUCCESS","results":[)"));
    QVERIFY(json(result).endsWith(R"("errors":[]})"));

    AssignKeysResult failed;
    failed.errors = {{u"c1"_s, u"bad#key"_s, kInvalid}};
    QCOMPARE(failed.status(), BatchStatus::Failure);
    QVERIFY(json(failed).startsWith(R"({"status":"FAILURE","results":[],"errors":[)"));
}

void TestGlobalKeyBatch::lookupShape()
{
    LookupKeysResult result;
    result.ids = {u"c1"_s, u""_s, u"c3"_s};
    result.errors = {{u"missing"_s, QString::fromLatin1(GlobalKeyBatch::kNotFound)}};
    QCOMPARE(result.found(), 2);
    QCOMPARE(json(result),
             QByteArray(R"({"status":"PARTIAL SUCCESS","results":["c1","","c3"],)"
                        R"("errors":[{"global_key":"missing","error":"Data Row not found"}]})"));
}

void TestGlobalKeyBatch::lookupStatuses()
{
    LookupKeysResult all;
    all.ids = {u"c1"_s, u"c2"_s};
    QCOMPARE(all.status(), BatchStatus::Success);

    // Empty ids are not results: nothing found is a failure.
    LookupKeysResult none;
    none.ids = {u""_s, u""_s};
    none.errors = {{u"a"_s, QString::fromLatin1(GlobalKeyBatch::kNotFound)},
                   {u"b"_s, QString::fromLatin1(GlobalKeyBatch::kNotFound)}};
    QCOMPARE(none.found(), 0);
    QCOMPARE(none.status(), BatchStatus::Failure);
    QVERIFY(json(none).startsWith(R"({"status":"FAILURE","results":["",""],)"));
}

void TestGlobalKeyBatch::clearShape()
{
    ClearKeysResult result;
    result.cleared = {u"Street/0001.jpg"_s};
    result.errors = {{u"gone"_s, QString::fromLatin1(GlobalKeyBatch::kClearFailed)}};
    QCOMPARE(json(result),
             QByteArray(R"({"status":"PARTIAL SUCCESS","results":["Street/0001.jpg"],)"
                        R"("errors":[{"global_key":"gone","error":)"
                        R"("Failed to find data row matching provided global key"}]})"));
}

void TestGlobalKeyBatch::clearStatuses()
{
    ClearKeysResult ok;
    ok.cleared = {u"a"_s, u"b"_s};
    QCOMPARE(ok.status(), BatchStatus::Success);
    QCOMPARE(json(ok), QByteArray(R"({"status":"SUCCESS","results":["a","b"],"errors":[]})"));

    ClearKeysResult failed;
    failed.errors = {{u"a"_s, QString::fromLatin1(GlobalKeyBatch::kClearFailed)}};
    QCOMPARE(failed.status(), BatchStatus::Failure);
}

QTEST_GUILESS_MAIN(TestGlobalKeyBatch)
#include "tst_globalkeybatch.moc"
