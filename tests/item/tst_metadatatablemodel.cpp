#include "../store/storetest.h"
#include "itemroles.h"
#include "metadatatablemodel.h"
#include "roweditor.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

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

constexpr int kTimeout = 30000;

// Waits until every edit is answered and the model has loaded what followed.
#define SETTLE(editor, model)                                                                      \
    QTRY_VERIFY_WITH_TIMEOUT(!(editor).isBusy() && !(model).isLoading(), kTimeout)

} // namespace

class TestMetadataTableModel final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsAndResetsOnlyWhenTheRowChanges();
    void kindAwareRoles();
    void anEditEmitsOneDataChanged();
    void editsOfEveryKind();
    void aFailedEditChangesNothing();
    void aBulkEditOfTheDatasetReloads();
    void aDeletedRowEmptiesTheModel();

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    QString m_dataset;
    QString m_first;
    QString m_second;
};

void TestMetadataTableModel::init()
{
    m_ws = std::make_unique<test::TestWorkspace>();
    test::TestWorkspace &ws = *m_ws;
    QVERIFY(ws->metadata().createSchema(u"camera"_s, MetadataKind::Enum, {u"front"_s, u"rear"_s}));
    QVERIFY(ws->metadata().createSchema(u"vector"_s, MetadataKind::Embedding));
    m_dataset = test::newDataset(ws, u"Meta"_s);
    QString vector;
    for (int i = 0; i < MetadataLimits::kEmbeddingDimensions; ++i) {
        vector += (i ? u","_s : u""_s) + QString::number(i / 128.0);
    }
    m_first =
        makeRow(ws, m_dataset,
                test::js(uR"({"row_data": "https://example.com/0001.jpg", "global_key": "0001.jpg",
                     "metadata_fields": [{"name": "split", "value": "train"},
                                         {"name": "tag", "value": "first"},
                                         {"name": "camera", "value": "rear"},
                                         {"name": "vector", "value": [%1]}]})"_s.arg(vector)));
    m_second = makeRow(ws, m_dataset,
                       R"({"row_data": "https://example.com/0002.jpg", "global_key": "0002.jpg",
            "metadata_fields": [{"name": "skipNFrames", "value": 3}]})");
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());
}

void TestMetadataTableModel::cleanup()
{
    m_ws.reset();
}

void TestMetadataTableModel::loadsAndResetsOnlyWhenTheRowChanges()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    MetadataTableModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &MetadataTableModel::loaded);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.setRow(m_first);
    QCOMPARE(model.rowCount(), 0); // the load runs on the worker
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 6); // the reserved four, camera and vector
    QCOMPARE(model.index(0, MetadataTableModel::FieldColumn).data().toString(), u"tag"_s);
    QCOMPARE(model.index(0, MetadataTableModel::ValueColumn).data().toString(), u"first"_s);
    const int split = model.rowOf(QString::fromLatin1(ReservedMetadata::kSplitId));
    QCOMPARE(model.index(split, MetadataTableModel::ValueColumn).data().toString(), u"train"_s);

    // The same row again: nothing changed, nothing emitted.
    model.reload();
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 0);

    // Another row: one reset.
    model.setRow(m_second);
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.shownRowId(), m_second);
    const int skip = model.rowOf(QString::fromLatin1(ReservedMetadata::kSkipNFramesId));
    QCOMPARE(model.index(skip, MetadataTableModel::ValueColumn).data(Qt::EditRole).toDouble(), 3.0);
    QVERIFY(!model.index(0, MetadataTableModel::ValueColumn).data(HasValueRole).toBool());

    // A schema added elsewhere appears as an inserted row on reload, not as a reset.
    QVERIFY((*m_ws)->metadata().createSchema(u"weather"_s, MetadataKind::String));
    model.reload();
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 7);

    model.setRow(QString());
    QCOMPARE(reset.count(), 3);
    QCOMPARE(model.rowCount(), 0);
}

void TestMetadataTableModel::kindAwareRoles()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    MetadataTableModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &MetadataTableModel::loaded);
    model.setRow(m_first);
    QVERIFY(loaded.wait(kTimeout));
    const auto value = [&model](const char *id) {
        return model.index(model.rowOf(QString::fromLatin1(id)), MetadataTableModel::ValueColumn);
    };
    const QModelIndex tag = value(ReservedMetadata::kTagId);
    QCOMPARE(tag.data(KindRole).toString(), u"string"_s);
    QCOMPARE(tag.data(MaximumLengthRole).toInt(), 4096);
    QVERIFY(tag.data(ReservedRole).toBool());
    QVERIFY(tag.flags() & Qt::ItemIsEditable);
    QVERIFY(!model.index(tag.row(), MetadataTableModel::FieldColumn)
                 .flags()
                 .testFlag(Qt::ItemIsEditable));

    const QModelIndex split = value(ReservedMetadata::kSplitId);
    QCOMPARE(split.data(KindRole).toString(), u"enum"_s);
    QCOMPARE(split.data(OptionsRole).toStringList(),
             (QStringList{u"train"_s, u"valid"_s, u"test"_s}));
    QCOMPARE(split.data(Qt::EditRole).toString(), u"train"_s);

    const QModelIndex number = value(ReservedMetadata::kSkipNFramesId);
    QCOMPARE(number.data(KindRole).toString(), u"number"_s);
    QCOMPARE(number.data(MaximumRole).toDouble(), std::numeric_limits<double>::max());
    QVERIFY(!number.data(HasValueRole).toBool());
    QVERIFY(!number.data(Qt::EditRole).isValid());

    const QModelIndex time = value(ReservedMetadata::kCaptureDateTimeId);
    QCOMPARE(time.data(KindRole).toString(), u"datetime"_s);
    QCOMPARE(time.data(MinimumRole).toDateTime().date(), QDate(1, 1, 1));
    QCOMPARE(time.data(MaximumRole).toDateTime().date(), QDate(9999, 12, 31));

    const QString vectorId = (*m_ws)->metadata().schema(u"vector"_s)->id;
    const QModelIndex vector = model.index(model.rowOf(vectorId), MetadataTableModel::ValueColumn);
    QCOMPARE(vector.data(KindRole).toString(), u"embedding"_s);
    QVERIFY(vector.data(ReadOnlyRole).toBool());
    QVERIFY(!(vector.flags() & Qt::ItemIsEditable));
    QCOMPARE(vector.data().toString(), u"[128 numbers]"_s);
    QVERIFY(!model.setData(vector, u"[1]"_s));

    const QString cameraId = (*m_ws)->metadata().schema(u"camera"_s)->id;
    const QModelIndex camera = model.index(model.rowOf(cameraId), MetadataTableModel::ValueColumn);
    QVERIFY(!camera.data(ReservedRole).toBool());
    QCOMPARE(camera.data(OptionsRole).toStringList(), (QStringList{u"front"_s, u"rear"_s}));
    QCOMPARE(camera.data(IdRole).toString(), cameraId);
    QCOMPARE(model.headerData(MetadataTableModel::ValueColumn, Qt::Horizontal).toString(),
             u"Value"_s);
}

void TestMetadataTableModel::anEditEmitsOneDataChanged()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    MetadataTableModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &MetadataTableModel::loaded);
    model.setRow(m_first);
    QVERIFY(loaded.wait(kTimeout));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy failed(&editor, &RowEditor::failed);

    const QModelIndex tag =
        model.index(model.rowOf(QString::fromLatin1(ReservedMetadata::kTagId)), 1);
    QVERIFY(model.setData(tag, u"second"_s));
    QCOMPARE(tag.data().toString(), u"first"_s); // shown when the edit lands
    SETTLE(editor, model);
    QCOMPARE(tag.data().toString(), u"second"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), tag.row());
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), tag.row());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(editor.undoStack()->count(), 1);
    QCOMPARE(editor.undoStack()->text(0), u"Set tag of 0001.jpg"_s);

    // Setting what it holds starts nothing.
    QVERIFY(!model.setData(tag, u"second"_s));

    editor.undoStack()->undo();
    SETTLE(editor, model);
    QCOMPARE(tag.data().toString(), u"first"_s);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), tag.row());

    // An empty text clears the field.
    QVERIFY(model.setData(tag, u""_s));
    SETTLE(editor, model);
    QVERIFY(!tag.data(HasValueRole).toBool());
    QCOMPARE(changed.count(), 3);
    QVERIFY(!model.setData(tag, QVariant())); // nothing to clear
    QCOMPARE(reset.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void TestMetadataTableModel::editsOfEveryKind()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    MetadataTableModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &MetadataTableModel::loaded);
    model.setRow(m_first);
    QVERIFY(loaded.wait(kTimeout));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy failed(&editor, &RowEditor::failed);
    const auto value = [&model](const QString &id) {
        return model.index(model.rowOf(id), MetadataTableModel::ValueColumn);
    };

    const QModelIndex number = value(QString::fromLatin1(ReservedMetadata::kSkipNFramesId));
    QVERIFY(model.setData(number, 2.5));
    SETTLE(editor, model);
    QCOMPARE(number.data(Qt::EditRole).toDouble(), 2.5);
    QCOMPARE(number.data().toString(), u"2.5"_s);

    const QModelIndex time = value(QString::fromLatin1(ReservedMetadata::kCaptureDateTimeId));
    const QDateTime when(QDate(2024, 5, 6), QTime(7, 8, 9, 10), QTimeZone::utc());
    QVERIFY(model.setData(time, when));
    SETTLE(editor, model);
    QCOMPARE(time.data(Qt::EditRole).toDateTime(), when);
    QCOMPARE(time.data().toString(), u"2024-05-06T07:08:09.010+00:00"_s);

    const QModelIndex split = value(QString::fromLatin1(ReservedMetadata::kSplitId));
    QVERIFY(model.setData(split, u"valid"_s));
    SETTLE(editor, model);
    QCOMPARE(split.data().toString(), u"valid"_s);

    const QModelIndex camera = value((*m_ws)->metadata().schema(u"camera"_s)->id);
    QVERIFY(model.setData(camera, u"front"_s));
    SETTLE(editor, model);
    QCOMPARE(camera.data().toString(), u"front"_s);

    QCOMPARE(changed.count(), 4);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(editor.undoStack()->count(), 4);
    for (int i = 0; i < 4; ++i) {
        editor.undoStack()->undo();
    }
    SETTLE(editor, model);
    QCOMPARE(camera.data().toString(), u"rear"_s);
    QCOMPARE(split.data().toString(), u"train"_s);
    QVERIFY(!time.data(HasValueRole).toBool());
    QVERIFY(!number.data(HasValueRole).toBool());
}

void TestMetadataTableModel::aFailedEditChangesNothing()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    MetadataTableModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &MetadataTableModel::loaded);
    model.setRow(m_first);
    QVERIFY(loaded.wait(kTimeout));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy failed(&editor, &RowEditor::failed);
    const QByteArray before = m_ws->snapshot();

    const QModelIndex number =
        model.index(model.rowOf(QString::fromLatin1(ReservedMetadata::kSkipNFramesId)), 1);
    const QModelIndex split =
        model.index(model.rowOf(QString::fromLatin1(ReservedMetadata::kSplitId)), 1);
    QVERIFY(model.setData(number, u"many"_s));
    QVERIFY(model.setData(split, u"nope"_s));
    QVERIFY(failed.wait(kTimeout));
    SETTLE(editor, model);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.at(0).at(0).toString(),
             u"Could not validate metadata [skipNFrames]: 'many' is not a number"_s);
    QCOMPARE(failed.at(1).at(0).toString(),
             u"There is no enum option by name 'nope' for enum name 'split'"_s);
    QCOMPARE(split.data().toString(), u"train"_s);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_ws->snapshot(), before);
}

void TestMetadataTableModel::aBulkEditOfTheDatasetReloads()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    MetadataTableModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &MetadataTableModel::loaded);
    model.setRow(m_second);
    QVERIFY(loaded.wait(kTimeout));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    editor.setMetadata(RowSelection::dataset(m_dataset),
                       {MetadataFieldInput{QString(), u"split"_s, u"test"_s}});
    SETTLE(editor, model);
    const int split = model.rowOf(QString::fromLatin1(ReservedMetadata::kSplitId));
    QCOMPARE(model.index(split, 1).data().toString(), u"test"_s);
    QCOMPARE(changed.count(), 1);
    editor.undoStack()->undo();
    SETTLE(editor, model);
    QVERIFY(!model.index(split, 1).data(HasValueRole).toBool());
    QCOMPARE(changed.count(), 2);
}

void TestMetadataTableModel::aDeletedRowEmptiesTheModel()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    MetadataTableModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &MetadataTableModel::loaded);
    QSignalSpy loadFailed(&model, &MetadataTableModel::loadFailed);
    model.setRow(m_second);
    QVERIFY(loaded.wait(kTimeout));
    QVERIFY((*m_ws)->rows().remove(m_second));
    model.reload();
    QVERIFY(loadFailed.wait(kTimeout));
    QCOMPARE(loadFailed.at(0).at(0).toString(), u"Data row not found: '%1'"_s.arg(m_second));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestMetadataTableModel)
#include "tst_metadatatablemodel.moc"
