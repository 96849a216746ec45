#include "datasetstore.h"
#include "filtersql.h"
#include "storetest.h"
#include "timestamp.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

// The filter language compiled to SQL, against a small real workspace: which rows each term
// matches (metadata of every kind, wildcards, dates, has:, labeled:, project:, negation, OR),
// the errors that need the workspace (unknown fields and options, values of the wrong kind),
// and hostile values, which are bound and matched literally and never reach the SQL text.
class TestFilterSql final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void matches_data();
    void matches();
    void projects();
    void errors_data();
    void errors();
    void parameters();
    void membership_data();
    void membership();
    void countsInOtherDatasets();
    void hostileValuesNeverReachTheText();

private:
    // The names of the rows of `datasetPk` that match, in key order, read with both shapes
    // (which must agree) and checked against countRows(); a list holding one message
    // otherwise.
    QStringList match(const QString &filter, qint64 datasetPk);
    sql::Connection &db() { return (*m_ws)->workspace().db(); }

    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_streets = 0;
    qint64 m_other = 0;
    QHash<QString, QString> m_names; // row id -> r1, r2 ...
    QString m_tagsProjectId;
    QByteArray m_before;
};

namespace {

const QStringList kAll = {u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s,  u"r5"_s,  u"r6"_s,
                          u"r7"_s, u"r8"_s, u"r9"_s, u"r10"_s, u"r11"_s, u"r12"_s};

QStringList allBut(const QStringList &excluded)
{
    QStringList rows = kAll;
    for (const QString &row : excluded) {
        rows.removeAll(row);
    }
    return rows;
}

qint64 at(const char *text)
{
    return Timestamp::parse(QString::fromLatin1(text)).value_or(-1);
}

} // namespace

void TestFilterSql::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY(m_ws->isValid());
    TestWorkspace &ws = *m_ws;
    QVERIFY(ws->metadata()
                .createSchema(u"camera"_s, MetadataKind::Enum,
                              {u"front-left"_s, u"front-right"_s, u"rear"_s})
                .ok());
    QVERIFY(ws->metadata().createSchema(u"score"_s, MetadataKind::Number).ok());
    QVERIFY(ws->metadata().createSchema(u"my field"_s, MetadataKind::String).ok());
    QVERIFY(ws->metadata().createSchema(u"created"_s, MetadataKind::String).ok());
    QVERIFY(ws->metadata().createSchema(u"vector"_s, MetadataKind::Embedding).ok());
    const QString streets = test::newDataset(ws, u"Streets"_s);
    const QString other = test::newDataset(ws, u"Other"_s);
    m_streets = *DatasetStore::pkOf(db(), streets);
    m_other = *DatasetStore::pkOf(db(), other);

    const auto add = [&](const QString &dataset, const QString &name, const QByteArray &spec) {
        const QString id = test::createRow(ws, dataset, spec);
        m_names.insert(id, name);
        return id;
    };
    const QString r1 = add(streets, u"r1"_s, R"({"row_data": "https://example.com/street/0001.jpg",
        "global_key": "street/0001.jpg", "external_id": "0001.jpg", "media_type": "IMAGE",
        "metadata_fields": [{"name": "tag", "value": "night"}, {"name": "split", "value": "train"},
            {"name": "camera", "value": "front-left"}, {"name": "score", "value": 0.9},
            {"name": "captureDateTime", "value": "2026-01-15T10:00:00Z"}],
        "attachments": [{"type": "RAW_TEXT", "value": "note"}]})");
    const QString r2 = add(streets, u"r2"_s, R"({"row_data": "https://example.com/street/0002.jpg",
        "global_key": "street/0002.jpg", "external_id": "0002.jpg", "media_type": "IMAGE",
        "metadata_fields": [{"name": "tag", "value": "dusk"}, {"name": "split", "value": "valid"},
            {"name": "camera", "value": "rear"}, {"name": "score", "value": 0.5},
            {"name": "captureDateTime", "value": "2026-02-01T00:00:00Z"}]})");
    add(streets, u"r3"_s, R"({"row_data": "https://example.com/street/0003.png",
        "global_key": "Street/0003.png", "external_id": "0003.png", "media_type": "IMAGE",
        "metadata_fields": [{"name": "tag", "value": "Night"}, {"name": "split", "value": "test"},
            {"name": "camera", "value": "front-right"}, {"name": "score", "value": 0.8},
            {"name": "skipNFrames", "value": 3}, {"name": "my field", "value": "a b"}]})");
    // A row of another dataset among the rows of the first: it matches most terms, and is
    // never counted with them.
    const QString b1 = add(other, u"b1"_s, R"({"row_data": "https://example.com/street/0009.jpg",
        "global_key": "street/0009.jpg", "external_id": "0001.jpg", "media_type": "IMAGE",
        "metadata_fields": [{"name": "tag", "value": "night"}, {"name": "split", "value": "train"},
            {"name": "camera", "value": "front-left"}, {"name": "score", "value": 0.9}],
        "attachments": [{"type": "RAW_TEXT", "value": "note"}]})");
    add(streets, u"r4"_s, R"({"row_data": "A red car waiting at the light.",
        "global_key": "cars_0004.txt", "external_id": "0004.txt", "media_type": "TEXT",
        "metadata_fields": [{"name": "tag", "value": "50%"}, {"name": "created", "value": "x"}]})");
    add(streets, u"r5"_s, R"({"row_data": "plain text row", "media_type": "TEXT",
        "embeddings": [{"embedding_id": "clip", "vector": [1, 2]}]})");
    add(streets, u"r6"_s, R"({"row_data": "https://example.com/carsx/0006.jpg",
        "global_key": "carsx/0006.jpg", "external_id": "0001.jpg", "media_type": "IMAGE",
        "metadata_fields": [{"name": "tag", "value": "50x"}]})");
    add(streets, u"r7"_s, R"({"row_data": "50% done", "global_key": "odd/7", "media_type": "TEXT",
        "metadata_fields": [{"name": "tag", "value": "a_b"}]})");
    add(streets, u"r8"_s, R"({"row_data": "50x done", "global_key": "odd/8", "media_type": "TEXT",
        "metadata_fields": [{"name": "tag", "value": "axb"}]})");
    add(streets, u"r9"_s, R"({"row_data": "a_b", "global_key": "odd/9", "media_type": "TEXT",
        "metadata_fields": [{"name": "tag", "value": "back\\slash"}]})");
    add(streets, u"r10"_s, R"({"row_data": "axb", "global_key": "odd/10", "media_type": "TEXT",
        "metadata_fields": [{"name": "tag", "value": "'; DROP TABLE data_row; --"}]})");
    add(streets, u"r11"_s, R"({"row_data": "back\\slash", "global_key": "odd/11",
        "media_type": "TEXT", "metadata_fields": [{"name": "tag", "value": "x*y"}]})");
    add(streets, u"r12"_s, R"({"row_data": "'; DROP TABLE data_row; --", "global_key": "odd/12",
        "media_type": "TEXT", "metadata_fields": [{"name": "tag", "value": "xzy"}]})");
    QCOMPARE(m_names.size(), 13);
    QVERIFY(!m_names.contains(QString()));

    auto boxes = ws->labels().createProject(u"Boxes"_s);
    auto tags = ws->labels().createProject(u"Tags"_s);
    QVERIFY(boxes.ok() && tags.ok());
    m_tagsProjectId = tags->id;
    QVERIFY(ws->labels().addLabel(r1, {boxes->id, {}, 0}).ok());
    QVERIFY(ws->labels().addLabel(r2, {tags->id, {}, 0}).ok());
    QVERIFY(ws->labels().addLabel(r2, {tags->id, {}, 0}).ok());
    QVERIFY(ws->labels().addLabel(b1, {boxes->id, {}, 0}).ok());

    // Known creation times: r1 just before 2026-11-01, r2 at its start, r3 at its noon, r4 the
    // next day, the rest a month later; each row updated a day after its creation.
    const QHash<QString, qint64> created = {{u"r1"_s, at("2026-10-31T23:59:59.999Z")},
                                            {u"r2"_s, at("2026-11-01")},
                                            {u"r3"_s, at("2026-11-01T12:00:00Z")},
                                            {u"b1"_s, at("2026-11-01T12:00:00Z")},
                                            {u"r4"_s, at("2026-11-02")}};
    sql::Query times = db().prepare(
        "UPDATE data_row SET created_at = ?1, updated_at = ?1 + 86400000 WHERE id = ?2");
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
        times.reset();
        times.bind(1, created.value(it.value(), at("2026-12-01"))).bind(2, it.key());
        QVERIFY(times.exec().ok());
    }
    m_before = ws.snapshot();
}

void TestFilterSql::cleanupTestCase()
{
    // Nothing a filter held was ever run as SQL: every table and row is as it was.
    QCOMPARE(m_ws->snapshot(), m_before);
    QCOMPARE(m_ws->count("SELECT count(*) FROM data_row"), 13);
}

QStringList TestFilterSql::match(const QString &filter, qint64 datasetPk)
{
    auto schemas = MetadataStore::loadIndex(db());
    if (!schemas) {
        return {schemas.error().message};
    }
    QStringList found[2];
    FilterClause sets;
    for (const FilterSql::Shape shape : {FilterSql::Shape::Sets, FilterSql::Shape::Probes}) {
        auto clause = FilterSql::compile(filter, *schemas, 10, shape);
        if (!clause) {
            return {clause.error().message};
        }
        if (shape == FilterSql::Shape::Sets) {
            sets = *clause;
        }
        sql::Query query = db().prepareComposed("SELECT r.id FROM data_row r WHERE "
                                                "r.dataset_pk = ?1" +
                                                clause->andClause() + " ORDER BY r.pk");
        query.bind(1, datasetPk);
        clause->bind(query);
        QStringList &names = found[shape == FilterSql::Shape::Sets ? 0 : 1];
        while (query.step()) {
            names.append(m_names.value(query.text(0), query.text(0)));
        }
        if (query.failed()) {
            return {query.error().message};
        }
    }
    if (found[0] != found[1]) {
        return {u"sets and probes differ: "_s + found[0].join(u',') + u" / "_s +
                found[1].join(u',')};
    }
    auto count = FilterSql::countRows(db(), datasetPk, sets);
    if (!count) {
        return {count.error().message};
    }
    if (*count != found[0].size()) {
        return {u"counted %1 of %2"_s.arg(*count).arg(found[0].size())};
    }
    return found[0];
}

void TestFilterSql::matches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("rows");
    const auto row = [](const char *filter, const QStringList &rows) {
        QTest::newRow(filter) << QString::fromUtf8(filter) << rows;
    };
    row("", kAll);
    // Bare words: the global key, external id or row data, in any case; never metadata.
    row("0001", {u"r1"_s, u"r6"_s});
    row("STREET/000", {u"r1"_s, u"r2"_s, u"r3"_s});
    row("\"red car\"", {u"r4"_s});
    row("street*jpg", {u"r1"_s, u"r2"_s});
    row("night", {});
    row("50%", {u"r7"_s});
    row("a_b", {u"r9"_s});
    row("back\\slash", {u"r11"_s});
    row("\"'; DROP TABLE data_row; --\"", {u"r12"_s});
    // Global keys in any case; '_' is a character, '*' a wildcard.
    row("global_key:STREET/0001.JPG", {u"r1"_s});
    row("global_key=street/0002.jpg", {u"r2"_s});
    row("global_key:street/*", {u"r1"_s, u"r2"_s, u"r3"_s});
    row("global_key:Street/*", {u"r1"_s, u"r2"_s, u"r3"_s});
    row("global_key:cars_*", {u"r4"_s});
    row("global_key:*.jpg", {u"r1"_s, u"r2"_s, u"r6"_s});
    row("global_key:odd/1*", {u"r10"_s, u"r11"_s, u"r12"_s});
    row("global_key:s*t/*2.JPG", {u"r2"_s});
    row("global_key:*", allBut({u"r5"_s}));
    row("global_key:nothing*", {});
    row("global_key:odd/7*", {u"r7"_s});
    // External ids exactly.
    row("external_id:0001.jpg", {u"r1"_s, u"r6"_s});
    row("external_id:0001.JPG", {});
    row("external_id:000*", {u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"r6"_s});
    row("external_id:*.png", {u"r3"_s});
    row("external_id:0*1*", {u"r1"_s, u"r6"_s});
    row("media:TEXT", allBut({u"r1"_s, u"r2"_s, u"r3"_s, u"r6"_s}));
    row("media:image", {u"r1"_s, u"r2"_s, u"r3"_s, u"r6"_s});
    row("media:VIDEO", {});
    row("has:attachments", {u"r1"_s});
    row("has:global_key", allBut({u"r5"_s}));
    row("has:external_id", {u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"r6"_s});
    row("has:labels", {u"r1"_s, u"r2"_s});
    row("has:metadata", allBut({u"r5"_s}));
    row("has:embeddings", {u"r5"_s});
    row("labeled:true", {u"r1"_s, u"r2"_s});
    row("labeled:false", allBut({u"r1"_s, u"r2"_s}));
    row("project:Boxes", {u"r1"_s});
    row("project:boxes", {u"r1"_s});
    row("project:B*", {u"r1"_s});
    row("project:Nope", {});
    // Times: a date is its whole day with ':', its start with a comparison.
    row("created:2026-11-01", {u"r2"_s, u"r3"_s});
    row("created>2026-11-01", allBut({u"r1"_s, u"r2"_s}));
    row("created>=2026-11-01", allBut({u"r1"_s}));
    row("created<2026-11-01", {u"r1"_s});
    row("created<=2026-11-01", {u"r1"_s, u"r2"_s});
    row("created:2026-11-01T12:00:00Z", {u"r3"_s});
    row("created:2026-11-01T12:00:00+01:00", {});
    row("created_at:2026-10-31", {u"r1"_s});
    row("updated:2026-11-02", {u"r2"_s, u"r3"_s});
    row("updated<2026-11-02", {u"r1"_s});
    row("updated_at>=2026-12-02", allBut({u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s}));
    // Enum fields by option name (any case when unique), id, or pattern.
    row("split:train", {u"r1"_s});
    row("split=cko8sbscr0003h2dk04w86hof", {u"r1"_s});
    row("split:TRAIN", {u"r1"_s});
    row("split:valid OR split:test", {u"r2"_s, u"r3"_s});
    row("camera:front*", {u"r1"_s, u"r3"_s});
    row("camera:*", {u"r1"_s, u"r2"_s, u"r3"_s});
    row("camera:side*", {});
    // Number fields.
    row("score>0.8", {u"r1"_s});
    row("score>=0.8", {u"r1"_s, u"r3"_s});
    row("score<0.8", {u"r2"_s});
    row("score<=0.5", {u"r2"_s});
    row("score:0.8", {u"r3"_s});
    row("score=0.9", {u"r1"_s});
    row("score>-1e9", {u"r1"_s, u"r2"_s, u"r3"_s});
    row("skipNFrames:3", {u"r3"_s});
    row("skipNFrames>3", {});
    // Datetime fields.
    row("captureDateTime:2026-01-15", {u"r1"_s});
    row("captureDateTime>=2026-02-01", {u"r2"_s});
    row("captureDateTime<2026-02-01", {u"r1"_s});
    row("captureDateTime:2026-01-15T10:00:00Z", {u"r1"_s});
    // String fields: exact case, wildcards, and LIKE's and GLOB's characters taken literally.
    row("tag:night", {u"r1"_s});
    row("tag:Night", {u"r3"_s});
    row("tag:n*", {u"r1"_s});
    row("tag:*ight", {u"r1"_s, u"r3"_s});
    row("tag:*", allBut({u"r5"_s}));
    row("tag:50%", {u"r4"_s});
    row("tag:*%", {u"r4"_s});
    row("tag:a_b", {u"r7"_s});
    row("tag:a_*", {u"r7"_s});
    row("tag:back\\slash", {u"r9"_s});
    row("tag:\"back\\\\slash\"", {u"r9"_s});
    row("tag:\"'; DROP TABLE data_row; --\"", {u"r10"_s});
    row("tag:\"x*y\"", {u"r11"_s});
    row("tag:x\\*y", {u"r11"_s});
    row("tag:x*y", {u"r11"_s, u"r12"_s});
    row("tag:[ab]*", {});
    row("tag:?usk", {});
    row("\"my field\":\"a b\"", {u"r3"_s});
    row("\"my field\":a*", {u"r3"_s});
    row("\"created\":x", {u"r4"_s});
    // Negation keeps rows without the value (a NULL is not a match).
    row("-split:train", allBut({u"r1"_s}));
    row("--split:train", {u"r1"_s});
    row("-global_key:street/*", allBut({u"r1"_s, u"r2"_s, u"r3"_s}));
    row("-global_key:*.jpg", allBut({u"r1"_s, u"r2"_s, u"r6"_s}));
    row("-external_id:0001.jpg", allBut({u"r1"_s, u"r6"_s}));
    row("-has:labels", allBut({u"r1"_s, u"r2"_s}));
    row("-0001", allBut({u"r1"_s, u"r6"_s}));
    row("-tag:*", {u"r5"_s});
    // AND, OR, groups.
    row("media:IMAGE split:train", {u"r1"_s});
    row("media:IMAGE AND -split:train", {u"r2"_s, u"r3"_s, u"r6"_s});
    row("split:train OR media:TEXT", allBut({u"r2"_s, u"r3"_s, u"r6"_s}));
    row("(split:train OR split:valid) has:labels", {u"r1"_s, u"r2"_s});
    row("split:train OR split:valid has:attachments", {u"r1"_s});
    row("-(split:train OR split:valid) media:IMAGE", {u"r3"_s, u"r6"_s});
    row("tag:night OR tag:dusk OR tag:Night", {u"r1"_s, u"r2"_s, u"r3"_s});
    // Matching nothing.
    row("split:train split:valid", {});
    row("has:embeddings has:labels", {});
    row("-global_key:* -has:embeddings", {});
}

void TestFilterSql::matches()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, rows);
    QCOMPARE(match(filter, m_streets), rows);
}

void TestFilterSql::projects()
{
    QCOMPARE(match(u"project:"_s + m_tagsProjectId, m_streets), QStringList{u"r2"_s});
    QCOMPARE(match(u"project:Boxes"_s, m_other), QStringList{u"b1"_s});
    QCOMPARE(match(u"split:train"_s, m_other), QStringList{u"b1"_s});
    QCOMPARE(match(u"-split:train"_s, m_other), QStringList());
}

void TestFilterSql::errors_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("column");
    const QString known = u"; filter by global_key, external_id, media, has, labeled, project, "
                          "created, updated or a metadata field: tag, split, captureDateTime, "
                          "skipNFrames, camera, score, my field, created, vector"_s;
    QTest::newRow("unknown field")
        << u"colour:red"_s << u"Unknown field 'colour' at column 1"_s + known << 1;
    QTest::newRow("names are case-sensitive")
        << u"Tag:night"_s << u"Unknown field 'Tag' at column 1"_s + known << 1;
    QTest::newRow("unknown field inside a group")
        << u"split:train (tag:night OR colour:red)"_s
        << u"Unknown field 'colour' at column 27"_s + known << 27;
    QTest::newRow("unknown field, negated")
        << u"a -\"no such field\":1"_s << u"Unknown field 'no such field' at column 4"_s + known
        << 4;
    QTest::newRow("unknown option")
        << u"split:tran"_s
        << u"Unknown option 'tran' for 'split' at column 7; the options are train, valid, test"_s
        << 7;
    QTest::newRow("unknown option of a custom enum")
        << u"a camera:side"_s
        << u"Unknown option 'side' for 'camera' at column 10; the options are front-left, "
           "front-right, rear"_s
        << 10;
    QTest::newRow("an option of another enum")
        << u"camera:train"_s
        << u"Unknown option 'train' for 'camera' at column 8; the options are front-left, "
           "front-right, rear"_s
        << 8;
    QTest::newRow("enum compared")
        << u"split>train"_s
        << u"Cannot compare the enum field 'split' with '>' at column 6; use "
           "'split:'"_s
        << 6;
    QTest::newRow("string compared")
        << u"tag>=a"_s
        << u"Cannot compare the string field 'tag' with '>=' at column 4; use 'tag:'"_s << 4;
    QTest::newRow("not a number") << u"score>high"_s
                                  << u"Expected a number after 'score>' at column 7"_s << 7;
    QTest::newRow("a number with a wildcard")
        << u"score:0.*"_s << u"Expected a number after 'score:' at column 7"_s << 7;
    QTest::newRow("a number with a comma")
        << u"skipNFrames<1,5"_s << u"Expected a number after 'skipNFrames<' at column 13"_s << 13;
    QTest::newRow("not a date")
        << u"captureDateTime>soon"_s
        << u"Expected a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM:SS) after "
           "'captureDateTime>' at column 17"_s
        << 17;
    QTest::newRow("embedding field")
        << u"vector:1"_s << u"Cannot filter by the embedding field 'vector' at column 1"_s << 1;
    QTest::newRow("a parse error comes first")
        << u"colour:red OR"_s << u"Expected a term after 'OR' at column 14"_s << 14;
}

void TestFilterSql::errors()
{
    QFETCH(QString, filter);
    QFETCH(QString, message);
    QFETCH(int, column);
    auto schemas = MetadataStore::loadIndex(db());
    QVERIFY(schemas.ok());
    for (const FilterSql::Shape shape : {FilterSql::Shape::Sets, FilterSql::Shape::Probes}) {
        int errorColumn = -1;
        auto clause = FilterSql::compile(filter, *schemas, 10, shape, &errorColumn);
        QVERIFY(!clause.ok());
        QCOMPARE(clause.error().code, ErrorCode::InvalidInput);
        QCOMPARE(clause.error().message, message);
        QCOMPARE(errorColumn, column);
    }
}

void TestFilterSql::parameters()
{
    auto schemas = MetadataStore::loadIndex(db());
    QVERIFY(schemas.ok());
    auto empty = FilterSql::compile(u" "_s, *schemas, 10);
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
    QVERIFY(empty->andClause().isEmpty());
    QVERIFY(empty->values.isEmpty());
    auto count = FilterSql::countRows(db(), m_streets, *empty);
    QVERIFY(count.ok());
    QCOMPARE(*count, 12);

    // split: one option key; tag: the field's key and the value; score: the same.
    auto clause = FilterSql::compile(u"split:train tag:night score>0.5"_s, *schemas, 10);
    QVERIFY(clause.ok());
    QCOMPARE(clause->firstParameter, 10);
    QCOMPARE(clause->values.size(), 5);
    for (int n = 10; n <= 14; ++n) {
        QVERIFY2(clause->sql.contains(QByteArray("?" + QByteArray::number(n))),
                 clause->sql.constData());
    }
    QVERIFY(!clause->sql.contains("?9"));
    QVERIFY(!clause->sql.contains("?15"));
    QVERIFY(std::holds_alternative<QString>(clause->values[2]));
    QCOMPARE(std::get<QString>(clause->values[2]), u"night"_s);
    QVERIFY(std::holds_alternative<double>(clause->values[4]));
    QCOMPARE(std::get<double>(clause->values[4]), 0.5);
    QCOMPARE(clause->andClause(), QByteArray(" AND (" + clause->sql + ")"));

    auto early = FilterSql::compile(u"tag:night"_s, *schemas, 2);
    QVERIFY(early.ok());
    QVERIFY(early->sql.contains("?2") && early->sql.contains("?3"));
}

void TestFilterSql::membership_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("membership");
    QTest::addColumn<bool>("negated");
    QTest::addColumn<bool>("repeats");
    QTest::newRow("enum") << u"split:train"_s << true << false << false;
    QTest::newRow("enum pattern") << u"camera:front*"_s << true << false << true;
    QTest::newRow("number") << u"score>0.5"_s << true << false << false;
    QTest::newRow("string") << u"tag:n*"_s << true << false << false;
    QTest::newRow("labels") << u"has:labels"_s << true << false << true;
    QTest::newRow("labeled:false") << u"labeled:false"_s << true << true << true;
    QTest::newRow("not labeled:false") << u"-labeled:false"_s << true << false << true;
    QTest::newRow("project") << u"project:Boxes"_s << true << false << true;
    QTest::newRow("negated") << u"-split:train"_s << true << true << false;
    QTest::newRow("in parentheses") << u"((split:train))"_s << true << false << false;
    QTest::newRow("global key") << u"global_key:street/*"_s << false << false << false;
    QTest::newRow("two terms") << u"split:train tag:night"_s << false << false << false;
    QTest::newRow("or") << u"split:train OR split:valid"_s << false << false << false;
    QTest::newRow("no option") << u"camera:side*"_s << false << false << false;
}

void TestFilterSql::membership()
{
    QFETCH(QString, filter);
    QFETCH(bool, membership);
    QFETCH(bool, negated);
    QFETCH(bool, repeats);
    auto schemas = MetadataStore::loadIndex(db());
    QVERIFY(schemas.ok());
    auto clause = FilterSql::compile(filter, *schemas, 10);
    QVERIFY(clause.ok());
    QCOMPARE(clause->membership.has_value(), membership);
    if (membership) {
        QCOMPARE(clause->membership->negated, negated);
        QCOMPARE(clause->membership->repeats, repeats);
    }
}

void TestFilterSql::countsInOtherDatasets()
{
    // A dataset whose rows lie among another's: counts subtract the other's rows exactly.
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"A"_s);
    const QString b = test::newDataset(ws, u"B"_s);
    sql::Connection &conn = ws->workspace().db();
    for (int i = 0; i < 30; ++i) {
        const QString dataset = i % 3 == 0 ? b : a;
        const QByteArray spec =
            QStringLiteral(
                R"({"row_data": "r%1", "metadata_fields": [{"name": "split", "value": "%2"}]})")
                .arg(i)
                .arg(i % 2 == 0 ? u"train"_s : u"valid"_s)
                .toUtf8();
        QVERIFY(!test::createRow(ws, dataset, spec).isEmpty());
    }
    auto schemas = MetadataStore::loadIndex(conn);
    QVERIFY(schemas.ok());
    const auto count = [&](const QString &dataset, const QString &filter) -> qint64 {
        auto clause = FilterSql::compile(filter, *schemas, 10);
        auto pk = DatasetStore::pkOf(conn, dataset);
        if (!clause || !pk) {
            return -1;
        }
        auto counted = FilterSql::countRows(conn, *pk, *clause);
        return counted ? *counted : -2;
    };
    // A holds i = 1, 2, 4, 5, 7, 8 ... (20 rows): train when i is even.
    QCOMPARE(count(a, u"split:train"_s), 10);
    QCOMPARE(count(a, u"split:valid"_s), 10);
    QCOMPARE(count(a, u"-split:train"_s), 10);
    QCOMPARE(count(a, u"has:metadata"_s), 20);
    QCOMPARE(count(a, u"-has:metadata"_s), 0);
    QCOMPARE(count(b, u"split:train"_s), 5);
    QCOMPARE(count(b, u"split:valid"_s), 5);
    const QString empty = test::newDataset(ws, u"Empty"_s);
    QCOMPARE(count(empty, u"split:train"_s), 0);
    QCOMPARE(count(empty, u"-split:train"_s), 0);
}

void TestFilterSql::hostileValuesNeverReachTheText()
{
    auto schemas = MetadataStore::loadIndex(db());
    QVERIFY(schemas.ok());
    const QStringList hostile = {
        u"tag:\"'; DROP TABLE data_row; --\""_s,
        u"\"'); DELETE FROM dataset; --\""_s,
        u"global_key:\"x' OR '1'='1\"*"_s,
        u"external_id:\"a\\\"b\"*c"_s,
        u"project:\"'; DROP TABLE project; --\""_s,
        u"project:\"%'--\"*"_s,
        u"media:TEXT created>=2026-01-01 \"my field\":\"' OR 1=1 --\""_s,
    };
    for (const QString &text : hostile) {
        for (const FilterSql::Shape shape : {FilterSql::Shape::Sets, FilterSql::Shape::Probes}) {
            auto clause = FilterSql::compile(text, *schemas, 10, shape);
            QVERIFY2(clause.ok(), qPrintable(clause.error().message));
            QVERIFY2(!clause->sql.contains("DROP") && !clause->sql.contains("DELETE") &&
                         !clause->sql.contains("1=1") && !clause->sql.contains("'1'") &&
                         !clause->sql.contains("TEXT") && !clause->sql.contains("%'"),
                     clause->sql.constData());
            // The text holds only SQL's own quotes: the ESCAPE character and the '' of ifnull.
            QByteArray stripped = clause->sql;
            stripped.replace("ESCAPE '\\'", "")
                .replace("ifnull(r.global_key, '')", "")
                .replace("ifnull(r.external_id, '')", "");
            QVERIFY2(!stripped.contains('\''), clause->sql.constData());
            QVERIFY(match(text, m_streets).size() <= 1);
        }
    }
    QCOMPARE(m_ws->snapshot(), m_before);
}

QTEST_GUILESS_MAIN(TestFilterSql)
#include "tst_filtersql.moc"
