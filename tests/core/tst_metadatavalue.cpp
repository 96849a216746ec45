#include "metadatavalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

Q_DECLARE_METATYPE(rowscope::MetadataFieldInput)

namespace {

const QString kTagId = QString::fromLatin1(ReservedMetadata::kTagId);
const QString kSplitId = QString::fromLatin1(ReservedMetadata::kSplitId);
const QString kTrainId = QString::fromLatin1(ReservedMetadata::kSplitTrainId);
const QString kValidId = QString::fromLatin1(ReservedMetadata::kSplitValidId);
const QString kTestId = QString::fromLatin1(ReservedMetadata::kSplitTestId);
const QString kCaptureId = QString::fromLatin1(ReservedMetadata::kCaptureDateTimeId);
const QString kSkipId = QString::fromLatin1(ReservedMetadata::kSkipNFramesId);

const QString kCameraId = u"clx4m0q7c000208l2bq1k9z2e"_s;
const QString kScoreId = u"clx4m0q7c000308l2bq1k9z2e"_s;
const QString kVectorId = u"clx4m0q7c000408l2bq1k9z2e"_s;
const QString kWeatherId = u"clx4m0q7c000508l2bq1k9z2e"_s;
const QString kSunnyId = u"clx4m0q7c000608l2bq1k9z2e"_s;
const QString kRainId = u"clx4m0q7c000708l2bq1k9z2e"_s;

// 2026-11-29T18:40:00.000Z
constexpr qint64 kCapture = 1795977600000;

MetadataSchemaSet schemaSet()
{
    QVector<MetadataSchema> schemas = ReservedMetadata::all();
    schemas.append({kCameraId, u"camera"_s, MetadataKind::String, false, {}});
    schemas.append({kScoreId, u"score"_s, MetadataKind::Number, false, {}});
    schemas.append({kVectorId, u"vec"_s, MetadataKind::Embedding, false, {}});
    schemas.append({kWeatherId,
                    u"weather"_s,
                    MetadataKind::Enum,
                    false,
                    {{kSunnyId, u"sunny"_s}, {kRainId, u"rain"_s}}});
    return MetadataSchemaSet(schemas);
}

const MetadataSchema &schemaNamed(const QString &name)
{
    static const MetadataSchemaSet set = schemaSet();
    return *set.byName(name);
}

QJsonArray numbers(int count, double value = 0.25)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i) {
        array.append(value + i);
    }
    return array;
}

MetadataFieldInput byName(const QString &name, const QJsonValue &value)
{
    return {QString(), name, value};
}

MetadataFieldInput byId(const QString &id, const QJsonValue &value)
{
    return {id, QString(), value};
}

QString prefix(const QString &name)
{
    return u"Could not validate metadata ["_s + name + u"]: "_s;
}

} // namespace

class TestMetadataValue final : public QObject {
    Q_OBJECT

private slots:
    void reservedFields();
    void kindNames();
    void nameLimits();
    void stringLimit_data();
    void stringLimit();
    void stringWrongType();
    void numberAccepts_data();
    void numberAccepts();
    void numberRejects_data();
    void numberRejects();
    void dateTime_data();
    void dateTime();
    void dateTimeRejects_data();
    void dateTimeRejects();
    void enumOption_data();
    void enumOption();
    void enumUnknownOption();
    void embedding_data();
    void embedding();
    void nullRejected_data();
    void nullRejected();
    void parseFields();
    void parseFieldsRejects_data();
    void parseFieldsRejects();
    void resolveAll();
    void resolveAllErrors_data();
    void resolveAllErrors();
    void enumRepeats();
    void toJson();
    void displayText();
};

void TestMetadataValue::reservedFields()
{
    const QVector<MetadataSchema> &reserved = ReservedMetadata::all();
    QCOMPARE(reserved.size(), 4);
    const struct {
        const char *name;
        MetadataKind kind;
        const char *id;
    } expected[] = {
        {"tag", MetadataKind::String, "cko8s9r5v0001h2dk9elqdidh"},
        {"split", MetadataKind::Enum, "cko8sbczn0002h2dkdaxb5kal"},
        {"captureDateTime", MetadataKind::DateTime, "cko8sdzv70006h2dk8jg64zvb"},
        {"skipNFrames", MetadataKind::Number, "cko8sekw10007h2dkb5c2r9mn"},
    };
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(reserved[i].name, QString::fromLatin1(expected[i].name));
        QCOMPARE(reserved[i].kind, expected[i].kind);
        QCOMPARE(reserved[i].id, QString::fromLatin1(expected[i].id));
        QVERIFY(reserved[i].reserved);
        QVERIFY(ReservedMetadata::isReservedName(reserved[i].name));
    }
    const MetadataSchema &split = reserved[1];
    QCOMPARE(split.options.size(), 3);
    QCOMPARE(split.options[0].name, u"train"_s);
    QCOMPARE(split.options[0].id, u"cko8sbscr0003h2dk04w86hof"_s);
    QCOMPARE(split.options[1].name, u"valid"_s);
    QCOMPARE(split.options[1].id, u"cko8sc2yr0004h2dk69aj5x63"_s);
    QCOMPARE(split.options[2].name, u"test"_s);
    QCOMPARE(split.options[2].id, u"cko8scbz70005h2dkastwhgqt"_s);
    QVERIFY(!ReservedMetadata::isReservedName(u"camera"_s));

    const MetadataSchemaSet set = schemaSet();
    QCOMPARE(set.byName(u"split"_s)->id, kSplitId);
    QCOMPARE(set.byId(kSkipId)->name, u"skipNFrames"_s);
    QCOMPARE(set.enumOfOption(kValidId)->id, kSplitId);
    QCOMPARE(set.enumOfOption(kRainId)->id, kWeatherId);
    QVERIFY(!set.byName(u"Split"_s)); // names are exact
    QVERIFY(!set.byId(u"nope"_s));
    QVERIFY(!set.enumOfOption(kSplitId));
    QCOMPARE(set.indexOf(kTagId), 0);
    QCOMPARE(set.indexOf(kWeatherId), 7);
}

void TestMetadataValue::kindNames()
{
    const QStringList names = {u"string"_s, u"number"_s, u"datetime"_s, u"enum"_s, u"embedding"_s};
    for (const QString &name : names) {
        const auto kind = MetadataKinds::parse(name);
        QVERIFY2(kind, qPrintable(name));
        QCOMPARE(MetadataKinds::name(*kind), name);
    }
    QCOMPARE(MetadataKinds::parse(u"DateTime"_s), std::optional(MetadataKind::DateTime));
    QVERIFY(!MetadataKinds::parse(u"boolean"_s));
}

void TestMetadataValue::nameLimits()
{
    QVERIFY(!metadataNameError(u"a"_s));
    QVERIFY(!metadataNameError(QString(100, u'n')));
    QVERIFY(metadataNameError(QString(101, u'n')));
    QVERIFY(metadataNameError(QString()));
    QVERIFY(metadataNameError(u"   "_s));
}

void TestMetadataValue::stringLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString face = u"\U0001F600"_s; // one code point, two UTF-16 units
    QTest::newRow("empty") << u""_s << true;
    QTest::newRow("4096 ASCII") << QString(4096, u'a') << true;
    QTest::newRow("4097 ASCII") << QString(4097, u'a') << false;
    QTest::newRow("4096 accented") << QString(4096, u'\u00e9') << true;
    QTest::newRow("4097 accented") << QString(4097, u'\u00e9') << false;
    QTest::newRow("4096 surrogate pairs") << face.repeated(4096) << true;
    QTest::newRow("4097 surrogate pairs") << face.repeated(4097) << false;
    QTest::newRow("4095 ASCII + 1 pair") << QString(4095, u'a') + face << true;
    QTest::newRow("4096 ASCII + 1 pair") << QString(4096, u'a') + face << false;
}

void TestMetadataValue::stringLimit()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto value = MetadataValues::resolve(schemaNamed(u"tag"_s), text);
    QCOMPARE(value.ok(), valid);
    if (valid) {
        QCOMPARE(value->text, text);
        QCOMPARE(value->kind, MetadataKind::String);
        QCOMPARE(value->schemaId, kTagId);
        QCOMPARE(value->schemaName, u"tag"_s);
    } else {
        QVERIFY2(value.error().message.startsWith(prefix(u"tag"_s)),
                 qPrintable(value.error().message));
        QVERIFY2(value.error().message.contains(u"4096"_s), qPrintable(value.error().message));
        QCOMPARE(value.error().code, ErrorCode::InvalidInput);
    }
}

void TestMetadataValue::stringWrongType()
{
    for (const QJsonValue &bad : {QJsonValue(5), QJsonValue(true), QJsonValue(QJsonArray{})}) {
        const auto value = MetadataValues::resolve(schemaNamed(u"camera"_s), bad);
        QVERIFY(!value);
        QVERIFY2(value.error().message.startsWith(prefix(u"camera"_s)),
                 qPrintable(value.error().message));
    }
}

void TestMetadataValue::numberAccepts_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<double>("number");
    QTest::newRow("integer") << QJsonValue(3) << 3.0;
    QTest::newRow("fraction") << QJsonValue(3.5) << 3.5;
    QTest::newRow("negative") << QJsonValue(-2.75) << -2.75;
    QTest::newRow("zero") << QJsonValue(0) << 0.0;
    QTest::newRow("numeric string") << QJsonValue(u"2.25"_s) << 2.25;
    QTest::newRow("numeric string, spaces") << QJsonValue(u" 7 "_s) << 7.0;
    QTest::newRow("exponent string") << QJsonValue(u"1e3"_s) << 1000.0;
    QTest::newRow("negative string") << QJsonValue(u"-0.5"_s) << -0.5;
    QTest::newRow("max double") << QJsonValue(std::numeric_limits<double>::max())
                                << std::numeric_limits<double>::max();
}

void TestMetadataValue::numberAccepts()
{
    QFETCH(QJsonValue, value);
    QFETCH(double, number);
    const auto resolved = MetadataValues::resolve(schemaNamed(u"skipNFrames"_s), value);
    QVERIFY2(resolved, qPrintable(resolved.error().message));
    QCOMPARE(resolved->kind, MetadataKind::Number);
    QCOMPARE(resolved->number, number);
}

void TestMetadataValue::numberRejects_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("word") << QJsonValue(u"abc"_s);
    QTest::newRow("empty string") << QJsonValue(u""_s);
    QTest::newRow("number and text") << QJsonValue(u"3 frames"_s);
    QTest::newRow("nan string") << QJsonValue(u"nan"_s);
    QTest::newRow("NaN string") << QJsonValue(u"NaN"_s);
    QTest::newRow("inf string") << QJsonValue(u"inf"_s);
    QTest::newRow("-infinity string") << QJsonValue(u"-infinity"_s);
    QTest::newRow("overflowing string") << QJsonValue(u"1e400"_s);
    QTest::newRow("NaN double") << QJsonValue(std::numeric_limits<double>::quiet_NaN());
    QTest::newRow("infinite double") << QJsonValue(std::numeric_limits<double>::infinity());
    QTest::newRow("bool") << QJsonValue(true);
    QTest::newRow("list") << QJsonValue(QJsonArray{1});
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"n"_s, 1}});
}

void TestMetadataValue::numberRejects()
{
    QFETCH(QJsonValue, value);
    const auto resolved = MetadataValues::resolve(schemaNamed(u"skipNFrames"_s), value);
    QVERIFY(!resolved);
    QVERIFY2(resolved.error().message.startsWith(prefix(u"skipNFrames"_s)),
             qPrintable(resolved.error().message));
}

void TestMetadataValue::dateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("time");
    QTest::newRow("Z") << u"2026-11-29T18:40:00Z"_s << kCapture;
    QTest::newRow("offset") << u"2026-11-29T20:40:00+02:00"_s << kCapture;
    QTest::newRow("negative offset") << u"2026-11-29T13:40:00-05:00"_s << kCapture;
    QTest::newRow("no offset is UTC") << u"2026-11-29T18:40:00"_s << kCapture;
    QTest::newRow("export format") << u"2026-11-29T18:40:00.000+00:00"_s << kCapture;
    QTest::newRow("fraction") << u"2026-11-29T18:40:00.250Z"_s << kCapture + 250;
    QTest::newRow("date only") << u"2026-11-29"_s << qint64(1795910400000);
}

void TestMetadataValue::dateTime()
{
    QFETCH(QString, text);
    QFETCH(qint64, time);
    const auto resolved = MetadataValues::resolve(schemaNamed(u"captureDateTime"_s), text);
    QVERIFY2(resolved, qPrintable(resolved.error().message));
    QCOMPARE(resolved->kind, MetadataKind::DateTime);
    QCOMPARE(resolved->time, time);
    // Written back in UTC.
    QCOMPARE(MetadataValues::toJson(*resolved).toString().right(6), u"+00:00"_s);
}

void TestMetadataValue::dateTimeRejects_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("words") << QJsonValue(u"last tuesday"_s);
    QTest::newRow("Feb 30") << QJsonValue(u"2026-02-30T00:00:00Z"_s);
    QTest::newRow("year 0") << QJsonValue(u"0000-01-01"_s);
    QTest::newRow("epoch number") << QJsonValue(1795977600000.0);
    QTest::newRow("bool") << QJsonValue(false);
}

void TestMetadataValue::dateTimeRejects()
{
    QFETCH(QJsonValue, value);
    const auto resolved = MetadataValues::resolve(schemaNamed(u"captureDateTime"_s), value);
    QVERIFY(!resolved);
    QVERIFY2(resolved.error().message.startsWith(prefix(u"captureDateTime"_s)),
             qPrintable(resolved.error().message));
}

void TestMetadataValue::enumOption_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("optionId");
    QTest::addColumn<QString>("optionName");
    QTest::newRow("by name") << QJsonValue(u"train"_s) << kTrainId << u"train"_s;
    QTest::newRow("by option id") << QJsonValue(kValidId) << kValidId << u"valid"_s;
    QTest::newRow("by export object")
        << QJsonValue(QJsonObject{{u"schema_id"_s, kTestId}, {u"schema_name"_s, u"test"_s}})
        << kTestId << u"test"_s;
    QTest::newRow("by object with schema_id only")
        << QJsonValue(QJsonObject{{u"schema_id"_s, kTrainId}}) << kTrainId << u"train"_s;
}

void TestMetadataValue::enumOption()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, optionId);
    QFETCH(QString, optionName);
    const auto resolved = MetadataValues::resolve(schemaNamed(u"split"_s), value);
    QVERIFY2(resolved, qPrintable(resolved.error().message));
    QCOMPARE(resolved->kind, MetadataKind::Enum);
    QCOMPARE(resolved->schemaId, kSplitId);
    QCOMPARE(resolved->optionId, optionId);
    QCOMPARE(resolved->optionName, optionName);
}

void TestMetadataValue::enumUnknownOption()
{
    const auto holdout = MetadataValues::resolve(schemaNamed(u"split"_s), u"holdout"_s);
    QVERIFY(!holdout);
    QCOMPARE(holdout.error().message,
             u"There is no enum option by name 'holdout' for enum name 'split'"_s);

    // An option of another enum is not an option of this one.
    const auto foreign = MetadataValues::resolve(schemaNamed(u"split"_s), kRainId);
    QVERIFY(!foreign);
    QCOMPARE(foreign.error().message,
             u"There is no enum option by name '"_s + kRainId + u"' for enum name 'split'"_s);

    // Option names match exactly.
    QVERIFY(!MetadataValues::resolve(schemaNamed(u"split"_s), u"Train"_s));

    const auto number = MetadataValues::resolve(schemaNamed(u"weather"_s), 3);
    QVERIFY(!number);
    QVERIFY2(number.error().message.startsWith(prefix(u"weather"_s)),
             qPrintable(number.error().message));
}

void TestMetadataValue::embedding_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("128 numbers") << QJsonValue(numbers(128)) << true;
    QTest::newRow("128 integers") << QJsonValue(numbers(128, 1)) << true;
    QTest::newRow("127 numbers") << QJsonValue(numbers(127)) << false;
    QTest::newRow("129 numbers") << QJsonValue(numbers(129)) << false;
    QTest::newRow("empty") << QJsonValue(QJsonArray{}) << false;
    QJsonArray withString = numbers(128);
    withString[5] = u"0.5"_s;
    QTest::newRow("a string inside") << QJsonValue(withString) << false;
    QJsonArray withInfinity = numbers(128);
    withInfinity[127] = std::numeric_limits<double>::infinity();
    QTest::newRow("infinity inside") << QJsonValue(withInfinity) << false;
    QJsonArray withNull = numbers(128);
    withNull[0] = QJsonValue::Null;
    QTest::newRow("null inside") << QJsonValue(withNull) << false;
    QTest::newRow("a string") << QJsonValue(u"[0.1, 0.2]"_s) << false;
}

void TestMetadataValue::embedding()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);
    const auto resolved = MetadataValues::resolve(schemaNamed(u"vec"_s), value);
    QCOMPARE(resolved.ok(), valid);
    if (valid) {
        QCOMPARE(resolved->kind, MetadataKind::Embedding);
        QCOMPARE(resolved->vector.size(), 128);
        QCOMPARE(resolved->vector.first(), value.toArray().first().toDouble());
        QCOMPARE(resolved->vector.last(), value.toArray().last().toDouble());
    } else {
        QVERIFY2(resolved.error().message.startsWith(prefix(u"vec"_s)),
                 qPrintable(resolved.error().message));
    }
}

void TestMetadataValue::nullRejected_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"tag", "split", "captureDateTime", "skipNFrames", "vec"}) {
        QTest::addRow("%s", name) << QString::fromLatin1(name);
    }
}

void TestMetadataValue::nullRejected()
{
    QFETCH(QString, name);
    for (const QJsonValue &missing :
         {QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Undefined)}) {
        const auto resolved = MetadataValues::resolve(schemaNamed(name), missing);
        QVERIFY(!resolved);
        QVERIFY2(resolved.error().message.startsWith(prefix(name)),
                 qPrintable(resolved.error().message));
    }
}

void TestMetadataValue::parseFields()
{
    const QJsonDocument doc = QJsonDocument::fromJson(R"([
        {"name": "tag", "value": "night"},
        {"schema_id": "cko8sbczn0002h2dkdaxb5kal", "value": "train"},
        {"schema_id": "cko8sdzv70006h2dk8jg64zvb", "schema_name": "captureDateTime",
         "value": "2026-11-29T18:40:00Z"},
        {"name": "skipNFrames"}
    ])");
    const auto fields = MetadataValues::parseFields(doc.array());
    QVERIFY2(fields, qPrintable(fields.error().message));
    QCOMPARE(fields->size(), 4);
    QCOMPARE(fields->at(0).name, u"tag"_s);
    QVERIFY(fields->at(0).schemaId.isEmpty());
    QCOMPARE(fields->at(0).value, QJsonValue(u"night"_s));
    QCOMPARE(fields->at(1).schemaId, kSplitId);
    QCOMPARE(fields->at(2).schemaId, kCaptureId);
    QCOMPARE(fields->at(2).name, u"captureDateTime"_s);
    QVERIFY(fields->at(3).value.isUndefined());

    const auto empty = MetadataValues::parseFields(QJsonArray{});
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
}

void TestMetadataValue::parseFieldsRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // null: any message
    QTest::newRow("unknown attribute")
        << QByteArray(R"([{"name": "tag", "value": "a", "colour": 1}])")
        << u"Invalid attribute: 'colour'"_s;
    QTest::newRow("no name or id") << QByteArray(R"([{"value": "a"}])") << QString();
    QTest::newRow("not an object") << QByteArray(R"(["tag"])") << QString();
    QTest::newRow("id not a string")
        << QByteArray(R"([{"schema_id": 5, "value": "a"}])") << QString();
    QTest::newRow("not a list") << QByteArray(R"({"name": "tag", "value": "a"})") << QString();
}

void TestMetadataValue::parseFieldsRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const auto fields = MetadataValues::parseFields(value);
    QVERIFY(!fields);
    QCOMPARE(fields.error().code, ErrorCode::InvalidInput);
    if (!message.isNull()) {
        QCOMPARE(fields.error().message, message);
    }
}

void TestMetadataValue::resolveAll()
{
    const QVector<MetadataFieldInput> fields = {
        byName(u"tag"_s, u"night"_s),
        byId(kSplitId, u"train"_s),
        byName(u"captureDateTime"_s, u"2026-11-29T20:40:00+02:00"_s),
        byId(kSkipId, u"4"_s),
        byName(u"camera"_s, u"front-left"_s),
        byName(u"weather"_s, kRainId),
        byName(u"vec"_s, numbers(128)),
    };
    const auto values = MetadataValues::resolveAll(schemaSet(), fields);
    QVERIFY2(values, qPrintable(values.error().message));
    QCOMPARE(values->size(), 7);
    // In the order given, each resolved against its schema.
    QCOMPARE(values->at(0).schemaId, kTagId);
    QCOMPARE(values->at(0).text, u"night"_s);
    QCOMPARE(values->at(1).schemaName, u"split"_s);
    QCOMPARE(values->at(1).optionId, kTrainId);
    QCOMPARE(values->at(2).time, kCapture);
    QCOMPARE(values->at(3).number, 4.0);
    QCOMPARE(values->at(4).schemaId, kCameraId);
    QCOMPARE(values->at(5).optionName, u"rain"_s);
    QCOMPARE(values->at(6).vector.size(), 128);

    const auto none = MetadataValues::resolveAll(schemaSet(), {});
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void TestMetadataValue::resolveAllErrors_data()
{
    QTest::addColumn<QVector<MetadataFieldInput>>("fields");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown name") << QVector<MetadataFieldInput>{byName(u"x"_s, u"a"_s)}
                                  << u"There is no metadata with name 'x'"_s;
    QTest::newRow("name is case-sensitive") << QVector<MetadataFieldInput>{byName(u"Tag"_s, u"a"_s)}
                                            << u"There is no metadata with name 'Tag'"_s;
    QTest::newRow("unknown id") << QVector<MetadataFieldInput>{byId(u"cnotaschema0000000000000x"_s,
                                                                    u"a"_s)}
                                << u"Schema Id cnotaschema0000000000000x not found in ontology"_s;
    QTest::newRow("unknown after known")
        << QVector<MetadataFieldInput>{byName(u"tag"_s, u"a"_s), byName(u"nope"_s, u"b"_s)}
        << u"There is no metadata with name 'nope'"_s;
    QTest::newRow("repeated string")
        << QVector<MetadataFieldInput>{byName(u"tag"_s, u"a"_s), byName(u"tag"_s, u"b"_s)}
        << u"A schemaId can only be specified once per DataRow : [cko8s9r5v0001h2dk9elqdidh]"_s;
    QTest::newRow("repeated by name and id")
        << QVector<MetadataFieldInput>{byName(u"camera"_s, u"a"_s), byId(kCameraId, u"a"_s)}
        << u"A schemaId can only be specified once per DataRow : ["_s + kCameraId + u"]"_s;
    QTest::newRow("repeated number, same value")
        << QVector<MetadataFieldInput>{byId(kSkipId, 1), byId(kSkipId, 1)}
        << u"A schemaId can only be specified once per DataRow : [cko8sekw10007h2dkb5c2r9mn]"_s;
    QTest::newRow("repeated datetime")
        << QVector<MetadataFieldInput>{byId(kCaptureId, u"2026-01-01"_s),
                                       byName(u"captureDateTime"_s, u"2026-01-02"_s)}
        << u"A schemaId can only be specified once per DataRow : [cko8sdzv70006h2dk8jg64zvb]"_s;
    QTest::newRow("unknown option")
        << QVector<MetadataFieldInput>{byName(u"split"_s, u"holdout"_s)}
        << u"There is no enum option by name 'holdout' for enum name 'split'"_s;
    QTest::newRow("wrong kind") << QVector<MetadataFieldInput>{byName(u"skipNFrames"_s, u"many"_s)}
                                << u"Could not validate metadata [skipNFrames]: *"_s;
    QTest::newRow("null value") << QVector<MetadataFieldInput>{byName(u"camera"_s,
                                                                      QJsonValue(QJsonValue::Null))}
                                << u"Could not validate metadata [camera]: *"_s;
}

void TestMetadataValue::resolveAllErrors()
{
    QFETCH(QVector<MetadataFieldInput>, fields);
    QFETCH(QString, message);
    const auto values = MetadataValues::resolveAll(schemaSet(), fields);
    QVERIFY(!values);
    QCOMPARE(values.error().code, ErrorCode::InvalidInput);
    if (message.endsWith(u'*')) {
        QVERIFY2(values.error().message.startsWith(message.chopped(1)),
                 qPrintable(values.error().message));
    } else {
        QCOMPARE(values.error().message, message);
    }
}

void TestMetadataValue::enumRepeats()
{
    // The same option twice, by name and by id, is one value.
    const auto same = MetadataValues::resolveAll(
        schemaSet(), {byName(u"split"_s, u"train"_s), byId(kSplitId, kTrainId)});
    QVERIFY2(same, qPrintable(same.error().message));
    QCOMPARE(same->size(), 1);
    QCOMPARE(same->first().optionId, kTrainId);

    // Two options of one enum are both kept, in order.
    const auto two = MetadataValues::resolveAll(
        schemaSet(), {byName(u"split"_s, u"train"_s), byName(u"split"_s, u"test"_s)});
    QVERIFY2(two, qPrintable(two.error().message));
    QCOMPARE(two->size(), 2);
    QCOMPARE(two->at(0).optionName, u"train"_s);
    QCOMPARE(two->at(1).optionName, u"test"_s);

    // Custom enums follow the same rule, next to other fields.
    const auto custom = MetadataValues::resolveAll(
        schemaSet(), {byName(u"weather"_s, u"sunny"_s), byName(u"tag"_s, u"x"_s),
                      byName(u"weather"_s, u"sunny"_s), byName(u"weather"_s, u"rain"_s)});
    QVERIFY2(custom, qPrintable(custom.error().message));
    QCOMPARE(custom->size(), 3);
    QCOMPARE(custom->at(0).optionId, kSunnyId);
    QCOMPARE(custom->at(1).schemaId, kTagId);
    QCOMPARE(custom->at(2).optionId, kRainId);
}

void TestMetadataValue::toJson()
{
    const MetadataSchemaSet set = schemaSet();
    const auto split = MetadataValues::resolve(*set.byName(u"split"_s), u"train"_s);
    QVERIFY(split);
    QCOMPARE(MetadataValues::toJson(*split),
             QJsonValue(QJsonObject{{u"schema_id"_s, kTrainId}, {u"schema_name"_s, u"train"_s}}));

    const auto time =
        MetadataValues::resolve(*set.byName(u"captureDateTime"_s), u"2026-11-29T20:40:00+02:00"_s);
    QVERIFY(time);
    QCOMPARE(MetadataValues::toJson(*time), QJsonValue(u"2026-11-29T18:40:00.000+00:00"_s));

    const auto number = MetadataValues::resolve(*set.byName(u"score"_s), u"0.5"_s);
    QVERIFY(number);
    QCOMPARE(MetadataValues::toJson(*number), QJsonValue(0.5));

    const auto text = MetadataValues::resolve(*set.byName(u"camera"_s), u"front-left"_s);
    QVERIFY(text);
    QCOMPARE(MetadataValues::toJson(*text), QJsonValue(u"front-left"_s));

    const auto vector = MetadataValues::resolve(*set.byName(u"vec"_s), numbers(128));
    QVERIFY(vector);
    QCOMPARE(MetadataValues::toJson(*vector), QJsonValue(numbers(128)));

    // What toJson writes resolves back to the same value.
    for (const MetadataValue &value : {*split, *time, *number, *text, *vector}) {
        const auto again =
            MetadataValues::resolve(*set.byId(value.schemaId), MetadataValues::toJson(value));
        QVERIFY2(again, qPrintable(again.error().message));
        QVERIFY(*again == value);
    }
}

void TestMetadataValue::displayText()
{
    const MetadataSchemaSet set = schemaSet();
    QCOMPARE(
        MetadataValues::displayText(*MetadataValues::resolve(*set.byName(u"split"_s), kValidId)),
        u"valid"_s);
    QCOMPARE(MetadataValues::displayText(
                 *MetadataValues::resolve(*set.byName(u"captureDateTime"_s), u"2026-11-29"_s)),
             u"2026-11-29T00:00:00.000+00:00"_s);
    QCOMPARE(MetadataValues::displayText(*MetadataValues::resolve(*set.byName(u"score"_s), 0.5)),
             u"0.5"_s);
    QCOMPARE(MetadataValues::displayText(*MetadataValues::resolve(*set.byName(u"score"_s), 3)),
             u"3"_s);
}

QTEST_GUILESS_MAIN(TestMetadataValue)
#include "tst_metadatavalue.moc"
