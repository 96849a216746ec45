#include "cuid.h"
#include "storetest.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

class TestDatasetStore final : public QObject {
    Q_OBJECT

private slots:
    void createAndGet();
    void createRefusesABadName_data();
    void createRefusesABadName();
    void longestNameIsAccepted();
    void listIsOldestFirstAndNamesNeedNotBeUnique();
    void renameAndDescribe();
    void renameRefusesAnEmptyName();
    void unknownIdIsNotFound();
    void removeDeletesRowsWithEverythingTheyHold();
    void removeFreesGlobalKeys();
    void rowCountIsExact();
};

void TestDatasetStore::createAndGet()
{
    TestWorkspace ws;
    QVERIFY(ws.isValid());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    auto created = ws->datasets().create(u"Street scenes"_s, u"Dashcam frames"_s);
    QVERIFY2(created, qPrintable(created.error().message));
    QVERIFY(Cuid::isValid(created->id));
    QCOMPARE(created->id.size(), 25);
    QVERIFY(created->id.startsWith(u'c'));
    QCOMPARE(created->name, u"Street scenes"_s);
    QCOMPARE(created->description, u"Dashcam frames"_s);
    QCOMPARE(created->createdBy, u"tester@example.com"_s);
    QCOMPARE(created->rowCount, qint64(0));
    QVERIFY(created->createdAt >= before);
    QCOMPARE(created->updatedAt, created->createdAt);

    auto got = ws->datasets().get(created->id);
    QVERIFY(got);
    QCOMPARE(*got, *created);

    // Without a description the description is empty, not null.
    auto bare = ws->datasets().create(u"Bare"_s);
    QVERIFY(bare);
    QVERIFY(!bare->description.isNull());
    QCOMPARE(ws->datasets().get(bare->id)->description, u""_s);

    ws.reopen();
    QVERIFY(ws.isValid());
    auto again = ws->datasets().get(created->id);
    QVERIFY(again);
    QCOMPARE(*again, *created);
}

void TestDatasetStore::createRefusesABadName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u""_s << u"A dataset needs a name."_s;
    QTest::newRow("null") << QString() << u"A dataset needs a name."_s;
    QTest::newRow("blank") << u"   "_s << u"A dataset needs a name."_s;
    QTest::newRow("too long") << QString(1001, u'n')
                              << u"A dataset name can have at most 1000 characters."_s;
}

void TestDatasetStore::createRefusesABadName()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    TestWorkspace ws;
    QVERIFY(ws->datasets().create(u"Existing"_s));
    const QByteArray before = ws.snapshot();
    auto refused = ws->datasets().create(name, u"whatever"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(ws.snapshot(), before);
}

void TestDatasetStore::longestNameIsAccepted()
{
    TestWorkspace ws;
    auto created = ws->datasets().create(QString(DatasetStore::kMaxNameLength, u'n'));
    QVERIFY2(created, qPrintable(created.error().message));
    QCOMPARE(ws->datasets().get(created->id)->name.size(), DatasetStore::kMaxNameLength);
}

void TestDatasetStore::listIsOldestFirstAndNamesNeedNotBeUnique()
{
    TestWorkspace ws;
    QVERIFY(ws->datasets().list());
    QCOMPARE(ws->datasets().list()->size(), 0);
    const QString first = test::newDataset(ws, u"Same"_s);
    const QString second = test::newDataset(ws, u"Other"_s);
    const QString third = test::newDataset(ws, u"Same"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());
    QVERIFY(first != third);
    QVERIFY(!test::createRow(ws, second, QByteArray(R"({"row_data": "text one"})")).isEmpty());
    QVERIFY(!test::createRow(ws, second, QByteArray(R"({"row_data": "text two"})")).isEmpty());

    auto list = ws->datasets().list();
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).id, first);
    QCOMPARE(list->at(1).id, second);
    QCOMPARE(list->at(2).id, third);
    QCOMPARE(list->at(0).name, u"Same"_s);
    QCOMPARE(list->at(2).name, u"Same"_s);
    QCOMPARE(list->at(0).rowCount, qint64(0));
    QCOMPARE(list->at(1).rowCount, qint64(2));
    QCOMPARE(list->at(1), *ws->datasets().get(second));
}

void TestDatasetStore::renameAndDescribe()
{
    TestWorkspace ws;
    auto created = ws->datasets().create(u"Old"_s, u"old text"_s);
    QVERIFY(created);
    auto renamed = ws->datasets().rename(created->id, u"New name"_s);
    QVERIFY2(renamed, qPrintable(renamed.error().message));
    QCOMPARE(renamed->name, u"New name"_s);
    QCOMPARE(renamed->description, u"old text"_s);
    QCOMPARE(renamed->createdAt, created->createdAt);
    QVERIFY(renamed->updatedAt >= created->updatedAt);

    auto described = ws->datasets().describe(created->id, u"A longer story"_s);
    QVERIFY2(described, qPrintable(described.error().message));
    QCOMPARE(described->name, u"New name"_s);
    QCOMPARE(described->description, u"A longer story"_s);

    // The description may be cleared.
    auto cleared = ws->datasets().describe(created->id, QString());
    QVERIFY(cleared);
    QCOMPARE(cleared->description, u""_s);

    // Renaming to the same name is not an error.
    QVERIFY(ws->datasets().rename(created->id, u"New name"_s));

    ws.reopen();
    auto stored = ws->datasets().get(created->id);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"New name"_s);
    QCOMPARE(stored->description, u""_s);
}

void TestDatasetStore::renameRefusesAnEmptyName()
{
    TestWorkspace ws;
    const QString id = test::newDataset(ws, u"Kept"_s);
    const QByteArray before = ws.snapshot();
    for (const QString &name : {u""_s, u"  "_s, QString(1001, u'x')}) {
        auto refused = ws->datasets().rename(id, name);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    }
    QCOMPARE(ws->datasets().rename(id, u""_s).error().message, u"A dataset needs a name."_s);
    QCOMPARE(ws.snapshot(), before);
    QCOMPARE(ws->datasets().get(id)->name, u"Kept"_s);
}

void TestDatasetStore::unknownIdIsNotFound()
{
    TestWorkspace ws;
    const QString existing = test::newDataset(ws, u"Existing"_s);
    QVERIFY(!test::createRow(ws, existing, QByteArray(R"({"row_data": "kept"})")).isEmpty());
    const QString missing = u"cmissingdataset0000000000"_s;
    const QString message = u"Dataset not found: '%1'"_s.arg(missing);
    QCOMPARE(DatasetStore::notFoundMessage(missing), message);
    const QByteArray before = ws.snapshot();

    auto got = ws->datasets().get(missing);
    QVERIFY(!got);
    QCOMPARE(got.error().code, ErrorCode::NotFound);
    QCOMPARE(got.error().message, message);

    auto renamed = ws->datasets().rename(missing, u"Name"_s);
    QVERIFY(!renamed);
    QCOMPARE(renamed.error().code, ErrorCode::NotFound);
    QCOMPARE(renamed.error().message, message);

    auto described = ws->datasets().describe(missing, u"text"_s);
    QVERIFY(!described);
    QCOMPARE(described.error().message, message);

    auto removed = ws->datasets().remove(missing);
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, ErrorCode::NotFound);
    QCOMPARE(removed.error().message, message);

    auto written = test::writeText(ws, missing, R"({"row_data": "nowhere"})");
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::NotFound);
    QCOMPARE(written.error().message, message);

    // Ids are compared exactly.
    QVERIFY(!ws->datasets().get(existing.toUpper()));
    QCOMPARE(ws.snapshot(), before);
}

void TestDatasetStore::removeDeletesRowsWithEverythingTheyHold()
{
    TestWorkspace ws;
    const QString doomed = test::newDataset(ws, u"Doomed"_s);
    const QString kept = test::newDataset(ws, u"Kept"_s);
    auto report = test::writeText(
        ws, doomed,
        R"({"row_data": "https://example.com/a.jpg", "global_key": "doomed-a", "metadata_fields": [{"name": "tag", "value": "x"}, {"name": "split", "value": "train"}], "attachments": [{"type": "RAW_TEXT", "value": "note"}], "embeddings": [{"embedding_id": "space", "vector": [1, 2, 3]}]}
{"row_data": "https://example.com/b.jpg", "global_key": "doomed-b", "attachments": [{"type": "IMAGE", "value": "https://example.com/b-overlay.png"}]}
)");
    QVERIFY(report);
    QCOMPARE(report->created, qint64(2));
    const QString keptRow = test::createRow(
        ws, kept,
        QByteArray(
            R"({"row_data": "https://example.com/k.jpg", "global_key": "kept-k", "metadata_fields": [{"name": "tag", "value": "keep"}], "attachments": [{"type": "RAW_TEXT", "value": "kept note"}], "embeddings": [{"embedding_id": "space", "vector": [4, 5, 6]}]})"));
    QVERIFY(!keptRow.isEmpty());
    auto project = ws->labels().createProject(u"Boxes"_s);
    QVERIFY(project);
    for (const CreatedRow &row : report->result) {
        QVERIFY(ws->labels().addLabel(row.id, {project->id, R"({"objects": []})", 3}));
    }
    QVERIFY(ws->labels().addLabel(keptRow, {project->id, {}, 1}));
    QCOMPARE(ws.count("SELECT count(*) FROM metadata_value"), qint64(3));
    QCOMPARE(ws.count("SELECT count(*) FROM attachment"), qint64(3));
    QCOMPARE(ws.count("SELECT count(*) FROM data_row_embedding"), qint64(2));
    QCOMPARE(ws.count("SELECT count(*) FROM label"), qint64(3));
    QCOMPARE(ws.count("SELECT count(*) FROM data_row_project"), qint64(3));

    auto removed = ws->datasets().remove(doomed);
    QVERIFY2(removed, qPrintable(removed.error().message));
    QCOMPARE(*removed, qint64(2));

    QCOMPARE(ws->datasets().get(doomed).error().message, u"Dataset not found: '%1'"_s.arg(doomed));
    for (const CreatedRow &row : report->result) {
        QCOMPARE(ws->rows().get(row.id).error().code, ErrorCode::NotFound);
    }
    QCOMPARE(ws.count("SELECT count(*) FROM data_row"), qint64(1));
    QCOMPARE(ws.count("SELECT count(*) FROM metadata_value"), qint64(1));
    QCOMPARE(ws.count("SELECT count(*) FROM attachment"), qint64(1));
    QCOMPARE(ws.count("SELECT count(*) FROM data_row_embedding"), qint64(1));
    QCOMPARE(ws.count("SELECT count(*) FROM label"), qint64(1));
    QCOMPARE(ws.count("SELECT count(*) FROM data_row_project"), qint64(1));

    // The other dataset and its row are untouched; schemas and projects stay.
    auto keptDataset = ws->datasets().get(kept);
    QVERIFY(keptDataset);
    QCOMPARE(keptDataset->rowCount, qint64(1));
    QCOMPARE(ws->metadata().rowMetadata(keptRow)->size(), 1);
    QCOMPARE(ws->attachments().list(keptRow)->size(), 1);
    QCOMPARE(ws->labels().labels(keptRow)->size(), 1);
    QCOMPARE(ws->metadata().schemas()->size(), 4);
    QCOMPARE(ws->labels().projects()->size(), 1);
    QCOMPARE(ws->datasets().list()->size(), 1);
    QVERIFY(test::rowCountsExact(ws));

    // Removing it again: not found, nothing changes.
    const QByteArray before = ws.snapshot();
    QCOMPARE(ws->datasets().remove(doomed).error().code, ErrorCode::NotFound);
    QCOMPARE(ws.snapshot(), before);
}

void TestDatasetStore::removeFreesGlobalKeys()
{
    TestWorkspace ws;
    const QString doomed = test::newDataset(ws, u"Doomed"_s);
    const QString other = test::newDataset(ws, u"Other"_s);
    QVERIFY(!test::createRow(ws, doomed, QByteArray(R"({"row_data": "a", "global_key": "Key-A"})"))
                 .isEmpty());
    QVERIFY(ws->datasets().remove(doomed));
    QVERIFY(!ws->rows().getByGlobalKey(u"Key-A"_s));
    auto lookup = ws->keys().lookup({u"key-a"_s});
    QVERIFY(lookup);
    QCOMPARE(lookup->ids, QStringList{u""_s});
    // The key is free at once, in any dataset and any case.
    const QString reused =
        test::createRow(ws, other, QByteArray(R"({"row_data": "b", "global_key": "KEY-a"})"));
    QVERIFY(!reused.isEmpty());
    QCOMPARE(ws->rows().getByGlobalKey(u"key-A"_s)->id, reused);
}

void TestDatasetStore::rowCountIsExact()
{
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"A"_s);
    const QString b = test::newDataset(ws, u"B"_s);
    auto rowCount = [&](const QString &id) {
        return ws->datasets().get(id)->rowCount;
    };

    // Creates, with failed items among them.
    auto created = test::writeText(ws, a, R"({"row_data": "one", "global_key": "k1"}
{"row_data": "two", "global_key": "k2"}
{"row_data": "", "global_key": "k3"}
{"row_data": "dup", "global_key": "K1"}
not json
{"row_data": "three", "external_id": "e3"}
)");
    QVERIFY(created);
    QCOMPARE(created->created, qint64(3));
    QCOMPARE(created->errors.size(), 3);
    QCOMPARE(rowCount(a), qint64(3));
    QCOMPARE(rowCount(b), qint64(0));
    QVERIFY(test::rowCountsExact(ws));

    // A batch where everything fails changes no count.
    auto failed = test::writeText(ws, a, R"({"row_data": ""}
{"row_data": "s3://bucket/x.jpg"}
)");
    QVERIFY(failed);
    QCOMPARE(failed->status(), u"FAILED"_s);
    QCOMPARE(rowCount(a), qint64(3));

    // Upserts: updates change no count (not even when written through another dataset); a
    // GKEY that does not exist creates the row in the dataset written to.
    auto upserted = test::writeText(ws, b,
                                    R"({"key": {"type": "GKEY", "value": "k1"}, "external_id": "x"}
{"key": {"type": "GKEY", "value": "k2"}, "row_data": "two again"}
{"key": {"type": "GKEY", "value": "new-in-b"}, "row_data": "fresh"}
{"key": {"type": "ID", "value": "cnosuchrow000000000000000"}, "row_data": "lost"}
{"row_data": "plain create in b"}
)",
                                    SpecMode::Upsert);
    QVERIFY(upserted);
    QCOMPARE(upserted->updated, qint64(2));
    QCOMPARE(upserted->created, qint64(2));
    QCOMPARE(upserted->errors.size(), 1);
    QCOMPARE(rowCount(a), qint64(3));
    QCOMPARE(rowCount(b), qint64(2));
    QVERIFY(test::rowCountsExact(ws));

    // Deletes.
    QVERIFY(ws->rows().remove(ws->rows().getByGlobalKey(u"k1"_s)->id));
    QCOMPARE(rowCount(a), qint64(2));
    QVERIFY(ws->rows().remove(ws->rows().getByGlobalKey(u"new-in-b"_s)->id));
    QCOMPARE(rowCount(b), qint64(1));
    // A failed delete changes no count.
    QVERIFY(!ws->rows().remove(u"cnosuchrow000000000000000"_s));
    QCOMPARE(rowCount(a), qint64(2));
    QCOMPARE(rowCount(b), qint64(1));
    QVERIFY(test::rowCountsExact(ws));

    ws.reopen();
    QCOMPARE(rowCount(a), qint64(2));
    QCOMPARE(rowCount(b), qint64(1));
    QVERIFY(test::rowCountsExact(ws));
}

QTEST_GUILESS_MAIN(TestDatasetStore)
#include "tst_datasetstore.moc"
