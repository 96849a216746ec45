#include "fileitemsource.h"
#include "importjob.h"
#include "jobtest.h"
#include "sqlite.h"

#include <QJsonArray>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

namespace {

// n create specs, keys k00, k01, ...
QJsonArray specs(int count, const QString &prefix = u"k"_s)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        const QString key = prefix + u"%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        list.append(QJsonObject{{u"row_data"_s, u"https://example.com/%1.jpg"_s.arg(key)},
                                {u"global_key"_s, key}});
    }
    return list;
}

QByteArray ndjson(const QJsonArray &items)
{
    QByteArray text;
    for (const QJsonValue &item : items) {
        text += QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact) + '\n';
    }
    return text;
}

QByteArray jsonArray(const QJsonArray &items)
{
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

struct Outcome {
    Result<ImportSummary> summary = Error::internal(u"not run"_s);
    QJsonObject report;
};

// Imports `input` (NDJSON or a JSON array) into a dataset as the CLI does: a stream of items
// written in chunks of `chunk`.
Outcome import(TestWorkspace &ws, const QString &datasetId, const QByteArray &input, SpecMode mode,
               int chunk, JobControl &control, const std::function<void(qint64)> &before = {},
               WorkspaceOptions options = TestWorkspace::testOptions())
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    FileItemSource file(&buffer, mode, ws.dir());
    test::ObservedSource source(file, before);
    ImportJob job(ws.path(), options, datasetId, mode);
    job.setChunkSize(chunk);
    TaskReportSpool spool;
    Outcome outcome;
    outcome.summary = job.run(source, spool, control);
    outcome.report = test::spoolJson(spool);
    return outcome;
}

QStringList resultKeys(const QJsonObject &report)
{
    QStringList keys;
    for (const QJsonValue &row : report.value(u"result"_s).toArray()) {
        keys.append(row.toObject().value(u"global_key"_s).toString());
    }
    return keys;
}

QStringList storedKeys(TestWorkspace &ws)
{
    QStringList keys;
    sql::Query query = ws->workspace().db().prepare("SELECT global_key FROM data_row ORDER BY pk");
    while (query.step()) {
        keys.append(query.text(0));
    }
    return keys;
}

QStringList keysOf(const QJsonArray &items, int count)
{
    QStringList keys;
    for (int i = 0; i < count; ++i) {
        keys.append(items.at(i).toObject().value(u"global_key"_s).toString());
    }
    return keys;
}

// "message @ line n" of the report's errors (or "@ index n").
QStringList reportErrors(const QJsonObject &report)
{
    QStringList list;
    for (const QJsonValue &value : report.value(u"errors"_s).toArray()) {
        const QJsonObject error = value.toObject();
        list.append(error.value(u"message"_s).toString() +
                    (error.contains(u"index"_s)
                         ? u" @ index %1"_s.arg(error.value(u"index"_s).toInteger())
                         : u" @ line %1"_s.arg(error.value(u"line"_s).toInteger())));
    }
    return list;
}

} // namespace

// ImportJob: a stream of items written in chunks, one transaction each, so that a failure or a
// cancel keeps every finished chunk, and the report says exactly what went in.
class TestImportJob final : public QObject {
    Q_OBJECT

private slots:
    void streamsInChunks_data();
    void streamsInChunks();
    void aFailingChunkKeepsTheChunksBefore();
    void itemErrorsCarryTheirPosition();
    void cancelByTheListenerStopsAfterTheChunk();
    void cancelFromAnotherThreadStopsAtTheNextBoundary();
    void cancelBeforeTheFirstChunkBoundaryStillWritesItsChunk();
    void upsertInChunks();
    void anUnclosedArrayIsAFatalErrorItem_data();
    void anUnclosedArrayIsAFatalErrorItem();
    void progressIsThrottledAndFlushedAtTheEnd();
    void unknownDatasetFailsBeforeAnything();
};

void TestImportJob::streamsInChunks_data()
{
    QTest::addColumn<bool>("array");
    QTest::newRow("ndjson") << false;
    QTest::newRow("json array") << true;
}

void TestImportJob::streamsInChunks()
{
    QFETCH(bool, array);
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Chunks"_s);
    const QJsonArray items = specs(20);
    // After each chunk of 7 the job reports progress, and by then that chunk is committed
    // and visible to another connection (the listener runs on the writing thread, here this
    // one, so the test's own connection may look).
    QVector<qint64> committed;
    JobControl control(
        [&](const JobProgress &) { committed.append(ws.count("SELECT count(*) FROM data_row")); },
        0);
    const Outcome outcome =
        import(ws, dataset, array ? jsonArray(items) : ndjson(items), SpecMode::Create, 7, control);
    QVERIFY2(outcome.summary.ok(), qPrintable(outcome.summary.error().message));
    QCOMPARE(outcome.summary->items, 20);
    QVERIFY(!outcome.summary->cancelled);
    QVERIFY(outcome.summary->error.isEmpty());
    // One report per chunk, then the final one.
    QCOMPARE(committed, (QVector<qint64>{7, 14, 20, 20}));
    QCOMPARE(outcome.report.value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(outcome.report.value(u"created"_s).toInt(), 20);
    QCOMPARE(outcome.report.value(u"updated"_s).toInt(), 0);
    QCOMPARE(resultKeys(outcome.report), keysOf(items, 20));
    QCOMPARE(outcome.report.value(u"errors"_s).toArray().size(), 0);
    QCOMPARE(storedKeys(ws), keysOf(items, 20));
    QCOMPARE(ws->datasets().get(dataset)->rowCount, 20);
    QVERIFY(test::rowCountsExact(ws));
}

void TestImportJob::aFailingChunkKeepsTheChunksBefore()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Locked"_s);
    const QJsonArray items = specs(20);
    // A second program takes the write lock right after the first chunk and keeps it; the
    // job waits its (short) busy timeout at the second chunk and stops there.
    auto blocker = sql::Connection::open(ws.path(), sql::Connection::OpenMode::ReadWrite, 0);
    QVERIFY(blocker.ok());
    bool locked = false;
    WorkspaceOptions options = TestWorkspace::testOptions();
    options.busyTimeoutMs = 50;
    JobControl control(
        [&](const JobProgress &) {
            if (!locked) {
                locked = (*blocker)->execute("BEGIN IMMEDIATE").ok();
            }
        },
        0);
    const Outcome outcome =
        import(ws, dataset, ndjson(items), SpecMode::Create, 7, control, {}, options);
    QVERIFY(locked);
    QVERIFY((*blocker)->execute("ROLLBACK").ok());
    QVERIFY2(outcome.summary.ok(), qPrintable(outcome.summary.error().message));
    QVERIFY2(outcome.summary->error.contains(u"busy"_s), qPrintable(outcome.summary->error));
    QVERIFY(!outcome.summary->cancelled);
    QCOMPARE(outcome.summary->items, 7); // what was written
    // The first chunk is in, whole; nothing of the second.
    QCOMPARE(storedKeys(ws), keysOf(items, 7));
    QCOMPARE(ws->datasets().get(dataset)->rowCount, 7);
    QVERIFY(test::rowCountsExact(ws));
    QCOMPARE(outcome.report.value(u"created"_s).toInt(), 7);
    QCOMPARE(resultKeys(outcome.report), keysOf(items, 7));
    // The workspace is usable again at once: the rest goes in on a second run.
    JobControl again;
    QJsonArray rest;
    for (int i = 7; i < 20; ++i) {
        rest.append(items.at(i));
    }
    const Outcome second = import(ws, dataset, ndjson(rest), SpecMode::Create, 7, again);
    QVERIFY(second.summary.ok());
    QVERIFY(second.summary->error.isEmpty());
    QCOMPARE(storedKeys(ws), keysOf(items, 20));
    QVERIFY(test::rowCountsExact(ws));
}

void TestImportJob::itemErrorsCarryTheirPosition()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Errors"_s);
    // Line 2 is not JSON, line 3 an invalid key, line 5 repeats a key of the first chunk, line
    // 9 (second chunk) repeats a key committed by the first chunk, line 10 has no row data.
    const QByteArray input = R"({"row_data": "https://example.com/1.jpg", "global_key": "one"}
this is not json
{"row_data": "https://example.com/2.jpg", "global_key": "bad#key"}
{"row_data": "https://example.com/3.jpg", "global_key": "two"}
{"row_data": "https://example.com/4.jpg", "global_key": "ONE"}

{"row_data": "https://example.com/5.jpg", "global_key": "three"}
{"row_data": "https://example.com/6.jpg", "global_key": "four"}
{"row_data": "https://example.com/7.jpg", "global_key": "Two"}
{"global_key": "five"}
{"row_data": "https://example.com/8.jpg", "global_key": "six"}
)";
    JobControl control;
    const Outcome outcome = import(ws, dataset, input, SpecMode::Create, 4, control);
    QVERIFY(outcome.summary.ok());
    QCOMPARE(outcome.summary->items, 10);
    QCOMPARE(outcome.report.value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(outcome.report.value(u"created"_s).toInt(), 5);
    const QStringList errors = reportErrors(outcome.report);
    QCOMPARE(errors.size(), 5);
    QVERIFY2(errors.at(0).startsWith(u"Line 2 is not valid JSON"_s), qPrintable(errors.at(0)));
    QVERIFY(errors.at(0).endsWith(u" @ line 2"_s));
    QVERIFY2(errors.at(1).startsWith(u"Invalid global key: 'bad#key' ("_s),
             qPrintable(errors.at(1)));
    QVERIFY(errors.at(1).endsWith(u" @ line 3"_s));
    QCOMPARE(errors.at(2), u"Duplicate global key: 'ONE' @ line 5"_s);
    QCOMPARE(errors.at(3), u"Duplicate global key: 'Two' @ line 9"_s);
    QCOMPARE(errors.at(4), u"row_data cannot be empty @ line 10"_s);
    // Each error carries the item as given.
    const QJsonArray reported = outcome.report.value(u"errors"_s).toArray();
    QCOMPARE(reported.at(0).toObject().value(u"failedDataRows"_s).toArray().at(0).toString(),
             u"this is not json"_s);
    QCOMPARE(reported.at(4)
                 .toObject()
                 .value(u"failedDataRows"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"global_key"_s)
                 .toString(),
             u"five"_s);
    QCOMPARE(storedKeys(ws), (QStringList{u"one"_s, u"two"_s, u"three"_s, u"four"_s, u"six"_s}));
    QVERIFY(test::rowCountsExact(ws));

    // In a JSON array the position is the 0-based index.
    TestWorkspace array;
    const QString other = test::newDataset(array, u"Array"_s);
    JobControl arrayControl;
    const Outcome indexed = import(array, other, R"([
  {"row_data": "https://example.com/1.jpg", "global_key": "a"},
  {"row_data": "https://example.com/2.jpg", "global_key": "a b  c"},
  {"row_data": "https://example.com/3.jpg", "global_key": "b"},
  {"row_data": "https://example.com/4.jpg", "global_key": "A"},
  {"row_data": "https://example.com/5.jpg", "bogus": 1}
])",
                                   SpecMode::Create, 2, arrayControl);
    QVERIFY(indexed.summary.ok());
    const QStringList arrayErrors = reportErrors(indexed.report);
    QCOMPARE(arrayErrors.size(), 3);
    QVERIFY2(arrayErrors.at(0).startsWith(u"Invalid global key: 'a b  c' ("_s),
             qPrintable(arrayErrors.at(0)));
    QVERIFY(arrayErrors.at(0).endsWith(u" @ index 1"_s));
    QCOMPARE(arrayErrors.at(1), u"Duplicate global key: 'A' @ index 3"_s);
    QCOMPARE(arrayErrors.at(2), u"Invalid attribute: 'bogus' @ index 4"_s);
    QCOMPARE(indexed.report.value(u"created"_s).toInt(), 2);
}

void TestImportJob::cancelByTheListenerStopsAfterTheChunk()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Cancelled"_s);
    const QJsonArray items = specs(30);
    // The first progress report comes right after the first chunk is written.
    JobControl *self = nullptr;
    int reports = 0;
    JobControl control([&](const JobProgress &) {
        ++reports;
        self->cancel();
    });
    self = &control;
    const Outcome outcome = import(ws, dataset, ndjson(items), SpecMode::Create, 7, control);
    QVERIFY(outcome.summary.ok());
    QVERIFY(outcome.summary->cancelled);
    QVERIFY(outcome.summary->error.isEmpty());
    QCOMPARE(outcome.summary->items, 7);
    QVERIFY(reports >= 1);
    QCOMPARE(storedKeys(ws), keysOf(items, 7));
    QCOMPARE(ws->datasets().get(dataset)->rowCount, 7);
    QVERIFY(test::rowCountsExact(ws));
    // The report holds exactly what went in.
    QCOMPARE(outcome.report.value(u"created"_s).toInt(), 7);
    QCOMPARE(resultKeys(outcome.report), keysOf(items, 7));
}

void TestImportJob::cancelFromAnotherThreadStopsAtTheNextBoundary()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Threads"_s);
    const QJsonArray items = specs(30);
    const QByteArray input = ndjson(items);
    QSemaphore firstChunkWritten;
    QSemaphore cancelSent;
    bool waited = false; // only touched on the job's thread
    // The job runs on a pool thread; this thread cancels once the first chunk is written,
    // while the reader thread is already reading ahead.
    JobControl control(
        [&](const JobProgress &) {
            if (!waited) {
                waited = true;
                firstChunkWritten.release();
                cancelSent.acquire();
            }
        },
        0);
    QFuture<Outcome> future = QtConcurrent::run([&] {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        FileItemSource source(&buffer, SpecMode::Create, ws.dir());
        ImportJob job(ws.path(), TestWorkspace::testOptions(), dataset, SpecMode::Create);
        job.setChunkSize(7);
        TaskReportSpool spool;
        Outcome outcome;
        outcome.summary = job.run(source, spool, control);
        outcome.report = test::spoolJson(spool);
        return outcome;
    });
    QVERIFY(firstChunkWritten.tryAcquire(1, 20000));
    control.cancel();
    cancelSent.release();
    const Outcome outcome = future.result();
    QVERIFY(outcome.summary.ok());
    QVERIFY(outcome.summary->cancelled);
    // The chunk written when the cancel came stays; nothing read ahead after it goes in.
    QCOMPARE(outcome.summary->items, 7);
    QCOMPARE(storedKeys(ws), keysOf(items, 7));
    QCOMPARE(ws->datasets().get(dataset)->rowCount, 7);
    QCOMPARE(outcome.report.value(u"created"_s).toInt(), 7);
    QVERIFY(test::rowCountsExact(ws));
}

void TestImportJob::cancelBeforeTheFirstChunkBoundaryStillWritesItsChunk()
{
    // A job never stops inside a chunk: a cancel before the job starts stops it after the
    // first chunk, with that chunk whole.
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Early"_s);
    const QJsonArray items = specs(10);
    JobControl control;
    control.cancel();
    const Outcome outcome = import(ws, dataset, ndjson(items), SpecMode::Create, 4, control);
    QVERIFY(outcome.summary.ok());
    QVERIFY(outcome.summary->cancelled);
    QCOMPARE(outcome.summary->items, 4);
    QCOMPARE(storedKeys(ws), keysOf(items, 4));
    QVERIFY(test::rowCountsExact(ws));
}

void TestImportJob::upsertInChunks()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Upsert"_s);
    JobControl first;
    const Outcome created = import(ws, dataset, ndjson(specs(6)), SpecMode::Create, 4, first);
    QVERIFY(created.summary.ok());
    const QString idOfK01 = ws->rows().getByGlobalKey(u"k01"_s)->id;

    // By ID, by GKEY (case-insensitively), a GKEY that does not exist (created), no key
    // (created), a missing ID (fails alone), and a key-only item (empty payload).
    const QByteArray input =
        u"{\"key\": {\"type\": \"ID\", \"value\": \"%1\"}, \"external_id\": \"one\"}\n"_s
            .arg(idOfK01)
            .toUtf8() +
        R"({"key": {"type": "GKEY", "value": "K02"}, "row_data": "https://example.com/new.jpg"}
{"key": {"type": "GKEY", "value": "fresh"}, "row_data": "https://example.com/fresh.jpg"}
{"row_data": "https://example.com/nokey.jpg"}
{"key": {"type": "ID", "value": "cmissing00000000000000000"}, "external_id": "x"}
{"key": {"type": "GKEY", "value": "k03"}}
{"key": {"type": "GKEY", "value": "k04"}, "metadata_fields": [{"name": "tag", "value": "t"}]}
)";
    JobControl second;
    const Outcome upserted = import(ws, dataset, input, SpecMode::Upsert, 3, second);
    QVERIFY(upserted.summary.ok());
    QCOMPARE(upserted.summary->items, 7);
    QCOMPARE(upserted.report.value(u"created"_s).toInt(), 2);
    QCOMPARE(upserted.report.value(u"updated"_s).toInt(), 3);
    QCOMPARE(reportErrors(upserted.report),
             (QStringList{u"Data row not found: 'cmissing00000000000000000' @ line 5"_s,
                          u"The following items have an empty payload: ['k03'] @ line 6"_s}));
    QCOMPARE(ws->rows().get(idOfK01)->externalId, u"one"_s);
    QCOMPARE(ws->rows().getByGlobalKey(u"k02"_s)->rowData, u"https://example.com/new.jpg"_s);
    QVERIFY(ws->rows().getByGlobalKey(u"fresh"_s).ok());
    QCOMPARE(ws->metadata().rowMetadata(ws->rows().getByGlobalKey(u"k04"_s)->id)->size(), 1);
    QCOMPARE(ws->datasets().get(dataset)->rowCount, 8);
    QVERIFY(test::rowCountsExact(ws));
}

void TestImportJob::anUnclosedArrayIsAFatalErrorItem_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("created");
    QTest::addColumn<QString>("message");
    QTest::newRow("no closing bracket")
        << QByteArray(R"([{"row_data": "https://example.com/1.jpg", "global_key": "a"},
                         {"row_data": "https://example.com/2.jpg", "global_key": "b"},
                         {"row_data": "https://example.com/3.jpg", "global_key": "c"},
                         )")
        << 3 << u"The JSON array is not closed: ']' is missing at the end @ index 3"_s;
    // Without ']' the last item is still whole: it goes in, and the bracket is reported.
    QTest::newRow("no closing bracket after the last item")
        << QByteArray(R"([{"row_data": "https://example.com/1.jpg", "global_key": "a"},
                         {"row_data": "https://example.com/2.jpg", "global_key": "b"},
                         {"row_data": "https://example.com/3.jpg", "global_key": "c"})")
        << 3 << u"The JSON array is not closed: ']' is missing at the end @ index 3"_s;
    QTest::newRow("cut in an item")
        << QByteArray(R"([{"row_data": "https://example.com/1.jpg", "global_key": "a"},
                         {"row_data": "https://example.com/2.jpg", "global_key": "b"},
                         {"row_data": "https://exa)")
        << 2 << u"The JSON array ends in the middle of item 2 @ index 2"_s;
}

void TestImportJob::anUnclosedArrayIsAFatalErrorItem()
{
    QFETCH(QByteArray, input);
    QFETCH(int, created);
    QFETCH(QString, message);
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Broken"_s);
    JobControl control;
    const Outcome outcome = import(ws, dataset, input, SpecMode::Create, 2, control);
    QVERIFY(outcome.summary.ok());
    QVERIFY(outcome.summary->error.isEmpty());
    // The items before the break go in; the break is reported as the last error.
    QCOMPARE(outcome.report.value(u"created"_s).toInt(), created);
    QCOMPARE(ws->datasets().get(dataset)->rowCount, created);
    QCOMPARE(reportErrors(outcome.report), QStringList{message});
}

void TestImportJob::progressIsThrottledAndFlushedAtTheEnd()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Progress"_s);
    const QByteArray input = ndjson(specs(60));
    QVector<JobProgress> reports;
    JobControl control([&](const JobProgress &progress) { reports.append(progress); });
    // A slow source (about 8 ms an item) and a chunk of 2: about 30 chunks over ~500 ms.
    const Outcome outcome = import(ws, dataset, input, SpecMode::Create, 2, control,
                                   [](qint64) { QThread::msleep(8); });
    QVERIFY(outcome.summary.ok());
    QCOMPARE(outcome.report.value(u"created"_s).toInt(), 60);
    QVERIFY2(reports.size() >= 3, qPrintable(QString::number(reports.size())));
    // Far fewer reports than chunks: at most one every 100 ms, plus the final flush.
    const qint64 elapsed = reports.last().elapsedMs;
    QVERIFY2(reports.size() <= elapsed / JobControl::kIntervalMs + 2,
             qPrintable(u"%1 reports in %2 ms"_s.arg(reports.size()).arg(elapsed)));
    for (qsizetype i = 1; i + 1 < reports.size(); ++i) {
        // (1 ms of slack: a report's time is read just after the throttle's.)
        QVERIFY2(reports[i].elapsedMs - reports[i - 1].elapsedMs >= JobControl::kIntervalMs - 1,
                 qPrintable(u"report %1 came %2 ms after the one before"_s.arg(i).arg(
                     reports[i].elapsedMs - reports[i - 1].elapsedMs)));
    }
    for (qsizetype i = 1; i < reports.size(); ++i) {
        QVERIFY(reports[i].done >= reports[i - 1].done);
    }
    // The final flush says everything was read, in bytes of the file.
    QCOMPARE(reports.last().done, qint64(input.size()));
    QCOMPARE(reports.last().total, qint64(input.size()));
    QCOMPARE(reports.last().unit, u"bytes"_s);
    QCOMPARE(reports.last().secondsLeft(), 0);
}

void TestImportJob::unknownDatasetFailsBeforeAnything()
{
    TestWorkspace ws;
    const QByteArray before = ws.snapshot();
    JobControl control;
    const Outcome outcome =
        import(ws, u"cnotadataset0000000000000"_s, ndjson(specs(3)), SpecMode::Create, 2, control);
    QVERIFY(!outcome.summary.ok());
    QCOMPARE(outcome.summary.error().code, ErrorCode::NotFound);
    QCOMPARE(outcome.summary.error().message, u"Dataset not found: 'cnotadataset0000000000000'"_s);
    QCOMPARE(ws.snapshot(), before);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
