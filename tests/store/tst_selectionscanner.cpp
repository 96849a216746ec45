#include "bulkdeleter.h"
#include "datasetstore.h"
#include "selectionscanner.h"
#include "storetest.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

Q_DECLARE_METATYPE(rowscope::RowSelection)

// SelectionScanner with filters, exclusions and inclusions: the chunked keyset walk yields
// exactly the selected rows in key order, counts of rows and labels are exact, limitTo()
// bounds the walk, and rows deleted while walking do not disturb it.
class TestSelectionScanner final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void wholeDataset();
    void filterWalkAndCounts_data();
    void filterWalkAndCounts();
    void filterMatchingNothing();
    void filterErrors_data();
    void filterErrors();
    void exclusions();
    void inclusions();
    void manyInclusions();
    void limitToBoundsEveryKind();
    void deletingWhileWalking();
    void validate_data();
    void validate();

private:
    sql::Connection &db() { return (*m_ws)->workspace().db(); }
    // Walks a selection in chunks of `chunk`; the global keys in walk order.
    QStringList walk(const RowSelection &selection, int chunk = 7, qint64 limit = 0);
    QString keyOf(qint64 pk);
    QString idOf(const QString &key);
    qint64 labelsOf(const QStringList &keys);
    // The keys of A, in creation order, whose number satisfies `wanted`.
    template<typename F>
    QStringList keysOfA(F wanted) const;

    std::unique_ptr<TestWorkspace> m_ws;
    QString m_a;
    QString m_b;
};

namespace {

// Row n of dataset A: key a/NN, split by n % 3, tag "even"/"odd", labels on every 4th row.
QJsonObject spec(const QString &prefix, int n)
{
    static const QStringList splits = {u"train"_s, u"valid"_s, u"test"_s};
    return QJsonObject{
        {u"row_data"_s, u"https://example.com/%1/%2.jpg"_s.arg(prefix).arg(n)},
        {u"global_key"_s, u"%1/%2"_s.arg(prefix).arg(n, 2, 10, QLatin1Char('0'))},
        {u"metadata_fields"_s,
         QJsonArray{
             QJsonObject{{u"name"_s, u"split"_s}, {u"value"_s, splits.at(n % 3)}},
             QJsonObject{{u"name"_s, u"tag"_s}, {u"value"_s, n % 2 == 0 ? u"even"_s : u"odd"_s}}}}};
}

} // namespace

void TestSelectionScanner::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY(m_ws->isValid());
    TestWorkspace &ws = *m_ws;
    m_a = test::newDataset(ws, u"A"_s);
    m_b = test::newDataset(ws, u"B"_s);
    // A's rows 0-29, then ten of B, then A's rows 30-59: B's keys lie inside A's span.
    QJsonArray first;
    QJsonArray second;
    QJsonArray other;
    for (int n = 0; n < 60; ++n) {
        (n < 30 ? first : second).append(spec(u"a"_s, n));
    }
    for (int n = 0; n < 10; ++n) {
        other.append(spec(u"b"_s, n * 3)); // all train
    }
    for (const auto &[dataset, specs] :
         {std::pair{m_a, first}, std::pair{m_b, other}, std::pair{m_a, second}}) {
        auto written = test::writeSpecs(ws, dataset, specs);
        QVERIFY(written.ok());
        QCOMPARE(written->errors.size(), 0);
    }
    auto project = ws->labels().createProject(u"Boxes"_s);
    QVERIFY(project.ok());
    for (int n = 0; n < 60; n += 4) {
        const QString id = idOf(u"a/%1"_s.arg(n, 2, 10, QLatin1Char('0')));
        QVERIFY(ws->labels().addLabel(id, {project->id, {}, 0}).ok());
        if (n % 8 == 0) {
            QVERIFY(ws->labels().addLabel(id, {project->id, {}, 0}).ok());
        }
    }
    QVERIFY(ws->labels().addLabel(idOf(u"b/00"_s), {project->id, {}, 0}).ok());
}

void TestSelectionScanner::cleanup()
{
    m_ws.reset();
}

QString TestSelectionScanner::keyOf(qint64 pk)
{
    sql::Query query = db().prepare("SELECT global_key FROM data_row WHERE pk = ?1");
    query.bind(1, pk);
    return query.step() ? query.text(0) : u"?"_s;
}

QString TestSelectionScanner::idOf(const QString &key)
{
    sql::Query query = db().prepare("SELECT id FROM data_row WHERE global_key = ?1");
    query.bind(1, key);
    return query.step() ? query.text(0) : QString();
}

qint64 TestSelectionScanner::labelsOf(const QStringList &keys)
{
    qint64 labels = 0;
    sql::Query query =
        db().prepare("SELECT count(*) FROM label l JOIN data_row r ON r.pk = l.data_row_pk WHERE "
                     "r.global_key = ?1");
    for (const QString &key : keys) {
        query.reset();
        query.bind(1, key);
        labels += query.step() ? query.int64(0) : 0;
    }
    return labels;
}

template<typename F>
QStringList TestSelectionScanner::keysOfA(F wanted) const
{
    QStringList keys;
    for (int n = 0; n < 60; ++n) {
        if (wanted(n)) {
            keys.append(u"a/%1"_s.arg(n, 2, 10, QLatin1Char('0')));
        }
    }
    return keys;
}

QStringList TestSelectionScanner::walk(const RowSelection &selection, int chunk, qint64 limit)
{
    SelectionScanner scanner(db());
    if (Status started = scanner.start(selection); !started) {
        return {u"error: "_s + started.error().message};
    }
    if (limit > 0) {
        scanner.limitTo(limit);
    }
    QStringList keys;
    qint64 last = 0;
    while (true) {
        auto pks = scanner.next(chunk);
        if (!pks) {
            return {u"error: "_s + pks.error().message};
        }
        if (pks->isEmpty()) {
            break;
        }
        if (pks->size() > chunk) {
            return {u"chunk too big"_s};
        }
        for (const qint64 pk : *pks) {
            if (pk <= last) {
                return {u"out of order"_s};
            }
            last = pk;
            keys.append(keyOf(pk));
        }
    }
    return keys;
}

void TestSelectionScanner::wholeDataset()
{
    const QStringList all = keysOfA([](int) { return true; });
    QCOMPARE(walk(RowSelection::dataset(m_a)), all);
    SelectionScanner scanner(db());
    QVERIFY(scanner.start(RowSelection::dataset(m_a)).ok());
    QCOMPARE(*scanner.rowCount(), 60);
    QCOMPARE(*scanner.labelCount(), labelsOf(all));
    QVERIFY(scanner.missing().isEmpty());
}

void TestSelectionScanner::filterWalkAndCounts_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("enum") << u"split:train"_s << keysOfA([](int n) { return n % 3 == 0; });
    QTest::newRow("negated enum") << u"-split:train"_s << keysOfA([](int n) { return n % 3 != 0; });
    QTest::newRow("string") << u"tag:even"_s << keysOfA([](int n) { return n % 2 == 0; });
    QTest::newRow("two terms") << u"split:train tag:even"_s
                               << keysOfA([](int n) { return n % 6 == 0; });
    QTest::newRow("or") << u"split:valid OR tag:even"_s
                        << keysOfA([](int n) { return n % 3 == 1 || n % 2 == 0; });
    QTest::newRow("key prefix") << u"global_key:A/1*"_s
                                << keysOfA([](int n) { return n >= 10 && n < 20; });
    QTest::newRow("labeled") << u"labeled:true"_s << keysOfA([](int n) { return n % 4 == 0; });
    QTest::newRow("not labeled") << u"labeled:false"_s << keysOfA([](int n) { return n % 4 != 0; });
    QTest::newRow("project") << u"project:Boxes split:train"_s
                             << keysOfA([](int n) { return n % 12 == 0; });
    // In the key a/50-a/59, or in the row data .../a/5.jpg.
    QTest::newRow("bare word") << u"\"a/5\""_s << keysOfA([](int n) { return n == 5 || n >= 50; });
}

void TestSelectionScanner::filterWalkAndCounts()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, keys);
    const RowSelection selection = RowSelection::dataset(m_a, filter);
    for (const int chunk : {1, 4, 7, 100}) {
        QCOMPARE(walk(selection, chunk), keys);
    }
    SelectionScanner scanner(db());
    QVERIFY(scanner.start(selection).ok());
    QCOMPARE(*scanner.rowCount(), keys.size());
    QCOMPARE(*scanner.labelCount(), labelsOf(keys));
    QCOMPARE(scanner.lastRowKey(), m_ws->count("SELECT max(pk) FROM data_row WHERE "
                                               "dataset_pk = (SELECT pk FROM dataset WHERE "
                                               "name = 'A')"));
}

void TestSelectionScanner::filterMatchingNothing()
{
    for (const QString &filter :
         {u"split:train split:valid"_s, u"global_key:zzz*"_s, u"tag:none"_s, u"nowhere"_s}) {
        const RowSelection selection = RowSelection::dataset(m_a, filter);
        QCOMPARE(walk(selection), QStringList());
        SelectionScanner scanner(db());
        QVERIFY(scanner.start(selection).ok());
        QCOMPARE(*scanner.rowCount(), 0);
        QCOMPARE(*scanner.labelCount(), 0);
        QVERIFY(scanner.next(10)->isEmpty());
    }
}

void TestSelectionScanner::filterErrors_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("message");
    QTest::newRow("parse error") << u"split:"_s << u"Expected a value after 'split:' at column 7"_s;
    QTest::newRow("unknown option")
        << u"split:tran"_s
        << u"Unknown option 'tran' for 'split' at column 7; the options are train, valid, test"_s;
    QTest::newRow("unknown field") << u"a colour:red"_s
                                   << u"Unknown field 'colour' at column 3; filter by global_key, "
                                      "external_id, media, has, labeled, project, created, "
                                      "updated or a metadata field: tag, split, "
                                      "captureDateTime, skipNFrames"_s;
}

void TestSelectionScanner::filterErrors()
{
    QFETCH(QString, filter);
    QFETCH(QString, message);
    SelectionScanner scanner(db());
    auto started = scanner.start(RowSelection::dataset(m_a, filter));
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, ErrorCode::InvalidInput);
    QCOMPARE(started.error().message, message);
}

void TestSelectionScanner::exclusions()
{
    const QStringList excludedKeys = {u"a/00"_s, u"a/03"_s, u"a/04"_s, u"a/59"_s, u"b/00"_s};
    QStringList excluded;
    for (const QString &key : excludedKeys) {
        excluded.append(idOf(key));
    }
    excluded.append(u"cnosuchrow000000000000000"_s); // ignored: nothing to leave out

    const QStringList all = keysOfA([](int n) { return n != 0 && n != 3 && n != 4 && n != 59; });
    const RowSelection everything = RowSelection::datasetExcept(m_a, {}, excluded);
    QCOMPARE(walk(everything, 3), all);
    SelectionScanner scanner(db());
    QVERIFY(scanner.start(everything).ok());
    QCOMPARE(*scanner.rowCount(), 56);
    QCOMPARE(*scanner.labelCount(), labelsOf(all));
    QVERIFY(scanner.missing().isEmpty());

    // With a filter: the excluded rows that do not match change nothing.
    const QStringList train = keysOfA([](int n) { return n % 3 == 0 && n != 0 && n != 3; });
    const RowSelection filtered = RowSelection::datasetExcept(m_a, u"split:train"_s, excluded);
    for (const int chunk : {1, 2, 5, 50}) {
        QCOMPARE(walk(filtered, chunk), train);
    }
    QVERIFY(scanner.start(filtered).ok());
    QCOMPARE(*scanner.rowCount(), 18);
    QCOMPARE(*scanner.labelCount(), labelsOf(train));

    // Everything excluded.
    QStringList allIds;
    for (const QString &key : keysOfA([](int) { return true; })) {
        allIds.append(idOf(key));
    }
    const RowSelection none = RowSelection::datasetExcept(m_a, {}, allIds);
    QCOMPARE(walk(none, 4), QStringList());
    QVERIFY(scanner.start(none).ok());
    QCOMPARE(*scanner.rowCount(), 0);
    QCOMPARE(*scanner.labelCount(), 0);
}

void TestSelectionScanner::inclusions()
{
    const QString missing = u"cnosuchrow000000000000000"_s;
    // Out of order, repeated, one of another dataset, one that does not exist.
    const QStringList includedKeys = {u"a/40"_s, u"a/01"_s, u"a/09"_s, u"a/40"_s, u"a/12"_s};
    QStringList included;
    for (const QString &key : includedKeys) {
        included.append(idOf(key));
    }
    const QString ofB = idOf(u"b/00"_s);
    included.append(ofB);
    included.append(missing);

    const RowSelection picked = RowSelection::datasetRows(m_a, included);
    QCOMPARE(walk(picked, 2), (QStringList{u"a/01"_s, u"a/09"_s, u"a/12"_s, u"a/40"_s}));
    SelectionScanner scanner(db());
    QVERIFY(scanner.start(picked).ok());
    QCOMPARE(*scanner.rowCount(), 4);
    QCOMPARE(*scanner.labelCount(), labelsOf({u"a/12"_s, u"a/40"_s}));
    QCOMPARE(scanner.missing(), (QStringList{ofB, missing}));

    // Only those that match the filter.
    RowSelection pickedTrain = picked;
    pickedTrain.filter = u"split:train"_s;
    QCOMPARE(walk(pickedTrain, 1), (QStringList{u"a/09"_s, u"a/12"_s}));
    QVERIFY(scanner.start(pickedTrain).ok());
    QCOMPARE(*scanner.rowCount(), 2);
    QCOMPARE(*scanner.labelCount(), labelsOf({u"a/12"_s}));
}

void TestSelectionScanner::manyInclusions()
{
    // The 2,000 limit is for listed rows without a dataset, not for a table's selection.
    QJsonArray specs;
    for (int n = 0; n < 2100; ++n) {
        specs.append(QJsonObject{{u"row_data"_s, u"m%1"_s.arg(n)},
                                 {u"global_key"_s, u"m/%1"_s.arg(n, 4, 10, QLatin1Char('0'))}});
    }
    const QString many = test::newDataset(*m_ws, u"Many"_s);
    auto written = test::writeSpecs(*m_ws, many, specs);
    QVERIFY(written.ok());
    QStringList ids;
    sql::Query query = db().prepare("SELECT r.id FROM data_row r JOIN dataset d ON d.pk = "
                                    "r.dataset_pk WHERE d.id = ?1 ORDER BY r.pk DESC");
    query.bind(1, many);
    while (query.step()) {
        ids.append(query.text(0));
    }
    QCOMPARE(ids.size(), 2100);
    ids.removeAt(7);
    const RowSelection picked = RowSelection::datasetRows(many, ids);
    QVERIFY(picked.validate().ok());
    QVERIFY(!RowSelection::rows(ids).validate().ok());
    SelectionScanner scanner(db());
    QVERIFY(scanner.start(picked).ok());
    QCOMPARE(*scanner.rowCount(), 2099);
    qint64 walked = 0;
    while (true) {
        auto pks = scanner.next(500);
        QVERIFY(pks.ok());
        if (pks->isEmpty()) {
            break;
        }
        walked += pks->size();
    }
    QCOMPARE(walked, 2099);
}

void TestSelectionScanner::limitToBoundsEveryKind()
{
    // The plan was made when A ended at a/29 (and B's rows): later rows are not walked.
    const qint64 limit =
        m_ws->count("SELECT pk FROM data_row WHERE global_key = 'b/27'"); // after a/29
    const auto upTo29 = [](int n) {
        return n < 30;
    };
    QCOMPARE(walk(RowSelection::dataset(m_a), 4, limit), keysOfA(upTo29));
    QCOMPARE(walk(RowSelection::dataset(m_a, u"split:train"_s), 4, limit),
             keysOfA([](int n) { return n < 30 && n % 3 == 0; }));
    QCOMPARE(walk(RowSelection::datasetExcept(m_a, u"tag:even"_s, {idOf(u"a/02"_s)}), 4, limit),
             keysOfA([](int n) { return n < 30 && n % 2 == 0 && n != 2; }));
    QCOMPARE(walk(RowSelection::datasetRows(m_a, {idOf(u"a/45"_s), idOf(u"a/05"_s)}), 4, limit),
             QStringList{u"a/05"_s});
}

void TestSelectionScanner::deletingWhileWalking()
{
    // A bulk delete removes each chunk before it asks for the next: the walk goes on by key.
    const QStringList filters = {u"split:train OR tag:odd"_s, u"-split:test"_s};
    for (const QString &filter : filters) {
        const RowSelection selection = RowSelection::datasetExcept(m_a, filter, {idOf(u"a/02"_s)});
        SelectionScanner scanner(db());
        QVERIFY(scanner.start(selection).ok());
        const qint64 expected = *scanner.rowCount();
        QVERIFY(expected > 0);
        qint64 deleted = 0;
        while (true) {
            auto pks = scanner.next(3);
            QVERIFY(pks.ok());
            if (pks->isEmpty()) {
                break;
            }
            auto removed = BulkDeleter((*m_ws)->workspace()).deleteChunk(*pks);
            QVERIFY(removed.ok());
            QCOMPARE(removed->rows, pks->size());
            deleted += removed->rows;
        }
        QCOMPARE(deleted, expected);
        SelectionScanner after(db());
        QVERIFY(after.start(selection).ok());
        QCOMPARE(*after.rowCount(), 0);
    }
    // Left: the excluded row, and the test rows that are even.
    QCOMPARE(walk(RowSelection::dataset(m_a)),
             keysOfA([](int n) { return n == 2 || (n % 3 == 2 && n % 2 == 0); }));
    QVERIFY(test::rowCountsExact(*m_ws));
}

void TestSelectionScanner::validate_data()
{
    QTest::addColumn<RowSelection>("selection");
    QTest::addColumn<QString>("message");
    RowSelection excludedAlone;
    excludedAlone.excludedIds = {u"x"_s};
    RowSelection includedAlone;
    includedAlone.includedIds = {u"x"_s};
    RowSelection both = RowSelection::datasetExcept(u"d"_s, {}, {u"x"_s});
    both.includedIds = {u"y"_s};
    RowSelection filterWithIds = RowSelection::rows({u"x"_s});
    filterWithIds.filter = u"tag:x"_s;
    QTest::newRow("excluded without a dataset")
        << excludedAlone << u"Rows to include or exclude need a dataset."_s;
    QTest::newRow("included without a dataset")
        << includedAlone << u"Rows to include or exclude need a dataset."_s;
    QTest::newRow("both") << both << u"Give rows to include or rows to exclude, not both."_s;
    QTest::newRow("filter without a dataset") << filterWithIds << u"A filter needs a dataset."_s;
    QTest::newRow("a filter that does not parse")
        << RowSelection::dataset(u"d"_s, u"(split:train"_s)
        << u"Missing ')' for the '(' at column 1"_s;
    QTest::newRow("fine") << RowSelection::datasetExcept(u"d"_s, u"split:train"_s, {u"x"_s})
                          << QString();
}

void TestSelectionScanner::validate()
{
    QFETCH(RowSelection, selection);
    QFETCH(QString, message);
    const Status valid = selection.validate();
    QCOMPARE(valid.ok(), message.isEmpty());
    if (!message.isEmpty()) {
        QCOMPARE(valid.error().message, message);
    }
}

QTEST_GUILESS_MAIN(TestSelectionScanner)
#include "tst_selectionscanner.moc"
