#include "jobtest.h"
#include "keyassignmentjob.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

// KeyAssignmentJob: keys given in transactions of a chunk each, with progress, a cancel
// between chunks, and the store's per-item rules and messages.
class TestKeyAssignmentJob final : public QObject {
    Q_OBJECT

private slots:
    void assignsInChunks();
    void aMissingFieldRefusesTheWholeList();
    void cancelKeepsTheChunksDone();
    void aBusyWorkspaceStopsWithTheChunksBefore();

private:
    QStringList makeRows(TestWorkspace &ws, int count);
};

QStringList TestKeyAssignmentJob::makeRows(TestWorkspace &ws, int count)
{
    const QString dataset = test::newDataset(ws, u"Keys"_s);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        ids.append(test::createRow(
            ws, dataset,
            QJsonValue(QJsonObject{{u"row_data"_s, u"https://example.com/%1.jpg"_s.arg(i)}})));
    }
    return ids;
}

void TestKeyAssignmentJob::assignsInChunks()
{
    TestWorkspace ws;
    const QStringList ids = makeRows(ws, 8);
    QVector<GlobalKeyAssignment> assignments;
    for (int i = 0; i < 8; ++i) {
        assignments.append({ids[i], u"key-%1"_s.arg(i)});
    }
    assignments[5].globalKey = u"bad#key"_s;                           // invalid: fails alone
    assignments.append({u"cmissing00000000000000000"_s, u"orphan"_s}); // no such row
    QVector<qint64> progress;
    QVector<qint64> committed;
    JobControl control(
        [&](const JobProgress &p) {
            progress.append(p.done);
            committed.append(
                ws.count("SELECT count(*) FROM data_row WHERE global_key IS NOT NULL"));
        },
        0);
    KeyAssignmentJob job(assignments, ws.path(), TestWorkspace::testOptions());
    job.setChunkSize(3);
    auto summary = job.run(control);
    QVERIFY2(summary, qPrintable(summary.error().message));
    QVERIFY(!summary->cancelled);
    QVERIFY(summary->error.isEmpty());
    QCOMPARE(progress, (QVector<qint64>{3, 6, 9, 9}));
    QCOMPARE(committed, (QVector<qint64>{3, 5, 7, 7})); // each chunk committed on its own
    QCOMPARE(summary->result.results.size(), 7);
    QCOMPARE(summary->result.errors.size(), 2);
    QCOMPARE(summary->result.errors[0].globalKey, u"bad#key"_s);
    QCOMPARE(summary->result.errors[1].dataRowId, u"cmissing00000000000000000"_s);
    QCOMPARE(summary->result.errors[1].error,
             u"Invalid assignment. Either DataRow does not exist, or globalKey is invalid"_s);
    QCOMPARE(summary->result.status(), BatchStatus::PartialSuccess);
    QCOMPARE(ws->rows().getByGlobalKey(u"KEY-7"_s)->id, ids[7]);
}

void TestKeyAssignmentJob::aMissingFieldRefusesTheWholeList()
{
    TestWorkspace ws;
    const QStringList ids = makeRows(ws, 4);
    QVector<GlobalKeyAssignment> assignments;
    for (int i = 0; i < 4; ++i) {
        assignments.append({ids[i], u"key-%1"_s.arg(i)});
    }
    assignments[3].globalKey = QString(); // missing, in the last chunk
    const QByteArray before = ws.snapshot();
    JobControl control;
    KeyAssignmentJob job(assignments, ws.path(), TestWorkspace::testOptions());
    job.setChunkSize(2);
    auto summary = job.run(control);
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, ErrorCode::InvalidInput);
    QCOMPARE(summary.error().message,
             u"Assignment 3 is missing global_key; nothing was assigned."_s);
    QCOMPARE(ws.snapshot(), before);
}

void TestKeyAssignmentJob::cancelKeepsTheChunksDone()
{
    TestWorkspace ws;
    const QStringList ids = makeRows(ws, 9);
    QVector<GlobalKeyAssignment> assignments;
    for (int i = 0; i < 9; ++i) {
        assignments.append({ids[i], u"key-%1"_s.arg(i)});
    }
    JobControl *self = nullptr;
    JobControl control([&](const JobProgress &) { self->cancel(); }, 0);
    self = &control;
    KeyAssignmentJob job(assignments, ws.path(), TestWorkspace::testOptions());
    job.setChunkSize(4);
    auto summary = job.run(control);
    QVERIFY(summary);
    QVERIFY(summary->cancelled);
    QCOMPARE(summary->result.results.size(), 4);
    QCOMPARE(ws.count("SELECT count(*) FROM data_row WHERE global_key IS NOT NULL"), 4);
}

void TestKeyAssignmentJob::aBusyWorkspaceStopsWithTheChunksBefore()
{
    TestWorkspace ws;
    const QStringList ids = makeRows(ws, 6);
    QVector<GlobalKeyAssignment> assignments;
    for (int i = 0; i < 6; ++i) {
        assignments.append({ids[i], u"key-%1"_s.arg(i)});
    }
    auto blocker = sql::Connection::open(ws.path(), sql::Connection::OpenMode::ReadWrite, 0);
    QVERIFY(blocker);
    bool locked = false;
    JobControl control(
        [&](const JobProgress &) {
            if (!locked) {
                locked = (*blocker)->execute("BEGIN IMMEDIATE").ok();
            }
        },
        0);
    WorkspaceOptions options = TestWorkspace::testOptions();
    options.busyTimeoutMs = 50;
    KeyAssignmentJob job(assignments, ws.path(), options);
    job.setChunkSize(3);
    auto summary = job.run(control);
    QVERIFY(locked);
    QVERIFY((*blocker)->execute("ROLLBACK").ok());
    QVERIFY(summary);
    QVERIFY2(summary->error.contains(u"busy"_s), qPrintable(summary->error));
    QCOMPARE(summary->result.results.size(), 3);
    QCOMPARE(ws.count("SELECT count(*) FROM data_row WHERE global_key IS NOT NULL"), 3);
}

QTEST_GUILESS_MAIN(TestKeyAssignmentJob)
#include "tst_keyassignmentjob.moc"
