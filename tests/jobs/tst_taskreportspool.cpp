#include "jobtest.h"
#include "taskreportspool.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

namespace {

QByteArray reportText(const TaskReport &report)
{
    QByteArray out;
    JsonWriter writer(&out);
    report.writeJson(writer);
    return out;
}

// Entries of varied length and content (escapes, non-ASCII, nulls), so that spilled blocks
// end anywhere inside them.
CreatedRow resultEntry(int i)
{
    CreatedRow row;
    row.id = u"c%1"_s.arg(i, 24, 36, QLatin1Char('0'));
    if (i % 3 != 0) {
        row.globalKey = u"scenes/%1/%2.jpg"_s.arg(i % 97).arg(QString(i % 13, u'x'));
    }
    if (i % 5 == 0) {
        row.externalId = u"ext \"%1\" \\ é"_s.arg(i);
    }
    row.rowData = u"https://example.com/%1.jpg?line=a\nb"_s.arg(i);
    return row;
}

TaskItemError errorEntry(int i)
{
    TaskItemError error;
    error.message = u"Duplicate global key: 'k%1'"_s.arg(i);
    error.position = i % 2 ? ItemPosition::line(i + 1) : ItemPosition::index(i);
    if (i % 4 == 0) {
        error.failedDataRow = QJsonValue(u"line %1 is not json\n{"_s.arg(i));
    } else {
        error.failedDataRow =
            QJsonObject{{u"row_data"_s, u"r%1"_s.arg(i)},
                        {u"global_key"_s, u"k%1"_s.arg(i)},
                        {u"metadata_fields"_s,
                         QJsonArray{QJsonObject{{u"name"_s, u"tag"_s}, {u"value"_s, i}}}}};
    }
    return error;
}

TaskWarning warningEntry(int i)
{
    return {u"Skipped 'f%1.csv': not a media file Rowscope imports"_s.arg(i),
            ItemPosition::index(i)};
}

// Adds `results` results, `errors` errors and `warnings` warnings to both a spool and one
// TaskReport, in chunks of `chunk` items.
void fill(TaskReportSpool &spool, TaskReport &whole, int results, int errors, int warnings,
          int chunk, int updatedEvery = 0)
{
    int r = 0;
    int e = 0;
    int w = 0;
    while (r < results || e < errors || w < warnings) {
        TaskReport part;
        for (int i = 0; i < chunk && r < results; ++i, ++r) {
            part.result.append(resultEntry(r));
            if (updatedEvery > 0 && r % updatedEvery == 0) {
                ++part.updated;
            } else {
                ++part.created;
            }
        }
        for (int i = 0; i < chunk / 10 + 1 && e < errors; ++i, ++e) {
            part.errors.append(errorEntry(e));
        }
        for (int i = 0; i < chunk / 20 + 1 && w < warnings; ++i, ++w) {
            part.warnings.append(warningEntry(w));
        }
        whole.merge(part);
        spool.add(std::move(part));
    }
}

int spillFiles(const QString &dir)
{
    return static_cast<int>(
        QDir(dir).entryList({u"rowscope-report-*"_s}, QDir::Files | QDir::Hidden).size());
}

} // namespace

// TaskReportSpool: the report of a long import streamed from temporary files, as the same
// document TaskReport::writeJson makes of it in memory.
class TestTaskReportSpool final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void emptyReport();
    void smallReport_data();
    void smallReport();
    void largeReportSpillsAndMatches();
    void indentedIsTheSameJson();
    void firstErrorsAreBounded();
    void aFullDiskKeepsEntriesInMemory();

private:
    QTemporaryDir m_temp;
};

void TestTaskReportSpool::initTestCase()
{
    // Spilled files go to the temporary folder: a private one, to see them come and go.
    QVERIFY(m_temp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_temp.path()));
    QCOMPARE(QDir::tempPath(), QDir(m_temp.path()).canonicalPath());
}

void TestTaskReportSpool::emptyReport()
{
    TaskReportSpool spool;
    QCOMPARE(test::spoolText(spool), reportText(TaskReport()) + '\n');
    QCOMPARE(spool.status(), u"COMPLETE"_s);
    QVERIFY(QJsonDocument::fromJson(test::spoolText(spool, true)).isObject());
}

void TestTaskReportSpool::smallReport_data()
{
    QTest::addColumn<int>("results");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QString>("status");
    QTest::newRow("results only") << 5 << 0 << 0 << u"COMPLETE"_s;
    QTest::newRow("errors only") << 0 << 3 << 0 << u"FAILED"_s;
    QTest::newRow("warnings only") << 0 << 0 << 4 << u"COMPLETE"_s;
    QTest::newRow("all three") << 40 << 7 << 5 << u"COMPLETE"_s;
    QTest::newRow("errors and warnings") << 0 << 2 << 2 << u"FAILED"_s;
}

void TestTaskReportSpool::smallReport()
{
    QFETCH(int, results);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(QString, status);
    TaskReportSpool spool;
    TaskReport whole;
    fill(spool, whole, results, errors, warnings, 6, 4);
    QCOMPARE(test::spoolText(spool), reportText(whole) + '\n');
    QCOMPARE(spool.status(), status);
    QCOMPARE(spool.status(), whole.status());
    QCOMPARE(spool.created(), whole.created);
    QCOMPARE(spool.updated(), whole.updated);
    QCOMPARE(spool.errorCount(), qint64(errors));
    QCOMPARE(spool.warningCount(), qint64(warnings));
    QCOMPARE(spool.spilledLists(), 0);
    QCOMPARE(spillFiles(m_temp.path()), 0);
}

void TestTaskReportSpool::largeReportSpillsAndMatches()
{
    TaskReport whole;
    {
        TaskReportSpool spool;
        fill(spool, whole, 300000, 30000, 20000, 5000, 7);
        const QByteArray text = test::spoolText(spool);
        // Three lists of megabytes each went to temporary files, not memory; on Linux those
        // files have no name in the folder at all.
        QCOMPARE(spool.spilledLists(), 3);
        QCOMPARE(text.size(), reportText(whole).size() + 1);
        QVERIFY(text == reportText(whole) + '\n');
        // Writing twice gives the same document (the spool is not consumed).
        QVERIFY(test::spoolText(spool) == text);
        QCOMPARE(spool.created() + spool.updated(), qint64(300000));
        QCOMPARE(spool.updated(), whole.updated);
        QCOMPARE(spool.errorCount(), qint64(30000));
        QCOMPARE(spool.warningCount(), qint64(20000));
        QCOMPARE(spool.status(), u"COMPLETE"_s);

        const QJsonDocument indented = QJsonDocument::fromJson(test::spoolText(spool, true));
        QVERIFY(indented.isObject());
        const QJsonObject object = indented.object();
        QCOMPARE(object.value(u"result"_s).toArray().size(), 300000);
        QCOMPARE(object.value(u"errors"_s).toArray().size(), 30000);
        QCOMPARE(object.value(u"warnings"_s).toArray().size(), 20000);
        QCOMPARE(object.value(u"result"_s).toArray().at(299999).toObject().value(u"id"_s),
                 QJsonValue(resultEntry(299999).id));
    }
    // The temporary files go with the spool.
    QCOMPARE(spillFiles(m_temp.path()), 0);
}

void TestTaskReportSpool::indentedIsTheSameJson()
{
    TaskReportSpool spool;
    TaskReport whole;
    fill(spool, whole, 30, 6, 3, 4);
    const QByteArray indented = test::spoolText(spool, true);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(indented, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc, QJsonDocument::fromJson(reportText(whole)));
    QVERIFY(indented.contains("\n  \"result\": ["));
    QVERIFY(indented.endsWith("}\n"));
    // Key order of the document: status, created, updated, result, errors, warnings.
    QVERIFY(indented.indexOf("\"status\"") < indented.indexOf("\"created\""));
    QVERIFY(indented.indexOf("\"updated\"") < indented.indexOf("\"result\""));
    QVERIFY(indented.indexOf("\"errors\"") < indented.indexOf("\"warnings\""));
}

void TestTaskReportSpool::firstErrorsAreBounded()
{
    TaskReportSpool spool;
    TaskReport whole;
    fill(spool, whole, 0, 2500, 1500, 300);
    QCOMPARE(spool.firstErrors().size(), TaskReportSpool::kShown);
    QCOMPARE(spool.firstWarnings().size(), TaskReportSpool::kShown);
    for (int i = 0; i < TaskReportSpool::kShown; ++i) {
        QCOMPARE(spool.firstErrors().at(i).message, errorEntry(i).message);
        QCOMPARE(spool.firstWarnings().at(i).message, warningEntry(i).message);
    }
    QCOMPARE(spool.errorCount(), qint64(2500));
    QCOMPARE(spool.status(), u"FAILED"_s);
    // The document still holds every error.
    QVERIFY(test::spoolText(spool) == reportText(whole) + '\n');
}

void TestTaskReportSpool::aFullDiskKeepsEntriesInMemory()
{
    // The temporary folder fills up after about two megabytes (a file size limit on this
    // process): the entries that do not fit stay in memory, and the document is still whole.
    TaskReport whole;
    TaskReportSpool spool;
    struct rlimit before = {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = before;
    small.rlim_cur = 2 * 1024 * 1024 + 1000;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    fill(spool, whole, 60000, 0, 0, 5000);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);
    std::signal(SIGXFSZ, oldHandler);
    const QByteArray text = test::spoolText(spool);
    QVERIFY(QJsonDocument::fromJson(text).isObject());
    QCOMPARE(text.size(), reportText(whole).size() + 1);
    QVERIFY(text == reportText(whole) + '\n');
}

QTEST_GUILESS_MAIN(TestTaskReportSpool)
#include "tst_taskreportspool.moc"
