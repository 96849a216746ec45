#include "../store/storetest.h"
#include "attachmentlistmodel.h"
#include "itemroles.h"
#include "roweditor.h"

#include <QAbstractItemModelTester>
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

constexpr int kTimeout = 30000;

#define SETTLE(editor, model)                                                                      \
    QTRY_VERIFY_WITH_TIMEOUT(!(editor).isBusy() && !(model).isLoading(), kTimeout)

} // namespace

class TestAttachmentListModel final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsAndResetsOnlyWhenTheRowChanges();
    void anAddInsertsAndADeleteRemoves();
    void anEditEmitsOneDataChanged();
    void aFailedEditChangesNothing();

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    QString m_first;
    QString m_second;
};

void TestAttachmentListModel::init()
{
    m_ws = std::make_unique<test::TestWorkspace>();
    const QString dataset = test::newDataset(*m_ws, u"Attach"_s);
    m_first = makeRow(*m_ws, dataset,
                      R"({"row_data": "https://example.com/0001.jpg", "global_key": "0001.jpg",
            "attachments": [{"type": "RAW_TEXT", "value": "a note"},
                            {"type": "IMAGE", "value": "https://example.com/mask.png",
                             "name": "mask"}]})");
    m_second = makeRow(*m_ws, dataset, R"({"row_data": "https://example.com/0002.jpg"})");
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());
}

void TestAttachmentListModel::cleanup()
{
    m_ws.reset();
}

void TestAttachmentListModel::loadsAndResetsOnlyWhenTheRowChanges()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    AttachmentListModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &AttachmentListModel::loaded);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRow(m_first);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AttachmentListModel::TypeColumn).data().toString(), u"RAW_TEXT"_s);
    QCOMPARE(model.index(0, AttachmentListModel::ValueColumn).data().toString(), u"a note"_s);
    QCOMPARE(model.index(1, AttachmentListModel::NameColumn).data().toString(), u"mask"_s);
    QCOMPARE(model.index(1, AttachmentListModel::ValueColumn).data(AttachmentTypeRole).toString(),
             u"IMAGE"_s);
    const QStringList types =
        model.index(0, AttachmentListModel::TypeColumn).data(OptionsRole).toStringList();
    QVERIFY(types.contains(u"TEXT_URL"_s) && types.size() == 9);
    QCOMPARE(model.index(0, 0).data(IdRole).toString(), model.attachmentAt(0)->id);
    QVERIFY(model.index(0, AttachmentListModel::ValueColumn).flags() & Qt::ItemIsEditable);

    model.reload();
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 0);

    model.setRow(m_second);
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestAttachmentListModel::anAddInsertsAndADeleteRemoves()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    AttachmentListModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &AttachmentListModel::loaded);
    model.setRow(m_first);
    QVERIFY(loaded.wait(kTimeout));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString firstId = model.attachmentAt(0)->id;
    const QString secondId = model.attachmentAt(1)->id;

    model.addAttachment(u"TEXT_URL"_s, u"https://example.com/notes.txt"_s, u"notes"_s);
    QCOMPARE(model.rowCount(), 2);
    SETTLE(editor, model);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, AttachmentListModel::NameColumn).data().toString(), u"notes"_s);
    QCOMPARE(editor.undoStack()->text(0), u"Add attachment to 0001.jpg"_s);

    model.deleteAttachment(0);
    SETTLE(editor, model);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.attachmentAt(0)->id, secondId);

    // Undo of the delete puts it back where it was: one insert at row 0.
    editor.undoStack()->undo();
    SETTLE(editor, model);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(model.attachmentAt(0)->id, firstId);
    // Undo of the add removes the last row.
    editor.undoStack()->undo();
    SETTLE(editor, model);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(1).at(1).toInt(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestAttachmentListModel::anEditEmitsOneDataChanged()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    AttachmentListModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &AttachmentListModel::loaded);
    model.setRow(m_first);
    QVERIFY(loaded.wait(kTimeout));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    const QModelIndex name = model.index(0, AttachmentListModel::NameColumn);
    QVERIFY(model.setData(name, u"the note"_s));
    QVERIFY(name.data().toString().isEmpty()); // shown when the edit lands
    SETTLE(editor, model);
    QCOMPARE(name.data().toString(), u"the note"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 0);
    QCOMPARE(editor.undoStack()->text(0), u"Change attachment of 0001.jpg"_s);
    QVERIFY(!model.setData(name, u"the note"_s));

    const QModelIndex type = model.index(1, AttachmentListModel::TypeColumn);
    QVERIFY(model.setData(type, u"IMAGE_OVERLAY"_s));
    SETTLE(editor, model);
    QCOMPARE(type.data().toString(), u"IMAGE_OVERLAY"_s);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);

    editor.undoStack()->undo();
    editor.undoStack()->undo();
    SETTLE(editor, model);
    QCOMPARE(type.data().toString(), u"IMAGE"_s);
    QVERIFY(name.data().toString().isEmpty());
    QCOMPARE(changed.count(), 4);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
}

void TestAttachmentListModel::aFailedEditChangesNothing()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    AttachmentListModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &AttachmentListModel::loaded);
    model.setRow(m_first);
    QVERIFY(loaded.wait(kTimeout));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy failed(&editor, &RowEditor::failed);
    const QByteArray before = m_ws->snapshot();

    QVERIFY(model.setData(model.index(0, AttachmentListModel::ValueColumn), u""_s));
    QVERIFY(model.setData(model.index(0, AttachmentListModel::TypeColumn), u"PICTURE"_s));
    model.addAttachment(u"IMAGE"_s, u""_s);
    SETTLE(editor, model);
    QCOMPARE(failed.count(), 3);
    QCOMPARE(failed.at(0).at(0).toString(),
             u"Attachment value must be a non-empty string, got: ''"_s);
    QVERIFY2(failed.at(1).at(0).toString().startsWith(u"attachment_type must be one of"_s),
             qPrintable(failed.at(1).at(0).toString()));
    QCOMPARE(model.index(0, AttachmentListModel::ValueColumn).data().toString(), u"a note"_s);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_ws->snapshot(), before);
    QCOMPARE(editor.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestAttachmentListModel)
#include "tst_attachmentlistmodel.moc"
