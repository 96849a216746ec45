#include "inputitem.h"
#include "metadataschema.h"
#include "metadatavalue.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

namespace {

struct ReadResult {
    QVector<InputItem> items;
    InputReader::Format format = InputReader::Format::Unknown;
    QString fatalError;
};

ReadResult readAll(const QByteArray &input, SpecMode mode = SpecMode::Create,
                   const QString &baseDir = QDir::tempPath())
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    InputReader reader(&buffer, mode, baseDir);
    ReadResult result;
    InputItem item;
    while (reader.next(item)) {
        result.items.append(item);
    }
    result.format = reader.format();
    result.fatalError = reader.fatalError();
    return result;
}

QString rowDataOf(const InputItem &item)
{
    return item.spec && item.spec->rowData ? *item.spec->rowData : QString();
}

// An input made up on the fly, one line (or array element) at a time, so that the test
// does not hold it in memory either.
class GeneratedInput final : public QIODevice {
public:
    GeneratedInput(qint64 count, bool asArray)
        : m_count(count)
        , m_asArray(asArray)
    {}

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_pending.size() + (m_done ? 0 : 1) + QIODevice::bytesAvailable();
    }
    qint64 produced() const { return m_produced; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        while (m_pending.size() < maxSize && !m_done) {
            produce();
        }
        const qint64 n = qMin<qint64>(maxSize, m_pending.size());
        std::memcpy(data, m_pending.constData(), size_t(n));
        m_pending.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void produce()
    {
        QByteArray chunk;
        if (m_asArray && m_next == 0) {
            chunk += "[\n";
        }
        if (m_next < m_count) {
            chunk += R"({"row_data": "https://example.com/)" + QByteArray::number(m_next) +
                     R"(.jpg", "global_key": "k)" + QByteArray::number(m_next) + "\"}";
            ++m_next;
            chunk += m_asArray ? (m_next < m_count ? ",\n" : "\n]\n") : "\n";
        } else {
            if (m_asArray && m_count == 0) {
                chunk += "]";
            }
            m_done = true;
        }
        m_produced += chunk.size();
        m_pending += chunk;
    }

    qint64 m_count;
    bool m_asArray;
    qint64 m_next = 0;
    qint64 m_produced = 0;
    bool m_done = false;
    QByteArray m_pending;
};

// Labelbox-style label values, keys in Labelbox's order (not sorted), numbers as Labelbox
// writes them, spaced out with every kind of white space a line may hold ...
const QByteArray kAnnotations =
    "{ \"objects\" :[ {\"feature_id\":\"f1\", \"name\" : \"car\",\t\"annotation_kind\":"
    "\"ImageBoundingBox\",\r\"classifications\" : [ { \"feature_id\" : \"f2\", \"name\" : "
    "\"colour\", \"radio_answer\" : { \"feature_id\" : \"f3\", \"name\" : \"red \\\"dark\\\"\", "
    "\"classifications\" : [ ] } } ] , \"bounding_box\" : { \"top\" : 512.50, \"left\" : 240, "
    "\"height\" : 1.8e2, \"width\" : 320.0 } } ], \"classifications\" : [ ] ,\t"
    "\"relationships\" : [ ] }";
const QByteArray kReviews =
    "[ { \"id\" : \"r1\", \"score\" : 1.0, \"created_at\" : \"2026-12-01T00:00:00Z\" } ]";
// ... and written compact, by hand.
const QByteArray kCompactAnnotations =
    R"({"objects":[{"feature_id":"f1","name":"car","annotation_kind":"ImageBoundingBox",)"
    R"("classifications":[{"feature_id":"f2","name":"colour","radio_answer":{"feature_id":"f3",)"
    R"("name":"red \"dark\"","classifications":[]}}],"bounding_box":{"top":512.50,"left":240,)"
    R"("height":1.8e2,"width":320.0}}],"classifications":[],"relationships":[]})";
const QByteArray kCompactReviews = R"([{"id":"r1","score":1.0,"created_at":"2026-12-01T00:00:00Z"})"
                                   R"(])";

const QString kLaterProject = u"cz000000000000000000000zz"_s; // written first
const QString kEarlierProject = u"ca000000000000000000000aa"_s;

// An export line in Rowscope's key order with the values above, on one line (spaces, tabs
// and a carriage return between tokens), its projects written out of id order.
QByteArray spacedExportLine()
{
    QByteArray label = R"({ "label_kind" : "Default", "version" : "1.0.0", "id" : "@ID",)"
                       R"( "label_details" : { "created_at" : "2026-12-01T13:55:40.120+00:00",)"
                       R"( "updated_at" : "2026-12-01T13:55:40.120+00:00",)"
                       R"( "created_by" : "ben@example.com",)"
                       R"( "content_last_updated_at" : "2026-12-01T13:55:40.120+00:00",)"
                       R"( "reviews" : @REVIEWS }, "performance_details" : {)"
                       R"( "seconds_to_create" : 41.5, "seconds_to_review" : 0,)"
                       R"( "skipped" : false }, "annotations" : @ANNOTATIONS })";
    QByteArray first = label;
    first.replace("@ID", "cl1").replace("@REVIEWS", kReviews).replace("@ANNOTATIONS", kAnnotations);
    QByteArray second = label;
    second.replace("@ID", "cl2")
        .replace("@REVIEWS", "[]")
        .replace("@ANNOTATIONS", R"({"objects":[],"classifications":[],"relationships":[]})");
    QByteArray line =
        "{ \"data_row\" : {\"id\":\"cr1\", \"global_key\" : \"k 1\",\t\"row_data\":\"a  b\","
        "\"details\":{\"dataset_id\":\"cd\",\"dataset_name\":\"D\","
        "\"created_at\":\"2026-11-30T09:15:02.431+00:00\",\"updated_at\":"
        "\"2026-11-30T09:15:02.431+00:00\",\"last_activity_at\":\"2026-11-30T09:15:02.431+00:00\","
        "\"created_by\":\"ana@example.com\"}} ,\r \"media_attributes\":{\"asset_type\":\"text\","
        "\"mime_type\":\"text/plain\"}, \"attachments\":[{\"type\":\"RAW_TEXT\",\"value\":\"a  b\","
        "\"name\":\"n\"}], \"metadata_fields\" : [ {\"schema_id\":\"cko8s9r5v0001h2dk9elqdidh\","
        "\"schema_name\":\"tag\",\"value\":\"x  y\"} ], \"embeddings\" : [ ], \"projects\" : { \"" +
        kLaterProject.toUtf8() + "\" : { \"name\" : \"Later\", \"labels\" : [ " + first + " , " +
        second +
        " ], \"project_details\" : { \"selected_label_id\" : \"cl1\", \"workflow_status\" : "
        "\"DONE\" } },\t\"" +
        kEarlierProject.toUtf8() +
        "\" : { \"name\" : \"Earlier\", "
        "\"labels\" : [ ], \"project_details\" : { \"selected_label_id\" : null, "
        "\"workflow_status\" : \"TO_LABEL\" } } } }";
    return line;
}

// Insignificant white space removed, written the plain way (not RawJson's).
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

// The line an item's export record writes, metadata resolved as the store would.
QByteArray exportedAgain(const InputItem &item)
{
    ExportRecord record = item.exportLine->record;
    const MetadataSchemaSet schemas(ReservedMetadata::all());
    record.metadata = MetadataValues::resolveAll(schemas, item.exportLine->metadataFields).value();
    return ExportLines::toLine(record, ExportParams::all());
}

} // namespace

class TestInputReader final : public QObject {
    Q_OBJECT

private slots:
    void ndjsonBlankLinesCount();
    void ndjsonCrlf();
    void byteOrderMark();
    void badLineFailsAlone();
    void twoValuesOnOneLine();
    void longBadLineIsShortened();
    void lastLineWithoutNewline();
    void jsonArray();
    void jsonArrayTrickyStrings();
    void jsonArrayBadElement();
    void unclosedArray_data();
    void unclosedArray();
    void textAfterArray_data();
    void textAfterArray();
    void emptyInput_data();
    void emptyInput();
    void exportLinesDetected();
    void exportLineKeepsLabelText_data();
    void exportLineKeepsLabelText();
    void itemThatIsANumber();
    void bareStringItems();
    void upsertMode();
    void largeNdjson();
    void largeJsonArray();
};

void TestInputReader::ndjsonBlankLinesCount()
{
    const ReadResult read = readAll("\n"
                                    R"({"row_data": "a"})"
                                    "\n\n   \n"
                                    R"({"row_data": "b"})"
                                    "\n\t\n"
                                    R"({"row_data": "c"})"
                                    "\n");
    QCOMPARE(read.format, InputReader::Format::Ndjson);
    QVERIFY(read.fatalError.isNull());
    QCOMPARE(read.items.size(), 3);
    QCOMPARE(read.items[0].position.number, 2);
    QCOMPARE(read.items[1].position.number, 5);
    QCOMPARE(read.items[2].position.number, 7);
    for (const InputItem &item : read.items) {
        QVERIFY2(!item.failed(), qPrintable(item.error));
        QVERIFY(!item.position.isIndex);
    }
    QCOMPARE(rowDataOf(read.items[0]), u"a"_s);
    QCOMPARE(rowDataOf(read.items[2]), u"c"_s);
}

void TestInputReader::ndjsonCrlf()
{
    const ReadResult read = readAll("{\"row_data\": \"a\"}\r\n\r\n{\"row_data\": \"b\"}\r\n");
    QCOMPARE(read.items.size(), 2);
    QVERIFY2(!read.items[0].failed(), qPrintable(read.items[0].error));
    QVERIFY2(!read.items[1].failed(), qPrintable(read.items[1].error));
    QCOMPARE(rowDataOf(read.items[0]), u"a"_s);
    QCOMPARE(rowDataOf(read.items[1]), u"b"_s);
    QCOMPARE(read.items[1].position.number, 3);
}

void TestInputReader::byteOrderMark()
{
    const ReadResult ndjson = readAll("\xEF\xBB\xBF{\"row_data\": \"a\"}\n{\"row_data\": \"b\"}\n");
    QCOMPARE(ndjson.format, InputReader::Format::Ndjson);
    QCOMPARE(ndjson.items.size(), 2);
    QVERIFY2(!ndjson.items[0].failed(), qPrintable(ndjson.items[0].error));
    QCOMPARE(ndjson.items[0].position.number, 1);
    QCOMPARE(rowDataOf(ndjson.items[0]), u"a"_s);

    const ReadResult array = readAll("\xEF\xBB\xBF\n[{\"row_data\": \"a\"}]");
    QCOMPARE(array.format, InputReader::Format::JsonArray);
    QCOMPARE(array.items.size(), 1);
    QVERIFY2(!array.items[0].failed(), qPrintable(array.items[0].error));

    const ReadResult bomOnly = readAll("\xEF\xBB\xBF");
    QVERIFY(bomOnly.items.isEmpty());
    QVERIFY(bomOnly.fatalError.isNull());
}

void TestInputReader::badLineFailsAlone()
{
    const ReadResult read = readAll(R"({"row_data": "a"})"
                                    "\n"
                                    "this line is not json\n"
                                    R"({"row_data": "b", )"
                                    "\n"
                                    R"({"row_data": "c"})");
    QCOMPARE(read.items.size(), 4);
    QVERIFY(read.fatalError.isNull());
    QVERIFY(!read.items[0].failed());
    QVERIFY(read.items[1].failed());
    QCOMPARE(read.items[1].position.number, 2);
    QCOMPARE(read.items[1].original, QJsonValue(u"this line is not json"_s));
    QVERIFY(!read.items[1].spec);
    QVERIFY2(read.items[1].error.contains(u"2"_s), qPrintable(read.items[1].error));
    QVERIFY(read.items[2].failed());
    QCOMPARE(read.items[2].position.number, 3);
    QCOMPARE(read.items[2].original, QJsonValue(uR"({"row_data": "b", )"_s));
    QVERIFY(!read.items[3].failed());
    QCOMPARE(rowDataOf(read.items[3]), u"c"_s);
}

void TestInputReader::twoValuesOnOneLine()
{
    const ReadResult read = readAll(R"({"row_data": "a"}, {"row_data": "b"})"
                                    "\n"
                                    R"({"row_data": "a"} {"row_data": "b"})"
                                    "\n");
    QCOMPARE(read.items.size(), 2);
    QVERIFY(read.items[0].failed());
    QVERIFY(read.items[1].failed());
}

void TestInputReader::longBadLineIsShortened()
{
    const QByteArray line(5000, 'x');
    const ReadResult read = readAll(line + '\n');
    QCOMPARE(read.items.size(), 1);
    QVERIFY(read.items[0].failed());
    const QString original = read.items[0].original.toString();
    QVERIFY(original.size() <= InputReader::kMaxQuotedLine + 1);
    QVERIFY(original.startsWith(QString(100, u'x')));
}

void TestInputReader::lastLineWithoutNewline()
{
    const ReadResult read = readAll(R"({"row_data": "a"})"
                                    "\n"
                                    R"({"row_data": "b"})");
    QCOMPARE(read.items.size(), 2);
    QCOMPARE(rowDataOf(read.items[1]), u"b"_s);
    QCOMPARE(read.items[1].position.number, 2);
}

void TestInputReader::jsonArray()
{
    const QByteArray input = test::fixture(u"create-specs.example.json"_s);
    const ReadResult read = readAll(input);
    QCOMPARE(read.format, InputReader::Format::JsonArray);
    QVERIFY2(read.fatalError.isNull(), qPrintable(read.fatalError));
    QCOMPARE(read.items.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(!read.items[i].failed(), qPrintable(read.items[i].error));
        QVERIFY(read.items[i].position.isIndex);
        QCOMPARE(read.items[i].position.number, i);
    }
    QCOMPARE(rowDataOf(read.items[1]), u"A plain text row: the quick brown fox."_s);
    QCOMPARE(read.items[0].original.toObject().value(u"global_key"_s).toString(),
             u"street-scenes/0001.jpg"_s);
}

void TestInputReader::jsonArrayTrickyStrings()
{
    const QByteArray input = R"(  [
    {
        "row_data": "a, b ] c } d [ e {",
        "global_key": "k1"
    },
    {"row_data": "she said \"]\", then \"}\"", "external_id": "x,y"} ,
    {"row_data": "ends with a backslash \\", "external_id": "]"},
    {"row_data": {"type": "t", "list": [1, [2, {"a": "]"}]]}}
]
)";
    const ReadResult read = readAll(input);
    QCOMPARE(read.format, InputReader::Format::JsonArray);
    QVERIFY2(read.fatalError.isNull(), qPrintable(read.fatalError));
    QCOMPARE(read.items.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(!read.items[i].failed(), qPrintable(read.items[i].error));
        QCOMPARE(read.items[i].position.number, i);
    }
    QCOMPARE(rowDataOf(read.items[0]), u"a, b ] c } d [ e {"_s);
    QCOMPARE(read.items[0].spec->globalKey, std::optional(u"k1"_s));
    QCOMPARE(rowDataOf(read.items[1]), u"she said \"]\", then \"}\""_s);
    QCOMPARE(read.items[1].spec->externalId, std::optional(u"x,y"_s));
    QCOMPARE(rowDataOf(read.items[2]), u"ends with a backslash \\"_s);
    QCOMPARE(read.items[2].spec->externalId, std::optional(u"]"_s));
    QCOMPARE(QJsonDocument::fromJson(rowDataOf(read.items[3]).toUtf8()).object(),
             QJsonDocument::fromJson(R"({"type": "t", "list": [1, [2, {"a": "]"}]]})").object());
}

void TestInputReader::jsonArrayBadElement()
{
    const ReadResult read = readAll(R"([{"row_data": "a"}, nope, {"row_data": "b", "colour": 1},
                                       {"row_data": "c"}])");
    QCOMPARE(read.items.size(), 4);
    QVERIFY(!read.items[0].failed());
    QVERIFY(read.items[1].failed());
    QCOMPARE(read.items[1].position.number, 1);
    QVERIFY(read.items[1].position.isIndex);
    QCOMPARE(read.items[1].original, QJsonValue(u"nope"_s));
    QVERIFY(read.items[2].failed());
    QCOMPARE(read.items[2].error, u"Invalid attribute: 'colour'"_s);
    QCOMPARE(read.items[2].original.toObject().value(u"colour"_s).toInt(), 1);
    QVERIFY(!read.items[3].failed());
    QCOMPARE(read.items[3].position.number, 3);
}

void TestInputReader::unclosedArray_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("goodItems");
    QTest::newRow("open bracket only") << QByteArray("[") << 0;
    // The last item is whole: it counts, and the missing ']' is still reported.
    QTest::newRow("no closing bracket")
        << QByteArray(R"([{"row_data": "a"}, {"row_data": "b"})") << 2;
    QTest::newRow("ends after a comma") << QByteArray(R"([{"row_data": "a"},)") << 1;
    QTest::newRow("ends inside an object")
        << QByteArray(R"([{"row_data": "a"}, {"row_data": )") << 1;
    QTest::newRow("ends inside a string") << QByteArray(R"([{"row_data": "a]}, )") << 0;
    QTest::newRow("stray closing brace") << QByteArray(R"([{"row_data": "a"}}])") << 0;
}

void TestInputReader::unclosedArray()
{
    QFETCH(QByteArray, input);
    QFETCH(int, goodItems);
    const ReadResult read = readAll(input);
    QCOMPARE(read.format, InputReader::Format::JsonArray);
    QVERIFY(!read.fatalError.isEmpty());
    int good = 0;
    for (const InputItem &item : read.items) {
        good += item.failed() ? 0 : 1;
    }
    QCOMPARE(good, goodItems);
}

void TestInputReader::textAfterArray_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("items");
    QTest::addColumn<bool>("fatal");
    QTest::newRow("white space") << QByteArray("[{\"row_data\": \"a\"}]  \r\n\n\t") << 1 << false;
    QTest::newRow("a word") << QByteArray(R"([{"row_data": "a"}] garbage)") << 1 << true;
    QTest::newRow("a second array") << QByteArray(R"([{"row_data": "a"}]
[{"row_data": "b"}])") << 1 << true;
    QTest::newRow("an item after the bracket")
        << QByteArray(R"([{"row_data": "a"}], {"row_data": "b"})") << 1 << true;
    QTest::newRow("after an empty array") << QByteArray(R"([] {"row_data": "b"})") << 0 << true;
}

void TestInputReader::textAfterArray()
{
    QFETCH(QByteArray, input);
    QFETCH(int, items);
    QFETCH(bool, fatal);
    const ReadResult read = readAll(input);
    QCOMPARE(read.format, InputReader::Format::JsonArray);
    QCOMPARE(read.items.size(), items);
    // Items after the array are not dropped without a word.
    QCOMPARE(!read.fatalError.isEmpty(), fatal);
}

void TestInputReader::emptyInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("blank lines") << QByteArray("\n\n  \r\n\t\n");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("empty array, spaced") << QByteArray(" [ \n ] \n");
}

void TestInputReader::emptyInput()
{
    QFETCH(QByteArray, input);
    const ReadResult read = readAll(input);
    QVERIFY(read.items.isEmpty());
    QVERIFY2(read.fatalError.isNull(), qPrintable(read.fatalError));
}

void TestInputReader::exportLinesDetected()
{
    const QByteArray exportLine =
        QJsonDocument::fromJson(test::fixture(u"export-line.example.json"_s))
            .toJson(QJsonDocument::Compact);
    QVERIFY(!exportLine.isEmpty());
    const ReadResult read = readAll(exportLine + "\n" + R"({"row_data": "a"})" + "\n" +
                                    R"({"data_row": {"row_data": "no id"}})" + "\n");
    QCOMPARE(read.items.size(), 3);
    QVERIFY2(!read.items[0].failed(), qPrintable(read.items[0].error));
    QVERIFY(read.items[0].exportLine);
    QVERIFY(!read.items[0].spec);
    QCOMPARE(read.items[0].exportLine->record.row.id, u"clx4m2k9p000108l2a7fh3c9q"_s);
    QVERIFY(!read.items[1].exportLine);
    QVERIFY(read.items[1].spec);
    // An export line that is broken fails as an export line, not as an unknown attribute.
    QVERIFY(read.items[2].failed());
    QVERIFY2(read.items[2].error.contains(u"data_row.id"_s), qPrintable(read.items[2].error));
}

void TestInputReader::exportLineKeepsLabelText_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("items");
    const QByteArray line = spacedExportLine();
    QVERIFY(!line.contains('\n'));
    QTest::newRow("ndjson") << QByteArray("\n" + line + "\r\n" + line + "\n") << 2;
    // In a JSON array an element may span lines.
    QByteArray pretty = line;
    pretty.replace(", ", ",\n    ").replace("{ ", "{\n  ");
    QTest::newRow("json array") << QByteArray("[\n" + pretty + " ,\n\t" + line + "\n]\n") << 2;
    QTest::newRow("after other items")
        << QByteArray(R"({"row_data": "a"})"
                      "\n"
                      R"({"data_row": {"id": "cx", "row_data": "b"}})"
                      "\n" +
                      line)
        << 3;
}

void TestInputReader::exportLineKeepsLabelText()
{
    QFETCH(QByteArray, input);
    QFETCH(int, items);
    const ReadResult read = readAll(input);
    QVERIFY2(read.fatalError.isNull(), qPrintable(read.fatalError));
    QCOMPARE(read.items.size(), items);
    const QByteArray expectedLine = plainMinify(spacedExportLine());
    int checked = 0;
    for (const InputItem &item : read.items) {
        QVERIFY2(!item.failed(), qPrintable(item.error));
        if (!item.exportLine || item.exportLine->record.row.id != u"cr1"_s) {
            continue;
        }
        ++checked;
        const ExportRecord &record = item.exportLine->record;
        QCOMPARE(record.projects.size(), 2);
        QCOMPARE(record.projects[0].projectId, kLaterProject);
        QCOMPARE(record.projects[1].projectId, kEarlierProject);
        const Label &label = record.projects[0].labels[0];
        QCOMPARE(label.annotationsJson, kCompactAnnotations);
        QCOMPARE(label.reviewsJson, kCompactReviews);
        QCOMPARE(QJsonDocument::fromJson(label.annotationsJson),
                 QJsonDocument::fromJson(kAnnotations));

        // Written back: those values byte for byte, the whole line as the input written compact.
        const QByteArray again = exportedAgain(item);
        QVERIFY(again.contains(QByteArray(R"("annotations":)" + kCompactAnnotations + '}')));
        QVERIFY(again.contains(QByteArray(R"("reviews":)" + kCompactReviews + '}')));
        QCOMPARE(again, expectedLine);

        // And that line read again writes itself.
        const ReadResult twice = readAll(again);
        QCOMPARE(twice.items.size(), 1);
        QVERIFY2(!twice.items[0].failed(), qPrintable(twice.items[0].error));
        QCOMPARE(exportedAgain(twice.items[0]), expectedLine);
    }
    QCOMPARE(checked, items == 3 ? 1 : 2);
}

void TestInputReader::itemThatIsANumber()
{
    const ReadResult ndjson = readAll("42\n{\"row_data\": \"a\"}\nnull\ntrue\n");
    QCOMPARE(ndjson.items.size(), 4);
    QVERIFY(ndjson.items[0].failed());
    QCOMPARE(ndjson.items[0].original, QJsonValue(42));
    QVERIFY(!ndjson.items[1].failed());
    QVERIFY(ndjson.items[2].failed());
    QVERIFY(ndjson.items[3].failed());

    const ReadResult array = readAll("[42, {\"row_data\": \"a\"}, 1.5]");
    QCOMPARE(array.format, InputReader::Format::JsonArray);
    QCOMPARE(array.items.size(), 3);
    QVERIFY(array.items[0].failed());
    QCOMPARE(array.items[0].position.number, 0);
    QVERIFY(!array.items[1].failed());
    QVERIFY(array.items[2].failed());
}

void TestInputReader::bareStringItems()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"a.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();
    const QString absolute = QFileInfo(file).absoluteFilePath();

    const ReadResult ndjson = readAll("\"a.txt\"\n\"missing.txt\"\n", SpecMode::Create, dir.path());
    QCOMPARE(ndjson.items.size(), 2);
    QVERIFY2(!ndjson.items[0].failed(), qPrintable(ndjson.items[0].error));
    QCOMPARE(rowDataOf(ndjson.items[0]), absolute);
    QVERIFY(ndjson.items[1].failed());
    QVERIFY2(ndjson.items[1].error.contains(dir.filePath(u"missing.txt"_s)),
             qPrintable(ndjson.items[1].error));

    const ReadResult array = readAll("[\"a.txt\"]", SpecMode::Create, dir.path());
    QCOMPARE(array.items.size(), 1);
    QCOMPARE(rowDataOf(array.items[0]), absolute);
}

void TestInputReader::upsertMode()
{
    const ReadResult read =
        readAll(test::fixture(u"upsert-specs.example.ndjson"_s), SpecMode::Upsert);
    QCOMPARE(read.items.size(), 3);
    QVERIFY(read.items[0].spec->key);
    QCOMPARE(read.items[0].spec->key->value, u"street-scenes/0001.jpg"_s);
}

void TestInputReader::largeNdjson()
{
    constexpr qint64 kLines = 200000;
    GeneratedInput input(kLines, false);
    QVERIFY(input.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    InputReader reader(&input, SpecMode::Create, QDir::tempPath());
    InputItem item;
    QVERIFY(reader.next(item));
    // Streaming: the first item is there long before the input is read.
    QVERIFY2(reader.bytesRead() < 1024 * 1024, qPrintable(QString::number(reader.bytesRead())));
    qint64 count = 1;
    qint64 failed = item.failed() ? 1 : 0;
    while (reader.next(item)) {
        ++count;
        failed += item.failed() ? 1 : 0;
    }
    QCOMPARE(count, kLines);
    QCOMPARE(failed, 0);
    QCOMPARE(item.position.number, kLines);
    QCOMPARE(*item.spec->globalKey, u"k"_s + QString::number(kLines - 1));
    QCOMPARE(reader.bytesRead(), input.produced());
    QVERIFY(reader.fatalError().isNull());
}

void TestInputReader::largeJsonArray()
{
    constexpr qint64 kItems = 100000;
    GeneratedInput input(kItems, true);
    QVERIFY(input.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    InputReader reader(&input, SpecMode::Create, QDir::tempPath());
    InputItem item;
    QVERIFY(reader.next(item));
    QCOMPARE(reader.format(), InputReader::Format::JsonArray);
    QVERIFY2(reader.bytesRead() < 1024 * 1024, qPrintable(QString::number(reader.bytesRead())));
    qint64 count = 1;
    qint64 failed = item.failed() ? 1 : 0;
    while (reader.next(item)) {
        ++count;
        failed += item.failed() ? 1 : 0;
    }
    QCOMPARE(count, kItems);
    QCOMPARE(failed, 0);
    QCOMPARE(item.position.number, kItems - 1);
    QVERIFY2(reader.fatalError().isNull(), qPrintable(reader.fatalError()));
}

QTEST_GUILESS_MAIN(TestInputReader)
#include "tst_inputreader.moc"
