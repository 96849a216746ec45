#include "cuid.h"
#include "exportline.h"
#include "storetest.h"
#include "timestamp.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

namespace {

const QString kExportRowId = u"clx4m2k9p000108l2a7fh3c9q"_s;
const QString kExportProjectId = u"clx4m3b1e000408l2fz8y6k0d"_s;
const QString kExportLabelId = u"clx4m4c2f000508l2h6s1w9ra"_s;
const QString kCameraId = u"clx4m0q7c000208l2bq1k9z2e"_s;

QString metadataText(const QVector<MetadataValue> &values)
{
    QStringList parts;
    for (const MetadataValue &value : values) {
        parts.append(value.schemaName + u'=' + MetadataValues::displayText(value));
    }
    return parts.join(u"; "_s);
}

QString attachmentText(const QVector<Attachment> &attachments)
{
    QStringList parts;
    for (const Attachment &attachment : attachments) {
        parts.append(Attachments::typeName(attachment.type) + u':' + attachment.value +
                     (attachment.name.isNull() ? QString() : u" ("_s + attachment.name + u")"_s));
    }
    return parts.join(u"; "_s);
}

// The keys of a JSON text in the order they are written, as "depth:key"; the value of a key
// named `skip` is not looked into (label annotations are the user's own content).
QStringList keyOrder(const QByteArray &json, const QByteArray &skip)
{
    QStringList keys;
    int depth = 0;
    qsizetype i = 0;
    auto readString = [&json](qsizetype &pos) {
        QByteArray text;
        for (++pos; pos < json.size() && json[pos] != '"'; ++pos) {
            if (json[pos] == '\\') {
                ++pos;
            }
            text += json[pos];
        }
        ++pos;
        return text;
    };
    auto skipSpace = [&json](qsizetype &pos) {
        while (pos < json.size() && QChar::isSpace(uchar(json[pos]))) {
            ++pos;
        }
    };
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            const QByteArray text = readString(i);
            skipSpace(i);
            if (i < json.size() && json[i] == ':') {
                keys.append(QString::number(depth) + u':' + QString::fromUtf8(text));
                ++i;
                if (text == skip) {
                    // Skip the value: a container up to its matching end.
                    skipSpace(i);
                    int inner = 0;
                    do {
                        if (json[i] == '"') {
                            readString(i);
                            continue;
                        }
                        if (json[i] == '{' || json[i] == '[') {
                            ++inner;
                        } else if (json[i] == '}' || json[i] == ']') {
                            --inner;
                        }
                        ++i;
                    } while (inner > 0 && i < json.size());
                }
            }
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
        ++i;
    }
    return keys;
}

QJsonObject exportFixture()
{
    return QJsonDocument::fromJson(test::fixture(u"export-line.example.json"_s)).object();
}

QByteArray exportFixtureLine()
{
    return QJsonDocument(exportFixture()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRowWriter final : public QObject {
    Q_OBJECT

private slots:
    void createFromExampleFile();
    void badSpecsFailLineByLine();
    void reportJsonShape();
    void resultOrderIsInputOrder();
    void statusCompleteWithErrorsFailedWhenNothingSucceeded();
    void failedCallChangesNothingEvenForANewUser();
    void emptyInputIsComplete();
    void keysAreUniqueAcrossDatasetsAndCase();
    void keyFreedByDeleteIsReusableAtOnce();
    void keyLengthLimit();
    void invalidKeys_data();
    void invalidKeys();
    void mediaTypes();
    void bareStringIsALocalFile();
    void keyIsNotACreateAttribute();
    void upsertById();
    void upsertByGlobalKeyUpdatesInPlaceInAnotherDataset();
    void upsertByMissingGlobalKeyCreatesTheRow();
    void upsertChangesOnlyPresentFields();
    void upsertReplacesMetadataAndAttachments();
    void upsertEmptyPayload();
    void upsertToATakenKeyFails();
    void upsertExampleFileAfterCreateFile();
    void urlWarningLandsInWarnings();
    void embeddingDimensionIsFixedByTheFirstVector();
    void failingItemLeavesNothing();
    void importExportLineKeepsEverything();
    void importingTheSameLineAgainFails();
    void exportAfterImportGivesTheSameLine();
    void roundTripOfCustomFieldsAndEmbeddings();
    void importWithoutDetailsOrAssetType();
    void importAddsANewEnumOptionOnce();
    void importKeepsEachLinesProjectOrder();
    void failedImportLeavesNoFieldsBehind();
    void busyWorkspaceFailsTheWholeCall();
};

void TestRowWriter::createFromExampleFile()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Examples"_s);
    const QVector<InputItem> items =
        test::readItems(test::fixture(u"create-specs.example.json"_s), SpecMode::Create, ws.dir());
    QCOMPARE(items.size(), 3);
    auto report = ws->writer().write(dataset, items, SpecMode::Create);
    QVERIFY2(report, qPrintable(report.error().message));
    QCOMPARE(test::errorList(*report), QStringList());
    QCOMPARE(report->status(), u"COMPLETE"_s);
    QCOMPARE(report->created, qint64(3));
    QCOMPARE(report->updated, qint64(0));
    QCOMPARE(report->result.size(), 3);
    QCOMPARE(report->warnings.size(), 0);
    QCOMPARE(ws->datasets().get(dataset)->rowCount, qint64(3));

    const CreatedRow &image = report->result[0];
    QVERIFY(Cuid::isValid(image.id));
    QCOMPARE(image.globalKey, u"street-scenes/0001.jpg"_s);
    QCOMPARE(image.externalId, u"0001.jpg"_s);
    QCOMPARE(image.rowData, u"https://example.com/street-scenes/0001.jpg"_s);
    auto imageRow = ws->rows().get(image.id);
    QVERIFY(imageRow);
    QCOMPARE(imageRow->datasetId, dataset);
    QCOMPARE(imageRow->mediaType, MediaType::Image);
    QCOMPARE(imageRow->mediaAttributes.value(u"mime_type"_s).toString(), u"image/jpeg"_s);
    QCOMPARE(imageRow->createdBy, u"tester@example.com"_s);
    QVERIFY(imageRow->createdAt > 0);
    QCOMPARE(imageRow->updatedAt, imageRow->createdAt);
    QCOMPARE(imageRow->lastActivityAt, imageRow->createdAt);

    auto metadata = ws->metadata().rowMetadata(image.id);
    QVERIFY(metadata);
    QCOMPARE(metadataText(*metadata),
             u"tag=night; split=train; captureDateTime=2026-11-29T18:40:00.000+00:00"_s);
    QCOMPARE(metadata->at(1).schemaId, QString::fromLatin1(ReservedMetadata::kSplitId));
    QCOMPARE(metadata->at(1).optionId, QString::fromLatin1(ReservedMetadata::kSplitTrainId));
    QCOMPARE(metadata->at(2).time, *Timestamp::parse(u"2026-11-29T18:40:00Z"));
    auto attachments = ws->attachments().list(image.id);
    QVERIFY(attachments);
    QCOMPARE(attachmentText(*attachments), u"RAW_TEXT:Taken at dusk, light rain (notes)"_s);
    QVERIFY(Cuid::isValid(attachments->first().id));

    const CreatedRow &text = report->result[1];
    QCOMPARE(text.globalKey, u"notes-0001"_s);
    QVERIFY(text.externalId.isNull());
    auto textRow = ws->rows().get(text.id);
    QVERIFY(textRow);
    QCOMPARE(textRow->mediaType, MediaType::Text);
    QCOMPARE(textRow->rowData, u"A plain text row: the quick brown fox."_s);
    QVERIFY(textRow->externalId.isNull());
    QCOMPARE(ws->metadata().rowMetadata(text.id)->size(), 0);
    QCOMPARE(ws->attachments().list(text.id)->size(), 0);

    const CreatedRow &chat = report->result[2];
    QCOMPARE(chat.globalKey, u"chat-0001"_s);
    auto chatRow = ws->rows().get(chat.id);
    QVERIFY(chatRow);
    QCOMPARE(chatRow->mediaType, MediaType::Conversational);
    // An object row_data is stored as its JSON text.
    const QJsonArray specs =
        QJsonDocument::fromJson(test::fixture(u"create-specs.example.json"_s)).array();
    QCOMPARE(QJsonDocument::fromJson(chatRow->rowData.toUtf8()).object(),
             specs[2].toObject().value(u"row_data"_s).toObject());
    QCOMPARE(chat.rowData, chatRow->rowData);

    // What the report said is what was stored.
    ws.reopen();
    QCOMPARE(ws.count("SELECT count(*) FROM data_row"), qint64(3));
    QCOMPARE(ws->rows().getByGlobalKey(u"chat-0001"_s)->id, chat.id);
}

void TestRowWriter::badSpecsFailLineByLine()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Bad"_s);
    const QVector<InputItem> items =
        test::readItems(test::fixture(u"bad-specs.example.ndjson"_s), SpecMode::Create, ws.dir());
    QCOMPARE(items.size(), 9);
    auto report = ws->writer().write(dataset, items, SpecMode::Create);
    QVERIFY2(report, qPrintable(report.error().message));
    QCOMPARE(report->status(), u"COMPLETE"_s);
    QCOMPARE(report->created, qint64(1));
    QCOMPARE(report->updated, qint64(0));
    QCOMPARE(report->errors.size(), 8);

    QCOMPARE(report->errors[0].position.number, qint64(1));
    QVERIFY(!report->errors[0].position.isIndex);
    QVERIFY2(report->errors[0].message.startsWith(u"Invalid global key: ' leading-space' ("_s),
             qPrintable(report->errors[0].message));
    QVERIFY(report->errors[0].message.endsWith(u')'));
    QVERIFY(report->errors[0].message.contains(u"space"_s));

    const QStringList expected = {
        u"Duplicate global key: 'DUP' @ line 3"_s,
        u"row_data cannot be empty @ line 4"_s,
        u"Invalid attribute: 'colour' @ line 5"_s,
        u"There is no enum option by name 'holdout' for enum name 'split' @ line 6"_s,
        u"attachment_type must be one of {IMAGE, VIDEO, RAW_TEXT, TEXT_URL, HTML, IMAGE_OVERLAY, "
        "PDF_URL, CAMERA_IMAGE, AUDIO}. Found GIF @ line 7"_s,
    };
    QCOMPARE(test::errorList(*report).mid(1, 5), expected);

    QCOMPARE(report->errors[6].position.number, qint64(8));
    QVERIFY2(report->errors[6].message.contains(u"not valid JSON"_s),
             qPrintable(report->errors[6].message));
    QCOMPARE(report->errors[6].failedDataRow, QJsonValue(u"this line is not json"_s));
    QCOMPARE(test::errorList(*report).last(),
             u"row_data: s3 assets must start with 'https'. @ line 9"_s);

    // Each failed item is reported as given.
    const QList<QByteArray> lines = test::fixture(u"bad-specs.example.ndjson"_s).split('\n');
    for (const TaskItemError &error : report->errors) {
        if (error.position.number != 8) {
            QCOMPARE(error.failedDataRow,
                     QJsonValue(test::js(lines[error.position.number - 1]).toObject()));
        }
    }

    // The good line went in; nothing of the others did.
    QCOMPARE(report->result.size(), 1);
    QCOMPARE(report->result[0].globalKey, u"dup"_s);
    QCOMPARE(report->result[0].rowData, u"https://example.com/b.jpg"_s);
    QCOMPARE(ws.count("SELECT count(*) FROM data_row"), qint64(1));
    QCOMPARE(ws.count("SELECT count(*) FROM metadata_value"), qint64(0));
    QCOMPARE(ws.count("SELECT count(*) FROM attachment"), qint64(0));
    QCOMPARE(ws->datasets().get(dataset)->rowCount, qint64(1));
    QCOMPARE(ws->rows().getByGlobalKey(u"DUP"_s)->rowData, u"https://example.com/b.jpg"_s);
}

void TestRowWriter::reportJsonShape()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Shapes"_s);
    // A JSON array: positions are 0-based indexes, written as "index".
    auto arrayReport = test::writeText(
        ws, dataset,
        R"([{"row_data": "fine", "global_key": "g1", "external_id": "e1"}, {"row_data": ""}])");
    QVERIFY(arrayReport);
    const QJsonObject array = test::jsonOf(*arrayReport);
    QCOMPARE(array.value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(array.value(u"created"_s).toInt(), 1);
    QCOMPARE(array.value(u"updated"_s).toInt(), 0);
    const QJsonObject result = array.value(u"result"_s).toArray().first().toObject();
    QCOMPARE(result.value(u"id"_s).toString(), arrayReport->result[0].id);
    QCOMPARE(result.value(u"global_key"_s).toString(), u"g1"_s);
    QCOMPARE(result.value(u"external_id"_s).toString(), u"e1"_s);
    QCOMPARE(result.value(u"row_data"_s).toString(), u"fine"_s);
    const QJsonObject error = array.value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"message"_s).toString(), u"row_data cannot be empty"_s);
    QCOMPARE(error.value(u"index"_s).toInt(-1), 1);
    QVERIFY(!error.contains(u"line"_s));
    QCOMPARE(error.value(u"failedDataRows"_s).toArray(),
             (QJsonArray{QJsonObject{{u"row_data"_s, u""_s}}}));
    QCOMPARE(array.value(u"warnings"_s).toArray(), QJsonArray());

    // NDJSON: 1-based lines, written as "line"; blank lines still count.
    auto lineReport = test::writeText(
        ws, dataset, "\n{\"row_data\": \"https://example.com/a#b.jpg\"}\n\n{\"row_data\": \"\"}\n");
    QVERIFY(lineReport);
    const QJsonObject lines = test::jsonOf(*lineReport);
    const QJsonObject lineError = lines.value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(lineError.value(u"line"_s).toInt(-1), 4);
    QVERIFY(!lineError.contains(u"index"_s));
    const QJsonObject warning = lines.value(u"warnings"_s).toArray().first().toObject();
    QCOMPARE(warning.value(u"line"_s).toInt(-1), 2);
    QVERIFY(!warning.value(u"message"_s).toString().isEmpty());
    QVERIFY(lines.value(u"result"_s).toArray().first().toObject().value(u"global_key"_s).isNull());

    // Nothing succeeded: FAILED.
    auto failed = test::writeText(ws, dataset, R"({"row_data": ""})");
    QVERIFY(failed);
    QCOMPARE(test::jsonOf(*failed).value(u"status"_s).toString(), u"FAILED"_s);
}

void TestRowWriter::resultOrderIsInputOrder()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Order"_s);
    auto created = test::writeText(ws, dataset, R"({"row_data": "r5", "global_key": "k5"}
{"row_data": "r1", "global_key": "k1"}
{"row_data": ""}
{"row_data": "r9", "global_key": "k9"}
{"row_data": "r3", "global_key": "k3"}
)");
    QVERIFY(created);
    QStringList order;
    for (const CreatedRow &row : created->result) {
        order.append(row.rowData);
    }
    QCOMPARE(order, (QStringList{u"r5"_s, u"r1"_s, u"r9"_s, u"r3"_s}));

    // Upserts mixing updates and creates answer in input order too.
    auto upserted = test::writeText(ws, dataset,
                                    R"({"key": {"type": "GKEY", "value": "k9"}, "row_data": "u9"}
{"row_data": "new-a"}
{"key": {"type": "GKEY", "value": "k1"}, "row_data": "u1"}
{"key": {"type": "GKEY", "value": "k7"}, "row_data": "new-k7"}
{"key": {"type": "GKEY", "value": "k5"}, "row_data": "u5"}
)",
                                    SpecMode::Upsert);
    QVERIFY(upserted);
    order.clear();
    QStringList keys;
    for (const CreatedRow &row : upserted->result) {
        order.append(row.rowData);
        keys.append(row.globalKey);
    }
    QCOMPARE(order, (QStringList{u"u9"_s, u"new-a"_s, u"u1"_s, u"new-k7"_s, u"u5"_s}));
    QCOMPARE(keys, (QStringList{u"k9"_s, QString(), u"k1"_s, u"k7"_s, u"k5"_s}));
    QCOMPARE(upserted->result[0].id, created->result[2].id);
    QCOMPARE(upserted->result[2].id, created->result[1].id);
    QCOMPARE(upserted->result[4].id, created->result[0].id);
    QCOMPARE(upserted->created, qint64(2));
    QCOMPARE(upserted->updated, qint64(3));
}

void TestRowWriter::statusCompleteWithErrorsFailedWhenNothingSucceeded()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Status"_s);
    auto mixed = test::writeText(ws, dataset, R"({"row_data": "ok"}
{"row_data": ""}
)");
    QVERIFY(mixed);
    QCOMPARE(mixed->status(), u"COMPLETE"_s);
    QCOMPARE(mixed->errors.size(), 1);

    const QByteArray before = ws.snapshot();
    auto failed = test::writeText(ws, dataset, R"({"row_data": ""}
{"row_data": "s3://bucket/key.jpg"}
{"colour": "red"}
broken
)");
    QVERIFY(failed);
    QCOMPARE(failed->status(), u"FAILED"_s);
    QCOMPARE(failed->created, qint64(0));
    QCOMPARE(failed->errors.size(), 4);
    QCOMPARE(failed->result.size(), 0);
    QCOMPARE(ws.snapshot(), before);

    // An upsert whose every item fails is FAILED too and changes nothing.
    auto failedUpsert = test::writeText(
        ws, dataset,
        R"({"key": {"type": "ID", "value": "cnosuchrow000000000000000"}, "row_data": "x"})",
        SpecMode::Upsert);
    QVERIFY(failedUpsert);
    QCOMPARE(failedUpsert->status(), u"FAILED"_s);
    QCOMPARE(ws.snapshot(), before);
}

void TestRowWriter::failedCallChangesNothingEvenForANewUser()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Shared"_s);
    const QByteArray before = ws.snapshot();
    // Another user (the CLI under another login, say) whose every item fails leaves no trace,
    // not even a user record.
    WorkspaceOptions options = TestWorkspace::testOptions();
    options.user = {u"someone.else@example.com"_s, u"Someone Else"_s};
    auto other = Catalog::open(ws.path(), options);
    QVERIFY2(other, qPrintable(other.error().message));
    const QVector<InputItem> items =
        test::readItems(R"({"row_data": ""})", SpecMode::Create, ws.dir());
    auto report = (*other)->writer().write(dataset, items, SpecMode::Create);
    QVERIFY(report);
    QCOMPARE(report->status(), u"FAILED"_s);
    QCOMPARE(ws.snapshot(), before);

    // A successful write records the user as the row's creator.
    const QVector<InputItem> good =
        test::readItems(R"({"row_data": "by someone else"})", SpecMode::Create, ws.dir());
    auto written = (*other)->writer().write(dataset, good, SpecMode::Create);
    QVERIFY(written);
    QCOMPARE(written->created, qint64(1));
    QCOMPARE(ws->rows().get(written->result[0].id)->createdBy, u"someone.else@example.com"_s);
}

void TestRowWriter::emptyInputIsComplete()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Empty"_s);
    auto report = ws->writer().write(dataset, {}, SpecMode::Create);
    QVERIFY(report);
    QCOMPARE(report->status(), u"COMPLETE"_s);
    QCOMPARE(report->created, qint64(0));
    QCOMPARE(report->result.size(), 0);
}

void TestRowWriter::keysAreUniqueAcrossDatasetsAndCase()
{
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"A"_s);
    const QString b = test::newDataset(ws, u"B"_s);
    const QString first =
        test::createRow(ws, a, QByteArray(R"({"row_data": "one", "global_key": "Key-A"})"));
    QVERIFY(!first.isEmpty());
    const QByteArray before = ws.snapshot();
    auto report = test::writeText(ws, b, R"({"row_data": "two", "global_key": "key-a"}
{"row_data": "three", "global_key": "KEY-A"}
{"row_data": "four", "global_key": "Key-A"}
)");
    QVERIFY(report);
    QCOMPARE(test::errorList(*report), (QStringList{u"Duplicate global key: 'key-a' @ line 1"_s,
                                                    u"Duplicate global key: 'KEY-A' @ line 2"_s,
                                                    u"Duplicate global key: 'Key-A' @ line 3"_s}));
    QCOMPARE(report->status(), u"FAILED"_s);
    QCOMPARE(ws.snapshot(), before);

    // Repeated within one batch: the first wins, the repeat fails alone.
    auto batch = test::writeText(ws, b, R"({"row_data": "x", "global_key": "batch-key"}
{"row_data": "y", "global_key": "BATCH-KEY"}
{"row_data": "z", "global_key": "other-key"}
)");
    QVERIFY(batch);
    QCOMPARE(test::errorList(*batch), QStringList{u"Duplicate global key: 'BATCH-KEY' @ line 2"_s});
    QCOMPARE(batch->created, qint64(2));
    QCOMPARE(ws->rows().getByGlobalKey(u"batch-KEY"_s)->rowData, u"x"_s);
    QCOMPARE(ws->datasets().get(b)->rowCount, qint64(2));
}

void TestRowWriter::keyFreedByDeleteIsReusableAtOnce()
{
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"A"_s);
    const QString b = test::newDataset(ws, u"B"_s);
    const QString first =
        test::createRow(ws, a, QByteArray(R"({"row_data": "one", "global_key": "reuse-me"})"));
    QVERIFY(!first.isEmpty());
    QVERIFY(ws->rows().remove(first));
    const QString second =
        test::createRow(ws, b, QByteArray(R"({"row_data": "two", "global_key": "REUSE-ME"})"));
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    auto found = ws->rows().getByGlobalKey(u"reuse-me"_s);
    QVERIFY(found);
    QCOMPARE(found->id, second);
    QCOMPARE(found->globalKey, u"REUSE-ME"_s);
    QCOMPARE(found->datasetId, b);
}

void TestRowWriter::keyLengthLimit()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Keys"_s);
    const QString longest = QString(199, u'k') + u'1';
    const QString tooLong = QString(200, u'k') + u'2';
    const QJsonArray specs = {QJsonObject{{u"row_data"_s, u"a"_s}, {u"global_key"_s, longest}},
                              QJsonObject{{u"row_data"_s, u"b"_s}, {u"global_key"_s, tooLong}}};
    auto report = test::writeSpecs(ws, dataset, specs);
    QVERIFY(report);
    QCOMPARE(report->created, qint64(1));
    QCOMPARE(report->result[0].globalKey, longest);
    QCOMPARE(report->errors.size(), 1);
    QCOMPARE(report->errors[0].position.number, qint64(2));
    const QString message = report->errors[0].message;
    QVERIFY2(message.startsWith(u"Invalid global key: '"_s + tooLong + u"' ("_s),
             qPrintable(message));
    QVERIFY(message.endsWith(u')'));
    QVERIFY(message.contains(u"too long"_s));
    QCOMPARE(ws->rows().getByGlobalKey(longest)->globalKey, longest);
}

void TestRowWriter::invalidKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("not allowed character") << u"a#b"_s << u"character"_s;
    QTest::newRow("non-ASCII") << u"caf\u00e9"_s << u"character"_s;
    QTest::newRow("leading space") << u" a"_s << u"space"_s;
    QTest::newRow("trailing space") << u"a "_s << u"space"_s;
    QTest::newRow("two spaces") << u"a  b"_s << u"space"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TestRowWriter::invalidKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, reasonPart);
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Keys"_s);
    const QByteArray before = ws.snapshot();
    auto report = test::writeSpecs(ws, dataset,
                                   {QJsonObject{{u"row_data"_s, u"a"_s}, {u"global_key"_s, key}}});
    QVERIFY(report);
    QCOMPARE(report->errors.size(), 1);
    const QString message = report->errors[0].message;
    QVERIFY2(message.startsWith(u"Invalid global key: '"_s + key + u"' ("_s), qPrintable(message));
    QVERIFY(message.endsWith(u')'));
    QVERIFY2(message.contains(reasonPart), qPrintable(message));
    QCOMPARE(ws.snapshot(), before);
}

void TestRowWriter::mediaTypes()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Media"_s);
    auto report = test::writeText(ws, dataset, R"({"row_data": "https://example.com/v.mp4"}
{"row_data": "https://example.com/no-extension"}
{"row_data": "https://example.com/a.jpg", "media_type": "video"}
{"row_data": "https://example.com/a.jpg", "media_type": "GIFFY"}
{"row_data": "https://example.com/doc.pdf"}
{"row_data": "https://example.com/page.html"}
{"row_data": "https://example.com/x.jpg", "media_type": "tms_geo"}
)");
    QVERIFY(report);
    QCOMPARE(test::errorList(*report),
             QStringList{u"Found invalid media type: 'GIFFY' @ line 4"_s});
    QStringList types;
    for (const CreatedRow &row : report->result) {
        types.append(MediaTypes::name(ws->rows().get(row.id)->mediaType));
    }
    QCOMPARE(types, (QStringList{u"VIDEO"_s, u"UNKNOWN"_s, u"VIDEO"_s, u"PDF"_s, u"HTML"_s,
                                 u"TMS_GEO"_s}));
}

void TestRowWriter::bareStringIsALocalFile()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Files"_s);
    QFile file(ws.filePath(u"notes.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("some notes\n");
    file.close();
    auto report = test::writeText(ws, dataset, "\"notes.txt\"\n\"missing.png\"\n");
    QVERIFY(report);
    QCOMPARE(report->created, qint64(1));
    QCOMPARE(report->result[0].rowData, file.fileName());
    QCOMPARE(ws->rows().get(report->result[0].id)->mediaType, MediaType::Text);
    QCOMPARE(report->errors.size(), 1);
    QCOMPARE(report->errors[0].position.number, qint64(2));
    QVERIFY2(report->errors[0].message.contains(ws.filePath(u"missing.png"_s)),
             qPrintable(report->errors[0].message));
}

void TestRowWriter::keyIsNotACreateAttribute()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Create"_s);
    auto report =
        test::writeText(ws, dataset, R"({"key": {"type": "GKEY", "value": "k"}, "row_data": "x"})");
    QVERIFY(report);
    QCOMPARE(test::errorList(*report), QStringList{u"Invalid attribute: 'key' @ line 1"_s});
}

void TestRowWriter::upsertById()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Upsert"_s);
    const QString id = test::createRow(
        ws, dataset, QByteArray(R"({"row_data": "before", "global_key": "by-id"})"));
    QVERIFY(!id.isEmpty());
    const QString missing = u"cnosuchrow000000000000000"_s;
    auto report = test::writeSpecs(
        ws, dataset,
        {test::js(u"{\"key\": {\"type\": \"ID\", \"value\": \"%1\"}, \"row_data\": \"after\"}"_s
                      .arg(id)),
         test::js(u"{\"key\": {\"type\": \"ID\", \"value\": \"%1\"}, \"row_data\": \"never\"}"_s
                      .arg(missing))},
        SpecMode::Upsert);
    QVERIFY(report);
    QCOMPARE(report->updated, qint64(1));
    QCOMPARE(report->created, qint64(0));
    QCOMPARE(report->result.size(), 1);
    QCOMPARE(report->result[0].id, id);
    QCOMPARE(report->result[0].globalKey, u"by-id"_s);
    QCOMPARE(report->result[0].rowData, u"after"_s);
    QCOMPARE(test::errorList(*report),
             QStringList{u"Data row not found: '%1' @ line 2"_s.arg(missing)});
    QCOMPARE(ws->rows().get(id)->rowData, u"after"_s);
    QCOMPARE(ws.count("SELECT count(*) FROM data_row"), qint64(1));
    QCOMPARE(ws->datasets().get(dataset)->rowCount, qint64(1));
}

void TestRowWriter::upsertByGlobalKeyUpdatesInPlaceInAnotherDataset()
{
    TestWorkspace ws;
    const QString home = test::newDataset(ws, u"Home"_s);
    const QString away = test::newDataset(ws, u"Away"_s);
    const QString id = test::createRow(
        ws, home,
        QByteArray(R"({"row_data": "https://example.com/a.jpg", "global_key": "Lives-Home"})"));
    QVERIFY(!id.isEmpty());
    auto report = test::writeText(
        ws, away,
        R"({"key": {"type": "GKEY", "value": "lives-home"}, "row_data": "https://example.com/b.png", "external_id": "moved?"})",
        SpecMode::Upsert);
    QVERIFY(report);
    QCOMPARE(test::errorList(*report), QStringList());
    QCOMPARE(report->updated, qint64(1));
    QCOMPARE(report->created, qint64(0));
    QCOMPARE(report->result[0].id, id);
    QCOMPARE(report->result[0].globalKey, u"Lives-Home"_s);
    auto row = ws->rows().get(id);
    QVERIFY(row);
    QCOMPARE(row->datasetId, home);
    QCOMPARE(row->rowData, u"https://example.com/b.png"_s);
    QCOMPARE(row->externalId, u"moved?"_s);
    QCOMPARE(row->globalKey, u"Lives-Home"_s);
    QCOMPARE(row->mediaAttributes.value(u"mime_type"_s).toString(), u"image/png"_s);
    QCOMPARE(ws->datasets().get(home)->rowCount, qint64(1));
    QCOMPARE(ws->datasets().get(away)->rowCount, qint64(0));
    QVERIFY(test::rowCountsExact(ws));
}

void TestRowWriter::upsertByMissingGlobalKeyCreatesTheRow()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Upsert"_s);
    auto report = test::writeText(
        ws, dataset,
        R"({"key": {"type": "GKEY", "value": "brand-new"}, "row_data": "https://example.com/n.jpg", "metadata_fields": [{"name": "tag", "value": "t"}]}
{"key": {"type": "GKEY", "value": "no-row-data"}, "external_id": "e"}
{"key": {"type": "GKEY", "value": "bad key#"}, "row_data": "x"}
)",
        SpecMode::Upsert);
    QVERIFY(report);
    QCOMPARE(report->created, qint64(1));
    QCOMPARE(report->updated, qint64(0));
    QCOMPARE(report->result[0].globalKey, u"brand-new"_s);
    auto row = ws->rows().getByGlobalKey(u"brand-new"_s);
    QVERIFY(row);
    QCOMPARE(row->id, report->result[0].id);
    QCOMPARE(row->datasetId, dataset);
    QCOMPARE(row->mediaType, MediaType::Image);
    QCOMPARE(metadataText(*ws->metadata().rowMetadata(row->id)), u"tag=t"_s);
    // Creating needs row_data; the key must be valid.
    QCOMPARE(report->errors.size(), 2);
    QCOMPARE(test::errorList(*report).first(), u"row_data cannot be empty @ line 2"_s);
    QVERIFY2(report->errors[1].message.startsWith(u"Invalid global key: 'bad key#' ("_s),
             qPrintable(report->errors[1].message));
    QCOMPARE(ws->datasets().get(dataset)->rowCount, qint64(1));
}

void TestRowWriter::upsertChangesOnlyPresentFields()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Partial"_s);
    const QString id = test::createRow(
        ws, dataset,
        QByteArray(
            R"({"row_data": "https://example.com/p.jpg", "global_key": "partial", "external_id": "ext", "media_type": "IMAGE", "metadata_fields": [{"name": "tag", "value": "t"}, {"name": "split", "value": "test"}], "attachments": [{"type": "RAW_TEXT", "value": "note", "name": "n"}]})"));
    QVERIFY(!id.isEmpty());
    const DataRow before = *ws->rows().get(id);
    const QString metadataBefore = metadataText(*ws->metadata().rowMetadata(id));
    const QString attachmentsBefore = attachmentText(*ws->attachments().list(id));

    auto report = test::writeSpecs(
        ws, dataset,
        {test::js(u"{\"key\": {\"type\": \"ID\", \"value\": \"%1\"}, \"external_id\": \"ext-2\"}"_s
                      .arg(id))},
        SpecMode::Upsert);
    QVERIFY(report);
    QCOMPARE(report->updated, qint64(1));
    auto after = ws->rows().get(id);
    QVERIFY(after);
    QCOMPARE(after->externalId, u"ext-2"_s);
    QCOMPARE(after->globalKey, before.globalKey);
    QCOMPARE(after->rowData, before.rowData);
    QCOMPARE(after->mediaType, before.mediaType);
    QCOMPARE(after->mediaAttributes, before.mediaAttributes);
    QCOMPARE(after->createdAt, before.createdAt);
    QCOMPARE(after->createdBy, before.createdBy);
    QCOMPARE(after->datasetId, before.datasetId);
    QVERIFY(after->updatedAt >= before.updatedAt);
    QCOMPARE(metadataText(*ws->metadata().rowMetadata(id)), metadataBefore);
    QCOMPARE(attachmentText(*ws->attachments().list(id)), attachmentsBefore);

    // The media type alone.
    auto typed = test::writeSpecs(
        ws, dataset,
        {test::js(
            u"{\"key\": {\"type\": \"GKEY\", \"value\": \"PARTIAL\"}, \"media_type\": \"video\"}"_s)},
        SpecMode::Upsert);
    QVERIFY(typed);
    QCOMPARE(typed->updated, qint64(1));
    QCOMPARE(ws->rows().get(id)->mediaType, MediaType::Video);
    QCOMPARE(ws->rows().get(id)->rowData, before.rowData);
    QCOMPARE(ws->rows().get(id)->externalId, u"ext-2"_s);

    // The key alone, in another case: the row keeps being itself.
    auto rekeyed = test::writeSpecs(
        ws, dataset,
        {test::js(u"{\"key\": {\"type\": \"ID\", \"value\": \"%1\"}, \"global_key\": \"Partial\"}"_s
                      .arg(id))},
        SpecMode::Upsert);
    QVERIFY(rekeyed);
    QCOMPARE(test::errorList(*rekeyed), QStringList());
    QCOMPARE(ws->rows().get(id)->globalKey, u"Partial"_s);
    QCOMPARE(ws->datasets().get(dataset)->rowCount, qint64(1));
}

void TestRowWriter::upsertReplacesMetadataAndAttachments()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Replace"_s);
    const QString id = test::createRow(
        ws, dataset,
        QByteArray(
            R"({"row_data": "text", "global_key": "rep", "metadata_fields": [{"name": "tag", "value": "t"}, {"name": "split", "value": "train"}], "attachments": [{"type": "RAW_TEXT", "value": "one"}, {"type": "RAW_TEXT", "value": "two"}]})"));
    QVERIFY(!id.isEmpty());
    auto upsert = [&](const QByteArray &fields) {
        return test::writeText(ws, dataset,
                               R"({"key": {"type": "GKEY", "value": "rep"}, )" + fields + '}',
                               SpecMode::Upsert);
    };

    // Attachments present: the whole set is replaced; metadata is left alone.
    auto attachments = upsert(
        R"("attachments": [{"type": "IMAGE", "value": "https://example.com/o.png", "name": "overlay"}])");
    QVERIFY(attachments);
    QCOMPARE(attachments->updated, qint64(1));
    QCOMPARE(attachmentText(*ws->attachments().list(id)),
             u"IMAGE:https://example.com/o.png (overlay)"_s);
    QCOMPARE(metadataText(*ws->metadata().rowMetadata(id)), u"tag=t; split=train"_s);

    // Metadata present: the whole set is replaced; attachments are left alone.
    auto metadata = upsert(R"("metadata_fields": [{"name": "skipNFrames", "value": 5}])");
    QVERIFY(metadata);
    QCOMPARE(metadataText(*ws->metadata().rowMetadata(id)), u"skipNFrames=5"_s);
    QCOMPARE(attachmentText(*ws->attachments().list(id)),
             u"IMAGE:https://example.com/o.png (overlay)"_s);

    // Empty lists empty the sets.
    auto emptied = upsert(R"("metadata_fields": [], "attachments": [])");
    QVERIFY(emptied);
    QCOMPARE(emptied->updated, qint64(1));
    QCOMPARE(ws->metadata().rowMetadata(id)->size(), 0);
    QCOMPARE(ws->attachments().list(id)->size(), 0);
    QCOMPARE(ws.count("SELECT count(*) FROM attachment"), qint64(0));
    QCOMPARE(ws.count("SELECT count(*) FROM metadata_value"), qint64(0));

    // A failing replacement replaces nothing.
    QVERIFY(upsert(
        R"("metadata_fields": [{"name": "tag", "value": "back"}], "attachments": [{"type": "RAW_TEXT", "value": "kept"}])"));
    const QByteArray before = ws.snapshot();
    auto refused = upsert(
        R"("metadata_fields": [{"name": "tag", "value": "new"}], "attachments": [{"type": "IMAGE", "value": ""}])");
    QVERIFY(refused);
    QCOMPARE(refused->status(), u"FAILED"_s);
    QCOMPARE(refused->errors[0].message, u"Attachment value must be a non-empty string, got: ''"_s);
    auto badMetadata = upsert(
        R"("metadata_fields": [{"name": "tag", "value": "new"}, {"name": "split", "value": "holdout"}], "attachments": [])");
    QVERIFY(badMetadata);
    QCOMPARE(badMetadata->errors[0].message,
             u"There is no enum option by name 'holdout' for enum name 'split'"_s);
    QCOMPARE(ws.snapshot(), before);
}

void TestRowWriter::upsertEmptyPayload()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Payload"_s);
    const QString id =
        test::createRow(ws, dataset, QByteArray(R"({"row_data": "x", "global_key": "payload"})"));
    QVERIFY(!id.isEmpty());
    const QByteArray before = ws.snapshot();
    auto report = test::writeSpecs(
        ws, dataset,
        {test::js(u"{\"key\": {\"type\": \"ID\", \"value\": \"%1\"}}"_s.arg(id)),
         test::js(u"{\"key\": {\"type\": \"GKEY\", \"value\": \"payload\"}}"_s),
         test::js(u"{\"key\": {\"type\": \"GKEY\", \"value\": \"nothing-here\"}}"_s)},
        SpecMode::Upsert);
    QVERIFY(report);
    QCOMPARE(
        test::errorList(*report),
        (QStringList{u"The following items have an empty payload: ['%1'] @ line 1"_s.arg(id),
                     u"The following items have an empty payload: ['payload'] @ line 2"_s,
                     u"The following items have an empty payload: ['nothing-here'] @ line 3"_s}));
    QCOMPARE(report->status(), u"FAILED"_s);
    QCOMPARE(ws.snapshot(), before);
}

void TestRowWriter::upsertToATakenKeyFails()
{
    TestWorkspace ws;
    const QString a = test::newDataset(ws, u"A"_s);
    const QString b = test::newDataset(ws, u"B"_s);
    const QString taken =
        test::createRow(ws, a, QByteArray(R"({"row_data": "x", "global_key": "Taken"})"));
    const QString mover =
        test::createRow(ws, b, QByteArray(R"({"row_data": "y", "global_key": "mine"})"));
    QVERIFY(!taken.isEmpty() && !mover.isEmpty());
    const QByteArray before = ws.snapshot();
    auto report = test::writeSpecs(
        ws, b,
        {test::js(
             u"{\"key\": {\"type\": \"ID\", \"value\": \"%1\"}, \"global_key\": \"TAKEN\", \"external_id\": \"e\"}"_s
                 .arg(mover)),
         test::js(
             u"{\"key\": {\"type\": \"GKEY\", \"value\": \"mine\"}, \"global_key\": \"taken\"}"_s)},
        SpecMode::Upsert);
    QVERIFY(report);
    QCOMPARE(test::errorList(*report), (QStringList{u"Duplicate global key: 'TAKEN' @ line 1"_s,
                                                    u"Duplicate global key: 'taken' @ line 2"_s}));
    QCOMPARE(ws.snapshot(), before);
    QCOMPARE(ws->rows().get(mover)->globalKey, u"mine"_s);
}

void TestRowWriter::upsertExampleFileAfterCreateFile()
{
    TestWorkspace ws;
    const QString home = test::newDataset(ws, u"Examples"_s);
    const QString other = test::newDataset(ws, u"Upserted into"_s);
    auto created = test::writeText(ws, home, test::fixture(u"create-specs.example.json"_s));
    QVERIFY(created);
    QCOMPARE(created->created, qint64(3));
    const QString image = created->result[0].id;
    const QString notes = created->result[1].id;
    const DataRow imageBefore = *ws->rows().get(image);

    auto upserted = test::writeText(ws, other, test::fixture(u"upsert-specs.example.ndjson"_s),
                                    SpecMode::Upsert);
    QVERIFY2(upserted, qPrintable(upserted.error().message));
    QCOMPARE(test::errorList(*upserted), QStringList());
    QCOMPARE(upserted->status(), u"COMPLETE"_s);
    QCOMPARE(upserted->updated, qint64(2));
    QCOMPARE(upserted->created, qint64(1));
    QCOMPARE(upserted->result.size(), 3);
    QCOMPARE(upserted->result[0].id, image);
    QCOMPARE(upserted->result[0].externalId, u"0001-renamed.jpg"_s);
    QCOMPARE(upserted->result[1].id, notes);
    QCOMPARE(upserted->result[2].globalKey, u"street-scenes/0002.jpg"_s);

    // Line 1: the external id changed; everything else stayed, in its dataset.
    auto imageAfter = ws->rows().get(image);
    QVERIFY(imageAfter);
    QCOMPARE(imageAfter->externalId, u"0001-renamed.jpg"_s);
    QCOMPARE(imageAfter->rowData, imageBefore.rowData);
    QCOMPARE(imageAfter->globalKey, imageBefore.globalKey);
    QCOMPARE(imageAfter->mediaType, MediaType::Image);
    QCOMPARE(imageAfter->datasetId, home);
    QCOMPARE(metadataText(*ws->metadata().rowMetadata(image)),
             u"tag=night; split=train; captureDateTime=2026-11-29T18:40:00.000+00:00"_s);
    QCOMPARE(attachmentText(*ws->attachments().list(image)),
             u"RAW_TEXT:Taken at dusk, light rain (notes)"_s);
    // Line 2: metadata replaced by split=valid.
    QCOMPARE(metadataText(*ws->metadata().rowMetadata(notes)), u"split=valid"_s);
    QCOMPARE(ws->rows().get(notes)->datasetId, home);
    // Line 3: a new row in the dataset written to.
    auto third = ws->rows().getByGlobalKey(u"street-scenes/0002.jpg"_s);
    QVERIFY(third);
    QCOMPARE(third->datasetId, other);
    QCOMPARE(third->mediaType, MediaType::Image);
    QCOMPARE(ws->datasets().get(home)->rowCount, qint64(3));
    QCOMPARE(ws->datasets().get(other)->rowCount, qint64(1));
}

void TestRowWriter::urlWarningLandsInWarnings()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Warnings"_s);
    auto report = test::writeText(ws, dataset, R"({"row_data": "https://example.com/fine.jpg"}
{"row_data": "https://example.com/a.jpg#frag", "global_key": "warned"}
{"row_data": "https://example.com/a<b>.jpg"}
{"row_data": "https://example.com/a||b.jpg"}
{"row_data": "plain text with # and < is not a URL"}
)");
    QVERIFY(report);
    QCOMPARE(report->created, qint64(5));
    QCOMPARE(report->errors.size(), 0);
    QCOMPARE(report->status(), u"COMPLETE"_s);
    QCOMPARE(report->warnings.size(), 3);
    QCOMPARE(report->warnings[0].position.number, qint64(2));
    QVERIFY(!report->warnings[0].position.isIndex);
    QVERIFY2(report->warnings[0].message.contains(u"'#'"_s),
             qPrintable(report->warnings[0].message));
    QCOMPARE(report->warnings[1].position.number, qint64(3));
    QVERIFY(report->warnings[1].message.contains(u"'<'"_s));
    QVERIFY(report->warnings[1].message.contains(u"'>'"_s));
    QCOMPARE(report->warnings[2].position.number, qint64(4));
    QVERIFY(report->warnings[2].message.contains(u"'||'"_s));
    // The warned row went in as given.
    QCOMPARE(ws->rows().getByGlobalKey(u"warned"_s)->rowData, u"https://example.com/a.jpg#frag"_s);

    // An upsert that sets such a row_data is warned about too, on its line.
    auto upsert = test::writeText(ws, dataset, R"({"row_data": "ok"}
{"key": {"type": "GKEY", "value": "warned"}, "row_data": "https://example.com/b.jpg#again"}
)",
                                  SpecMode::Upsert);
    QVERIFY(upsert);
    QCOMPARE(upsert->updated, qint64(1));
    QCOMPARE(upsert->warnings.size(), 1);
    QCOMPARE(upsert->warnings[0].position.number, qint64(2));
}

void TestRowWriter::embeddingDimensionIsFixedByTheFirstVector()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Vectors"_s);
    auto report = test::writeText(
        ws, dataset,
        R"({"row_data": "a", "global_key": "v1", "embeddings": [{"embedding_id": "clip", "vector": [0.5, 1, 2]}]}
{"row_data": "b", "global_key": "v2", "embeddings": [{"embedding_id": "clip", "vector": [1, 2]}], "metadata_fields": [{"name": "tag", "value": "t"}], "attachments": [{"type": "RAW_TEXT", "value": "n"}]}
{"row_data": "c", "global_key": "v3", "embeddings": [{"embedding_id": "clip", "vector": [3, 4, 5]}, {"embedding_id": "other", "vector": [1]}]}
)");
    QVERIFY(report);
    QCOMPARE(test::errorList(*report),
             QStringList{u"Embedding 'clip' has 3 dimensions; this vector has 2 @ line 2"_s});
    QCOMPARE(report->created, qint64(2));
    QCOMPARE(ws.count("SELECT count(*) FROM embedding"), qint64(2));
    QCOMPARE(ws.count("SELECT dimensions FROM embedding WHERE id = 'clip'"), qint64(3));
    QCOMPARE(ws.count("SELECT count(*) FROM data_row_embedding"), qint64(3));
    // The failed item left nothing.
    QVERIFY(!ws->rows().getByGlobalKey(u"v2"_s));
    QCOMPARE(ws.count("SELECT count(*) FROM metadata_value"), qint64(0));
    QCOMPARE(ws.count("SELECT count(*) FROM attachment"), qint64(0));

    // Later calls are held to the same dimension; a failing upsert leaves the row as it was.
    const QByteArray before = ws.snapshot();
    auto later = test::writeText(
        ws, dataset,
        R"({"key": {"type": "GKEY", "value": "v1"}, "row_data": "changed", "embeddings": [{"embedding_id": "clip", "vector": [1, 2, 3, 4]}]}
{"row_data": "d", "embeddings": [{"embedding_id": "other", "vector": [1, 2]}]}
)",
        SpecMode::Upsert);
    QVERIFY(later);
    QCOMPARE(later->status(), u"FAILED"_s);
    QCOMPARE(later->errors.size(), 2);
    QCOMPARE(later->errors[0].message, u"Embedding 'clip' has 3 dimensions; this vector has 4"_s);
    QCOMPARE(ws.snapshot(), before);

    // A vector of the right length replaces the row's vector in that space.
    auto replaced = test::writeText(
        ws, dataset,
        R"({"key": {"type": "GKEY", "value": "v1"}, "embeddings": [{"embedding_id": "clip", "vector": [7, 8, 9]}]})",
        SpecMode::Upsert);
    QVERIFY(replaced);
    QCOMPARE(replaced->updated, qint64(1));
    QCOMPARE(ws.count("SELECT count(*) FROM data_row_embedding"), qint64(3));
    auto record = ws->exports().record(ws->rows().getByGlobalKey(u"v1"_s)->id, ExportParams::all());
    QVERIFY(record);
    QCOMPARE(record->embeddings.size(), 1);
    QCOMPARE(record->embeddings[0].id, u"clip"_s);
    QCOMPARE(record->embeddings[0].dimensions, 3);
    QCOMPARE(record->embeddings[0].values, (QVector<double>{7, 8, 9}));
}

void TestRowWriter::failingItemLeavesNothing()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Atomic"_s);
    QVERIFY(!test::createRow(ws, dataset, QByteArray(R"({"row_data": "x", "global_key": "held"})"))
                 .isEmpty());
    const QByteArray before = ws.snapshot();
    // Each item is valid up to one late check; none may leave metadata, attachments, vectors or
    // embedding spaces behind.
    auto report = test::writeText(
        ws, dataset,
        R"({"row_data": "a", "global_key": "HELD", "metadata_fields": [{"name": "tag", "value": "t"}], "attachments": [{"type": "RAW_TEXT", "value": "n"}], "embeddings": [{"embedding_id": "space", "vector": [1, 2]}]}
{"row_data": "b", "metadata_fields": [{"name": "tag", "value": "t"}, {"name": "tag", "value": "u"}], "attachments": [{"type": "RAW_TEXT", "value": "n"}]}
{"row_data": "c", "metadata_fields": [{"name": "tag", "value": "t"}], "attachments": [{"type": "RAW_TEXT", "value": "n"}, {"type": "PDF_URL", "value": "not a url"}]}
{"row_data": "d", "metadata_fields": [{"name": "nope", "value": "t"}], "embeddings": [{"embedding_id": "space", "vector": [1, 2]}]}
{"row_data": "e", "metadata_fields": [{"schema_id": "cko8s9r5v0001h2dk9elqdidx", "value": "t"}]}
{"row_data": "f", "embeddings": [{"embedding_id": "space", "vector": [1, 2]}, {"embedding_id": "space", "vector": [3, 4]}]}
{"row_data": "g", "metadata_fields": [{"name": "skipNFrames", "value": "many"}]}
)");
    QVERIFY(report);
    QCOMPARE(report->status(), u"FAILED"_s);
    QCOMPARE(report->errors.size(), 7);
    QCOMPARE(report->errors[0].message, u"Duplicate global key: 'HELD'"_s);
    QCOMPARE(report->errors[1].message,
             u"A schemaId can only be specified once per DataRow : [cko8s9r5v0001h2dk9elqdidh]"_s);
    QCOMPARE(report->errors[2].message,
             u"Attachment value for PDF_URL must be a URL or a local path, got: 'not a url'"_s);
    QCOMPARE(report->errors[3].message, u"There is no metadata with name 'nope'"_s);
    QCOMPARE(report->errors[4].message,
             u"Schema Id cko8s9r5v0001h2dk9elqdidx not found in ontology"_s);
    QVERIFY(report->errors[5].message.contains(u"space"_s));
    QVERIFY2(report->errors[6].message.startsWith(u"Could not validate metadata [skipNFrames]: "_s),
             qPrintable(report->errors[6].message));
    QCOMPARE(ws.snapshot(), before);
}

void TestRowWriter::importExportLineKeepsEverything()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Imported"_s);
    auto report = test::writeText(ws, dataset, exportFixtureLine() + '\n');
    QVERIFY2(report, qPrintable(report.error().message));
    QCOMPARE(test::errorList(*report), QStringList());
    QCOMPARE(report->created, qint64(1));
    QCOMPARE(report->result[0].id, kExportRowId);
    QCOMPARE(report->result[0].globalKey, u"street-scenes/0001.jpg"_s);
    QCOMPARE(report->result[0].externalId, u"0001.jpg"_s);
    QCOMPARE(ws->datasets().get(dataset)->rowCount, qint64(1));

    auto row = ws->rows().get(kExportRowId);
    QVERIFY(row);
    QCOMPARE(row->datasetId, dataset);
    QCOMPARE(row->mediaType, MediaType::Image);
    QCOMPARE(row->createdAt, *Timestamp::parse(u"2026-11-30T09:15:02.431+00:00"));
    QCOMPARE(row->updatedAt, *Timestamp::parse(u"2026-12-01T14:02:11.007+00:00"));
    QCOMPARE(row->lastActivityAt, *Timestamp::parse(u"2026-12-01T14:02:11.007+00:00"));
    QCOMPARE(row->createdBy, u"ana@example.com"_s);
    QCOMPARE(row->mediaAttributes.value(u"width"_s).toInt(), 1920);
    QCOMPARE(row->mediaAttributes.value(u"height"_s).toInt(), 1080);

    auto camera = ws->metadata().schema(u"camera"_s);
    QVERIFY2(camera, qPrintable(camera.error().message));
    QCOMPARE(camera->id, kCameraId);
    QCOMPARE(camera->kind, MetadataKind::String);
    QVERIFY(!camera->reserved);
    QCOMPARE(ws->metadata().schemas()->size(), 5);
    QCOMPARE(metadataText(*ws->metadata().rowMetadata(kExportRowId)),
             u"tag=night; split=train; captureDateTime=2026-11-29T18:40:00.000+00:00; "
             "camera=front-left"_s);
    QCOMPARE(attachmentText(*ws->attachments().list(kExportRowId)),
             u"RAW_TEXT:Taken at dusk, light rain (notes); "
             "IMAGE_OVERLAY:https://example.com/street-scenes/0001-depth.png (depth)"_s);

    auto project = ws->labels().project(kExportProjectId);
    QVERIFY(project);
    QCOMPARE(project->name, u"Vehicle boxes"_s);
    auto labels = ws->labels().labels(kExportRowId, kExportProjectId);
    QVERIFY(labels);
    QCOMPARE(labels->size(), 1);
    const Label &label = labels->first();
    QCOMPARE(label.id, kExportLabelId);
    QCOMPARE(label.createdBy, u"ben@example.com"_s);
    QCOMPARE(label.createdAt, *Timestamp::parse(u"2026-12-01T13:55:40.120+00:00"));
    QCOMPARE(label.secondsToCreate, 41.5);
    QCOMPARE(QJsonDocument::fromJson(label.annotationsJson).object(), exportFixture()
                                                                          .value(u"projects"_s)
                                                                          .toObject()
                                                                          .value(kExportProjectId)
                                                                          .toObject()
                                                                          .value(u"labels"_s)
                                                                          .toArray()
                                                                          .first()
                                                                          .toObject()
                                                                          .value(u"annotations"_s)
                                                                          .toObject());
    QCOMPARE(*ws->labels().winningLabelId(kExportRowId, kExportProjectId), kExportLabelId);
}

void TestRowWriter::importingTheSameLineAgainFails()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Imported"_s);
    const QString other = test::newDataset(ws, u"Again"_s);
    QVERIFY(test::writeText(ws, dataset, exportFixtureLine()));
    const QByteArray before = ws.snapshot();
    auto again = test::writeText(ws, other, "{\"row_data\": \"fine\"}\n" + exportFixtureLine());
    QVERIFY(again);
    QCOMPARE(again->created, qint64(1));
    QCOMPARE(test::errorList(*again),
             QStringList{u"Data row already exists: '%1' @ line 2"_s.arg(kExportRowId)});
    QCOMPARE(ws->datasets().get(dataset)->rowCount, qint64(1));
    QCOMPARE(ws->datasets().get(other)->rowCount, qint64(1));
    QCOMPARE(ws.count("SELECT count(*) FROM label"), qint64(1));
    QCOMPARE(ws->metadata().schemas()->size(), 5);

    // Alone, the failing line changes nothing at all.
    QVERIFY(ws->rows().remove(again->result[0].id));
    const QByteArray middle = ws.snapshot();
    auto alone = test::writeText(ws, other, exportFixtureLine());
    QVERIFY(alone);
    QCOMPARE(alone->status(), u"FAILED"_s);
    QCOMPARE(ws.snapshot(), middle);
    Q_UNUSED(before)
}

void TestRowWriter::exportAfterImportGivesTheSameLine()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Round trip"_s);
    QVERIFY(test::writeText(ws, dataset, exportFixtureLine()));
    ws.reopen();
    auto record = ws->exports().record(kExportRowId, ExportParams::all());
    QVERIFY2(record, qPrintable(record.error().message));
    const QByteArray line = ExportLines::toLine(*record, ExportParams::all());
    QVERIFY(!line.contains('\n'));

    QJsonObject expected = exportFixture();
    QJsonObject dataRow = expected.value(u"data_row"_s).toObject();
    QJsonObject details = dataRow.value(u"details"_s).toObject();
    details.insert(u"dataset_id"_s, dataset);
    details.insert(u"dataset_name"_s, u"Round trip"_s);
    dataRow.insert(u"details"_s, details);
    expected.insert(u"data_row"_s, dataRow);
    const QJsonDocument actual = QJsonDocument::fromJson(line);
    QVERIFY(actual.isObject());
    QCOMPARE(actual, QJsonDocument(expected));

    // Keys in the order of the example (label annotations are the user's content).
    QCOMPARE(keyOrder(line, "annotations"),
             keyOrder(test::fixture(u"export-line.example.json"_s), "annotations"));
}

void TestRowWriter::roundTripOfCustomFieldsAndEmbeddings()
{
    QJsonArray vector;
    for (int i = 0; i < 128; ++i) {
        vector.append(i / 8.0);
    }
    QJsonObject line = test::js(QByteArray(R"({
      "data_row": {"id": "clx4m2k9p000108l2a7fh3c9r", "external_id": "ext-7",
                   "row_data": "Some inline text",
                   "details": {"dataset_id": "x", "dataset_name": "y",
                               "created_at": "2025-01-02T03:04:05.006+00:00",
                               "updated_at": "2025-01-02T03:04:05.006+00:00",
                               "last_activity_at": "2025-02-02T03:04:05.006+00:00",
                               "created_by": "ana@example.com"}},
      "media_attributes": {"asset_type": "text", "mime_type": "text/plain"},
      "attachments": [],
      "metadata_fields": [
        {"schema_id": "clx4m0q7c000208l2bq1k9z3a", "schema_name": "weather",
         "value": {"schema_id": "clx4m0q7c000208l2bq1k9z3b", "schema_name": "rain"}},
        {"schema_id": "clx4m0q7c000208l2bq1k9z3c", "schema_name": "score", "value": 0.5},
        {"schema_id": "clx4m0q7c000208l2bq1k9z3d", "schema_name": "vec", "value": []},
        {"schema_id": "clx4m0q7c000208l2bq1k9z3e", "schema_name": "seen",
         "value": "2026-01-01T00:00:00.000+00:00"}],
      "embeddings": [{"id": "clx4m0q7c000208l2bq1k9z3f", "name": "CLIP", "dimensions": 3,
                      "is_custom": true, "values": [{"value": [0.25, 0.5, 1]}]}],
      "projects": {}
    })"))
                           .toObject();
    QJsonArray fields = line.value(u"metadata_fields"_s).toArray();
    QJsonObject vec = fields[2].toObject();
    vec.insert(u"value"_s, vector);
    fields[2] = vec;
    line.insert(u"metadata_fields"_s, fields);

    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Custom"_s);
    auto report = test::writeSpecs(ws, dataset, {line});
    QVERIFY(report);
    QCOMPARE(test::errorList(*report), QStringList());
    QCOMPARE(report->created, qint64(1));

    QStringList kinds;
    for (const MetadataSchema &schema : *ws->metadata().schemas()) {
        if (!schema.reserved) {
            kinds.append(schema.name + u':' + MetadataKinds::name(schema.kind));
        }
    }
    QCOMPARE(kinds, (QStringList{u"weather:enum"_s, u"score:number"_s, u"vec:embedding"_s,
                                 u"seen:datetime"_s}));
    auto weather = ws->metadata().schema(u"clx4m0q7c000208l2bq1k9z3a"_s);
    QVERIFY(weather);
    QCOMPARE(weather->options.size(), 1);
    QCOMPARE(weather->options[0].id, u"clx4m0q7c000208l2bq1k9z3b"_s);
    QCOMPARE(weather->options[0].name, u"rain"_s);

    auto record = ws->exports().record(u"clx4m2k9p000108l2a7fh3c9r"_s, ExportParams::all());
    QVERIFY(record);
    const QByteArray exported = ExportLines::toLine(*record, ExportParams::all());
    QJsonObject expected = line;
    QJsonObject dataRow = expected.value(u"data_row"_s).toObject();
    QJsonObject details = dataRow.value(u"details"_s).toObject();
    details.insert(u"dataset_id"_s, dataset);
    details.insert(u"dataset_name"_s, u"Custom"_s);
    dataRow.insert(u"details"_s, details);
    expected.insert(u"data_row"_s, dataRow);
    QCOMPARE(QJsonDocument::fromJson(exported), QJsonDocument(expected));

    // A later item of another call can use the imported fields by name.
    const QString row = test::createRow(
        ws, dataset,
        QByteArray(
            R"({"row_data": "x", "metadata_fields": [{"name": "weather", "value": "rain"}, {"name": "score", "value": 2}], "embeddings": [{"embedding_id": "clx4m0q7c000208l2bq1k9z3f", "vector": [1, 2, 3]}]})"));
    QVERIFY(!row.isEmpty());
    QCOMPARE(metadataText(*ws->metadata().rowMetadata(row)), u"weather=rain; score=2"_s);
}

void TestRowWriter::importWithoutDetailsOrAssetType()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Plain"_s);
    const qint64 before = Timestamp::now();
    auto report = test::writeText(
        ws, dataset,
        R"({"data_row": {"id": "clx4m2k9p000108l2a7fh3c9s", "row_data": "https://example.com/v.mp4", "global_key": "plain-import"}, "media_attributes": {}, "projects": {}, "extra": 1})");
    QVERIFY(report);
    QCOMPARE(test::errorList(*report), QStringList());
    QCOMPARE(report->created, qint64(1));
    // Keys Rowscope does not keep are named in a warning.
    QCOMPARE(report->warnings.size(), 1);
    QVERIFY(report->warnings[0].message.contains(u"extra"_s));
    auto row = ws->rows().get(u"clx4m2k9p000108l2a7fh3c9s"_s);
    QVERIFY(row);
    QCOMPARE(row->mediaType, MediaType::Video);
    QCOMPARE(row->globalKey, u"plain-import"_s);
    QVERIFY(row->createdAt >= before);
    QCOMPARE(row->createdBy, u"tester@example.com"_s);
    QVERIFY(row->externalId.isNull());
}

void TestRowWriter::importAddsANewEnumOptionOnce()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Enums"_s);
    auto weather = ws->metadata().createSchema(u"weather"_s, MetadataKind::Enum, {u"sun"_s});
    QVERIFY(weather);
    // Two rows of one batch bring the same option the workspace lacks: it is created once.
    const QByteArray line =
        R"({"data_row": {"id": "%1", "row_data": "https://example.com/%1.jpg"}, )"
        R"("metadata_fields": [{"schema_id": "%2", "schema_name": "weather", )"
        R"("value": {"schema_id": "clx4m0q7c000208l2bq1k9zaa", "schema_name": "fog"}}]})";
    const QString first = QString::fromUtf8(line).arg(u"clx4m2k9p000108l2a7fh3c9a"_s, weather->id);
    const QString second = QString::fromUtf8(line).arg(u"clx4m2k9p000108l2a7fh3c9b"_s, weather->id);
    auto report = test::writeText(ws, dataset, (first + u'\n' + second).toUtf8());
    QVERIFY(report);
    QCOMPARE(test::errorList(*report), QStringList());
    QCOMPARE(report->created, qint64(2));
    auto schema = ws->metadata().schema(weather->id);
    QCOMPARE(schema->options.size(), 2);
    QCOMPARE(schema->options.at(1).id, u"clx4m0q7c000208l2bq1k9zaa"_s);
    QCOMPARE(metadataText(*ws->metadata().rowMetadata(u"clx4m2k9p000108l2a7fh3c9b"_s)),
             u"weather=fog"_s);
}

void TestRowWriter::importKeepsEachLinesProjectOrder()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Projects"_s);
    // Two rows list the same two projects in opposite orders; each keeps its own.
    const QByteArray first =
        R"({"data_row":{"id":"clx4m2k9p000108l2a7fh3c90","row_data":"https://example.com/a.jpg"},)"
        R"("media_attributes":{"asset_type":"image","mime_type":"image/jpeg"},"projects":{)"
        R"("czzz0000000000000000000p2":{"name":"Second","labels":[]},)"
        R"("caaa0000000000000000000p1":{"name":"First","labels":[]}}})";
    const QByteArray second =
        R"({"data_row":{"id":"clx4m2k9p000108l2a7fh3c91","row_data":"https://example.com/b.jpg"},)"
        R"("media_attributes":{"asset_type":"image","mime_type":"image/jpeg"},"projects":{)"
        R"("caaa0000000000000000000p1":{"name":"First","labels":[]},)"
        R"("czzz0000000000000000000p2":{"name":"Second","labels":[]}}})";
    auto report = test::writeText(ws, dataset, first + '\n' + second + '\n');
    QVERIFY(report);
    QCOMPARE(test::errorList(*report), QStringList());
    for (const auto &[id, line] : {std::pair{u"clx4m2k9p000108l2a7fh3c90"_s, first},
                                   std::pair{u"clx4m2k9p000108l2a7fh3c91"_s, second}}) {
        auto record = ws->exports().record(id, ExportParams());
        QVERIFY(record);
        QCOMPARE(ExportLines::toLine(*record, ExportParams()), line);
    }
}

void TestRowWriter::failedImportLeavesNoFieldsBehind()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Imports"_s);
    QVERIFY(
        !test::createRow(ws, dataset,
                         QByteArray(R"({"row_data": "x", "global_key": "street-scenes/0001.jpg"})"))
             .isEmpty());
    const QByteArray before = ws.snapshot();
    // The fixture's key is taken: the line fails, and the custom field, project, label and
    // users it would have created are not left behind.
    auto failed = test::writeText(ws, dataset, exportFixtureLine());
    QVERIFY(failed);
    QCOMPARE(test::errorList(*failed),
             QStringList{u"Duplicate global key: 'street-scenes/0001.jpg' @ line 1"_s});
    QCOMPARE(ws.snapshot(), before);

    // In one batch: a failing line, then a line that needs the same new field, then a spec
    // that names it.
    QJsonObject second = exportFixture();
    QJsonObject dataRow = second.value(u"data_row"_s).toObject();
    dataRow.insert(u"id"_s, u"clx4m2k9p000108l2a7fh3c9t"_s);
    dataRow.insert(u"global_key"_s, u"street-scenes/0001-copy.jpg"_s);
    second.insert(u"data_row"_s, dataRow);
    second.insert(u"projects"_s, QJsonObject());
    auto batch = test::writeSpecs(
        ws, dataset,
        {exportFixture(), second,
         test::js(QByteArray(
             R"({"row_data": "y", "metadata_fields": [{"name": "camera", "value": "rear"}]})"))});
    QVERIFY(batch);
    QCOMPARE(test::errorList(*batch),
             QStringList{u"Duplicate global key: 'street-scenes/0001.jpg' @ line 1"_s});
    QCOMPARE(batch->created, qint64(2));
    QCOMPARE(ws->metadata().schema(u"camera"_s)->id, kCameraId);
    QCOMPARE(metadataText(*ws->metadata().rowMetadata(batch->result[1].id)), u"camera=rear"_s);
    QCOMPARE(ws.count("SELECT count(*) FROM label"), qint64(0));
    QCOMPARE(ws->labels().projects()->size(), 0);
}

void TestRowWriter::busyWorkspaceFailsTheWholeCall()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Busy"_s);
    const QByteArray before = ws.snapshot();
    WorkspaceOptions options = TestWorkspace::testOptions();
    options.busyTimeoutMs = 50;
    auto other = Catalog::open(ws.path(), options);
    QVERIFY2(other, qPrintable(other.error().message));
    {
        // Another writer holds the workspace.
        sql::Transaction holder(ws->workspace().db());
        QVERIFY(holder.begun());
        const QVector<InputItem> items = test::readItems(
            "{\"row_data\": \"a\"}\n{\"row_data\": \"b\"}\n", SpecMode::Create, ws.dir());
        auto report = (*other)->writer().write(dataset, items, SpecMode::Create);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Busy);
    }
    QCOMPARE(ws.snapshot(), before);
    // Once free, the same call goes through.
    const QVector<InputItem> items =
        test::readItems("{\"row_data\": \"a\"}\n", SpecMode::Create, ws.dir());
    auto report = (*other)->writer().write(dataset, items, SpecMode::Create);
    QVERIFY2(report, qPrintable(report.error().message));
    QCOMPARE(report->created, qint64(1));
}

QTEST_GUILESS_MAIN(TestRowWriter)
#include "tst_rowwriter.moc"
