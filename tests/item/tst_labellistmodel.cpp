#include "../store/storetest.h"
#include "itemroles.h"
#include "labellistmodel.h"
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

class TestLabelListModel final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsGroupedByProjectWithWinners();
    void changingTheWinnerMovesTheMark();
    void aWinnerCannotBeUnchecked();
    void aNewLabelIsInserted();

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    QString m_row;
    QString m_other;
    Project m_boxes;
    Project m_classes;
    QStringList m_labels; // boxes 1, boxes 2, classes 1
};

void TestLabelListModel::init()
{
    m_ws = std::make_unique<test::TestWorkspace>();
    test::TestWorkspace &ws = *m_ws;
    const QString dataset = test::newDataset(ws, u"Labels"_s);
    m_row = makeRow(ws, dataset,
                    R"({"row_data": "https://example.com/0001.jpg", "global_key": "0001.jpg"})");
    m_other = makeRow(ws, dataset, R"({"row_data": "https://example.com/0002.jpg"})");
    m_boxes = *ws->labels().createProject(u"Boxes"_s);
    m_classes = *ws->labels().createProject(u"Classes"_s);
    m_labels.clear();
    m_labels.append(ws->labels().addLabel(m_row, {m_boxes.id, {}, 1})->id);
    QTest::qWait(2); // submission order is by time
    m_labels.append(ws->labels().addLabel(m_row, {m_boxes.id, {}, 2})->id);
    m_labels.append(ws->labels().addLabel(m_row, {m_classes.id, {}, 3})->id);
}

void TestLabelListModel::cleanup()
{
    m_ws.reset();
}

void TestLabelListModel::loadsGroupedByProjectWithWinners()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    LabelListModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &LabelListModel::loaded);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRow(m_row);
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(model.index(i).data(IdRole).toString(), m_labels[i]);
    }
    QCOMPARE(model.index(0).data(ProjectIdRole).toString(), m_boxes.id);
    QCOMPARE(model.index(1).data(ProjectNameRole).toString(), u"Boxes"_s);
    QCOMPARE(model.index(2).data(ProjectNameRole).toString(), u"Classes"_s);
    // The first label submitted wins until someone picks another.
    QCOMPARE(model.index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.index(2).data(WinnerRole).toBool());
    QVERIFY(model.index(0).flags() & Qt::ItemIsUserCheckable);
    QVERIFY(model.index(0).data().toString().startsWith(u"tester@example.com"_s));
    QCOMPARE(model.index(1).data(EntityRole).value<Label>().secondsToCreate, 2.0);

    model.reload();
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 0);

    model.setRow(m_other);
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestLabelListModel::changingTheWinnerMovesTheMark()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    LabelListModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &LabelListModel::loaded);
    model.setRow(m_row);
    QVERIFY(loaded.wait(kTimeout));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!model.index(1).data(WinnerRole).toBool()); // marked when the edit lands
    SETTLE(editor, model);
    QVERIFY(model.index(1).data(WinnerRole).toBool());
    QVERIFY(!model.index(0).data(WinnerRole).toBool());
    QVERIFY(model.index(2).data(WinnerRole).toBool()); // another project: untouched
    // One dataChanged for the label chosen, one for the label that stopped winning.
    QCOMPARE(changed.count(), 2);
    QList<int> rows;
    for (const auto &signal : changed) {
        QCOMPARE(signal.at(0).toModelIndex(), signal.at(1).toModelIndex());
        rows.append(signal.at(0).toModelIndex().row());
    }
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, (QList<int>{0, 1}));
    QCOMPARE(*(*m_ws)->labels().winningLabelId(m_row, m_boxes.id), m_labels[1]);
    QCOMPARE(editor.undoStack()->text(0), u"Choose winning label of 0001.jpg"_s);

    editor.undoStack()->undo();
    SETTLE(editor, model);
    QVERIFY(model.index(0).data(WinnerRole).toBool());
    QCOMPARE(changed.count(), 4);
    QVERIFY((*m_ws)->labels().chosenWinningLabelId(m_row, m_boxes.id)->isNull());

    QVERIFY(model.setData(model.index(1), true, WinnerRole));
    SETTLE(editor, model);
    QVERIFY(model.index(1).data(WinnerRole).toBool());
    QCOMPARE(reset.count(), 0);
}

void TestLabelListModel::aWinnerCannotBeUnchecked()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    LabelListModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &LabelListModel::loaded);
    model.setRow(m_row);
    QVERIFY(loaded.wait(kTimeout));
    QVERIFY(!model.setData(model.index(0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole)); // wins already
    QVERIFY(!model.setData(model.index(1), u"x"_s, Qt::EditRole));
    QVERIFY(!editor.isBusy());
    QCOMPARE(editor.undoStack()->count(), 0);
}

void TestLabelListModel::aNewLabelIsInserted()
{
    RowEditor editor(m_ws->path(), test::TestWorkspace::testOptions());
    LabelListModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &LabelListModel::loaded);
    model.setRow(m_row);
    QVERIFY(loaded.wait(kTimeout));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QTest::qWait(2);
    const QString added = (*m_ws)->labels().addLabel(m_row, {m_boxes.id, {}, 4})->id;
    model.reload();
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2); // the last of its project, before Classes
    QCOMPARE(model.index(2).data(IdRole).toString(), added);
    QCOMPARE(reset.count(), 0);
}

QTEST_GUILESS_MAIN(TestLabelListModel)
#include "tst_labellistmodel.moc"
