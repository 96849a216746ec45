#include "globalkey.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

class TestGlobalKey final : public QObject {
    Q_OBJECT

private slots:
    void lengthLimit();
    void allowedCharacters_data();
    void allowedCharacters();
    void spaces_data();
    void spaces();
    void messages();
};

void TestGlobalKey::lengthLimit()
{
    QVERIFY(!GlobalKey::validate(QString(200, u'k')));
    const auto tooLong = GlobalKey::validate(QString(201, u'k'));
    QVERIFY(tooLong);
    QVERIFY(
        tooLong->startsWith(u"Invalid global key: '"_s + QString(201, u'k') + u"' (too long"_s));
    QVERIFY(GlobalKey::validate(QString()));
}

void TestGlobalKey::allowedCharacters_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters and digits") << u"Street2026"_s << true;
    QTest::newRow("every allowed symbol") << u"a!_.*'()&$@=;/:+,?-b"_s << true;
    QTest::newRow("inner single space") << u"a b"_s << true;
    QTest::newRow("hash") << u"a#b"_s << false;
    QTest::newRow("percent") << u"a%b"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
    QTest::newRow("double quote") << u"a\"b"_s << false;
    QTest::newRow("non-ASCII") << u"straße"_s << false;
    QTest::newRow("tab") << u"a\tb"_s << false;
    QTest::newRow("newline") << u"a\nb"_s << false;
}

void TestGlobalKey::allowedCharacters()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    const auto error = GlobalKey::validate(key);
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QVERIFY2(error->contains(u"not allowed character"_s), qPrintable(*error));
    }
}

void TestGlobalKey::spaces_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("leading") << u" key"_s;
    QTest::newRow("trailing") << u"key "_s;
    QTest::newRow("two in a row") << u"a  b"_s;
    QTest::newRow("only spaces") << u"   "_s;
}

void TestGlobalKey::spaces()
{
    QFETCH(QString, key);
    const auto error = GlobalKey::validate(key);
    QVERIFY(error);
    QVERIFY2(error->contains(u"(spaces"_s), qPrintable(*error));
}

void TestGlobalKey::messages()
{
    QCOMPARE(GlobalKey::duplicateMessage(u"DUP"_s), u"Duplicate global key: 'DUP'"_s);
    QCOMPARE(GlobalKey::invalidMessage(u"x#"_s, u"because"_s),
             u"Invalid global key: 'x#' (because)"_s);
}

QTEST_GUILESS_MAIN(TestGlobalKey)
#include "tst_globalkey.moc"
