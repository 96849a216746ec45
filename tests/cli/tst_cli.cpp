#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

// rowscope-cli as a user runs it: a real process, its stdout, stderr and exit code.
class TestCli final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void workspaceChoice();
    void datasetsListAndCreate();
    void datasetsCreateRefusesAnEmptyName();
    void rowsCreateFromTheExampleFiles();
    void rowsCreateReportsBadItemsAndExitsOne();
    void rowsCreateRefusesBeforeChangingAnything_data();
    void rowsCreateRefusesBeforeChangingAnything();
    void rowsCreateFromStdin();
    void rowsGet();
    void rowsGetMissingPrintsNothing();
    void rowsUpsertAndUpdate();
    void datasetsDeleteNeedsConfirmation();
    void usageErrors_data();
    void usageErrors();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {});
    QString createDataset(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = m_dir->filePath(u"cli.rowscope"_s);
}

Run TestCli::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ROWSCOPE_WORKSPACE"_s, m_workspace);
    environment.insert(u"ROWSCOPE_USER"_s, u"cli@example.com"_s);
    environment.insert(u"HOME"_s, m_dir->path()); // the default workspace stays inside the test
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

QString TestCli::createDataset(const QString &name)
{
    const Run run = cli({u"datasets"_s, u"create"_s, name});
    return run.json().object().value(u"id"_s).toString();
}

void TestCli::workspaceChoice()
{
    // --workspace wins over $ROWSCOPE_WORKSPACE; neither: the default under XDG_DATA_HOME.
    const QString other = m_dir->filePath(u"other.rowscope"_s);
    QCOMPARE(cli({u"--workspace"_s, other, u"datasets"_s, u"create"_s, u"A"_s}).exitCode, 0);
    QVERIFY(QFile::exists(other));
    QCOMPARE(cli({u"datasets"_s, u"list"_s}).json().array().size(), 0);
    QCOMPARE(cli({u"--workspace"_s, other, u"datasets"_s, u"list"_s}).json().array().size(), 1);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"ROWSCOPE_WORKSPACE"_s);
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ROWSCOPE_CLI), {u"datasets"_s, u"list"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(m_dir->filePath(u"data/rowscope/workspace.rowscope"_s)));

    const Run notAWorkspace =
        cli({u"--workspace"_s, QStringLiteral(ROWSCOPE_CLI), u"datasets"_s, u"list"_s});
    QCOMPARE(notAWorkspace.exitCode, 2);
    QVERIFY2(notAWorkspace.err.contains("not a Rowscope workspace"), notAWorkspace.err);
    QVERIFY(notAWorkspace.out.isEmpty());
}

void TestCli::datasetsListAndCreate()
{
    const Run created =
        cli({u"datasets"_s, u"create"_s, u"Street scenes"_s, u"--description"_s, u"Dashcam"_s});
    QCOMPARE(created.exitCode, 0);
    const QJsonObject dataset = created.json().object();
    QCOMPARE(dataset.value(u"name"_s).toString(), u"Street scenes"_s);
    QCOMPARE(dataset.value(u"description"_s).toString(), u"Dashcam"_s);
    QCOMPARE(dataset.value(u"row_count"_s).toInt(), 0);
    QCOMPARE(dataset.value(u"id"_s).toString().size(), 25);
    QVERIFY(dataset.value(u"created_at"_s).toString().endsWith(u"+00:00"_s));
    // Key order of the spec's document.
    QVERIFY(created.out.indexOf("\"id\"") < created.out.indexOf("\"name\""));
    QVERIFY(created.out.indexOf("\"row_count\"") < created.out.indexOf("\"created_at\""));

    QVERIFY(!createDataset(u"Street scenes"_s).isEmpty()); // names need not be unique
    const Run listed = cli({u"datasets"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray datasets = listed.json().array();
    QCOMPARE(datasets.size(), 2);
    QCOMPARE(datasets.at(0).toObject().value(u"id"_s), dataset.value(u"id"_s));
    QCOMPARE(datasets.at(0).toObject().keys().size(), 6);
}

void TestCli::datasetsCreateRefusesAnEmptyName()
{
    const Run run = cli({u"datasets"_s, u"create"_s, u"  "_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("needs a name"), run.err);
    QCOMPARE(cli({u"datasets"_s, u"list"_s}).json().array().size(), 0);
}

void TestCli::rowsCreateFromTheExampleFiles()
{
    const QString dataset = createDataset(u"Examples"_s);
    const Run run = cli({u"rows"_s, u"create"_s, u"--dataset"_s, dataset,
                         test::fixturePath(u"create-specs.example.json"_s)});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = run.json().object();
    QCOMPARE(report.value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(report.value(u"created"_s).toInt(), 3);
    QCOMPARE(report.value(u"errors"_s).toArray().size(), 0);
    const QJsonArray result = report.value(u"result"_s).toArray();
    QCOMPARE(result.size(), 3);
    QCOMPARE(result.at(0).toObject().value(u"global_key"_s).toString(),
             u"street-scenes/0001.jpg"_s);
    QCOMPARE(result.at(1).toObject().value(u"external_id"_s), QJsonValue(QJsonValue::Null));
    const QJsonArray datasets = cli({u"datasets"_s, u"list"_s}).json().array();
    QCOMPARE(datasets.at(0).toObject().value(u"row_count"_s).toInt(), 3);
}

void TestCli::rowsCreateReportsBadItemsAndExitsOne()
{
    const QString dataset = createDataset(u"Bad"_s);
    const Run run = cli({u"rows"_s, u"create"_s, u"--dataset"_s, dataset,
                         test::fixturePath(u"bad-specs.example.ndjson"_s)});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = run.json().object();
    QCOMPARE(report.value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(report.value(u"created"_s).toInt(), 1); // only "dup" goes in
    const QJsonArray errors = report.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 8);
    QList<int> lines;
    for (const QJsonValue &error : errors) {
        lines.append(error.toObject().value(u"line"_s).toInt());
        QCOMPARE(error.toObject().value(u"failedDataRows"_s).toArray().size(), 1);
    }
    QCOMPARE(lines, (QList<int>{1, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(errors.at(1).toObject().value(u"message"_s).toString(),
             u"Duplicate global key: 'DUP'"_s);
    QCOMPARE(errors.at(7).toObject().value(u"message"_s).toString(),
             u"row_data: s3 assets must start with 'https'."_s);
    QCOMPARE(errors.at(6).toObject().value(u"failedDataRows"_s).toArray().at(0).toString(),
             u"this line is not json"_s);
}

void TestCli::rowsCreateRefusesBeforeChangingAnything_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("knownDataset");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("missing file") << u"nope.ndjson"_s << true << QByteArray("Cannot read");
    QTest::newRow("a folder") << u"."_s << true << QByteArray("it is a folder");
    QTest::newRow("empty file") << u"empty.ndjson"_s << true << QByteArray("holds no items");
    QTest::newRow("only blank lines") << u"blank.ndjson"_s << true << QByteArray("holds no items");
    QTest::newRow("unknown dataset")
        << u"one.ndjson"_s << false << QByteArray("Dataset not found: 'cnotadataset");
}

void TestCli::rowsCreateRefusesBeforeChangingAnything()
{
    QFETCH(QString, file);
    QFETCH(bool, knownDataset);
    QFETCH(QByteArray, message);
    QFile empty(m_dir->filePath(u"empty.ndjson"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QFile blank(m_dir->filePath(u"blank.ndjson"_s));
    QVERIFY(blank.open(QIODevice::WriteOnly));
    blank.write("\n  \n\n");
    blank.close();
    QFile one(m_dir->filePath(u"one.ndjson"_s));
    QVERIFY(one.open(QIODevice::WriteOnly));
    one.write(R"({"row_data": "https://example.com/1.jpg"})");
    one.close();

    const QString dataset =
        knownDataset ? createDataset(u"Target"_s) : u"cnotadataset0000000000000"_s;
    const Run run = cli({u"rows"_s, u"create"_s, u"--dataset"_s, dataset, file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), run.err);
    const QJsonArray datasets = cli({u"datasets"_s, u"list"_s}).json().array();
    for (const QJsonValue &entry : datasets) {
        QCOMPARE(entry.toObject().value(u"row_count"_s).toInt(), 0);
    }
}

void TestCli::rowsCreateFromStdin()
{
    const QString dataset = createDataset(u"Piped"_s);
    const Run run = cli({u"rows"_s, u"create"_s, u"--dataset"_s, dataset, u"-"_s},
                        "{\"row_data\": \"https://example.com/a.png\", \"global_key\": \"a\"}\n"
                        "{\"row_data\": \"https://example.com/b.png\", \"global_key\": \"b\"}\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().object().value(u"created"_s).toInt(), 2);
}

void TestCli::rowsGet()
{
    const QString dataset = createDataset(u"Examples"_s);
    cli({u"rows"_s, u"create"_s, u"--dataset"_s, dataset,
         test::fixturePath(u"create-specs.example.json"_s)});
    const Run byKey = cli({u"rows"_s, u"get"_s, u"--global-key"_s, u"STREET-SCENES/0001.JPG"_s});
    QCOMPARE(byKey.exitCode, 0);
    const QJsonObject line = byKey.json().object();
    const QJsonObject dataRow = line.value(u"data_row"_s).toObject();
    QCOMPARE(dataRow.value(u"global_key"_s).toString(), u"street-scenes/0001.jpg"_s);
    QCOMPARE(dataRow.value(u"details"_s).toObject().value(u"dataset_name"_s).toString(),
             u"Examples"_s);
    QCOMPARE(dataRow.value(u"details"_s).toObject().value(u"created_by"_s).toString(),
             u"cli@example.com"_s);
    QCOMPARE(line.value(u"media_attributes"_s).toObject().value(u"asset_type"_s).toString(),
             u"image"_s);
    QCOMPARE(line.value(u"attachments"_s).toArray().size(), 1);
    QCOMPARE(line.value(u"metadata_fields"_s).toArray().size(), 3);
    QVERIFY(line.contains(u"embeddings"_s));
    QVERIFY(line.contains(u"projects"_s));

    const Run byId = cli({u"rows"_s, u"get"_s, dataRow.value(u"id"_s).toString()});
    QCOMPARE(byId.exitCode, 0);
    QCOMPARE(byId.out, byKey.out);
}

void TestCli::rowsGetMissingPrintsNothing()
{
    createDataset(u"Empty"_s);
    const Run byKey = cli({u"rows"_s, u"get"_s, u"--global-key"_s, u"missing-key"_s});
    QCOMPARE(byKey.exitCode, 1);
    QVERIFY(byKey.out.isEmpty());
    QVERIFY2(byKey.err.contains("missing-key"), byKey.err);
    const Run byId = cli({u"rows"_s, u"get"_s, u"cmissing00000000000000000"_s});
    QCOMPARE(byId.exitCode, 1);
    QVERIFY(byId.out.isEmpty());
    QVERIFY2(byId.err.contains("Data row not found: 'cmissing00000000000000000'"), byId.err);
}

void TestCli::rowsUpsertAndUpdate()
{
    const QString dataset = createDataset(u"Examples"_s);
    cli({u"rows"_s, u"create"_s, u"--dataset"_s, dataset,
         test::fixturePath(u"create-specs.example.json"_s)});
    const Run upsert = cli({u"rows"_s, u"upsert"_s, u"--dataset"_s, dataset,
                            test::fixturePath(u"upsert-specs.example.ndjson"_s)});
    QCOMPARE(upsert.exitCode, 0);
    QCOMPARE(upsert.json().object().value(u"updated"_s).toInt(), 2);
    QCOMPARE(upsert.json().object().value(u"created"_s).toInt(), 1);
    const QJsonObject renamed =
        cli({u"rows"_s, u"get"_s, u"--global-key"_s, u"street-scenes/0001.jpg"_s}).json().object();
    QCOMPARE(renamed.value(u"data_row"_s).toObject().value(u"external_id"_s).toString(),
             u"0001-renamed.jpg"_s);
    const QString id = renamed.value(u"data_row"_s).toObject().value(u"id"_s).toString();

    const Run updated = cli({u"rows"_s, u"update"_s, id, u"--global-key"_s, u"renamed-key"_s});
    QCOMPARE(updated.exitCode, 0);
    QCOMPARE(updated.json().object().value(u"data_row"_s).toObject().value(u"global_key"_s),
             QJsonValue(u"renamed-key"_s));

    const Run empty = cli({u"rows"_s, u"update"_s, id, u"--external-id"_s, u""_s});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains("external_id cannot be empty if it is set"), empty.err);
    const Run taken = cli({u"rows"_s, u"update"_s, id, u"--global-key"_s, u"NOTES-0001"_s});
    QCOMPARE(taken.exitCode, 2);
    QVERIFY2(taken.err.contains("Duplicate global key: 'NOTES-0001'"), taken.err);
    const Run nothing = cli({u"rows"_s, u"update"_s, id});
    QCOMPARE(nothing.exitCode, 2);
    const Run missing =
        cli({u"rows"_s, u"update"_s, u"cmissing00000000000000000"_s, u"--external-id"_s, u"x"_s});
    QCOMPARE(missing.exitCode, 1);
}

void TestCli::datasetsDeleteNeedsConfirmation()
{
    const QString dataset = createDataset(u"Doomed"_s);
    cli({u"rows"_s, u"create"_s, u"--dataset"_s, dataset,
         test::fixturePath(u"create-specs.example.json"_s)});
    const Run refused = cli({u"datasets"_s, u"delete"_s, dataset});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains("3 data rows"), refused.err);
    QVERIFY2(refused.err.contains("--yes"), refused.err);
    QCOMPARE(cli({u"datasets"_s, u"list"_s}).json().array().size(), 1);

    const Run deleted = cli({u"datasets"_s, u"delete"_s, dataset, u"--yes"_s});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(deleted.json().object().value(u"rows_deleted"_s).toInt(), 3);
    QCOMPARE(cli({u"datasets"_s, u"list"_s}).json().array().size(), 0);
    // The keys are free again.
    const QString again = createDataset(u"Again"_s);
    QCOMPARE(cli({u"rows"_s, u"create"_s, u"--dataset"_s, again,
                  test::fixturePath(u"create-specs.example.json"_s)})
                 .exitCode,
             0);

    const Run unknown =
        cli({u"datasets"_s, u"delete"_s, u"cnotadataset0000000000000"_s, u"--yes"_s});
    QCOMPARE(unknown.exitCode, 2);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown action") << QStringList{u"datasets"_s, u"explode"_s};
    QTest::newRow("no action") << QStringList{u"rows"_s};
    QTest::newRow("unknown option") << QStringList{u"datasets"_s, u"list"_s, u"--colour"_s};
    QTest::newRow("create without dataset") << QStringList{u"rows"_s, u"create"_s, u"f.json"_s};
    QTest::newRow("get with id and key")
        << QStringList{u"rows"_s, u"get"_s, u"cid"_s, u"--global-key"_s, u"k"_s};
    QTest::newRow("workspace without file") << QStringList{u"--workspace"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void TestCli::helpOnEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("top") << QStringList{u"--help"_s};
    for (const char *action : {"list", "create", "rename", "describe", "delete"}) {
        QTest::newRow(action) << QStringList{u"datasets"_s, QString::fromLatin1(action),
                                             u"--help"_s};
    }
    for (const char *action : {"get", "create", "upsert", "update"}) {
        QTest::newRow(action) << QStringList{u"rows"_s, QString::fromLatin1(action), u"--help"_s};
    }
}

void TestCli::helpOnEveryCommand()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("rowscope-cli"), run.out);
    if (arguments.size() > 1) {
        QVERIFY2(run.out.contains("Example:"), run.out);
        const QByteArray usage =
            QByteArray("Usage: rowscope-cli ") + arguments.mid(0, 2).join(u' ').toUtf8();
        QVERIFY2(run.out.startsWith(usage), run.out);
    }
    QVERIFY(!QFile::exists(m_workspace)); // help never touches the workspace
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
