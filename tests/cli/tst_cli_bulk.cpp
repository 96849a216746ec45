#include "testworkspace.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

// rowscope-cli's bulk commands (rows list, rows import-folder, rows delete, export, generate)
// as a user runs them: a real process, its stdout, stderr and exit code, and the workspace
// file read back to prove what changed.
class TestCliBulk final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void rowsListPagesAndSorts();
    void rowsListRefusals_data();
    void rowsListRefusals();
    void rowsImportFolder();
    void rowsImportFolderFailures();
    void rowsDeleteNeedsConfirmation();
    void rowsDeleteByIdsFileAndFilter();
    void rowsDeleteRefusals_data();
    void rowsDeleteRefusals();
    void filterLanguage();
    void exportEveryScope();
    void exportParams();
    void exportToStandardOutput();
    void exportOverwriteNeedsYes();
    void exportMissingRowsAndRefusals();
    void generateMakesTheSameRowsForTheSameSeed();
    void generateRefusals_data();
    void generateRefusals();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;

        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
        QJsonObject object() const { return json().object(); }
    };

    Run cli(const QStringList &arguments, const QByteArray &input = {});
    QString createDataset(const QString &name);
    // Creates rows from NDJSON text; answers their ids in order.
    QStringList createRows(const QString &datasetId, const QByteArray &ndjson);
    qint64 count(const char *sql);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

namespace {

QStringList field(const QJsonArray &lines, const QString &name)
{
    QStringList values;
    for (const QJsonValue &line : lines) {
        values.append(line.toObject().value(u"data_row"_s).toObject().value(name).toString());
    }
    return values;
}

QList<QJsonObject> ndjsonLines(const QByteArray &text)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.isEmpty()) {
            lines.append(QJsonDocument::fromJson(line).object());
        }
    }
    return lines;
}

QStringList rowField(const QList<QJsonObject> &lines, const QString &name)
{
    QStringList values;
    for (const QJsonObject &line : lines) {
        values.append(line.value(u"data_row"_s).toObject().value(name).toString());
    }
    return values;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The last line of stderr that is a JSON object (the result document of `export --output -`).
QJsonObject lastJsonLine(const QByteArray &err)
{
    const QList<QByteArray> lines = err.trimmed().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonDocument doc = QJsonDocument::fromJson(*it);
        if (doc.isObject()) {
            return doc.object();
        }
    }
    return {};
}

// Twelve rows whose creation order, key order and external-id order all differ.
const QStringList kKeys = {u"cars/03"_s,  u"bikes/01"_s, u"cars/00"_s,  u"cars/07"_s,
                           u"bikes/03"_s, u"cars/05"_s,  u"cars/01"_s,  u"bikes/00"_s,
                           u"cars/06"_s,  u"cars/02"_s,  u"bikes/02"_s, u"cars/04"_s};

QByteArray twelveRows()
{
    QByteArray text;
    for (int i = 0; i < kKeys.size(); ++i) {
        text += u"{\"row_data\": \"https://example.com/%1.jpg\", \"global_key\": \"%1\", "
                u"\"external_id\": \"e%2\", \"attachments\": [{\"type\": \"RAW_TEXT\", "
                u"\"value\": \"n\"}], \"metadata_fields\": [{\"name\": \"tag\", \"value\": "
                u"\"t\"}]}\n"_s.arg(kKeys.at(i))
                    .arg(11 - i, 2, 10, QLatin1Char('0'))
                    .toUtf8();
    }
    return text;
}

QStringList sorted(QStringList list, bool descending = false)
{
    std::sort(list.begin(), list.end());
    if (descending) {
        std::reverse(list.begin(), list.end());
    }
    return list;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

void TestCliBulk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = m_dir->filePath(u"cli.rowscope"_s);
}

TestCliBulk::Run TestCliBulk::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ROWSCOPE_WORKSPACE"_s, m_workspace);
    environment.insert(u"ROWSCOPE_USER"_s, u"cli@example.com"_s);
    environment.insert(u"HOME"_s, m_dir->path());
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(ROWSCOPE_CLI), arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString TestCliBulk::createDataset(const QString &name)
{
    return cli({u"datasets"_s, u"create"_s, name}).object().value(u"id"_s).toString();
}

QStringList TestCliBulk::createRows(const QString &datasetId, const QByteArray &ndjson)
{
    const Run run = cli({u"rows"_s, u"create"_s, u"--dataset"_s, datasetId, u"-"_s}, ndjson);
    if (run.exitCode != 0) {
        qWarning("rows create failed: %s", run.err.constData());
    }
    QStringList ids;
    for (const QJsonValue &row : run.object().value(u"result"_s).toArray()) {
        ids.append(row.toObject().value(u"id"_s).toString());
    }
    return ids;
}

qint64 TestCliBulk::count(const char *sql)
{
    auto catalog = Catalog::open(m_workspace, test::TestWorkspace::testOptions());
    if (!catalog) {
        return -1;
    }
    auto value = (*catalog)->workspace().db().queryInt(sql);
    return value ? *value : -1;
}

void TestCliBulk::rowsListPagesAndSorts()
{
    const QString dataset = createDataset(u"Vehicles"_s);
    const QStringList ids = createRows(dataset, twelveRows());
    QCOMPARE(ids.size(), 12);

    const Run all = cli({u"rows"_s, u"list"_s, u"--dataset"_s, dataset});
    QCOMPARE(all.exitCode, 0);
    QJsonObject page = all.object();
    QCOMPARE(page.keys().size(), 4);
    QCOMPARE(page.value(u"total"_s).toInt(), 12);
    QCOMPARE(page.value(u"page"_s).toInt(), 1);
    QCOMPARE(page.value(u"page_size"_s).toInt(), 100);
    QVERIFY(all.out.indexOf("\"total\"") < all.out.indexOf("\"page\""));
    QVERIFY(all.out.indexOf("\"page_size\"") < all.out.indexOf("\"rows\""));
    const QJsonArray rows = page.value(u"rows"_s).toArray();
    QCOMPARE(field(rows, u"global_key"_s), kKeys);
    QCOMPARE(field(rows, u"id"_s), ids);
    // Export lines without parameters: no attachments, metadata or details.
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.keys(), (QStringList{u"data_row"_s, u"media_attributes"_s, u"projects"_s}));
    QVERIFY(!first.value(u"data_row"_s).toObject().contains(u"details"_s));
    QCOMPARE(first.value(u"data_row"_s).toObject().value(u"external_id"_s).toString(), u"e11"_s);

    // Pages of five.
    QStringList paged;
    for (int n = 1; n <= 4; ++n) {
        const Run run = cli({u"rows"_s, u"list"_s, u"--dataset"_s, dataset, u"--page-size"_s,
                             u"5"_s, u"--page"_s, QString::number(n)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.object().value(u"total"_s).toInt(), 12);
        QCOMPARE(run.object().value(u"page"_s).toInt(), n);
        QCOMPARE(run.object().value(u"page_size"_s).toInt(), 5);
        const QJsonArray part = run.object().value(u"rows"_s).toArray();
        QCOMPARE(part.size(), n < 3 ? 5 : (n == 3 ? 2 : 0));
        paged += field(part, u"global_key"_s);
    }
    QCOMPARE(paged, kKeys);
    const Run biggest =
        cli({u"rows"_s, u"list"_s, u"--dataset"_s, dataset, u"--page-size"_s, u"1000"_s});
    QCOMPARE(biggest.exitCode, 0);
    QCOMPARE(biggest.object().value(u"rows"_s).toArray().size(), 12);

    // Sorts, with :desc.
    const auto keysSortedBy = [&](const QStringList &extra) {
        const Run run = cli(QStringList{u"rows"_s, u"list"_s, u"--dataset"_s, dataset} + extra);
        if (run.exitCode != 0) {
            qWarning("rows list failed: %s", run.err.constData());
        }
        return field(run.object().value(u"rows"_s).toArray(), u"global_key"_s);
    };
    QCOMPARE(keysSortedBy({u"--sort"_s, u"global_key"_s}), sorted(kKeys));
    QCOMPARE(keysSortedBy({u"--sort"_s, u"global_key:desc"_s}), sorted(kKeys, true));
    QCOMPARE(keysSortedBy({u"--sort"_s, u"global_key:asc"_s}), sorted(kKeys));
    QCOMPARE(keysSortedBy({u"--sort"_s, u"external_id"_s}), reversed(kKeys));
    QCOMPARE(keysSortedBy({u"--sort"_s, u"external_id:desc"_s}), kKeys);
    QCOMPARE(keysSortedBy({u"--sort"_s, u"created:desc"_s}), reversed(kKeys));
    QCOMPARE(keysSortedBy({u"--sort"_s, u"created_at"_s}), kKeys);
    QTest::qWait(5); // a later updated_at than the creation
    QCOMPARE(cli({u"rows"_s, u"update"_s, ids.at(5), u"--external-id"_s, u"changed"_s}).exitCode,
             0);
    QCOMPARE(keysSortedBy({u"--sort"_s, u"updated:desc"_s}).first(), kKeys.at(5));
    QCOMPARE(keysSortedBy({u"--sort"_s, u"updated_at"_s}).last(), kKeys.at(5));

    // A global-key pattern matches case-insensitively; total counts the matches.
    const Run cars =
        cli({u"rows"_s, u"list"_s, u"--dataset"_s, dataset, u"--filter"_s, u"global_key:CARS/*"_s,
             u"--sort"_s, u"global_key:desc"_s, u"--page-size"_s, u"3"_s, u"--page"_s, u"2"_s});
    QCOMPARE(cars.exitCode, 0);
    QCOMPARE(cars.object().value(u"total"_s).toInt(), 8);
    QCOMPARE(field(cars.object().value(u"rows"_s).toArray(), u"global_key"_s),
             (QStringList{u"cars/04"_s, u"cars/03"_s, u"cars/02"_s}));
    const Run none = cli(
        {u"rows"_s, u"list"_s, u"--dataset"_s, dataset, u"--filter"_s, u"global_key:trucks/*"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.object().value(u"total"_s).toInt(), 0);
    QCOMPARE(none.object().value(u"rows"_s).toArray().size(), 0);
}

void TestCliBulk::rowsListRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("bad sort") << QStringList{u"--sort"_s, u"bogus"_s}
                              << QByteArray("Cannot sort by 'bogus'");
    QTest::newRow("bad direction") << QStringList{u"--sort"_s, u"global_key:down"_s}
                                   << QByteArray("Cannot sort by 'global_key:down'");
    QTest::newRow("page size 0") << QStringList{u"--page-size"_s, u"0"_s}
                                 << QByteArray("--page-size must be");
    QTest::newRow("page size 1001")
        << QStringList{u"--page-size"_s, u"1001"_s} << QByteArray("--page-size must be");
    QTest::newRow("page size text")
        << QStringList{u"--page-size"_s, u"ten"_s} << QByteArray("--page-size must be");
    QTest::newRow("page 0") << QStringList{u"--page"_s, u"0"_s} << QByteArray("--page must be");
    QTest::newRow("page -1") << QStringList{u"--page"_s, u"-1"_s} << QByteArray("--page must be");
    QTest::newRow("positional") << QStringList{u"extra"_s} << QByteArray("rows list needs");
    QTest::newRow("unknown dataset") << QStringList{u"--dataset"_s, u"cnotadataset0000000000000"_s}
                                     << QByteArray("Dataset not found: 'cnotadataset");
    QTest::newRow("filter parse error") << QStringList{u"--filter"_s, u"tag:t OR"_s}
                                        << QByteArray("Expected a term after 'OR' at column 9");
    QTest::newRow("filter unknown field")
        << QStringList{u"--filter"_s, u"tag:t colour:red"_s}
        << QByteArray("Unknown field 'colour' at column 7; filter by global_key");
    QTest::newRow("filter unknown option")
        << QStringList{u"--filter"_s, u"split:tran"_s}
        << QByteArray("Unknown option 'tran' for 'split' at column 7");
}

void TestCliBulk::rowsListRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const QString dataset = createDataset(u"Some"_s);
    createRows(dataset, twelveRows());
    QStringList all = {u"rows"_s, u"list"_s};
    if (!arguments.contains(u"--dataset"_s)) {
        all += {u"--dataset"_s, dataset};
    }
    const Run run = cli(all + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), run.err);
    QCOMPARE(cli({u"rows"_s, u"list"_s}).exitCode, 2); // no dataset
}

void TestCliBulk::rowsImportFolder()
{
    const QString dataset = createDataset(u"Captures"_s);
    const QString folder = path(u"captures"_s);
    QImage image(20, 10, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(QDir().mkpath(folder + u"/sub"_s));
    QVERIFY(image.save(folder + u"/a.png"_s, "PNG"));
    QVERIFY(writeAll(folder + u"/sub/b.txt"_s, "hello"));
    QVERIFY(writeAll(folder + u"/notes.csv"_s, "a,b"));
    QVERIFY(writeAll(folder + u"/.hidden.png"_s, "x"));
    QVERIFY(writeAll(folder + u"/.thumbs/t.png"_s, "x"));
    QVERIFY(QFile::link(folder + u"/a.png"_s, folder + u"/link.png"_s));

    const Run run = cli({u"rows"_s, u"import-folder"_s, u"--dataset"_s, dataset, folder});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = run.object();
    QCOMPARE(report.value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(report.value(u"created"_s).toInt(), 2);
    QCOMPARE(report.value(u"errors"_s).toArray().size(), 0);
    const QJsonArray result = report.value(u"result"_s).toArray();
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.at(0).toObject().value(u"global_key"_s).toString(), u"sub/b.txt"_s);
    QCOMPARE(result.at(0).toObject().value(u"row_data"_s).toString(),
             QDir(folder).absoluteFilePath(u"sub/b.txt"_s));
    QCOMPARE(result.at(1).toObject().value(u"global_key"_s).toString(), u"a.png"_s);
    const QJsonArray warnings = report.value(u"warnings"_s).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).toObject().value(u"message"_s).toString(),
             u"Skipped 'notes.csv': not a media file Rowscope imports"_s);

    const Run png = cli({u"rows"_s, u"get"_s, u"--global-key"_s, u"a.png"_s});
    QCOMPARE(png.exitCode, 0);
    const QJsonObject attributes = png.object().value(u"media_attributes"_s).toObject();
    QCOMPARE(attributes.value(u"asset_type"_s).toString(), u"image"_s);
    QCOMPARE(attributes.value(u"width"_s).toInt(), 20);
    QCOMPARE(attributes.value(u"height"_s).toInt(), 10);
    const Run text = cli({u"rows"_s, u"get"_s, u"--global-key"_s, u"sub/b.txt"_s});
    QCOMPARE(text.object().value(u"media_attributes"_s).toObject().value(u"asset_type"_s),
             QJsonValue(u"text"_s));

    // A relative folder resolves against the current directory; keys stay relative.
    const QString other = createDataset(u"Relative"_s);
    QVERIFY(writeAll(path(u"rel/x.pdf"_s), "%PDF"));
    const Run relative = cli({u"rows"_s, u"import-folder"_s, u"--dataset"_s, other, u"rel"_s});
    QCOMPARE(relative.exitCode, 0);
    const QJsonObject row = relative.object().value(u"result"_s).toArray().at(0).toObject();
    QCOMPARE(row.value(u"global_key"_s).toString(), u"x.pdf"_s);
    QCOMPARE(row.value(u"row_data"_s).toString(),
             QDir(m_dir->path()).canonicalPath() + u"/rel/x.pdf"_s);
}

void TestCliBulk::rowsImportFolderFailures()
{
    const QString dataset = createDataset(u"Captures"_s);

    const Run missing =
        cli({u"rows"_s, u"import-folder"_s, u"--dataset"_s, dataset, path(u"no-such-folder"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.out.isEmpty());
    QVERIFY2(missing.err.contains("does not exist"), missing.err);

    QVERIFY(writeAll(path(u"file.png"_s), "x"));
    const Run file =
        cli({u"rows"_s, u"import-folder"_s, u"--dataset"_s, dataset, path(u"file.png"_s)});
    QCOMPARE(file.exitCode, 2);
    QVERIFY2(file.err.contains("is not a folder"), file.err);

    QVERIFY(writeAll(path(u"good/a.png"_s), "x"));
    const Run unknown = cli({u"rows"_s, u"import-folder"_s, u"--dataset"_s,
                             u"cnotadataset0000000000000"_s, path(u"good"_s)});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("Dataset not found"), unknown.err);
    QCOMPARE(count("SELECT count(*) FROM data_row"), 0);

    // A file whose path is not a valid key fails alone: exit 1, the others go in.
    QVERIFY(writeAll(path(u"mixed/ok.png"_s), "x"));
    QVERIFY(writeAll(path(u"mixed/not#ok.png"_s), "x"));
    const Run mixed =
        cli({u"rows"_s, u"import-folder"_s, u"--dataset"_s, dataset, path(u"mixed"_s)});
    QCOMPARE(mixed.exitCode, 1);
    QCOMPARE(mixed.object().value(u"created"_s).toInt(), 1);
    const QJsonArray errors = mixed.object().value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0)
                .toObject()
                .value(u"message"_s)
                .toString()
                .startsWith(u"Invalid global key: 'not#ok.png' ("_s));

    // No media files at all: nothing imported, exit 1, and the report lists what was skipped.
    QVERIFY(writeAll(path(u"docs/a.csv"_s), "x"));
    QVERIFY(writeAll(path(u"docs/b.json"_s), "{}"));
    const Run nothing =
        cli({u"rows"_s, u"import-folder"_s, u"--dataset"_s, dataset, path(u"docs"_s)});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains("holds no media files"), nothing.err);
    QCOMPARE(nothing.object().value(u"created"_s).toInt(), 0);
    QCOMPARE(nothing.object().value(u"warnings"_s).toArray().size(), 2);
}

void TestCliBulk::rowsDeleteNeedsConfirmation()
{
    const QString dataset = createDataset(u"Generated"_s);
    QCOMPARE(cli({u"generate"_s, u"--dataset"_s, u"Labelled"_s, u"--rows"_s, u"60"_s}).exitCode, 0);
    const QStringList ids = createRows(dataset, twelveRows());
    const qint64 rowsBefore = count("SELECT count(*) FROM data_row");

    // Without --yes and with no terminal: refused, exit 3, nothing deleted, the plan stated.
    const Run refused = cli({u"rows"_s, u"delete"_s, ids.at(0), ids.at(1)});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains("This deletes 2 data rows and 0 labels"), refused.err);
    QVERIFY2(refused.err.contains("--yes"), refused.err);
    QCOMPARE(count("SELECT count(*) FROM data_row"), rowsBefore);
    // "y" on a pipe is no answer either.
    QCOMPARE(cli({u"rows"_s, u"delete"_s, ids.at(0)}, "y\n").exitCode, 3);
    QCOMPARE(count("SELECT count(*) FROM data_row"), rowsBefore);

    const Run deleted = cli({u"rows"_s, u"delete"_s, ids.at(0), ids.at(1), u"--yes"_s});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(deleted.out.trimmed(),
             QByteArray(R"({"deleted":2,"labels_deleted":0,"cancelled":false})"));
    QCOMPARE(count("SELECT count(*) FROM data_row"), rowsBefore - 2);
    QCOMPARE(cli({u"rows"_s, u"get"_s, ids.at(0)}).exitCode, 1);
    // The keys are free at once.
    QCOMPARE(createRows(dataset, "{\"row_data\": \"again\", \"global_key\": \"cars/03\"}\n").size(),
             1);

    // A whole dataset with its labels.
    const qint64 labels = count("SELECT count(*) FROM label");
    QVERIFY(labels > 5);
    const QString labelled =
        cli({u"datasets"_s, u"list"_s}).json().array().at(1).toObject().value(u"id"_s).toString();
    const Run all = cli({u"rows"_s, u"delete"_s, u"--dataset"_s, labelled, u"--yes"_s});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.object().value(u"deleted"_s).toInt(), 60);
    QCOMPARE(all.object().value(u"labels_deleted"_s).toInteger(), labels);
    QCOMPARE(all.object().value(u"cancelled"_s).toBool(), false);
    QCOMPARE(count("SELECT count(*) FROM label"), 0);
    QCOMPARE(count("SELECT row_count FROM dataset WHERE name = 'Labelled'"), 0);
    QCOMPARE(count("SELECT row_count FROM dataset WHERE name = 'Generated'"), 11);
    QCOMPARE(count("SELECT count(*) FROM attachment WHERE data_row_pk NOT IN (SELECT pk FROM "
                   "data_row)"),
             0);
    QCOMPARE(count("SELECT count(*) FROM metadata_value WHERE data_row_pk NOT IN (SELECT pk "
                   "FROM data_row)"),
             0);
}

void TestCliBulk::rowsDeleteByIdsFileAndFilter()
{
    const QString dataset = createDataset(u"Vehicles"_s);
    const QStringList ids = createRows(dataset, twelveRows());
    const QString missing = u"cmissing00000000000000000"_s;

    QVERIFY(
        writeAll(path(u"ids.txt"_s),
                 (ids.at(2) + u"\n\n  "_s + ids.at(3) + u"  \r\n"_s + missing + u"\n"_s).toUtf8()));
    const Run fromFile =
        cli({u"rows"_s, u"delete"_s, u"--ids-file"_s, path(u"ids.txt"_s), u"--yes"_s});
    // A missing id: the rest is deleted, the missing one named, exit 1.
    QCOMPARE(fromFile.exitCode, 1);
    QCOMPARE(fromFile.object().value(u"deleted"_s).toInt(), 2);
    QVERIFY2(fromFile.err.contains(u"Data row not found: '%1'"_s.arg(missing).toUtf8()),
             fromFile.err);
    QCOMPARE(count("SELECT row_count FROM dataset"), 10);

    // A filter on a dataset: only keys with the prefix.
    const Run filtered = cli({u"rows"_s, u"delete"_s, u"--dataset"_s, dataset, u"--filter"_s,
                              u"global_key:bikes/*"_s, u"--yes"_s});
    QCOMPARE(filtered.exitCode, 0);
    QCOMPARE(filtered.object().value(u"deleted"_s).toInt(), 4);
    const Run left =
        cli({u"rows"_s, u"list"_s, u"--dataset"_s, dataset, u"--sort"_s, u"global_key"_s});
    QCOMPARE(field(left.object().value(u"rows"_s).toArray(), u"global_key"_s),
             (QStringList{u"cars/01"_s, u"cars/02"_s, u"cars/03"_s, u"cars/04"_s, u"cars/05"_s,
                          u"cars/06"_s}));
    QCOMPARE(left.object().value(u"total"_s).toInt(), 6);

    // Nothing matches: nothing to confirm, deleted 0.
    const Run nothing = cli(
        {u"rows"_s, u"delete"_s, u"--dataset"_s, dataset, u"--filter"_s, u"global_key:trucks/*"_s});
    QCOMPARE(nothing.exitCode, 0);
    QCOMPARE(nothing.object().value(u"deleted"_s).toInt(), 0);
}

void TestCliBulk::rowsDeleteRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("nothing") << QStringList{u"--yes"_s} << QByteArray("rows delete needs");
    QTest::newRow("filter alone") << QStringList{u"--filter"_s, u"cars/"_s, u"--yes"_s}
                                  << QByteArray("--filter needs --dataset");
    QTest::newRow("ids and dataset")
        << QStringList{u"cxxx"_s, u"--dataset"_s, u"DATASET"_s, u"--yes"_s}
        << QByteArray("not both");
    QTest::newRow("unknown dataset")
        << QStringList{u"--dataset"_s, u"cnotadataset0000000000000"_s, u"--yes"_s}
        << QByteArray("Dataset not found");
    QTest::newRow("missing ids file")
        << QStringList{u"--ids-file"_s, u"nope.txt"_s, u"--yes"_s} << QByteArray("Cannot read");
    QTest::newRow("empty ids file")
        << QStringList{u"--ids-file"_s, u"empty.txt"_s, u"--yes"_s} << QByteArray("holds no");
    QTest::newRow("2,001 ids") << QStringList{u"--ids-file"_s, u"many.txt"_s, u"--yes"_s}
                               << QByteArray("At most 2000");
    QTest::newRow("filter parse error")
        << QStringList{u"--dataset"_s, u"DATASET"_s, u"--filter"_s, u"- tag:t"_s, u"--yes"_s}
        << QByteArray("Expected a term after '-' at column 2");
    QTest::newRow("filter unknown field")
        << QStringList{u"--dataset"_s, u"DATASET"_s, u"--filter"_s, u"Tag:t"_s, u"--yes"_s}
        << QByteArray("Unknown field 'Tag' at column 1");
    QTest::newRow("filter with a bad number")
        << QStringList{u"--dataset"_s, u"DATASET"_s, u"--filter"_s, u"skipNFrames>x"_s, u"--yes"_s}
        << QByteArray("Expected a number after 'skipNFrames>' at column 13");
}

void TestCliBulk::rowsDeleteRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const QString dataset = createDataset(u"Vehicles"_s);
    const QStringList ids = createRows(dataset, twelveRows());
    QVERIFY(writeAll(path(u"empty.txt"_s), "\n \n"));
    QStringList many = ids;
    for (int i = many.size(); i <= 2000; ++i) {
        many.append(u"cmissing%1"_s.arg(i, 17, 10, QLatin1Char('0')));
    }
    QVERIFY(writeAll(path(u"many.txt"_s), many.join(u'\n').toUtf8()));
    arguments.replaceInStrings(u"DATASET"_s, dataset);
    const Run run = cli(QStringList{u"rows"_s, u"delete"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), run.err);
    QCOMPARE(count("SELECT count(*) FROM data_row"), 12);
}

void TestCliBulk::filterLanguage()
{
    QCOMPARE(cli({u"schema"_s, u"create"_s, u"score"_s, u"--kind"_s, u"number"_s}).exitCode, 0);
    const QString dataset = createDataset(u"Streets"_s);
    const QStringList ids = createRows(
        dataset,
        R"({"row_data": "https://example.com/1.jpg", "global_key": "street/1.jpg", "metadata_fields": [{"name": "split", "value": "train"}, {"name": "tag", "value": "night"}, {"name": "score", "value": 0.9}]}
{"row_data": "https://example.com/2.jpg", "global_key": "street/2.jpg", "metadata_fields": [{"name": "split", "value": "valid"}, {"name": "tag", "value": "dusk"}, {"name": "score", "value": 0.5}]}
{"row_data": "https://example.com/3.jpg", "global_key": "street/3.jpg", "metadata_fields": [{"name": "split", "value": "train"}, {"name": "tag", "value": "dusk"}, {"name": "score", "value": 0.7}], "attachments": [{"type": "RAW_TEXT", "value": "note"}]}
{"row_data": "https://example.com/4.jpg", "global_key": "cars/4.jpg", "metadata_fields": [{"name": "split", "value": "test"}, {"name": "tag", "value": "night"}]}
{"row_data": "A car at a light.", "global_key": "cars/5.txt"}
)");
    QCOMPARE(ids.size(), 5);
    const auto list = [&](const QString &filter, const QStringList &extra = {}) {
        const Run run =
            cli(QStringList{u"rows"_s, u"list"_s, u"--dataset"_s, dataset, u"--filter"_s, filter} +
                extra);
        if (run.exitCode != 0) {
            return QStringList{u"exit %1: %2"_s.arg(run.exitCode).arg(QString::fromUtf8(run.err))};
        }
        const QStringList keys = field(run.object().value(u"rows"_s).toArray(), u"global_key"_s);
        if (run.object().value(u"total"_s).toInt() != keys.size()) {
            return QStringList{u"total %1"_s.arg(run.object().value(u"total"_s).toInt())};
        }
        return keys;
    };
    QCOMPARE(list(u"split:train"_s), (QStringList{u"street/1.jpg"_s, u"street/3.jpg"_s}));
    QCOMPARE(list(u"split:train OR tag:night"_s, {u"--sort"_s, u"global_key:desc"_s}),
             (QStringList{u"street/3.jpg"_s, u"street/1.jpg"_s, u"cars/4.jpg"_s}));
    QCOMPARE(list(u"split:train OR tag:night"_s, {u"--sort"_s, u"global_key"_s}),
             (QStringList{u"cars/4.jpg"_s, u"street/1.jpg"_s, u"street/3.jpg"_s}));
    QCOMPARE(list(u"score>=0.7"_s, {u"--sort"_s, u"created:desc"_s}),
             (QStringList{u"street/3.jpg"_s, u"street/1.jpg"_s}));
    QCOMPARE(list(u"-has:metadata"_s), QStringList{u"cars/5.txt"_s});
    QCOMPARE(list(u"car"_s), (QStringList{u"cars/4.jpg"_s, u"cars/5.txt"_s}));
    QCOMPARE(list(u"\"car at\""_s), QStringList{u"cars/5.txt"_s});
    QCOMPARE(list(u"global_key:street/* -(tag:dusk has:attachments)"_s,
                  {u"--sort"_s, u"updated:desc"_s}),
             (QStringList{u"street/2.jpg"_s, u"street/1.jpg"_s}));
    // Matching nothing is an empty page, not an error.
    QCOMPARE(list(u"split:train split:valid"_s), QStringList());
    QCOMPARE(list(u"tag:\"'; DROP TABLE data_row; --\""_s), QStringList());
    QCOMPARE(count("SELECT count(*) FROM data_row"), 5);

    const QString out = path(u"night.ndjson"_s);
    const Run exported = cli(
        {u"export"_s, u"--dataset"_s, dataset, u"--filter"_s, u"tag:night"_s, u"--output"_s, out});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.object().value(u"exported"_s).toInt(), 2);
    QCOMPARE(rowField(ndjsonLines(readAll(out)), u"global_key"_s),
             (QStringList{u"street/1.jpg"_s, u"cars/4.jpg"_s}));
    const Run badExport = cli({u"export"_s, u"--dataset"_s, dataset, u"--filter"_s, u"split:"_s,
                               u"--output"_s, path(u"bad.ndjson"_s)});
    QCOMPARE(badExport.exitCode, 2);
    QVERIFY(badExport.out.isEmpty());
    QVERIFY2(badExport.err.contains("Expected a value after 'split:' at column 7"), badExport.err);
    QVERIFY(!QFile::exists(path(u"bad.ndjson"_s)));

    const Run refused = cli({u"rows"_s, u"delete"_s, u"--dataset"_s, dataset, u"--filter"_s,
                             u"score>high"_s, u"--yes"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("Expected a number after 'score>' at column 7"), refused.err);
    QCOMPARE(count("SELECT count(*) FROM data_row"), 5);
    const Run unconfirmed =
        cli({u"rows"_s, u"delete"_s, u"--dataset"_s, dataset, u"--filter"_s, u"tag:dusk"_s});
    QCOMPARE(unconfirmed.exitCode, 3);
    QVERIFY2(unconfirmed.err.contains("2 data rows"), unconfirmed.err);
    const Run deleted = cli({u"rows"_s, u"delete"_s, u"--dataset"_s, dataset, u"--filter"_s,
                             u"tag:dusk -has:attachments"_s, u"--yes"_s});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(deleted.object().value(u"deleted"_s).toInt(), 1);
    QCOMPARE(list(u"global_key:street/*"_s), (QStringList{u"street/1.jpg"_s, u"street/3.jpg"_s}));
    const Run none = cli({u"rows"_s, u"delete"_s, u"--dataset"_s, dataset, u"--filter"_s,
                          u"media:VIDEO"_s, u"--yes"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.object().value(u"deleted"_s).toInt(), 0);
    QCOMPARE(count("SELECT row_count FROM dataset"), 4);

    // The help states the language.
    const Run help = cli({u"rows"_s, u"list"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("The filter language"), help.out);
    QVERIFY(!help.out.contains("prefix"));
}

void TestCliBulk::exportEveryScope()
{
    const QString dataset = createDataset(u"Vehicles"_s);
    const QStringList ids = createRows(dataset, twelveRows());
    const QString other = createDataset(u"Other"_s);
    createRows(other, "{\"row_data\": \"https://example.com/o.jpg\", \"global_key\": \"o\"}\n");
    const QString out = path(u"out.ndjson"_s);

    const Run all = cli({u"export"_s, u"--dataset"_s, dataset, u"--output"_s, out});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out.trimmed(),
             u"{\"exported\":12,\"file\":\"%1\",\"errors\":[]}"_s.arg(out).toUtf8());
    QList<QJsonObject> lines = ndjsonLines(readAll(out));
    QCOMPARE(rowField(lines, u"global_key"_s), kKeys);
    QCOMPARE(rowField(lines, u"id"_s), ids);

    const QString second = path(u"second.ndjson"_s);
    const Run filtered = cli({u"export"_s, u"--dataset"_s, dataset, u"--filter"_s,
                              u"global_key:bikes/*"_s, u"--output"_s, second});
    QCOMPARE(filtered.exitCode, 0);
    QCOMPARE(filtered.object().value(u"exported"_s).toInt(), 4);
    QCOMPARE(rowField(ndjsonLines(readAll(second)), u"global_key"_s),
             (QStringList{u"bikes/01"_s, u"bikes/03"_s, u"bikes/00"_s, u"bikes/02"_s}));

    // Ids comma-separated, repeated and positional, in the order given.
    const QString third = path(u"third.ndjson"_s);
    const Run byIds = cli({u"export"_s, u"--ids"_s, ids.at(5) + u","_s + ids.at(1), u"--ids"_s,
                           ids.at(9), ids.at(0), u"--output"_s, third});
    QCOMPARE(byIds.exitCode, 0);
    QCOMPARE(rowField(ndjsonLines(readAll(third)), u"id"_s),
             (QStringList{ids.at(5), ids.at(1), ids.at(9), ids.at(0)}));

    // Keys, case-insensitively, across datasets.
    const QString fourth = path(u"fourth.ndjson"_s);
    const Run byKeys = cli(
        {u"export"_s, u"--global-keys"_s, u"O,CARS/00"_s, u"bikes/02"_s, u"--output"_s, fourth});
    QCOMPARE(byKeys.exitCode, 0);
    QCOMPARE(rowField(ndjsonLines(readAll(fourth)), u"global_key"_s),
             (QStringList{u"o"_s, u"cars/00"_s, u"bikes/02"_s}));

    // An empty selection writes an empty file.
    const QString fifth = path(u"fifth.ndjson"_s);
    const Run empty = cli({u"export"_s, u"--dataset"_s, dataset, u"--filter"_s,
                           u"global_key:trucks*"_s, u"--output"_s, fifth});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.object().value(u"exported"_s).toInt(), 0);
    QVERIFY(QFile::exists(fifth));
    QCOMPARE(readAll(fifth), QByteArray());
}

void TestCliBulk::exportParams()
{
    const QString dataset = createDataset(u"Vehicles"_s);
    createRows(dataset, twelveRows());
    const QString out = path(u"out.ndjson"_s);
    const auto keysOfFirstLine = [&](const QStringList &extra) {
        const Run run =
            cli(QStringList{u"export"_s, u"--dataset"_s, dataset, u"--output"_s, out, u"--yes"_s} +
                extra);
        if (run.exitCode != 0) {
            qWarning("export failed: %s", run.err.constData());
            return QStringList();
        }
        const QJsonObject line = ndjsonLines(readAll(out)).value(0);
        QStringList keys = line.keys();
        if (line.value(u"data_row"_s).toObject().contains(u"details"_s)) {
            keys.append(u"details"_s);
        }
        return keys;
    };
    QCOMPARE(keysOfFirstLine({}),
             (QStringList{u"data_row"_s, u"media_attributes"_s, u"projects"_s}));
    QCOMPARE(keysOfFirstLine({u"--params"_s, u"attachments, metadata_fields"_s}),
             (QStringList{u"attachments"_s, u"data_row"_s, u"media_attributes"_s,
                          u"metadata_fields"_s, u"projects"_s}));
    QCOMPARE(keysOfFirstLine({u"--params"_s, u"data_row_details,"_s}),
             (QStringList{u"data_row"_s, u"media_attributes"_s, u"projects"_s, u"details"_s}));
    QCOMPARE(keysOfFirstLine({u"--params"_s, u"all"_s}),
             (QStringList{u"attachments"_s, u"data_row"_s, u"embeddings"_s, u"media_attributes"_s,
                          u"metadata_fields"_s, u"projects"_s, u"details"_s}));
    const QByteArray before = readAll(out);
    const Run unknown = cli({u"export"_s, u"--dataset"_s, dataset, u"--params"_s,
                             u"attachments,bogus"_s, u"--output"_s, out, u"--yes"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY2(unknown.err.contains("Unknown export parameter 'bogus'"), unknown.err);
    QCOMPARE(readAll(out), before);
}

void TestCliBulk::exportToStandardOutput()
{
    const QString dataset = createDataset(u"Vehicles"_s);
    const QStringList ids = createRows(dataset, twelveRows());
    const Run run = cli({u"export"_s, u"--dataset"_s, dataset, u"--params"_s, u"attachments"_s,
                         u"--output"_s, u"-"_s});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = ndjsonLines(run.out);
    QCOMPARE(lines.size(), 12);
    QCOMPARE(rowField(lines, u"id"_s), ids);
    QCOMPARE(lines.first().value(u"attachments"_s).toArray().size(), 1);
    QCOMPARE(run.out.count('\n'), 12);
    const QJsonObject result = lastJsonLine(run.err);
    QCOMPARE(result.value(u"exported"_s).toInt(), 12);
    QCOMPARE(result.value(u"file"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(result.value(u"errors"_s).toArray().size(), 0);
    QVERIFY(!QFile::exists(path(u"-"_s)));
}

void TestCliBulk::exportOverwriteNeedsYes()
{
    const QString dataset = createDataset(u"Vehicles"_s);
    createRows(dataset, twelveRows());
    const QString out = path(u"out.ndjson"_s);
    QVERIFY(writeAll(out, "older\n"));
    const Run refused = cli({u"export"_s, u"--dataset"_s, dataset, u"--output"_s, out});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains("replacing the file that is there"), refused.err);
    QCOMPARE(readAll(out), QByteArray("older\n"));

    const Run replaced =
        cli({u"export"_s, u"--dataset"_s, dataset, u"--output"_s, out, u"--yes"_s});
    QCOMPARE(replaced.exitCode, 0);
    QCOMPARE(ndjsonLines(readAll(out)).size(), 12);
    QCOMPARE(QDir(m_dir->path()).entryList({u"out.ndjson*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"out.ndjson"_s});
}

void TestCliBulk::exportMissingRowsAndRefusals()
{
    const QString dataset = createDataset(u"Vehicles"_s);
    const QStringList ids = createRows(dataset, twelveRows());
    const QString missing = u"cmissing00000000000000000"_s;
    const QString out = path(u"out.ndjson"_s);

    const Run byIds =
        cli({u"export"_s, u"--ids"_s, ids.at(0) + u","_s + missing, u"--output"_s, out});
    QCOMPARE(byIds.exitCode, 1);
    QCOMPARE(byIds.object().value(u"exported"_s).toInt(), 1);
    QCOMPARE(byIds.object().value(u"errors"_s).toArray(),
             (QJsonArray{QJsonObject{{u"data_row_id"_s, missing},
                                     {u"error"_s, u"Data row not found: '%1'"_s.arg(missing)}}}));
    QCOMPARE(ndjsonLines(readAll(out)).size(), 1);

    const Run byKeys =
        cli({u"export"_s, u"--global-keys"_s, u"cars/00,nope"_s, u"--output"_s, out, u"--yes"_s});
    QCOMPARE(byKeys.exitCode, 1);
    QCOMPARE(byKeys.object().value(u"errors"_s).toArray(),
             (QJsonArray{QJsonObject{{u"global_key"_s, u"nope"_s},
                                     {u"error"_s, u"Data Row not found"_s}}}));

    const QString nowhere = path(u"nowhere/out.ndjson"_s);
    const Run noFolder = cli({u"export"_s, u"--dataset"_s, dataset, u"--output"_s, nowhere});
    QCOMPARE(noFolder.exitCode, 2);
    QVERIFY(noFolder.out.isEmpty());
    QVERIFY2(noFolder.err.contains("does not exist"), noFolder.err);
    QVERIFY(!QFileInfo::exists(path(u"nowhere"_s)));

    QStringList many;
    for (int i = 0; i <= 2000; ++i) {
        many.append(u"k%1"_s.arg(i));
    }
    const struct {
        QStringList arguments;
        QByteArray message;
    } refusals[] = {
        {{u"--dataset"_s, dataset}, "--output"},
        {{u"--ids"_s, ids.at(0), u"--global-keys"_s, u"cars/00"_s, u"--output"_s, out}, "not both"},
        {{u"--dataset"_s, dataset, u"--ids"_s, ids.at(0), u"--output"_s, out}, "only one"},
        {{u"--filter"_s, u"cars"_s, u"--output"_s, out}, "--filter needs --dataset"},
        {{u"--output"_s, out}, "export needs"},
        {{u"--dataset"_s, u"cnotadataset0000000000000"_s, u"--output"_s, out}, "Dataset not found"},
        {{u"--global-keys"_s, many.join(u','), u"--output"_s, out}, "At most 2000"},
        {{u"--dataset"_s, dataset, u"--output"_s, m_dir->path()}, "is a folder"},
        {{u"--dataset"_s, dataset, u"--filter"_s, u"(tag:t"_s, u"--output"_s, out},
         "Missing ')' for the '(' at column 1"},
        {{u"--dataset"_s, dataset, u"--filter"_s, u"tag>t"_s, u"--output"_s, out},
         "Cannot compare the string field 'tag' with '>' at column 4"},
    };
    const QByteArray before = readAll(out);
    for (const auto &refusal : refusals) {
        const Run run = cli(QStringList{u"export"_s} + refusal.arguments + QStringList{u"--yes"_s});
        QVERIFY2(run.exitCode == 2, refusal.message.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(refusal.message), run.err);
    }
    QCOMPARE(readAll(out), before);
}

void TestCliBulk::generateMakesTheSameRowsForTheSameSeed()
{
    const Run first = cli(
        {u"generate"_s, u"--dataset"_s, u"Demo set"_s, u"--rows"_s, u"80"_s, u"--seed"_s, u"5"_s});
    QCOMPARE(first.exitCode, 0);
    const QJsonObject dataset = first.object();
    QCOMPARE(dataset.value(u"name"_s).toString(), u"Demo set"_s);
    QCOMPARE(dataset.value(u"row_count"_s).toInt(), 80);
    QCOMPARE(dataset.value(u"id"_s).toString().size(), 25);

    const Run second = cli(
        {u"generate"_s, u"--dataset"_s, u"Demo set"_s, u"--rows"_s, u"80"_s, u"--seed"_s, u"5"_s});
    QCOMPARE(second.exitCode, 0);
    const QString secondId = second.object().value(u"id"_s).toString();
    QVERIFY(secondId != dataset.value(u"id"_s).toString());
    QCOMPARE(second.object().value(u"name"_s).toString(), u"Demo set"_s);
    const Run third = cli({u"generate"_s, u"--dataset"_s, u"Other seed"_s, u"--rows"_s, u"80"_s,
                           u"--seed"_s, u"6"_s});
    QCOMPARE(third.exitCode, 0);
    QCOMPARE(cli({u"datasets"_s, u"list"_s}).json().array().size(), 3);
    QCOMPARE(count("SELECT count(*) FROM data_row"), 240);

    const auto exported = [&](const QString &id) {
        const Run run =
            cli({u"export"_s, u"--dataset"_s, id, u"--params"_s, u"all"_s, u"--output"_s, u"-"_s});
        if (run.exitCode != 0) {
            qWarning("export failed: %s", run.err.constData());
        }
        return ndjsonLines(run.out);
    };
    const QList<QJsonObject> a = exported(dataset.value(u"id"_s).toString());
    const QList<QJsonObject> b = exported(secondId);
    const QList<QJsonObject> c = exported(third.object().value(u"id"_s).toString());
    QCOMPARE(a.size(), 80);
    // Same seed: the same row data, external ids, attachments and metadata; keys differ
    // (they are unique in the workspace).
    QCOMPARE(rowField(a, u"row_data"_s), rowField(b, u"row_data"_s));
    QCOMPARE(rowField(a, u"external_id"_s), rowField(b, u"external_id"_s));
    QVERIFY(rowField(a, u"global_key"_s) != rowField(b, u"global_key"_s));
    QVERIFY(rowField(a, u"row_data"_s) != rowField(c, u"row_data"_s));
    int labelled = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].value(u"attachments"_s), b[i].value(u"attachments"_s));
        QCOMPARE(a[i].value(u"metadata_fields"_s), b[i].value(u"metadata_fields"_s));
        const QJsonObject projects = a[i].value(u"projects"_s).toObject();
        QCOMPARE(projects.isEmpty(), b[i].value(u"projects"_s).toObject().isEmpty());
        if (!projects.isEmpty()) {
            ++labelled;
            const QJsonObject project = projects.begin().value().toObject();
            QCOMPARE(project.value(u"name"_s).toString(), u"Vehicle boxes"_s);
            QVERIFY(!project.value(u"labels"_s).toArray().isEmpty());
        }
    }
    QVERIFY2(labelled >= 8, qPrintable(QString::number(labelled)));
}

void TestCliBulk::generateRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no rows") << QStringList{u"--dataset"_s, u"D"_s} << QByteArray("generate needs");
    QTest::newRow("no dataset") << QStringList{u"--rows"_s, u"5"_s} << QByteArray("generate needs");
    QTest::newRow("zero rows") << QStringList{u"--dataset"_s, u"D"_s, u"--rows"_s, u"0"_s}
                               << QByteArray("--rows must be");
    QTest::newRow("bad seed") << QStringList{u"--dataset"_s, u"D"_s,      u"--rows"_s,
                                             u"5"_s,         u"--seed"_s, u"x"_s}
                              << QByteArray("--seed must be");
}

void TestCliBulk::generateRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run run = cli(QStringList{u"generate"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), run.err);
    QCOMPARE(cli({u"datasets"_s, u"list"_s}).json().array().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
