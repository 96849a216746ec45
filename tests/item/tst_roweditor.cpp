#include "../store/storetest.h"
#include "roweditor.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

namespace {

// A row from a create spec; its id, or a null string (with a warning) when it failed.
QString makeRow(test::TestWorkspace &ws, const QString &dataset, const char *spec)
{
    return test::createRow(ws, dataset, QByteArray(spec));
}

QString makeRow(test::TestWorkspace &ws, const QString &dataset, const QJsonValue &spec)
{
    return test::createRow(ws, dataset, spec);
}

constexpr int kTimeout = 60000;

// Waits until the editor has answered everything asked of it.
#define SETTLE(editor) QTRY_VERIFY_WITH_TIMEOUT(!(editor).isBusy(), kTimeout)

// Every metadata value, typed exactly (quote() keeps REAL apart from INTEGER, blobs as hex),
// by row id and field id: compare two of them to prove a state came back exactly.
QByteArray metadataDump(test::TestWorkspace &ws)
{
    sql::Query query = ws->workspace().db().prepare(
        "SELECT r.id, s.id, quote(v.value) FROM metadata_value v "
        "JOIN data_row r ON r.pk = v.data_row_pk JOIN metadata_schema s ON s.pk = v.field_pk "
        "ORDER BY r.pk, s.pk");
    QByteArray dump;
    while (query.step()) {
        dump += query.text(0).toUtf8() + ' ' + query.text(1).toUtf8() + ' ' +
                query.text(2).toUtf8() + '\n';
    }
    return dump;
}

QStringList attachmentIds(test::TestWorkspace &ws, const QString &rowId)
{
    QStringList ids;
    for (const Attachment &attachment : *ws->attachments().list(rowId)) {
        ids.append(attachment.id);
    }
    return ids;
}

QString valueOf(test::TestWorkspace &ws, const QString &rowId, const char *schemaId)
{
    for (const MetadataValue &value : *ws->metadata().rowMetadata(rowId)) {
        if (value.schemaId == QLatin1StringView(schemaId)) {
            return MetadataValues::displayText(value);
        }
    }
    return {};
}

MetadataFieldInput field(const QString &name, const QJsonValue &value)
{
    return {QString(), name, value};
}

} // namespace

class TestRowEditor final : public QObject {
    Q_OBJECT

private slots:
    void globalKeyUndoRedo();
    void failedEditChangesNothing();
    void externalIdAndRowDataUndoRedo();
    void metadataOfOneRow();
    void bulkMetadataOf100000Rows();
    void bulkMetadataOfListedRows();
    void failedBulkEditChangesNothing();
    void attachmentsUndoRedo();
    void deletedAttachmentComesBackInPlace();
    void winnerUndoRedo();
    void undoThatFailsMakesTheCommandObsolete();
    void redoThatFailsMakesTheCommandObsolete();
    void busyAndPendingCount();
};

void TestRowEditor::globalKeyUndoRedo()
{
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Keys"_s);
    const QString id = makeRow(
        ws, dataset, R"({"row_data": "https://example.com/0001.jpg", "global_key": "a.jpg"})");
    const QString bare = makeRow(ws, dataset, R"({"row_data": "https://example.com/b.jpg"})");
    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QSignalSpy changed(&editor, &RowEditor::rowsChanged);
    QSignalSpy failed(&editor, &RowEditor::failed);
    QUndoStack *stack = editor.undoStack();

    editor.setGlobalKey(id, u"b.jpg"_s);
    QCOMPARE(stack->count(), 0); // nothing lands before the worker answers
    SETTLE(editor);
    QCOMPARE(ws->rows().get(id)->globalKey, u"b.jpg"_s);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->text(0), u"Set global key of a.jpg"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{id});

    stack->undo();
    SETTLE(editor);
    QCOMPARE(ws->rows().get(id)->globalKey, u"a.jpg"_s);
    QCOMPARE(changed.count(), 2);
    stack->redo();
    SETTLE(editor);
    QCOMPARE(ws->rows().get(id)->globalKey, u"b.jpg"_s);

    editor.clearGlobalKey(id);
    SETTLE(editor);
    QVERIFY(ws->rows().get(id)->globalKey.isNull());
    QCOMPARE(stack->text(1), u"Clear global key of b.jpg"_s);
    stack->undo();
    SETTLE(editor);
    QCOMPARE(ws->rows().get(id)->globalKey, u"b.jpg"_s);

    // A row that had no key has none again after the undo, and is named by its file.
    editor.setGlobalKey(bare, u"fresh"_s);
    SETTLE(editor);
    QCOMPARE(stack->text(stack->count() - 1), u"Set global key of b.jpg"_s);
    QCOMPARE(ws->rows().get(bare)->globalKey, u"fresh"_s);
    stack->undo();
    SETTLE(editor);
    QVERIFY(ws->rows().get(bare)->globalKey.isNull());
    QCOMPARE(ws.count("SELECT count(*) FROM data_row WHERE global_key IS NULL"), 1);
    QCOMPARE(failed.count(), 0);
}

void TestRowEditor::failedEditChangesNothing()
{
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Keys"_s);
    const QString one =
        makeRow(ws, dataset, R"({"row_data": "https://example.com/1.jpg", "global_key": "k1"})");
    const QString two =
        makeRow(ws, dataset, R"({"row_data": "https://example.com/2.jpg", "global_key": "k2"})");
    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QSignalSpy changed(&editor, &RowEditor::rowsChanged);
    QSignalSpy failed(&editor, &RowEditor::failed);
    const QByteArray before = ws.snapshot();

    editor.setGlobalKey(two, u"K1"_s); // taken, compared case-insensitively
    SETTLE(editor);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"Duplicate global key: 'K1'"_s);

    editor.setGlobalKey(two, u"a  b"_s);
    editor.setGlobalKey(u"cnotthere000000000000000000"_s, u"x"_s);
    editor.setRowData(one, u"s3://bucket/x.jpg"_s);
    editor.setGlobalKey(one, u""_s);
    SETTLE(editor);
    QCOMPARE(failed.count(), 5);
    QVERIFY2(failed.at(1).at(0).toString().startsWith(u"Invalid global key: 'a  b'"_s),
             qPrintable(failed.at(1).at(0).toString()));
    QCOMPARE(failed.at(2).at(0).toString(), u"Data row not found: 'cnotthere000000000000000000'"_s);
    QCOMPARE(failed.at(3).at(0).toString(), u"row_data: s3 assets must start with 'https'."_s);
    QCOMPARE(failed.at(4).at(0).toString(), u"global_key cannot be empty if it is set"_s);

    QCOMPARE(ws.snapshot(), before);
    QCOMPARE(editor.undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestRowEditor::externalIdAndRowDataUndoRedo()
{
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Fields"_s);
    const QString id = makeRow(
        ws, dataset,
        R"({"row_data": "https://example.com/a.jpg", "media_type": "IMAGE", "external_id": "e1"})");
    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QUndoStack *stack = editor.undoStack();
    const DataRow original = *ws->rows().get(id);

    editor.setExternalId(id, QString()); // null clears
    SETTLE(editor);
    QVERIFY(ws->rows().get(id)->externalId.isNull());
    QCOMPARE(stack->text(0), u"Clear external id of e1"_s);
    stack->undo();
    SETTLE(editor);
    QCOMPARE(ws->rows().get(id)->externalId, u"e1"_s);
    stack->redo();
    SETTLE(editor);
    QVERIFY(ws->rows().get(id)->externalId.isNull());
    stack->undo();
    SETTLE(editor);

    editor.setExternalId(id, u"e2"_s);
    SETTLE(editor);
    QCOMPARE(ws->rows().get(id)->externalId, u"e2"_s);
    QCOMPARE(stack->text(stack->count() - 1), u"Set external id of e1"_s);
    stack->undo();
    SETTLE(editor);
    QCOMPARE(ws->rows().get(id)->externalId, u"e1"_s);

    // New row data brings a new media type; undo puts back the type and attributes stored.
    editor.setRowData(id, u"Some inline text"_s);
    SETTLE(editor);
    QCOMPARE(ws->rows().get(id)->rowData, u"Some inline text"_s);
    QCOMPARE(ws->rows().get(id)->mediaType, MediaType::Text);
    QCOMPARE(stack->text(stack->count() - 1), u"Set row data of e1"_s);
    stack->undo();
    SETTLE(editor);
    const DataRow undone = *ws->rows().get(id);
    QCOMPARE(undone.rowData, original.rowData);
    QCOMPARE(undone.mediaType, original.mediaType);
    QCOMPARE(undone.mediaAttributes, original.mediaAttributes);
    QCOMPARE(undone.externalId, original.externalId);
    stack->redo();
    SETTLE(editor);
    QCOMPARE(ws->rows().get(id)->mediaType, MediaType::Text);
}

void TestRowEditor::metadataOfOneRow()
{
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Meta"_s);
    const QString id =
        makeRow(ws, dataset,
                R"({"row_data": "https://example.com/0001.jpg", "global_key": "0001.jpg",
            "metadata_fields": [{"name": "split", "value": "train"},
                                {"name": "skipNFrames", "value": 0.1}]})");
    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QSignalSpy changed(&editor, &RowEditor::rowsChanged);
    QUndoStack *stack = editor.undoStack();
    const QByteArray before = metadataDump(ws);

    editor.setMetadata(RowSelection::rows({id}),
                       {field(u"split"_s, u"valid"_s), field(u"tag"_s, u"new"_s)});
    SETTLE(editor);
    QCOMPARE(valueOf(ws, id, ReservedMetadata::kSplitId), u"valid"_s);
    QCOMPARE(valueOf(ws, id, ReservedMetadata::kTagId), u"new"_s);
    QVERIFY2(stack->text(0).startsWith(u"Set split"_s), qPrintable(stack->text(0)));
    QVERIFY2(stack->text(0).endsWith(u" of 0001.jpg"_s), qPrintable(stack->text(0)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{id});
    const QByteArray after = metadataDump(ws);

    stack->undo();
    SETTLE(editor);
    QCOMPARE(metadataDump(ws), before); // split back to train, no tag, the number untouched
    stack->redo();
    SETTLE(editor);
    QCOMPARE(metadataDump(ws), after);

    editor.clearMetadata(RowSelection::rows({id}), {u"skipNFrames"_s, u"split"_s});
    SETTLE(editor);
    QCOMPARE(stack->text(1), u"Clear %1 of 0001.jpg"_s.arg(
                                 QLocale().createSeparatedList({u"skipNFrames"_s, u"split"_s})));
    QVERIFY(valueOf(ws, id, ReservedMetadata::kSplitId).isNull());
    QVERIFY(valueOf(ws, id, ReservedMetadata::kSkipNFramesId).isNull());
    stack->undo();
    SETTLE(editor);
    QCOMPARE(metadataDump(ws), after); // 0.1 comes back as the same REAL
}

void TestRowEditor::bulkMetadataOf100000Rows()
{
    constexpr int kRows = 100000;
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Big"_s);
    const QString other = test::newDataset(ws, u"Other"_s);
    // A third of the rows have split train, a third valid and a tag, a third nothing; every
    // seventh has a skipNFrames number the edit must leave alone.
    QElapsedTimer clock;
    clock.start();
    constexpr int kBatch = 5000;
    for (int first = 0; first < kRows; first += kBatch) {
        QVector<InputItem> items;
        items.reserve(kBatch);
        for (int i = first; i < first + kBatch; ++i) {
            QJsonArray fields;
            if (i % 3 == 0) {
                fields.append(QJsonObject{{u"name"_s, u"split"_s}, {u"value"_s, u"train"_s}});
            } else if (i % 3 == 1) {
                fields.append(QJsonObject{{u"name"_s, u"split"_s}, {u"value"_s, u"valid"_s}});
                fields.append(QJsonObject{{u"name"_s, u"tag"_s}, {u"value"_s, u"t%1"_s.arg(i)}});
            }
            if (i % 7 == 0) {
                fields.append(QJsonObject{{u"name"_s, u"skipNFrames"_s}, {u"value"_s, i / 7.0}});
            }
            QJsonObject spec{{u"row_data"_s, u"https://example.com/%1.jpg"_s.arg(i)},
                             {u"media_type"_s, u"IMAGE"_s}};
            if (!fields.isEmpty()) {
                spec.insert(u"metadata_fields"_s, fields);
            }
            items.append(
                InputItem::fromJson(spec, ItemPosition::line(i + 1), SpecMode::Create, ws.dir()));
        }
        auto report = ws->writer().write(dataset, items, SpecMode::Create);
        QVERIFY(report);
        QCOMPARE(report->created, kBatch);
    }
    const QString outside =
        makeRow(ws, other, R"({"row_data": "https://example.com/o.jpg", "global_key": "outside",
                       "metadata_fields": [{"name": "split", "value": "train"}]})");
    qInfo("made %d rows in %lld ms", kRows, clock.elapsed());
    const QByteArray before = metadataDump(ws);

    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QSignalSpy selection(&editor, &RowEditor::selectionChanged);
    QSignalSpy rows(&editor, &RowEditor::rowsChanged);
    QSignalSpy failed(&editor, &RowEditor::failed);
    QUndoStack *stack = editor.undoStack();

    clock.restart();
    editor.setMetadata(RowSelection::dataset(dataset),
                       {field(u"split"_s, u"test"_s), field(u"tag"_s, u"bulk"_s)});
    SETTLE(editor);
    const qint64 editMs = clock.elapsed();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(stack->count(), 1);
    QVERIFY2(stack->text(0).startsWith(u"Set split"_s), qPrintable(stack->text(0)));
    QVERIFY2(stack->text(0).contains(u"100"_s) && stack->text(0).endsWith(u"000 row(s)"_s),
             qPrintable(stack->text(0)));
    QCOMPARE(selection.count(), 1);
    QCOMPARE(selection.at(0).at(0).toString(), dataset);
    QCOMPARE(rows.count(), 0);
    const char *testOption = "SELECT count(*) FROM metadata_value v JOIN metadata_schema s ON "
                             "s.pk = v.field_pk WHERE s.id = 'cko8scbz70005h2dkastwhgqt'";
    QCOMPARE(ws.count(testOption), kRows);
    QCOMPARE(ws.count("SELECT count(*) FROM metadata_value v JOIN metadata_schema s ON "
                      "s.pk = v.field_pk WHERE s.parent_pk = (SELECT pk FROM metadata_schema "
                      "WHERE id = 'cko8sbczn0002h2dkdaxb5kal')"),
             kRows + 1); // test on each row of the dataset, train on the row outside
    QCOMPARE(ws.count("SELECT count(*) FROM metadata_value v JOIN metadata_schema s ON "
                      "s.pk = v.field_pk WHERE s.id = 'cko8s9r5v0001h2dk9elqdidh' AND "
                      "v.value = 'bulk'"),
             kRows);
    QCOMPARE(valueOf(ws, outside, ReservedMetadata::kSplitId), u"train"_s);
    const QByteArray after = metadataDump(ws);

    clock.restart();
    stack->undo();
    SETTLE(editor);
    const qint64 undoMs = clock.elapsed();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(metadataDump(ws), before); // every row as it was, rows without values included
    QCOMPARE(selection.count(), 2);

    clock.restart();
    stack->redo();
    SETTLE(editor);
    const qint64 redoMs = clock.elapsed();
    QCOMPARE(metadataDump(ws), after);

    // Clearing on the whole selection, undone, is exact too.
    editor.clearMetadata(RowSelection::dataset(dataset), {u"tag"_s});
    SETTLE(editor);
    QCOMPARE(ws.count("SELECT count(*) FROM metadata_value v JOIN metadata_schema s ON "
                      "s.pk = v.field_pk WHERE s.id = 'cko8s9r5v0001h2dk9elqdidh'"),
             0);
    stack->undo();
    SETTLE(editor);
    QCOMPARE(metadataDump(ws), after);
    stack->undo();
    SETTLE(editor);
    QCOMPARE(metadataDump(ws), before);
    QCOMPARE(failed.count(), 0);
    qInfo("bulk edit of %d rows: %lld ms, undo %lld ms, redo %lld ms", kRows, editMs, undoMs,
          redoMs);
    QVERIFY2(undoMs < 20000, "undo of a 100,000-row edit takes seconds at most");
}

void TestRowEditor::bulkMetadataOfListedRows()
{
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Listed"_s);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids.append(makeRow(
            ws, dataset,
            test::js(u"{\"row_data\": \"https://example.com/%1.jpg\", \"global_key\": \"g%1\"}"_s
                         .arg(i))));
    }
    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QSignalSpy rows(&editor, &RowEditor::rowsChanged);
    QSignalSpy selection(&editor, &RowEditor::selectionChanged);
    const QByteArray before = metadataDump(ws);
    editor.setMetadata(RowSelection::keys({u"g3"_s, u"G1"_s}), {field(u"tag"_s, u"x"_s)});
    SETTLE(editor);
    QCOMPARE(rows.count(), 1);
    QCOMPARE(rows.at(0).at(0).toStringList(), (QStringList{ids[3], ids[1]}));
    QCOMPARE(selection.count(), 0);
    QCOMPARE(editor.undoStack()->text(0), u"Set tag on 2 row(s)"_s);
    QCOMPARE(valueOf(ws, ids[1], ReservedMetadata::kTagId), u"x"_s);
    QVERIFY(valueOf(ws, ids[2], ReservedMetadata::kTagId).isNull());
    editor.undoStack()->undo();
    SETTLE(editor);
    QCOMPARE(metadataDump(ws), before);
    QCOMPARE(rows.count(), 2);
}

void TestRowEditor::failedBulkEditChangesNothing()
{
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Fail"_s);
    const QString id = makeRow(ws, dataset, R"({"row_data": "https://example.com/1.jpg"})");
    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QSignalSpy failed(&editor, &RowEditor::failed);
    const QByteArray before = ws.snapshot();
    editor.setMetadata(RowSelection::dataset(dataset), {field(u"nope"_s, u"x"_s)});
    editor.setMetadata(RowSelection::dataset(dataset), {field(u"split"_s, u"nope"_s)});
    editor.setMetadata(RowSelection::dataset(dataset), {field(u"skipNFrames"_s, u"many"_s)});
    editor.clearMetadata(RowSelection::rows({id, u"cmissing00000000000000000"_s}), {u"tag"_s});
    editor.setMetadata(RowSelection::dataset(u"cnodataset000000000000000"_s),
                       {field(u"tag"_s, u"x"_s)});
    SETTLE(editor);
    QCOMPARE(failed.count(), 5);
    QCOMPARE(failed.at(0).at(0).toString(), u"There is no metadata with name 'nope'"_s);
    QCOMPARE(failed.at(1).at(0).toString(),
             u"There is no enum option by name 'nope' for enum name 'split'"_s);
    QCOMPARE(failed.at(2).at(0).toString(),
             u"Could not validate metadata [skipNFrames]: 'many' is not a number"_s);
    QCOMPARE(failed.at(3).at(0).toString(), u"Data row not found: 'cmissing00000000000000000'"_s);
    QCOMPARE(failed.at(4).at(0).toString(), u"Dataset not found: 'cnodataset000000000000000'"_s);
    QCOMPARE(ws.snapshot(), before);
    QCOMPARE(editor.undoStack()->count(), 0);
}

void TestRowEditor::attachmentsUndoRedo()
{
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Attach"_s);
    const QString id = makeRow(
        ws, dataset, R"({"row_data": "https://example.com/0001.jpg", "global_key": "0001.jpg",
                          "attachments": [{"type": "RAW_TEXT", "value": "first"}]})");
    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QSignalSpy changed(&editor, &RowEditor::rowsChanged);
    QSignalSpy failed(&editor, &RowEditor::failed);
    QUndoStack *stack = editor.undoStack();
    const QString first = attachmentIds(ws, id).first();

    editor.addAttachment(id, u"TEXT_URL"_s, u"https://example.com/notes.txt"_s, u"notes"_s);
    SETTLE(editor);
    QCOMPARE(stack->text(0), u"Add attachment to 0001.jpg"_s);
    const QStringList withAdded = attachmentIds(ws, id);
    QCOMPARE(withAdded.size(), 2);
    QCOMPARE(changed.count(), 1);
    stack->undo();
    SETTLE(editor);
    QCOMPARE(attachmentIds(ws, id), QStringList{first});
    stack->redo();
    SETTLE(editor);
    QCOMPARE(attachmentIds(ws, id), withAdded); // the same id, in the same place
    QCOMPARE(ws->attachments().list(id)->at(1).name, u"notes"_s);

    AttachmentUpdate update;
    update.value = u"second"_s;
    editor.updateAttachment(first, update);
    SETTLE(editor);
    QCOMPARE(stack->text(1), u"Change attachment of 0001.jpg"_s);
    QCOMPARE(ws->attachments().list(id)->at(0).value, u"second"_s);
    stack->undo();
    SETTLE(editor);
    QCOMPARE(ws->attachments().list(id)->at(0).value, u"first"_s);
    QVERIFY(ws->attachments().list(id)->at(0).name.isEmpty());
    stack->redo();
    SETTLE(editor);
    QCOMPARE(ws->attachments().list(id)->at(0).value, u"second"_s);

    update = {};
    update.value = u""_s;
    editor.updateAttachment(first, update);
    editor.addAttachment(id, u"PICTURE"_s, u"x"_s);
    SETTLE(editor);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.at(0).at(0).toString(),
             u"Attachment value must be a non-empty string, got: ''"_s);
    QVERIFY2(failed.at(1).at(0).toString().startsWith(u"attachment_type must be one of"_s),
             qPrintable(failed.at(1).at(0).toString()));
    QCOMPARE(stack->count(), 2);
}

void TestRowEditor::deletedAttachmentComesBackInPlace()
{
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Attach"_s);
    const QString id =
        makeRow(ws, dataset, R"({"row_data": "https://example.com/a.jpg", "global_key": "a.jpg",
                          "attachments": [{"type": "RAW_TEXT", "value": "one"},
                                          {"type": "IMAGE", "value": "https://example.com/2.png",
                                           "name": "two"},
                                          {"type": "RAW_TEXT", "value": "three"}]})");
    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QUndoStack *stack = editor.undoStack();
    const QStringList original = attachmentIds(ws, id);
    const QByteArray before = ws.snapshot();

    editor.deleteAttachment(original[1]);
    SETTLE(editor);
    QCOMPARE(stack->text(0), u"Delete attachment of a.jpg"_s);
    QCOMPARE(attachmentIds(ws, id), (QStringList{original[0], original[2]}));
    stack->undo();
    SETTLE(editor);
    QCOMPARE(attachmentIds(ws, id), original); // back between its neighbours
    QCOMPARE(ws->attachments().list(id)->at(1).name, u"two"_s);
    QCOMPARE(ws.count("SELECT count(*) FROM attachment"), 3);
    stack->redo();
    SETTLE(editor);
    QCOMPARE(attachmentIds(ws, id), (QStringList{original[0], original[2]}));

    // The last one deleted and its key taken by a new attachment meanwhile: it comes back
    // after the others.
    stack->undo();
    SETTLE(editor);
    editor.deleteAttachment(original[2]);
    SETTLE(editor);
    QVERIFY(ws->attachments().add(id, u"RAW_TEXT"_s, u"newcomer"_s));
    const QString newcomer = attachmentIds(ws, id).last();
    stack->undo();
    SETTLE(editor);
    QCOMPARE(attachmentIds(ws, id), (QStringList{original[0], original[1], newcomer, original[2]}));
    Q_UNUSED(before)
}

void TestRowEditor::winnerUndoRedo()
{
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Labels"_s);
    const QString id =
        makeRow(ws, dataset, R"({"row_data": "https://example.com/a.jpg", "global_key": "a.jpg"})");
    const Project project = *ws->labels().createProject(u"Boxes"_s);
    const Label first = *ws->labels().addLabel(id, {project.id, {}, 1});
    QTest::qWait(2); // labels are ordered by submission time
    const Label second = *ws->labels().addLabel(id, {project.id, {}, 2});
    QCOMPARE(*ws->labels().winningLabelId(id, project.id), first.id);
    QVERIFY(ws->labels().chosenWinningLabelId(id, project.id)->isNull());

    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QSignalSpy changed(&editor, &RowEditor::rowsChanged);
    QSignalSpy failed(&editor, &RowEditor::failed);
    QUndoStack *stack = editor.undoStack();
    editor.setWinner(id, project.id, second.id);
    SETTLE(editor);
    QCOMPARE(stack->text(0), u"Choose winning label of a.jpg"_s);
    QCOMPARE(*ws->labels().winningLabelId(id, project.id), second.id);
    QCOMPARE(changed.count(), 1);
    stack->undo();
    SETTLE(editor);
    QCOMPARE(*ws->labels().winningLabelId(id, project.id), first.id);
    QVERIFY(ws->labels().chosenWinningLabelId(id, project.id)->isNull()); // none chosen again
    stack->redo();
    SETTLE(editor);
    QCOMPARE(*ws->labels().chosenWinningLabelId(id, project.id), second.id);

    editor.setWinner(id, project.id, u"cnolabel00000000000000000"_s);
    SETTLE(editor);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().startsWith(u"Label 'cnolabel00000000000000000'"_s),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(stack->count(), 1);
}

void TestRowEditor::undoThatFailsMakesTheCommandObsolete()
{
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"World"_s);
    const QString one =
        makeRow(ws, dataset, R"({"row_data": "https://example.com/1.jpg", "global_key": "old"})");
    const QString two = makeRow(ws, dataset, R"({"row_data": "https://example.com/2.jpg"})");
    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QSignalSpy failed(&editor, &RowEditor::failed);
    QSignalSpy changed(&editor, &RowEditor::rowsChanged);
    QUndoStack *stack = editor.undoStack();
    editor.setExternalId(one, u"ext"_s);
    SETTLE(editor);
    editor.setGlobalKey(one, u"new"_s);
    SETTLE(editor);
    QCOMPARE(stack->count(), 2);

    // Meanwhile another program gives the freed key to another row.
    DataRowUpdate take;
    take.globalKey = u"old"_s;
    QVERIFY(ws->rows().update(two, take));
    const QByteArray before = ws.snapshot();
    changed.clear();
    stack->undo();
    SETTLE(editor);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"Duplicate global key: 'old'"_s);
    QCOMPARE(ws.snapshot(), before); // nothing changed
    QCOMPARE(changed.count(), 0);
    QVERIFY(stack->command(1)->isObsolete());
    QCOMPARE(stack->index(), 1);

    // Redo drops it unrun; the earlier command still undoes.
    stack->redo();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 1);
    QVERIFY(!editor.isBusy());
    QCOMPARE(ws->rows().get(one)->globalKey, u"new"_s);
    stack->undo();
    SETTLE(editor);
    QVERIFY(ws->rows().get(one)->externalId.isNull());

    // An attachment added, then its row deleted elsewhere: undo cannot remove it.
    editor.addAttachment(two, u"RAW_TEXT"_s, u"note"_s);
    SETTLE(editor);
    QVERIFY(ws->rows().remove(two));
    stack->undo();
    SETTLE(editor);
    QCOMPARE(failed.count(), 2);
    QVERIFY2(failed.at(1).at(0).toString().startsWith(u"Attachment not found: '"_s),
             qPrintable(failed.at(1).at(0).toString()));
    QVERIFY(stack->command(stack->count() - 1)->isObsolete());
}

void TestRowEditor::redoThatFailsMakesTheCommandObsolete()
{
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"World"_s);
    const QString id =
        makeRow(ws, dataset, R"({"row_data": "https://example.com/1.jpg", "global_key": "one"})");
    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QSignalSpy failed(&editor, &RowEditor::failed);
    QUndoStack *stack = editor.undoStack();
    editor.setMetadata(RowSelection::rows({id}), {field(u"tag"_s, u"x"_s)});
    SETTLE(editor);
    stack->undo();
    SETTLE(editor);
    QVERIFY(ws->rows().remove(id));
    // The row is gone with its metadata: a bulk redo skips it (nothing to write) and succeeds.
    stack->redo();
    SETTLE(editor);
    QCOMPARE(failed.count(), 0);

    const QString key =
        makeRow(ws, dataset, R"({"row_data": "https://example.com/2.jpg", "global_key": "two"})");
    editor.setGlobalKey(key, u"three"_s);
    SETTLE(editor);
    stack->undo();
    SETTLE(editor);
    DataRowUpdate take;
    take.globalKey = u"three"_s;
    const QString other = makeRow(ws, dataset, R"({"row_data": "https://example.com/3.jpg"})");
    QVERIFY(ws->rows().update(other, take));
    const QByteArray before = ws.snapshot();
    stack->redo();
    SETTLE(editor);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"Duplicate global key: 'three'"_s);
    QCOMPARE(ws.snapshot(), before);
    const int count = stack->count();
    QVERIFY(stack->command(count - 1)->isObsolete());
    stack->undo(); // dropped unrun
    QCOMPARE(stack->count(), count - 1);
    QVERIFY(!editor.isBusy());
    QCOMPARE(ws.snapshot(), before);
}

void TestRowEditor::busyAndPendingCount()
{
    test::TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Busy"_s);
    const QString id = makeRow(ws, dataset, R"({"row_data": "https://example.com/1.jpg"})");
    RowEditor editor(ws.path(), test::TestWorkspace::testOptions());
    QSignalSpy busy(&editor, &RowEditor::busyChanged);
    QSignalSpy pending(&editor, &RowEditor::pendingEditsChanged);
    QVERIFY(!editor.isBusy());
    editor.setExternalId(id, u"a"_s);
    editor.setExternalId(id, u"b"_s);
    editor.setGlobalKey(id, u"bad  key"_s);
    QCOMPARE(editor.pendingEdits(), 3);
    QCOMPARE(busy.count(), 1);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    SETTLE(editor);
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QCOMPARE(pending.count(), 6);
    QCOMPARE(pending.last().at(0).toInt(), 0);
    QCOMPARE(editor.undoStack()->count(), 2);
    QCOMPARE(ws->rows().get(id)->externalId, u"b"_s);
    // Undos run in order too: two undos bring back the row as it was.
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(editor.pendingEdits(), 2);
    SETTLE(editor);
    QVERIFY(ws->rows().get(id)->externalId.isNull());
}

QTEST_GUILESS_MAIN(TestRowEditor)
#include "tst_roweditor.moc"
