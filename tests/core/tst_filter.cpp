#include "filter.h"
#include "timestamp.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

Q_DECLARE_METATYPE(rowscope::Filter::Subject)
Q_DECLARE_METATYPE(rowscope::Filter::Op)
Q_DECLARE_METATYPE(rowscope::Filter::Has)
Q_DECLARE_METATYPE(rowscope::MediaType)

// The filter language's parser: every kind of term, quoting and escapes, negation, AND/OR
// precedence and parentheses, and every parse error with its exact message and column.
class TestFilter final : public QObject {
    Q_OBJECT

private slots:
    void empty();
    void tree_data();
    void tree();
    void termKinds_data();
    void termKinds();
    void columns();
    void wildcards_data();
    void wildcards();
    void hasValues_data();
    void hasValues();
    void labeled();
    void media();
    void times_data();
    void times();
    void numbers();
    void errors_data();
    void errors();
    void tooDeep();
    void tooManyTerms();
};

namespace {

const Filter::Term &onlyTerm(const Filter &filter)
{
    return filter.root().term;
}

qint64 at(const char *text)
{
    return Timestamp::parse(QString::fromLatin1(text)).value_or(-1);
}

} // namespace

void TestFilter::empty()
{
    for (const QString &text : {QString(), u""_s, u"   "_s, u"\t \t"_s}) {
        auto filter = Filter::parse(text);
        QVERIFY(filter.ok());
        QVERIFY(filter->isEmpty());
        QCOMPARE(filter->text(), text);
        QCOMPARE(filter->dump(), QString());
    }
    QVERIFY(Filter().isEmpty());
}

void TestFilter::tree_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tree");
    QTest::newRow("one term") << u"split:train"_s << u"split:train"_s;
    QTest::newRow("surrounding spaces") << u"  tag:night  "_s << u"tag:night"_s;
    QTest::newRow("side by side is AND") << u"a b c"_s << u"(and a b c)"_s;
    QTest::newRow("AND may be written") << u"a AND b"_s << u"(and a b)"_s;
    QTest::newRow("lower-case and is a word") << u"a and b"_s << u"(and a and b)"_s;
    QTest::newRow("lower-case or is a word") << u"a or b"_s << u"(and a or b)"_s;
    QTest::newRow("OR") << u"a OR b"_s << u"(or a b)"_s;
    QTest::newRow("OR chain") << u"a OR b OR c"_s << u"(or a b c)"_s;
    QTest::newRow("AND binds tighter, left") << u"a b OR c"_s << u"(or (and a b) c)"_s;
    QTest::newRow("AND binds tighter, right") << u"a OR b c"_s << u"(or a (and b c))"_s;
    QTest::newRow("AND binds tighter, both") << u"a b OR c d"_s << u"(or (and a b) (and c d))"_s;
    QTest::newRow("explicit AND binds tighter") << u"a AND b OR c"_s << u"(or (and a b) c)"_s;
    QTest::newRow("parentheses") << u"(a OR b) c"_s << u"(and (or a b) c)"_s;
    QTest::newRow("parentheses right") << u"a (b OR c)"_s << u"(and a (or b c))"_s;
    QTest::newRow("nested parentheses") << u"((a))"_s << u"a"_s;
    QTest::newRow("nested groups") << u"(a (b OR (c d)))"_s << u"(and a (or b (and c d)))"_s;
    QTest::newRow("no space around parentheses") << u"(a)b"_s << u"(and a b)"_s;
    QTest::newRow("negation") << u"-tag:night"_s << u"(not tag:night)"_s;
    QTest::newRow("negated word") << u"a -b"_s << u"(and a (not b))"_s;
    QTest::newRow("double negation") << u"--a"_s << u"(not (not a))"_s;
    QTest::newRow("negated group") << u"-(a OR b)"_s << u"(not (or a b))"_s;
    QTest::newRow("negation binds tightest") << u"-a OR b"_s << u"(or (not a) b)"_s;
    QTest::newRow("hyphen inside a word") << u"street-1"_s << u"street-1"_s;
    QTest::newRow("negative number") << u"score>-1"_s << u"score>-1"_s;
    QTest::newRow("quoted word") << u"\"a b\""_s << u"\"a b\""_s;
    QTest::newRow("quoted OR is a word") << u"a \"OR\" b"_s << u"(and a OR b)"_s;
    QTest::newRow("quoted value") << u"tag:\"rainy day\""_s << u"tag:\"rainy day\""_s;
    QTest::newRow("quoted name") << u"\"my field\":x"_s << u"\"my field\":x"_s;
    QTest::newRow("quotes inside a word") << u"street\" \"scenes"_s << u"\"street scenes\""_s;
    QTest::newRow("operators in a value")
        << u"created>=2026-01-01T10:00:00"_s << u"created>=2026-01-01T10:00:00"_s;
    QTest::newRow("operator after the value's start") << u"a:b:c"_s << u"a:b:c"_s;
    QTest::newRow("everything")
        << u"split:train (tag:night OR tag:dusk) -has:labels OR \"street 1\""_s
        << u"(or (and split:train (or tag:night tag:dusk) (not has:labels)) \"street 1\")"_s;
}

void TestFilter::tree()
{
    QFETCH(QString, text);
    QFETCH(QString, tree);
    auto filter = Filter::parse(text);
    QVERIFY2(filter.ok(), qPrintable(filter.error().message));
    QVERIFY(!filter->isEmpty());
    QCOMPARE(filter->text(), text);
    QCOMPARE(filter->dump(), tree);
}

void TestFilter::termKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Filter::Subject>("subject");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Filter::Op>("op");
    QTest::addColumn<QString>("value");
    using S = Filter::Subject;
    using O = Filter::Op;
    QTest::newRow("bare word") << u"night"_s << S::Text << QString() << O::Equals << u"night"_s;
    QTest::newRow("global_key") << u"global_key:street-1"_s << S::GlobalKey << u"global_key"_s
                                << O::Equals << u"street-1"_s;
    QTest::newRow("external_id") << u"external_id:0001.jpg"_s << S::ExternalId << u"external_id"_s
                                 << O::Equals << u"0001.jpg"_s;
    QTest::newRow("media") << u"media:IMAGE"_s << S::Media << u"media"_s << O::Equals << u"IMAGE"_s;
    QTest::newRow("media_type") << u"media_type:video"_s << S::Media << u"media_type"_s << O::Equals
                                << u"video"_s;
    QTest::newRow("has") << u"has:attachments"_s << S::Has << u"has"_s << O::Equals
                         << u"attachments"_s;
    QTest::newRow("labeled") << u"labeled:true"_s << S::Labeled << u"labeled"_s << O::Equals
                             << u"true"_s;
    QTest::newRow("project") << u"project:\"Street scenes\""_s << S::Project << u"project"_s
                             << O::Equals << u"Street scenes"_s;
    QTest::newRow("project by id")
        << u"project=cabc"_s << S::Project << u"project"_s << O::Equals << u"cabc"_s;
    QTest::newRow("created") << u"created>2026-11-01"_s << S::Created << u"created"_s << O::Greater
                             << u"2026-11-01"_s;
    QTest::newRow("created_at") << u"created_at<=2026-11-01"_s << S::Created << u"created_at"_s
                                << O::LessOrEqual << u"2026-11-01"_s;
    QTest::newRow("updated") << u"updated<2026-11-01"_s << S::Updated << u"updated"_s << O::Less
                             << u"2026-11-01"_s;
    QTest::newRow("updated_at") << u"updated_at>=2026-11-01"_s << S::Updated << u"updated_at"_s
                                << O::GreaterOrEqual << u"2026-11-01"_s;
    QTest::newRow("field with :") << u"camera:front-left"_s << S::Field << u"camera"_s << O::Equals
                                  << u"front-left"_s;
    QTest::newRow("field with =") << u"split=train"_s << S::Field << u"split"_s << O::Equals
                                  << u"train"_s;
    QTest::newRow("field with >") << u"score>0.8"_s << S::Field << u"score"_s << O::Greater
                                  << u"0.8"_s;
    QTest::newRow("field with >=") << u"captureDateTime>=2026-01-01"_s << S::Field
                                   << u"captureDateTime"_s << O::GreaterOrEqual << u"2026-01-01"_s;
    QTest::newRow("field with <") << u"score<1"_s << S::Field << u"score"_s << O::Less << u"1"_s;
    QTest::newRow("field with <=")
        << u"score<=1"_s << S::Field << u"score"_s << O::LessOrEqual << u"1"_s;
    QTest::newRow("field names keep their case")
        << u"Split:train"_s << S::Field << u"Split"_s << O::Equals << u"train"_s;
    QTest::newRow("a quoted name is always a field")
        << u"\"created\":x"_s << S::Field << u"created"_s << O::Equals << u"x"_s;
    QTest::newRow("quoted built-in name")
        << u"\"has\":x"_s << S::Field << u"has"_s << O::Equals << u"x"_s;
    QTest::newRow("empty quoted value")
        << u"tag:\"\""_s << S::Field << u"tag"_s << O::Equals << QString();
    QTest::newRow("escaped quote")
        << u"\"say \\\"hi\\\"\""_s << S::Text << QString() << O::Equals << u"say \"hi\""_s;
    QTest::newRow("escaped backslash")
        << u"\"back\\\\slash\""_s << S::Text << QString() << O::Equals << u"back\\slash"_s;
    QTest::newRow("other backslashes stay")
        << u"C\\data\\x"_s << S::Text << QString() << O::Equals << u"C\\data\\x"_s;
    QTest::newRow("escaped space")
        << u"tag:rainy\\ day"_s << S::Field << u"tag"_s << O::Equals << u"rainy day"_s;
    QTest::newRow("escaped colon") << u"a\\:b"_s << S::Text << QString() << O::Equals << u"a:b"_s;
    QTest::newRow("escaped parenthesis") << u"global_key:img\\(1\\).jpg"_s << S::GlobalKey
                                         << u"global_key"_s << O::Equals << u"img(1).jpg"_s;
    QTest::newRow("quoted parentheses") << u"global_key:\"img(1).jpg\""_s << S::GlobalKey
                                        << u"global_key"_s << O::Equals << u"img(1).jpg"_s;
    QTest::newRow("hostile value") << u"tag:\"'; DROP TABLE data_row; --\""_s << S::Field
                                   << u"tag"_s << O::Equals << u"'; DROP TABLE data_row; --"_s;
    QTest::newRow("like characters")
        << u"tag:%_\\"_s << S::Field << u"tag"_s << O::Equals << u"%_\\"_s;
}

void TestFilter::termKinds()
{
    QFETCH(QString, text);
    QFETCH(Filter::Subject, subject);
    QFETCH(QString, name);
    QFETCH(Filter::Op, op);
    QFETCH(QString, value);
    auto filter = Filter::parse(text);
    QVERIFY2(filter.ok(), qPrintable(filter.error().message));
    QCOMPARE(filter->root().kind, Filter::Node::Kind::Term);
    const Filter::Term &term = onlyTerm(*filter);
    QCOMPARE(term.subject, subject);
    QCOMPARE(term.name, name);
    QCOMPARE(term.op, op);
    QCOMPARE(term.value.text, value);
}

void TestFilter::columns()
{
    auto filter = Filter::parse(u"  split:train -\"my field\">=3"_s);
    QVERIFY(filter.ok());
    const Filter::Node &root = filter->root();
    QCOMPARE(root.kind, Filter::Node::Kind::And);
    QCOMPARE(root.column, 3);
    const Filter::Term &split = root.children[0].term;
    QCOMPARE(split.column, 3);
    QCOMPARE(split.opColumn, 8);
    QCOMPARE(split.valueColumn, 9);
    QCOMPARE(split.lead(), u"split:"_s);
    const Filter::Node &negated = root.children[1];
    QCOMPARE(negated.kind, Filter::Node::Kind::Not);
    QCOMPARE(negated.column, 15);
    const Filter::Term &field = negated.children[0].term;
    QCOMPARE(field.column, 16);
    QCOMPARE(field.name, u"my field"_s);
    QCOMPARE(field.opText, u">="_s);
    QCOMPARE(field.opColumn, 26);
    QCOMPARE(field.valueColumn, 28);
    QCOMPARE(field.value.text, u"3"_s);

    auto word = Filter::parse(u"a \"b c\""_s);
    QVERIFY(word.ok());
    QCOMPARE(word->root().children[1].term.column, 3);
    QCOMPARE(word->root().children[1].term.valueColumn, 3);
}

void TestFilter::wildcards_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("none") << u"global_key:street-1"_s << u"street-1"_s
                          << QStringList{u"street-1"_s};
    QTest::newRow("trailing") << u"global_key:street-*"_s << u"street-*"_s
                              << QStringList{u"street-"_s, QString()};
    QTest::newRow("leading") << u"external_id:*.jpg"_s << u"*.jpg"_s
                             << QStringList{QString(), u".jpg"_s};
    QTest::newRow("middle") << u"tag:a*b*c"_s << u"a*b*c"_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("alone") << u"tag:*"_s << u"*"_s << QStringList{QString(), QString()};
    QTest::newRow("in a bare word")
        << u"street*0001"_s << u"street*0001"_s << QStringList{u"street"_s, u"0001"_s};
    QTest::newRow("quoted star is literal")
        << u"tag:\"a*b\""_s << u"a*b"_s << QStringList{u"a*b"_s};
    QTest::newRow("escaped star is literal") << u"tag:a\\*b"_s << u"a*b"_s << QStringList{u"a*b"_s};
    QTest::newRow("quoted prefix, wildcard after")
        << u"global_key:\"street scenes/\"*"_s << u"street scenes/*"_s
        << QStringList{u"street scenes/"_s, QString()};
}

void TestFilter::wildcards()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(QStringList, parts);
    auto filter = Filter::parse(text);
    QVERIFY2(filter.ok(), qPrintable(filter.error().message));
    const Filter::Term &term = onlyTerm(*filter);
    QCOMPARE(term.value.text, value);
    QCOMPARE(term.value.parts, parts);
    QCOMPARE(term.value.hasWildcard(), parts.size() > 1);
}

void TestFilter::hasValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Filter::Has>("has");
    QTest::newRow("attachments") << u"has:attachments"_s << Filter::Has::Attachments;
    QTest::newRow("global_key") << u"has:global_key"_s << Filter::Has::GlobalKey;
    QTest::newRow("external_id") << u"has:external_id"_s << Filter::Has::ExternalId;
    QTest::newRow("labels") << u"has:labels"_s << Filter::Has::Labels;
    QTest::newRow("metadata") << u"has:metadata"_s << Filter::Has::Metadata;
    QTest::newRow("embeddings") << u"has:embeddings"_s << Filter::Has::Embeddings;
    QTest::newRow("any case") << u"has:Labels"_s << Filter::Has::Labels;
    QTest::newRow("with =") << u"has=metadata"_s << Filter::Has::Metadata;
}

void TestFilter::hasValues()
{
    QFETCH(QString, text);
    QFETCH(Filter::Has, has);
    auto filter = Filter::parse(text);
    QVERIFY2(filter.ok(), qPrintable(filter.error().message));
    QCOMPARE(onlyTerm(*filter).subject, Filter::Subject::Has);
    QCOMPARE(onlyTerm(*filter).has, has);
}

void TestFilter::labeled()
{
    for (const auto &[text, value] :
         {std::pair{u"labeled:true"_s, true}, std::pair{u"labeled:TRUE"_s, true},
          std::pair{u"labeled:false"_s, false}, std::pair{u"labeled=False"_s, false}}) {
        auto filter = Filter::parse(text);
        QVERIFY2(filter.ok(), qPrintable(text));
        QCOMPARE(onlyTerm(*filter).subject, Filter::Subject::Labeled);
        QCOMPARE(onlyTerm(*filter).labeled, value);
    }
}

void TestFilter::media()
{
    for (const MediaType type : MediaTypes::all()) {
        for (const QString &name : {MediaTypes::name(type), MediaTypes::name(type).toLower(),
                                    MediaTypes::assetType(type)}) {
            auto filter = Filter::parse(u"media:"_s + name);
            QVERIFY2(filter.ok(), qPrintable(name));
            QCOMPARE(onlyTerm(*filter).media, type);
        }
    }
}

void TestFilter::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    constexpr qint64 kDay = 86400000;
    QTest::newRow("a date is its whole day")
        << u"created:2026-11-01"_s << at("2026-11-01") << at("2026-11-01") + kDay;
    QTest::newRow("compared with its start")
        << u"created>2026-11-01"_s << at("2026-11-01") << at("2026-11-01") + kDay;
    QTest::newRow("a date and time is one ms")
        << u"updated:2026-11-01T10:20:30Z"_s << at("2026-11-01T10:20:30Z")
        << at("2026-11-01T10:20:30Z") + 1;
    QTest::newRow("with an offset")
        << u"updated<=2026-01-01T02:00:00+02:00"_s << at("2026-01-01") << at("2026-01-01") + 1;
    QTest::newRow("with ms") << u"created>=2026-01-01T00:00:00.250"_s << at("2026-01-01") + 250
                             << at("2026-01-01") + 251;
    QTest::newRow("leap day") << u"created:2028-02-29"_s << at("2028-02-29")
                              << at("2028-02-29") + kDay;
    QTest::newRow("quoted, with a space") << u"created:\"2026-01-01 10:00\""_s
                                          << at("2026-01-01T10:00Z") << at("2026-01-01T10:00Z") + 1;
}

void TestFilter::times()
{
    QFETCH(QString, text);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QVERIFY(start > 0);
    auto filter = Filter::parse(text);
    QVERIFY2(filter.ok(), qPrintable(filter.error().message));
    QCOMPARE(onlyTerm(*filter).time.start, start);
    QCOMPARE(onlyTerm(*filter).time.end, end);
    // The same rule for metadata fields, which the compiler resolves.
    const auto time = Filter::parseTime(onlyTerm(*filter).value.text);
    QVERIFY(time.has_value());
    QCOMPARE(time->start, start);
    QCOMPARE(time->end, end);
}

void TestFilter::numbers()
{
    QCOMPARE(Filter::parseNumber(u"0.8"), 0.8);
    QCOMPARE(Filter::parseNumber(u"-3"), -3.0);
    QCOMPARE(Filter::parseNumber(u"1e6"), 1e6);
    QCOMPARE(Filter::parseNumber(u"42"), 42.0);
    QVERIFY(!Filter::parseNumber(u"").has_value());
    QVERIFY(!Filter::parseNumber(u"high").has_value());
    QVERIFY(!Filter::parseNumber(u"0,8").has_value());
    QVERIFY(!Filter::parseNumber(u"nan").has_value());
    QVERIFY(!Filter::parseNumber(u"inf").has_value());
    QVERIFY(!Filter::parseNumber(u"1e999").has_value());
}

void TestFilter::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("column");
    QTest::newRow("no value") << u"split:"_s << u"Expected a value after 'split:' at column 7"_s
                              << 7;
    QTest::newRow("space before the value")
        << u"split: train"_s << u"Expected a value after 'split:' at column 7"_s << 7;
    QTest::newRow("no value after >=")
        << u"a score>="_s << u"Expected a value after 'score>=' at column 10"_s << 10;
    QTest::newRow("no value before ')'")
        << u"(tag:)"_s << u"Expected a value after 'tag:' at column 6"_s << 6;
    QTest::newRow("quoted name, no value")
        << u"\"my field\":"_s << u"Expected a value after '\"my field\":' at column 12"_s << 12;
    QTest::newRow("no name") << u":train"_s << u"Expected a field name before ':' at column 1"_s
                             << 1;
    QTest::newRow("no name before >")
        << u"a >3"_s << u"Expected a field name before '>' at column 3"_s << 3;
    QTest::newRow("unknown has")
        << u"has:foo"_s
        << u"Unknown value 'foo' after 'has:' at column 5; expected attachments, global_key, "
           "external_id, labels, metadata, embeddings"_s
        << 5;
    QTest::newRow("has with a wildcard")
        << u"has:label*"_s
        << u"Unknown value 'label*' after 'has:' at column 5; expected attachments, "
           "global_key, external_id, labels, metadata, embeddings"_s
        << 5;
    QTest::newRow("has compared") << u"has>labels"_s
                                  << u"Expected ':' after 'has' at column 4, not '>'"_s << 4;
    QTest::newRow("global_key compared")
        << u"global_key>=a"_s << u"Expected ':' after 'global_key' at column 11, not '>='"_s << 11;
    QTest::newRow("external_id compared")
        << u"external_id<a"_s << u"Expected ':' after 'external_id' at column 12, not '<'"_s << 12;
    QTest::newRow("project compared")
        << u"project<=a"_s << u"Expected ':' after 'project' at column 8, not '<='"_s << 8;
    QTest::newRow("media compared")
        << u"media>IMAGE"_s << u"Expected ':' after 'media' at column 6, not '>'"_s << 6;
    QTest::newRow("labeled compared")
        << u"labeled>true"_s << u"Expected ':' after 'labeled' at column 8, not '>'"_s << 8;
    QTest::newRow("labeled maybe")
        << u"labeled:maybe"_s << u"Expected true or false after 'labeled:' at column 9"_s << 9;
    QTest::newRow("labeled yes") << u"x labeled=yes"_s
                                 << u"Expected true or false after 'labeled=' at column 11"_s << 11;
    QTest::newRow("unknown media type")
        << u"media:PHOTO"_s
        << u"Unknown media type 'PHOTO' at column 7; the media types are IMAGE, VIDEO, TEXT, "
           "AUDIO, PDF, HTML, CONVERSATIONAL, DICOM, TMS_GEO, TMS_SIMPLE, POINT_CLOUD, "
           "LLM_PROMPT_CREATION, LLM_PROMPT_RESPONSE_CREATION, UNKNOWN"_s
        << 7;
    QTest::newRow("bad date")
        << u"created>yesterday"_s
        << u"Expected a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM:SS) after "
           "'created>' at column 9"_s
        << 9;
    QTest::newRow("no such day")
        << u"updated:2026-02-30"_s
        << u"Expected a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM:SS) after "
           "'updated:' at column 9"_s
        << 9;
    QTest::newRow("bad time")
        << u"created_at<2026-01-01T25:00"_s
        << u"Expected a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM:SS) after "
           "'created_at<' at column 12"_s
        << 12;
    QTest::newRow("date with a wildcard")
        << u"created:2026-*"_s
        << u"Expected a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM:SS) after "
           "'created:' at column 9"_s
        << 9;
    QTest::newRow("unclosed parenthesis")
        << u"(a OR b"_s << u"Missing ')' for the '(' at column 1"_s << 1;
    QTest::newRow("unclosed inner parenthesis")
        << u"(a (b c)"_s << u"Missing ')' for the '(' at column 1"_s << 1;
    QTest::newRow("lone '('") << u"a ("_s << u"Missing ')' for the '(' at column 3"_s << 3;
    QTest::newRow("negated '('") << u"-("_s << u"Missing ')' for the '(' at column 2"_s << 2;
    QTest::newRow("unopened parenthesis") << u"a)"_s << u"Unexpected ')' at column 2"_s << 2;
    QTest::newRow("one ')' too many") << u"(a OR b)) c"_s << u"Unexpected ')' at column 9"_s << 9;
    QTest::newRow("starts with ')'") << u") a"_s << u"Unexpected ')' at column 1"_s << 1;
    QTest::newRow("empty parentheses")
        << u"a ()"_s << u"Expected a term after '(' at column 4"_s << 4;
    QTest::newRow("'(' right after a word")
        << u"img(1).jpg"_s
        << u"Unexpected '(' at column 4; put values that hold parentheses in quotes"_s << 4;
    QTest::newRow("'(' right after a value")
        << u"global_key:a(1)"_s
        << u"Unexpected '(' at column 13; put values that hold parentheses in quotes"_s << 13;
    QTest::newRow("unclosed quote")
        << u"\"abc"_s << u"Missing the closing quote for the quote at column 1"_s << 1;
    QTest::newRow("unclosed quoted value")
        << u"a tag:\"rainy day"_s << u"Missing the closing quote for the quote at column 7"_s << 7;
    QTest::newRow("escaped closing quote")
        << u"\"abc\\\""_s << u"Missing the closing quote for the quote at column 1"_s << 1;
    QTest::newRow("empty quotes") << u"a \"\""_s
                                  << u"Expected a word between the quotes at column 3"_s << 3;
    QTest::newRow("OR first") << u"OR a"_s << u"Expected a term before 'OR' at column 1"_s << 1;
    QTest::newRow("OR last") << u"a OR"_s << u"Expected a term after 'OR' at column 5"_s << 5;
    QTest::newRow("OR twice") << u"a OR OR b"_s << u"Expected a term after 'OR' at column 6"_s << 6;
    QTest::newRow("OR before ')'")
        << u"(a OR) b"_s << u"Expected a term after 'OR' at column 6"_s << 6;
    QTest::newRow("OR after '('") << u"(OR a)"_s << u"Expected a term before 'OR' at column 2"_s
                                  << 2;
    QTest::newRow("AND first") << u"AND a"_s << u"Expected a term before 'AND' at column 1"_s << 1;
    QTest::newRow("AND last") << u"a AND"_s << u"Expected a term after 'AND' at column 6"_s << 6;
    QTest::newRow("AND OR") << u"a AND OR b"_s << u"Expected a term after 'AND' at column 7"_s << 7;
    QTest::newRow("OR AND") << u"a OR AND b"_s << u"Expected a term after 'OR' at column 6"_s << 6;
    QTest::newRow("dangling '-'") << u"a -"_s << u"Expected a term after '-' at column 4"_s << 4;
    QTest::newRow("'-' and a space") << u"- a"_s << u"Expected a term after '-' at column 2"_s << 2;
    QTest::newRow("'-' before ')'")
        << u"(a -)"_s << u"Expected a term after '-' at column 5"_s << 5;
    QTest::newRow("'-' before OR")
        << u"a -OR b"_s << u"Expected a term after '-' at column 4"_s << 4;
    QTest::newRow("'-' alone") << u"-"_s << u"Expected a term after '-' at column 2"_s << 2;
}

void TestFilter::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, column);
    int errorColumn = -1;
    auto filter = Filter::parse(text, &errorColumn);
    QVERIFY(!filter.ok());
    QCOMPARE(filter.error().code, ErrorCode::InvalidInput);
    QCOMPARE(filter.error().message, message);
    QCOMPARE(errorColumn, column);
}

void TestFilter::tooDeep()
{
    const int ok = Filter::kMaxDepth;
    const QString fine = QString(ok, u'(') + u"a"_s + QString(ok, u')');
    int column = -1;
    QVERIFY(Filter::parse(fine, &column).ok());
    QCOMPARE(column, 0);
    const QString deep = QString(200, u'(') + u"a"_s + QString(200, u')');
    auto filter = Filter::parse(deep, &column);
    QVERIFY(!filter.ok());
    QCOMPARE(filter.error().message,
             u"A filter nests parentheses and '-' at most 64 deep; too deep at column 66"_s);
    QCOMPARE(column, 66);
    auto negations = Filter::parse(QString(100, u'-') + u"a"_s, &column);
    QVERIFY(!negations.ok());
    QCOMPARE(column, 66);
}

void TestFilter::tooManyTerms()
{
    QStringList words;
    for (int i = 0; i < Filter::kMaxTerms; ++i) {
        words.append(u"w"_s);
    }
    QVERIFY(Filter::parse(words.join(u' ')).ok());
    words.append(u"w"_s);
    int column = -1;
    auto filter = Filter::parse(words.join(u' '), &column);
    QVERIFY(!filter.ok());
    QCOMPARE(filter.error().message,
             u"A filter holds at most 256 terms; one too many at column 513"_s);
    QCOMPARE(column, 513);
}

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
