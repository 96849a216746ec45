#include "rawjson.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using RawJson::Path;
using RawJson::Step;

namespace {

// The texts of the values at a path.
QByteArrayList textsAt(const QByteArray &json, const Path &path)
{
    const auto spans = RawJson::spans(json, path);
    if (!spans) {
        qWarning("%s", qPrintable(spans.error().message));
        return {QByteArrayLiteral("<error>")};
    }
    QByteArrayList texts;
    for (const RawJson::Span &span : *spans) {
        texts.append(span.in(json).toByteArray());
    }
    return texts;
}

// A minifier written the plain way, to check the one under test against.
QByteArray plainMinify(const QByteArray &json)
{
    QByteArray out;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out.append(c);
            if (c == '\\') {
                out.append(json[++i]);
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
            out.append(c);
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            out.append(c);
        }
    }
    return out;
}

bool qtAccepts(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

class TestRawJson final : public QObject {
    Q_OBJECT

private slots:
    void minify_data();
    void minify();
    void minifyInvalid_data();
    void minifyInvalid();
    void deepNesting();
    void validateAgreesWithQt();
    void findByKeysAndIndices();
    void findWildcardsAndCaptures();
    void findSkipsLookalikesInStrings();
    void findKeysThatLookLikePaths();
    void findEscapedAndUnicodeKeys();
    void findNestedArrays();
    void findStepOfTheWrongKind();
    void findWhiteSpaceAndCompact();
    void findRepeatedKeys();
    void findOrderAndRoot();
    void findInvalid();
    void findTooManyPaths();
    void minifiedMatchesMinify();
    void exampleLine();
    void decodeString_data();
    void decodeString();
};

void TestRawJson::minify_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("compact stays") << QByteArray(R"({"b":1,"a":[true,false,null]})")
                                   << QByteArray(R"({"b":1,"a":[true,false,null]})");
    QTest::newRow("every white space")
        << QByteArray(" \t\r\n{ \"z\" :\t[ 1 ,\r\n2 ] ,\n\"a\"\r:\n{ } , \"m\" : [ ] }\n\t ")
        << QByteArray(R"({"z":[1,2],"a":{},"m":[]})");
    QTest::newRow("spaces in strings stay") << QByteArray(R"({ "a b" : " c  d ", "t": "tab\tin" })")
                                            << QByteArray(R"({"a b":" c  d ","t":"tab\tin"})");
    QTest::newRow("brackets and braces in strings")
        << QByteArray(R"([ "}", "{", "]", "[", ", :", "{\"a\": [1, 2]}" ])")
        << QByteArray(R"(["}","{","]","[",", :","{\"a\": [1, 2]}"])");
    QTest::newRow("quotes and escapes")
        << QByteArray(R"({ "q" : "say \"hi\" \\ ", "e": "\/ \b\f\n\r\t \u0041 \uD83D\uDE00" })")
        << QByteArray(R"({"q":"say \"hi\" \\ ","e":"\/ \b\f\n\r\t \u0041 \uD83D\uDE00"})");
    QTest::newRow("backslash before the closing quote")
        << QByteArray(R"([ "a\\" , "b" ])") << QByteArray(R"(["a\\","b"])");
    QTest::newRow("unicode as bytes")
        << QByteArray("{ \"clé\" : \"été ☀ 😀\" }") << QByteArray("{\"clé\":\"été ☀ 😀\"}");
    QTest::newRow("numbers as written")
        << QByteArray("[ 1.0 , 1e2 , -0.50 , 1E+2 , 0 , -0 , 2.5e-3 , 12345678901234567890 ]")
        << QByteArray("[1.0,1e2,-0.50,1E+2,0,-0,2.5e-3,12345678901234567890]");
    QTest::newRow("nested arrays")
        << QByteArray("[ [ [ ] , [ 1 , [ 2 ] ] ] , [ ] ]") << QByteArray("[[[],[1,[2]]],[]]");
    QTest::newRow("a string alone") << QByteArray("  \" a b \"  ") << QByteArray("\" a b \"");
    QTest::newRow("a number alone") << QByteArray("\n1.50\n") << QByteArray("1.50");
    QTest::newRow("a literal alone") << QByteArray("true") << QByteArray("true");
}

void TestRawJson::minify()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    const auto result = RawJson::minify(json);
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(*result, expected);
    QCOMPARE(*result, plainMinify(json));
    QVERIFY(RawJson::validate(*result));
    if (qtAccepts(json)) {
        QCOMPARE(QJsonDocument::fromJson(*result), QJsonDocument::fromJson(json));
    }
}

void TestRawJson::minifyInvalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray(" \n\t ");
    QTest::newRow("open object") << QByteArray("{");
    QTest::newRow("open array") << QByteArray("[1, [2]");
    QTest::newRow("trailing comma") << QByteArray("[1,]");
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})");
    QTest::newRow("no colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("key not a string") << QByteArray("{1:2}");
    QTest::newRow("missing value") << QByteArray(R"({"a":})");
    QTest::newRow("unterminated string") << QByteArray(R"(["abc)");
    QTest::newRow("unterminated after escape") << QByteArray(R"(["abc\)");
    QTest::newRow("bad escape") << QByteArray(R"(["\x41"])");
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])");
    QTest::newRow("bad unicode escape") << QByteArray(R"(["\u12G4"])");
    QTest::newRow("control character") << QByteArray("[\"a\x01\"]");
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]");
    QTest::newRow("truncated literal") << QByteArray("[tru]");
    QTest::newRow("wrong literal") << QByteArray("nul");
    QTest::newRow("capital literal") << QByteArray("True");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("bare dot") << QByteArray("[1.]");
    QTest::newRow("dot first") << QByteArray("[.5]");
    QTest::newRow("bare minus") << QByteArray("[-]");
    QTest::newRow("bare exponent") << QByteArray("[1e]");
    QTest::newRow("plus sign") << QByteArray("[+1]");
    QTest::newRow("NaN") << QByteArray("[NaN]");
    QTest::newRow("missing comma") << QByteArray("[1 2]");
    QTest::newRow("two values") << QByteArray("{} {}");
    QTest::newRow("extra closer") << QByteArray(R"({"a":1}})");
    QTest::newRow("mismatched closer") << QByteArray(R"({"a":[1}])");
    QTest::newRow("closer only") << QByteArray("]");
    QTest::newRow("single quotes") << QByteArray("['a']");
    QTest::newRow("comment") << QByteArray("[1 /* x */]");
    QTest::newRow("other white space") << QByteArray("[1,\f2]");
    QTest::newRow("NUL byte") << QByteArray("[1,\0 2]", 7);
    QTest::newRow("deep and open") << QByteArray(100000, '[');
}

void TestRawJson::minifyInvalid()
{
    QFETCH(QByteArray, json);
    const auto result = RawJson::minify(json);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.contains(u"at byte"_s), qPrintable(result.error().message));
    QVERIFY(!RawJson::validate(json));
    QVERIFY(!RawJson::find(json, {{Step::anyKey()}, {Step::anyIndex()}}));
}

void TestRawJson::deepNesting()
{
    // No recursion: nesting deeper than any stack holds is scanned, not crashed on.
    constexpr int kDepth = 200000;
    const QByteArray deep = QByteArray(kDepth, '[') + QByteArray(kDepth, ']');
    QVERIFY(RawJson::validate(deep));
    QCOMPARE(RawJson::minify(deep)->size(), deep.size());
    const QByteArray objects =
        QByteArray("{\"a\":").repeated(kDepth) + "1" + QByteArray(kDepth, '}');
    QVERIFY(RawJson::validate(objects));
    const auto spans = RawJson::spans(objects, {"a", "a", "a"});
    QVERIFY(spans);
    QCOMPARE(spans->size(), 1);
    QCOMPARE(spans->first().end, objects.size() - 3);
    QVERIFY(!RawJson::validate(deep.chopped(1)));
}

void TestRawJson::validateAgreesWithQt()
{
    // Broken variants of a real line: the scanner says "not JSON" exactly when Qt does.
    const QByteArray base = *RawJson::minify(test::fixture(u"export-line.example.json"_s));
    QVERIFY(!base.isEmpty());
    QVERIFY(qtAccepts(base));
    static const char kBytes[] = "{}[]\",:\\ 0-.eE1tnu\t";
    QRandomGenerator random(20240611);
    int invalid = 0;
    int lenient = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray text = base;
        const int edits = 1 + random.bounded(3);
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(int(text.size()));
            switch (random.bounded(3)) {
            case 0:
                text.remove(at, 1);
                break;
            case 1:
                text.insert(at, kBytes[random.bounded(int(sizeof kBytes - 1))]);
                break;
            default:
                text[at] = kBytes[random.bounded(int(sizeof kBytes - 1))];
            }
        }
        const QByteArray trimmed = text.trimmed();
        const bool qt = qtAccepts(text) && (trimmed.startsWith('{') || trimmed.startsWith('['));
        const Status ours = RawJson::validate(text);
        // Never more lenient than Qt; stricter only where Qt is lenient (bad escapes, raw
        // control characters in strings, "1."), so that what passes is JSON.
        if (ours) {
            QVERIFY2(qt, text.constData());
        } else if (qt) {
            const QString &message = ours.error().message;
            QVERIFY2(message.contains(u"escape"_s) || message.contains(u"control character"_s) ||
                         message.contains(u"number"_s),
                     qPrintable(message));
            ++lenient;
        }
        invalid += ours ? 0 : 1;
    }
    QVERIFY(invalid > 1000);
    QVERIFY(lenient < invalid / 4);
    QVERIFY(3000 - invalid > 300);
}

void TestRawJson::findByKeysAndIndices()
{
    const QByteArray json = R"({"a":{"b":[1,{"c":"x"},[2]]},"c":3})";
    QCOMPARE(textsAt(json, {"a", "b", Step::at(1), "c"}), QByteArrayList{"\"x\""});
    QCOMPARE(textsAt(json, {"a", "b", Step::at(2)}), QByteArrayList{"[2]"});
    QCOMPARE(textsAt(json, {"a", "b", Step::at(3)}), QByteArrayList{});
    QCOMPARE(textsAt(json, {"c"}), QByteArrayList{"3"});
    QCOMPARE(textsAt(json, {"a"}), QByteArrayList{R"({"b":[1,{"c":"x"},[2]]})"});
    QCOMPARE(textsAt(json, {"b"}), QByteArrayList{}); // only at the top
    QCOMPARE(textsAt(json, {"a", "b", Step::at(1), "c", "d"}), QByteArrayList{});
    QCOMPARE(textsAt(json, {"A"}), QByteArrayList{}); // keys match case-sensitively
    QCOMPARE(textsAt(json, {Step::named("a"), Step::named("b"), Step::at(0)}), QByteArrayList{"1"});
}

void TestRawJson::findWildcardsAndCaptures()
{
    const QByteArray json = R"({"projects":{"p2":{"labels":[{"a":1},{"a":2}]},"p1":{"labels":[]},)"
                            R"("p3":{"labels":[{"b":0},{"a":{"x":[3]}}]}}})";
    const Path path = {"projects", Step::anyKey(), "labels", Step::anyIndex(), "a"};
    const auto matches = RawJson::find(json, {path});
    QVERIFY(matches);
    QCOMPARE(matches->size(), 3);
    const QByteArrayList values = textsAt(json, path);
    QCOMPARE(values, (QByteArrayList{"1", "2", R"({"x":[3]})"}));
    const QByteArrayList keys = {"\"p2\"", "\"p2\"", "\"p3\""};
    const QVector<qsizetype> indices = {0, 1, 1};
    for (int i = 0; i < 3; ++i) {
        const RawJson::Match &match = matches->at(i);
        QCOMPARE(match.path, 0);
        QCOMPARE(match.keys.size(), 1);
        QCOMPARE(match.keys.front().in(json).toByteArray(), keys[i]);
        QCOMPARE(match.indices.size(), 1);
        QCOMPARE(match.indices.front(), indices[i]);
    }
    // The project keys, in the order written.
    QCOMPARE(textsAt(json, {"projects", Step::anyKey(), "labels"}),
             (QByteArrayList{R"([{"a":1},{"a":2}])", "[]", R"([{"b":0},{"a":{"x":[3]}}])"}));
    QCOMPARE(textsAt(json, {Step::anyKey(), Step::anyKey(), Step::anyKey(), Step::at(0)}),
             (QByteArrayList{R"({"a":1})", R"({"b":0})"}));
}

void TestRawJson::findSkipsLookalikesInStrings()
{
    // Strings that hold what would be structure outside them.
    const QByteArray json = R"({"s":"} ] { [ , : \" \\","t":"\"t\":{\"u\":9}","u":["]",{"k":"}"}],)"
                            R"("t2":{"u":"{\"u\":1}"},"end\\":{"u":2}})";
    QCOMPARE(textsAt(json, {"t", "u"}), QByteArrayList{});
    QCOMPARE(textsAt(json, {"t2", "u"}), QByteArrayList{R"("{\"u\":1}")"});
    QCOMPARE(textsAt(json, {"end\\", "u"}), QByteArrayList{"2"});
    QCOMPARE(textsAt(json, {"u", Step::at(1), "k"}), QByteArrayList{R"("}")"});
    QCOMPARE(textsAt(json, {"s"}), QByteArrayList{R"("} ] { [ , : \" \\")"});
}

void TestRawJson::findKeysThatLookLikePaths()
{
    const QByteArray json = R"({"a.b":1,"a":{"b":2,"b[0]":3,"*":4},"labels[0]":5,"[0]":6})";
    QCOMPARE(textsAt(json, {"a.b"}), QByteArrayList{"1"});
    QCOMPARE(textsAt(json, {"a", "b"}), QByteArrayList{"2"});
    QCOMPARE(textsAt(json, {"a", "b[0]"}), QByteArrayList{"3"});
    QCOMPARE(textsAt(json, {"a", "b", Step::at(0)}), QByteArrayList{});
    QCOMPARE(textsAt(json, {"a", "*"}), QByteArrayList{"4"});
    QCOMPARE(textsAt(json, {"a", Step::anyKey()}), (QByteArrayList{"2", "3", "4"}));
    QCOMPARE(textsAt(json, {"labels[0]"}), QByteArrayList{"5"});
    QCOMPARE(textsAt(json, {"[0]"}), QByteArrayList{"6"});
}

void TestRawJson::findEscapedAndUnicodeKeys()
{
    const QByteArray json = "{\"ann\\u006ftations\":1,\"a\\\"b\":2,\"clé\":3,\"\\u00e9t\\u00e9\":4,"
                            "\"tab\\tkey\":5,\"\\ud83d\\ude00\":6,\"a\\/b\":7}";
    QVERIFY(qtAccepts(json));
    QCOMPARE(textsAt(json, {"annotations"}), QByteArrayList{"1"});
    QCOMPARE(textsAt(json, {"a\"b"}), QByteArrayList{"2"});
    QCOMPARE(textsAt(json, {"clé"}), QByteArrayList{"3"});
    QCOMPARE(textsAt(json, {"été"}), QByteArrayList{"4"});
    QCOMPARE(textsAt(json, {"tab\tkey"}), QByteArrayList{"5"});
    QCOMPARE(textsAt(json, {"😀"}), QByteArrayList{"6"});
    QCOMPARE(textsAt(json, {"a/b"}), QByteArrayList{"7"});
    QCOMPARE(textsAt(json, {"ann\\u006ftations"}), QByteArrayList{}); // keys are text
}

void TestRawJson::findNestedArrays()
{
    const QByteArray json = "[[1,[2,3]],[4],[],[[[5]]]]";
    QCOMPARE(textsAt(json, {Step::at(0), Step::at(1), Step::at(1)}), QByteArrayList{"3"});
    QCOMPARE(textsAt(json, {Step::anyIndex(), Step::anyIndex()}),
             (QByteArrayList{"1", "[2,3]", "4", "[[5]]"}));
    QCOMPARE(textsAt(json, {Step::at(3), Step::at(0), Step::at(0), Step::at(0)}),
             QByteArrayList{"5"});
    const auto matches = RawJson::find(json, {{Step::anyIndex(), Step::anyIndex()}});
    QVERIFY(matches);
    QCOMPARE(matches->at(1).indices, (QVarLengthArray<qsizetype, 2>{0, 1}));
    QCOMPARE(matches->at(3).indices, (QVarLengthArray<qsizetype, 2>{3, 0}));
}

void TestRawJson::findStepOfTheWrongKind()
{
    const QByteArray json = R"({"a":[1,2],"o":{"0":"zero"}})";
    QCOMPARE(textsAt(json, {"a", "x"}), QByteArrayList{});
    QCOMPARE(textsAt(json, {"a", Step::anyKey()}), QByteArrayList{});
    QCOMPARE(textsAt(json, {"o", Step::at(0)}), QByteArrayList{});
    QCOMPARE(textsAt(json, {"o", Step::anyIndex()}), QByteArrayList{});
    QCOMPARE(textsAt(json, {"o", "0"}), QByteArrayList{"\"zero\""});
    QCOMPARE(textsAt(json, {Step::at(0)}), QByteArrayList{});
    QCOMPARE(textsAt(json, {"a", Step::at(1), "x"}), QByteArrayList{}); // below a scalar
}

void TestRawJson::findWhiteSpaceAndCompact()
{
    const QByteArray json = " {\n\t\"a\" :\r\n [ 1 , { \"b\" : \"x y\" } ],\"c\":{\"d\":[ ]},"
                            "\"e\":{\"f\":\"  \"} \n} \t";
    const auto matches =
        RawJson::find(json, {{"a"}, {"a", Step::at(0)}, {"a", Step::at(1), "b"}, {"c"}, {"e"}, {}});
    QVERIFY(matches);
    QCOMPARE(matches->size(), 6);
    // Whole value first (it starts first), then in text order.
    QCOMPARE(matches->at(0).path, 5);
    QCOMPARE(matches->at(0).value.in(json).toByteArray(), json.trimmed());
    QVERIFY(!matches->at(0).compact);
    QCOMPARE(matches->at(1).value.in(json).toByteArray(), "[ 1 , { \"b\" : \"x y\" } ]");
    QVERIFY(!matches->at(1).compact);
    QCOMPARE(matches->at(2).value.in(json).toByteArray(), "1");
    QVERIFY(matches->at(2).compact);
    QCOMPARE(matches->at(3).value.in(json).toByteArray(), "\"x y\"");
    QVERIFY(matches->at(3).compact); // its spaces are in the string
    QCOMPARE(matches->at(4).value.in(json).toByteArray(), "{\"d\":[ ]}");
    QVERIFY(!matches->at(4).compact);
    QCOMPARE(matches->at(5).value.in(json).toByteArray(), "{\"f\":\"  \"}");
    QVERIFY(matches->at(5).compact);
    for (const RawJson::Match &match : *matches) {
        QCOMPARE(RawJson::minified(json, match.value, match.compact),
                 plainMinify(match.value.in(json).toByteArray()));
    }
}

void TestRawJson::findRepeatedKeys()
{
    const QByteArray json = R"({"a":{"x":1},"b":2,"a":{"x":3}})";
    QCOMPARE(textsAt(json, {"a", "x"}), (QByteArrayList{"1", "3"}));
}

void TestRawJson::findOrderAndRoot()
{
    const QByteArray json = R"({"p":{"k2":{"l":[{"id":"a"}]},"k1":{"l":[{"id":"b"}]}}})";
    const auto matches = RawJson::find(
        json, {{"p", Step::anyKey(), "l", Step::anyIndex(), "id"}, {"p", Step::anyKey()}});
    QVERIFY(matches);
    QCOMPARE(matches->size(), 4);
    const QVector<int> paths = {1, 0, 1, 0};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(matches->at(i).path, paths[i]);
    }
    QCOMPARE(matches->at(2).keys.front().in(json).toByteArray(), "\"k1\"");
    QCOMPARE(textsAt(json, {}), QByteArrayList{json});
    QCOMPARE(textsAt("  7 ", {}), QByteArrayList{"7"});
}

void TestRawJson::findInvalid()
{
    for (const char *text : {R"({"a":[1,2})", R"({"a":"b)", R"({"a":1} x)", R"({"a" "b"})", "",
                             R"({"a":{"b":1})", R"({"a":[{"b":tru}]})"}) {
        const auto matches = RawJson::find(text, {{"a", Step::anyIndex(), "b"}});
        QVERIFY2(!matches, text);
        QCOMPARE(matches.error().code, ErrorCode::InvalidInput);
        QVERIFY(!RawJson::spans(text, {"a"}));
    }
    // The offset points at the problem.
    const auto late = RawJson::validate(R"({"a":[1,2,x]})");
    QVERIFY(!late);
    QVERIFY2(late.error().message.endsWith(u"at byte 10"_s), qPrintable(late.error().message));
}

void TestRawJson::findTooManyPaths()
{
    QVector<Path> paths(RawJson::kMaxPaths, Path{"a"});
    QVERIFY(RawJson::find("{\"a\":1}", paths));
    QCOMPARE(RawJson::find("{\"a\":1}", paths)->size(), RawJson::kMaxPaths);
    paths.append(Path{"b"});
    QVERIFY(!RawJson::find("{\"a\":1}", paths));
}

void TestRawJson::minifiedMatchesMinify()
{
    const QByteArray json = test::fixture(u"export-line.example.json"_s);
    const auto matches = RawJson::find(json, {{Step::anyKey()},
                                              {Step::anyKey(), Step::anyKey()},
                                              {Step::anyKey(), Step::anyIndex()},
                                              {Step::anyKey(), Step::anyKey(), Step::anyKey()}});
    QVERIFY(matches);
    QVERIFY(matches->size() > 20);
    for (const RawJson::Match &match : *matches) {
        const QByteArray text = match.value.in(json).toByteArray();
        QCOMPARE(RawJson::minified(json, match.value, match.compact), *RawJson::minify(text));
        QCOMPARE(match.compact, *RawJson::minify(text) == text);
    }
}

void TestRawJson::exampleLine()
{
    // The annotations of the example, found in the pretty file and in its compact line.
    const QByteArray annotations =
        R"({"objects":[{"feature_id":"clx4m5d3g000608l2c0v2x7tb","name":"car","annotation_kind":)"
        R"("ImageBoundingBox","classifications":[],"bounding_box":{"top":512,"left":240,)"
        R"("height":180,"width":320}}],"classifications":[],"relationships":[]})";
    const Path path = {"projects", Step::anyKey(), "labels", Step::anyIndex(), "annotations"};
    const QByteArray pretty = test::fixture(u"export-line.example.json"_s);
    const auto found = RawJson::find(pretty, {path});
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QVERIFY(!found->front().compact);
    QCOMPARE(RawJson::minified(pretty, found->front().value, false), annotations);

    const QByteArray line = *RawJson::minify(pretty);
    QCOMPARE(line, plainMinify(pretty));
    const auto inLine = RawJson::find(line, {path});
    QVERIFY(inLine);
    QCOMPARE(inLine->size(), 1);
    QVERIFY(inLine->front().compact);
    QCOMPARE(inLine->front().value.in(line).toByteArray(), annotations);
    QCOMPARE(inLine->front().keys.front().in(line).toByteArray(), "\"clx4m3b1e000408l2fz8y6k0d\"");
    QCOMPARE(textsAt(line, {"projects", Step::anyKey(), "labels", Step::anyIndex(), "label_details",
                            "reviews"}),
             QByteArrayList{"[]"});
}

void TestRawJson::decodeString_data()
{
    QTest::addColumn<QByteArray>("quoted");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QByteArray("\"abc\"") << true << u"abc"_s;
    QTest::newRow("empty") << QByteArray("\"\"") << true << QString();
    QTest::newRow("utf-8") << QByteArray("\"clé ☀\"") << true << u"clé ☀"_s;
    QTest::newRow("escapes") << QByteArray(R"("a\"b\\c\/d\b\f\n\r\t")") << true
                             << u"a\"b\\c/d\b\f\n\r\t"_s;
    QTest::newRow("unicode escape") << QByteArray(R"("\u00e9t\u00C9")") << true << u"étÉ"_s;
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00!")") << true << u"😀!"_s;
    QTest::newRow("not quoted") << QByteArray("abc") << false << QString();
    QTest::newRow("one quote") << QByteArray("\"") << false << QString();
    QTest::newRow("bare quote inside") << QByteArray(R"("a"b")") << false << QString();
    QTest::newRow("bad escape") << QByteArray(R"("\q")") << false << QString();
    QTest::newRow("short unicode") << QByteArray(R"("\u00e")") << false << QString();
    QTest::newRow("lone backslash") << QByteArray(R"("\")") << false << QString();
    QTest::newRow("control") << QByteArray("\"a\x01\"") << false << QString();
}

void TestRawJson::decodeString()
{
    QFETCH(QByteArray, quoted);
    QFETCH(bool, valid);
    QFETCH(QString, text);
    const std::optional<QString> decoded = RawJson::decodeString(quoted);
    QCOMPARE(decoded.has_value(), valid);
    if (valid) {
        QCOMPARE(*decoded, text);
        QCOMPARE(*decoded, QJsonDocument::fromJson('[' + quoted + ']').array().first().toString());
    }
}

QTEST_GUILESS_MAIN(TestRawJson)
#include "tst_rawjson.moc"
