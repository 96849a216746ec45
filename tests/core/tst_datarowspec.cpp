#include "datarowspec.h"
#include "inputitem.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

Q_DECLARE_METATYPE(rowscope::SpecMode)

namespace {

const QString kTrainId = QString::fromLatin1(ReservedMetadata::kSplitTrainId);
const QString kTagId = QString::fromLatin1(ReservedMetadata::kTagId);

QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    return doc.array().first();
}

Result<DataRowSpec> parse(const char *text, SpecMode mode = SpecMode::Create)
{
    return DataRowSpecs::parse(json(text), mode, QDir::tempPath());
}

MetadataSchemaSet schemas()
{
    return MetadataSchemaSet(ReservedMetadata::all());
}

QVector<InputItem> readAll(const QByteArray &input, SpecMode mode, const QString &baseDir)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    InputReader reader(&buffer, mode, baseDir);
    QVector<InputItem> items;
    InputItem item;
    while (reader.next(item)) {
        items.append(item);
    }
    return items;
}

} // namespace

class TestDataRowSpec final : public QObject {
    Q_OBJECT

private slots:
    void parseEveryField();
    void parseNullsAreAbsent();
    void rowDataObjectIsCompactJson();
    void parseErrors_data();
    void parseErrors();
    void upsertKey_data();
    void upsertKey();
    void badUpsertKey_data();
    void badUpsertKey();
    void keyRejectedInCreateMode();
    void emptyPayload_data();
    void emptyPayload();
    void bareStringPath();
    void bareStringErrors();
    void prepareCreate();
    void prepareCreateErrors_data();
    void prepareCreateErrors();
    void prepareCreateWarnings();
    void prepareUpdateOnlyGivenFields();
    void prepareUpdateErrors();
    void badSpecsFixture();
    void createSpecsFixture();
    void upsertSpecsFixture();
};

void TestDataRowSpec::parseEveryField()
{
    const auto spec = parse(R"({
        "row_data": "https://example.com/a.jpg",
        "global_key": "street/0001.jpg",
        "external_id": "0001.jpg",
        "media_type": "image",
        "metadata_fields": [{"name": "tag", "value": "night"},
                            {"schema_id": "cko8sbczn0002h2dkdaxb5kal", "value": "train"}],
        "attachments": [{"type": "RAW_TEXT", "value": "dusk", "name": "notes"},
                        {"type": "IMAGE_OVERLAY", "value": "https://example.com/d.png"}],
        "embeddings": [{"embedding_id": "clip", "vector": [0.5, -1, 2e-3]}]
    })");
    QVERIFY2(spec, qPrintable(spec.error().message));
    QCOMPARE(spec->rowData, std::optional(u"https://example.com/a.jpg"_s));
    QCOMPARE(spec->globalKey, std::optional(u"street/0001.jpg"_s));
    QCOMPARE(spec->externalId, std::optional(u"0001.jpg"_s));
    QCOMPARE(spec->mediaType, std::optional(MediaType::Image));
    QVERIFY(spec->metadataFields);
    QCOMPARE(spec->metadataFields->size(), 2);
    QCOMPARE(spec->metadataFields->at(0).name, u"tag"_s);
    QCOMPARE(spec->metadataFields->at(0).value, QJsonValue(u"night"_s));
    QCOMPARE(spec->metadataFields->at(1).schemaId, QString::fromLatin1(ReservedMetadata::kSplitId));
    QVERIFY(spec->attachments);
    QCOMPARE(spec->attachments->size(), 2);
    QCOMPARE(spec->attachments->at(0).type, AttachmentType::RawText);
    QCOMPARE(spec->attachments->at(0).name, u"notes"_s);
    QCOMPARE(spec->attachments->at(1).type, AttachmentType::ImageOverlay);
    QVERIFY(spec->attachments->at(1).name.isNull());
    QVERIFY(spec->embeddings);
    QCOMPARE(spec->embeddings->size(), 1);
    QCOMPARE(spec->embeddings->first().embeddingId, u"clip"_s);
    QCOMPARE(spec->embeddings->first().vector, (QVector<double>{0.5, -1, 0.002}));
    QVERIFY(!spec->key);
    QVERIFY(spec->hasPayload());

    // Empty lists are present (they replace a row's set with nothing on upsert).
    const auto emptyLists = parse(R"({"row_data": "x", "metadata_fields": [], "attachments": []})");
    QVERIFY2(emptyLists, qPrintable(emptyLists.error().message));
    QVERIFY(emptyLists->metadataFields);
    QVERIFY(emptyLists->metadataFields->isEmpty());
    QVERIFY(emptyLists->attachments);
    QVERIFY(emptyLists->attachments->isEmpty());
    QVERIFY(!emptyLists->embeddings);
}

void TestDataRowSpec::parseNullsAreAbsent()
{
    const auto spec =
        parse(R"({"row_data": "x", "global_key": null, "external_id": null, "media_type": null})");
    QVERIFY2(spec, qPrintable(spec.error().message));
    QVERIFY(!spec->globalKey);
    QVERIFY(!spec->externalId);
    QVERIFY(!spec->mediaType);
}

void TestDataRowSpec::rowDataObjectIsCompactJson()
{
    const auto spec = parse(R"({"row_data": {"type": "application/vnd.labelbox.conversational",
                                             "version": 1,
                                             "messages": [{"messageId": "m1", "content": "Hi, you"}]}})");
    QVERIFY2(spec, qPrintable(spec.error().message));
    QVERIFY(spec->rowData);
    const QString rowData = *spec->rowData;
    QVERIFY2(!rowData.contains(u'\n'), qPrintable(rowData));
    QVERIFY2(!rowData.contains(u"\": "_s), qPrintable(rowData));
    QVERIFY2(!rowData.contains(u", \""_s), qPrintable(rowData));
    QVERIFY2(rowData.contains(u"\"Hi, you\""_s), qPrintable(rowData)); // text is untouched
    const QJsonDocument back = QJsonDocument::fromJson(rowData.toUtf8());
    QVERIFY(back.isObject());
    QCOMPARE(back.object().value(u"version"_s).toInt(), 1);
    QCOMPARE(back.object().value(u"type"_s).toString(),
             u"application/vnd.labelbox.conversational"_s);
    QCOMPARE(back.object().value(u"messages"_s).toArray().size(), 1);
}

void TestDataRowSpec::parseErrors_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("message"); // exact, or a prefix ending in '*'
    QTest::newRow("unknown field")
        << QByteArray(R"({"row_data": "x", "colour": "red"})") << u"Invalid attribute: 'colour'"_s;
    QTest::newRow("unknown field before row_data")
        << QByteArray(R"({"colour": "red", "row_data": "x"})") << u"Invalid attribute: 'colour'"_s;
    QTest::newRow("camelCase field")
        << QByteArray(R"({"rowData": "x"})") << u"Invalid attribute: 'rowData'"_s;
    QTest::newRow("bad media type") << QByteArray(R"({"row_data": "x", "media_type": "x"})")
                                    << u"Found invalid media type: 'x'"_s;
    QTest::newRow("media type not a string") << QByteArray(R"({"row_data": "x", "media_type": 5})")
                                             << u"Found invalid media type: '5'"_s;
    QTest::newRow("row_data a number") << QByteArray(R"({"row_data": 5})") << u"*"_s;
    QTest::newRow("row_data a list") << QByteArray(R"({"row_data": ["a"]})") << u"*"_s;
    QTest::newRow("global_key a number")
        << QByteArray(R"({"row_data": "x", "global_key": 7})") << u"*"_s;
    QTest::newRow("external_id a list")
        << QByteArray(R"({"row_data": "x", "external_id": []})") << u"*"_s;
    QTest::newRow("metadata_fields not a list")
        << QByteArray(R"({"row_data": "x", "metadata_fields": {"name": "tag"}})") << u"*"_s;
    QTest::newRow("metadata field with unknown attribute")
        << QByteArray(
               R"({"row_data": "x", "metadata_fields": [{"name": "tag", "value": "a", "v": 1}]})")
        << u"Invalid attribute: 'v'"_s;
    QTest::newRow("attachments not a list")
        << QByteArray(R"({"row_data": "x", "attachments": {"type": "RAW_TEXT"}})") << u"*"_s;
    QTest::newRow("attachment of unknown type")
        << QByteArray(R"({"row_data": "x", "attachments": [{"type": "GIF", "value": "x"}]})")
        << u"attachment_type must be one of {IMAGE, VIDEO, RAW_TEXT, TEXT_URL, HTML, "
           u"IMAGE_OVERLAY, PDF_URL, CAMERA_IMAGE, AUDIO}. Found GIF"_s;
    QTest::newRow("attachment with empty value")
        << QByteArray(R"({"row_data": "x", "attachments": [{"type": "RAW_TEXT", "value": ""}]})")
        << u"Attachment value must be a non-empty string, got: ''"_s;
    QTest::newRow("embeddings not a list")
        << QByteArray(R"({"row_data": "x", "embeddings": {"embedding_id": "e"}})") << u"*"_s;
    QTest::newRow("embedding with unknown attribute")
        << QByteArray(
               R"({"row_data": "x", "embeddings": [{"embedding_id": "e", "vector": [1], "dims": 1}]})")
        << u"Invalid attribute: 'dims'"_s;
    QTest::newRow("embedding without id")
        << QByteArray(R"({"row_data": "x", "embeddings": [{"vector": [1]}]})") << u"*"_s;
    QTest::newRow("embedding with empty vector")
        << QByteArray(R"({"row_data": "x", "embeddings": [{"embedding_id": "e", "vector": []}]})")
        << u"*"_s;
    QTest::newRow("embedding with a string")
        << QByteArray(
               R"({"row_data": "x", "embeddings": [{"embedding_id": "e", "vector": [1, "2"]}]})")
        << u"*"_s;
    QTest::newRow("embedding not an object")
        << QByteArray(R"({"row_data": "x", "embeddings": [[1, 2]]})") << u"*"_s;
    QTest::newRow("item a number") << QByteArray("5") << u"*"_s;
    QTest::newRow("item a list") << QByteArray(R"(["https://example.com/a.jpg"])") << u"*"_s;
    QTest::newRow("item null") << QByteArray("null") << u"*"_s;
}

void TestDataRowSpec::parseErrors()
{
    QFETCH(QByteArray, item);
    QFETCH(QString, message);
    for (const SpecMode mode : {SpecMode::Create, SpecMode::Upsert}) {
        const auto spec = parse(item.constData(), mode);
        QVERIFY(!spec);
        QCOMPARE(spec.error().code, ErrorCode::InvalidInput);
        QVERIFY(!spec.error().message.isEmpty());
        if (message.endsWith(u'*')) {
            QVERIFY2(spec.error().message.startsWith(message.chopped(1)),
                     qPrintable(spec.error().message));
        } else {
            QCOMPARE(spec.error().message, message);
        }
    }
}

void TestDataRowSpec::upsertKey_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<int>("type"); // UpsertKey::Type
    QTest::addColumn<QString>("value");
    QTest::newRow("ID")
        << QByteArray(
               R"({"key": {"type": "ID", "value": "clx4m2k9p000108l2a7fh3c9q"}, "external_id": "e"})")
        << int(UpsertKey::Type::Id) << u"clx4m2k9p000108l2a7fh3c9q"_s;
    QTest::newRow("GKEY")
        << QByteArray(
               R"({"external_id": "e", "key": {"type": "GKEY", "value": "street/0001.jpg"}})")
        << int(UpsertKey::Type::GlobalKey) << u"street/0001.jpg"_s;
}

void TestDataRowSpec::upsertKey()
{
    QFETCH(QByteArray, item);
    QFETCH(int, type);
    QFETCH(QString, value);
    const auto spec = parse(item.constData(), SpecMode::Upsert);
    QVERIFY2(spec, qPrintable(spec.error().message));
    QVERIFY(spec->key);
    QCOMPARE(int(spec->key->type), type);
    QCOMPARE(spec->key->value, value);
    QCOMPARE(spec->externalId, std::optional(u"e"_s));
    QVERIFY(!spec->rowData);

    // No key in upsert mode: a create.
    const auto noKey = parse(R"({"row_data": "x"})", SpecMode::Upsert);
    QVERIFY(noKey);
    QVERIFY(!noKey->key);
}

void TestDataRowSpec::badUpsertKey_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::newRow("unknown type") << QByteArray(
        R"({"key": {"type": "NAME", "value": "a"}, "external_id": "e"})");
    QTest::newRow("lower-case type")
        << QByteArray(R"({"key": {"type": "gkey", "value": "a"}, "external_id": "e"})");
    QTest::newRow("no value") << QByteArray(R"({"key": {"type": "ID"}, "external_id": "e"})");
    QTest::newRow("empty value") << QByteArray(
        R"({"key": {"type": "ID", "value": ""}, "external_id": "e"})");
    QTest::newRow("number value") << QByteArray(
        R"({"key": {"type": "ID", "value": 5}, "external_id": "e"})");
    QTest::newRow("extra field") << QByteArray(
        R"({"key": {"type": "ID", "value": "a", "x": 1}, "external_id": "e"})");
    QTest::newRow("bare string") << QByteArray(
        R"({"key": "clx4m2k9p000108l2a7fh3c9q", "external_id": "e"})");
    QTest::newRow("null") << QByteArray(R"({"key": null, "external_id": "e"})");
}

void TestDataRowSpec::badUpsertKey()
{
    QFETCH(QByteArray, item);
    const auto spec = parse(item.constData(), SpecMode::Upsert);
    QVERIFY(!spec);
    QVERIFY2(spec.error().message.startsWith(u"Invalid key"_s), qPrintable(spec.error().message));
}

void TestDataRowSpec::keyRejectedInCreateMode()
{
    const auto spec =
        parse(R"({"key": {"type": "GKEY", "value": "a"}, "row_data": "x"})", SpecMode::Create);
    QVERIFY(!spec);
    QCOMPARE(spec.error().message, u"Invalid attribute: 'key'"_s);
}

void TestDataRowSpec::emptyPayload_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("message");
    QTest::newRow("GKEY only") << QByteArray(R"({"key": {"type": "GKEY", "value": "notes-0001"}})")
                               << u"The following items have an empty payload: ['notes-0001']"_s;
    QTest::newRow("ID only")
        << QByteArray(R"({"key": {"type": "ID", "value": "clx4m2k9p000108l2a7fh3c9q"}})")
        << u"The following items have an empty payload: ['clx4m2k9p000108l2a7fh3c9q']"_s;
    QTest::newRow("key and nulls")
        << QByteArray(
               R"({"key": {"type": "GKEY", "value": "k"}, "global_key": null, "media_type": null})")
        << u"The following items have an empty payload: ['k']"_s;
}

void TestDataRowSpec::emptyPayload()
{
    QFETCH(QByteArray, item);
    QFETCH(QString, message);
    const auto spec = parse(item.constData(), SpecMode::Upsert);
    QVERIFY(!spec);
    QCOMPARE(spec.error().message, message);
    QCOMPARE(DataRowSpecs::emptyPayloadMessage(u"x"_s),
             u"The following items have an empty payload: ['x']"_s);
}

void TestDataRowSpec::bareStringPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"images"_s));
    QFile file(dir.filePath(u"images/a b.png"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not really a png");
    file.close();
    const QString absolute = QFileInfo(file).absoluteFilePath();

    for (const QString &given : {u"images/a b.png"_s, u"./images/../images/a b.png"_s, absolute}) {
        for (const SpecMode mode : {SpecMode::Create, SpecMode::Upsert}) {
            const auto spec = DataRowSpecs::parse(given, mode, dir.path());
            QVERIFY2(spec, qPrintable(spec.error().message));
            QCOMPARE(spec->rowData, std::optional(absolute));
            QVERIFY(QDir::isAbsolutePath(*spec->rowData));
            QVERIFY(!spec->globalKey);
            QVERIFY(!spec->key);
        }
    }
    // Relative to baseDir, not to the process's current directory.
    const auto elsewhere =
        DataRowSpecs::parse(u"images/a b.png"_s, SpecMode::Create, QDir::rootPath());
    QVERIFY(!elsewhere);
}

void TestDataRowSpec::bareStringErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto missing = DataRowSpecs::parse(u"nope/missing.jpg"_s, SpecMode::Create, dir.path());
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(dir.filePath(u"nope/missing.jpg"_s)),
             qPrintable(missing.error().message));

    const auto directory = DataRowSpecs::parse(u"."_s, SpecMode::Create, dir.path());
    QVERIFY(!directory);

    const auto empty = DataRowSpecs::parse(u""_s, SpecMode::Create, dir.path());
    QVERIFY(!empty);
}

void TestDataRowSpec::prepareCreate()
{
    const auto spec = parse(R"({
        "row_data": "https://example.com/a.jpg",
        "global_key": "street/0001.jpg",
        "external_id": "0001.jpg",
        "metadata_fields": [{"name": "tag", "value": "night"}, {"name": "split", "value": "train"}],
        "attachments": [{"type": "RAW_TEXT", "value": "dusk"}],
        "embeddings": [{"embedding_id": "clip", "vector": [1, 2]}]
    })");
    QVERIFY(spec);
    const auto row = DataRowSpecs::prepareCreate(*spec, schemas());
    QVERIFY2(row, qPrintable(row.error().message));
    QCOMPARE(row->rowData, std::optional(u"https://example.com/a.jpg"_s));
    QCOMPARE(row->globalKey, std::optional(u"street/0001.jpg"_s));
    QCOMPARE(row->externalId, std::optional(u"0001.jpg"_s));
    QCOMPARE(row->mediaType, std::optional(MediaType::Image));
    QCOMPARE(row->mediaAttributes.value(u"mime_type"_s).toString(), u"image/jpeg"_s);
    QVERIFY(row->metadata);
    QCOMPARE(row->metadata->size(), 2);
    QCOMPARE(row->metadata->at(0).schemaId, kTagId);
    QCOMPARE(row->metadata->at(1).optionId, kTrainId);
    QVERIFY(row->attachments);
    QCOMPARE(row->attachments->size(), 1);
    QVERIFY(row->embeddings);
    QCOMPARE(row->embeddings->first().vector, (QVector<double>{1, 2}));
    QVERIFY(row->warnings.isEmpty());

    // A given media type wins over detection; inline text is TEXT.
    const auto given = DataRowSpecs::prepareCreate(
        *parse(R"({"row_data": "https://example.com/a.jpg", "media_type": "VIDEO"})"), schemas());
    QVERIFY(given);
    QCOMPARE(given->mediaType, std::optional(MediaType::Video));
    const auto text =
        DataRowSpecs::prepareCreate(*parse(R"({"row_data": "hello there"})"), schemas());
    QVERIFY(text);
    QCOMPARE(text->mediaType, std::optional(MediaType::Text));
    QVERIFY(!text->globalKey);
    QVERIFY(!text->metadata);
    QVERIFY(!text->attachments);
}

void TestDataRowSpec::prepareCreateErrors_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("message"); // exact, or a prefix ending in '*'
    QTest::newRow("no row_data") << QByteArray(R"({"global_key": "k"})")
                                 << u"row_data cannot be empty"_s;
    QTest::newRow("empty row_data")
        << QByteArray(R"({"row_data": "", "global_key": "k"})") << u"row_data cannot be empty"_s;
    QTest::newRow("blank row_data")
        << QByteArray(R"({"row_data": "  \n"})") << u"row_data cannot be empty"_s;
    QTest::newRow("s3") << QByteArray(R"({"row_data": "s3://bucket/g.jpg"})")
                        << u"row_data: s3 assets must start with 'https'."_s;
    QTest::newRow("leading space in key")
        << QByteArray(
               R"({"row_data": "https://example.com/a.jpg", "global_key": " leading-space"})")
        << u"Invalid global key: ' leading-space' (*"_s;
    QTest::newRow("bad character in key")
        << QByteArray(R"({"row_data": "https://example.com/a.jpg", "global_key": "a#b"})")
        << u"Invalid global key: 'a#b' (*"_s;
    QTest::newRow("empty key") << QByteArray(R"({"row_data": "x", "global_key": ""})")
                               << u"Invalid global key: '' (*"_s;
    QTest::newRow("unknown enum option")
        << QByteArray(
               R"({"row_data": "x", "metadata_fields": [{"name": "split", "value": "holdout"}]})")
        << u"There is no enum option by name 'holdout' for enum name 'split'"_s;
    QTest::newRow("unknown metadata name")
        << QByteArray(R"({"row_data": "x", "metadata_fields": [{"name": "camera", "value": "a"}]})")
        << u"There is no metadata with name 'camera'"_s;
    QTest::newRow("unknown schema id")
        << QByteArray(
               R"({"row_data": "x", "metadata_fields": [{"schema_id": "cxxx", "value": "a"}]})")
        << u"Schema Id cxxx not found in ontology"_s;
    QTest::newRow("repeated field")
        << QByteArray(
               R"({"row_data": "x", "metadata_fields": [{"name": "tag", "value": "a"}, {"name": "tag", "value": "b"}]})")
        << u"A schemaId can only be specified once per DataRow : [cko8s9r5v0001h2dk9elqdidh]"_s;
    QTest::newRow("wrong kind")
        << QByteArray(
               R"({"row_data": "x", "metadata_fields": [{"name": "skipNFrames", "value": "lots"}]})")
        << u"Could not validate metadata [skipNFrames]: *"_s;
}

void TestDataRowSpec::prepareCreateErrors()
{
    QFETCH(QByteArray, item);
    QFETCH(QString, message);
    const auto spec = parse(item.constData());
    QVERIFY2(spec, qPrintable(spec.error().message));
    const auto row = DataRowSpecs::prepareCreate(*spec, schemas());
    QVERIFY(!row);
    QCOMPARE(row.error().code, ErrorCode::InvalidInput);
    if (message.endsWith(u'*')) {
        QVERIFY2(row.error().message.startsWith(message.chopped(1)),
                 qPrintable(row.error().message));
    } else {
        QCOMPARE(row.error().message, message);
    }
}

void TestDataRowSpec::prepareCreateWarnings()
{
    for (const char *item : {R"({"row_data": "https://example.com/a.jpg#frag"})",
                             R"({"row_data": "https://example.com/<a>.jpg"})",
                             R"({"row_data": "https://example.com/a||b.jpg"})"}) {
        const auto row = DataRowSpecs::prepareCreate(*parse(item), schemas());
        QVERIFY2(row, item);
        QCOMPARE(row->warnings.size(), 1);
        QVERIFY(row->warnings.first().contains(*row->rowData));
        QCOMPARE(row->mediaType, std::optional(MediaType::Image));
    }
    const auto text =
        DataRowSpecs::prepareCreate(*parse(R"({"row_data": "issue #4 <b>"})"), schemas());
    QVERIFY(text);
    QVERIFY(text->warnings.isEmpty());
}

void TestDataRowSpec::prepareUpdateOnlyGivenFields()
{
    const auto external = DataRowSpecs::prepareUpdate(
        *parse(R"({"key": {"type": "GKEY", "value": "k"}, "external_id": "renamed"})",
               SpecMode::Upsert),
        schemas());
    QVERIFY2(external, qPrintable(external.error().message));
    QCOMPARE(external->externalId, std::optional(u"renamed"_s));
    QVERIFY(!external->rowData);
    QVERIFY(!external->globalKey);
    QVERIFY(!external->mediaType);
    QVERIFY(!external->metadata);
    QVERIFY(!external->attachments);
    QVERIFY(!external->embeddings);
    QVERIFY(external->mediaAttributes.isEmpty());

    const auto metadata = DataRowSpecs::prepareUpdate(
        *parse(
            R"({"key": {"type": "ID", "value": "c1"}, "metadata_fields": [{"name": "split", "value": "valid"}]})",
            SpecMode::Upsert),
        schemas());
    QVERIFY2(metadata, qPrintable(metadata.error().message));
    QVERIFY(metadata->metadata);
    QCOMPARE(metadata->metadata->size(), 1);
    QCOMPARE(metadata->metadata->first().optionName, u"valid"_s);
    QVERIFY(!metadata->rowData);
    QVERIFY(!metadata->externalId);
    QVERIFY(!metadata->attachments);

    // An empty list is given: it replaces the row's set with nothing.
    const auto cleared = DataRowSpecs::prepareUpdate(
        *parse(R"({"key": {"type": "ID", "value": "c1"}, "attachments": []})", SpecMode::Upsert),
        schemas());
    QVERIFY(cleared);
    QVERIFY(cleared->attachments);
    QVERIFY(cleared->attachments->isEmpty());
    QVERIFY(!cleared->metadata);

    const auto rowData = DataRowSpecs::prepareUpdate(
        *parse(R"({"key": {"type": "ID", "value": "c1"}, "row_data": "https://example.com/v.mp4"})",
               SpecMode::Upsert),
        schemas());
    QVERIFY(rowData);
    QCOMPARE(rowData->rowData, std::optional(u"https://example.com/v.mp4"_s));
    QCOMPARE(rowData->mediaType, std::optional(MediaType::Video));
    QCOMPARE(rowData->mediaAttributes.value(u"mime_type"_s).toString(), u"video/mp4"_s);
    QVERIFY(!rowData->globalKey);
}

void TestDataRowSpec::prepareUpdateErrors()
{
    const auto s3 = DataRowSpecs::prepareUpdate(
        *parse(R"({"key": {"type": "ID", "value": "c1"}, "row_data": "s3://b/a.jpg"})",
               SpecMode::Upsert),
        schemas());
    QVERIFY(!s3);
    QCOMPARE(s3.error().message, u"row_data: s3 assets must start with 'https'."_s);

    const auto badKey = DataRowSpecs::prepareUpdate(
        *parse(R"({"key": {"type": "ID", "value": "c1"}, "global_key": "a  b"})", SpecMode::Upsert),
        schemas());
    QVERIFY(!badKey);
    QVERIFY2(badKey.error().message.startsWith(u"Invalid global key: 'a  b' ("_s),
             qPrintable(badKey.error().message));

    const auto badMetadata = DataRowSpecs::prepareUpdate(
        *parse(
            R"({"key": {"type": "ID", "value": "c1"}, "metadata_fields": [{"name": "x", "value": 1}]})",
            SpecMode::Upsert),
        schemas());
    QVERIFY(!badMetadata);
    QCOMPARE(badMetadata.error().message, u"There is no metadata with name 'x'"_s);

    const auto emptyRowData = DataRowSpecs::prepareUpdate(
        *parse(R"({"key": {"type": "ID", "value": "c1"}, "row_data": ""})", SpecMode::Upsert),
        schemas());
    QVERIFY(!emptyRowData);
}

void TestDataRowSpec::badSpecsFixture()
{
    const QByteArray input = test::fixture(u"bad-specs.example.ndjson"_s);
    QVERIFY(!input.isEmpty());
    const QVector<InputItem> items = readAll(input, SpecMode::Create, QDir::tempPath());
    QCOMPARE(items.size(), 9);
    for (int i = 0; i < items.size(); ++i) {
        QCOMPARE(items[i].position.number, i + 1);
        QVERIFY(!items[i].position.isIndex);
    }

    // Lines that fail when read, with their messages.
    QVERIFY(items[4].failed());
    QCOMPARE(items[4].error, u"Invalid attribute: 'colour'"_s);
    QVERIFY(items[6].failed());
    QCOMPARE(items[6].error,
             u"attachment_type must be one of {IMAGE, VIDEO, RAW_TEXT, TEXT_URL, HTML, "
             u"IMAGE_OVERLAY, PDF_URL, CAMERA_IMAGE, AUDIO}. Found GIF"_s);
    QVERIFY(items[7].failed());
    QVERIFY(!items[7].spec);
    QCOMPARE(items[7].original, QJsonValue(u"this line is not json"_s));
    // A failed item still carries the spec as given, for failedDataRows.
    QCOMPARE(items[4].original.toObject().value(u"colour"_s).toString(), u"red"_s);

    // The rest parse; the store-independent rules then fail some of them.
    const QString expected[] = {
        u"Invalid global key: ' leading-space' (*"_s,
        QString(), // dup: only the store knows it is taken
        QString(), // DUP
        u"row_data cannot be empty"_s,
        {},
        u"There is no enum option by name 'holdout' for enum name 'split'"_s,
        {},
        {},
        u"row_data: s3 assets must start with 'https'."_s,
    };
    for (const int i : {0, 1, 2, 3, 5, 8}) {
        QVERIFY2(!items[i].failed(), qPrintable(items[i].error));
        QVERIFY(items[i].spec);
        const auto row = DataRowSpecs::prepareCreate(*items[i].spec, schemas());
        if (expected[i].isNull()) {
            QVERIFY2(row, qPrintable(row.error().message));
        } else if (expected[i].endsWith(u'*')) {
            QVERIFY(!row);
            QVERIFY2(row.error().message.startsWith(expected[i].chopped(1)),
                     qPrintable(row.error().message));
        } else {
            QVERIFY(!row);
            QCOMPARE(row.error().message, expected[i]);
        }
    }
}

void TestDataRowSpec::createSpecsFixture()
{
    const QVector<InputItem> items =
        readAll(test::fixture(u"create-specs.example.json"_s), SpecMode::Create, QDir::tempPath());
    QCOMPARE(items.size(), 3);
    QVector<MediaType> types;
    for (int i = 0; i < items.size(); ++i) {
        QVERIFY2(!items[i].failed(), qPrintable(items[i].error));
        QCOMPARE(items[i].position.number, i);
        QVERIFY(items[i].position.isIndex);
        const auto row = DataRowSpecs::prepareCreate(*items[i].spec, schemas());
        QVERIFY2(row, qPrintable(row.error().message));
        types.append(*row->mediaType);
    }
    QCOMPARE(types,
             (QVector<MediaType>{MediaType::Image, MediaType::Text, MediaType::Conversational}));
    QCOMPARE(items[0].spec->metadataFields->size(), 3);
    QCOMPARE(items[0].spec->attachments->first().name, u"notes"_s);
    QCOMPARE(items[2].spec->globalKey, std::optional(u"chat-0001"_s));
    QVERIFY(items[2].spec->rowData->startsWith(u'{'));
}

void TestDataRowSpec::upsertSpecsFixture()
{
    const QVector<InputItem> items = readAll(test::fixture(u"upsert-specs.example.ndjson"_s),
                                             SpecMode::Upsert, QDir::tempPath());
    QCOMPARE(items.size(), 3);
    for (const InputItem &item : items) {
        QVERIFY2(!item.failed(), qPrintable(item.error));
    }
    QCOMPARE(items[0].spec->key->type, UpsertKey::Type::GlobalKey);
    QCOMPARE(items[0].spec->key->value, u"street-scenes/0001.jpg"_s);
    QCOMPARE(items[0].spec->externalId, std::optional(u"0001-renamed.jpg"_s));
    QVERIFY(!items[0].spec->rowData);
    QCOMPARE(items[1].spec->key->value, u"notes-0001"_s);
    QVERIFY(items[1].spec->metadataFields);
    QVERIFY(!items[2].spec->key);

    // The same file read for create rejects the keys.
    const QVector<InputItem> asCreate = readAll(test::fixture(u"upsert-specs.example.ndjson"_s),
                                                SpecMode::Create, QDir::tempPath());
    QCOMPARE(asCreate.size(), 3);
    QCOMPARE(asCreate[0].error, u"Invalid attribute: 'key'"_s);
    QCOMPARE(asCreate[1].error, u"Invalid attribute: 'key'"_s);
    QVERIFY(!asCreate[2].failed());
}

QTEST_GUILESS_MAIN(TestDataRowSpec)
#include "tst_datarowspec.moc"
