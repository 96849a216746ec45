#include "rowdata.h"

#include <QColor>
#include <QImage>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;

Q_DECLARE_METATYPE(rowscope::MediaType)
Q_DECLARE_METATYPE(rowscope::RowData::Kind)

namespace {

const QString kConversational =
    uR"({"type": "application/vnd.labelbox.conversational", "version": 1, "messages": []})"_s;

QString writePng(const QTemporaryDir &dir, const QString &name, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(10, 20, 30));
    const QString path = dir.filePath(name);
    return image.save(path, "PNG") ? path : QString();
}

} // namespace

class TestRowData final : public QObject {
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void localPath();
    void s3Rejected_data();
    void s3Rejected();
    void warnings_data();
    void warnings();
    void emptyMessage();
    void detect_data();
    void detect();
    void givenMediaTypeWins();
    void localPngHasSize();
    void localImageSniffedByContent();
    void missingLocalFile();
};

void TestRowData::classify_data()
{
    QTest::addColumn<QString>("rowData");
    QTest::addColumn<RowData::Kind>("kind");
    QTest::newRow("https URL") << u"https://example.com/a.jpg"_s << RowData::Kind::Url;
    QTest::newRow("http URL") << u"http://example.com/a.jpg"_s << RowData::Kind::Url;
    QTest::newRow("upper-case scheme") << u"HTTPS://example.com/a.jpg"_s << RowData::Kind::Url;
    QTest::newRow("gs URL") << u"gs://bucket/a.jpg"_s << RowData::Kind::Url;
    QTest::newRow("URL with spaces around")
        << u"  https://example.com/a.jpg\n"_s << RowData::Kind::Url;
    QTest::newRow("file URL") << u"file:///tmp/a.png"_s << RowData::Kind::LocalFile;
    QTest::newRow("FILE URL") << u"FILE:///tmp/a.png"_s << RowData::Kind::LocalFile;
    QTest::newRow("absolute path") << u"/data/images/a.png"_s << RowData::Kind::LocalFile;
    QTest::newRow("JSON object") << u"{\"a\": 1}"_s << RowData::Kind::Json;
    QTest::newRow("conversational JSON") << kConversational << RowData::Kind::Json;
    QTest::newRow("inline text") << u"the quick brown fox"_s << RowData::Kind::Text;
    QTest::newRow("text with a colon") << u"note: see http later"_s << RowData::Kind::Text;
    QTest::newRow("braces, not JSON") << u"{not json}"_s << RowData::Kind::Text;
    QTest::newRow("JSON array") << u"[1, 2]"_s << RowData::Kind::Text;
    QTest::newRow("multi-line text starting with /")
        << u"/ first line\nsecond line"_s << RowData::Kind::Text;
}

void TestRowData::classify()
{
    QFETCH(QString, rowData);
    QFETCH(RowData::Kind, kind);
    QCOMPARE(RowData::classify(rowData), kind);
}

void TestRowData::localPath()
{
    QCOMPARE(RowData::localPath(u"/data/a.png"_s), u"/data/a.png"_s);
    QCOMPARE(RowData::localPath(u"file:///data/a%20b.png"_s), u"/data/a b.png"_s);
    QCOMPARE(RowData::localPath(u"  /data/a.png "_s), u"/data/a.png"_s);
}

void TestRowData::s3Rejected_data()
{
    QTest::addColumn<QString>("rowData");
    QTest::addColumn<bool>("rejected");
    QTest::newRow("s3") << u"s3://bucket/g.jpg"_s << true;
    QTest::newRow("S3 upper-case") << u"S3://bucket/g.jpg"_s << true;
    QTest::newRow("s3 with leading space") << u" s3://bucket/g.jpg"_s << true;
    QTest::newRow("https to s3 host") << u"https://bucket.s3.amazonaws.com/g.jpg"_s << false;
    QTest::newRow("text mentioning s3") << u"copied from s3://bucket"_s << false;
    QTest::newRow("plain text") << u"hello"_s << false;
}

void TestRowData::s3Rejected()
{
    QFETCH(QString, rowData);
    QFETCH(bool, rejected);
    const auto rejection = RowData::rejection(rowData);
    QCOMPARE(rejection.has_value(), rejected);
    if (rejection) {
        QCOMPARE(*rejection, u"row_data: s3 assets must start with 'https'."_s);
    }
}

void TestRowData::warnings_data()
{
    QTest::addColumn<QString>("rowData");
    QTest::addColumn<QString>("culprit"); // null: no warning
    QTest::newRow("fragment") << u"https://example.com/a.jpg#frag"_s << u"#"_s;
    QTest::newRow("less-than") << u"https://example.com/a<b.jpg"_s << u"<"_s;
    QTest::newRow("greater-than") << u"https://example.com/a>b.jpg"_s << u">"_s;
    QTest::newRow("double bar") << u"https://example.com/a||b.jpg"_s << u"||"_s;
    QTest::newRow("clean URL") << u"https://example.com/a.jpg?x=1&y=2"_s << QString();
    QTest::newRow("single bar") << u"https://example.com/a|b.jpg"_s << QString();
    QTest::newRow("text with hash") << u"issue #12 <b>bold</b> a || b"_s << QString();
    QTest::newRow("JSON with hash") << u"{\"text\": \"#1 <x>\"}"_s << QString();
}

void TestRowData::warnings()
{
    QFETCH(QString, rowData);
    QFETCH(QString, culprit);
    const auto warning = RowData::warning(rowData);
    QCOMPARE(warning.has_value(), !culprit.isNull());
    if (warning) {
        QVERIFY2(warning->contains(u"'"_s + culprit + u"'"_s), qPrintable(*warning));
        QVERIFY2(warning->contains(rowData), qPrintable(*warning));
    }
}

void TestRowData::emptyMessage()
{
    QCOMPARE(RowData::emptyMessage(), u"row_data cannot be empty"_s);
}

void TestRowData::detect_data()
{
    QTest::addColumn<QString>("rowData");
    QTest::addColumn<MediaType>("type");
    QTest::addColumn<QString>("mime"); // null: no mime_type attribute
    QTest::newRow("jpg URL") << u"https://example.com/street/0001.jpg"_s << MediaType::Image
                             << u"image/jpeg"_s;
    QTest::newRow("upper-case JPG with query and fragment")
        << u"https://example.com/0001.JPG?sig=a.b.c#top"_s << MediaType::Image << u"image/jpeg"_s;
    QTest::newRow("png URL") << u"https://example.com/a.png"_s << MediaType::Image
                             << u"image/png"_s;
    QTest::newRow("mp4 URL") << u"https://example.com/clip.mp4"_s << MediaType::Video
                             << u"video/mp4"_s;
    QTest::newRow("pdf URL") << u"https://example.com/doc.pdf"_s << MediaType::Pdf
                             << u"application/pdf"_s;
    QTest::newRow("html URL") << u"https://example.com/page.html"_s << MediaType::Html
                              << u"text/html"_s;
    QTest::newRow("mp3 URL") << u"https://example.com/song.mp3"_s << MediaType::Audio
                             << u"audio/mpeg"_s;
    QTest::newRow("txt URL") << u"https://example.com/notes.txt"_s << MediaType::Text
                             << u"text/plain"_s;
    QTest::newRow("dcm URL") << u"https://example.com/scan.dcm"_s << MediaType::Dicom
                             << u"application/dicom"_s;
    QTest::newRow("unknown extension")
        << u"https://example.com/blob.qqzz"_s << MediaType::Unknown << QString();
    QTest::newRow("no extension") << u"https://example.com/item/42"_s << MediaType::Unknown
                                  << QString();
    QTest::newRow("host only") << u"https://example.com"_s << MediaType::Unknown << QString();
    QTest::newRow("extension in the query only")
        << u"https://example.com/watch?v=a.mp4"_s << MediaType::Unknown << QString();
    QTest::newRow("inline text") << u"A plain text row: the quick brown fox."_s << MediaType::Text
                                 << u"text/plain"_s;
    QTest::newRow("inline text ending in .jpg")
        << u"see the file a.jpg"_s << MediaType::Text << u"text/plain"_s;
    QTest::newRow("conversational JSON") << kConversational << MediaType::Conversational
                                         << u"application/vnd.labelbox.conversational"_s;
}

void TestRowData::detect()
{
    QFETCH(QString, rowData);
    QFETCH(MediaType, type);
    QFETCH(QString, mime);
    const RowData::Detected detected = RowData::detect(rowData, std::nullopt);
    QCOMPARE(detected.mediaType, type);
    if (mime.isNull()) {
        QVERIFY2(!detected.attributes.contains(u"mime_type"_s),
                 QJsonDocument(detected.attributes).toJson(QJsonDocument::Compact).constData());
    } else {
        QCOMPARE(detected.attributes.value(u"mime_type"_s).toString(), mime);
    }
    // Only local images get a size.
    QVERIFY(!detected.attributes.contains(u"width"_s));
    QVERIFY(!detected.attributes.contains(u"height"_s));
}

void TestRowData::givenMediaTypeWins()
{
    QCOMPARE(RowData::detect(u"https://example.com/a.jpg"_s, MediaType::Video).mediaType,
             MediaType::Video);
    QCOMPARE(RowData::detect(kConversational, MediaType::Text).mediaType, MediaType::Text);
    QCOMPARE(RowData::detect(u"some text"_s, MediaType::Html).mediaType, MediaType::Html);
    QCOMPARE(RowData::detect(u"https://example.com/blob.qqzz"_s, MediaType::PointCloud).mediaType,
             MediaType::PointCloud);
}

void TestRowData::localPngHasSize()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writePng(dir, u"frame.png"_s, QSize(37, 21));
    QVERIFY(!path.isEmpty());

    const RowData::Detected detected = RowData::detect(path, std::nullopt);
    QCOMPARE(detected.mediaType, MediaType::Image);
    QCOMPARE(detected.attributes.value(u"mime_type"_s).toString(), u"image/png"_s);
    QCOMPARE(detected.attributes.value(u"width"_s).toInt(), 37);
    QCOMPARE(detected.attributes.value(u"height"_s).toInt(), 21);

    // The same file as a file:// URL.
    const QString url = QUrl::fromLocalFile(path).toString();
    QVERIFY(url.startsWith(u"file://"_s));
    const RowData::Detected viaUrl = RowData::detect(url, std::nullopt);
    QCOMPARE(viaUrl.mediaType, MediaType::Image);
    QCOMPARE(viaUrl.attributes.value(u"width"_s).toInt(), 37);
    QCOMPARE(viaUrl.attributes.value(u"height"_s).toInt(), 21);

    // A given media type changes the type, not what was read from the file.
    const RowData::Detected given = RowData::detect(path, MediaType::Dicom);
    QCOMPARE(given.mediaType, MediaType::Dicom);
    QCOMPARE(given.attributes.value(u"width"_s).toInt(), 37);
}

void TestRowData::localImageSniffedByContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // No extension: the type comes from the file's content.
    const QString path = writePng(dir, u"frame-without-extension"_s, QSize(8, 5));
    QVERIFY(!path.isEmpty());
    const RowData::Detected detected = RowData::detect(path, std::nullopt);
    QCOMPARE(detected.mediaType, MediaType::Image);
    QCOMPARE(detected.attributes.value(u"mime_type"_s).toString(), u"image/png"_s);
    QCOMPARE(detected.attributes.value(u"width"_s).toInt(), 8);
    QCOMPARE(detected.attributes.value(u"height"_s).toInt(), 5);
}

void TestRowData::missingLocalFile()
{
    QTemporaryDir dir;
    const RowData::Detected detected = RowData::detect(dir.filePath(u"gone.png"_s), std::nullopt);
    // Typed by its name, but nothing was read from disk.
    QCOMPARE(detected.mediaType, MediaType::Image);
    QVERIFY(!detected.attributes.contains(u"width"_s));
    QVERIFY(!detected.attributes.contains(u"height"_s));
}

QTEST_GUILESS_MAIN(TestRowData)
#include "tst_rowdata.moc"
