#include "datasetlistmodel.h"
#include "mainwindow.h"
#include "testworkspace.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void listsTheDatasetsOfTheWorkspace();
    void explainsAnEmptyWorkspace();
    void explainsAFileThatIsNotAWorkspace();
};

void TestMainWindow::listsTheDatasetsOfTheWorkspace()
{
    test::TestWorkspace ws;
    QVERIFY(ws->datasets().create(u"Street scenes"_s, u"Dashcam"_s));
    QVERIFY(ws->datasets().create(u"Support chats"_s));
    MainWindow window;
    QSignalSpy loaded(window.datasetModel(), &DatasetListModel::loaded);
    window.openWorkspace(ws.path());
    window.show();
    QVERIFY(loaded.wait(10000));
    auto *table = window.findChild<QTableView *>();
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Street scenes"_s);
    QVERIFY(window.windowTitle().contains(u"test.rowscope"_s));
    bool counted = false;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        counted = counted || label->text().contains(u"2 dataset"_s);
    }
    QVERIFY(counted);
}

void TestMainWindow::explainsAnEmptyWorkspace()
{
    test::TestWorkspace ws;
    MainWindow window;
    QSignalSpy loaded(window.datasetModel(), &DatasetListModel::loaded);
    window.openWorkspace(ws.path());
    window.show();
    QVERIFY(loaded.wait(10000));
    auto *pages = window.findChild<QStackedWidget *>();
    auto *label = qobject_cast<QLabel *>(pages->currentWidget());
    QVERIFY(label);
    QVERIFY2(label->text().contains(u"no datasets yet"_s), qPrintable(label->text()));
}

void TestMainWindow::explainsAFileThatIsNotAWorkspace()
{
    QTemporaryDir dir;
    QFile junk(dir.filePath(u"junk.rowscope"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'j'));
    junk.close();
    MainWindow window;
    QSignalSpy failed(window.datasetModel(), &DatasetListModel::loadFailed);
    window.openWorkspace(junk.fileName());
    window.show();
    QVERIFY(failed.wait(10000));
    auto *label = qobject_cast<QLabel *>(window.findChild<QStackedWidget *>()->currentWidget());
    QVERIFY(label);
    QVERIFY2(label->text().contains(u"cannot be opened"_s), qPrintable(label->text()));
    QVERIFY2(label->text().contains(u"not a Rowscope workspace"_s), qPrintable(label->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
