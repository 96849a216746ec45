#include "storetest.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

namespace {

const QString kMissing = u"cnosuchrow000000000000000"_s;

} // namespace

class TestDataRowStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void getById();
    void getMissingIdIsNotFound();
    void getByGlobalKeyIsCaseInsensitive();
    void getByMissingGlobalKeyIsNotFound();
    void updateEachField();
    void updateNothingIsRefused();
    void updateEmptyFieldIsRefused_data();
    void updateEmptyFieldIsRefused();
    void updateInvalidKeyIsRefused();
    void updateTakenKeyIsRefused();
    void updateOwnKeyInAnotherCase();
    void updateS3RowDataIsRefused();
    void updateMissingRowIsNotFound();
    void newRowDataRedetectsMediaType();
    void removeCascades();
    void removeMissingIsNotFound();
    void idsForExternalIds();

private:
    std::unique_ptr<TestWorkspace> m_ws;
    QString m_dataset;
    QString m_image; // key "Street/0001.jpg", external id "shared", metadata, attachment
    QString m_text;  // key "notes-1", external id "shared"
    QString m_bare;  // no key, no external id
};

void TestDataRowStore::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY(m_ws->isValid());
    m_dataset = test::newDataset(*m_ws, u"Rows"_s);
    auto report = test::writeText(
        *m_ws, m_dataset,
        R"({"row_data": "https://example.com/0001.jpg", "global_key": "Street/0001.jpg", "external_id": "shared", "metadata_fields": [{"name": "tag", "value": "t"}], "attachments": [{"type": "RAW_TEXT", "value": "note"}], "embeddings": [{"embedding_id": "space", "vector": [1, 2]}]}
{"row_data": "Some text", "global_key": "notes-1", "external_id": "shared"}
{"row_data": "https://example.com/clip.mp4"}
)");
    QVERIFY(report);
    QCOMPARE(report->created, qint64(3));
    m_image = report->result[0].id;
    m_text = report->result[1].id;
    m_bare = report->result[2].id;
}

void TestDataRowStore::cleanup()
{
    m_ws.reset();
}

void TestDataRowStore::getById()
{
    auto row = (*m_ws)->rows().get(m_image);
    QVERIFY2(row, qPrintable(row.error().message));
    QCOMPARE(row->id, m_image);
    QCOMPARE(row->datasetId, m_dataset);
    QCOMPARE(row->globalKey, u"Street/0001.jpg"_s);
    QCOMPARE(row->externalId, u"shared"_s);
    QCOMPARE(row->rowData, u"https://example.com/0001.jpg"_s);
    QCOMPARE(row->mediaType, MediaType::Image);
    QCOMPARE(row->mediaAttributes.value(u"mime_type"_s).toString(), u"image/jpeg"_s);
    QVERIFY(!row->mediaAttributes.contains(u"asset_type"_s));
    QCOMPARE(row->createdBy, u"tester@example.com"_s);
    QVERIFY(row->createdAt > 0);

    auto bare = (*m_ws)->rows().get(m_bare);
    QVERIFY(bare);
    QVERIFY(bare->globalKey.isNull());
    QVERIFY(bare->externalId.isNull());
    QCOMPARE(bare->mediaType, MediaType::Video);
}

void TestDataRowStore::getMissingIdIsNotFound()
{
    auto row = (*m_ws)->rows().get(kMissing);
    QVERIFY(!row);
    QCOMPARE(row.error().code, ErrorCode::NotFound);
    QCOMPARE(row.error().message, u"Data row not found: '%1'"_s.arg(kMissing));
    // Ids are exact: another case is another id.
    QVERIFY(!(*m_ws)->rows().get(m_image.toUpper()));
}

void TestDataRowStore::getByGlobalKeyIsCaseInsensitive()
{
    for (const QString &key : {u"Street/0001.jpg"_s, u"street/0001.JPG"_s, u"STREET/0001.JPG"_s}) {
        auto row = (*m_ws)->rows().getByGlobalKey(key);
        QVERIFY2(row, qPrintable(key));
        QCOMPARE(row->id, m_image);
        QCOMPARE(row->globalKey, u"Street/0001.jpg"_s); // as stored
    }
}

void TestDataRowStore::getByMissingGlobalKeyIsNotFound()
{
    for (const QString &key : {u"no-such-key"_s, u"Street/0001"_s, u""_s}) {
        auto row = (*m_ws)->rows().getByGlobalKey(key);
        QVERIFY2(!row, qPrintable(key));
        QCOMPARE(row.error().code, ErrorCode::NotFound);
        QCOMPARE(row.error().message, DataRowStore::keyNotFoundMessage(key));
        QVERIFY(row.error().message.contains(key));
    }
}

void TestDataRowStore::updateEachField()
{
    auto before = (*m_ws)->rows().get(m_text);
    QVERIFY(before);

    DataRowUpdate key;
    key.globalKey = u"notes-renamed"_s;
    auto keyed = (*m_ws)->rows().update(m_text, key);
    QVERIFY2(keyed, qPrintable(keyed.error().message));
    QCOMPARE(keyed->globalKey, u"notes-renamed"_s);
    QCOMPARE(keyed->externalId, u"shared"_s);
    QCOMPARE(keyed->rowData, u"Some text"_s);
    QVERIFY(keyed->updatedAt >= before->updatedAt);
    QCOMPARE(keyed->createdAt, before->createdAt);
    // The old key is free; the new one answers.
    QVERIFY(!(*m_ws)->rows().getByGlobalKey(u"notes-1"_s));
    QCOMPARE((*m_ws)->rows().getByGlobalKey(u"NOTES-RENAMED"_s)->id, m_text);

    DataRowUpdate external;
    external.externalId = u"own"_s;
    auto externaled = (*m_ws)->rows().update(m_text, external);
    QVERIFY(externaled);
    QCOMPARE(externaled->externalId, u"own"_s);
    QCOMPARE(externaled->globalKey, u"notes-renamed"_s);
    QCOMPARE(externaled->rowData, u"Some text"_s);

    DataRowUpdate data;
    data.rowData = u"Other text"_s;
    auto redone = (*m_ws)->rows().update(m_text, data);
    QVERIFY(redone);
    QCOMPARE(redone->rowData, u"Other text"_s);
    QCOMPARE(redone->globalKey, u"notes-renamed"_s);
    QCOMPARE(redone->externalId, u"own"_s);
    QCOMPARE(redone->mediaType, MediaType::Text);

    DataRowUpdate all;
    all.globalKey = u"all-three"_s;
    all.externalId = u"ext-3"_s;
    all.rowData = u"Third text"_s;
    auto three = (*m_ws)->rows().update(m_text, all);
    QVERIFY(three);
    QCOMPARE(three->globalKey, u"all-three"_s);
    QCOMPARE(three->externalId, u"ext-3"_s);
    QCOMPARE(three->rowData, u"Third text"_s);

    // A key can be given to a row that had none.
    DataRowUpdate first;
    first.globalKey = u"bare-now-keyed"_s;
    QCOMPARE((*m_ws)->rows().update(m_bare, first)->globalKey, u"bare-now-keyed"_s);

    // What was answered is what was stored; nothing else moved.
    m_ws->reopen();
    auto stored = (*m_ws)->rows().get(m_text);
    QVERIFY(stored);
    QCOMPARE(stored->globalKey, u"all-three"_s);
    QCOMPARE(stored->externalId, u"ext-3"_s);
    QCOMPARE(stored->rowData, u"Third text"_s);
    QCOMPARE(stored->datasetId, m_dataset);
    QCOMPARE((*m_ws)->datasets().get(m_dataset)->rowCount, qint64(3));
}

void TestDataRowStore::updateNothingIsRefused()
{
    const QByteArray before = m_ws->snapshot();
    auto refused = (*m_ws)->rows().update(m_text, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().message,
             u"Nothing to update: give a global_key, a row_data or an external_id."_s);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestDataRowStore::updateEmptyFieldIsRefused_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("global_key") << 0 << u""_s << u"global_key cannot be empty if it is set"_s;
    QTest::newRow("row_data") << 1 << u""_s << u"row_data cannot be empty if it is set"_s;
    QTest::newRow("external_id") << 2 << u""_s << u"external_id cannot be empty if it is set"_s;
    QTest::newRow("blank row_data") << 1 << u"   "_s << u"row_data cannot be empty if it is set"_s;
}

void TestDataRowStore::updateEmptyFieldIsRefused()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const QByteArray before = m_ws->snapshot();
    DataRowUpdate change;
    // Another field set alongside does not make the empty one acceptable.
    change.externalId = u"fine"_s;
    switch (field) {
    case 0:
        change.globalKey = value;
        break;
    case 1:
        change.rowData = value;
        break;
    default:
        change.externalId = value;
        break;
    }
    auto refused = (*m_ws)->rows().update(m_text, change);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestDataRowStore::updateInvalidKeyIsRefused()
{
    const QByteArray before = m_ws->snapshot();
    for (const QString &key :
         {u"a#b"_s, u" lead"_s, u"trail "_s, u"two  spaces"_s, QString(201, u'k')}) {
        DataRowUpdate change;
        change.globalKey = key;
        auto refused = (*m_ws)->rows().update(m_text, change);
        QVERIFY2(!refused, qPrintable(key));
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.startsWith(u"Invalid global key: '"_s + key + u"' ("_s),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.endsWith(u')'));
    }
    QCOMPARE(m_ws->snapshot(), before);
    // 200 characters are fine.
    DataRowUpdate longest;
    longest.globalKey = QString(200, u'k');
    QVERIFY((*m_ws)->rows().update(m_text, longest));
}

void TestDataRowStore::updateTakenKeyIsRefused()
{
    // The key of a row in another dataset is taken too.
    const QString other = test::newDataset(*m_ws, u"Other"_s);
    QVERIFY(!test::createRow(*m_ws, other,
                             QByteArray(R"({"row_data": "x", "global_key": "Elsewhere"})"))
                 .isEmpty());
    const QByteArray before = m_ws->snapshot();
    for (const QString &key : {u"street/0001.jpg"_s, u"Street/0001.jpg"_s, u"ELSEWHERE"_s}) {
        DataRowUpdate change;
        change.globalKey = key;
        change.externalId = u"would change"_s;
        auto refused = (*m_ws)->rows().update(m_text, change);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(refused.error().message, u"Duplicate global key: '%1'"_s.arg(key));
    }
    QCOMPARE(m_ws->snapshot(), before);
}

void TestDataRowStore::updateOwnKeyInAnotherCase()
{
    DataRowUpdate change;
    change.globalKey = u"STREET/0001.JPG"_s;
    auto updated = (*m_ws)->rows().update(m_image, change);
    QVERIFY2(updated, qPrintable(updated.error().message));
    QCOMPARE(updated->globalKey, u"STREET/0001.JPG"_s);
    QCOMPARE((*m_ws)->rows().getByGlobalKey(u"street/0001.jpg"_s)->globalKey, u"STREET/0001.JPG"_s);
}

void TestDataRowStore::updateS3RowDataIsRefused()
{
    const QByteArray before = m_ws->snapshot();
    DataRowUpdate change;
    change.rowData = u"s3://bucket/key.jpg"_s;
    auto refused = (*m_ws)->rows().update(m_image, change);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().message, u"row_data: s3 assets must start with 'https'."_s);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestDataRowStore::updateMissingRowIsNotFound()
{
    const QByteArray before = m_ws->snapshot();
    DataRowUpdate change;
    change.externalId = u"x"_s;
    auto refused = (*m_ws)->rows().update(kMissing, change);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QCOMPARE(refused.error().message, u"Data row not found: '%1'"_s.arg(kMissing));
    QCOMPARE(m_ws->snapshot(), before);
}

void TestDataRowStore::newRowDataRedetectsMediaType()
{
    DataRowUpdate toText;
    toText.rowData = u"Now it is text"_s;
    auto text = (*m_ws)->rows().update(m_image, toText);
    QVERIFY(text);
    QCOMPARE(text->mediaType, MediaType::Text);
    QCOMPARE(text->mediaAttributes.value(u"mime_type"_s).toString(), u"text/plain"_s);

    DataRowUpdate toPdf;
    toPdf.rowData = u"https://example.com/paper.pdf"_s;
    auto pdf = (*m_ws)->rows().update(m_image, toPdf);
    QVERIFY(pdf);
    QCOMPARE(pdf->mediaType, MediaType::Pdf);
    QCOMPARE(pdf->mediaAttributes.value(u"mime_type"_s).toString(), u"application/pdf"_s);

    DataRowUpdate toChat;
    toChat.rowData = uR"({"type": "application/vnd.labelbox.conversational", "messages": []})"_s;
    auto chat = (*m_ws)->rows().update(m_image, toChat);
    QVERIFY(chat);
    QCOMPARE(chat->mediaType, MediaType::Conversational);

    // Changing only the key or external id keeps the media type.
    DataRowUpdate keyOnly;
    keyOnly.globalKey = u"chat-now"_s;
    QCOMPARE((*m_ws)->rows().update(m_image, keyOnly)->mediaType, MediaType::Conversational);
    QCOMPARE((*m_ws)->rows().get(m_image)->mediaType, MediaType::Conversational);
}

void TestDataRowStore::removeCascades()
{
    auto project = (*m_ws)->labels().createProject(u"P"_s);
    QVERIFY(project);
    QVERIFY((*m_ws)->labels().addLabel(m_image, {project->id, {}, 2}));
    QVERIFY((*m_ws)->labels().addLabel(m_image, {project->id, {}, 3}));
    QVERIFY((*m_ws)->labels().addLabel(m_text, {project->id, {}, 4}));
    QCOMPARE(m_ws->count("SELECT count(*) FROM label"), qint64(3));
    QCOMPARE(m_ws->count("SELECT count(*) FROM metadata_value"), qint64(1));
    QCOMPARE(m_ws->count("SELECT count(*) FROM attachment"), qint64(1));
    QCOMPARE(m_ws->count("SELECT count(*) FROM data_row_embedding"), qint64(1));

    const Status removed = (*m_ws)->rows().remove(m_image);
    QVERIFY2(removed, qPrintable(removed.error().message));
    QCOMPARE((*m_ws)->rows().get(m_image).error().code, ErrorCode::NotFound);
    QCOMPARE(m_ws->count("SELECT count(*) FROM label"), qint64(1));
    QCOMPARE(m_ws->count("SELECT count(*) FROM data_row_project"), qint64(1));
    QCOMPARE(m_ws->count("SELECT count(*) FROM metadata_value"), qint64(0));
    QCOMPARE(m_ws->count("SELECT count(*) FROM attachment"), qint64(0));
    QCOMPARE(m_ws->count("SELECT count(*) FROM data_row_embedding"), qint64(0));
    // The embedding space and the metadata schemas are the workspace's, not the row's.
    QCOMPARE(m_ws->count("SELECT count(*) FROM embedding"), qint64(1));
    QCOMPARE((*m_ws)->metadata().schemas()->size(), 4);
    QCOMPARE((*m_ws)->datasets().get(m_dataset)->rowCount, qint64(2));
    QVERIFY(test::rowCountsExact(*m_ws));
    // Its key is free at once.
    QVERIFY(!(*m_ws)->rows().getByGlobalKey(u"Street/0001.jpg"_s));
    DataRowUpdate reuse;
    reuse.globalKey = u"street/0001.jpg"_s;
    QVERIFY((*m_ws)->rows().update(m_bare, reuse));
    // The other rows keep what they hold.
    QCOMPARE((*m_ws)->labels().labels(m_text)->size(), 1);
}

void TestDataRowStore::removeMissingIsNotFound()
{
    const QByteArray before = m_ws->snapshot();
    const Status refused = (*m_ws)->rows().remove(kMissing);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QCOMPARE(refused.error().message, u"Data row not found: '%1'"_s.arg(kMissing));
    QVERIFY((*m_ws)->rows().remove(m_bare));
    const QByteArray after = m_ws->snapshot();
    QCOMPARE((*m_ws)->rows().remove(m_bare).error().code, ErrorCode::NotFound);
    QCOMPARE(m_ws->snapshot(), after);
    QVERIFY(after != before);
}

void TestDataRowStore::idsForExternalIds()
{
    // External ids are not unique, not even across datasets.
    const QString other = test::newDataset(*m_ws, u"Other"_s);
    const QString third =
        test::createRow(*m_ws, other, QByteArray(R"({"row_data": "x", "external_id": "shared"})"));
    QVERIFY(!third.isEmpty());
    auto ids = (*m_ws)->rows().idsForExternalIds({u"shared"_s, u"none"_s, u"shared"_s});
    QVERIFY(ids);
    QCOMPARE(ids->size(), 3);
    QCOMPARE(ids->at(0).first, u"shared"_s);
    QCOMPARE(ids->at(0).second, (QStringList{m_image, m_text, third}));
    QCOMPARE(ids->at(1).first, u"none"_s);
    QCOMPARE(ids->at(1).second, QStringList());
    QCOMPARE(ids->at(2).second, ids->at(0).second);
    QCOMPARE((*m_ws)->rows().idsForExternalIds({})->size(), 0);
}

QTEST_GUILESS_MAIN(TestDataRowStore)
#include "tst_datarowstore.moc"
