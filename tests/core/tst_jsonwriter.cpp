#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

namespace {

QByteArray number(double value)
{
    QByteArray out;
    JsonWriter(&out).value(value);
    return out;
}

QByteArray string(const QString &text)
{
    QByteArray out;
    JsonWriter(&out).value(text);
    return out;
}

// What a standard parser reads back from a written value.
QJsonValue reparsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + json + ']', &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("not JSON: %s (%s)", json.constData(), qPrintable(error.errorString()));
        return QJsonValue(QJsonValue::Undefined);
    }
    return doc.array().first();
}

} // namespace

class TestJsonWriter final : public QObject {
    Q_OBJECT

private slots:
    void keyOrderKept();
    void escaping_data();
    void escaping();
    void escapedKeys();
    void numbers_data();
    void numbers();
    void nonFiniteNumbersAreNull();
    void integersAndBools();
    void nested();
    void emptyContainers();
    void stringOrNull();
    void jsonValues();
    void raw();
    void indentMode();
    void indentModeEmptyAndRaw();
};

void TestJsonWriter::keyOrderKept()
{
    QByteArray out;
    JsonWriter writer(&out);
    writer.beginObject();
    writer.field("zebra"_L1, 1);
    writer.field("apple"_L1, 2);
    writer.key(u"mango"_s).value(3);
    writer.field("banana"_L1, 4);
    writer.endObject();
    QCOMPARE(out, QByteArray(R"({"zebra":1,"apple":2,"mango":3,"banana":4})"));
}

void TestJsonWriter::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("plain") << u"hello"_s << QByteArray(R"("hello")");
    QTest::newRow("empty") << u""_s << QByteArray(R"("")");
    QTest::newRow("quote") << u"say \"hi\""_s << QByteArray(R"("say \"hi\"")");
    QTest::newRow("backslash") << u"C:\\dir\\file"_s << QByteArray(R"("C:\\dir\\file")");
    QTest::newRow("slash not escaped") << u"a/b"_s << QByteArray(R"("a/b")");
    QTest::newRow("newline, tab, CR") << u"a\nb\tc\rd"_s << QByteArray(R"("a\nb\tc\rd")");
    QTest::newRow("backspace, form feed") << u"\b\f"_s << QByteArray(R"("\b\f")");
    QTest::newRow("NUL") << QString(QChar(0)) << QByteArray(R"("\u0000")");
    QTest::newRow("other controls") << u"\u0001\u001f"_s << QByteArray(R"("\u0001\u001f")");
    QTest::newRow("DEL kept") << u"\u007f"_s << QByteArray("\"\x7f\"");
    QTest::newRow("non-ASCII as UTF-8") << u"straße"_s
                                        << QByteArray("\"stra\xc3\x9f"
                                                      "e\"");
    QTest::newRow("CJK") << u"\u4e2d\u6587"_s << QByteArray("\"\xe4\xb8\xad\xe6\x96\x87\"");
    QTest::newRow("surrogate pair") << u"\U0001F697"_s << QByteArray("\"\xf0\x9f\x9a\x97\"");
    QTest::newRow("line separator") << u"\u2028"_s << QByteArray("\"\xe2\x80\xa8\"");
}

void TestJsonWriter::escaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, json);
    QCOMPARE(string(text), json);
    // Whatever the escaping, a parser reads back the same text.
    QCOMPARE(reparsed(string(text)).toString(), text);
}

void TestJsonWriter::escapedKeys()
{
    QByteArray out;
    JsonWriter writer(&out);
    writer.beginObject().key(u"a\"b\n"_s).value(1).endObject();
    QCOMPARE(out, QByteArray(R"({"a\"b\n":1})"));
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"a\"b\n"_s).toInt(), 1);
}

void TestJsonWriter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("json"); // empty: only checked by reparsing
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("negative zero") << -0.0 << QByteArray("0");
    QTest::newRow("integer") << 1920.0 << QByteArray("1920");
    QTest::newRow("negative integer") << -42.0 << QByteArray("-42");
    QTest::newRow("fraction") << 41.5 << QByteArray("41.5");
    QTest::newRow("one tenth") << 0.1 << QByteArray("0.1");
    QTest::newRow("shortest form") << 0.30000000000000004 << QByteArray("0.30000000000000004");
    QTest::newRow("tiny") << 1e-7 << QByteArray();
    QTest::newRow("timestamp-sized integer")
        << 1700000000000000.0 << QByteArray("1700000000000000");
    QTest::newRow("2^53 - 1") << 9007199254740991.0 << QByteArray("9007199254740991");
    QTest::newRow("2^53") << 9007199254740992.0 << QByteArray();
    QTest::newRow("1e20") << 1e20 << QByteArray();
    QTest::newRow("-1e300") << -1e300 << QByteArray();
    QTest::newRow("max double") << std::numeric_limits<double>::max() << QByteArray();
    QTest::newRow("min positive") << std::numeric_limits<double>::denorm_min() << QByteArray();
}

void TestJsonWriter::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, json);
    const QByteArray written = number(value);
    if (!json.isEmpty()) {
        QCOMPARE(written, json);
    }
    QVERIFY2(!written.endsWith(".0"), written.constData());
    QVERIFY2(!written.contains(' '), written.constData());
    const QJsonValue back = reparsed(written);
    QVERIFY2(back.isDouble(), written.constData());
    QCOMPARE(back.toDouble(), value); // exact round trip
}

void TestJsonWriter::nonFiniteNumbersAreNull()
{
    QCOMPARE(number(std::numeric_limits<double>::quiet_NaN()), QByteArray("null"));
    QCOMPARE(number(std::numeric_limits<double>::infinity()), QByteArray("null"));
    QCOMPARE(number(-std::numeric_limits<double>::infinity()), QByteArray("null"));
}

void TestJsonWriter::integersAndBools()
{
    QByteArray out;
    JsonWriter writer(&out);
    writer.beginArray()
        .value(qint64(9223372036854775807LL))
        .value(qint64(-9223372036854775807LL - 1))
        .value(0)
        .value(true)
        .value(false)
        .null()
        .endArray();
    QCOMPARE(out, QByteArray("[9223372036854775807,-9223372036854775808,0,true,false,null]"));
}

void TestJsonWriter::nested()
{
    QByteArray out;
    JsonWriter writer(&out);
    writer.beginObject();
    writer.key("a"_L1).beginArray().value(1).beginObject().field("b"_L1, "x").endObject();
    writer.beginArray().value(2.5).endArray().endArray();
    writer.key("c"_L1).beginObject().key("d"_L1).beginObject().field("e"_L1, false).endObject();
    writer.endObject();
    writer.field("f"_L1, u"g"_s);
    writer.endObject();
    QCOMPARE(out, QByteArray(R"({"a":[1,{"b":"x"},[2.5]],"c":{"d":{"e":false}},"f":"g"})"));
    QVERIFY(QJsonDocument::fromJson(out).isObject());
}

void TestJsonWriter::emptyContainers()
{
    QByteArray out;
    JsonWriter writer(&out);
    writer.beginObject();
    writer.key("o"_L1).beginObject().endObject();
    writer.key("a"_L1).beginArray().endArray();
    writer.key("n"_L1).beginArray().beginArray().endArray().beginObject().endObject().endArray();
    writer.endObject();
    QCOMPARE(out, QByteArray(R"({"o":{},"a":[],"n":[[],{}]})"));

    QByteArray top;
    JsonWriter(&top).beginArray().endArray();
    QCOMPARE(top, QByteArray("[]"));
}

void TestJsonWriter::stringOrNull()
{
    QByteArray out;
    JsonWriter writer(&out);
    writer.beginArray().stringOrNull(QString()).stringOrNull(u""_s).stringOrNull(u"k"_s).endArray();
    QCOMPARE(out, QByteArray(R"([null,"","k"])"));
}

void TestJsonWriter::jsonValues()
{
    const QJsonObject object{{u"name"_s, u"x"_s},
                             {u"list"_s, QJsonArray{1, 2.5, u"s"_s, true, QJsonValue()}},
                             {u"inner"_s, QJsonObject{{u"k"_s, -3}}}};
    QByteArray out;
    JsonWriter(&out).value(QJsonValue(object));
    QCOMPARE(QJsonDocument::fromJson(out).object(), object);
    // QJsonObject keys come out sorted, in compact form.
    QCOMPARE(out, QByteArray(R"({"inner":{"k":-3},"list":[1,2.5,"s",true,null],"name":"x"})"));

    QByteArray undefined;
    JsonWriter(&undefined).value(QJsonValue(QJsonValue::Undefined));
    QCOMPARE(undefined, QByteArray("null"));
}

void TestJsonWriter::raw()
{
    QByteArray out;
    JsonWriter writer(&out);
    writer.beginObject();
    writer.key("annotations"_L1).raw(R"({"objects":[],"classifications":[]})");
    writer.key("reviews"_L1).raw("[]");
    writer.endObject();
    // Compact output keeps stored JSON byte for byte (its key order included).
    QCOMPARE(out,
             QByteArray(R"({"annotations":{"objects":[],"classifications":[]},"reviews":[]})"));
}

void TestJsonWriter::indentMode()
{
    QByteArray out;
    JsonWriter writer(&out, 2);
    writer.beginObject();
    writer.field("status"_L1, "SUCCESS");
    writer.key("results"_L1).beginArray().value(1).value(u"two"_s).endArray();
    writer.key("inner"_L1).beginObject().field("k"_L1, true).endObject();
    writer.endObject();
    const QByteArray expected = "{\n"
                                "  \"status\": \"SUCCESS\",\n"
                                "  \"results\": [\n"
                                "    1,\n"
                                "    \"two\"\n"
                                "  ],\n"
                                "  \"inner\": {\n"
                                "    \"k\": true\n"
                                "  }\n"
                                "}";
    QCOMPARE(out, expected);
    QVERIFY(QJsonDocument::fromJson(out).isObject());
}

void TestJsonWriter::indentModeEmptyAndRaw()
{
    QByteArray out;
    JsonWriter writer(&out, 4);
    writer.beginObject();
    writer.key("empty"_L1).beginArray().endArray();
    writer.key("none"_L1).beginObject().endObject();
    writer.key("stored"_L1).raw(R"({"b":1})");
    writer.endObject();
    const QByteArray expected = "{\n"
                                "    \"empty\": [],\n"
                                "    \"none\": {},\n"
                                "    \"stored\": {\n"
                                "        \"b\": 1\n"
                                "    }\n"
                                "}";
    QCOMPARE(out, expected);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
