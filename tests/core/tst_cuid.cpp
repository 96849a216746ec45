#include "cuid.h"
#include "metadataschema.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

class TestCuid final : public QObject {
    Q_OBJECT

private slots:
    void shape();
    void uniqueOverManyCalls();
    void isValid_data();
    void isValid();
};

void TestCuid::shape()
{
    for (int i = 0; i < 1000; ++i) {
        const QString id = Cuid::generate();
        QCOMPARE(id.size(), 25);
        QCOMPARE(id.front(), u'c');
        for (const QChar c : id) {
            const bool base36 = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z');
            QVERIFY2(base36, qPrintable(id));
        }
        QVERIFY2(Cuid::isValid(id), qPrintable(id));
    }
}

void TestCuid::uniqueOverManyCalls()
{
    constexpr int kCount = 100000;
    QSet<QString> seen;
    seen.reserve(kCount);
    for (int i = 0; i < kCount; ++i) {
        seen.insert(Cuid::generate());
    }
    QCOMPARE(seen.size(), kCount);
}

void TestCuid::isValid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("reserved tag id") << QString::fromLatin1(ReservedMetadata::kTagId) << true;
    QTest::newRow("export row id") << u"clx4m2k9p000108l2a7fh3c9q"_s << true;
    QTest::newRow("all digits after c") << (u"c"_s + QString(24, u'0')) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("24 characters") << u"clx4m2k9p000108l2a7fh3c9"_s << false;
    QTest::newRow("26 characters") << u"clx4m2k9p000108l2a7fh3c9qq"_s << false;
    QTest::newRow("upper-case") << u"clx4m2k9p000108L2a7fh3c9q"_s << false;
    QTest::newRow("upper-case C") << u"Clx4m2k9p000108l2a7fh3c9q"_s << false;
    QTest::newRow("other first letter") << u"dlx4m2k9p000108l2a7fh3c9q"_s << false;
    QTest::newRow("dash") << u"clx4m2k9p-00108l2a7fh3c9q"_s << false;
    QTest::newRow("underscore") << u"clx4m2k9p_00108l2a7fh3c9q"_s << false;
    QTest::newRow("space") << u"clx4m2k9p 00108l2a7fh3c9q"_s << false;
    QTest::newRow("non-ASCII letter") << u"clx4m2k9p\u00e900108l2a7fh3c9q"_s << false;
    QTest::newRow("uuid") << u"123e4567-e89b-12d3-a456-426614174000"_s << false;
}

void TestCuid::isValid()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(Cuid::isValid(id), valid);
}

QTEST_GUILESS_MAIN(TestCuid)
#include "tst_cuid.moc"
