#include "sqlite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

// The statement layer: composed statements are cached within a bound, and never dropped
// while a query uses them.
class TestSqlite final : public QObject {
    Q_OBJECT

private slots:
    void composedStatementsAreBoundedAndSafe();
    void bindValueOfEveryKind();
};

void TestSqlite::composedStatementsAreBoundedAndSafe()
{
    QTemporaryDir dir;
    auto db =
        sql::Connection::open(dir.filePath(u"t.db"_s), sql::Connection::OpenMode::ReadWrite, 1000);
    QVERIFY(db);
    QVERIFY((*db)->execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);"));
    // A query in use while far more statements than the cache holds are prepared.
    sql::Query held = (*db)->prepareComposed("SELECT x FROM t ORDER BY x");
    QVERIFY(held.step());
    QCOMPARE(held.int64(0), 1);
    for (int i = 0; i < 3 * int(sql::Connection::kComposedCache); ++i) {
        const QByteArray text = "SELECT x + " + QByteArray::number(i) + " FROM t WHERE x = ?1";
        sql::Query query = (*db)->prepareComposed(text);
        query.bind(1, qint64(2));
        QVERIFY(query.step());
        QCOMPARE(query.int64(0), 2 + i);
    }
    // The held statement survived and goes on where it was.
    QVERIFY(held.step());
    QCOMPARE(held.int64(0), 2);
    QVERIFY(held.step());
    QVERIFY(!held.step());
    QVERIFY(!held.failed());
}

void TestSqlite::bindValueOfEveryKind()
{
    QTemporaryDir dir;
    auto db =
        sql::Connection::open(dir.filePath(u"t.db"_s), sql::Connection::OpenMode::ReadWrite, 1000);
    QVERIFY(db);
    sql::Query query =
        (*db)->prepareComposed("SELECT typeof(?1), typeof(?2), typeof(?3), typeof(?4)");
    query.bindValue(1, sql::Value(qint64(7)))
        .bindValue(2, sql::Value(0.5))
        .bindValue(3, sql::Value(u"text"_s))
        .bindValue(4, sql::Value());
    QVERIFY(query.step());
    QCOMPARE(query.text(0), u"integer"_s);
    QCOMPARE(query.text(1), u"real"_s);
    QCOMPARE(query.text(2), u"text"_s);
    QCOMPARE(query.text(3), u"null"_s);
}

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"
