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
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
};

const QString kTagId = u"cko8s9r5v0001h2dk9elqdidh"_s;
const QString kSplitId = u"cko8sbczn0002h2dkdaxb5kal"_s;
const QString kTrainId = u"cko8sbscr0003h2dk04w86hof"_s;
const QString kValidId = u"cko8sc2yr0004h2dk69aj5x63"_s;
const QString kCaptureId = u"cko8sdzv70006h2dk8jg64zvb"_s;
const QString kSkipId = u"cko8sekw10007h2dkb5c2r9mn"_s;
const QString kMissingRow = u"cmissing00000000000000000"_s;
const QString kInvalidAssignment =
    u"Invalid assignment. Either DataRow does not exist, or globalKey is invalid"_s;

// Each key's first `"key":` after the previous one: the keys of the first object that holds
// them all, in the order written (output is compact when piped).
bool inOrder(const QByteArray &json, const QList<QByteArray> &keys)
{
    qsizetype from = 0;
    for (const QByteArray &key : keys) {
        const qsizetype at = json.indexOf(QByteArray('"' + key + "\":"), from);
        if (at < 0) {
            qWarning("key %s not found in order in %s", key.constData(), json.constData());
            return false;
        }
        from = at + key.size();
    }
    return true;
}

QStringList ids(const QJsonArray &objects, const QString &key = u"id"_s)
{
    QStringList result;
    for (const QJsonValue &object : objects) {
        result.append(object.toObject().value(key).toString());
    }
    return result;
}

QString embeddingText(int size)
{
    QStringList numbers;
    for (int i = 0; i < size; ++i) {
        numbers.append(QString::number(i * 0.5));
    }
    return u"["_s + numbers.join(u',') + u"]"_s;
}

} // namespace

// rowscope-cli keys, schema, metadata, attachments, labels and projects, as a user runs
// them: a real process on a workspace file the test also reads, to prove what changed.
class TestCliCatalog final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void keysAssignCsv();
    void keysAssignPartialSuccessAndFailure();
    void keysAssignJsonFromStdin();
    void keysAssignRefusesTheWholeFile_data();
    void keysAssignRefusesTheWholeFile();
    void keysLookupIsCaseInsensitive();
    void keysClearAnswersKeysAsStored();
    void keysLimits();

    void schemaList();
    void schemaCreateAndRename();
    void schemaCreateRefusals_data();
    void schemaCreateRefusals();
    void schemaReservedFieldsAreRefused();
    void schemaDeleteNeedsConfirmation();
    void schemaDeleteAnOption();

    void metadataSetEveryKind();
    void metadataSetRefusesAndChangesNothing_data();
    void metadataSetRefusesAndChangesNothing();
    void metadataClear();
    void metadataMissingRow();

    void attachmentsLifecycle();
    void attachmentsRefusals_data();
    void attachmentsRefusals();
    void attachmentsMissing();

    void projectsListAndCreate();
    void labelsAddListAndWinner();
    void labelsRefusals();

    void usageErrors_data();
    void usageErrors();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void topLevelUsageListsTheCommands();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {});
    // A dataset with one row per NDJSON line; their ids in order.
    QStringList createRows(const QByteArray &ndjson);
    QString writeFile(const QString &name, const QByteArray &content);
    QString createSchema(const QStringList &arguments);
    QJsonArray exportedMetadata(const QString &rowId);

    std::unique_ptr<test::TestWorkspace> m_ws;
    QString m_workspace;
};

void TestCliCatalog::init()
{
    m_ws = std::make_unique<test::TestWorkspace>();
    QVERIFY(m_ws->isValid());
    m_workspace = m_ws->path();
}

Run TestCliCatalog::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ROWSCOPE_WORKSPACE"_s, m_workspace);
    environment.insert(u"ROWSCOPE_USER"_s, u"cli@example.com"_s);
    environment.insert(u"HOME"_s, m_ws->dir());
    environment.insert(u"XDG_DATA_HOME"_s, m_ws->filePath(u"data"_s));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_ws->dir());
    process.start(QStringLiteral(ROWSCOPE_CLI), arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList TestCliCatalog::createRows(const QByteArray &ndjson)
{
    const QString dataset =
        cli({u"datasets"_s, u"create"_s, u"Rows"_s}).object().value(u"id"_s).toString();
    const Run run = cli({u"rows"_s, u"create"_s, u"--dataset"_s, dataset, u"-"_s}, ndjson);
    if (run.exitCode != 0) {
        qWarning("rows create failed: %s", run.err.constData());
    }
    return ids(run.object().value(u"result"_s).toArray());
}

QString TestCliCatalog::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_ws->filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(content);
    return file.fileName();
}

QString TestCliCatalog::createSchema(const QStringList &arguments)
{
    const Run run = cli(QStringList{u"schema"_s, u"create"_s} + arguments);
    if (run.exitCode != 0) {
        qWarning("schema create failed: %s", run.err.constData());
    }
    return run.object().value(u"id"_s).toString();
}

QJsonArray TestCliCatalog::exportedMetadata(const QString &rowId)
{
    return cli({u"rows"_s, u"get"_s, rowId}).object().value(u"metadata_fields"_s).toArray();
}

// ---- keys ---------------------------------------------------------------------------------

void TestCliCatalog::keysAssignCsv()
{
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"}
{"row_data": "https://example.com/2.jpg"}
{"row_data": "https://example.com/3.jpg", "global_key": "kept"}
)");
    QCOMPARE(rows.size(), 3);
    // BOM, CRLF, columns swapped, an ignored column, quoted fields, a blank line.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "global_key,note,data_row_id\r\n\"street, 0001\",first," +
                           rows[0].toUtf8() + "\r\n\r\n\"it's, two\",," + rows[1].toUtf8() + "\r\n";
    const Run run = cli({u"keys"_s, u"assign"_s, writeFile(u"keys.csv"_s, csv)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonObject report = run.object();
    QCOMPARE(report.keys().size(), 3);
    QVERIFY(inOrder(run.out,
                    {"status", "results", "data_row_id", "global_key", "sanitized", "errors"}));
    QCOMPARE(report.value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(report.value(u"errors"_s).toArray().size(), 0);
    const QJsonArray results = report.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject(), (QJsonObject{{u"data_row_id"_s, rows[0]},
                                                    {u"global_key"_s, u"street, 0001"_s},
                                                    {u"sanitized"_s, false}}));
    QCOMPARE(results.at(1).toObject().value(u"global_key"_s).toString(), u"it's, two"_s);
    QCOMPARE(m_ws->count("SELECT count(*) FROM data_row WHERE global_key = 'street, 0001'"), 1);

    // Re-assigning a row's own key and taking another key is fine.
    const QByteArray again = "data_row_id,global_key\n" + rows[0].toUtf8() + ",street-0001\n";
    QCOMPARE(cli({u"keys"_s, u"assign"_s, writeFile(u"again.csv"_s, again)}).exitCode, 0);
    QCOMPARE(m_ws->count("SELECT count(*) FROM data_row WHERE global_key = 'street-0001'"), 1);
}

void TestCliCatalog::keysAssignPartialSuccessAndFailure()
{
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"}
{"row_data": "https://example.com/2.jpg", "global_key": "Taken"}
)");
    const QByteArray csv = "data_row_id,global_key\n" + rows[0].toUtf8() + ",fine\n" +
                           kMissingRow.toUtf8() + ",orphan\n" + rows[0].toUtf8() +
                           ",\"bad  key\"\n" + rows[0].toUtf8() + ",TAKEN\n";
    const Run partial = cli({u"keys"_s, u"assign"_s, writeFile(u"partial.csv"_s, csv)});
    QCOMPARE(partial.exitCode, 1);
    const QJsonObject report = partial.object();
    QCOMPARE(report.value(u"status"_s).toString(), u"PARTIAL SUCCESS"_s);
    QCOMPARE(report.value(u"results"_s).toArray().size(), 1);
    const QJsonArray errors = report.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 3);
    QVERIFY(inOrder(partial.out.mid(partial.out.indexOf("\"errors\"")),
                    {"data_row_id", "global_key", "error"}));
    QCOMPARE(errors.at(0).toObject(), (QJsonObject{{u"data_row_id"_s, kMissingRow},
                                                   {u"global_key"_s, u"orphan"_s},
                                                   {u"error"_s, kInvalidAssignment}}));
    QCOMPARE(errors.at(1).toObject().value(u"global_key"_s).toString(), u"bad  key"_s);
    QCOMPARE(errors.at(2).toObject().value(u"error"_s).toString(), kInvalidAssignment);

    const QByteArray none = "data_row_id,global_key\n" + kMissingRow.toUtf8() + ",x\n";
    const Run failure = cli({u"keys"_s, u"assign"_s, writeFile(u"none.csv"_s, none)});
    QCOMPARE(failure.exitCode, 1);
    QCOMPARE(failure.object().value(u"status"_s).toString(), u"FAILURE"_s);
    QCOMPARE(failure.object().value(u"results"_s).toArray().size(), 0);
}

void TestCliCatalog::keysAssignJsonFromStdin()
{
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"}
{"row_data": "https://example.com/2.jpg"}
)");
    const QByteArray json = "[{\"data_row_id\": \"" + rows[0].toUtf8() +
                            "\", \"global_key\": \"json-1\"},\n {\"global_key\": \"json-2\", "
                            "\"data_row_id\": \"" +
                            rows[1].toUtf8() + "\", \"note\": true}]";
    const Run run = cli({u"keys"_s, u"assign"_s, u"-"_s}, json);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(ids(run.object().value(u"results"_s).toArray(), u"global_key"_s),
             (QStringList{u"json-1"_s, u"json-2"_s}));
}

void TestCliCatalog::keysAssignRefusesTheWholeFile_data()
{
    QTest::addColumn<QByteArray>("content"); // %1 is a real row id
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("csv missing key")
        << QByteArray("data_row_id,global_key\n%1,first\n%1\n") << u"keys.csv"_s
        << QByteArray("Line 3 has no global_key; nothing was "
                      "assigned.");
    QTest::newRow("csv empty id") << QByteArray("data_row_id,global_key\n%1,first\n,second\n")
                                  << u"keys.csv"_s
                                  << QByteArray("Line 3 has no data_row_id; nothing was "
                                                "assigned.");
    QTest::newRow("json missing key")
        << QByteArray(R"([{"data_row_id": "%1", "global_key": "first"}, {"data_row_id": "%1"}])")
        << u"keys.json"_s
        << QByteArray("The item at index 1 has no global_key; nothing was assigned.");
    QTest::newRow("json missing id")
        << QByteArray(R"([{"data_row_id": "%1", "global_key": "first"}, {"global_key": "x"}])")
        << u"keys.json"_s
        << QByteArray("The item at index 1 has no data_row_id; nothing was assigned.");
    QTest::newRow("malformed json")
        << QByteArray("[{\"data_row_id\": \"%1\", \"global_key\": \"first\"},\n{]")
        << u"keys.json"_s << QByteArray("The file is not valid JSON: ");
    QTest::newRow("malformed json position")
        << QByteArray("[{\"data_row_id\": \"%1\", \"global_key\": \"first\"}\n,,]")
        << u"keys.json"_s << QByteArray("at line 2, column ");
    QTest::newRow("unclosed quote")
        << QByteArray("data_row_id,global_key\n%1,\"first\n") << u"keys.csv"_s
        << QByteArray("Line 2: a quoted field is not closed.");
    QTest::newRow("unquoted comma")
        << QByteArray("data_row_id,global_key\n%1,a,b\n") << u"keys.csv"_s
        << QByteArray("Line 2 has 3 fields but the header has 2.");
    QTest::newRow("no header") << QByteArray("%1,first\n") << u"keys.csv"_s
                               << QByteArray("has no data_row_id column");
    QTest::newRow("empty file") << QByteArray() << u"keys.csv"_s
                                << QByteArray("The file is empty: there is nothing to assign.");
    QTest::newRow("header only") << QByteArray("data_row_id,global_key\r\n") << u"keys.csv"_s
                                 << QByteArray("The file holds no assignments");
    QTest::newRow("empty list") << QByteArray("[]") << u"keys.json"_s
                                << QByteArray("The file holds no assignments");
    QTest::newRow("missing file") << QByteArray() << u"nope.csv"_s << QByteArray("Cannot read '");
    QTest::newRow("a folder") << QByteArray() << u"."_s << QByteArray("it is a folder");
}

void TestCliCatalog::keysAssignRefusesTheWholeFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, file);
    QFETCH(QByteArray, message);
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"})");
    QString path = file;
    if (file != u"nope.csv"_s && file != u"."_s) {
        path = writeFile(file, content.replace("%1", rows[0].toUtf8()));
    }
    const QByteArray before = m_ws->snapshot();
    const Run run = cli({u"keys"_s, u"assign"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), run.err);
    QCOMPARE(m_ws->snapshot(), before); // not even the valid first item was assigned
}

void TestCliCatalog::keysLookupIsCaseInsensitive()
{
    const QStringList rows =
        createRows(R"({"row_data": "https://example.com/1.jpg", "global_key": "Street/One"}
{"row_data": "https://example.com/2.jpg", "global_key": "two"}
)");
    const Run found = cli({u"keys"_s, u"lookup"_s, u"TWO"_s, u"street/one"_s});
    QCOMPARE(found.exitCode, 0);
    QVERIFY(inOrder(found.out, {"status", "results", "errors"}));
    QCOMPARE(found.object().value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(found.object().value(u"results"_s).toArray(),
             (QJsonArray{rows[1], rows[0]})); // in input order

    const Run partial = cli({u"keys"_s, u"lookup"_s, u"nope"_s, u"Street/ONE"_s});
    QCOMPARE(partial.exitCode, 1);
    QCOMPARE(partial.object().value(u"status"_s).toString(), u"PARTIAL SUCCESS"_s);
    QCOMPARE(partial.object().value(u"results"_s).toArray(), (QJsonArray{u""_s, rows[0]}));
    QCOMPARE(partial.object().value(u"errors"_s).toArray(),
             (QJsonArray{QJsonObject{{u"global_key"_s, u"nope"_s},
                                     {u"error"_s, u"Data Row not found"_s}}}));
    QVERIFY(inOrder(partial.out.mid(partial.out.indexOf("\"errors\"")), {"global_key", "error"}));

    const Run none = cli({u"keys"_s, u"lookup"_s, u"nope"_s});
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(none.object().value(u"status"_s).toString(), u"FAILURE"_s);
}

void TestCliCatalog::keysClearAnswersKeysAsStored()
{
    const QStringList rows =
        createRows(R"({"row_data": "https://example.com/1.jpg", "global_key": "Street/One"}
{"row_data": "https://example.com/2.jpg", "global_key": "two"}
{"row_data": "https://example.com/3.jpg"}
)");
    const Run cleared = cli({u"keys"_s, u"clear"_s, u"STREET/ONE"_s, u"Two"_s});
    QCOMPARE(cleared.exitCode, 0);
    QCOMPARE(cleared.object().value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(cleared.object().value(u"results"_s).toArray(),
             (QJsonArray{u"Street/One"_s, u"two"_s}));
    QCOMPARE(m_ws->count("SELECT count(*) FROM data_row WHERE global_key IS NOT NULL"), 0);

    const Run again = cli({u"keys"_s, u"clear"_s, u"two"_s});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.object().value(u"status"_s).toString(), u"FAILURE"_s);
    QCOMPARE(again.object().value(u"errors"_s).toArray(),
             (QJsonArray{QJsonObject{
                 {u"global_key"_s, u"two"_s},
                 {u"error"_s, u"Failed to find data row matching provided global key"_s}}}));

    // A cleared key is free at once.
    const QByteArray csv = "data_row_id,global_key\n" + rows[2].toUtf8() + ",Street/One\n";
    QCOMPARE(cli({u"keys"_s, u"assign"_s, writeFile(u"k.csv"_s, csv)}).exitCode, 0);
}

void TestCliCatalog::keysLimits()
{
    QStringList keys;
    for (int i = 0; i < 2001; ++i) {
        keys.append(u"key-%1"_s.arg(i));
    }
    for (const QString &action : {u"lookup"_s, u"clear"_s}) {
        const Run tooMany = cli(QStringList{u"keys"_s, action} + keys);
        QCOMPARE(tooMany.exitCode, 2);
        QVERIFY(tooMany.out.isEmpty());
        QVERIFY2(tooMany.err.contains("at most 2,000 keys per call; 2,001 were given"),
                 tooMany.err);
        const Run most = cli(QStringList{u"keys"_s, action} + keys.mid(1));
        QCOMPARE(most.exitCode, 1); // ran: none of them exists
        QCOMPARE(most.object().value(u"errors"_s).toArray().size(), 2000);
        const Run none = cli({u"keys"_s, action});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("needs at least one KEY"), none.err);
    }
    // A key that starts with '-' after --.
    createRows(R"({"row_data": "https://example.com/1.jpg", "global_key": "-dash"})");
    QCOMPARE(cli({u"keys"_s, u"lookup"_s, u"--"_s, u"-dash"_s}).exitCode, 0);
}

// ---- schema -------------------------------------------------------------------------------

void TestCliCatalog::schemaList()
{
    const Run run = cli({u"schema"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray schemas = run.array();
    QCOMPARE(ids(schemas), (QStringList{kTagId, kSplitId, kCaptureId, kSkipId}));
    QCOMPARE(ids(schemas, u"name"_s),
             (QStringList{u"tag"_s, u"split"_s, u"captureDateTime"_s, u"skipNFrames"_s}));
    QCOMPARE(ids(schemas, u"kind"_s),
             (QStringList{u"string"_s, u"enum"_s, u"datetime"_s, u"number"_s}));
    QVERIFY(inOrder(run.out, {"id", "name", "kind", "reserved"}));
    QVERIFY(inOrder(run.out.mid(run.out.indexOf(kSplitId.toUtf8())),
                    {"name", "kind", "reserved", "options", "id", "name"}));
    for (const QJsonValue &schema : schemas) {
        const QJsonObject object = schema.toObject();
        QCOMPARE(object.value(u"reserved"_s), QJsonValue(true));
        // Options only for enums.
        QCOMPARE(object.contains(u"options"_s), object.value(u"kind"_s) == u"enum"_s);
    }
    QCOMPARE(schemas.at(1).toObject().value(u"options"_s).toArray(),
             (QJsonArray{
                 QJsonObject{{u"id"_s, kTrainId}, {u"name"_s, u"train"_s}},
                 QJsonObject{{u"id"_s, kValidId}, {u"name"_s, u"valid"_s}},
                 QJsonObject{{u"id"_s, u"cko8scbz70005h2dkastwhgqt"_s}, {u"name"_s, u"test"_s}}}));
}

void TestCliCatalog::schemaCreateAndRename()
{
    const Run created = cli({u"schema"_s, u"create"_s, u"weather"_s, u"--kind"_s, u"ENUM"_s,
                             u"--option"_s, u"sunny"_s, u"--option"_s, u"rain"_s});
    QCOMPARE(created.exitCode, 0);
    const QJsonObject weather = created.object();
    QVERIFY(inOrder(created.out, {"id", "name", "kind", "reserved", "options", "id", "name"}));
    QCOMPARE(weather.value(u"name"_s).toString(), u"weather"_s);
    QCOMPARE(weather.value(u"kind"_s).toString(), u"enum"_s);
    QCOMPARE(weather.value(u"reserved"_s), QJsonValue(false));
    const QJsonArray options = weather.value(u"options"_s).toArray();
    QCOMPARE(ids(options, u"name"_s), (QStringList{u"sunny"_s, u"rain"_s}));
    const QString weatherId = weather.value(u"id"_s).toString();

    const Run text = cli({u"schema"_s, u"create"_s, u"notes"_s, u"--kind"_s, u"string"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(!text.object().contains(u"options"_s));
    QCOMPARE(cli({u"schema"_s, u"list"_s}).array().size(), 6);

    // By name, by id, and an option by its id (answering the enum).
    const Run byName = cli({u"schema"_s, u"rename"_s, u"notes"_s, u"remarks"_s});
    QCOMPARE(byName.exitCode, 0);
    QCOMPARE(byName.object().value(u"name"_s).toString(), u"remarks"_s);
    const Run byId = cli({u"schema"_s, u"rename"_s, weatherId, u"sky"_s});
    QCOMPARE(byId.exitCode, 0);
    QCOMPARE(byId.object().value(u"name"_s).toString(), u"sky"_s);
    QCOMPARE(byId.object().value(u"id"_s).toString(), weatherId);
    const QString rainId = options.at(1).toObject().value(u"id"_s).toString();
    const Run option = cli({u"schema"_s, u"rename"_s, rainId, u"drizzle"_s});
    QCOMPARE(option.exitCode, 0);
    QCOMPARE(option.object().value(u"id"_s).toString(), weatherId);
    QCOMPARE(ids(option.object().value(u"options"_s).toArray(), u"name"_s),
             (QStringList{u"sunny"_s, u"drizzle"_s}));

    const Run taken = cli({u"schema"_s, u"rename"_s, u"sky"_s, u"remarks"_s});
    QCOMPARE(taken.exitCode, 2);
    QVERIFY2(taken.err.contains("There is already a metadata field named 'remarks'."), taken.err);
    const Run unknown = cli({u"schema"_s, u"rename"_s, u"nosuch"_s, u"x"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("There is no metadata with name 'nosuch'"), unknown.err);
    const Run unknownId = cli({u"schema"_s, u"rename"_s, u"cnosuchschema000000000000"_s, u"x"_s});
    QCOMPARE(unknownId.exitCode, 1);
    QVERIFY2(unknownId.err.contains("Schema Id cnosuchschema000000000000 not found in ontology"),
             unknownId.err);
}

void TestCliCatalog::schemaCreateRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("reserved name") << QStringList{u"split"_s, u"--kind"_s, u"string"_s}
                                   << QByteArray("'split' is a reserved metadata field");
    QTest::newRow("taken name") << QStringList{u"dup"_s, u"--kind"_s, u"number"_s}
                                << QByteArray("There is already a metadata field named 'dup'.");
    QTest::newRow("unknown kind") << QStringList{u"x"_s, u"--kind"_s, u"colour"_s}
                                  << QByteArray("Unknown kind 'colour'");
    QTest::newRow("no kind") << QStringList{u"x"_s} << QByteArray("--kind KIND");
    QTest::newRow("options on a string")
        << QStringList{u"x"_s, u"--kind"_s, u"string"_s, u"--option"_s, u"a"_s}
        << QByteArray("Only enum fields have options");
    QTest::newRow("option twice") << QStringList{u"x"_s, u"--kind"_s,   u"enum"_s, u"--option"_s,
                                                 u"a"_s, u"--option"_s, u"a"_s}
                                  << QByteArray("The option 'a' is given twice.");
    QTest::newRow("name too long") << QStringList{QString(101, u'n'), u"--kind"_s, u"string"_s}
                                   << QByteArray("at most 100 characters");
    QTest::newRow("empty name") << QStringList{u""_s, u"--kind"_s, u"string"_s}
                                << QByteArray("A metadata name cannot be empty");
}

void TestCliCatalog::schemaCreateRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QVERIFY(!createSchema({u"dup"_s, u"--kind"_s, u"number"_s}).isEmpty());
    const QByteArray before = m_ws->snapshot();
    const Run run = cli(QStringList{u"schema"_s, u"create"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), run.err);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestCliCatalog::schemaReservedFieldsAreRefused()
{
    const QByteArray before = m_ws->snapshot();
    const Run rename = cli({u"schema"_s, u"rename"_s, u"split"_s, u"partition"_s});
    QCOMPARE(rename.exitCode, 2);
    QVERIFY2(rename.err.contains("'split' is a reserved metadata field and cannot be renamed."),
             rename.err);
    const Run option = cli({u"schema"_s, u"rename"_s, kTrainId, u"training"_s});
    QCOMPARE(option.exitCode, 2);
    QVERIFY2(option.err.contains("reserved metadata field"), option.err);
    // Refused before any question: exit 2, not 3, even without --yes and a terminal.
    for (const QString &name : {u"tag"_s, kSkipId}) {
        const Run remove = cli({u"schema"_s, u"delete"_s, name});
        QCOMPARE(remove.exitCode, 2);
        QVERIFY(remove.out.isEmpty());
        QVERIFY2(remove.err.contains("is a reserved metadata field and cannot be deleted."),
                 remove.err);
    }
    QCOMPARE(cli({u"schema"_s, u"delete"_s, u"captureDateTime"_s, u"--yes"_s}).exitCode, 2);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestCliCatalog::schemaDeleteNeedsConfirmation()
{
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"}
{"row_data": "https://example.com/2.jpg"}
{"row_data": "https://example.com/3.jpg"}
)");
    const QString notes = createSchema({u"notes"_s, u"--kind"_s, u"string"_s});
    for (const QString &row : rows.mid(0, 2)) {
        QCOMPARE(cli({u"metadata"_s, u"set"_s, row, u"notes=hello"_s, u"tag=kept"_s}).exitCode, 0);
    }
    const QByteArray before = m_ws->snapshot();
    const Run refused = cli({u"schema"_s, u"delete"_s, u"notes"_s});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains("This deletes the metadata field 'notes'"), refused.err);
    QVERIFY2(refused.err.contains("2 data row"), refused.err);
    QVERIFY2(refused.err.contains("--yes"), refused.err);
    QCOMPARE(m_ws->snapshot(), before);

    const Run deleted = cli({u"schema"_s, u"delete"_s, notes, u"--yes"_s});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(deleted.out.trimmed(),
             QByteArray("{\"deleted\":\"" + notes.toUtf8() + "\",\"rows_affected\":2}"));
    QCOMPARE(cli({u"schema"_s, u"list"_s}).array().size(), 4);
    const QJsonArray left = exportedMetadata(rows[0]);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).toObject().value(u"schema_name"_s).toString(), u"tag"_s);

    const Run unknown = cli({u"schema"_s, u"delete"_s, u"notes"_s, u"--yes"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("There is no metadata with name 'notes'"), unknown.err);
    // A field no row uses: 0 rows.
    createSchema({u"unused"_s, u"--kind"_s, u"number"_s});
    const Run unused = cli({u"schema"_s, u"delete"_s, u"unused"_s, u"--yes"_s});
    QCOMPARE(unused.exitCode, 0);
    QCOMPARE(unused.object().value(u"rows_affected"_s).toInt(), 0);
}

void TestCliCatalog::schemaDeleteAnOption()
{
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"})");
    const Run created = cli({u"schema"_s, u"create"_s, u"weather"_s, u"--kind"_s, u"enum"_s,
                             u"--option"_s, u"sunny"_s, u"--option"_s, u"rain"_s});
    const QString rainId =
        created.object().value(u"options"_s).toArray().at(1).toObject().value(u"id"_s).toString();
    QCOMPARE(cli({u"metadata"_s, u"set"_s, rows[0], u"weather=rain"_s}).exitCode, 0);
    const Run refused = cli({u"schema"_s, u"delete"_s, rainId});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("the option 'rain'"), refused.err);
    QVERIFY2(refused.err.contains("of the enum 'weather'"), refused.err);
    const Run deleted = cli({u"schema"_s, u"delete"_s, rainId, u"--yes"_s});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(deleted.object().value(u"rows_affected"_s).toInt(), 1);
    QCOMPARE(exportedMetadata(rows[0]).size(), 0);
    const QJsonArray schemas = cli({u"schema"_s, u"list"_s}).array();
    QCOMPARE(ids(schemas.at(4).toObject().value(u"options"_s).toArray(), u"name"_s),
             QStringList{u"sunny"_s});
}

// ---- metadata -----------------------------------------------------------------------------

void TestCliCatalog::metadataSetEveryKind()
{
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"})");
    const QString embedding = createSchema({u"vec"_s, u"--kind"_s, u"embedding"_s});
    const Run run = cli({u"metadata"_s, u"set"_s, rows[0], u"tag=night, wet=yes"_s,
                         u"skipNFrames= 2.5e1"_s, u"captureDateTime=2026-11-29T18:40:00+02:00"_s,
                         u"split=valid"_s, u"vec="_s + embeddingText(128)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonArray fields = run.array();
    QVERIFY(inOrder(run.out, {"schema_id", "schema_name", "value"}));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0).toObject(), (QJsonObject{{u"schema_id"_s, kTagId},
                                                   {u"schema_name"_s, u"tag"_s},
                                                   {u"value"_s, u"night, wet=yes"_s}}));
    QCOMPARE(fields.at(1).toObject().value(u"schema_id"_s).toString(), kSplitId);
    QCOMPARE(fields.at(1).toObject().value(u"value"_s).toObject(),
             (QJsonObject{{u"schema_id"_s, kValidId}, {u"schema_name"_s, u"valid"_s}}));
    QVERIFY(run.out.contains(
        QByteArray("{\"schema_id\":\"" + kValidId.toUtf8() + "\",\"schema_name\":\"valid\"}")));
    QCOMPARE(fields.at(2).toObject().value(u"value"_s).toString(),
             u"2026-11-29T16:40:00.000+00:00"_s);
    QCOMPARE(fields.at(3).toObject().value(u"value"_s).toDouble(), 25.0);
    QCOMPARE(fields.at(4).toObject().value(u"schema_id"_s).toString(), embedding);
    QCOMPARE(fields.at(4).toObject().value(u"value"_s).toArray().size(), 128);
    // The same list an export line carries.
    QCOMPARE(exportedMetadata(rows[0]), fields);

    // By schema id and enum option id; other fields stay.
    const Run again =
        cli({u"metadata"_s, u"set"_s, rows[0], kSplitId + u"="_s + kTrainId, kTagId + u"=day"_s});
    QCOMPARE(again.exitCode, 0);
    const QJsonArray after = again.array();
    QCOMPARE(after.size(), 5);
    QCOMPARE(after.at(0).toObject().value(u"value"_s).toString(), u"day"_s);
    QCOMPARE(after.at(1).toObject().value(u"value"_s).toObject().value(u"schema_name"_s),
             QJsonValue(u"train"_s));
    // 4,096 characters is the most a string holds.
    QCOMPARE(cli({u"metadata"_s, u"set"_s, rows[0], u"tag="_s + QString(4096, u'x')}).exitCode, 0);
}

void TestCliCatalog::metadataSetRefusesAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message");
    QTest::newRow("number from text")
        << QStringList{u"skipNFrames=abc"_s}
        << u"Could not validate metadata [skipNFrames]: 'abc' is not a number"_s;
    QTest::newRow("infinite number")
        << QStringList{u"skipNFrames=inf"_s}
        << u"Could not validate metadata [skipNFrames]: a number must be finite, got 'inf'"_s;
    QTest::newRow("datetime")
        << QStringList{u"captureDateTime=yesterday"_s}
        << u"Could not validate metadata [captureDateTime]: 'yesterday' is not an ISO-8601 "
           "date-time between the years 1 and 9999"_s;
    QTest::newRow("unknown option")
        << QStringList{u"split=holdout"_s}
        << u"There is no enum option by name 'holdout' for enum name 'split'"_s;
    QTest::newRow("unknown name") << QStringList{u"tag=ok"_s, u"colour=red"_s}
                                  << u"There is no metadata with name 'colour'"_s;
    QTest::newRow("unknown id") << QStringList{u"cnosuchschema000000000000=1"_s}
                                << u"Schema Id cnosuchschema000000000000 not found in ontology"_s;
    QTest::newRow("4,097 characters")
        << QStringList{u"tag="_s + QString(4097, u'x')}
        << u"Could not validate metadata [tag]: a string can have at most 4096 characters, this "
           "one has 4097"_s;
    QTest::newRow("embedding size")
        << QStringList{u"vec=[1,2]"_s}
        << u"Could not validate metadata [vec]: an embedding needs exactly 128 numbers, got 2"_s;
    QTest::newRow("embedding text")
        << QStringList{u"vec=soon"_s}
        << u"Could not validate metadata [vec]: an embedding must be a list of 128 numbers, got "
           "'soon'"_s;
    QTest::newRow("field twice")
        << QStringList{u"tag=a"_s, kTagId + u"=b"_s}
        << u"A schemaId can only be specified once per DataRow : [cko8s9r5v0001h2dk9elqdidh]"_s;
    QTest::newRow("a good field with a bad one")
        << QStringList{u"tag=changed"_s, u"skipNFrames=1"_s, u"split=holdout"_s}
        << u"There is no enum option by name 'holdout' for enum name 'split'"_s;
    QTest::newRow("not NAME=VALUE") << QStringList{u"tag"_s} << u"'tag' is not NAME=VALUE"_s;
    QTest::newRow("no name") << QStringList{u"=x"_s} << u"'=x' is not NAME=VALUE"_s;
}

void TestCliCatalog::metadataSetRefusesAndChangesNothing()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, message);
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"})");
    createSchema({u"vec"_s, u"--kind"_s, u"embedding"_s});
    QCOMPARE(cli({u"metadata"_s, u"set"_s, rows[0], u"tag=before"_s}).exitCode, 0);
    const QByteArray before = m_ws->snapshot();
    const Run run = cli(QStringList{u"metadata"_s, u"set"_s, rows[0]} + fields);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message.toUtf8()), run.err);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestCliCatalog::metadataClear()
{
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"})");
    QCOMPARE(
        cli({u"metadata"_s, u"set"_s, rows[0], u"tag=a"_s, u"split=test"_s, u"skipNFrames=3"_s})
            .exitCode,
        0);
    const Run cleared = cli({u"metadata"_s, u"clear"_s, rows[0], u"split"_s, kTagId});
    QCOMPARE(cleared.exitCode, 0);
    QCOMPARE(ids(cleared.array(), u"schema_name"_s), QStringList{u"skipNFrames"_s});
    // A field the row holds no value for is fine.
    const Run nothing = cli({u"metadata"_s, u"clear"_s, rows[0], u"captureDateTime"_s});
    QCOMPARE(nothing.exitCode, 0);
    QCOMPARE(nothing.array().size(), 1);

    const QByteArray before = m_ws->snapshot();
    const Run unknown = cli({u"metadata"_s, u"clear"_s, rows[0], u"skipNFrames"_s, u"colour"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY2(unknown.err.contains("There is no metadata with name 'colour'"), unknown.err);
    const Run unknownId = cli({u"metadata"_s, u"clear"_s, rows[0], u"cnosuchschema000000000000"_s});
    QCOMPARE(unknownId.exitCode, 2);
    QVERIFY2(unknownId.err.contains("Schema Id cnosuchschema000000000000 not found in ontology"),
             unknownId.err);
    QCOMPARE(m_ws->snapshot(), before);

    const Run all = cli({u"metadata"_s, u"clear"_s, rows[0], u"skipNFrames"_s});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out.trimmed(), QByteArray("[]"));
}

void TestCliCatalog::metadataMissingRow()
{
    createRows(R"({"row_data": "https://example.com/1.jpg"})");
    const QByteArray before = m_ws->snapshot();
    for (const QStringList &arguments :
         {QStringList{u"metadata"_s, u"set"_s, kMissingRow, u"tag=x"_s},
          QStringList{u"metadata"_s, u"clear"_s, kMissingRow, u"tag"_s},
          QStringList{u"metadata"_s, u"clear"_s, kMissingRow, u"colour"_s}}) {
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QByteArray("Data row not found: '" + kMissingRow.toUtf8() + "'")),
                 run.err);
    }
    QCOMPARE(m_ws->snapshot(), before);
}

// ---- attachments --------------------------------------------------------------------------

void TestCliCatalog::attachmentsLifecycle()
{
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"})");
    const Run empty = cli({u"attachments"_s, u"list"_s, rows[0]});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out.trimmed(), QByteArray("[]"));

    const Run named = cli({u"attachments"_s, u"add"_s, rows[0], u"--type"_s, u"raw_text"_s,
                           u"--value"_s, u"Taken at dusk"_s, u"--name"_s, u"notes"_s});
    QCOMPARE(named.exitCode, 0);
    QVERIFY(inOrder(named.out, {"id", "type", "value", "name"}));
    const QString notesId = named.object().value(u"id"_s).toString();
    QCOMPARE(notesId.size(), 25);
    QCOMPARE(named.object(), (QJsonObject{{u"id"_s, notesId},
                                          {u"type"_s, u"RAW_TEXT"_s},
                                          {u"value"_s, u"Taken at dusk"_s},
                                          {u"name"_s, u"notes"_s}}));
    const Run unnamed = cli({u"attachments"_s, u"add"_s, rows[0], u"--type"_s, u"IMAGE"_s,
                             u"--value"_s, u"https://example.com/overlay.png"_s});
    QCOMPARE(unnamed.exitCode, 0);
    QVERIFY(!unnamed.object().contains(u"name"_s)); // name only when set
    const QString imageId = unnamed.object().value(u"id"_s).toString();

    const Run listed = cli({u"attachments"_s, u"list"_s, rows[0]});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(ids(listed.array()), (QStringList{notesId, imageId}));
    QCOMPARE(listed.array().at(0).toObject(), named.object());
    QCOMPARE(listed.array().at(1).toObject().keys().size(), 3);

    // Only what is given changes.
    const Run value = cli({u"attachments"_s, u"update"_s, notesId, u"--value"_s, u"Dawn"_s});
    QCOMPARE(value.exitCode, 0);
    QCOMPARE(value.object(), (QJsonObject{{u"id"_s, notesId},
                                          {u"type"_s, u"RAW_TEXT"_s},
                                          {u"value"_s, u"Dawn"_s},
                                          {u"name"_s, u"notes"_s}}));
    const Run renamed = cli({u"attachments"_s, u"update"_s, imageId, u"--name"_s, u"mask"_s,
                             u"--type"_s, u"IMAGE_OVERLAY"_s});
    QCOMPARE(renamed.exitCode, 0);
    QCOMPARE(renamed.object().value(u"type"_s).toString(), u"IMAGE_OVERLAY"_s);
    QCOMPARE(renamed.object().value(u"value"_s).toString(), u"https://example.com/overlay.png"_s);
    QCOMPARE(renamed.object().value(u"name"_s).toString(), u"mask"_s);
    const Run unnamedAgain = cli({u"attachments"_s, u"update"_s, imageId, u"--name"_s, u""_s});
    QCOMPARE(unnamedAgain.exitCode, 0);
    QVERIFY(!unnamedAgain.object().contains(u"name"_s));

    // The export line carries the same attachments.
    const QJsonArray exported =
        cli({u"rows"_s, u"get"_s, rows[0]}).object().value(u"attachments"_s).toArray();
    QCOMPARE(exported.size(), 2);
    QJsonArray listedNow = cli({u"attachments"_s, u"list"_s, rows[0]}).array();
    for (auto entry = listedNow.begin(); entry != listedNow.end(); ++entry) {
        QJsonObject object = entry->toObject();
        object.remove(u"id"_s); // the export line has no attachment ids
        *entry = object;
    }
    QCOMPARE(exported, listedNow);

    const Run deleted = cli({u"attachments"_s, u"delete"_s, notesId});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(deleted.out.trimmed(), QByteArray("{\"deleted\":\"" + notesId.toUtf8() + "\"}"));
    QCOMPARE(ids(cli({u"attachments"_s, u"list"_s, rows[0]}).array()), QStringList{imageId});
}

void TestCliCatalog::attachmentsRefusals_data()
{
    QTest::addColumn<QStringList>("arguments"); // %row and %att are replaced
    QTest::addColumn<QString>("message");
    const QString types = u"attachment_type must be one of {IMAGE, VIDEO, RAW_TEXT, TEXT_URL, "
                          "HTML, IMAGE_OVERLAY, PDF_URL, CAMERA_IMAGE, AUDIO}. Found "_s;
    QTest::newRow("add unknown type")
        << QStringList{u"add"_s, u"%row"_s, u"--type"_s, u"PICTURE"_s, u"--value"_s, u"x"_s}
        << types + u"PICTURE"_s;
    QTest::newRow("add empty value")
        << QStringList{u"add"_s, u"%row"_s, u"--type"_s, u"RAW_TEXT"_s, u"--value"_s, u""_s}
        << u"Attachment value must be a non-empty string, got: ''"_s;
    QTest::newRow("add value not a url")
        << QStringList{u"add"_s, u"%row"_s, u"--type"_s, u"IMAGE"_s, u"--value"_s, u"pic"_s}
        << u"Attachment value for IMAGE must be a URL or a local path, got: 'pic'"_s;
    QTest::newRow("add s3") << QStringList{u"add"_s,   u"%row"_s,    u"--type"_s,
                                           u"VIDEO"_s, u"--value"_s, u"s3://bucket/v.mp4"_s}
                            << u"Attachment value: s3 assets must start with 'https'"_s;
    QTest::newRow("add without value")
        << QStringList{u"add"_s, u"%row"_s, u"--type"_s, u"RAW_TEXT"_s}
        << u"attachments add needs one ROW_ID, --type T and --value V."_s;
    QTest::newRow("update empty value")
        << QStringList{u"update"_s, u"%att"_s, u"--value"_s, u""_s}
        << u"Attachment value must be a non-empty string, got: ''"_s;
    QTest::newRow("update unknown type")
        << QStringList{u"update"_s, u"%att"_s, u"--type"_s, u"GIF"_s} << types + u"GIF"_s;
    QTest::newRow("update type against the old value")
        << QStringList{u"update"_s, u"%att"_s, u"--type"_s, u"PDF_URL"_s}
        << u"Attachment value for PDF_URL must be a URL or a local path, got: 'hello'"_s;
    QTest::newRow("update nothing") << QStringList{u"update"_s, u"%att"_s}
                                    << u"Nothing to change: give a type, a value or a name."_s;
}

void TestCliCatalog::attachmentsRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"})");
    const QString attachment = cli({u"attachments"_s, u"add"_s, rows[0], u"--type"_s, u"RAW_TEXT"_s,
                                    u"--value"_s, u"hello"_s})
                                   .object()
                                   .value(u"id"_s)
                                   .toString();
    arguments.replaceInStrings(u"%row"_s, rows[0]).replaceInStrings(u"%att"_s, attachment);
    const QByteArray before = m_ws->snapshot();
    const Run run = cli(QStringList{u"attachments"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message.toUtf8()), run.err);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestCliCatalog::attachmentsMissing()
{
    createRows(R"({"row_data": "https://example.com/1.jpg"})");
    const QString missingAttachment = u"cmissingattachment0000000"_s;
    const QByteArray before = m_ws->snapshot();
    const QList<QPair<QStringList, QByteArray>> cases{
        {{u"list"_s, kMissingRow}, "Data row not found: '" + kMissingRow.toUtf8() + "'"},
        {{u"add"_s, kMissingRow, u"--type"_s, u"RAW_TEXT"_s, u"--value"_s, u"x"_s},
         "Data row not found: '" + kMissingRow.toUtf8() + "'"},
        {{u"update"_s, missingAttachment, u"--value"_s, u"x"_s},
         "Attachment not found: '" + missingAttachment.toUtf8() + "'"},
        {{u"delete"_s, missingAttachment},
         "Attachment not found: '" + missingAttachment.toUtf8() + "'"},
    };
    for (const auto &[arguments, message] : cases) {
        const Run run = cli(QStringList{u"attachments"_s} + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(message), run.err);
    }
    QCOMPARE(m_ws->snapshot(), before);
}

// ---- labels and projects ------------------------------------------------------------------

void TestCliCatalog::projectsListAndCreate()
{
    QCOMPARE(cli({u"projects"_s, u"list"_s}).out.trimmed(), QByteArray("[]"));
    const Run created = cli({u"projects"_s, u"create"_s, u"QA pass"_s});
    QCOMPARE(created.exitCode, 0);
    QVERIFY(inOrder(created.out, {"id", "name", "created_at"}));
    const QJsonObject project = created.object();
    QCOMPARE(project.keys().size(), 3);
    QCOMPARE(project.value(u"name"_s).toString(), u"QA pass"_s);
    QVERIFY(project.value(u"created_at"_s).toString().endsWith(u"+00:00"_s));
    cli({u"projects"_s, u"create"_s, u"Second"_s});
    const QJsonArray projects = cli({u"projects"_s, u"list"_s}).array();
    QCOMPARE(ids(projects, u"name"_s), (QStringList{u"QA pass"_s, u"Second"_s}));
    QCOMPARE(projects.at(0).toObject(), project);

    const Run empty = cli({u"projects"_s, u"create"_s, u"  "_s});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains("A project needs a name."), empty.err);
}

void TestCliCatalog::labelsAddListAndWinner()
{
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"}
{"row_data": "https://example.com/2.jpg"}
)");
    const QString first =
        cli({u"projects"_s, u"create"_s, u"First"_s}).object().value(u"id"_s).toString();
    const QString second =
        cli({u"projects"_s, u"create"_s, u"Second"_s}).object().value(u"id"_s).toString();

    // In the second project first: listing goes by project (in the order the row met them,
    // as in its export line), then by submission.
    const Run a = cli({u"labels"_s, u"add"_s, rows[0], u"--project"_s, second});
    QCOMPARE(a.exitCode, 0);
    QVERIFY(inOrder(a.out, {"id", "project_id", "project_name", "winner", "created_at",
                            "created_by", "seconds_to_label", "annotations"}));
    const QJsonObject labelA = a.object();
    QCOMPARE(labelA.keys().size(), 8);
    QCOMPARE(labelA.value(u"project_id"_s).toString(), second);
    QCOMPARE(labelA.value(u"project_name"_s).toString(), u"Second"_s);
    QCOMPARE(labelA.value(u"winner"_s), QJsonValue(true)); // the first label wins
    QCOMPARE(labelA.value(u"created_by"_s).toString(), u"cli@example.com"_s);
    QCOMPARE(labelA.value(u"seconds_to_label"_s).toDouble(), 0.0);
    QCOMPARE(labelA.value(u"annotations"_s).toObject(),
             (QJsonObject{{u"objects"_s, QJsonArray()},
                          {u"classifications"_s, QJsonArray()},
                          {u"relationships"_s, QJsonArray()}}));
    const Run b =
        cli({u"labels"_s, u"add"_s, rows[0], u"--project"_s, first, u"--seconds"_s, u"12.5"_s,
             u"--annotations"_s, uR"({"objects": [{"name": "car"}], "classifications": []})"_s});
    QCOMPARE(b.exitCode, 0);
    QCOMPARE(b.object().value(u"seconds_to_label"_s).toDouble(), 12.5);
    QCOMPARE(b.object().value(u"annotations"_s).toObject().value(u"objects"_s).toArray().size(), 1);
    const Run c = cli({u"labels"_s, u"add"_s, rows[0], u"--project"_s, first});
    QCOMPARE(c.exitCode, 0);
    QCOMPARE(c.object().value(u"winner"_s), QJsonValue(false));
    const QString idA = labelA.value(u"id"_s).toString();
    const QString idB = b.object().value(u"id"_s).toString();
    const QString idC = c.object().value(u"id"_s).toString();

    const Run listed = cli({u"labels"_s, u"list"_s, rows[0]});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(ids(listed.array()), (QStringList{idA, idB, idC}));
    QCOMPARE(listed.array().at(0).toObject(), labelA);
    QCOMPARE(ids(listed.array(), u"project_name"_s),
             (QStringList{u"Second"_s, u"First"_s, u"First"_s}));
    const Run filtered = cli({u"labels"_s, u"list"_s, rows[0], u"--project"_s, first});
    QCOMPARE(ids(filtered.array()), (QStringList{idB, idC}));
    QCOMPARE(cli({u"labels"_s, u"list"_s, rows[1]}).out.trimmed(), QByteArray("[]"));

    const Run winner = cli({u"labels"_s, u"winner"_s, rows[0], u"--project"_s, first});
    QCOMPARE(winner.exitCode, 0);
    QCOMPARE(winner.out.trimmed(),
             QByteArray("{\"data_row_id\":\"" + rows[0].toUtf8() + "\",\"project_id\":\"" +
                        first.toUtf8() + "\",\"winning_label_id\":\"" + idB.toUtf8() + "\"}"));
    const Run picked =
        cli({u"labels"_s, u"winner"_s, rows[0], u"--project"_s, first, u"--set"_s, idC});
    QCOMPARE(picked.exitCode, 0);
    QCOMPARE(picked.object().value(u"winning_label_id"_s).toString(), idC);
    const QJsonArray after = cli({u"labels"_s, u"list"_s, rows[0]}).array();
    QCOMPARE(after.at(0).toObject().value(u"winner"_s), QJsonValue(true));  // A, in Second
    QCOMPARE(after.at(1).toObject().value(u"winner"_s), QJsonValue(false)); // B, in First
    QCOMPARE(after.at(2).toObject().value(u"winner"_s), QJsonValue(true));  // C, picked
    // The export line agrees.
    const QJsonObject projects =
        cli({u"rows"_s, u"get"_s, rows[0]}).object().value(u"projects"_s).toObject();
    QCOMPARE(projects.value(first)
                 .toObject()
                 .value(u"project_details"_s)
                 .toObject()
                 .value(u"selected_label_id"_s)
                 .toString(),
             idC);

    // No label there: null.
    const Run none = cli({u"labels"_s, u"winner"_s, rows[1], u"--project"_s, first});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.object().value(u"winning_label_id"_s), QJsonValue(QJsonValue::Null));
}

void TestCliCatalog::labelsRefusals()
{
    const QStringList rows = createRows(R"({"row_data": "https://example.com/1.jpg"}
{"row_data": "https://example.com/2.jpg"}
)");
    const QString project =
        cli({u"projects"_s, u"create"_s, u"P"_s}).object().value(u"id"_s).toString();
    const QString other =
        cli({u"projects"_s, u"create"_s, u"Other"_s}).object().value(u"id"_s).toString();
    const QString label = cli({u"labels"_s, u"add"_s, rows[0], u"--project"_s, project})
                              .object()
                              .value(u"id"_s)
                              .toString();
    const QString otherLabel = cli({u"labels"_s, u"add"_s, rows[1], u"--project"_s, project})
                                   .object()
                                   .value(u"id"_s)
                                   .toString();
    const QString unknownProject = u"cnosuchproject00000000000"_s;
    const QByteArray before = m_ws->snapshot();
    const QList<QPair<QStringList, QByteArray>> refused{
        {{u"list"_s, rows[0], u"--project"_s, unknownProject},
         "Project not found: '" + unknownProject.toUtf8() + "'"},
        {{u"winner"_s, rows[0], u"--project"_s, unknownProject}, "Project not found"},
        {{u"add"_s, rows[0], u"--project"_s, unknownProject}, "Project not found"},
        {{u"winner"_s, rows[0], u"--project"_s, project, u"--set"_s, otherLabel},
         "is not a label of data row"},
        {{u"winner"_s, rows[0], u"--project"_s, other, u"--set"_s, label},
         "is not a label of data row"},
        {{u"add"_s, rows[0], u"--project"_s, project, u"--annotations"_s, u"[1, 2]"_s},
         "must be a JSON object"},
        {{u"add"_s, rows[0], u"--project"_s, project, u"--annotations"_s, u"{oops"_s},
         "must be a JSON object"},
        {{u"add"_s, rows[0], u"--project"_s, project, u"--seconds"_s, u"soon"_s},
         "--seconds needs a number, got 'soon'."},
        {{u"add"_s, rows[0], u"--project"_s, project, u"--seconds"_s, u"-1"_s},
         "Seconds to label must be a finite number of at least 0."},
        {{u"winner"_s, rows[0]}, "--project PROJECT_ID"},
        {{u"add"_s, rows[0]}, "--project PROJECT_ID"},
    };
    for (const auto &[arguments, message] : refused) {
        const Run run = cli(QStringList{u"labels"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(message), run.err);
    }
    const QList<QStringList> missingRow{
        {u"list"_s, kMissingRow},
        {u"winner"_s, kMissingRow, u"--project"_s, project},
        {u"winner"_s, kMissingRow, u"--project"_s, project, u"--set"_s, label},
        {u"add"_s, kMissingRow, u"--project"_s, project},
    };
    for (const QStringList &arguments : missingRow) {
        const Run run = cli(QStringList{u"labels"_s} + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QByteArray("Data row not found: '" + kMissingRow.toUtf8() + "'")),
                 run.err);
    }
    QCOMPARE(m_ws->snapshot(), before);
}

// ---- usage and help -----------------------------------------------------------------------

void TestCliCatalog::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    for (const char *group : {"keys", "schema", "metadata", "attachments", "labels", "projects"}) {
        QTest::newRow(group) << QStringList{QString::fromLatin1(group)};
        QTest::newRow(QByteArray(QByteArray(group) + " explode").constData())
            << QStringList{QString::fromLatin1(group), u"explode"_s};
    }
    QTest::newRow("keys assign no file") << QStringList{u"keys"_s, u"assign"_s};
    QTest::newRow("keys assign two files")
        << QStringList{u"keys"_s, u"assign"_s, u"a.csv"_s, u"b.csv"_s};
    QTest::newRow("keys lookup unknown option")
        << QStringList{u"keys"_s, u"lookup"_s, u"--colour"_s, u"k"_s};
    QTest::newRow("schema list argument") << QStringList{u"schema"_s, u"list"_s, u"x"_s};
    QTest::newRow("schema create no name")
        << QStringList{u"schema"_s, u"create"_s, u"--kind"_s, u"string"_s};
    QTest::newRow("schema rename one name") << QStringList{u"schema"_s, u"rename"_s, u"a"_s};
    QTest::newRow("schema delete no name") << QStringList{u"schema"_s, u"delete"_s};
    QTest::newRow("metadata set no field") << QStringList{u"metadata"_s, u"set"_s, kMissingRow};
    QTest::newRow("metadata clear no field") << QStringList{u"metadata"_s, u"clear"_s, kMissingRow};
    QTest::newRow("attachments list no row") << QStringList{u"attachments"_s, u"list"_s};
    QTest::newRow("attachments add no type")
        << QStringList{u"attachments"_s, u"add"_s, kMissingRow, u"--value"_s, u"x"_s};
    QTest::newRow("attachments update no id")
        << QStringList{u"attachments"_s, u"update"_s, u"--value"_s, u"x"_s};
    QTest::newRow("attachments delete two ids")
        << QStringList{u"attachments"_s, u"delete"_s, u"a"_s, u"b"_s};
    QTest::newRow("labels list no row") << QStringList{u"labels"_s, u"list"_s};
    QTest::newRow("projects create no name") << QStringList{u"projects"_s, u"create"_s};
    QTest::newRow("projects list argument") << QStringList{u"projects"_s, u"list"_s, u"x"_s};
}

void TestCliCatalog::usageErrors()
{
    QFETCH(QStringList, arguments);
    const QByteArray before = m_ws->snapshot();
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(m_ws->snapshot(), before);
}

void TestCliCatalog::helpOnEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QList<QPair<const char *, QList<const char *>>> groups{
        {"keys", {"assign", "lookup", "clear"}},
        {"schema", {"list", "create", "rename", "delete"}},
        {"metadata", {"set", "clear"}},
        {"attachments", {"list", "add", "update", "delete"}},
        {"labels", {"list", "winner", "add"}},
        {"projects", {"list", "create"}},
    };
    for (const auto &[group, actions] : groups) {
        QTest::newRow(group) << QStringList{QString::fromLatin1(group), u"--help"_s};
        for (const char *action : actions) {
            QTest::newRow(QByteArray(QByteArray(group) + ' ' + action).constData()) << QStringList{
                QString::fromLatin1(group), QString::fromLatin1(action), u"--help"_s};
        }
    }
}

void TestCliCatalog::helpOnEveryCommand()
{
    QFETCH(QStringList, arguments);
    m_workspace = m_ws->filePath(u"untouched.rowscope"_s);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    const QByteArray usage =
        QByteArray("Usage: rowscope-cli ") +
        (arguments.size() > 2 ? arguments.mid(0, 2) : arguments.mid(0, 1)).join(u' ').toUtf8();
    QVERIFY2(run.out.startsWith(usage), run.out);
    if (arguments.size() > 2) {
        QVERIFY2(run.out.contains(QByteArray("Example:\n  rowscope-cli " +
                                             arguments.mid(0, 2).join(u' ').toUtf8())),
                 run.out);
    } else {
        QVERIFY2(run.out.contains("Actions:"), run.out);
    }
    QVERIFY(!QFile::exists(m_workspace)); // help never touches the workspace
}

void TestCliCatalog::topLevelUsageListsTheCommands()
{
    const Run run = cli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const char *command :
         {"keys assign FILE", "keys lookup KEY...", "keys clear KEY...", "schema list",
          "schema delete NAME [--yes]", "metadata set ROW_ID NAME=VALUE...",
          "metadata clear ROW_ID NAME...", "attachments list ROW_ID", "attachments update ATT_ID",
          "labels list ROW_ID", "labels winner ROW_ID", "projects list | create NAME"}) {
        QVERIFY2(run.out.contains(command), command);
    }
}

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
