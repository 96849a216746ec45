#include "bulkdeletejob.h"
#include "bulkdeleter.h"
#include "deleteplan.h"
#include "exportline.h"
#include "importjob.h"
#include "jobtest.h"
#include "syntheticdataset.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

// DeletePlan and BulkDeleteJob: rows go with everything that hangs on them, in transactions of
// at most 4,000 rows, and the workspace is consistent after every one of them.
class TestBulkDeleteJob final : public QObject {
    Q_OBJECT

private slots:
    void planCountsRowsAndLabels();
    void deletesTenThousandRowsInThreeTransactions();
    void cancelAfterTheFirstChunk();
    void aFailingTransactionKeepsTheChunksBefore();
    void aFilterDeletesOnlyMatchingKeys();
    void rowsAddedAfterThePlanAreKept();
    void listedRowsAcrossDatasets();
    void deleterRefusesWhatItCannotDo();
};

namespace {

// The camera field that synthetic rows use, as `generate` makes it.
struct Camera {
    QString id;
    QStringList optionIds;
};

Camera cameraField(TestWorkspace &ws)
{
    Camera camera;
    auto schema = ws->metadata().schema(SyntheticDataset::cameraFieldName());
    if (!schema) {
        schema = ws->metadata().createSchema(SyntheticDataset::cameraFieldName(),
                                             MetadataKind::Enum, SyntheticDataset::cameraOptions());
    }
    if (!schema) {
        qWarning("no camera field: %s", qPrintable(schema.error().message));
        return camera;
    }
    camera.id = schema->id;
    for (const QString &option : SyntheticDataset::cameraOptions()) {
        camera.optionIds.append(schema->optionByName(option)->id);
    }
    return camera;
}

// `rows` synthetic rows (labels, attachments, metadata) plus `vectors` rows with embeddings.
bool fill(TestWorkspace &ws, const QString &datasetId, const QString &prefix, qint64 rows,
          int vectors)
{
    const Camera camera = cameraField(ws);
    const SyntheticDataset synthetic(7, prefix);
    SyntheticItemSource source(synthetic, rows, camera.id, camera.optionIds);
    ImportJob job(ws.path(), TestWorkspace::testOptions(), datasetId, SpecMode::Create);
    TaskReportSpool report;
    JobControl control;
    auto summary = job.run(source, report, control);
    if (!summary || !summary->error.isEmpty() || report.errorCount() > 0) {
        qWarning("fill failed");
        return false;
    }
    QJsonArray specs;
    for (int i = 0; i < vectors; ++i) {
        specs.append(QJsonObject{
            {u"row_data"_s, u"https://example.com/%1/v%2.jpg"_s.arg(prefix).arg(i)},
            {u"global_key"_s, u"%1/vectors/%2"_s.arg(prefix).arg(i)},
            {u"metadata_fields"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"tag"_s}, {u"value"_s, u"v"_s}}}},
            {u"attachments"_s,
             QJsonArray{QJsonObject{{u"type"_s, u"RAW_TEXT"_s}, {u"value"_s, u"note"_s}}}},
            {u"embeddings"_s, QJsonArray{QJsonObject{{u"embedding_id"_s, u"clip"_s},
                                                     {u"vector"_s, QJsonArray{i, 1.5, -2}}}}}});
    }
    if (vectors > 0) {
        auto written = test::writeSpecs(ws, datasetId, specs);
        if (!written || !written->errors.isEmpty()) {
            qWarning("vectors failed");
            return false;
        }
    }
    return true;
}

// Everything an export says about a dataset's rows, to show they were not touched.
QByteArray exportOf(TestWorkspace &ws, const QString &datasetId)
{
    QByteArray text;
    sql::Query query = ws->workspace().db().prepare(
        "SELECT r.id FROM data_row r JOIN dataset d ON d.pk = r.dataset_pk WHERE d.id = ?1 "
        "ORDER BY r.pk");
    query.bind(1, datasetId);
    QStringList ids;
    while (query.step()) {
        ids.append(query.text(0));
    }
    for (const QString &id : ids) {
        auto record = ws->exports().record(id, ExportParams::all());
        if (record) {
            text += ExportLines::toLine(*record, ExportParams::all()) + '\n';
        }
    }
    return text;
}

qint64 rowsOf(TestWorkspace &ws, const QString &datasetId)
{
    return ws->datasets().get(datasetId)->rowCount;
}

Result<DeleteSummary> runDelete(TestWorkspace &ws, const DeletePlan &plan, JobControl &control,
                                int chunk = 0)
{
    BulkDeleteJob job(plan.confirm(), ws.path(), TestWorkspace::testOptions());
    if (chunk > 0) {
        job.setChunkSize(chunk);
    }
    return job.run(control);
}

// A workspace that every bulk operation must leave behind: exact row counts, no child rows
// without their data row, every foreign key holding, and enforcement on.
bool consistent(TestWorkspace &ws)
{
    const bool exact = test::rowCountsExact(ws);
    const qint64 orphans = test::orphans(ws);
    const qint64 violations = test::foreignKeyViolations(ws);
    const qint64 enforced = ws.count("PRAGMA foreign_keys");
    if (!exact || orphans != 0 || violations != 0 || enforced != 1) {
        qWarning("inconsistent: exact %d, orphans %lld, violations %lld, foreign_keys %lld",
                 int(exact), orphans, violations, enforced);
        return false;
    }
    return true;
}

} // namespace

void TestBulkDeleteJob::planCountsRowsAndLabels()
{
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"A"_s);
    const QString b = test::newDataset(ws, u"B"_s);
    QVERIFY(fill(ws, a, u"a"_s, 120, 3));
    QVERIFY(fill(ws, b, u"b"_s, 40, 0));
    const QByteArray before = ws.snapshot();

    auto whole = DeletePlan::make(ws.catalog(), RowSelection::dataset(a));
    QVERIFY(whole.ok());
    QCOMPARE(whole->rowCount(), 123);
    const qint64 labelsOfA = ws.count("SELECT count(*) FROM label l JOIN data_row r ON r.pk = "
                                      "l.data_row_pk JOIN dataset d ON d.pk = r.dataset_pk WHERE "
                                      "d.name = 'A'");
    QVERIFY(labelsOfA > 10);
    QCOMPARE(whole->labelCount(), labelsOfA);
    QVERIFY(whole->missing().isEmpty());
    QCOMPARE(whole->statement(),
             u"This deletes 123 data row(s) and %1 label(s), with their "
             u"metadata and attachments. It cannot be undone."_s.arg(labelsOfA));

    // The synthetic keys are "a/0000012.jpg" and the like: the prefix "a/000001" holds rows
    // 10-19 (a global-key pattern matches in any case).
    auto filtered =
        DeletePlan::make(ws.catalog(), RowSelection::dataset(a, u"global_key:A/000001*"_s));
    QVERIFY(filtered.ok());
    QCOMPARE(filtered->rowCount(), 10);
    QCOMPARE(filtered->labelCount(),
             ws.count("SELECT count(*) FROM label l JOIN data_row r ON r.pk = l.data_row_pk "
                      "WHERE r.global_key LIKE 'a/000001%'"));

    QStringList ids;
    {
        sql::Query query = ws->workspace().db().prepare(
            "SELECT r.id FROM data_row r WHERE r.pk IN (SELECT data_row_pk FROM label) "
            "ORDER BY r.pk LIMIT 3");
        while (query.step()) {
            ids.append(query.text(0));
        }
    }
    QCOMPARE(ids.size(), 3);
    const QString missing = u"cmissing00000000000000000"_s;
    auto listed = DeletePlan::make(
        ws.catalog(), RowSelection::rows({ids.at(0), missing, ids.at(1), ids.at(2), ids.at(0)}));
    QVERIFY(listed.ok());
    QCOMPARE(listed->rowCount(), 3);
    QCOMPARE(listed->missing(), QStringList{missing});
    QCOMPARE(listed->labelCount(),
             ws.count("SELECT count(*) FROM label WHERE data_row_pk IN (SELECT pk FROM data_row "
                      "WHERE pk IN (SELECT data_row_pk FROM label) ORDER BY pk LIMIT 3)"));

    QStringList bKeys;
    {
        sql::Query query = ws->workspace().db().prepare(
            "SELECT global_key FROM data_row WHERE global_key LIKE 'b/%' ORDER BY pk LIMIT 2");
        while (query.step()) {
            bKeys.append(query.text(0));
        }
    }
    QCOMPARE(bKeys.size(), 2);
    // Keys match case-insensitively.
    auto keys = DeletePlan::make(
        ws.catalog(), RowSelection::keys({bKeys.at(0).toUpper(), bKeys.at(1), u"nope"_s}));
    QVERIFY(keys.ok());
    QCOMPARE(keys->missing(), QStringList{u"nope"_s});
    QCOMPARE(keys->rowCount(), 2);

    auto unknown = DeletePlan::make(ws.catalog(), RowSelection::dataset(u"cnope"_s));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QStringList many;
    for (int i = 0; i <= RowSelection::kMaxListed; ++i) {
        many.append(u"c%1"_s.arg(i));
    }
    QVERIFY(!DeletePlan::make(ws.catalog(), RowSelection::rows(many)).ok());

    // Planning changes nothing.
    QCOMPARE(ws.snapshot(), before);
}

void TestBulkDeleteJob::deletesTenThousandRowsInThreeTransactions()
{
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"Big"_s);
    const QString b = test::newDataset(ws, u"Kept"_s);
    QVERIFY(fill(ws, a, u"big"_s, 9951, 50));
    QVERIFY(fill(ws, b, u"kept"_s, 60, 4));
    QCOMPARE(rowsOf(ws, a), 10001);
    const QByteArray keptBefore = exportOf(ws, b);
    const qint64 labelsOfB =
        ws.count("SELECT count(*) FROM label l JOIN data_row r ON r.pk = l.data_row_pk JOIN "
                 "dataset d ON d.pk = r.dataset_pk WHERE d.name = 'Kept'");
    const qint64 labelsOfA = ws.count("SELECT count(*) FROM label") - labelsOfB;
    QVERIFY(labelsOfA > 1000);
    QVERIFY(ws.count("SELECT count(*) FROM data_row_project") > 1000);
    QCOMPARE(ws.count("SELECT count(*) FROM data_row_embedding"), 54);

    auto plan = DeletePlan::make(ws.catalog(), RowSelection::dataset(a));
    QVERIFY(plan.ok());
    QCOMPARE(plan->rowCount(), 10001);
    QCOMPARE(plan->labelCount(), labelsOfA);
    QVector<JobProgress> reports;
    JobControl control([&](const JobProgress &progress) { reports.append(progress); });
    auto summary = runDelete(ws, *plan, control);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->deleted, 10001);
    QCOMPARE(summary->labelsDeleted, labelsOfA);
    QCOMPARE(summary->transactions, 3); // 4,000 + 4,000 + 2,001
    QVERIFY(!summary->cancelled);
    QVERIFY(summary->error.isEmpty());
    QVERIFY(summary->missing.isEmpty());
    QCOMPARE(reports.last().done, 10001);
    QCOMPARE(reports.last().total, 10001);
    QCOMPARE(reports.last().unit, u"rows"_s);

    QCOMPARE(rowsOf(ws, a), 0);
    QCOMPARE(ws.count("SELECT count(*) FROM data_row r JOIN dataset d ON d.pk = r.dataset_pk "
                      "WHERE d.name = 'Big'"),
             0);
    QVERIFY(consistent(ws));
    // Nothing of the deleted rows is left in any table that hangs on them.
    QCOMPARE(ws.count("SELECT count(*) FROM label"), labelsOfB);
    QCOMPARE(ws.count("SELECT count(*) FROM data_row_embedding"), 4);
    QCOMPARE(ws.count("SELECT count(*) FROM attachment a JOIN data_row r ON r.pk = "
                      "a.data_row_pk WHERE r.global_key LIKE 'big/%'"),
             0);
    // The other dataset is exactly as it was.
    QCOMPARE(rowsOf(ws, b), 64);
    QVERIFY(exportOf(ws, b) == keptBefore);
    // The keys are free at once.
    const QString reused =
        test::createRow(ws, b, QByteArray(R"({"row_data": "x", "global_key": "BIG/0000001.jpg"})"));
    QVERIFY(!reused.isEmpty());
    QVERIFY(consistent(ws));
}

void TestBulkDeleteJob::cancelAfterTheFirstChunk()
{
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"A"_s);
    const QString b = test::newDataset(ws, u"B"_s);
    QVERIFY(fill(ws, a, u"a"_s, 340, 10));
    QVERIFY(fill(ws, b, u"b"_s, 20, 2));
    const qint64 rowsBefore = ws.count("SELECT count(*) FROM data_row");
    const qint64 labelsBefore = ws.count("SELECT count(*) FROM label");
    auto plan = DeletePlan::make(ws.catalog(), RowSelection::dataset(a));
    QVERIFY(plan.ok());
    QCOMPARE(plan->rowCount(), 350);
    // The first progress report comes right after the first transaction.
    JobControl *self = nullptr;
    JobControl control([&](const JobProgress &) { self->cancel(); });
    self = &control;
    auto summary = runDelete(ws, *plan, control, 100);
    QVERIFY(summary.ok());
    QVERIFY(summary->cancelled);
    QCOMPARE(summary->transactions, 1);
    QCOMPARE(summary->deleted, 100);
    // The summary says exactly what is gone.
    QCOMPARE(ws.count("SELECT count(*) FROM data_row"), rowsBefore - summary->deleted);
    QCOMPARE(ws.count("SELECT count(*) FROM label"), labelsBefore - summary->labelsDeleted);
    QCOMPARE(rowsOf(ws, a), 250);
    QCOMPARE(rowsOf(ws, b), 22);
    QVERIFY(consistent(ws));

    // A cancel before the start deletes nothing.
    auto rest = DeletePlan::make(ws.catalog(), RowSelection::dataset(a));
    QVERIFY(rest.ok());
    JobControl early;
    early.cancel();
    auto none = runDelete(ws, *rest, early);
    QVERIFY(none.ok());
    QVERIFY(none->cancelled);
    QCOMPARE(none->deleted, 0);
    QCOMPARE(none->transactions, 0);
    QCOMPARE(rowsOf(ws, a), 250);

    // Running the rest to the end: chunks of 100, 100 and 50.
    JobControl plain;
    auto finished = runDelete(ws, *rest, plain, 100);
    QVERIFY(finished.ok());
    QCOMPARE(finished->deleted, 250);
    QCOMPARE(finished->transactions, 3);
    QCOMPARE(rowsOf(ws, a), 0);
    QVERIFY(consistent(ws));
}

void TestBulkDeleteJob::aFailingTransactionKeepsTheChunksBefore()
{
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"A"_s);
    QVERIFY(fill(ws, a, u"a"_s, 250, 0));
    const qint64 labelsBefore = ws.count("SELECT count(*) FROM label");
    auto plan = DeletePlan::make(ws.catalog(), RowSelection::dataset(a));
    QVERIFY(plan.ok());
    // After the first transaction another program takes the write lock and keeps it past the
    // job's busy timeout.
    bool locked = false;
    JobControl control([&](const JobProgress &) {
        if (!locked) {
            locked = ws->workspace().db().execute("BEGIN IMMEDIATE").ok();
        }
    });
    WorkspaceOptions options = TestWorkspace::testOptions();
    options.busyTimeoutMs = 50;
    BulkDeleteJob job(plan->confirm(), ws.path(), options);
    job.setChunkSize(100);
    auto summary = job.run(control);
    QVERIFY(locked);
    QVERIFY(ws->workspace().db().execute("ROLLBACK").ok());
    QVERIFY(summary.ok());
    QVERIFY2(summary->error.contains(u"busy"_s), qPrintable(summary->error));
    QVERIFY(!summary->cancelled);
    // The summary says exactly what is gone: the first chunk, whole.
    QCOMPARE(summary->transactions, 1);
    QCOMPARE(summary->deleted, 100);
    QCOMPARE(ws.count("SELECT count(*) FROM data_row"), 150);
    QCOMPARE(ws.count("SELECT count(*) FROM label"), labelsBefore - summary->labelsDeleted);
    QCOMPARE(rowsOf(ws, a), 150);
    QVERIFY(consistent(ws));
}

void TestBulkDeleteJob::aFilterDeletesOnlyMatchingKeys()
{
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"A"_s);
    const QString b = test::newDataset(ws, u"B"_s);
    const auto written = test::writeText(ws, a, R"({"row_data": "1", "global_key": "tmp/1"}
{"row_data": "2", "global_key": "TMP/2"}
{"row_data": "3", "global_key": "keep/tmp/3"}
{"row_data": "4", "global_key": "tmpx"}
{"row_data": "5", "global_key": "a_b/1"}
{"row_data": "6", "global_key": "axb/1"}
{"row_data": "7"}
)");
    QVERIFY(written.ok());
    QCOMPARE(written->errors.size(), 0);
    QVERIFY(!test::createRow(ws, b, QByteArray(R"({"row_data": "b", "global_key": "tmp/b"})"))
                 .isEmpty());

    auto plan = DeletePlan::make(ws.catalog(), RowSelection::dataset(a, u"global_key:tmp/*"_s));
    QVERIFY(plan.ok());
    QCOMPARE(plan->rowCount(), 2);
    JobControl control;
    auto summary = runDelete(ws, *plan, control);
    QVERIFY(summary.ok());
    QCOMPARE(summary->deleted, 2);
    QCOMPARE(summary->transactions, 1);
    // Only keys that start with the prefix (in any case) and only in that dataset.
    QVERIFY(!ws->rows().getByGlobalKey(u"tmp/1"_s).ok());
    QVERIFY(!ws->rows().getByGlobalKey(u"tmp/2"_s).ok());
    for (const QString &key : {u"keep/tmp/3"_s, u"tmpx"_s, u"tmp/b"_s, u"a_b/1"_s, u"axb/1"_s}) {
        QVERIFY2(ws->rows().getByGlobalKey(key).ok(), qPrintable(key));
    }
    // '_' in a filter is a character, not a wildcard.
    auto underscore =
        DeletePlan::make(ws.catalog(), RowSelection::dataset(a, u"global_key:a_b*"_s));
    QVERIFY(underscore.ok());
    QCOMPARE(underscore->rowCount(), 1);
    auto deleted = runDelete(ws, *underscore, control);
    QVERIFY(deleted.ok());
    QCOMPARE(deleted->deleted, 1);
    QVERIFY(ws->rows().getByGlobalKey(u"axb/1"_s).ok());
    QCOMPARE(rowsOf(ws, a), 4);
    QCOMPARE(rowsOf(ws, b), 1);
    QVERIFY(consistent(ws));
}

void TestBulkDeleteJob::rowsAddedAfterThePlanAreKept()
{
    // The user confirmed "this deletes 30 rows"; rows that another program adds to the
    // dataset before or while the job runs are not part of that and stay.
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"A"_s);
    QVERIFY(fill(ws, a, u"a"_s, 30, 0));
    auto plan = DeletePlan::make(ws.catalog(), RowSelection::dataset(a));
    QVERIFY(plan.ok());
    QCOMPARE(plan->rowCount(), 30);
    auto filtered =
        DeletePlan::make(ws.catalog(), RowSelection::dataset(a, u"global_key:late/*"_s));
    QVERIFY(filtered.ok());
    QCOMPARE(filtered->rowCount(), 0);
    const QString before =
        test::createRow(ws, a, QByteArray(R"({"row_data": "x", "global_key": "late/1"})"));
    QVERIFY(!before.isEmpty());
    // One more while the job runs (after its first chunk).
    QString during;
    JobControl control([&](const JobProgress &) {
        if (during.isEmpty()) {
            during =
                test::createRow(ws, a, QByteArray(R"({"row_data": "y", "global_key": "late/2"})"));
        }
    });
    auto summary = runDelete(ws, *plan, control, 10);
    QVERIFY(summary.ok());
    QVERIFY(!during.isEmpty());
    QCOMPARE(summary->deleted, 30);
    QCOMPARE(summary->transactions, 3);
    QCOMPARE(rowsOf(ws, a), 2);
    QVERIFY(ws->rows().get(before).ok());
    QVERIFY(ws->rows().get(during).ok());
    QVERIFY(consistent(ws));

    // The same for a filter.
    JobControl plain;
    auto none = runDelete(ws, *filtered, plain);
    QVERIFY(none.ok());
    QCOMPARE(none->deleted, 0);
    QCOMPARE(rowsOf(ws, a), 2);
}

void TestBulkDeleteJob::listedRowsAcrossDatasets()
{
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"A"_s);
    const QString b = test::newDataset(ws, u"B"_s);
    QVERIFY(fill(ws, a, u"a"_s, 30, 2));
    QVERIFY(fill(ws, b, u"b"_s, 30, 2));
    const QString inA = ws->rows().getByGlobalKey(u"a/vectors/1"_s)->id;
    const QString alsoInA = ws->rows().getByGlobalKey(u"a/0000003.jpg"_s).ok()
                                ? ws->rows().getByGlobalKey(u"a/0000003.jpg"_s)->id
                                : ws->rows().getByGlobalKey(u"a/0000003.txt"_s)->id;
    const QString inB = ws->rows().getByGlobalKey(u"b/vectors/0"_s)->id;
    const QString missing = u"cmissing00000000000000000"_s;
    auto plan = DeletePlan::make(ws.catalog(), RowSelection::rows({inA, missing, inB, alsoInA}));
    QVERIFY(plan.ok());
    QCOMPARE(plan->rowCount(), 3);
    JobControl control;
    auto summary = runDelete(ws, *plan, control);
    QVERIFY(summary.ok());
    QCOMPARE(summary->deleted, 3);
    QCOMPARE(summary->missing, QStringList{missing});
    QCOMPARE(summary->transactions, 1);
    QCOMPARE(rowsOf(ws, a), 30);
    QCOMPARE(rowsOf(ws, b), 31);
    QVERIFY(!ws->rows().get(inA).ok());
    QVERIFY(!ws->rows().get(inB).ok());
    QVERIFY(!ws->rows().get(alsoInA).ok());
    QCOMPARE(ws.count("SELECT count(*) FROM data_row_embedding"), 2);
    QVERIFY(consistent(ws));

    // Deleting them again: all missing, nothing happens.
    auto again = DeletePlan::make(ws.catalog(), RowSelection::rows({inA, inB}));
    QVERIFY(again.ok());
    QCOMPARE(again->rowCount(), 0);
    QCOMPARE(again->missing(), (QStringList{inA, inB}));
    auto nothing = runDelete(ws, *again, control);
    QVERIFY(nothing.ok());
    QCOMPARE(nothing->deleted, 0);
    QCOMPARE(nothing->transactions, 0);
}

void TestBulkDeleteJob::deleterRefusesWhatItCannotDo()
{
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"A"_s);
    QVERIFY(fill(ws, a, u"a"_s, 20, 2));
    QVector<qint64> pks;
    {
        sql::Query query = ws->workspace().db().prepare("SELECT pk FROM data_row ORDER BY pk");
        while (query.step()) {
            pks.append(query.int64(0));
        }
    }
    const QByteArray before = ws.snapshot();
    BulkDeleter deleter(ws->workspace());

    QVector<qint64> tooMany(BulkDeleter::kMaxChunk + 1, pks.first());
    QVERIFY(!deleter.deleteChunk(tooMany).ok());
    auto empty = deleter.deleteChunk({});
    QVERIFY(empty.ok());
    QCOMPARE(empty->rows, 0);
    QCOMPARE(ws.snapshot(), before);

    // Another program holds the write lock past the busy timeout: nothing changes, and this
    // connection enforces foreign keys again.
    {
        WorkspaceOptions options = TestWorkspace::testOptions();
        options.busyTimeoutMs = 50;
        auto quick = Catalog::open(ws.path(), options);
        QVERIFY(quick.ok());
        QVERIFY(ws->workspace().db().execute("BEGIN IMMEDIATE").ok());
        BulkDeleter blocked((*quick)->workspace());
        auto failed = blocked.deleteChunk(pks.mid(0, 5));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Busy);
        QVERIFY(ws->workspace().db().execute("ROLLBACK").ok());
        QCOMPARE((*quick)->workspace().db().queryInt("PRAGMA foreign_keys").value(), 1);
    }
    QCOMPARE(ws.snapshot(), before);

    // A read-only workspace is refused before anything.
    {
        WorkspaceOptions options = TestWorkspace::testOptions();
        options.readOnly = true;
        auto readOnly = Catalog::open(ws.path(), options);
        QVERIFY(readOnly.ok());
        BulkDeleter refused((*readOnly)->workspace());
        auto failed = refused.deleteChunk(pks.mid(0, 5));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::ReadOnly);
    }
    QCOMPARE(ws.snapshot(), before);

    // A chunk on this connection: counts, and foreign keys enforced again afterwards.
    auto deleted = deleter.deleteChunk(pks.mid(0, 7));
    QVERIFY(deleted.ok());
    QCOMPARE(deleted->rows, 7);
    QCOMPARE(rowsOf(ws, a), 15);
    QVERIFY(consistent(ws));
    // Row keys that are gone already count for nothing.
    auto repeated = deleter.deleteChunk(pks.mid(0, 8));
    QVERIFY(repeated.ok());
    QCOMPARE(repeated->rows, 1);
    QCOMPARE(rowsOf(ws, a), 14);
    QVERIFY(consistent(ws));
}

QTEST_GUILESS_MAIN(TestBulkDeleteJob)
#include "tst_bulkdeletejob.moc"
