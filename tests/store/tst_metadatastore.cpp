#include "cuid.h"
#include "storetest.h"
#include "timestamp.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

namespace {

const QString kTagId = QString::fromLatin1(ReservedMetadata::kTagId);
const QString kSplitId = QString::fromLatin1(ReservedMetadata::kSplitId);
const QString kTrainId = QString::fromLatin1(ReservedMetadata::kSplitTrainId);
const QString kValidId = QString::fromLatin1(ReservedMetadata::kSplitValidId);
const QString kTestId = QString::fromLatin1(ReservedMetadata::kSplitTestId);
const QString kCaptureId = QString::fromLatin1(ReservedMetadata::kCaptureDateTimeId);
const QString kSkipId = QString::fromLatin1(ReservedMetadata::kSkipNFramesId);
const QString kMissingRow = u"cnosuchrow000000000000000"_s;

QStringList optionsNamed(int count)
{
    QStringList options;
    for (int i = 0; i < count; ++i) {
        options.append(u"option-%1"_s.arg(i));
    }
    return options;
}

QString text(const QVector<MetadataValue> &values)
{
    QStringList parts;
    for (const MetadataValue &value : values) {
        parts.append(value.schemaName + u'=' + MetadataValues::displayText(value));
    }
    return parts.join(u"; "_s);
}

MetadataFieldInput byName(const QString &name, const QJsonValue &value)
{
    return {QString(), name, value};
}

MetadataFieldInput byId(const QString &id, const QJsonValue &value)
{
    return {id, QString(), value};
}

QJsonArray vector(int size, double start = 0)
{
    QJsonArray array;
    for (int i = 0; i < size; ++i) {
        array.append(start + i);
    }
    return array;
}

} // namespace

class TestMetadataStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void reservedFieldsAreListedFirst();
    void createEveryKind();
    void schemaByIdOrName();
    void enumOptionLimit();
    void nameLength();
    void badCreatesAreRefused_data();
    void badCreatesAreRefused();
    void renameCustomField();
    void renameIsRefused_data();
    void renameIsRefused();
    void renameEnumOption();
    void addOption();
    void addOptionIsRefused();
    void deleteCustomFieldRemovesItsValues();
    void deleteEnumOptionRemovesItsValues();
    void deleteReservedIsRefused();
    void usageCountsRows();
    void rowMetadataOfAMissingRow();
    void setValuesOfEveryKind();
    void setAcceptsIdsAndOptionIds();
    void setReplacesOnlyGivenFields();
    void setIsValidated_data();
    void setIsValidated();
    void setUnknownSchemaId();
    void datetimeWithoutOffsetIsUtc();
    void clearGivenFields();
    void clearIsRefusedForUnknownFields();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    QString m_dataset;
    QString m_row;
    QString m_other;
};

void TestMetadataStore::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY(m_ws->isValid());
    m_dataset = test::newDataset(*m_ws, u"Metadata"_s);
    m_row = test::createRow(
        *m_ws, m_dataset,
        QByteArray(
            R"({"row_data": "row", "metadata_fields": [{"name": "tag", "value": "t"}, {"name": "split", "value": "train"}]})"));
    m_other = test::createRow(*m_ws, m_dataset, QByteArray(R"({"row_data": "other"})"));
    QVERIFY(!m_row.isEmpty() && !m_other.isEmpty());
}

void TestMetadataStore::cleanup()
{
    m_ws.reset();
}

void TestMetadataStore::reservedFieldsAreListedFirst()
{
    auto created = (*m_ws)->metadata().createSchema(u"camera"_s, MetadataKind::String);
    QVERIFY(created);
    auto schemas = (*m_ws)->metadata().schemas();
    QVERIFY(schemas);
    QCOMPARE(schemas->size(), 5);
    QStringList names;
    for (const MetadataSchema &schema : *schemas) {
        names.append(schema.name);
    }
    QCOMPARE(names, (QStringList{u"tag"_s, u"split"_s, u"captureDateTime"_s, u"skipNFrames"_s,
                                 u"camera"_s}));
    QCOMPARE(schemas->at(0).id, kTagId);
    QCOMPARE(schemas->at(0).kind, MetadataKind::String);
    QCOMPARE(schemas->at(1).id, kSplitId);
    QCOMPARE(schemas->at(1).kind, MetadataKind::Enum);
    QCOMPARE(schemas->at(1).options.size(), 3);
    QCOMPARE(schemas->at(1).options[0].id, kTrainId);
    QCOMPARE(schemas->at(1).options[0].name, u"train"_s);
    QCOMPARE(schemas->at(1).options[1].id, kValidId);
    QCOMPARE(schemas->at(1).options[1].name, u"valid"_s);
    QCOMPARE(schemas->at(1).options[2].id, kTestId);
    QCOMPARE(schemas->at(1).options[2].name, u"test"_s);
    QCOMPARE(schemas->at(2).id, kCaptureId);
    QCOMPARE(schemas->at(2).kind, MetadataKind::DateTime);
    QCOMPARE(schemas->at(3).id, kSkipId);
    QCOMPARE(schemas->at(3).kind, MetadataKind::Number);
    QVERIFY(!schemas->at(4).reserved);
    QCOMPARE(schemas->at(4).id, created->id);
}

void TestMetadataStore::createEveryKind()
{
    const QVector<MetadataKind> kinds = {MetadataKind::String, MetadataKind::Number,
                                         MetadataKind::DateTime, MetadataKind::Enum,
                                         MetadataKind::Embedding};
    QStringList ids;
    for (const MetadataKind kind : kinds) {
        const QString name = u"field-"_s + MetadataKinds::name(kind);
        const QStringList options =
            kind == MetadataKind::Enum ? QStringList{u"left"_s, u"right"_s} : QStringList();
        auto created = (*m_ws)->metadata().createSchema(name, kind, options);
        QVERIFY2(created, qPrintable(created.error().message));
        QVERIFY(Cuid::isValid(created->id));
        QCOMPARE(created->name, name);
        QCOMPARE(created->kind, kind);
        QVERIFY(!created->reserved);
        QCOMPARE(created->options.size(), options.size());
        ids.append(created->id);
    }
    m_ws->reopen();
    auto schemas = (*m_ws)->metadata().schemas();
    QVERIFY(schemas);
    QCOMPARE(schemas->size(), 9);
    for (int i = 0; i < kinds.size(); ++i) {
        const MetadataSchema &schema = schemas->at(4 + i);
        QCOMPARE(schema.id, ids[i]);
        QCOMPARE(schema.kind, kinds[i]);
    }
    const MetadataSchema &enumSchema = schemas->at(7);
    QCOMPARE(enumSchema.options.size(), 2);
    QCOMPARE(enumSchema.options[0].name, u"left"_s);
    QCOMPARE(enumSchema.options[1].name, u"right"_s);
    QVERIFY(Cuid::isValid(enumSchema.options[0].id));
    // An enum may start without options.
    auto bare = (*m_ws)->metadata().createSchema(u"empty-enum"_s, MetadataKind::Enum);
    QVERIFY(bare);
    QCOMPARE(bare->options.size(), 0);
}

void TestMetadataStore::schemaByIdOrName()
{
    auto byIdResult = (*m_ws)->metadata().schema(kSplitId);
    QVERIFY(byIdResult);
    QCOMPARE(byIdResult->name, u"split"_s);
    auto byNameResult = (*m_ws)->metadata().schema(u"captureDateTime"_s);
    QVERIFY(byNameResult);
    QCOMPARE(byNameResult->id, kCaptureId);
    auto missingName = (*m_ws)->metadata().schema(u"nope"_s);
    QVERIFY(!missingName);
    QCOMPARE(missingName.error().code, ErrorCode::NotFound);
    QCOMPARE(missingName.error().message, u"There is no metadata with name 'nope'"_s);
    auto missingId = (*m_ws)->metadata().schema(u"cnosuchschema000000000000"_s);
    QVERIFY(!missingId);
    QCOMPARE(missingId.error().message,
             u"Schema Id cnosuchschema000000000000 not found in ontology"_s);
}

void TestMetadataStore::enumOptionLimit()
{
    auto full = (*m_ws)->metadata().createSchema(u"full"_s, MetadataKind::Enum, optionsNamed(64));
    QVERIFY2(full, qPrintable(full.error().message));
    QCOMPARE(full->options.size(), 64);
    QCOMPARE((*m_ws)->metadata().schema(u"full"_s)->options.size(), 64);

    const QByteArray before = m_ws->snapshot();
    auto tooMany =
        (*m_ws)->metadata().createSchema(u"too-many"_s, MetadataKind::Enum, optionsNamed(65));
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().code, ErrorCode::InvalidInput);
    QCOMPARE(tooMany.error().message, u"An enum can have at most 64 options; 65 were given."_s);
    // The 65th option cannot be added later either.
    auto added = (*m_ws)->metadata().addOption(full->id, u"one-more"_s);
    QVERIFY(!added);
    QCOMPARE(added.error().code, ErrorCode::InvalidInput);
    QCOMPARE(added.error().message, u"'full' already has 64 options, the most an enum can have."_s);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestMetadataStore::nameLength()
{
    const QString longest(100, u'n');
    auto created =
        (*m_ws)->metadata().createSchema(longest, MetadataKind::Enum, {QString(100, u'o'), u"x"_s});
    QVERIFY2(created, qPrintable(created.error().message));
    QCOMPARE(created->name, longest);
    auto single = (*m_ws)->metadata().createSchema(u"n"_s, MetadataKind::Number);
    QVERIFY(single);
    // Characters, not UTF-16 units: 100 emoji are 200 units and still a valid name.
    QString emoji;
    for (int i = 0; i < 100; ++i) {
        emoji += u"\U0001F600"_s;
    }
    auto wide = (*m_ws)->metadata().createSchema(emoji, MetadataKind::String);
    QVERIFY2(wide, qPrintable(wide.error().message));

    const QByteArray before = m_ws->snapshot();
    const QString tooLong(101, u'n');
    auto refused = (*m_ws)->metadata().createSchema(tooLong, MetadataKind::String);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().message,
             u"A metadata name can have at most 100 characters; '%1' has 101"_s.arg(tooLong));
    auto badOption =
        (*m_ws)->metadata().createSchema(u"ok-name"_s, MetadataKind::Enum, {u"fine"_s, tooLong});
    QVERIFY(!badOption);
    QCOMPARE(badOption.error().code, ErrorCode::InvalidInput);
    auto badAdded = (*m_ws)->metadata().addOption(created->id, tooLong);
    QVERIFY(!badAdded);
    QCOMPARE(badAdded.error().code, ErrorCode::InvalidInput);
    auto badRename = (*m_ws)->metadata().renameSchema(single->id, tooLong);
    QVERIFY(!badRename);
    QCOMPARE(badRename.error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestMetadataStore::badCreatesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const int invalid = int(ErrorCode::InvalidInput);
    const int conflict = int(ErrorCode::Conflict);
    QTest::newRow("empty name") << u""_s << int(MetadataKind::String) << QStringList() << invalid
                                << u"A metadata name cannot be empty"_s;
    QTest::newRow("blank name") << u"  "_s << int(MetadataKind::String) << QStringList() << invalid
                                << u"A metadata name cannot be empty"_s;
    QTest::newRow("duplicate name")
        << u"existing"_s << int(MetadataKind::Number) << QStringList() << conflict
        << u"There is already a metadata field named 'existing'."_s;
    for (const char *reserved : {"tag", "split", "captureDateTime", "skipNFrames"}) {
        QTest::newRow(reserved) << QString::fromLatin1(reserved) << int(MetadataKind::String)
                                << QStringList() << invalid
                                << u"'%1' is a reserved metadata field; choose another name."_s.arg(
                                       QString::fromLatin1(reserved));
    }
    QTest::newRow("options on a string")
        << u"opts"_s << int(MetadataKind::String) << QStringList{u"a"_s} << invalid
        << u"Only enum fields have options; 'opts' is a string field."_s;
    QTest::newRow("option twice") << u"twice"_s << int(MetadataKind::Enum)
                                  << QStringList{u"a"_s, u"b"_s, u"a"_s} << invalid
                                  << u"The option 'a' is given twice."_s;
    QTest::newRow("empty option") << u"blank-option"_s << int(MetadataKind::Enum)
                                  << QStringList{u"a"_s, u""_s} << invalid
                                  << u"A metadata name cannot be empty"_s;
}

void TestMetadataStore::badCreatesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QStringList, options);
    QFETCH(int, code);
    QFETCH(QString, message);
    QVERIFY((*m_ws)->metadata().createSchema(u"existing"_s, MetadataKind::String));
    const QByteArray before = m_ws->snapshot();
    auto refused = (*m_ws)->metadata().createSchema(name, MetadataKind(kind), options);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().code), code);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestMetadataStore::renameCustomField()
{
    auto created = (*m_ws)->metadata().createSchema(u"camera"_s, MetadataKind::String);
    QVERIFY(created);
    QVERIFY((*m_ws)->metadata().setRowMetadata(m_row, {byName(u"camera"_s, u"front"_s)}));
    auto renamed = (*m_ws)->metadata().renameSchema(created->id, u"lens"_s);
    QVERIFY2(renamed, qPrintable(renamed.error().message));
    QCOMPARE(renamed->id, created->id);
    QCOMPARE(renamed->name, u"lens"_s);
    QVERIFY(!(*m_ws)->metadata().schema(u"camera"_s));
    QCOMPARE((*m_ws)->metadata().schema(u"lens"_s)->id, created->id);
    // Values follow the field under its new name; the old name is free.
    QCOMPARE(text(*(*m_ws)->metadata().rowMetadata(m_row)), u"tag=t; split=train; lens=front"_s);
    QVERIFY((*m_ws)->metadata().createSchema(u"camera"_s, MetadataKind::Number));
    // Renaming to its own name is fine.
    QVERIFY((*m_ws)->metadata().renameSchema(created->id, u"lens"_s));
}

void TestMetadataStore::renameIsRefused_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("newName");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const int invalid = int(ErrorCode::InvalidInput);
    QTest::newRow("reserved field")
        << kTagId << u"label"_s << invalid
        << u"'tag' is a reserved metadata field and cannot be renamed."_s;
    QTest::newRow("reserved enum")
        << kSplitId << u"partition"_s << invalid
        << u"'split' is a reserved metadata field and cannot be renamed."_s;
    QTest::newRow("reserved option")
        << kTrainId << u"training"_s << invalid
        << u"'train' is a reserved metadata field and cannot be renamed."_s;
    QTest::newRow("to a reserved name")
        << u"custom"_s << u"skipNFrames"_s << invalid
        << u"'skipNFrames' is a reserved metadata field; choose another name."_s;
    QTest::newRow("to a taken name") << u"custom"_s << u"other"_s << int(ErrorCode::Conflict)
                                     << u"There is already a metadata field named 'other'."_s;
    QTest::newRow("to an empty name")
        << u"custom"_s << u""_s << invalid << u"A metadata name cannot be empty"_s;
    QTest::newRow("unknown id") << u"cnosuchschema000000000000"_s << u"x"_s
                                << int(ErrorCode::NotFound)
                                << u"Schema Id cnosuchschema000000000000 not found in ontology"_s;
}

void TestMetadataStore::renameIsRefused()
{
    QFETCH(QString, target);
    QFETCH(QString, newName);
    QFETCH(int, code);
    QFETCH(QString, message);
    auto custom = (*m_ws)->metadata().createSchema(u"custom"_s, MetadataKind::String);
    QVERIFY(custom);
    QVERIFY((*m_ws)->metadata().createSchema(u"other"_s, MetadataKind::String));
    if (target == u"custom"_s) {
        target = custom->id;
    }
    const QByteArray before = m_ws->snapshot();
    auto refused = (*m_ws)->metadata().renameSchema(target, newName);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().code), code);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestMetadataStore::renameEnumOption()
{
    auto weather =
        (*m_ws)->metadata().createSchema(u"weather"_s, MetadataKind::Enum, {u"sun"_s, u"rain"_s});
    QVERIFY(weather);
    const QString rainId = weather->options[1].id;
    QVERIFY((*m_ws)->metadata().setRowMetadata(m_row, {byName(u"weather"_s, u"rain"_s)}));
    auto renamed = (*m_ws)->metadata().renameSchema(rainId, u"drizzle"_s);
    QVERIFY2(renamed, qPrintable(renamed.error().message));
    // The answer is the enum with its renamed option.
    QCOMPARE(renamed->id, weather->id);
    QCOMPARE(renamed->name, u"weather"_s);
    QCOMPARE(renamed->options.size(), 2);
    QCOMPARE(renamed->options[1].id, rainId);
    QCOMPARE(renamed->options[1].name, u"drizzle"_s);
    QCOMPARE(text(*(*m_ws)->metadata().rowMetadata(m_row)),
             u"tag=t; split=train; weather=drizzle"_s);

    // Another option's name is taken within the enum.
    const QByteArray before = m_ws->snapshot();
    auto taken = (*m_ws)->metadata().renameSchema(rainId, u"sun"_s);
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, ErrorCode::Conflict);
    QCOMPARE(taken.error().message, u"The enum already has an option named 'sun'."_s);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestMetadataStore::addOption()
{
    auto weather = (*m_ws)->metadata().createSchema(u"weather"_s, MetadataKind::Enum, {u"sun"_s});
    QVERIFY(weather);
    auto added = (*m_ws)->metadata().addOption(weather->id, u"snow"_s);
    QVERIFY2(added, qPrintable(added.error().message));
    QCOMPARE(added->id, weather->id);
    QCOMPARE(added->options.size(), 2);
    QCOMPARE(added->options[1].name, u"snow"_s);
    QVERIFY(Cuid::isValid(added->options[1].id));
    QCOMPARE((*m_ws)->metadata().schema(weather->id)->options.size(), 2);
    // The new option is usable at once.
    QVERIFY((*m_ws)->metadata().setRowMetadata(m_row, {byName(u"weather"_s, u"snow"_s)}));
    QCOMPARE(text(*(*m_ws)->metadata().rowMetadata(m_row)), u"tag=t; split=train; weather=snow"_s);
}

void TestMetadataStore::addOptionIsRefused()
{
    auto weather = (*m_ws)->metadata().createSchema(u"weather"_s, MetadataKind::Enum, {u"sun"_s});
    QVERIFY(weather);
    const QByteArray before = m_ws->snapshot();
    auto reserved = (*m_ws)->metadata().addOption(kSplitId, u"holdout"_s);
    QVERIFY(!reserved);
    QCOMPARE(reserved.error().code, ErrorCode::InvalidInput);
    QCOMPARE(reserved.error().message,
             u"'split' is a reserved metadata field; its options are fixed."_s);
    auto notEnum = (*m_ws)->metadata().addOption(kTagId, u"x"_s);
    QVERIFY(!notEnum);
    QCOMPARE(notEnum.error().message, u"'tag' is not an enum field; only enums have options."_s);
    auto twice = (*m_ws)->metadata().addOption(weather->id, u"sun"_s);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QCOMPARE(twice.error().message, u"The enum already has an option named 'sun'."_s);
    auto empty = (*m_ws)->metadata().addOption(weather->id, u""_s);
    QVERIFY(!empty);
    QCOMPARE(empty.error().message, u"A metadata name cannot be empty"_s);
    auto missing = (*m_ws)->metadata().addOption(u"cnosuchschema000000000000"_s, u"x"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(missing.error().message,
             u"Schema Id cnosuchschema000000000000 not found in ontology"_s);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestMetadataStore::deleteCustomFieldRemovesItsValues()
{
    auto camera = (*m_ws)->metadata().createSchema(u"camera"_s, MetadataKind::String);
    QVERIFY(camera);
    QVERIFY((*m_ws)->metadata().setRowMetadata(m_row, {byName(u"camera"_s, u"front"_s)}));
    QVERIFY((*m_ws)->metadata().setRowMetadata(m_other, {byName(u"camera"_s, u"rear"_s)}));
    QCOMPARE(m_ws->count("SELECT count(*) FROM metadata_value"), qint64(4));
    const Status deleted = (*m_ws)->metadata().deleteSchema(camera->id);
    QVERIFY2(deleted, qPrintable(deleted.error().message));
    QCOMPARE(m_ws->count("SELECT count(*) FROM metadata_value"), qint64(2));
    QCOMPARE(text(*(*m_ws)->metadata().rowMetadata(m_row)), u"tag=t; split=train"_s);
    QCOMPARE((*m_ws)->metadata().rowMetadata(m_other)->size(), 0);
    QCOMPARE((*m_ws)->metadata().schemas()->size(), 4);
    QCOMPARE((*m_ws)->metadata().schema(camera->id).error().code, ErrorCode::NotFound);
    // The name may be used again.
    QVERIFY((*m_ws)->metadata().createSchema(u"camera"_s, MetadataKind::Number));
    // Deleting again: not found.
    const Status again = (*m_ws)->metadata().deleteSchema(camera->id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QCOMPARE(again.error().message, u"Schema Id %1 not found in ontology"_s.arg(camera->id));
}

void TestMetadataStore::deleteEnumOptionRemovesItsValues()
{
    auto weather =
        (*m_ws)->metadata().createSchema(u"weather"_s, MetadataKind::Enum, {u"sun"_s, u"rain"_s});
    QVERIFY(weather);
    QVERIFY((*m_ws)->metadata().setRowMetadata(m_row, {byName(u"weather"_s, u"rain"_s)}));
    QVERIFY((*m_ws)->metadata().setRowMetadata(m_other, {byName(u"weather"_s, u"sun"_s)}));
    QVERIFY((*m_ws)->metadata().deleteSchema(weather->options[1].id));
    QCOMPARE((*m_ws)->metadata().schema(weather->id)->options.size(), 1);
    QCOMPARE(text(*(*m_ws)->metadata().rowMetadata(m_row)), u"tag=t; split=train"_s);
    QCOMPARE(text(*(*m_ws)->metadata().rowMetadata(m_other)), u"weather=sun"_s);
    // Deleting the enum takes its options and their values.
    QVERIFY((*m_ws)->metadata().deleteSchema(weather->id));
    QCOMPARE((*m_ws)->metadata().rowMetadata(m_other)->size(), 0);
    QCOMPARE(m_ws->count("SELECT count(*) FROM metadata_schema"), qint64(7));
}

void TestMetadataStore::deleteReservedIsRefused()
{
    const QByteArray before = m_ws->snapshot();
    for (const QString &id : {kTagId, kSplitId, kTrainId, kCaptureId, kSkipId}) {
        const Status refused = (*m_ws)->metadata().deleteSchema(id);
        QVERIFY2(!refused, qPrintable(id));
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.endsWith(
            u"is a reserved metadata field and cannot be deleted."_s));
    }
    QCOMPARE((*m_ws)->metadata().deleteSchema(kTagId).error().message,
             u"'tag' is a reserved metadata field and cannot be deleted."_s);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestMetadataStore::usageCountsRows()
{
    QCOMPARE(*(*m_ws)->metadata().usage(kTagId), qint64(1));
    QCOMPARE(*(*m_ws)->metadata().usage(kSplitId), qint64(1));
    QCOMPARE(*(*m_ws)->metadata().usage(kSkipId), qint64(0));
    auto weather =
        (*m_ws)->metadata().createSchema(u"weather"_s, MetadataKind::Enum, {u"sun"_s, u"rain"_s});
    QVERIFY(weather);
    QCOMPARE(*(*m_ws)->metadata().usage(weather->id), qint64(0));
    // Two options on one row count the row once.
    QVERIFY((*m_ws)->metadata().setRowMetadata(
        m_row, {byName(u"weather"_s, u"sun"_s), byName(u"weather"_s, u"rain"_s)}));
    QVERIFY((*m_ws)->metadata().setRowMetadata(
        m_other, {byName(u"weather"_s, u"sun"_s), byName(u"tag"_s, u"x"_s)}));
    QCOMPARE(*(*m_ws)->metadata().usage(weather->id), qint64(2));
    QCOMPARE(*(*m_ws)->metadata().usage(kTagId), qint64(2));
    QVERIFY((*m_ws)->rows().remove(m_other));
    QCOMPARE(*(*m_ws)->metadata().usage(weather->id), qint64(1));

    auto unknown = (*m_ws)->metadata().usage(u"cnosuchschema000000000000"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QCOMPARE(unknown.error().message,
             u"Schema Id cnosuchschema000000000000 not found in ontology"_s);
}

void TestMetadataStore::rowMetadataOfAMissingRow()
{
    auto read = (*m_ws)->metadata().rowMetadata(kMissingRow);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::NotFound);
    QCOMPARE(read.error().message, u"Data row not found: '%1'"_s.arg(kMissingRow));
    const QByteArray before = m_ws->snapshot();
    auto set = (*m_ws)->metadata().setRowMetadata(kMissingRow, {byName(u"tag"_s, u"x"_s)});
    QVERIFY(!set);
    QCOMPARE(set.error().message, u"Data row not found: '%1'"_s.arg(kMissingRow));
    auto cleared = (*m_ws)->metadata().clearRowMetadata(kMissingRow, {u"tag"_s});
    QVERIFY(!cleared);
    QCOMPARE(cleared.error().message, u"Data row not found: '%1'"_s.arg(kMissingRow));
    QCOMPARE(m_ws->snapshot(), before);
}

void TestMetadataStore::setValuesOfEveryKind()
{
    // Values come in schema order (reserved first, then custom in creation order).
    QVERIFY((*m_ws)->metadata().createSchema(u"score"_s, MetadataKind::Number));
    QVERIFY((*m_ws)->metadata().createSchema(u"emb"_s, MetadataKind::Embedding));
    const QString longest(4096, u's');
    auto set = (*m_ws)->metadata().setRowMetadata(
        m_other, {byName(u"tag"_s, longest), byName(u"split"_s, u"valid"_s),
                  byName(u"captureDateTime"_s, u"2026-11-29T18:40:00.250+02:00"_s),
                  byName(u"skipNFrames"_s, 3), byName(u"score"_s, u" 0.25 "_s),
                  byName(u"emb"_s, vector(128, 0.5))});
    QVERIFY2(set, qPrintable(set.error().message));
    QCOMPARE(set->size(), 6);
    // The answer is the row's metadata afterwards, as stored.
    auto stored = (*m_ws)->metadata().rowMetadata(m_other);
    QVERIFY(stored);
    QCOMPARE(*stored, *set);
    QCOMPARE(stored->at(0).text, longest);
    QCOMPARE(stored->at(1).schemaId, kSplitId);
    QCOMPARE(stored->at(1).optionId, kValidId);
    QCOMPARE(stored->at(1).optionName, u"valid"_s);
    QCOMPARE(Timestamp::format(stored->at(2).time), u"2026-11-29T16:40:00.250+00:00"_s);
    QCOMPARE(stored->at(3).number, 3.0);
    QCOMPARE(stored->at(4).schemaName, u"score"_s);
    QCOMPARE(stored->at(4).number, 0.25);
    QCOMPARE(stored->at(5).vector.size(), 128);
    QCOMPARE(stored->at(5).vector[127], 127.5);
    // The row is marked changed.
    QVERIFY((*m_ws)->rows().get(m_other)->updatedAt >= (*m_ws)->rows().get(m_other)->createdAt);
}

void TestMetadataStore::setAcceptsIdsAndOptionIds()
{
    auto set = (*m_ws)->metadata().setRowMetadata(
        m_other, {byId(kTagId, u"by id"_s), byId(kSplitId, kTestId), byName(u"skipNFrames"_s, 1)});
    QVERIFY2(set, qPrintable(set.error().message));
    QCOMPARE(text(*set), u"tag=by id; split=test; skipNFrames=1"_s);
    // An option's own id names the field and the value; an export's {schema_id, schema_name}
    // value names the option.
    auto byOption = (*m_ws)->metadata().setRowMetadata(m_other, {byId(kValidId, QJsonValue())});
    QVERIFY2(byOption, qPrintable(byOption.error().message));
    QCOMPARE(text(*byOption), u"tag=by id; split=valid; skipNFrames=1"_s);
    auto byObject = (*m_ws)->metadata().setRowMetadata(
        m_other, {byName(u"split"_s,
                         QJsonObject{{u"schema_id"_s, kTrainId}, {u"schema_name"_s, u"train"_s}})});
    QVERIFY2(byObject, qPrintable(byObject.error().message));
    QCOMPARE(text(*byObject), u"tag=by id; split=train; skipNFrames=1"_s);
}

void TestMetadataStore::setReplacesOnlyGivenFields()
{
    auto first = (*m_ws)->metadata().setRowMetadata(m_row, {byName(u"skipNFrames"_s, 2)});
    QVERIFY(first);
    QCOMPARE(text(*first), u"tag=t; split=train; skipNFrames=2"_s);
    auto second = (*m_ws)->metadata().setRowMetadata(
        m_row, {byName(u"tag"_s, u"new"_s), byName(u"split"_s, u"test"_s)});
    QVERIFY(second);
    QCOMPARE(text(*second), u"tag=new; split=test; skipNFrames=2"_s);
    // Another row is untouched.
    QCOMPARE((*m_ws)->metadata().rowMetadata(m_other)->size(), 0);
    // Setting nothing changes no value.
    auto none = (*m_ws)->metadata().setRowMetadata(m_row, {});
    QVERIFY(none);
    QCOMPARE(text(*none), u"tag=new; split=test; skipNFrames=2"_s);
}

void TestMetadataStore::setIsValidated_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("string too long")
        << u"tag"_s << QJsonValue(QString(4097, u's'))
        << u"Could not validate metadata [tag]: a string can have at most 4096 characters, this "
           "one has 4097"_s;
    QTest::newRow("string as number")
        << u"tag"_s << QJsonValue(5)
        << u"Could not validate metadata [tag]: expected a string, got 5"_s;
    QTest::newRow("null") << u"tag"_s << QJsonValue()
                          << u"Could not validate metadata [tag]: a value is required and cannot "
                             "be null"_s;
    QTest::newRow("number from text")
        << u"skipNFrames"_s << QJsonValue(u"many"_s)
        << u"Could not validate metadata [skipNFrames]: 'many' is not a number"_s;
    QTest::newRow("number from list") << u"skipNFrames"_s << QJsonValue(QJsonArray{1})
                                      << u"Could not validate metadata [skipNFrames]: expected a "
                                         "number, got [1]"_s;
    QTest::newRow("bad datetime")
        << u"captureDateTime"_s << QJsonValue(u"yesterday"_s)
        << u"Could not validate metadata [captureDateTime]: 'yesterday' is not an ISO-8601 "
           "date-time between the years 1 and 9999"_s;
    QTest::newRow("unknown option")
        << u"split"_s << QJsonValue(u"holdout"_s)
        << u"There is no enum option by name 'holdout' for enum name 'split'"_s;
    QTest::newRow("option names are exact")
        << u"split"_s << QJsonValue(u"TRAIN"_s)
        << u"There is no enum option by name 'TRAIN' for enum name 'split'"_s;
    QTest::newRow("short embedding") << u"emb"_s << QJsonValue(vector(127))
                                     << u"Could not validate metadata [emb]: an embedding needs "
                                        "exactly 128 numbers, got 127"_s;
    QTest::newRow("long embedding") << u"emb"_s << QJsonValue(vector(129))
                                    << u"Could not validate metadata [emb]: an embedding needs "
                                       "exactly 128 numbers, got 129"_s;
    QTest::newRow("repeated field")
        << u"skipNFrames"_s << QJsonValue(3)
        << u"A schemaId can only be specified once per DataRow : [%1]"_s.arg(kSkipId);
    QTest::newRow("unknown name") << u"nope"_s << QJsonValue(u"x"_s)
                                  << u"There is no metadata with name 'nope'"_s;
}

void TestMetadataStore::setIsValidated()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QVERIFY((*m_ws)->metadata().createSchema(u"emb"_s, MetadataKind::Embedding));
    const QByteArray before = m_ws->snapshot();
    // A good field beside the bad one does not go in either.
    auto refused = (*m_ws)->metadata().setRowMetadata(
        m_row, {byName(u"skipNFrames"_s, 9), byName(field, value)});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestMetadataStore::setUnknownSchemaId()
{
    const QByteArray before = m_ws->snapshot();
    auto refused = (*m_ws)->metadata().setRowMetadata(
        m_row, {byId(u"cnosuchschema000000000000"_s, u"x"_s), byName(u"tag"_s, u"y"_s)});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().message,
             u"Schema Id cnosuchschema000000000000 not found in ontology"_s);
    // An option id given as the field with a value of its own is no field either.
    auto optionWithValue = (*m_ws)->metadata().setRowMetadata(m_row, {byId(kTrainId, u"valid"_s)});
    QVERIFY(!optionWithValue);
    QCOMPARE(optionWithValue.error().message,
             u"Schema Id %1 not found in ontology"_s.arg(kTrainId));
    QCOMPARE(m_ws->snapshot(), before);
}

void TestMetadataStore::datetimeWithoutOffsetIsUtc()
{
    auto set = (*m_ws)->metadata().setRowMetadata(
        m_other, {byName(u"captureDateTime"_s, u"2026-11-29T18:40:00"_s)});
    QVERIFY2(set, qPrintable(set.error().message));
    QCOMPARE(set->first().time, *Timestamp::parse(u"2026-11-29T18:40:00Z"));
    QCOMPARE(MetadataValues::displayText(set->first()), u"2026-11-29T18:40:00.000+00:00"_s);
}

void TestMetadataStore::clearGivenFields()
{
    QVERIFY((*m_ws)->metadata().setRowMetadata(m_row, {byName(u"skipNFrames"_s, 4)}));
    auto cleared = (*m_ws)->metadata().clearRowMetadata(m_row, {u"split"_s, kSkipId});
    QVERIFY2(cleared, qPrintable(cleared.error().message));
    QCOMPARE(text(*cleared), u"tag=t"_s);
    QCOMPARE(text(*(*m_ws)->metadata().rowMetadata(m_row)), u"tag=t"_s);
    // Clearing a field the row does not hold is not an error.
    auto again = (*m_ws)->metadata().clearRowMetadata(m_row, {u"split"_s});
    QVERIFY(again);
    QCOMPARE(text(*again), u"tag=t"_s);
}

void TestMetadataStore::clearIsRefusedForUnknownFields()
{
    const QByteArray before = m_ws->snapshot();
    auto byUnknownName = (*m_ws)->metadata().clearRowMetadata(m_row, {u"tag"_s, u"nope"_s});
    QVERIFY(!byUnknownName);
    QCOMPARE(byUnknownName.error().code, ErrorCode::NotFound);
    QCOMPARE(byUnknownName.error().message, u"There is no metadata with name 'nope'"_s);
    auto byUnknownId =
        (*m_ws)->metadata().clearRowMetadata(m_row, {u"tag"_s, u"cnosuchschema000000000000"_s});
    QVERIFY(!byUnknownId);
    QCOMPARE(byUnknownId.error().message,
             u"Schema Id cnosuchschema000000000000 not found in ontology"_s);
    QCOMPARE(m_ws->snapshot(), before);
}

QTEST_GUILESS_MAIN(TestMetadataStore)
#include "tst_metadatastore.moc"
