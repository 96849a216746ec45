#include "attachment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

Q_DECLARE_METATYPE(rowscope::AttachmentType)

namespace {

const QString kUnknownGif = u"attachment_type must be one of {IMAGE, VIDEO, RAW_TEXT, TEXT_URL, "
                            u"HTML, IMAGE_OVERLAY, PDF_URL, CAMERA_IMAGE, AUDIO}. Found GIF"_s;

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestAttachment final : public QObject {
    Q_OBJECT

private slots:
    void everyTypeParses_data();
    void everyTypeParses();
    void unknownType();
    void emptyOrNonStringValue_data();
    void emptyOrNonStringValue();
    void rawTextTakesAnyText_data();
    void rawTextTakesAnyText();
    void urlTypesNeedUrlOrPath_data();
    void urlTypesNeedUrlOrPath();
    void fromJson();
    void fromJsonRejects_data();
    void fromJsonRejects();
};

void TestAttachment::everyTypeParses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<AttachmentType>("type");
    QTest::newRow("IMAGE") << u"IMAGE"_s << AttachmentType::Image;
    QTest::newRow("VIDEO") << u"VIDEO"_s << AttachmentType::Video;
    QTest::newRow("RAW_TEXT") << u"RAW_TEXT"_s << AttachmentType::RawText;
    QTest::newRow("TEXT_URL") << u"TEXT_URL"_s << AttachmentType::TextUrl;
    QTest::newRow("HTML") << u"HTML"_s << AttachmentType::Html;
    QTest::newRow("IMAGE_OVERLAY") << u"IMAGE_OVERLAY"_s << AttachmentType::ImageOverlay;
    QTest::newRow("PDF_URL") << u"PDF_URL"_s << AttachmentType::PdfUrl;
    QTest::newRow("CAMERA_IMAGE") << u"CAMERA_IMAGE"_s << AttachmentType::CameraImage;
    QTest::newRow("AUDIO") << u"AUDIO"_s << AttachmentType::Audio;
}

void TestAttachment::everyTypeParses()
{
    QFETCH(QString, name);
    QFETCH(AttachmentType, type);
    QCOMPARE(Attachments::parseType(name), std::optional<AttachmentType>(type));
    QCOMPARE(Attachments::typeName(type), name);
    QVERIFY(Attachments::allTypes().contains(type));

    // And a whole attachment of that type goes through fromJson.
    const QString value =
        type == AttachmentType::RawText ? u"some notes"_s : u"https://example.com/x"_s;
    const auto attachment =
        Attachments::fromJson(QJsonObject{{u"type"_s, name}, {u"value"_s, value}});
    QVERIFY2(attachment, qPrintable(attachment.error().message));
    QCOMPARE(attachment->type, type);
    QCOMPARE(attachment->value, value);
}

void TestAttachment::unknownType()
{
    QCOMPARE(Attachments::allTypes().size(), 9);
    QVERIFY(!Attachments::parseType(u"GIF"_s));
    QVERIFY(!Attachments::parseType(u""_s));
    QVERIFY(!Attachments::parseType(u"TEXT"_s));
    QCOMPARE(Attachments::unknownTypeMessage(u"GIF"_s), kUnknownGif);

    const auto made = Attachments::make(u"GIF"_s, u"x"_s, QString());
    QVERIFY(!made);
    QCOMPARE(made.error().message, kUnknownGif);
    QCOMPARE(made.error().code, ErrorCode::InvalidInput);

    const auto parsed = Attachments::fromJson(object(R"({"type": "GIF", "value": "x"})"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, kUnknownGif);
}

void TestAttachment::emptyOrNonStringValue_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    const QString prefix = u"Attachment value must be a non-empty string, got: '"_s;
    QTest::newRow("empty RAW_TEXT") << u"RAW_TEXT"_s << QJsonValue(u""_s) << prefix + u"'"_s;
    QTest::newRow("empty IMAGE") << u"IMAGE"_s << QJsonValue(u""_s) << prefix + u"'"_s;
    QTest::newRow("number") << u"IMAGE"_s << QJsonValue(42) << prefix + u"42'"_s;
    QTest::newRow("bool") << u"RAW_TEXT"_s << QJsonValue(true) << prefix + u"true'"_s;
    QTest::newRow("null") << u"RAW_TEXT"_s << QJsonValue(QJsonValue::Null) << prefix + u"null'"_s;
    QTest::newRow("list") << u"RAW_TEXT"_s << QJsonValue(QJsonArray{u"a"_s})
                          << prefix + u"[\"a\"]'"_s;
}

void TestAttachment::emptyOrNonStringValue()
{
    QFETCH(QString, type);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const auto made = Attachments::make(type, value, QString());
    QVERIFY(!made);
    QCOMPARE(made.error().message, message);
    const auto parsed = Attachments::fromJson(QJsonObject{{u"type"_s, type}, {u"value"_s, value}});
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().message, message);
}

void TestAttachment::rawTextTakesAnyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("words") << u"Taken at dusk, light rain"_s;
    QTest::newRow("relative path") << u"notes/today.txt"_s;
    QTest::newRow("s3 text") << u"s3://bucket/a"_s;
    QTest::newRow("multi-line unicode") << u"line one\nzwei: straße 🚗"_s;
}

void TestAttachment::rawTextTakesAnyText()
{
    QFETCH(QString, text);
    QVERIFY(!Attachments::valueError(AttachmentType::RawText, text));
    const auto made = Attachments::make(u"RAW_TEXT"_s, text, u"notes"_s);
    QVERIFY2(made, qPrintable(made.error().message));
    QCOMPARE(made->value, text);
    QCOMPARE(made->name, u"notes"_s);
}

void TestAttachment::urlTypesNeedUrlOrPath_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << u"IMAGE"_s << u"https://example.com/a.png"_s << true;
    QTest::newRow("http") << u"VIDEO"_s << u"http://example.com/a.mp4"_s << true;
    QTest::newRow("gs") << u"IMAGE_OVERLAY"_s << u"gs://bucket/a.png"_s << true;
    QTest::newRow("absolute path") << u"PDF_URL"_s << u"/data/doc.pdf"_s << true;
    QTest::newRow("file URL") << u"AUDIO"_s << u"file:///data/a.wav"_s << true;
    QTest::newRow("text for TEXT_URL") << u"TEXT_URL"_s << u"just some words"_s << false;
    QTest::newRow("relative path") << u"IMAGE"_s << u"images/a.png"_s << false;
    QTest::newRow("scheme only") << u"HTML"_s << u"https://"_s << false;
    QTest::newRow("s3") << u"CAMERA_IMAGE"_s << u"s3://bucket/a.png"_s << false;
}

void TestAttachment::urlTypesNeedUrlOrPath()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const auto made = Attachments::make(type, value, QString());
    QCOMPARE(made.ok(), valid);
    if (!made) {
        QVERIFY2(made.error().message.contains(value), qPrintable(made.error().message));
        QCOMPARE(made.error().code, ErrorCode::InvalidInput);
    }
}

void TestAttachment::fromJson()
{
    const auto named = Attachments::fromJson(object(
        R"({"type": "IMAGE_OVERLAY", "value": "https://example.com/d.png", "name": "depth"})"));
    QVERIFY2(named, qPrintable(named.error().message));
    QCOMPARE(named->type, AttachmentType::ImageOverlay);
    QCOMPARE(named->value, u"https://example.com/d.png"_s);
    QCOMPARE(named->name, u"depth"_s);

    // The name is optional; without one it is null (the export then leaves it out).
    const auto unnamed = Attachments::fromJson(object(R"({"type": "RAW_TEXT", "value": "v"})"));
    QVERIFY(unnamed);
    QVERIFY(unnamed->name.isNull());
    const auto nullName =
        Attachments::fromJson(object(R"({"type": "RAW_TEXT", "value": "v", "name": null})"));
    QVERIFY(nullName);
    QVERIFY(nullName->name.isNull());
    const auto emptyName =
        Attachments::fromJson(object(R"({"type": "RAW_TEXT", "value": "v", "name": ""})"));
    QVERIFY(emptyName);
    QVERIFY(emptyName->name.isNull());
}

void TestAttachment::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // exact, or a prefix ending in '*'
    QTest::newRow("unknown attribute")
        << QByteArray(R"({"type": "RAW_TEXT", "value": "v", "x": 1})")
        << u"Invalid attribute: 'x'"_s;
    QTest::newRow("attachment_type spelled out")
        << QByteArray(R"({"attachment_type": "RAW_TEXT", "value": "v"})")
        << u"Invalid attribute: 'attachment_type'"_s;
    QTest::newRow("missing value") << QByteArray(R"({"type": "RAW_TEXT"})")
                                   << u"Attachment value must be a non-empty string, got: '*"_s;
    QTest::newRow("missing type") << QByteArray(R"({"value": "v"})")
                                  << u"attachment_type must be one of {*"_s;
    QTest::newRow("type not a string")
        << QByteArray(R"({"type": 3, "value": "v"})") << u"attachment_type must be one of {*"_s;
    QTest::newRow("name not a string")
        << QByteArray(R"({"type": "RAW_TEXT", "value": "v", "name": 5})") << u"*"_s;
    QTest::newRow("not an object") << QByteArray(R"(["RAW_TEXT", "v"])") << u"*"_s;
}

void TestAttachment::fromJsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue item = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const auto parsed = Attachments::fromJson(item);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY(!parsed.error().message.isEmpty());
    if (message.endsWith(u'*')) {
        QVERIFY2(parsed.error().message.startsWith(message.chopped(1)),
                 qPrintable(parsed.error().message));
    } else {
        QCOMPARE(parsed.error().message, message);
    }
}

QTEST_GUILESS_MAIN(TestAttachment)
#include "tst_attachment.moc"
