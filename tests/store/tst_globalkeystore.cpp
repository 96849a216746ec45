#include "storetest.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

namespace {

const QString kMissing = u"cnosuchrow000000000000000"_s;
const QString kInvalidAssignment =
    u"Invalid assignment. Either DataRow does not exist, or globalKey is invalid"_s;

} // namespace

class TestGlobalKeyStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void assignAllSucceed();
    void assignPartialSuccess();
    void assignFailure();
    void assignKeyOfAnotherRowFails();
    void assignRepeatedKeyInOneCall();
    void assignItemWithNullFieldRejectsTheWholeCall();
    void assignJsonShape();
    void lookupInInputOrder();
    void lookupStatusCountsFoundIds();
    void lookupJsonShape();
    void clearAnswersKeysAsStored();
    void clearMissingKeys();
    void clearedKeyIsReusable();
    void clearJsonShape();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    QString m_a; // key "Alpha-1"
    QString m_b; // no key, in another dataset
    QString m_c; // no key
};

void TestGlobalKeyStore::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY(m_ws->isValid());
    const QString first = test::newDataset(*m_ws, u"First"_s);
    const QString second = test::newDataset(*m_ws, u"Second"_s);
    m_a =
        test::createRow(*m_ws, first, QByteArray(R"({"row_data": "a", "global_key": "Alpha-1"})"));
    m_b = test::createRow(*m_ws, second, QByteArray(R"({"row_data": "b"})"));
    m_c = test::createRow(*m_ws, first, QByteArray(R"({"row_data": "c"})"));
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty() && !m_c.isEmpty());
}

void TestGlobalKeyStore::cleanup()
{
    m_ws.reset();
}

void TestGlobalKeyStore::assignAllSucceed()
{
    auto result = (*m_ws)->keys().assign({{m_b, u"Beta-1"_s}, {m_c, u"gamma/1.jpg"_s}});
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(result->status(), BatchStatus::Success);
    QCOMPARE(GlobalKeyBatch::statusName(result->status()), u"SUCCESS"_s);
    QCOMPARE(result->errors.size(), 0);
    QCOMPARE(result->results.size(), 2);
    QCOMPARE(result->results[0].dataRowId, m_b);
    QCOMPARE(result->results[0].globalKey, u"Beta-1"_s);
    QCOMPARE(result->results[1].dataRowId, m_c);
    QCOMPARE(result->results[1].globalKey, u"gamma/1.jpg"_s);
    QCOMPARE((*m_ws)->rows().get(m_b)->globalKey, u"Beta-1"_s);
    QCOMPARE((*m_ws)->rows().getByGlobalKey(u"GAMMA/1.JPG"_s)->id, m_c);

    // Re-assigning: a row's own key (in any case) and a new key replacing the old one.
    auto again = (*m_ws)->keys().assign({{m_a, u"ALPHA-1"_s}, {m_b, u"beta-2"_s}});
    QVERIFY(again);
    QCOMPARE(again->status(), BatchStatus::Success);
    QCOMPARE((*m_ws)->rows().get(m_a)->globalKey, u"ALPHA-1"_s);
    QCOMPARE((*m_ws)->rows().get(m_b)->globalKey, u"beta-2"_s);
    QVERIFY(!(*m_ws)->rows().getByGlobalKey(u"Beta-1"_s));
}

void TestGlobalKeyStore::assignPartialSuccess()
{
    auto result = (*m_ws)->keys().assign({{m_b, u"Beta-1"_s},
                                          {kMissing, u"orphan"_s},
                                          {m_c, u"bad#key"_s},
                                          {m_c, QString(201, u'k')},
                                          {m_c, u""_s}});
    QVERIFY(result);
    QCOMPARE(result->status(), BatchStatus::PartialSuccess);
    QCOMPARE(GlobalKeyBatch::statusName(result->status()), u"PARTIAL SUCCESS"_s);
    QCOMPARE(result->results.size(), 1);
    QCOMPARE(result->results[0].dataRowId, m_b);
    QCOMPARE(result->errors.size(), 4);
    const QStringList keys = {u"orphan"_s, u"bad#key"_s, QString(201, u'k'), u""_s};
    const QStringList rows = {kMissing, m_c, m_c, m_c};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(result->errors[i].dataRowId, rows[i]);
        QCOMPARE(result->errors[i].globalKey, keys[i]);
        QCOMPARE(result->errors[i].error, kInvalidAssignment);
    }
    QCOMPARE((*m_ws)->rows().get(m_b)->globalKey, u"Beta-1"_s);
    QVERIFY((*m_ws)->rows().get(m_c)->globalKey.isNull());
}

void TestGlobalKeyStore::assignFailure()
{
    const QByteArray before = m_ws->snapshot();
    auto result = (*m_ws)->keys().assign({{kMissing, u"x"_s}, {m_c, u"  two"_s}});
    QVERIFY(result);
    QCOMPARE(result->status(), BatchStatus::Failure);
    QCOMPARE(GlobalKeyBatch::statusName(result->status()), u"FAILURE"_s);
    QCOMPARE(result->results.size(), 0);
    QCOMPARE(result->errors.size(), 2);
    QCOMPARE(m_ws->snapshot(), before);

    // Nothing to do is a success.
    auto empty = (*m_ws)->keys().assign({});
    QVERIFY(empty);
    QCOMPARE(empty->status(), BatchStatus::Success);
}

void TestGlobalKeyStore::assignKeyOfAnotherRowFails()
{
    const QByteArray before = m_ws->snapshot();
    // Held by a row in another dataset, compared case-insensitively.
    auto result = (*m_ws)->keys().assign({{m_b, u"alpha-1"_s}, {m_c, u"Alpha-1"_s}});
    QVERIFY(result);
    QCOMPARE(result->status(), BatchStatus::Failure);
    QCOMPARE(result->errors.size(), 2);
    QCOMPARE(result->errors[0].error, kInvalidAssignment);
    QCOMPARE(result->errors[1].error, kInvalidAssignment);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestGlobalKeyStore::assignRepeatedKeyInOneCall()
{
    auto result = (*m_ws)->keys().assign({{m_b, u"same"_s}, {m_c, u"SAME"_s}});
    QVERIFY(result);
    QCOMPARE(result->status(), BatchStatus::PartialSuccess);
    QCOMPARE(result->results.size(), 1);
    QCOMPARE(result->results[0].dataRowId, m_b);
    QCOMPARE(result->errors.size(), 1);
    QCOMPARE(result->errors[0].dataRowId, m_c);
    QCOMPARE(result->errors[0].globalKey, u"SAME"_s);
    QCOMPARE(result->errors[0].error, kInvalidAssignment);
    QCOMPARE((*m_ws)->rows().getByGlobalKey(u"same"_s)->id, m_b);
}

void TestGlobalKeyStore::assignItemWithNullFieldRejectsTheWholeCall()
{
    const QByteArray before = m_ws->snapshot();
    for (const GlobalKeyAssignment &bad :
         {GlobalKeyAssignment{QString(), u"key"_s}, GlobalKeyAssignment{m_c, QString()}}) {
        // A good item before the bad one does not go in either.
        auto result = (*m_ws)->keys().assign({{m_b, u"would-be"_s}, bad});
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(!result.error().message.isEmpty());
    }
    QCOMPARE(m_ws->snapshot(), before);
    QVERIFY(!(*m_ws)->rows().getByGlobalKey(u"would-be"_s));
}

void TestGlobalKeyStore::assignJsonShape()
{
    auto result = (*m_ws)->keys().assign({{m_b, u"Beta-1"_s}, {kMissing, u"orphan"_s}});
    QVERIFY(result);
    const QJsonObject json = test::jsonOf(*result);
    QCOMPARE(json.value(u"status"_s).toString(), u"PARTIAL SUCCESS"_s);
    QCOMPARE(
        json.value(u"results"_s).toArray(),
        (QJsonArray{QJsonObject{
            {u"data_row_id"_s, m_b}, {u"global_key"_s, u"Beta-1"_s}, {u"sanitized"_s, false}}}));
    QCOMPARE(json.value(u"errors"_s).toArray(),
             (QJsonArray{QJsonObject{{u"data_row_id"_s, kMissing},
                                     {u"global_key"_s, u"orphan"_s},
                                     {u"error"_s, kInvalidAssignment}}}));
}

void TestGlobalKeyStore::lookupInInputOrder()
{
    QVERIFY((*m_ws)->keys().assign({{m_b, u"Beta-1"_s}}));
    const QByteArray before = m_ws->snapshot();
    auto result = (*m_ws)->keys().lookup(
        {u"beta-1"_s, u"missing-1"_s, u"ALPHA-1"_s, u"Alpha-1"_s, u"missing-2"_s});
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(result->ids, (QStringList{m_b, u""_s, m_a, m_a, u""_s}));
    QVERIFY(!result->ids[1].isNull()); // "" rather than null
    QCOMPARE(result->errors.size(), 2);
    QCOMPARE(result->errors[0].globalKey, u"missing-1"_s);
    QCOMPARE(result->errors[0].error, u"Data Row not found"_s);
    QCOMPARE(result->errors[1].globalKey, u"missing-2"_s);
    QCOMPARE(result->errors[1].error, u"Data Row not found"_s);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestGlobalKeyStore::lookupStatusCountsFoundIds()
{
    auto all = (*m_ws)->keys().lookup({u"alpha-1"_s});
    QVERIFY(all);
    QCOMPARE(all->found(), 1);
    QCOMPARE(all->status(), BatchStatus::Success);
    auto some = (*m_ws)->keys().lookup({u"nope"_s, u"alpha-1"_s});
    QVERIFY(some);
    QCOMPARE(some->found(), 1);
    QCOMPARE(some->status(), BatchStatus::PartialSuccess);
    // "" entries are not results: nothing found is FAILURE though ids has entries.
    auto none = (*m_ws)->keys().lookup({u"nope"_s, u"nada"_s});
    QVERIFY(none);
    QCOMPARE(none->ids.size(), 2);
    QCOMPARE(none->found(), 0);
    QCOMPARE(none->status(), BatchStatus::Failure);
    auto empty = (*m_ws)->keys().lookup({});
    QVERIFY(empty);
    QCOMPARE(empty->status(), BatchStatus::Success);
}

void TestGlobalKeyStore::lookupJsonShape()
{
    auto result = (*m_ws)->keys().lookup({u"nope"_s, u"ALPHA-1"_s});
    QVERIFY(result);
    const QJsonObject json = test::jsonOf(*result);
    QCOMPARE(json.value(u"status"_s).toString(), u"PARTIAL SUCCESS"_s);
    QCOMPARE(json.value(u"results"_s).toArray(), (QJsonArray{u""_s, m_a}));
    QCOMPARE(json.value(u"errors"_s).toArray(),
             (QJsonArray{QJsonObject{{u"global_key"_s, u"nope"_s},
                                     {u"error"_s, u"Data Row not found"_s}}}));
}

void TestGlobalKeyStore::clearAnswersKeysAsStored()
{
    QVERIFY((*m_ws)->keys().assign({{m_b, u"Beta-1"_s}}));
    auto result = (*m_ws)->keys().clear({u"ALPHA-1"_s, u"beta-1"_s});
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(result->status(), BatchStatus::Success);
    QCOMPARE(result->cleared, (QStringList{u"Alpha-1"_s, u"Beta-1"_s}));
    QCOMPARE(result->errors.size(), 0);
    QVERIFY((*m_ws)->rows().get(m_a)->globalKey.isNull());
    QVERIFY((*m_ws)->rows().get(m_b)->globalKey.isNull());
    // The rows stay; only their keys went.
    QCOMPARE(m_ws->count("SELECT count(*) FROM data_row"), qint64(3));
    QVERIFY(test::rowCountsExact(*m_ws));
}

void TestGlobalKeyStore::clearMissingKeys()
{
    auto partial = (*m_ws)->keys().clear({u"nope"_s, u"alpha-1"_s, u"ALPHA-1"_s});
    QVERIFY(partial);
    QCOMPARE(partial->status(), BatchStatus::PartialSuccess);
    QCOMPARE(partial->cleared, QStringList{u"Alpha-1"_s});
    QCOMPARE(partial->errors.size(), 2);
    QCOMPARE(partial->errors[0].globalKey, u"nope"_s);
    QCOMPARE(partial->errors[0].error, u"Failed to find data row matching provided global key"_s);
    // Cleared earlier in the same call: not found any more.
    QCOMPARE(partial->errors[1].globalKey, u"ALPHA-1"_s);
    QCOMPARE(partial->errors[1].error, u"Failed to find data row matching provided global key"_s);

    const QByteArray before = m_ws->snapshot();
    auto failure = (*m_ws)->keys().clear({u"alpha-1"_s, u"nope"_s});
    QVERIFY(failure);
    QCOMPARE(failure->status(), BatchStatus::Failure);
    QCOMPARE(failure->cleared.size(), 0);
    QCOMPARE(failure->errors.size(), 2);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestGlobalKeyStore::clearedKeyIsReusable()
{
    QVERIFY((*m_ws)->keys().clear({u"alpha-1"_s}));
    auto assigned = (*m_ws)->keys().assign({{m_b, u"ALPHA-1"_s}});
    QVERIFY(assigned);
    QCOMPARE(assigned->status(), BatchStatus::Success);
    QCOMPARE((*m_ws)->rows().getByGlobalKey(u"alpha-1"_s)->id, m_b);
    // And by a create in any dataset once cleared again.
    QVERIFY((*m_ws)->keys().clear({u"Alpha-1"_s}));
    const QString dataset = (*m_ws)->rows().get(m_a)->datasetId;
    QVERIFY(!test::createRow(*m_ws, dataset,
                             QByteArray(R"({"row_data": "d", "global_key": "alpha-1"})"))
                 .isEmpty());
}

void TestGlobalKeyStore::clearJsonShape()
{
    auto result = (*m_ws)->keys().clear({u"ALPHA-1"_s, u"nope"_s});
    QVERIFY(result);
    const QJsonObject json = test::jsonOf(*result);
    QCOMPARE(json.value(u"status"_s).toString(), u"PARTIAL SUCCESS"_s);
    QCOMPARE(json.value(u"results"_s).toArray(), QJsonArray{u"Alpha-1"_s});
    QCOMPARE(json.value(u"errors"_s).toArray(),
             (QJsonArray{QJsonObject{
                 {u"global_key"_s, u"nope"_s},
                 {u"error"_s, u"Failed to find data row matching provided global key"_s}}}));
}

QTEST_GUILESS_MAIN(TestGlobalKeyStore)
#include "tst_globalkeystore.moc"
