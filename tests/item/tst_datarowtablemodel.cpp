#include "../store/storetest.h"
#include "datarowtablemodel.h"
#include "itemroles.h"
#include "roweditor.h"
#include "selectionscanner.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

namespace {

// Adds `count` rows with keys "<prefix>/000000.jpg" ... in one call.
void addRows(TestWorkspace &ws, const QString &dataset, const QString &prefix, int count,
             int first = 0)
{
    QVector<InputItem> items;
    items.reserve(count);
    for (int i = first; i < first + count; ++i) {
        const QJsonObject spec{
            {u"row_data"_s, u"https://example.com/%1/%2.jpg"_s.arg(prefix).arg(i)},
            {u"global_key"_s, u"%1/%2.jpg"_s.arg(prefix).arg(i, 6, 10, QLatin1Char('0'))},
            {u"external_id"_s, u"%1.jpg"_s.arg(i, 6, 10, QLatin1Char('0'))}};
        items.append(InputItem::fromJson(spec, ItemPosition::index(i), SpecMode::Create, ws.dir()));
    }
    auto report = ws->writer().write(dataset, items, SpecMode::Create);
    QVERIFY(report && report->errors.isEmpty());
}

// What a job would walk for a description: the global keys of its rows, in row order.
QStringList keysOf(TestWorkspace &ws, const RowSelection &selection)
{
    SelectionScanner scanner(ws->workspace().db());
    if (!scanner.start(selection)) {
        return {u"(does not start)"_s};
    }
    QStringList keys;
    for (;;) {
        auto chunk = scanner.next(500);
        if (!chunk || chunk->isEmpty()) {
            break;
        }
        for (const qint64 pk : *chunk) {
            sql::Query query =
                ws->workspace().db().prepare("SELECT global_key FROM data_row WHERE pk = ?1");
            query.bind(1, pk);
            if (query.step()) {
                keys.append(query.text(0));
            }
        }
    }
    return keys;
}

QString keyAt(DataRowTableModel &model, int row)
{
    return model.index(row, DataRowTableModel::GlobalKeyColumn).data().toString();
}

} // namespace

// DataRowTableModel: exact counts first, pages by anchors on a worker, bounded memory, fine
// signals, and changes made elsewhere picked up without losing the place.
class TestDataRowTableModel final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void countBeforeTheFirstPage();
    void pagesArriveWithDataChangedAndNoReset();
    void lastPartialPage();
    void emptyDataset();
    void everySortBothWays_data();
    void everySortBothWays();
    void jumpsFarAwayWithoutOffset();
    void cacheStaysBounded();
    void locatesRowsByIdAndKey();
    void staleAnswersAreDropped();
    void changesMadeElsewhereArePickedUp();
    void aDatasetDeletedWhileShown();
    void refreshesAnEditedRow();
    void showsEditsAndTheirUndo();
    void deletedRowsLeaveAtTheirPlaces();
    void rangeText();
    void filteredViews_data();
    void filteredViews();
    void aMalformedFilterFailsWithItsColumn();
    void selectionsAreDescriptions();
    void aFilteredSelectAllKeepsTheFilter();

private:
    void showAndWait(const RowView &view, int pagesToWaitFor = 1);

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<DataRowTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_dataset;
};

void TestDataRowTableModel::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_dataset = test::newDataset(*m_ws, u"Paged"_s);
    m_model = std::make_unique<DataRowTableModel>();
    m_model->setPollInterval(0); // the tests check for changes themselves
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setWorkspace(m_ws->path(), TestWorkspace::testOptions());
}

void TestDataRowTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

void TestDataRowTableModel::showAndWait(const RowView &view, int pagesToWaitFor)
{
    QSignalSpy pages(m_model.get(), &DataRowTableModel::pageLoaded);
    m_model->setView(view);
    for (int i = 0; i < pagesToWaitFor; ++i) {
        if (pages.count() <= i) {
            QVERIFY(pages.wait(10000));
        }
    }
}

void TestDataRowTableModel::countBeforeTheFirstPage()
{
    addRows(*m_ws, m_dataset, u"a"_s, 1000);
    // The order a view sees: the rows exist (the exact count), then the top page's data.
    QStringList order;
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) {
                order.append(u"rows %1-%2"_s.arg(first).arg(last));
            });
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &from, const QModelIndex &to) {
                order.append(u"data %1-%2"_s.arg(from.row()).arg(to.row()));
            });
    QSignalSpy counted(m_model.get(), &DataRowTableModel::countChanged);
    QSignalSpy pages(m_model.get(), &DataRowTableModel::pageLoaded);
    m_model->setView(RowView::of(m_dataset));
    QCOMPARE(m_model->rowCount(), 0); // nothing yet: the count is asked off this thread
    QVERIFY(counted.wait(10000));
    QCOMPARE(counted.first().first().toLongLong(), 1000);
    QCOMPARE(m_model->rowCount(), 1000);
    if (pages.isEmpty()) {
        QVERIFY(pages.wait(10000));
    }
    QCOMPARE(order.mid(0, 2), QStringList({u"rows 0-999"_s, u"data 0-255"_s}));
    QCOMPARE(m_model->index(0, 0).data(LoadingRole).toBool(), false);
    QCOMPARE(keyAt(*m_model, 0), u"a/000000.jpg"_s);
    QCOMPARE(m_model->index(0, DataRowTableModel::ExternalIdColumn).data().toString(),
             u"000000.jpg"_s);
    QCOMPARE(m_model->index(0, DataRowTableModel::MediaTypeColumn).data().toString(), u"IMAGE"_s);
    QVERIFY(!m_model->index(0, 0).data(IdRole).toString().isEmpty());
    // A row further down is not loaded until asked for: it shows a placeholder meanwhile.
    QVERIFY(!m_model->isLoaded(900));
    QCOMPARE(m_model->index(900, 0).data(LoadingRole).toBool(), true);
    QCOMPARE(m_model->index(900, 0).data().toString(), u"…"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(900), 10000);
    QCOMPARE(m_model->index(900, 0).data(LoadingRole).toBool(), false);
    QCOMPARE(keyAt(*m_model, 900), u"a/000900.jpg"_s);
}

void TestDataRowTableModel::pagesArriveWithDataChangedAndNoReset()
{
    addRows(*m_ws, m_dataset, u"a"_s, 600);
    showAndWait(RowView::of(m_dataset));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy pages(m_model.get(), &DataRowTableModel::pageLoaded);
    (void)m_model->index(300, 0).data(); // page 1
    QVERIFY(pages.wait(10000));
    QCOMPARE(pages.first().first().toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 256);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 511);
    QCOMPARE(keyAt(*m_model, 300), u"a/000300.jpg"_s);
}

void TestDataRowTableModel::lastPartialPage()
{
    addRows(*m_ws, m_dataset, u"a"_s, 2 * DataRowTableModel::kPageSize + 17);
    showAndWait(RowView::of(m_dataset));
    QSignalSpy pages(m_model.get(), &DataRowTableModel::pageLoaded);
    const int last = m_model->rowCount() - 1;
    (void)m_model->index(last, 0).data();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(last), 10000);
    QCOMPARE(keyAt(*m_model, last), u"a/%1.jpg"_s.arg(last, 6, 10, QLatin1Char('0')));
    QCOMPARE(keyAt(*m_model, 2 * DataRowTableModel::kPageSize),
             u"a/%1.jpg"_s.arg(2 * DataRowTableModel::kPageSize, 6, 10, QLatin1Char('0')));
}

void TestDataRowTableModel::emptyDataset()
{
    QSignalSpy counted(m_model.get(), &DataRowTableModel::countChanged);
    QSignalSpy pages(m_model.get(), &DataRowTableModel::pageLoaded);
    m_model->setView(RowView::of(m_dataset));
    QVERIFY(counted.wait(10000));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rangeText(0, 0), u"no rows"_s);
    QTest::qWait(100);
    QCOMPARE(pages.count(), 0);
}

void TestDataRowTableModel::everySortBothWays_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("first");
    QTest::newRow("created") << int(RowSort::Created) << false << u"b/000000.jpg"_s;
    QTest::newRow("created desc") << int(RowSort::Created) << true << u"a/000009.jpg"_s;
    QTest::newRow("global key") << int(RowSort::GlobalKey) << false << u"a/000000.jpg"_s;
    QTest::newRow("global key desc") << int(RowSort::GlobalKey) << true << u"b/000299.jpg"_s;
    // External ids repeat across the two batches: ties go by insertion.
    QTest::newRow("external id") << int(RowSort::ExternalId) << false << u"b/000000.jpg"_s;
    QTest::newRow("updated desc") << int(RowSort::Updated) << true << u"a/000009.jpg"_s;
}

void TestDataRowTableModel::everySortBothWays()
{
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(QString, first);
    addRows(*m_ws, m_dataset, u"b"_s, 300);
    QTest::qWait(5); // the later rows are newer
    addRows(*m_ws, m_dataset, u"a"_s, 10);
    RowView view = RowView::of(m_dataset);
    view.sort = static_cast<RowSort>(sort);
    view.descending = descending;
    showAndWait(view);
    QCOMPARE(keyAt(*m_model, 0), first);
    // Across the page boundary the order holds too (the second page comes by its anchor).
    (void)m_model->index(300, 0).data();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(300), 10000);
    QStringList keys;
    for (int row = 250; row < 262; ++row) {
        (void)m_model->index(row, 0).data();
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(250), 10000);
    for (int row = 250; row < 262; ++row) {
        keys.append(keyAt(*m_model, row));
    }
    QStringList sorted = keys;
    if (view.sort == RowSort::GlobalKey) {
        std::sort(sorted.begin(), sorted.end());
        if (descending) {
            std::reverse(sorted.begin(), sorted.end());
        }
        QCOMPARE(keys, sorted);
    }
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 12); // no row twice
}

void TestDataRowTableModel::jumpsFarAwayWithoutOffset()
{
    addRows(*m_ws, m_dataset, u"a"_s, 20 * DataRowTableModel::kPageSize);
    showAndWait(RowView::of(m_dataset));
    const int target = 19 * DataRowTableModel::kPageSize + 3;
    (void)m_model->index(target, 0).data();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(target), 10000);
    QCOMPARE(keyAt(*m_model, target), u"a/%1.jpg"_s.arg(target, 6, 10, QLatin1Char('0')));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->anchorsComplete(), 10000);
    QCOMPARE(m_model->pagesWithAnchors(), 20);
}

void TestDataRowTableModel::cacheStaysBounded()
{
    const int pages = DataRowTableModel::kCachedPages + 12;
    addRows(*m_ws, m_dataset, u"a"_s, pages * DataRowTableModel::kPageSize);
    showAndWait(RowView::of(m_dataset));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->anchorsComplete(), 10000);
    for (int page = 0; page < pages; ++page) {
        const int row = page * DataRowTableModel::kPageSize;
        (void)m_model->index(row, 0).data();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(row), 10000);
        QVERIFY(m_model->cachedPages() <= DataRowTableModel::kCachedPages);
    }
    // The least recently used pages went (the model tester keeps touching row 0).
    QVERIFY(!m_model->isLoaded(DataRowTableModel::kPageSize));
}

void TestDataRowTableModel::locatesRowsByIdAndKey()
{
    addRows(*m_ws, m_dataset, u"a"_s, 1500);
    const QString other = test::newDataset(*m_ws, u"Other"_s);
    addRows(*m_ws, other, u"z"_s, 3);
    showAndWait(RowView::of(m_dataset));
    QSignalSpy located(m_model.get(), &DataRowTableModel::located);
    QSignalSpy failed(m_model.get(), &DataRowTableModel::locateFailed);
    m_model->locateGlobalKey(u"A/001234.JPG"_s);
    QVERIFY(located.wait(10000));
    QCOMPARE(located.takeFirst().first().toInt(), 1234);
    const QString id = m_ws->catalog().rows().getByGlobalKey(u"a/000777.jpg"_s)->id;
    m_model->locateRow(id);
    QVERIFY(located.wait(10000));
    QCOMPARE(located.takeFirst().first().toInt(), 777);
    m_model->locateGlobalKey(u"z/000001.jpg"_s); // in another dataset
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(u"z/000001.jpg"_s));
}

void TestDataRowTableModel::staleAnswersAreDropped()
{
    addRows(*m_ws, m_dataset, u"a"_s, 50);
    const QString other = test::newDataset(*m_ws, u"Other"_s);
    addRows(*m_ws, other, u"z"_s, 70);
    QSignalSpy counted(m_model.get(), &DataRowTableModel::countChanged);
    m_model->setView(RowView::of(m_dataset));
    m_model->setView(RowView::of(other)); // before the first answer arrives
    QSignalSpy pages(m_model.get(), &DataRowTableModel::pageLoaded);
    QVERIFY(pages.wait(10000));
    QCOMPARE(counted.count(), 1);
    QCOMPARE(m_model->rowCount(), 70);
    QCOMPARE(keyAt(*m_model, 0), u"z/000000.jpg"_s);
}

void TestDataRowTableModel::changesMadeElsewhereArePickedUp()
{
    addRows(*m_ws, m_dataset, u"a"_s, 300);
    showAndWait(RowView::of(m_dataset));
    (void)m_model->index(280, 0).data();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(280), 10000);
    // Another connection (as the CLI would) adds rows and renames one on screen.
    addRows(*m_ws, m_dataset, u"a"_s, 20, 300);
    const QString id = m_ws->catalog().rows().getByGlobalKey(u"a/000001.jpg"_s)->id;
    DataRowUpdate change;
    change.externalId = u"renamed.jpg"_s;
    QVERIFY(m_ws->catalog().rows().update(id, change));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->checkForChanges();
    QVERIFY(inserted.wait(10000));
    QCOMPARE(inserted.first().at(1).toInt(), 300);
    QCOMPARE(inserted.first().at(2).toInt(), 319);
    QCOMPARE(m_model->rowCount(), 320);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_model->index(1, DataRowTableModel::ExternalIdColumn).data().toString(), u"renamed.jpg"_s,
        10000);
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
}

void TestDataRowTableModel::aDatasetDeletedWhileShown()
{
    addRows(*m_ws, m_dataset, u"a"_s, 40);
    showAndWait(RowView::of(m_dataset));
    QVERIFY(m_ws->catalog().datasets().remove(m_dataset));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy failed(m_model.get(), &DataRowTableModel::loadFailed);
    m_model->checkForChanges();
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(u"Dataset not found"_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->state(), DataRowTableModel::State::Failed);
}

void TestDataRowTableModel::refreshesAnEditedRow()
{
    addRows(*m_ws, m_dataset, u"a"_s, 10);
    showAndWait(RowView::of(m_dataset));
    const QString id = m_model->rowIdAt(4);
    QVERIFY(!id.isEmpty());
    DataRowUpdate change;
    change.globalKey = u"edited-key"_s;
    QVERIFY(m_ws->catalog().rows().update(id, change));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->refreshRows({id});
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 4);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 4);
    QCOMPARE(keyAt(*m_model, 4), u"edited-key"_s);
}

void TestDataRowTableModel::showsEditsAndTheirUndo()
{
    addRows(*m_ws, m_dataset, u"a"_s, 10);
    showAndWait(RowView::of(m_dataset));
    RowEditor editor(m_ws->path(), TestWorkspace::testOptions());
    m_model->followEdits(&editor);
    const QString id = m_model->rowIdAt(4);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    editor.setGlobalKey(id, u"curated/4.jpg"_s);
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 4);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 4);
    QCOMPARE(keyAt(*m_model, 4), u"curated/4.jpg"_s);

    // A refused edit (the key is taken) changes nothing on screen.
    QSignalSpy failed(&editor, &RowEditor::failed);
    editor.setGlobalKey(m_model->rowIdAt(5), u"curated/4.jpg"_s);
    QVERIFY(failed.wait(10000));
    QCOMPARE(keyAt(*m_model, 5), u"a/000005.jpg"_s);

    changed.clear();
    editor.undoStack()->undo();
    QVERIFY(changed.wait(10000));
    QCOMPARE(keyAt(*m_model, 4), u"a/000004.jpg"_s);

    // A metadata edit of the whole dataset (a description, not a list) reloads the screen.
    changed.clear();
    editor.setMetadata(RowSelection::dataset(m_dataset),
                       {MetadataFieldInput{{}, u"split"_s, u"train"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(m_model->index(9, DataRowTableModel::SplitColumn).data().toString(),
                              u"train"_s, 10000);
    QCOMPARE(reset.count(), 0);
}

void TestDataRowTableModel::deletedRowsLeaveAtTheirPlaces()
{
    addRows(*m_ws, m_dataset, u"a"_s, 1000);
    showAndWait(RowView::of(m_dataset));
    (void)m_model->index(300, 0).data();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(300), 10000); // pages 0 and 1 loaded
    const QString third = m_model->rowIdAt(3);
    const QString threeHundredth = m_model->rowIdAt(300);
    QVERIFY(m_ws->catalog().rows().remove(third));
    QVERIFY(m_ws->catalog().rows().remove(threeHundredth));

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->removeDeletedRows({third, threeHundredth, u"not-shown"_s});
    QCOMPARE(removed.count(), 2); // at once, each at its own place, the lower one last
    QCOMPARE(removed.at(0).at(1).toInt(), 300);
    QCOMPARE(removed.at(1).at(1).toInt(), 3);
    QCOMPARE(m_model->rowCount(), 998);
    // The rows after them moved up, with no reload needed to be right.
    QCOMPARE(keyAt(*m_model, 2), u"a/000002.jpg"_s);
    QCOMPARE(keyAt(*m_model, 3), u"a/000004.jpg"_s);
    QCOMPARE(keyAt(*m_model, 255), u"a/000256.jpg"_s);
    QCOMPARE(keyAt(*m_model, 298), u"a/000299.jpg"_s);
    QCOMPARE(keyAt(*m_model, 299), u"a/000301.jpg"_s);
    // The end of the loaded run is topped up from the store.
    QTRY_COMPARE_WITH_TIMEOUT(keyAt(*m_model, 510), u"a/000512.jpg"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(keyAt(*m_model, 997), u"a/000999.jpg"_s, 10000);
    QCOMPARE(m_model->rowCount(), 998);
    QCOMPARE(removed.count(), 2); // the recount agrees: nothing more removed
    QCOMPARE(reset.count(), 0);
}

void TestDataRowTableModel::rangeText()
{
    addRows(*m_ws, m_dataset, u"a"_s, 1200);
    showAndWait(RowView::of(m_dataset));
    QCOMPARE(m_model->rangeText(0, 99), u"rows 1–100 of 1,200"_s);
    QCOMPARE(m_model->rangeText(1150, 1300), u"rows 1,151–1,200 of 1,200"_s);
}

void TestDataRowTableModel::filteredViews_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("first");
    QTest::newRow("key prefix") << u"global_key:b/0001*"_s << 100 << u"b/000100.jpg"_s;
    QTest::newRow("metadata") << u"split:valid"_s << 150 << u"a/000000.jpg"_s;
    QTest::newRow("negated") << u"-split:valid"_s << 450 << u"b/000000.jpg"_s;
    QTest::newRow("or") << u"tag:x OR global_key:b/000001.jpg"_s << 151 << u"b/000001.jpg"_s;
    QTest::newRow("nothing") << u"tag:nowhere"_s << 0 << QString();
}

void TestDataRowTableModel::filteredViews()
{
    QFETCH(QString, filter);
    QFETCH(int, count);
    QFETCH(QString, first);
    addRows(*m_ws, m_dataset, u"b"_s, 300);
    // 150 rows with split valid and tag x, made after the others.
    QVector<InputItem> items;
    for (int i = 0; i < 150; ++i) {
        const QJsonObject spec{
            {u"row_data"_s, u"https://example.com/a/%1.jpg"_s.arg(i)},
            {u"global_key"_s, u"a/%1.jpg"_s.arg(i, 6, 10, QLatin1Char('0'))},
            {u"metadata_fields"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"split"_s}, {u"value"_s, u"valid"_s}},
                        QJsonObject{{u"name"_s, u"tag"_s}, {u"value"_s, u"x"_s}}}}};
        items.append(InputItem::fromJson(spec, ItemPosition::index(i), SpecMode::Create, {}));
    }
    QVERIFY((*m_ws)->writer().write(m_dataset, items, SpecMode::Create));
    addRows(*m_ws, m_dataset, u"c"_s, 150);
    RowView view = RowView::of(m_dataset);
    view.filter = filter;
    QSignalSpy counted(m_model.get(), &DataRowTableModel::countChanged);
    m_model->setView(view);
    QVERIFY(counted.wait(10000));
    QCOMPARE(m_model->rowCount(), count);
    if (count > 0) {
        (void)m_model->index(0, 0).data();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(0), 10000);
        QCOMPARE(keyAt(*m_model, 0), first);
        const int last = count - 1;
        (void)m_model->index(last, 0).data();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(last), 10000);
    }
}

void TestDataRowTableModel::aMalformedFilterFailsWithItsColumn()
{
    addRows(*m_ws, m_dataset, u"a"_s, 5);
    RowView view = RowView::of(m_dataset);
    view.filter = u"split:train AND (tag:x"_s;
    QSignalSpy failed(m_model.get(), &DataRowTableModel::loadFailed);
    m_model->setView(view);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(u"column"_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(m_model->rowCount(), 0);
    view.filter = u"nosuchfield:1"_s;
    m_model->setView(view);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.last().first().toString().contains(u"nosuchfield"_s),
             qPrintable(failed.last().first().toString()));
}

// Runs describeSelection() and waits for its answer.
Result<RowSelection> describe(DataRowTableModel &model, const QItemSelection &selection)
{
    std::optional<Result<RowSelection>> answer;
    model.describeSelection(selection,
                            [&](Result<RowSelection> described) { answer = std::move(described); });
    QElapsedTimer clock;
    clock.start();
    while (!answer && clock.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return answer.value_or(Result<RowSelection>(Error::internal(u"no answer"_s)));
}

void TestDataRowTableModel::selectionsAreDescriptions()
{
    addRows(*m_ws, m_dataset, u"a"_s, 1000);
    showAndWait(RowView::of(m_dataset)); // page 0 (rows 0-255) loaded, the rest not
    const int lastColumn = m_model->columnCount() - 1;
    const auto rows = [&](int first, int last) {
        return QItemSelection(m_model->index(first, 0), m_model->index(last, lastColumn));
    };
    const auto key = [](int i) {
        return u"a/%1.jpg"_s.arg(i, 6, 10, QLatin1Char('0'));
    };

    // Select all: the dataset itself, answered at once and without loading anything.
    bool answeredAtOnce = false;
    m_model->describeSelection(rows(0, 999), [&](Result<RowSelection> all) {
        answeredAtOnce = true;
        QVERIFY(all);
        QCOMPARE(all->datasetId, m_dataset);
        QVERIFY(all->includedIds.isEmpty());
        QVERIFY(all->excludedIds.isEmpty());
    });
    QVERIFY(answeredAtOnce);
    QCOMPARE(m_model->cachedPages(), 1);

    // A few loaded rows, picked one by one (two ranges, in any order): those ids.
    QItemSelection picked = rows(10, 11);
    picked.merge(rows(3, 3), QItemSelectionModel::Select);
    auto few = describe(*m_model, picked);
    QVERIFY(few);
    QCOMPARE(few->includedIds.size(), 3);
    QCOMPARE(keysOf(*m_ws, *few), QStringList({key(3), key(10), key(11)}));

    // All but two rows, one of them not loaded: the dataset minus those two.
    QItemSelection allBut = rows(0, 4);
    allBut.merge(rows(6, 899), QItemSelectionModel::Select);
    allBut.merge(rows(901, 999), QItemSelectionModel::Select);
    auto most = describe(*m_model, allBut);
    QVERIFY(most);
    QVERIFY(most->includedIds.isEmpty());
    QCOMPARE(most->excludedIds.size(), 2);
    const QStringList mostKeys = keysOf(*m_ws, *most);
    QCOMPARE(mostKeys.size(), 998);
    QVERIFY(!mostKeys.contains(key(5)));
    QVERIFY(!mostKeys.contains(key(900)));

    // A shift-click range far past what was loaded: read by anchors on the worker, not paged in.
    auto range = describe(*m_model, rows(600, 700));
    QVERIFY(range);
    QCOMPARE(range->includedIds.size(), 101);
    QCOMPARE(keysOf(*m_ws, *range).first(), key(600));
    QCOMPARE(keysOf(*m_ws, *range).last(), key(700));
    QVERIFY(!m_model->isLoaded(650));

    // Nothing selected is an error, not "everything".
    auto none = describe(*m_model, QItemSelection());
    QVERIFY(!none);
    QCOMPARE(none.error().message, u"No rows are selected."_s);
}

void TestDataRowTableModel::aFilteredSelectAllKeepsTheFilter()
{
    addRows(*m_ws, m_dataset, u"a"_s, 300);
    addRows(*m_ws, m_dataset, u"b"_s, 300);
    RowView view = RowView::of(m_dataset);
    view.filter = u"global_key:b/*"_s;
    showAndWait(view);
    QCOMPARE(m_model->rowCount(), 300);
    const int lastColumn = m_model->columnCount() - 1;
    auto all =
        describe(*m_model, QItemSelection(m_model->index(0, 0), m_model->index(299, lastColumn)));
    QVERIFY(all);
    QCOMPARE(all->filter, view.filter);
    const QStringList keys = keysOf(*m_ws, *all);
    QCOMPARE(keys.size(), 300);
    QVERIFY(keys.first().startsWith(u"b/"_s));
    // All but the first row (loaded): the filter minus one id.
    auto allButOne =
        describe(*m_model, QItemSelection(m_model->index(1, 0), m_model->index(299, lastColumn)));
    QVERIFY(allButOne);
    QCOMPARE(allButOne->excludedIds, QStringList{m_model->rowIdAt(0)});
    QCOMPARE(keysOf(*m_ws, *allButOne).size(), 299);
}

QTEST_GUILESS_MAIN(TestDataRowTableModel)
#include "tst_datarowtablemodel.moc"
