#include "mediatype.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

Q_DECLARE_METATYPE(rowscope::MediaType)

class TestMediaType final : public QObject {
    Q_OBJECT

private slots:
    void allInSpecOrder();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void invalidMessage();
    void assetType_data();
    void assetType();
    void fromMimeType_data();
    void fromMimeType();
};

void TestMediaType::allInSpecOrder()
{
    const QStringList expected = {u"IMAGE"_s,
                                  u"VIDEO"_s,
                                  u"TEXT"_s,
                                  u"AUDIO"_s,
                                  u"PDF"_s,
                                  u"HTML"_s,
                                  u"CONVERSATIONAL"_s,
                                  u"DICOM"_s,
                                  u"TMS_GEO"_s,
                                  u"TMS_SIMPLE"_s,
                                  u"POINT_CLOUD"_s,
                                  u"LLM_PROMPT_CREATION"_s,
                                  u"LLM_PROMPT_RESPONSE_CREATION"_s,
                                  u"UNKNOWN"_s};
    QStringList names;
    for (const MediaType type : MediaTypes::all()) {
        names.append(MediaTypes::name(type));
    }
    QCOMPARE(names, expected);
    QCOMPARE(MediaTypes::all().last(), MediaType::Unknown);
}

void TestMediaType::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<MediaType>("type");
    const struct {
        const char *name;
        const char *lower;
        const char *mixed;
        MediaType type;
    } rows[] = {
        {"IMAGE", "image", "Image", MediaType::Image},
        {"VIDEO", "video", "viDeo", MediaType::Video},
        {"TEXT", "text", "Text", MediaType::Text},
        {"AUDIO", "audio", "AuDiO", MediaType::Audio},
        {"PDF", "pdf", "Pdf", MediaType::Pdf},
        {"HTML", "html", "Html", MediaType::Html},
        {"CONVERSATIONAL", "conversational", "Conversational", MediaType::Conversational},
        {"DICOM", "dicom", "Dicom", MediaType::Dicom},
        {"TMS_GEO", "tms_geo", "Tms_Geo", MediaType::TmsGeo},
        {"TMS_SIMPLE", "tms_simple", "tms_SIMPLE", MediaType::TmsSimple},
        {"POINT_CLOUD", "point_cloud", "Point_Cloud", MediaType::PointCloud},
        {"LLM_PROMPT_CREATION", "llm_prompt_creation", "Llm_Prompt_Creation",
         MediaType::LlmPromptCreation},
        {"LLM_PROMPT_RESPONSE_CREATION", "llm_prompt_response_creation",
         "LLM_prompt_RESPONSE_creation", MediaType::LlmPromptResponseCreation},
        {"UNKNOWN", "unknown", "Unknown", MediaType::Unknown},
    };
    for (const auto &row : rows) {
        QTest::addRow("%s", row.name) << QString::fromLatin1(row.name) << row.type;
        QTest::addRow("%s", row.lower) << QString::fromLatin1(row.lower) << row.type;
        QTest::addRow("%s", row.mixed) << QString::fromLatin1(row.mixed) << row.type;
    }
}

void TestMediaType::parse()
{
    QFETCH(QString, text);
    QFETCH(MediaType, type);
    const auto parsed = MediaTypes::parse(text);
    QVERIFY(parsed);
    QCOMPARE(*parsed, type);
    // The name is the upper-case spelling, and it parses back.
    QCOMPARE(MediaTypes::name(type), text.toUpper());
    QCOMPARE(MediaTypes::parse(MediaTypes::name(type)), std::optional<MediaType>(type));
}

void TestMediaType::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plural") << u"IMAGES"_s;
    QTest::newRow("synonym") << u"picture"_s;
    QTest::newRow("dash instead of underscore") << u"TMS-GEO"_s;
    QTest::newRow("no underscore") << u"POINTCLOUD"_s;
    QTest::newRow("prefix") << u"IMAG"_s;
    QTest::newRow("MIME type") << u"image/jpeg"_s;
}

void TestMediaType::parseRejects()
{
    QFETCH(QString, text);
    QVERIFY(!MediaTypes::parse(text));
}

void TestMediaType::invalidMessage()
{
    QCOMPARE(MediaTypes::invalidMessage(u"Picture"_s), u"Found invalid media type: 'Picture'"_s);
    QCOMPARE(MediaTypes::invalidMessage(QString()), u"Found invalid media type: ''"_s);
}

void TestMediaType::assetType_data()
{
    QTest::addColumn<MediaType>("type");
    QTest::addColumn<QString>("asset");
    QTest::newRow("image") << MediaType::Image << u"image"_s;
    QTest::newRow("text") << MediaType::Text << u"text"_s;
    QTest::newRow("conversational") << MediaType::Conversational << u"conversational"_s;
    QTest::newRow("tms_geo") << MediaType::TmsGeo << u"tms_geo"_s;
    QTest::newRow("llm_prompt_response_creation")
        << MediaType::LlmPromptResponseCreation << u"llm_prompt_response_creation"_s;
    QTest::newRow("unknown") << MediaType::Unknown << u"unknown"_s;
}

void TestMediaType::assetType()
{
    QFETCH(MediaType, type);
    QFETCH(QString, asset);
    QCOMPARE(MediaTypes::assetType(type), asset);
    // An export's asset_type reads back as the same type.
    QCOMPARE(MediaTypes::parse(asset), std::optional<MediaType>(type));
}

void TestMediaType::fromMimeType_data()
{
    QTest::addColumn<QString>("mime");
    QTest::addColumn<MediaType>("type");
    QTest::newRow("jpeg") << u"image/jpeg"_s << MediaType::Image;
    QTest::newRow("png") << u"image/png"_s << MediaType::Image;
    QTest::newRow("svg") << u"image/svg+xml"_s << MediaType::Image;
    QTest::newRow("mp4") << u"video/mp4"_s << MediaType::Video;
    QTest::newRow("webm") << u"video/webm"_s << MediaType::Video;
    QTest::newRow("mp3") << u"audio/mpeg"_s << MediaType::Audio;
    QTest::newRow("wav") << u"audio/x-wav"_s << MediaType::Audio;
    QTest::newRow("pdf") << u"application/pdf"_s << MediaType::Pdf;
    QTest::newRow("html") << u"text/html"_s << MediaType::Html;
    QTest::newRow("xhtml") << u"application/xhtml+xml"_s << MediaType::Html;
    QTest::newRow("plain text") << u"text/plain"_s << MediaType::Text;
    QTest::newRow("markdown") << u"text/markdown"_s << MediaType::Text;
    QTest::newRow("dicom") << u"application/dicom"_s << MediaType::Dicom;
    QTest::newRow("conversational")
        << u"application/vnd.labelbox.conversational"_s << MediaType::Conversational;
    QTest::newRow("octet-stream") << u"application/octet-stream"_s << MediaType::Unknown;
    QTest::newRow("zip") << u"application/zip"_s << MediaType::Unknown;
    QTest::newRow("empty") << QString() << MediaType::Unknown;
}

void TestMediaType::fromMimeType()
{
    QFETCH(QString, mime);
    QFETCH(MediaType, type);
    QCOMPARE(MediaTypes::fromMimeType(mime), type);
}

QTEST_GUILESS_MAIN(TestMediaType)
#include "tst_mediatype.moc"
