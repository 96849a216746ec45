#include "keyassignmentfile.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

namespace {

using Pairs = QList<QPair<QString, QString>>;

Pairs pairs(const QVector<GlobalKeyAssignment> &assignments)
{
    Pairs result;
    for (const GlobalKeyAssignment &assignment : assignments) {
        result.append({assignment.dataRowId, assignment.globalKey});
    }
    return result;
}

} // namespace

class TestKeyAssignmentFile final : public QObject {
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void valuesAreNeverNull();
    void rejects_data();
    void rejects();
    void readsFromADevice();
    void unreadableDevice();
};

void TestKeyAssignmentFile::parses_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<Pairs>("expected");

    const Pairs two{{u"c1"_s, u"a"_s}, {u"c2"_s, u"b"_s}};
    QTest::newRow("csv") << QByteArray("data_row_id,global_key\nc1,a\nc2,b\n") << two;
    QTest::newRow("csv without final newline")
        << QByteArray("data_row_id,global_key\nc1,a\nc2,b") << two;
    QTest::newRow("csv crlf") << QByteArray("data_row_id,global_key\r\nc1,a\r\nc2,b\r\n") << two;
    QTest::newRow("csv lone cr") << QByteArray("data_row_id,global_key\rc1,a\rc2,b") << two;
    QTest::newRow("csv bom") << QByteArray("\xEF\xBB\xBF"
                                           "data_row_id,global_key\nc1,a\nc2,b\n")
                             << two;
    QTest::newRow("csv columns swapped")
        << QByteArray("global_key,data_row_id\na,c1\nb,c2\n") << two;
    QTest::newRow("csv header spaces and case")
        << QByteArray(" Data_Row_ID , GLOBAL_KEY \nc1,a\nc2,b\n") << two;
    QTest::newRow("csv blank lines skipped")
        << QByteArray("\n\ndata_row_id,global_key\n\nc1,a\n   \n\r\nc2,b\n\n") << two;
    QTest::newRow("csv extra columns ignored")
        << QByteArray("note,data_row_id,global_key,more\nx,c1,a,y\n,c2,b,\n") << two;
    QTest::newRow("csv short row missing only an ignored column")
        << QByteArray("data_row_id,global_key,note\nc1,a\nc2,b,n\n") << two;
    QTest::newRow("csv quoted fields")
        << QByteArray("\"data_row_id\",\"global_key\"\n\"c1\",\"a,b\"\nc2,\"say \"\"hi\"\"\"\n")
        << Pairs{{u"c1"_s, u"a,b"_s}, {u"c2"_s, u"say \"hi\""_s}};
    QTest::newRow("csv quoted line break")
        << QByteArray("data_row_id,global_key\nc1,\"two\r\nlines\"\nc2,b\n")
        << Pairs{{u"c1"_s, u"two\r\nlines"_s}, {u"c2"_s, u"b"_s}};
    QTest::newRow("csv values kept exactly")
        << QByteArray("data_row_id,global_key\nc1, spaced \n") << Pairs{{u"c1"_s, u" spaced "_s}};
    QTest::newRow("csv quoted empty is a value")
        << QByteArray("data_row_id,global_key\nc1,\"\"\n") << Pairs{{u"c1"_s, u""_s}};
    QTest::newRow("csv utf-8") << QByteArray("data_row_id,global_key\nc1,caf\xC3\xA9\n")
                               << Pairs{{u"c1"_s, u"caf\u00e9"_s}};

    QTest::newRow("json") << QByteArray(R"([{"data_row_id": "c1", "global_key": "a"},
                                            {"global_key": "b", "data_row_id": "c2"}])")
                          << two;
    QTest::newRow("json bom and space")
        << QByteArray("\xEF\xBB\xBF  \n[{\"data_row_id\": \"c1\", \"global_key\": \"a\"}]")
        << Pairs{{u"c1"_s, u"a"_s}};
    QTest::newRow("json extra keys ignored")
        << QByteArray(R"([{"data_row_id": "c1", "global_key": "a", "note": 1}])")
        << Pairs{{u"c1"_s, u"a"_s}};
    QTest::newRow("json empty key is a value")
        << QByteArray(R"([{"data_row_id": "c1", "global_key": ""}])") << Pairs{{u"c1"_s, u""_s}};
}

void TestKeyAssignmentFile::parses()
{
    QFETCH(QByteArray, content);
    QFETCH(Pairs, expected);
    const auto parsed = KeyAssignmentFile::parse(content);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(pairs(*parsed), expected);
}

void TestKeyAssignmentFile::valuesAreNeverNull()
{
    // The store reads a null field as missing; an empty value must stay a (failing) value.
    for (const QByteArray &content : {QByteArray("data_row_id,global_key\n\"\",\"\"\n"),
                                      QByteArray(R"([{"data_row_id": "", "global_key": ""}])")}) {
        const auto parsed = KeyAssignmentFile::parse(content);
        QVERIFY(parsed.ok());
        QVERIFY(!parsed->first().dataRowId.isNull());
        QVERIFY(!parsed->first().globalKey.isNull());
    }
}

void TestKeyAssignmentFile::rejects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");

    const QString empty = u"The file is empty: there is nothing to assign."_s;
    const QString nothing = u"The file holds no assignments: it needs a data_row_id and a "
                            "global_key for at least one row."_s;
    QTest::newRow("empty") << QByteArray() << empty;
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << empty;
    QTest::newRow("blank lines") << QByteArray("\n \r\n\t\n") << empty;
    QTest::newRow("csv header only") << QByteArray("data_row_id,global_key\n\n") << nothing;
    QTest::newRow("json empty list") << QByteArray("[]") << nothing;

    QTest::newRow("csv no header")
        << QByteArray("c1,a\nc2,b\n")
        << u"The CSV header on line 1 has no data_row_id column: the first line must name the "
           "columns data_row_id and global_key."_s;
    QTest::newRow("csv header without key")
        << QByteArray("\ndata_row_id,key\nc1,a\n")
        << u"The CSV header on line 2 has no global_key column: the first line must name the "
           "columns data_row_id and global_key."_s;
    QTest::newRow("csv header twice")
        << QByteArray("data_row_id,global_key,Global_Key\nc1,a,b\n")
        << u"The CSV header on line 1 names the column global_key twice."_s;
    QTest::newRow("csv missing key") << QByteArray("data_row_id,global_key\nc1,a\n\nc2\nc3,c\n")
                                     << u"Line 4 has no global_key; nothing was assigned."_s;
    QTest::newRow("csv empty key") << QByteArray("data_row_id,global_key\nc1,a\r\nc2,\r\n")
                                   << u"Line 3 has no global_key; nothing was assigned."_s;
    QTest::newRow("csv missing id") << QByteArray("global_key,data_row_id\na,c1\nb,\n")
                                    << u"Line 3 has no data_row_id; nothing was assigned."_s;
    QTest::newRow("csv missing both names the id")
        << QByteArray("data_row_id,global_key\n,\n")
        << u"Line 2 has no data_row_id; nothing was assigned."_s;
    QTest::newRow("csv line after a quoted break")
        << QByteArray("data_row_id,global_key\nc1,\"a\nb\"\nc2\n")
        << u"Line 4 has no global_key; nothing was assigned."_s;
    QTest::newRow("csv unquoted comma")
        << QByteArray("data_row_id,global_key\nc1,a,b\n")
        << u"Line 2 has 3 fields but the header has 2. Quote a value that holds a comma."_s;
    QTest::newRow("csv unclosed quote")
        << QByteArray("data_row_id,global_key\nc1,a\nc2,\"b\nc3,c\n")
        << u"Line 3: a quoted field is not closed."_s;
    QTest::newRow("csv text after quote")
        << QByteArray("data_row_id,global_key\nc1,\"a\"b\n")
        << u"Line 2, field 2: text after a closing quote. A quote inside a quoted field is "
           "written twice (\"\")."_s;
    QTest::newRow("csv quote in unquoted field")
        << QByteArray("data_row_id,global_key\nc1,a\"b\n")
        << u"Line 2, field 2: a quote inside an unquoted field. Quote the whole field and write "
           "the quote twice (\"\")."_s;

    QTest::newRow("json malformed")
        << QByteArray("[\n  {\"data_row_id\": \"c1\", \"global_key\": \"a\"},\n  {\"data_row_id\" "
                      "\"c2\"}\n]")
        << u"The file is not valid JSON: missing name separator at line 3, column 19."_s;
    QTest::newRow("json truncated")
        << QByteArray(R"([{"data_row_id": "c1")")
        << u"The file is not valid JSON: unterminated string at line 1, column 22."_s;
    QTest::newRow("json object")
        << QByteArray(R"({"data_row_id": "c1", "global_key": "a"})")
        << uR"(A JSON file must be a list of {"data_row_id": ..., "global_key": ...} objects.)"_s;
    QTest::newRow("json ndjson")
        << QByteArray("{\"data_row_id\": \"c1\", \"global_key\": \"a\"}\n"
                      "{\"data_row_id\": \"c2\", \"global_key\": \"b\"}\n")
        << u"The file is not valid JSON: garbage at the end of the document at line 2, column 1."_s;
    QTest::newRow("json item not object")
        << QByteArray(R"([{"data_row_id": "c1", "global_key": "a"}, "c2"])")
        << u"The item at index 1 is not an object with data_row_id and global_key: c2"_s;
    QTest::newRow("json missing key")
        << QByteArray(R"([{"data_row_id": "c1", "global_key": "a"}, {"data_row_id": "c2"}])")
        << u"The item at index 1 has no global_key; nothing was assigned."_s;
    QTest::newRow("json null id") << QByteArray(R"([{"data_row_id": null, "global_key": "a"}])")
                                  << u"The item at index 0 has no data_row_id; nothing was "
                                     "assigned."_s;
    QTest::newRow("json number key")
        << QByteArray(R"([{"data_row_id": "c1", "global_key": 7}])")
        << u"The item at index 0: global_key must be a string, got 7."_s;
}

void TestKeyAssignmentFile::rejects()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const auto parsed = KeyAssignmentFile::parse(content);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QCOMPARE(parsed.error().message, message);
}

void TestKeyAssignmentFile::readsFromADevice()
{
    QByteArray content("data_row_id,global_key\nc1,a\n");
    QBuffer buffer(&content);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto parsed = KeyAssignmentFile::parse(&buffer);
    QVERIFY(parsed.ok());
    QCOMPARE(pairs(*parsed), (Pairs{{u"c1"_s, u"a"_s}}));
}

void TestKeyAssignmentFile::unreadableDevice()
{
    QBuffer closed;
    const auto parsed = KeyAssignmentFile::parse(&closed);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::Io);
    QVERIFY(!KeyAssignmentFile::parse(static_cast<QIODevice *>(nullptr)).ok());
}

QTEST_GUILESS_MAIN(TestKeyAssignmentFile)
#include "tst_keyassignmentfile.moc"
