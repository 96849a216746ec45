#include "datasetlistmodel.h"
#include "itemroles.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

class TestDatasetListModel final : public QObject {
    Q_OBJECT

private slots:
    void loadsOffTheGuiThread();
    void reloadAppliesFineGrainedChanges();
    void reportsAWorkspaceThatCannotBeOpened();
    void renamesByEditing();
    void aRefusedRenameChangesNothing();
    void createsAndRemovesWithRowSignals();
    void noticesChangesMadeElsewhere();
};

void TestDatasetListModel::loadsOffTheGuiThread()
{
    test::TestWorkspace ws;
    const Dataset a = *ws->datasets().create(u"Alpha"_s, u"first"_s);
    const Dataset b = *ws->datasets().create(u"Beta"_s);
    DatasetListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &DatasetListModel::loaded);
    model.setWorkspacePath(ws.path());
    QCOMPARE(model.rowCount(), 0); // nothing yet: the load runs on a pool thread
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DatasetListModel::NameColumn).data().toString(), u"Alpha"_s);
    QCOMPARE(model.index(0, DatasetListModel::DescriptionColumn).data().toString(), u"first"_s);
    QCOMPARE(model.index(1, 0).data(IdRole).toString(), b.id);
    QCOMPARE(model.index(0, 0).data(EntityRole).value<Dataset>().id, a.id);
    QCOMPARE(model.headerData(DatasetListModel::RowCountColumn, Qt::Horizontal).toString(),
             u"Rows"_s);
}

void TestDatasetListModel::reloadAppliesFineGrainedChanges()
{
    test::TestWorkspace ws;
    const Dataset a = *ws->datasets().create(u"Alpha"_s);
    const Dataset b = *ws->datasets().create(u"Beta"_s);
    DatasetListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &DatasetListModel::loaded);
    model.setWorkspacePath(ws.path());
    QVERIFY(loaded.wait(10000));

    // Another program changes the workspace: a rename, a new row count, a delete, a create.
    QVERIFY(ws->datasets().rename(a.id, u"Alpha renamed"_s));
    QVector<InputItem> items{
        InputItem::fromJson(QJsonObject{{u"row_data"_s, u"https://example.com/x.jpg"_s}},
                            ItemPosition::index(0), SpecMode::Create, ws.dir())};
    QVERIFY(ws->writer().write(a.id, items, SpecMode::Create));
    QVERIFY(ws->datasets().remove(b.id));
    const Dataset c = *ws->datasets().create(u"Gamma"_s);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"Alpha renamed"_s);
    QCOMPARE(model.index(0, DatasetListModel::RowCountColumn).data(SortRole).toLongLong(), 1);
    QCOMPARE(model.index(1, 0).data(IdRole).toString(), c.id);
    QCOMPARE(model.totalRows(), 1);

    // Nothing changed: no signals at all.
    changed.clear();
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 1);
}

void TestDatasetListModel::reportsAWorkspaceThatCannotBeOpened()
{
    QTemporaryDir dir;
    QFile junk(dir.filePath(u"junk.rowscope"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'j'));
    junk.close();
    DatasetListModel model;
    QSignalSpy failed(&model, &DatasetListModel::loadFailed);
    model.setWorkspacePath(junk.fileName());
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.at(0).at(0).toString().contains(u"not a Rowscope workspace"_s),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(model.rowCount(), 0);
}

void TestDatasetListModel::renamesByEditing()
{
    test::TestWorkspace ws;
    const Dataset a = *ws->datasets().create(u"Alpha"_s);
    DatasetListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &DatasetListModel::loaded);
    model.setWorkspacePath(ws.path(), test::TestWorkspace::testOptions());
    QVERIFY(loaded.wait(10000));
    const QModelIndex name = model.index(0, DatasetListModel::NameColumn);
    QVERIFY(model.flags(name) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, DatasetListModel::RowCountColumn)) & Qt::ItemIsEditable));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(name, u"Alpha, cleaned"_s));
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(name.data().toString(), u"Alpha, cleaned"_s);
    QCOMPARE(ws->datasets().get(a.id)->name, u"Alpha, cleaned"_s);
    QVERIFY(model.setData(model.index(0, DatasetListModel::DescriptionColumn), u"night"_s));
    QVERIFY(changed.wait(10000));
    QCOMPARE(ws->datasets().get(a.id)->description, u"night"_s);
}

void TestDatasetListModel::aRefusedRenameChangesNothing()
{
    test::TestWorkspace ws;
    QVERIFY(ws->datasets().create(u"Alpha"_s));
    DatasetListModel model;
    QSignalSpy loaded(&model, &DatasetListModel::loaded);
    model.setWorkspacePath(ws.path(), test::TestWorkspace::testOptions());
    QVERIFY(loaded.wait(10000));
    const QByteArray before = ws.snapshot();
    QSignalSpy failed(&model, &DatasetListModel::operationFailed);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, DatasetListModel::NameColumn), u"   "_s));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().toString(), u"A dataset needs a name."_s);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.index(0, 0).data().toString(), u"Alpha"_s);
    QCOMPARE(ws.snapshot(), before);
}

void TestDatasetListModel::createsAndRemovesWithRowSignals()
{
    test::TestWorkspace ws;
    QVERIFY(ws->datasets().create(u"Alpha"_s));
    DatasetListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &DatasetListModel::loaded);
    model.setWorkspacePath(ws.path(), test::TestWorkspace::testOptions());
    QVERIFY(loaded.wait(10000));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy created(&model, &DatasetListModel::created);
    model.createDataset(u"Beta"_s, u"second"_s);
    QVERIFY(created.wait(10000));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(model.index(1, 0).data().toString(), u"Beta"_s);
    const QString betaId = created.first().first().toString();
    QCOMPARE(ws->datasets().get(betaId)->description, u"second"_s);

    QSignalSpy removedRows(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy removed(&model, &DatasetListModel::removed);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.removeDataset(betaId);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removedRows.count(), 1);
    QCOMPARE(removedRows.first().at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!ws->datasets().get(betaId));

    QSignalSpy failed(&model, &DatasetListModel::operationFailed);
    model.removeDataset(betaId); // gone already
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(u"Dataset not found"_s));
}

void TestDatasetListModel::noticesChangesMadeElsewhere()
{
    test::TestWorkspace ws;
    QVERIFY(ws->datasets().create(u"Alpha"_s));
    DatasetListModel model;
    model.setPollInterval(50);
    QSignalSpy loaded(&model, &DatasetListModel::loaded);
    model.setWorkspacePath(ws.path(), test::TestWorkspace::testOptions());
    QVERIFY(loaded.wait(10000));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(ws->datasets().create(u"Made by the CLI"_s)); // another connection
    QVERIFY(inserted.wait(10000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), u"Made by the CLI"_s);
}

QTEST_GUILESS_MAIN(TestDatasetListModel)
#include "tst_datasetlistmodel.moc"
