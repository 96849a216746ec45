#include "exportline.h"
#include "rawjson.h"
#include "testworkspace.h"
#include "timestamp.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

Q_DECLARE_METATYPE(rowscope::MetadataKind)

namespace {

const QString kRowId = u"clx4m2k9p000108l2a7fh3c9q"_s;
const QString kProjectId = u"clx4m3b1e000408l2fz8y6k0d"_s;
const QString kLabelId = u"clx4m4c2f000508l2h6s1w9ra"_s;
const QString kCameraId = u"clx4m0q7c000208l2bq1k9z2e"_s;

// The annotations of the example, in its key order.
const QByteArray kAnnotations =
    R"({"objects":[{"feature_id":"clx4m5d3g000608l2c0v2x7tb","name":"car","annotation_kind":"ImageBoundingBox","classifications":[],"bounding_box":{"top":512,"left":240,"height":180,"width":320}}],"classifications":[],"relationships":[]})";

qint64 timeOf(const char *text)
{
    return Timestamp::parse(QString::fromLatin1(text)).value_or(-1);
}

MetadataSchemaSet schemaSet()
{
    QVector<MetadataSchema> schemas = ReservedMetadata::all();
    schemas.append({kCameraId, u"camera"_s, MetadataKind::String, false, {}});
    return MetadataSchemaSet(schemas);
}

MetadataValue resolved(const QString &name, const QJsonValue &value)
{
    static const MetadataSchemaSet set = schemaSet();
    return MetadataValues::resolve(*set.byName(name), value).value();
}

// The record of tests/data/export-line.example.json.
ExportRecord exampleRecord()
{
    ExportRecord record;
    DataRow &row = record.row;
    row.id = kRowId;
    row.datasetId = u"clx4m1z0a000008l2d3jq6x1v"_s;
    row.globalKey = u"street-scenes/0001.jpg"_s;
    row.externalId = u"0001.jpg"_s;
    row.rowData = u"https://example.com/street-scenes/0001.jpg"_s;
    row.mediaType = MediaType::Image;
    // Inserted in another order than the export's: the writer orders them.
    row.mediaAttributes.insert(u"height"_s, 1080);
    row.mediaAttributes.insert(u"width"_s, 1920);
    row.mediaAttributes.insert(u"mime_type"_s, u"image/jpeg"_s);
    row.createdAt = timeOf("2026-11-30T09:15:02.431+00:00");
    row.updatedAt = timeOf("2026-12-01T14:02:11.007+00:00");
    row.lastActivityAt = timeOf("2026-12-01T14:02:11.007+00:00");
    row.createdBy = u"ana@example.com"_s;
    record.datasetName = u"Street scenes"_s;

    record.attachments = {
        {u"ca1"_s, AttachmentType::RawText, u"Taken at dusk, light rain"_s, u"notes"_s},
        {u"ca2"_s, AttachmentType::ImageOverlay,
         u"https://example.com/street-scenes/0001-depth.png"_s, u"depth"_s},
    };
    record.metadata = {
        resolved(u"tag"_s, u"night"_s),
        resolved(u"split"_s, u"train"_s),
        resolved(u"captureDateTime"_s, u"2026-11-29T18:40:00Z"_s),
        resolved(u"camera"_s, u"front-left"_s),
    };

    Label label;
    label.id = kLabelId;
    label.dataRowId = kRowId;
    label.projectId = kProjectId;
    label.createdBy = u"ben@example.com"_s;
    label.createdAt = timeOf("2026-12-01T13:55:40.120+00:00");
    label.updatedAt = timeOf("2026-12-01T14:02:11.007+00:00");
    label.contentLastUpdatedAt = timeOf("2026-12-01T14:02:11.007+00:00");
    label.secondsToCreate = 41.5;
    label.annotationsJson = kAnnotations;

    ProjectLabels project;
    project.projectId = kProjectId;
    project.projectName = u"Vehicle boxes"_s;
    project.labels = {label};
    project.selectedLabelId = kLabelId;
    project.workflowStatus = u"DONE"_s;
    record.projects = {project};
    return record;
}

// Project ids: written B, A, C in the line below, sorted A, C, B.
const QString kProjectA = u"clx4m3b1e000408l2fz8y6k0a"_s;
const QString kProjectB = u"clx4m3b1e000408l2fz8y6k0z"_s;
const QString kProjectC = u"clx4m3b1e000408l2fz8y6k0m"_s;

// Label values with keys out of sorted order, numbers QJsonDocument would rewrite (1.0, 1e2,
// -0.0, 3.50), escapes, characters that look like structure, and spacing of every kind ...
const QByteArray kSpacedAnnotations =
    "{ \"relationships\" : [ ] ,\r\n\t\"objects\" : [ { \"name\" : \"car \xe2\x98\x80 "
    "{[\\\"x\\\"]}\" ,"
    " \"feature_id\":\"f1\",\n\"bounding_box\" : {\"width\":3.50 ,\"top\" : 1e2, \"left\":-0.0,"
    "\t\"height\":1.0} , \"value\" : \"\\u00e9\\/ \\\\\" , \"classifications\" : [ [ ] , [ 1 , [ 2 "
    "] ] ] } ] ,"
    "\n  \"classifications\" : [ ]\n}";
const QByteArray kSpacedReviews = "[ { \"score\" : 1.0 ,\t\"id\" : \"r1\" , \"a b\" : \" x \" } ]";
// ... and the same written compact, as they must come back.
const QByteArray kCompactAnnotations =
    "{\"relationships\":[],\"objects\":[{\"name\":\"car \xe2\x98\x80 {[\\\"x\\\"]}\","
    "\"feature_id\":\"f1\",\"bounding_box\":{\"width\":3.50,\"top\":1e2,\"left\":-0.0,"
    "\"height\":1.0},\"value\":\"\\u00e9\\/ \\\\\",\"classifications\":[[],[1,[2]]]}],"
    "\"classifications\":[]}";
const QByteArray kCompactReviews = R"([{"score":1.0,"id":"r1","a b":" x "}])";
const QByteArray kSecondAnnotations =
    R"({"objects":[],"classifications":[{"name":"b","answer":{"name":"yes"}}],"relationships":[]})";

// An export line in Rowscope's key order (as ExportParams::all() writes it) with three
// projects written out of id order, spaced out over several lines.
QByteArray spacedLine()
{
    QByteArray line = R"({ "data_row" : { "id" : "c1", "row_data" : "x y", "details" : {
        "dataset_id" : "cd", "dataset_name" : "D", "created_at" : "2026-11-30T09:15:02.431+00:00",
        "updated_at" : "2026-11-30T09:15:02.431+00:00",
        "last_activity_at" : "2026-11-30T09:15:02.431+00:00", "created_by" : "ana@example.com" } },
      "media_attributes" : { "asset_type" : "text" },
      "attachments" : [ ], "metadata_fields" : [ ], "embeddings" : [ ],
      "projects" : {
        "@B" : { "name" : "B", "labels" : [
          { "label_kind" : "Default", "version" : "1.0.0", "id" : "lb1", "label_details" : {
              "created_at" : "2026-12-01T13:55:40.120+00:00",
              "updated_at" : "2026-12-01T13:55:40.120+00:00", "created_by" : "ben@example.com",
              "content_last_updated_at" : "2026-12-01T13:55:40.120+00:00",
              "reviews" : @REVIEWS },
            "performance_details" : { "seconds_to_create" : 2.5, "seconds_to_review" : 0,
                                      "skipped" : false },
            "annotations" : @ANNOTATIONS },
          { "label_kind" : "Default", "version" : "1.0.0", "id" : "lb2", "label_details" : {
              "created_at" : "2026-12-01T13:55:41.120+00:00",
              "updated_at" : "2026-12-01T13:55:41.120+00:00", "created_by" : "ben@example.com",
              "content_last_updated_at" : "2026-12-01T13:55:41.120+00:00", "reviews" : [] },
            "performance_details" : { "seconds_to_create" : 1, "seconds_to_review" : 0,
                                      "skipped" : true },
            "annotations" : @SECOND } ],
          "project_details" : { "selected_label_id" : "lb2", "workflow_status" : "IN_REVIEW" } },
        "@A" : { "name" : "A", "labels" : [
          { "label_kind" : "Default", "version" : "1.0.0", "id" : "la1", "label_details" : {
              "created_at" : "2026-12-01T13:55:42.120+00:00",
              "updated_at" : "2026-12-01T13:55:42.120+00:00", "created_by" : "ben@example.com",
              "content_last_updated_at" : "2026-12-01T13:55:42.120+00:00",
              "reviews" : [ ] },
            "performance_details" : { "seconds_to_create" : 0, "seconds_to_review" : 0,
                                      "skipped" : false },
            "annotations" : { "objects" : [ ], "classifications" : [ ], "relationships" : [ ] } } ],
          "project_details" : { "selected_label_id" : "la1", "workflow_status" : "DONE" } },
        "@C" : { "name" : "C", "labels" : [ ],
          "project_details" : { "selected_label_id" : null, "workflow_status" : "TO_LABEL" } }
      }
    })";
    line.replace("@REVIEWS", kSpacedReviews);
    line.replace("@ANNOTATIONS", kSpacedAnnotations);
    line.replace("@SECOND", kSecondAnnotations);
    line.replace("@A", kProjectA.toUtf8());
    line.replace("@B", kProjectB.toUtf8());
    line.replace("@C", kProjectC.toUtf8());
    return line;
}

QStringList projectIds(const ExportRecord &record)
{
    QStringList ids;
    for (const ProjectLabels &project : record.projects) {
        ids.append(project.projectId);
    }
    return ids;
}

// A label's value as QJsonDocument writes it: what import keeps without the raw text.
QByteArray sortedCompact(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

// The keys of every object in a JSON text, in the order written, by path ("" for the top,
// "data_row", "projects/<id>/labels/0" ...). QJsonObject sorts keys; this does not.
class KeyOrder {
public:
    static QHash<QString, QStringList> of(const QByteArray &json)
    {
        KeyOrder scanner(json);
        scanner.value(QString());
        return scanner.m_keys;
    }

private:
    explicit KeyOrder(const QByteArray &json)
        : m_text(json)
    {}

    void skipSpace()
    {
        while (m_pos < m_text.size() && QChar::isSpace(uchar(m_text[m_pos]))) {
            ++m_pos;
        }
    }
    QString string()
    {
        const qsizetype start = ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            m_pos += m_text[m_pos] == '\\' ? 2 : 1;
        }
        const QByteArray raw = m_text.mid(start - 1, m_pos - start + 2);
        ++m_pos;
        return QJsonDocument::fromJson('[' + raw + ']').array().first().toString();
    }
    void value(const QString &path)
    {
        skipSpace();
        const char c = m_text[m_pos];
        if (c == '{') {
            ++m_pos;
            (void)m_keys[path]; // an empty object has an (empty) entry too
            for (;;) {
                skipSpace();
                if (m_text[m_pos] == '}') {
                    ++m_pos;
                    return;
                }
                if (m_text[m_pos] == ',') {
                    ++m_pos;
                    skipSpace();
                }
                const QString key = string();
                m_keys[path].append(key);
                skipSpace();
                ++m_pos; // ':'
                value(path.isEmpty() ? key : path + u'/' + key);
            }
        } else if (c == '[') {
            ++m_pos;
            int index = 0;
            for (;;) {
                skipSpace();
                if (m_text[m_pos] == ']') {
                    ++m_pos;
                    return;
                }
                if (m_text[m_pos] == ',') {
                    ++m_pos;
                }
                value(path + u'/' + QString::number(index++));
            }
        } else if (c == '"') {
            string();
        } else {
            while (m_pos < m_text.size() && !QByteArrayView(",]} \n\r\t").contains(m_text[m_pos])) {
                ++m_pos;
            }
        }
    }

    QByteArray m_text;
    qsizetype m_pos = 0;
    QHash<QString, QStringList> m_keys;
};

QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    }
    return doc.object();
}

QJsonObject fixtureObject()
{
    return object(test::fixture(u"export-line.example.json"_s));
}

// Resolves an imported line's metadata back into its record, as the store would.
ExportRecord recordOf(const ImportedLine &line)
{
    ExportRecord record = line.record;
    record.metadata = MetadataValues::resolveAll(schemaSet(), line.metadataFields).value();
    return record;
}

} // namespace

class TestExportLine final : public QObject {
    Q_OBJECT

private slots:
    void exampleLineMatchesFixture();
    void keyOrderMatchesFixture();
    void paramsOff();
    void eachParam_data();
    void eachParam();
    void optionalFieldsLeftOut();
    void mediaAttributes();
    void metadataAndEmbeddings();
    void labelDefaults();
    void parseFixture();
    void parseAndWriteRoundTrip();
    void fixtureImportExportRoundTrip();
    void rawTextKeepsLabelText();
    void rawTextWholeLineRoundTrip();
    void withoutRawTextSorted();
    void rawTextThatDoesNotFit_data();
    void rawTextThatDoesNotFit();
    void rawTextWithRepeatedKeys();
    void parseSnakeCasesMediaAttributes();
    void parseWithoutOptionalParts();
    void badLines_data();
    void badLines();
    void ignoredKeys();
    void isExportLine();
    void inferKind_data();
    void inferKind();
};

void TestExportLine::exampleLineMatchesFixture()
{
    const QByteArray line = ExportLines::toLine(exampleRecord(), ExportParams::all());
    QVERIFY2(!line.contains('\n'), line.constData());
    const QJsonObject written = object(line);
    const QJsonObject expected = fixtureObject();
    QVERIFY(!expected.isEmpty());
    if (written != expected) {
        qWarning("written: %s", line.constData());
    }
    QCOMPARE(QJsonDocument(written), QJsonDocument(expected));
}

void TestExportLine::keyOrderMatchesFixture()
{
    const auto written = KeyOrder::of(ExportLines::toLine(exampleRecord(), ExportParams::all()));
    const auto expected = KeyOrder::of(test::fixture(u"export-line.example.json"_s));
    const QString label = u"projects/"_s + kProjectId + u"/labels/0"_s;
    QCOMPARE(written.value(QString()),
             (QStringList{u"data_row"_s, u"media_attributes"_s, u"attachments"_s,
                          u"metadata_fields"_s, u"embeddings"_s, u"projects"_s}));
    QCOMPARE(written.value(u"data_row"_s), (QStringList{u"id"_s, u"global_key"_s, u"external_id"_s,
                                                        u"row_data"_s, u"details"_s}));
    QCOMPARE(written.value(u"media_attributes"_s),
             (QStringList{u"asset_type"_s, u"mime_type"_s, u"width"_s, u"height"_s}));
    QCOMPARE(written.value(label),
             (QStringList{u"label_kind"_s, u"version"_s, u"id"_s, u"label_details"_s,
                          u"performance_details"_s, u"annotations"_s}));
    // Every object of the line, nested ones included, in the example's order.
    QStringList paths = expected.keys();
    paths.sort();
    for (const QString &path : paths) {
        QVERIFY2(written.contains(path), qPrintable(path));
        QCOMPARE(written.value(path), expected.value(path));
    }
    QCOMPARE(written.size(), expected.size());
}

void TestExportLine::paramsOff()
{
    const QByteArray line = ExportLines::toLine(exampleRecord(), ExportParams());
    const auto keys = KeyOrder::of(line);
    QCOMPARE(keys.value(QString()),
             (QStringList{u"data_row"_s, u"media_attributes"_s, u"projects"_s}));
    QCOMPARE(keys.value(u"data_row"_s),
             (QStringList{u"id"_s, u"global_key"_s, u"external_id"_s, u"row_data"_s}));
    QCOMPARE(keys.value(u"media_attributes"_s),
             (QStringList{u"asset_type"_s, u"mime_type"_s, u"width"_s, u"height"_s}));
    QCOMPARE(keys.value(u"projects"_s), QStringList{kProjectId});
    QCOMPARE(keys.value(u"projects/"_s + kProjectId), (QStringList{u"name"_s, u"labels"_s}));
    QCOMPARE(keys.value(u"projects/"_s + kProjectId + u"/labels/0"_s),
             (QStringList{u"label_kind"_s, u"version"_s, u"id"_s, u"annotations"_s}));
    for (const char *absent : {"attachments", "metadata_fields", "embeddings", "details",
                               "label_details", "performance_details", "project_details"}) {
        QVERIFY2(!line.contains(QByteArray(QByteArray("\"") + absent + "\"")), absent);
    }
    const QJsonObject written = object(line);
    QCOMPARE(written.value(u"data_row"_s).toObject().value(u"row_data"_s).toString(),
             exampleRecord().row.rowData);
    QCOMPARE(written.value(u"media_attributes"_s).toObject().value(u"asset_type"_s).toString(),
             u"image"_s);
}

void TestExportLine::eachParam_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("path"); // where the key appears
    QTest::addColumn<QString>("key");
    const QString project = u"projects/"_s + kProjectId;
    QTest::newRow("attachments") << u"attachments"_s << QString() << u"attachments"_s;
    QTest::newRow("metadata_fields") << u"metadata_fields"_s << QString() << u"metadata_fields"_s;
    QTest::newRow("embeddings") << u"embeddings"_s << QString() << u"embeddings"_s;
    QTest::newRow("data_row_details") << u"data_row_details"_s << u"data_row"_s << u"details"_s;
    QTest::newRow("project_details") << u"project_details"_s << project << u"project_details"_s;
    QTest::newRow("label_details")
        << u"label_details"_s << project + u"/labels/0"_s << u"label_details"_s;
    QTest::newRow("performance_details")
        << u"performance_details"_s << project + u"/labels/0"_s << u"performance_details"_s;
}

void TestExportLine::eachParam()
{
    QFETCH(QString, param);
    QFETCH(QString, path);
    QFETCH(QString, key);
    const auto params = ExportParams::parse(param);
    QVERIFY(params);
    const QByteArray line = ExportLines::toLine(exampleRecord(), *params);
    const auto keys = KeyOrder::of(line);
    QVERIFY2(keys.value(path).contains(key), line.constData());
    // Only that one: the other optional parts stay out.
    const QStringList optional = {
        u"attachments"_s,     u"metadata_fields"_s, u"embeddings"_s,         u"details"_s,
        u"project_details"_s, u"label_details"_s,   u"performance_details"_s};
    for (const QString &other : optional) {
        if (other != key) {
            QVERIFY2(!line.contains(QByteArray('"' + other.toUtf8() + '"')), qPrintable(other));
        }
    }
}

void TestExportLine::optionalFieldsLeftOut()
{
    ExportRecord record = exampleRecord();
    record.row.globalKey = QString();
    record.row.externalId = QString();
    record.attachments = {{u"ca3"_s, AttachmentType::RawText, u"no name"_s, QString()}};
    const QByteArray line = ExportLines::toLine(record, ExportParams::all());
    const auto keys = KeyOrder::of(line);
    QCOMPARE(keys.value(u"data_row"_s), (QStringList{u"id"_s, u"row_data"_s, u"details"_s}));
    QCOMPARE(keys.value(u"attachments/0"_s), (QStringList{u"type"_s, u"value"_s}));
    QVERIFY(!line.contains("null"));
}

void TestExportLine::mediaAttributes()
{
    ExportRecord record = exampleRecord();
    record.row.mediaType = MediaType::Conversational;
    record.row.mediaAttributes = QJsonObject{{u"duration"_s, 12.5},
                                             {u"asset_type"_s, u"image"_s},
                                             {u"mime_type"_s, u"application/json"_s}};
    const QByteArray line = ExportLines::toLine(record, ExportParams());
    const auto keys = KeyOrder::of(line);
    QCOMPARE(keys.value(u"media_attributes"_s),
             (QStringList{u"asset_type"_s, u"mime_type"_s, u"duration"_s}));
    // asset_type comes from the media type, never from a stored attribute.
    const QJsonObject media = object(line).value(u"media_attributes"_s).toObject();
    QCOMPARE(media.value(u"asset_type"_s).toString(), u"conversational"_s);
    QCOMPARE(media.value(u"duration"_s).toDouble(), 12.5);

    record.row.mediaType = MediaType::Unknown;
    record.row.mediaAttributes = {};
    QVERIFY(ExportLines::toLine(record, ExportParams())
                .contains(R"("media_attributes":{"asset_type":"unknown"})"));
}

void TestExportLine::metadataAndEmbeddings()
{
    ExportRecord record = exampleRecord();
    record.projects.clear();
    MetadataValue number;
    number.schemaId = u"cnum"_s;
    number.schemaName = u"score"_s;
    number.kind = MetadataKind::Number;
    number.number = 0.25;
    MetadataValue vector;
    vector.schemaId = u"cvec"_s;
    vector.schemaName = u"vec"_s;
    vector.kind = MetadataKind::Embedding;
    vector.vector = {1, -0.5};
    record.metadata = {number, vector};
    record.embeddings = {{u"cemb"_s, u"clip"_s, 3, {0.5, 1, -2}}};
    const QByteArray line = ExportLines::toLine(record, ExportParams::all());
    QVERIFY2(line.contains(
                 R"("metadata_fields":[{"schema_id":"cnum","schema_name":"score","value":0.25},)"
                 R"({"schema_id":"cvec","schema_name":"vec","value":[1,-0.5]}])"),
             line.constData());
    QVERIFY2(line.contains(R"("embeddings":[{"id":"cemb","name":"clip","dimensions":3,)"
                           R"("is_custom":true,"values":[{"value":[0.5,1,-2]}]}])"),
             line.constData());
    QVERIFY2(line.endsWith(R"("projects":{}})"), line.constData());
}

void TestExportLine::labelDefaults()
{
    ExportRecord record = exampleRecord();
    Label &label = record.projects.first().labels.first();
    label.annotationsJson.clear();
    record.projects.first().selectedLabelId = QString();
    const QJsonObject written = object(ExportLines::toLine(record, ExportParams::all()));
    const QJsonObject project =
        written.value(u"projects"_s).toObject().value(kProjectId).toObject();
    const QJsonObject annotations =
        project.value(u"labels"_s).toArray().first().toObject().value(u"annotations"_s).toObject();
    QCOMPARE(annotations, (QJsonObject{{u"objects"_s, QJsonArray{}},
                                       {u"classifications"_s, QJsonArray{}},
                                       {u"relationships"_s, QJsonArray{}}}));
    const QJsonObject details = project.value(u"project_details"_s).toObject();
    QVERIFY(details.contains(u"selected_label_id"_s));
    QVERIFY(details.value(u"selected_label_id"_s).isNull());
}

void TestExportLine::parseFixture()
{
    const auto parsed = ExportLines::parse(fixtureObject());
    QVERIFY2(parsed, qPrintable(parsed.error().message));
    const ImportedLine &line = *parsed;
    const ExportRecord expected = exampleRecord();
    const DataRow &row = line.record.row;
    QVERIFY(line.hasDetails);
    QVERIFY(line.hasAssetType);
    QVERIFY(line.ignoredKeys.isEmpty());
    QCOMPARE(row.id, kRowId);
    QCOMPARE(row.globalKey, expected.row.globalKey);
    QCOMPARE(row.externalId, expected.row.externalId);
    QCOMPARE(row.rowData, expected.row.rowData);
    QCOMPARE(row.datasetId, expected.row.datasetId);
    QCOMPARE(line.record.datasetName, u"Street scenes"_s);
    QCOMPARE(row.mediaType, MediaType::Image);
    QCOMPARE(row.mediaAttributes, expected.row.mediaAttributes);
    QCOMPARE(row.createdAt, expected.row.createdAt);
    QCOMPARE(row.updatedAt, expected.row.updatedAt);
    QCOMPARE(row.lastActivityAt, expected.row.lastActivityAt);
    QCOMPARE(row.createdBy, u"ana@example.com"_s);

    QCOMPARE(line.record.attachments.size(), 2);
    QCOMPARE(line.record.attachments[0].type, AttachmentType::RawText);
    QCOMPARE(line.record.attachments[0].name, u"notes"_s);
    QCOMPARE(line.record.attachments[1].type, AttachmentType::ImageOverlay);
    QCOMPARE(line.record.attachments[1].value,
             u"https://example.com/street-scenes/0001-depth.png"_s);

    QCOMPARE(line.metadataFields.size(), 4);
    QCOMPARE(line.metadataFields[0].schemaId, QString::fromLatin1(ReservedMetadata::kTagId));
    QCOMPARE(line.metadataFields[0].name, u"tag"_s);
    QCOMPARE(line.metadataFields[0].value, QJsonValue(u"night"_s));
    QCOMPARE(line.metadataFields[1].value.toObject().value(u"schema_id"_s).toString(),
             QString::fromLatin1(ReservedMetadata::kSplitTrainId));
    QCOMPARE(line.metadataFields[2].value, QJsonValue(u"2026-11-29T18:40:00.000+00:00"_s));
    QCOMPARE(line.metadataFields[3].schemaId, kCameraId);
    QCOMPARE(line.metadataFields[3].name, u"camera"_s);
    QVERIFY(line.record.embeddings.isEmpty());
    QVERIFY(line.record.metadata.isEmpty()); // left for the store to resolve
    const QVector<MetadataValue> metadata = recordOf(line).metadata;
    QCOMPARE(metadata.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(metadata[i] == expected.metadata[i], qPrintable(metadata[i].schemaName));
    }

    QCOMPARE(line.record.projects.size(), 1);
    const ProjectLabels &project = line.record.projects.first();
    QCOMPARE(project.projectId, kProjectId);
    QCOMPARE(project.projectName, u"Vehicle boxes"_s);
    QCOMPARE(project.selectedLabelId, kLabelId);
    QCOMPARE(project.workflowStatus, u"DONE"_s);
    QCOMPARE(project.labels.size(), 1);
    const Label &label = project.labels.first();
    const Label &expectedLabel = expected.projects.first().labels.first();
    QCOMPARE(label.id, kLabelId);
    QCOMPARE(label.projectId, kProjectId);
    QCOMPARE(label.labelKind, u"Default"_s);
    QCOMPARE(label.version, u"1.0.0"_s);
    QCOMPARE(label.createdBy, u"ben@example.com"_s);
    QCOMPARE(label.createdAt, expectedLabel.createdAt);
    QCOMPARE(label.updatedAt, expectedLabel.updatedAt);
    QCOMPARE(label.contentLastUpdatedAt, expectedLabel.contentLastUpdatedAt);
    QCOMPARE(label.secondsToCreate, 41.5);
    QCOMPARE(label.secondsToReview, 0.0);
    QCOMPARE(label.skipped, false);
    QCOMPARE(label.reviewsJson, QByteArray("[]"));
    QCOMPARE(QJsonDocument::fromJson(label.annotationsJson), QJsonDocument::fromJson(kAnnotations));
}

void TestExportLine::parseAndWriteRoundTrip()
{
    // A line Rowscope wrote reads back into a record that writes the same text.
    ExportRecord record = exampleRecord();
    // Stored annotations are compact JSON as QJsonDocument writes it.
    record.projects.first().labels.first().annotationsJson =
        QJsonDocument::fromJson(kAnnotations).toJson(QJsonDocument::Compact);
    Label second = record.projects.first().labels.first();
    second.id = u"clx4m4c2f000908l2h6s1w9rb"_s;
    second.annotationsJson.clear();
    second.reviewsJson = R"([{"score":1}])";
    second.secondsToReview = 3.25;
    second.skipped = true;
    record.projects.first().labels.append(second);
    ProjectLabels other;
    other.projectId = u"clx4m3b1e000408l2fz8y6k0z"_s; // sorts after the first project
    other.projectName = u"Unlabelled"_s;
    record.projects.append(other);
    record.attachments.append({u"ca3"_s, AttachmentType::Video, u"/data/clip.mp4"_s, QString()});
    record.embeddings = {{u"cemb"_s, u"clip"_s, 3, {0.5, 1, -2e-7}}};

    for (const ExportParams &params : {ExportParams::all(), ExportParams()}) {
        const QByteArray first = ExportLines::toLine(record, params);
        const auto parsed = ExportLines::parse(object(first));
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const QByteArray again = ExportLines::toLine(recordOf(*parsed), params);
        QCOMPARE(again, first);
    }
}

void TestExportLine::fixtureImportExportRoundTrip()
{
    // export -> import -> export gives the same line.
    const auto parsed = ExportLines::parse(fixtureObject());
    QVERIFY(parsed);
    const QByteArray line = ExportLines::toLine(recordOf(*parsed), ExportParams::all());
    QCOMPARE(QJsonDocument::fromJson(line), QJsonDocument(fixtureObject()));
    const auto keys = KeyOrder::of(line);
    QCOMPARE(keys.value(QString()),
             KeyOrder::of(test::fixture(u"export-line.example.json"_s)).value(QString()));
}

void TestExportLine::rawTextKeepsLabelText()
{
    const QByteArray text = spacedLine();
    const auto parsed = ExportLines::parse(object(text), text);
    QVERIFY2(parsed, qPrintable(parsed.error().message));
    const ExportRecord &record = parsed->record;
    QCOMPARE(projectIds(record), (QStringList{kProjectB, kProjectA, kProjectC}));
    QCOMPARE(record.projects[0].labels.size(), 2);
    const Label &first = record.projects[0].labels[0];
    QCOMPARE(first.id, u"lb1"_s);
    QCOMPARE(first.annotationsJson, kCompactAnnotations);
    QCOMPARE(first.reviewsJson, kCompactReviews);
    QVERIFY(RawJson::validate(first.annotationsJson));
    QCOMPARE(QJsonDocument::fromJson(first.annotationsJson),
             QJsonDocument::fromJson(kSpacedAnnotations));
    QCOMPARE(record.projects[0].labels[1].annotationsJson, kSecondAnnotations);
    QCOMPARE(record.projects[0].labels[1].reviewsJson, QByteArray("[]"));
    QCOMPARE(record.projects[0].selectedLabelId, u"lb2"_s);
    QCOMPARE(record.projects[1].labels[0].annotationsJson,
             QByteArray(R"({"objects":[],"classifications":[],"relationships":[]})"));
    QCOMPARE(record.projects[1].labels[0].reviewsJson, QByteArray("[]"));
    QVERIFY(record.projects[2].labels.isEmpty());
    QCOMPARE(record.projects[2].workflowStatus, u"TO_LABEL"_s);

    // Written back: the same bytes for the label values, and projects in the same order.
    const QByteArray again = ExportLines::toLine(recordOf(*parsed), ExportParams::all());
    QVERIFY2(again.contains(QByteArray(R"("annotations":)" + kCompactAnnotations + "}")),
             again.constData());
    QVERIFY2(again.contains(QByteArray(R"("reviews":)" + kCompactReviews + "}")),
             again.constData());
    QCOMPARE(KeyOrder::of(again).value(u"projects"_s),
             (QStringList{kProjectB, kProjectA, kProjectC}));
}

void TestExportLine::rawTextWholeLineRoundTrip()
{
    // A line in Rowscope's key order comes back as its compact form, byte for byte.
    for (const QByteArray &text : {spacedLine(), test::fixture(u"export-line.example.json"_s)}) {
        const auto parsed = ExportLines::parse(object(text), text);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const QByteArray again = ExportLines::toLine(recordOf(*parsed), ExportParams::all());
        QCOMPARE(again, *RawJson::minify(text));
        // And again from what it wrote.
        const auto twice = ExportLines::parse(object(again), again);
        QVERIFY(twice);
        QCOMPARE(ExportLines::toLine(recordOf(*twice), ExportParams::all()), again);
    }
}

void TestExportLine::withoutRawTextSorted()
{
    // Without the text: today's behaviour, projects by id and label values rewritten sorted.
    const auto parsed = ExportLines::parse(object(spacedLine()));
    QVERIFY2(parsed, qPrintable(parsed.error().message));
    QCOMPARE(projectIds(parsed->record), (QStringList{kProjectA, kProjectC, kProjectB}));
    const Label &label = parsed->record.projects[2].labels[0];
    QCOMPARE(label.annotationsJson, sortedCompact(kCompactAnnotations));
    QCOMPARE(label.reviewsJson, sortedCompact(kCompactReviews));
}

void TestExportLine::rawTextThatDoesNotFit_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("order"); // the projects still come in the text's order
    const QByteArray line = spacedLine();
    QTest::newRow("not JSON") << QByteArray("{\"data_row\": ") << false;
    QTest::newRow("another JSON value") << QByteArray("[1, 2]") << false;
    QTest::newRow("another line") << *RawJson::minify(test::fixture(u"export-line.example.json"_s))
                                  << false;
    // Qt reads "\q" as "q"; a text that breaks the JSON grammar is not kept.
    QTest::newRow("a bad escape") << QByteArray(line).replace(R"("row_data" : "x y")",
                                                              R"("row_data" : "x\q y")")
                                  << false;
    QTest::newRow("other label ids") << QByteArray(line).replace(R"("lb1")", R"("lbX")") << true;
}

void TestExportLine::rawTextThatDoesNotFit()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, order);
    // The raw text given is not that of the object: the object's values are used, never a
    // text that may not be them.
    const auto parsed = ExportLines::parse(object(spacedLine()), raw);
    QVERIFY2(parsed, qPrintable(parsed.error().message));
    QCOMPARE(projectIds(parsed->record), order ? (QStringList{kProjectB, kProjectA, kProjectC})
                                               : (QStringList{kProjectA, kProjectC, kProjectB}));
    const ProjectLabels &b = parsed->record.projects[order ? 0 : 2];
    QCOMPARE(b.labels[0].annotationsJson, sortedCompact(kCompactAnnotations));
    QCOMPARE(b.labels[0].reviewsJson, sortedCompact(kCompactReviews));
    if (order) {
        QCOMPARE(b.labels[1].annotationsJson, kSecondAnnotations); // its id matches
    }
}

void TestExportLine::rawTextWithRepeatedKeys()
{
    // A key written twice: QJsonObject keeps one of them; the text is not used for that value.
    const QByteArray text =
        R"({"data_row":{"id":"c1","row_data":"x"},"projects":{"p":{"name":"P","labels":[)"
        R"({"id":"l1","annotations":{"b":1,"a":2},"annotations":{"d":1,"c":2}},)"
        R"({"id":"l2","annotations":{"y":[1.0],"x":2}}]},)"
        R"("q":{"labels":[{"id":"m1","annotations":{"b":0}}]},)"
        R"("q":{"labels":[{"id":"m1","annotations":{"b":1,"a":0}}]}}})";
    const QJsonObject line = object(text);
    const auto parsed = ExportLines::parse(line, text);
    QVERIFY2(parsed, qPrintable(parsed.error().message));
    QCOMPARE(projectIds(parsed->record), (QStringList{u"p"_s, u"q"_s}));
    const QJsonObject projects = line.value(u"projects"_s).toObject();
    auto kept = [&](const QString &project, int label) {
        const QJsonObject annotations = projects.value(project)
                                            .toObject()
                                            .value(u"labels"_s)
                                            .toArray()
                                            .at(label)
                                            .toObject()
                                            .value(u"annotations"_s)
                                            .toObject();
        return QJsonDocument(annotations).toJson(QJsonDocument::Compact);
    };
    const QVector<Label> &p = parsed->record.projects[0].labels;
    QCOMPARE(p[0].annotationsJson, kept(u"p"_s, 0));
    QCOMPARE(p[1].annotationsJson, QByteArray(R"({"y":[1.0],"x":2})"));
    QCOMPARE(parsed->record.projects[1].labels[0].annotationsJson, kept(u"q"_s, 0));
}

void TestExportLine::parseSnakeCasesMediaAttributes()
{
    const auto parsed = ExportLines::parse(object(R"({"data_row": {"id": "c1", "row_data": "x"},
        "media_attributes": {"assetType": "text", "mimeType": "text/plain", "width": 3}})"));
    QVERIFY2(parsed, qPrintable(parsed.error().message));
    QCOMPARE(parsed->record.row.mediaType, MediaType::Text);
    QVERIFY(parsed->hasAssetType);
    QCOMPARE(parsed->record.row.mediaAttributes,
             (QJsonObject{{u"mime_type"_s, u"text/plain"_s}, {u"width"_s, 3}}));
}

void TestExportLine::parseWithoutOptionalParts()
{
    const qint64 before = Timestamp::now();
    const auto parsed =
        ExportLines::parse(object(R"({"data_row": {"id": "c1", "row_data": {"b": [1], "a": 2}}})"));
    QVERIFY2(parsed, qPrintable(parsed.error().message));
    const DataRow &row = parsed->record.row;
    QCOMPARE(row.rowData, u"{\"a\":2,\"b\":[1]}"_s);
    QVERIFY(row.globalKey.isNull());
    QVERIFY(row.externalId.isNull());
    QVERIFY(!parsed->hasDetails);
    QVERIFY(!parsed->hasAssetType);
    QCOMPARE(row.mediaType, MediaType::Unknown);
    QVERIFY(row.createdAt >= before);
    QCOMPARE(row.updatedAt, row.createdAt);
    QCOMPARE(row.lastActivityAt, row.createdAt);
    QVERIFY(parsed->record.projects.isEmpty());
    QVERIFY(parsed->record.attachments.isEmpty());
    QVERIFY(parsed->metadataFields.isEmpty());
}

void TestExportLine::badLines_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // exact, or a prefix ending in '*'
    QTest::newRow("no id") << QByteArray(R"({"data_row": {"row_data": "x"}})")
                           << u"Invalid export line: data_row.id is required*"_s;
    QTest::newRow("empty id") << QByteArray(R"({"data_row": {"id": "", "row_data": "x"}})")
                              << u"Invalid export line: data_row.id is required*"_s;
    QTest::newRow("no row_data") << QByteArray(R"({"data_row": {"id": "c1"}})")
                                 << u"Invalid export line: *"_s;
    QTest::newRow("bad asset_type")
        << QByteArray(
               R"({"data_row": {"id": "c1", "row_data": "x"}, "media_attributes": {"asset_type": "picture"}})")
        << u"Found invalid media type: 'picture'"_s;
    QTest::newRow("bad created_at")
        << QByteArray(
               R"({"data_row": {"id": "c1", "row_data": "x", "details": {"created_at": "yesterday"}}})")
        << u"Invalid export line: created_at must be an ISO-8601 time, got yesterday"_s;
    QTest::newRow("numeric updated_at")
        << QByteArray(
               R"({"data_row": {"id": "c1", "row_data": "x", "details": {"updated_at": 5}}})")
        << u"Invalid export line: updated_at*"_s;
    QTest::newRow("bad label time")
        << QByteArray(
               R"({"data_row": {"id": "c1", "row_data": "x"}, "projects": {"p": {"name": "P", "labels": [{"id": "l1", "label_details": {"created_at": "2026-02-30T00:00:00Z"}}]}}})")
        << u"Invalid export line: created_at must be an ISO-8601 time*"_s;
    QTest::newRow("label without id")
        << QByteArray(
               R"({"data_row": {"id": "c1", "row_data": "x"}, "projects": {"p": {"labels": [{}]}}})")
        << u"Invalid export line: *"_s;
    QTest::newRow("projects a list")
        << QByteArray(R"({"data_row": {"id": "c1", "row_data": "x"}, "projects": []})")
        << u"Invalid export line: *"_s;
    QTest::newRow("global_key a number")
        << QByteArray(R"({"data_row": {"id": "c1", "row_data": "x", "global_key": 1}})")
        << u"Invalid export line: *"_s;
    QTest::newRow("media_attributes a string")
        << QByteArray(R"({"data_row": {"id": "c1", "row_data": "x"}, "media_attributes": "image"})")
        << u"Invalid export line: *"_s;
    QTest::newRow("attachment of unknown type")
        << QByteArray(
               R"({"data_row": {"id": "c1", "row_data": "x"}, "attachments": [{"type": "GIF", "value": "x"}]})")
        << u"attachment_type must be one of {*"_s;
    QTest::newRow("embedding of another length")
        << QByteArray(
               R"({"data_row": {"id": "c1", "row_data": "x"}, "embeddings": [{"id": "e", "dimensions": 3, "values": [{"value": [1, 2]}]}]})")
        << u"Invalid export line: *"_s;
}

void TestExportLine::badLines()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QJsonObject line = object(json);
    QVERIFY(!line.isEmpty());
    const auto parsed = ExportLines::parse(line);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    if (message.endsWith(u'*')) {
        QVERIFY2(parsed.error().message.startsWith(message.chopped(1)),
                 qPrintable(parsed.error().message));
    } else {
        QCOMPARE(parsed.error().message, message);
    }
}

void TestExportLine::ignoredKeys()
{
    QJsonObject line = fixtureObject();
    line.insert(u"ontology"_s, QJsonObject{});
    line.insert(u"zz_extra"_s, 1);
    const auto parsed = ExportLines::parse(line);
    QVERIFY2(parsed, qPrintable(parsed.error().message));
    QStringList ignored = parsed->ignoredKeys;
    ignored.sort();
    QCOMPARE(ignored, (QStringList{u"ontology"_s, u"zz_extra"_s}));
    QCOMPARE(parsed->record.row.id, kRowId);
}

void TestExportLine::isExportLine()
{
    QVERIFY(ExportLines::isExportLine(fixtureObject()));
    QVERIFY(ExportLines::isExportLine(object(R"({"data_row": {}})")));
    QVERIFY(!ExportLines::isExportLine(object(R"({"row_data": "x"})")));
    QVERIFY(!ExportLines::isExportLine(object(R"({"data_row": "c1"})")));
}

void TestExportLine::inferKind_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<MetadataKind>("kind");
    QTest::newRow("enum option") << QJsonValue(QJsonObject{{u"schema_id"_s, u"c1"_s},
                                                           {u"schema_name"_s, u"a"_s}})
                                 << MetadataKind::Enum;
    QTest::newRow("number") << QJsonValue(3.5) << MetadataKind::Number;
    QTest::newRow("list") << QJsonValue(QJsonArray{1, 2}) << MetadataKind::Embedding;
    QTest::newRow("export time") << QJsonValue(u"2026-11-29T18:40:00.000+00:00"_s)
                                 << MetadataKind::DateTime;
    QTest::newRow("other time format")
        << QJsonValue(u"2026-11-29T18:40:00Z"_s) << MetadataKind::String;
    QTest::newRow("text") << QJsonValue(u"front-left"_s) << MetadataKind::String;
    QTest::newRow("numeric text") << QJsonValue(u"42"_s) << MetadataKind::String;
}

void TestExportLine::inferKind()
{
    QFETCH(QJsonValue, value);
    QFETCH(MetadataKind, kind);
    QCOMPARE(ExportLines::inferKind(value), kind);
}

QTEST_GUILESS_MAIN(TestExportLine)
#include "tst_exportline.moc"
