#include "catalogworker.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

class TestCatalogWorker final : public QObject {
    Q_OBJECT

private slots:
    void tasksRunInOrderOffTheGuiThread();
    void answersToAGoneContextAreDropped();
    void aWorkspaceThatCannotOpenGivesANullCatalog();
};

void TestCatalogWorker::tasksRunInOrderOffTheGuiThread()
{
    test::TestWorkspace ws;
    QVERIFY(ws->datasets().create(u"One"_s));
    CatalogWorker worker(ws.path(), test::TestWorkspace::testOptions());
    QStringList answers;
    QThread *gui = QThread::currentThread();
    QThread *taskThread = nullptr;
    for (int i = 0; i < 5; ++i) {
        worker.post(
            this,
            [i, &taskThread](Catalog *catalog) {
                taskThread = QThread::currentThread();
                return u"%1:%2"_s.arg(i).arg(catalog ? catalog->datasets().list()->size() : -1);
            },
            [&answers, gui](QString answer) {
                QCOMPARE(QThread::currentThread(), gui);
                answers.append(answer);
            });
    }
    QTRY_COMPARE(answers.size(), 5);
    QCOMPARE(answers, (QStringList{u"0:1"_s, u"1:1"_s, u"2:1"_s, u"3:1"_s, u"4:1"_s}));
    QVERIFY(taskThread && taskThread != gui);
}

void TestCatalogWorker::answersToAGoneContextAreDropped()
{
    test::TestWorkspace ws;
    CatalogWorker worker(ws.path(), test::TestWorkspace::testOptions());
    bool delivered = false;
    auto *context = new QObject;
    worker.post(
        context,
        [](Catalog *) {
            QThread::msleep(50);
            return 1;
        },
        [&delivered](int) { delivered = true; });
    delete context;
    bool after = false;
    worker.post(
        this, [](Catalog *) { return 2; }, [&after](int) { after = true; });
    QTRY_VERIFY(after);
    QVERIFY(!delivered);
}

void TestCatalogWorker::aWorkspaceThatCannotOpenGivesANullCatalog()
{
    QTemporaryDir dir;
    QFile junk(dir.filePath(u"junk.rowscope"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    CatalogWorker worker(junk.fileName(), test::TestWorkspace::testOptions());
    QString message;
    bool answered = false;
    worker.post(
        this,
        [&worker](Catalog *catalog) { return catalog ? QString() : worker.openError().message; },
        [&](QString text) {
            message = text;
            answered = true;
        });
    QTRY_VERIFY(answered);
    QVERIFY2(message.contains(u"not a Rowscope workspace"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestCatalogWorker)
#include "tst_catalogworker.moc"
