#include "exportjob.h"
#include "exportline.h"
#include "exportplan.h"
#include "fileitemsource.h"
#include "importjob.h"
#include "jobtest.h"
#include "syntheticdataset.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

// ExportPlan and ExportJob: what will be exported, worked out first, then the lines written
// whole through QSaveFile, or nothing at all. (Declared before the helpers: moc misreads the
// raw JSON strings in them.)
class TestExportJob final : public QObject {
    Q_OBJECT

private slots:
    void planForEachScope();
    void planRefusals();
    void planDestination();
    void writesTheLinesOfExportLines_data();
    void writesTheLinesOfExportLines();
    void selectedRowsKeepTheirOrder();
    void writesToADevice();
    void aCancelledExportLeavesNoFile();
    void aFailingWriteLeavesNoFile();
    void roundTripThroughAnEmptyWorkspace();
};

namespace {

// Two datasets: "Streets" with rows that carry metadata, attachments, embeddings and labels,
// and "Other" with two plain rows.
struct Sample {
    QString streets;
    QString other;
    QStringList ids; // of Streets, in insertion order
};

Sample makeSample(TestWorkspace &ws)
{
    Sample sample;
    sample.streets = test::newDataset(ws, u"Streets"_s);
    sample.other = test::newDataset(ws, u"Other"_s);
    const auto report = test::writeText(
        ws, sample.streets,
        R"({"row_data": "https://example.com/street/0001.jpg", "global_key": "street/0001.jpg", "external_id": "0001.jpg", "metadata_fields": [{"name": "tag", "value": "night"}, {"name": "split", "value": "train"}], "attachments": [{"type": "RAW_TEXT", "value": "dusk", "name": "notes"}, {"type": "IMAGE_OVERLAY", "value": "https://example.com/d.png"}], "embeddings": [{"embedding_id": "clip", "vector": [0.5, 1, 2]}]}
{"row_data": "https://example.com/street/0002.jpg", "global_key": "Street/0002.JPG", "metadata_fields": [{"name": "captureDateTime", "value": "2026-11-29T18:40:00Z"}]}
{"row_data": "https://example.com/cars/0001.jpg", "global_key": "cars/0001.jpg", "embeddings": [{"embedding_id": "clip", "vector": [3, 4, 5]}]}
{"row_data": "https://example.com/cars/0002.jpg", "global_key": "cars/0002.jpg", "external_id": "dup"}
{"row_data": "https://example.com/cars_0003.jpg", "global_key": "cars_0003.jpg", "external_id": "dup"}
{"row_data": "Just some text, no key."}
)");
    if (!report || !report->errors.isEmpty()) {
        qWarning("sample rows failed");
        return sample;
    }
    for (const CreatedRow &row : report->result) {
        sample.ids.append(row.id);
    }
    (void)test::writeText(
        ws, sample.other,
        R"({"row_data": "https://example.com/other/1.jpg", "global_key": "other/1"}
{"row_data": "https://example.com/other/2.jpg", "global_key": "other/2"}
)");
    auto project = ws->labels().createProject(u"Boxes"_s);
    for (const int row : {0, 0, 2}) {
        (void)ws->labels().addLabel(
            sample.ids.at(row),
            {project->id, R"({"objects":[],"classifications":[],"relationships":[]})", 12.5});
    }
    return sample;
}

// The export lines of rows as ExportLines makes them, read in the order given.
QByteArray expectedLines(TestWorkspace &ws, const QStringList &ids, const ExportParams &params)
{
    QByteArray text;
    for (const QString &id : ids) {
        auto record = ws->exports().record(id, params);
        if (!record) {
            qWarning("no record for %s", qPrintable(id));
            continue;
        }
        text += ExportLines::toLine(*record, params) + '\n';
    }
    return text;
}

QStringList idsOf(TestWorkspace &ws, const QString &datasetId)
{
    QStringList ids;
    sql::Query query = ws->workspace().db().prepare(
        "SELECT r.id FROM data_row r JOIN dataset d ON d.pk = r.dataset_pk WHERE d.id = ?1 "
        "ORDER BY r.pk");
    query.bind(1, datasetId);
    while (query.step()) {
        ids.append(query.text(0));
    }
    return ids;
}

Result<ExportSummary> runExport(TestWorkspace &ws, const ExportPlan &plan, JobControl &control)
{
    ExportJob job(plan.confirm(), ws.path(), TestWorkspace::testOptions());
    return job.run(control);
}

// A device that takes `room` bytes and then fails every write.
class FailingDevice final : public QIODevice {
public:
    explicit FailingDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (size > m_room) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_room -= size;
        return size;
    }

private:
    qint64 m_room;
};

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

void TestExportJob::planForEachScope()
{
    TestWorkspace ws;
    const Sample sample = makeSample(ws);
    QCOMPARE(sample.ids.size(), 6);
    const QString out = ws.filePath(u"out.ndjson"_s);

    auto dataset =
        ExportPlan::make(ws.catalog(), RowSelection::dataset(sample.streets), ExportParams(), out);
    QVERIFY(dataset.ok());
    QCOMPARE(dataset->rowCount(), 6);
    QVERIFY(dataset->missing().isEmpty());
    QVERIFY(!dataset->overwrites());
    QVERIFY(!dataset->toStandardOutput());
    QCOMPARE(dataset->destination(), out);
    QCOMPARE(dataset->statement(), u"Export 6 row(s) to %1."_s.arg(out));

    // A global-key pattern: "cars_*" matches "cars_0003.jpg" only, not "cars/...".
    auto filtered =
        ExportPlan::make(ws.catalog(), RowSelection::dataset(sample.streets, u"global_key:cars*"_s),
                         ExportParams(), out);
    QVERIFY(filtered.ok());
    QCOMPARE(filtered->rowCount(), 3);
    auto underscore = ExportPlan::make(
        ws.catalog(), RowSelection::dataset(sample.streets, u"global_key:cars_*"_s), ExportParams(),
        out);
    QVERIFY(underscore.ok());
    QCOMPARE(underscore->rowCount(), 1);
    auto caseless = ExportPlan::make(
        ws.catalog(), RowSelection::dataset(sample.streets, u"global_key:STREET/*"_s),
        ExportParams(), out);
    QVERIFY(caseless.ok());
    QCOMPARE(caseless->rowCount(), 2);

    const QString missingId = u"cmissing00000000000000000"_s;
    auto ids = ExportPlan::make(ws.catalog(),
                                RowSelection::rows({sample.ids.at(3), missingId, sample.ids.at(0)}),
                                ExportParams::all(), out);
    QVERIFY(ids.ok());
    QCOMPARE(ids->rowCount(), 2);
    QCOMPARE(ids->missing(), QStringList{missingId});
    QVERIFY2(ids->statement().startsWith(u"Export 2 row(s) with attachments, metadata_fields"_s),
             qPrintable(ids->statement()));

    // Keys match case-insensitively; the missing ones are listed as given.
    auto keys = ExportPlan::make(
        ws.catalog(),
        RowSelection::keys({u"STREET/0001.JPG"_s, u"street/0002.jpg"_s, u"nope"_s, u"other/1"_s}),
        ExportParams(), out);
    QVERIFY(keys.ok());
    QCOMPARE(keys->rowCount(), 3);
    QCOMPARE(keys->missing(), QStringList{u"nope"_s});

    auto standardOutput =
        ExportPlan::make(ws.catalog(), RowSelection::dataset(sample.other), ExportParams(), u"-"_s);
    QVERIFY(standardOutput.ok());
    QVERIFY(standardOutput->toStandardOutput());
    QVERIFY(!standardOutput->overwrites());
    QCOMPARE(standardOutput->statement(), u"Export 2 row(s) to standard output."_s);
}

void TestExportJob::planRefusals()
{
    TestWorkspace ws;
    const Sample sample = makeSample(ws);
    const QString out = ws.filePath(u"out.ndjson"_s);

    RowSelection both = RowSelection::rows({sample.ids.at(0)});
    both.globalKeys = QStringList{u"street/0001.jpg"_s};
    auto mixed = ExportPlan::make(ws.catalog(), both, ExportParams(), out);
    QVERIFY(!mixed.ok());
    QCOMPARE(mixed.error().code, ErrorCode::InvalidInput);
    QCOMPARE(mixed.error().message, u"Give row ids or global keys, not both."_s);

    QStringList many;
    for (int i = 0; i < RowSelection::kMaxListed + 1; ++i) {
        many.append(u"key-%1"_s.arg(i));
    }
    for (const RowSelection &selection : {RowSelection::keys(many), RowSelection::rows(many)}) {
        auto tooMany = ExportPlan::make(ws.catalog(), selection, ExportParams(), out);
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().code, ErrorCode::InvalidInput);
        QVERIFY2(tooMany.error().message.contains(u"2001 were given"_s),
                 qPrintable(tooMany.error().message));
    }
    // Exactly 2,000 is fine (all missing here).
    many.removeLast();
    auto limit = ExportPlan::make(ws.catalog(), RowSelection::keys(many), ExportParams(), out);
    QVERIFY(limit.ok());
    QCOMPARE(limit->missing().size(), 2000);

    auto unknown = ExportPlan::make(
        ws.catalog(), RowSelection::dataset(u"cnotadataset0000000000000"_s), ExportParams(), out);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QCOMPARE(unknown.error().message, u"Dataset not found: 'cnotadataset0000000000000'"_s);

    auto nothing = ExportPlan::make(ws.catalog(), RowSelection(), ExportParams(), out);
    QVERIFY(!nothing.ok());
    RowSelection filterOnly = RowSelection::rows({sample.ids.at(0)});
    filterOnly.filter = u"cars"_s;
    QVERIFY(!ExportPlan::make(ws.catalog(), filterOnly, ExportParams(), out).ok());
    QVERIFY(!QFile::exists(out));
}

void TestExportJob::planDestination()
{
    TestWorkspace ws;
    const Sample sample = makeSample(ws);
    const RowSelection all = RowSelection::dataset(sample.streets);

    const QString inMissingFolder = ws.filePath(u"nowhere/out.ndjson"_s);
    auto missingFolder = ExportPlan::make(ws.catalog(), all, ExportParams(), inMissingFolder);
    QVERIFY(!missingFolder.ok());
    QCOMPARE(missingFolder.error().code, ErrorCode::InvalidInput);
    QCOMPARE(missingFolder.error().message,
             u"The folder '%1' does not exist."_s.arg(ws.filePath(u"nowhere"_s)));
    QVERIFY(!QFileInfo::exists(ws.filePath(u"nowhere"_s)));

    auto folder = ExportPlan::make(ws.catalog(), all, ExportParams(), ws.dir());
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().message.contains(u"is a folder"_s));

    QVERIFY(!ExportPlan::make(ws.catalog(), all, ExportParams(), QString()).ok());

    const QString existing = ws.filePath(u"old.ndjson"_s);
    QVERIFY(test::writeFile(existing, "old\n"));
    auto overwrite = ExportPlan::make(ws.catalog(), all, ExportParams(), existing);
    QVERIFY(overwrite.ok());
    QVERIFY(overwrite->overwrites());
    QCOMPARE(overwrite->statement(),
             u"Export 6 row(s) to %1, replacing the file that is there."_s.arg(existing));
    // Planning writes nothing.
    QCOMPARE(test::readFile(existing), QByteArray("old\n"));
}

void TestExportJob::writesTheLinesOfExportLines_data()
{
    QTest::addColumn<QString>("params");
    QTest::newRow("none") << QString();
    for (const QString &name : ExportParams::names()) {
        QTest::newRow(qPrintable(name)) << name;
    }
    QTest::newRow("all") << u"all"_s;
}

void TestExportJob::writesTheLinesOfExportLines()
{
    QFETCH(QString, params);
    TestWorkspace ws;
    const Sample sample = makeSample(ws);
    const ExportParams chosen = *ExportParams::parse(params);
    const QString out = ws.filePath(u"streets.ndjson"_s);
    auto plan = ExportPlan::make(ws.catalog(), RowSelection::dataset(sample.streets), chosen, out);
    QVERIFY(plan.ok());
    QVector<JobProgress> reports;
    JobControl control([&](const JobProgress &progress) { reports.append(progress); });
    auto summary = runExport(ws, *plan, control);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
    QCOMPARE(summary->exported, 6);
    QCOMPARE(summary->file, out);
    QVERIFY(!summary->cancelled);
    QVERIFY(summary->missing.isEmpty());
    const QByteArray written = test::readFile(out);
    QCOMPARE(written, expectedLines(ws, sample.ids, chosen));
    QCOMPARE(written.count('\n'), 6);
    // Every line is one JSON object.
    for (const QByteArray &line : written.split('\n')) {
        if (!line.isEmpty()) {
            QVERIFY(QJsonDocument::fromJson(line).isObject());
        }
    }
    QCOMPARE(entries(ws.dir()).filter(u"streets"_s), QStringList{u"streets.ndjson"_s});
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.last().done, 6);
    QCOMPARE(reports.last().total, 6);
    QCOMPARE(reports.last().unit, u"rows"_s);
}

void TestExportJob::selectedRowsKeepTheirOrder()
{
    TestWorkspace ws;
    const Sample sample = makeSample(ws);
    const QString out = ws.filePath(u"some.ndjson"_s);
    const QString missingId = u"cmissing00000000000000000"_s;
    const QStringList wanted = {sample.ids.at(4), sample.ids.at(0), missingId, sample.ids.at(2),
                                sample.ids.at(0)};
    auto plan =
        ExportPlan::make(ws.catalog(), RowSelection::rows(wanted), ExportParams::all(), out);
    QVERIFY(plan.ok());
    JobControl control;
    auto summary = runExport(ws, *plan, control);
    QVERIFY(summary.ok());
    // In the order given, each row once; the missing id is listed.
    QCOMPARE(summary->exported, 3);
    QCOMPARE(summary->missing, QStringList{missingId});
    QCOMPARE(test::readFile(out),
             expectedLines(ws, {sample.ids.at(4), sample.ids.at(0), sample.ids.at(2)},
                           ExportParams::all()));

    auto byKey = ExportPlan::make(
        ws.catalog(), RowSelection::keys({u"CARS/0002.JPG"_s, u"gone"_s, u"street/0001.jpg"_s}),
        ExportParams(), out);
    QVERIFY(byKey.ok());
    QVERIFY(byKey->overwrites());
    auto keysSummary = runExport(ws, *byKey, control);
    QVERIFY(keysSummary.ok());
    QCOMPARE(keysSummary->missing, QStringList{u"gone"_s});
    QCOMPARE(test::readFile(out),
             expectedLines(ws, {sample.ids.at(3), sample.ids.at(0)}, ExportParams()));

    auto filtered = ExportPlan::make(ws.catalog(),
                                     RowSelection::dataset(sample.streets, u"global_key:cars/*"_s),
                                     ExportParams(), out);
    QVERIFY(filtered.ok());
    auto filteredSummary = runExport(ws, *filtered, control);
    QVERIFY(filteredSummary.ok());
    QCOMPARE(test::readFile(out),
             expectedLines(ws, {sample.ids.at(2), sample.ids.at(3)}, ExportParams()));
}

void TestExportJob::writesToADevice()
{
    TestWorkspace ws;
    const Sample sample = makeSample(ws);
    auto plan = ExportPlan::make(ws.catalog(), RowSelection::dataset(sample.other),
                                 ExportParams::all(), u"-"_s);
    QVERIFY(plan.ok());
    ExportJob job(plan->confirm(), ws.path(), TestWorkspace::testOptions());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JobControl control;
    auto summary = job.runTo(&buffer, control);
    QVERIFY(summary.ok());
    QCOMPARE(summary->exported, 2);
    QVERIFY(summary->file.isEmpty());
    QCOMPARE(buffer.data(), expectedLines(ws, idsOf(ws, sample.other), ExportParams::all()));

    // A device that fails part way: the job says so.
    FailingDevice failing(100);
    auto failed = job.runTo(&failing, control);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::Io);
    QVERIFY2(failed.error().message.contains(u"No space left on device"_s),
             qPrintable(failed.error().message));
}

void TestExportJob::aCancelledExportLeavesNoFile()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Big"_s);
    QJsonArray specs;
    for (int i = 0; i < 1500; ++i) {
        specs.append(QJsonObject{{u"row_data"_s, u"https://example.com/%1.jpg"_s.arg(i)},
                                 {u"global_key"_s, u"big/%1"_s.arg(i)}});
    }
    QVERIFY(test::writeSpecs(ws, dataset, specs).ok());
    QCOMPARE(ws->datasets().get(dataset)->rowCount, 1500);

    for (const bool existing : {false, true}) {
        QTemporaryDir folder;
        const QString out = folder.filePath(u"big.ndjson"_s);
        if (existing) {
            QVERIFY(test::writeFile(out, "older export\n"));
        }
        auto plan =
            ExportPlan::make(ws.catalog(), RowSelection::dataset(dataset), ExportParams(), out);
        QVERIFY(plan.ok());
        QCOMPARE(plan->overwrites(), existing);
        // The first progress report comes after the first chunk of rows is written.
        JobControl *self = nullptr;
        JobControl control([&](const JobProgress &) { self->cancel(); });
        self = &control;
        auto summary = runExport(ws, *plan, control);
        QVERIFY(summary.ok());
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->exported, ExportJob::kChunkRows);
        QVERIFY(summary->file.isEmpty());
        // No file, no temporary left behind; an older file is as it was.
        if (existing) {
            QCOMPARE(test::readFile(out), QByteArray("older export\n"));
            QCOMPARE(entries(folder.path()), QStringList{u"big.ndjson"_s});
        } else {
            QVERIFY(!QFile::exists(out));
            QCOMPARE(entries(folder.path()), QStringList());
        }
    }

    // Cancelled before it starts: nothing is written at all.
    QTemporaryDir folder;
    const QString out = folder.filePath(u"big.ndjson"_s);
    auto plan = ExportPlan::make(ws.catalog(), RowSelection::dataset(dataset), ExportParams(), out);
    QVERIFY(plan.ok());
    JobControl control;
    control.cancel();
    auto summary = runExport(ws, *plan, control);
    QVERIFY(summary.ok());
    QVERIFY(summary->cancelled);
    QCOMPARE(summary->exported, 0);
    QCOMPARE(entries(folder.path()), QStringList());
}

void TestExportJob::aFailingWriteLeavesNoFile()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Big"_s);
    QJsonArray specs;
    for (int i = 0; i < 1500; ++i) {
        specs.append(QJsonObject{{u"row_data"_s, u"https://example.com/%1.jpg"_s.arg(i)},
                                 {u"global_key"_s, u"big/%1"_s.arg(i)}});
    }
    QVERIFY(test::writeSpecs(ws, dataset, specs).ok());
    QVERIFY(ws->workspace().db().execute("PRAGMA wal_checkpoint(TRUNCATE)").ok());

    // The folder goes away between planning and writing.
    {
        QTemporaryDir folder;
        const QString out = folder.filePath(u"sub/out.ndjson"_s);
        QVERIFY(QDir().mkpath(folder.filePath(u"sub"_s)));
        auto plan =
            ExportPlan::make(ws.catalog(), RowSelection::dataset(dataset), ExportParams(), out);
        QVERIFY(plan.ok());
        QVERIFY(QDir(folder.filePath(u"sub"_s)).removeRecursively());
        JobControl control;
        auto summary = runExport(ws, *plan, control);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code, ErrorCode::Io);
        QVERIFY2(summary.error().message.startsWith(u"Cannot write '%1'"_s.arg(out)),
                 qPrintable(summary.error().message));
        QVERIFY(!QFile::exists(out));
    }

    // The disk fills up part way (a file size limit of 64 KiB on this process; the export is
    // about 200 KiB): no file, and an older file at the path stays as it was.
    for (const bool existing : {false, true}) {
        QTemporaryDir folder;
        const QString out = folder.filePath(u"big.ndjson"_s);
        if (existing) {
            QVERIFY(test::writeFile(out, "older export\n"));
        }
        auto plan =
            ExportPlan::make(ws.catalog(), RowSelection::dataset(dataset), ExportParams(), out);
        QVERIFY(plan.ok());
        JobControl control;
        struct rlimit before = {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = before;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        auto summary = runExport(ws, *plan, control);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code, ErrorCode::Io);
        if (existing) {
            QCOMPARE(test::readFile(out), QByteArray("older export\n"));
            QCOMPARE(entries(folder.path()), QStringList{u"big.ndjson"_s});
        } else {
            QCOMPARE(entries(folder.path()), QStringList());
        }
    }
}

void TestExportJob::roundTripThroughAnEmptyWorkspace()
{
    TestWorkspace source;
    const QString dataset = test::newDataset(source, u"Round trip"_s);
    // A few hundred realistic rows with labels, attachments and metadata (an enum field of
    // the workspace among them), rows with embeddings, and the spec's example line.
    auto camera = source->metadata().createSchema(
        SyntheticDataset::cameraFieldName(), MetadataKind::Enum, SyntheticDataset::cameraOptions());
    QVERIFY(camera.ok());
    QStringList optionIds;
    for (const QString &option : SyntheticDataset::cameraOptions()) {
        optionIds.append(camera->optionByName(option)->id);
    }
    const SyntheticDataset synthetic(11, u"round-trip"_s);
    SyntheticItemSource items(synthetic, 300, camera->id, optionIds);
    ImportJob generate(source.path(), TestWorkspace::testOptions(), dataset, SpecMode::Create);
    generate.setChunkSize(64);
    TaskReportSpool generated;
    JobControl control;
    QVERIFY(generate.run(items, generated, control).ok());
    QCOMPARE(generated.errorCount(), 0);
    QCOMPARE(generated.created(), 300);
    auto vectors = test::writeText(
        source, dataset,
        R"({"row_data": "https://example.com/v/1.jpg", "global_key": "v1", "embeddings": [{"embedding_id": "clip", "vector": [0.25, -1, 2e-3]}, {"embedding_id": "tiny", "vector": [7]}]}
{"row_data": "https://example.com/v/2.jpg", "global_key": "v2", "embeddings": [{"embedding_id": "clip", "vector": [1, 2, 3]}], "external_id": "two"}
)");
    QVERIFY(vectors.ok());
    QCOMPARE(vectors->errors.size(), 0);
    // The example line as NDJSON, its custom field renamed so that it does not clash with
    // the synthetic rows' enum "camera".
    QByteArray example = QJsonDocument::fromJson(test::fixture(u"export-line.example.json"_s))
                             .toJson(QJsonDocument::Compact);
    QVERIFY(!example.isEmpty());
    example.replace("\"schema_name\":\"camera\"", "\"schema_name\":\"camera model\"");
    QVERIFY(example.contains("camera model"));
    auto fixture = test::writeText(source, dataset, example + '\n');
    QVERIFY(fixture.ok());
    QCOMPARE(test::errorList(*fixture), QStringList());
    QCOMPARE(source->datasets().get(dataset)->rowCount, 303);
    QVERIFY(source.count("SELECT count(*) FROM label") > 50);
    QVERIFY(source.count("SELECT count(*) FROM attachment") > 200);
    QCOMPARE(source.count("SELECT count(*) FROM data_row_embedding"), 3);

    QTemporaryDir folder;
    const QString first = folder.filePath(u"first.ndjson"_s);
    auto plan = ExportPlan::make(source.catalog(), RowSelection::dataset(dataset),
                                 ExportParams::all(), first);
    QVERIFY(plan.ok());
    auto exported = runExport(source, *plan, control);
    QVERIFY(exported.ok());
    QCOMPARE(exported->exported, 303);

    TestWorkspace target;
    const QString copy = test::newDataset(target, u"Copy"_s);
    QFile file(first);
    QVERIFY(file.open(QIODevice::ReadOnly));
    FileItemSource lines(&file, SpecMode::Create, folder.path());
    ImportJob import(target.path(), TestWorkspace::testOptions(), copy, SpecMode::Create);
    import.setChunkSize(100);
    TaskReportSpool imported;
    auto summary = import.run(lines, imported, control);
    QVERIFY(summary.ok());
    QVERIFY(summary->error.isEmpty());
    QCOMPARE(imported.firstErrors().isEmpty() ? QString() : imported.firstErrors().first().message,
             QString());
    QCOMPARE(imported.created(), 303);

    const QString second = folder.filePath(u"second.ndjson"_s);
    auto again = ExportPlan::make(target.catalog(), RowSelection::dataset(copy),
                                  ExportParams::all(), second);
    QVERIFY(again.ok());
    QVERIFY(runExport(target, *again, control).ok());

    // The same lines, byte for byte, apart from the dataset's id and name.
    QByteArray expected = test::readFile(first);
    const QByteArray sourceId = QByteArray("\"dataset_id\":\"") + dataset.toUtf8() + '"';
    const QByteArray copyId = QByteArray("\"dataset_id\":\"") + copy.toUtf8() + '"';
    QCOMPARE(expected.count(sourceId), 303);
    expected.replace(sourceId, copyId);
    expected.replace("\"dataset_name\":\"Round trip\"", "\"dataset_name\":\"Copy\"");
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = test::readFile(second).split('\n');
    QCOMPARE(got.size(), want.size());
    for (qsizetype i = 0; i < want.size(); ++i) {
        QCOMPARE(got.at(i), want.at(i));
    }
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
