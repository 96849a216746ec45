#include "exportline.h"
#include "folderitemsource.h"
#include "importjob.h"
#include "jobtest.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rowscope;
using rowscope::test::TestWorkspace;

namespace {

bool touch(const QString &path, const QByteArray &data = "data")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return test::writeFile(path, data);
}

struct Walk {
    QStringList keys;     // global keys of the items, in order (failed items too)
    QStringList rowData;  // their row data
    QStringList types;    // their media types
    QStringList failed;   // "key: message" of items that failed
    QStringList warnings; // "message @ index n"
    QVector<qint64> positions;
};

Walk walk(FolderItemSource &source)
{
    Walk result;
    InputItem item;
    while (source.next(item)) {
        const QJsonObject spec = item.original.toObject();
        result.keys.append(spec.value(u"global_key"_s).toString());
        result.rowData.append(spec.value(u"row_data"_s).toString());
        result.types.append(spec.value(u"media_type"_s).toString());
        result.positions.append(item.position.number);
        if (item.failed()) {
            result.failed.append(spec.value(u"global_key"_s).toString() + u": "_s + item.error);
        }
    }
    for (const TaskWarning &warning : source.takeWarnings()) {
        result.warnings.append(warning.message + u" @ index "_s +
                               QString::number(warning.position.number));
    }
    return result;
}

} // namespace

// FolderItemSource: the media files of a folder tree as create specs, for
// `rows import-folder`.
class TestFolderItemSource final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void walksTheTreeInNameOrder();
    void mediaTypeByExtension_data();
    void mediaTypeByExtension();
    void aMissingFolderOrAFileIsFatal();
    void anEmptyFolderHasNoItems();
    void importMakesRowsOfTheFiles();

private:
    QTemporaryDir m_temp;
    QString m_root;
};

void TestFolderItemSource::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_root = m_temp.filePath(u"captures"_s);
    QImage image(32, 16, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(QDir().mkpath(m_root));
    QVERIFY(image.save(m_root + u"/a.png"_s, "PNG"));
    QVERIFY(touch(m_root + u"/b.JPG"_s));
    QVERIFY(touch(m_root + u"/bad#name.png"_s));
    QVERIFY(touch(m_root + u"/clip.mp4"_s));
    QVERIFY(touch(m_root + u"/data.csv"_s));
    QVERIFY(touch(m_root + u"/doc.pdf"_s));
    QVERIFY(touch(m_root + u"/noext"_s));
    QVERIFY(touch(m_root + u"/notes.txt"_s, "Some notes"));
    QVERIFY(touch(m_root + u"/page.htm"_s, "<p>x</p>"));
    QVERIFY(touch(m_root + u"/readme.md"_s, "# Read me"));
    QVERIFY(touch(m_root + u"/song.mp3"_s));
    QVERIFY(touch(m_root + u"/with space.png"_s));
    QVERIFY(touch(m_root + u"/.hidden.png"_s));
    QVERIFY(touch(m_root + u"/.cache/inside.png"_s));
    QVERIFY(touch(m_root + u"/sub/c.png"_s));
    QVERIFY(touch(m_root + u"/sub/page.html"_s));
    QVERIFY(touch(m_root + u"/sub/deeper/d.webm"_s));
    QVERIFY(touch(m_root + u"/sub/deeper/e.flac"_s));
    // Symbolic links are not followed: neither to a file nor to a folder (here one outside
    // the tree, whose files must not appear).
    QVERIFY(touch(m_temp.filePath(u"outside/secret.png"_s)));
    QVERIFY(QFile::link(m_root + u"/a.png"_s, m_root + u"/link.png"_s));
    QVERIFY(QFile::link(m_temp.filePath(u"outside"_s), m_root + u"/linked-folder"_s));
    QVERIFY(QFile::link(m_root + u"/sub"_s, m_root + u"/sub/deeper/loop"_s));
}

void TestFolderItemSource::walksTheTreeInNameOrder()
{
    FolderItemSource source(m_root);
    QVERIFY(source.fatalError().isNull());
    // Subfolders of a folder come before its files; within each, names in order.
    QCOMPARE(source.total(), 16);
    QCOMPARE(source.done(), 0);
    QCOMPARE(source.unit(), u"files"_s);
    const Walk result = walk(source);
    const QStringList keys = {
        u"sub/deeper/d.webm"_s,
        u"sub/deeper/e.flac"_s,
        u"sub/c.png"_s,
        u"sub/page.html"_s,
        u"a.png"_s,
        u"b.JPG"_s,
        u"bad#name.png"_s,
        u"clip.mp4"_s,
        u"doc.pdf"_s,
        u"notes.txt"_s,
        u"page.htm"_s,
        u"readme.md"_s,
        u"song.mp3"_s,
        u"with space.png"_s,
    };
    QCOMPARE(result.keys, keys);
    QCOMPARE(result.types, (QStringList{u"VIDEO"_s, u"AUDIO"_s, u"IMAGE"_s, u"HTML"_s, u"IMAGE"_s,
                                        u"IMAGE"_s, u"IMAGE"_s, u"VIDEO"_s, u"PDF"_s, u"TEXT"_s,
                                        u"HTML"_s, u"TEXT"_s, u"AUDIO"_s, u"IMAGE"_s}));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(result.rowData.at(i), QDir(m_root).absoluteFilePath(keys.at(i)));
        QVERIFY(QFileInfo(result.rowData.at(i)).isAbsolute());
    }
    // A file whose relative path is not a valid global key is handed out like the others; the
    // writer fails it alone (see importMakesRowsOfTheFiles).
    QVERIFY(result.failed.isEmpty());
    // Other files are warnings, at their place in the walk.
    QCOMPARE(result.warnings,
             (QStringList{u"Skipped 'data.csv': not a media file Rowscope imports @ index 8"_s,
                          u"Skipped 'noext': not a media file Rowscope imports @ index 10"_s}));
    QCOMPARE(result.positions, (QVector<qint64>{0, 1, 2, 3, 4, 5, 6, 7, 9, 11, 12, 13, 14, 15}));
    QCOMPARE(source.done(), source.total());
    QVERIFY(source.fatalError().isNull());
}

void TestFolderItemSource::mediaTypeByExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<MediaType>("type");
    for (const char *image : {"png", "jpg", "jpeg", "gif", "bmp", "webp", "tif", "tiff", "svg"}) {
        QTest::newRow(image) << u"x."_s + QLatin1String(image) << MediaType::Image;
    }
    for (const char *video : {"mp4", "mov", "webm", "mkv", "avi"}) {
        QTest::newRow(video) << u"x."_s + QLatin1String(video) << MediaType::Video;
    }
    for (const char *audio : {"mp3", "wav", "ogg", "flac", "m4a"}) {
        QTest::newRow(audio) << u"x."_s + QLatin1String(audio) << MediaType::Audio;
    }
    QTest::newRow("pdf") << u"x.pdf"_s << MediaType::Pdf;
    QTest::newRow("html") << u"x.html"_s << MediaType::Html;
    QTest::newRow("htm") << u"x.htm"_s << MediaType::Html;
    QTest::newRow("txt") << u"x.txt"_s << MediaType::Text;
    QTest::newRow("md") << u"x.md"_s << MediaType::Text;
    QTest::newRow("upper case") << u"X.JPEG"_s << MediaType::Image;
    QTest::newRow("path") << u"/a.b/c.d/x.Mp4"_s << MediaType::Video;
    QTest::newRow("csv") << u"x.csv"_s << MediaType::Unknown;
    QTest::newRow("json") << u"x.json"_s << MediaType::Unknown;
    QTest::newRow("no extension") << u"png"_s << MediaType::Unknown;
    QTest::newRow("dot file") << u".png"_s << MediaType::Unknown;
    QTest::newRow("trailing dot") << u"x.png."_s << MediaType::Unknown;
}

void TestFolderItemSource::mediaTypeByExtension()
{
    QFETCH(QString, name);
    QFETCH(MediaType, type);
    QCOMPARE(FolderItemSource::mediaTypeOf(name), type);
}

void TestFolderItemSource::aMissingFolderOrAFileIsFatal()
{
    const QString missing = m_temp.filePath(u"nope"_s);
    FolderItemSource none(missing);
    QCOMPARE(none.fatalError(), u"The folder '%1' does not exist."_s.arg(missing));
    InputItem item;
    QVERIFY(!none.next(item));
    QCOMPARE(none.total(), 0);

    const QString file = m_root + u"/a.png"_s;
    FolderItemSource notAFolder(file);
    QCOMPARE(notAFolder.fatalError(), u"'%1' is not a folder."_s.arg(file));
    QVERIFY(!notAFolder.next(item));

    // An import over it reports the break as its only error and writes nothing.
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Nothing"_s);
    ImportJob job(ws.path(), TestWorkspace::testOptions(), dataset, SpecMode::Create);
    TaskReportSpool spool;
    JobControl control;
    auto summary = job.run(none, spool, control);
    QVERIFY(summary.ok());
    QCOMPARE(summary->items, 0);
    const QJsonObject report = test::spoolJson(spool);
    QCOMPARE(report.value(u"status"_s).toString(), u"FAILED"_s);
    QCOMPARE(report.value(u"errors"_s).toArray().at(0).toObject().value(u"message"_s).toString(),
             none.fatalError());
    QCOMPARE(ws.count("SELECT count(*) FROM data_row"), 0);
}

void TestFolderItemSource::anEmptyFolderHasNoItems()
{
    const QString empty = m_temp.filePath(u"empty"_s);
    QVERIFY(QDir().mkpath(empty + u"/.git"_s));
    QVERIFY(touch(empty + u"/.git/config"_s));
    FolderItemSource source(empty);
    QVERIFY(source.fatalError().isNull());
    QCOMPARE(source.total(), 0);
    InputItem item;
    QVERIFY(!source.next(item));
    QVERIFY(source.takeWarnings().isEmpty());
}

void TestFolderItemSource::importMakesRowsOfTheFiles()
{
    TestWorkspace ws;
    const QString dataset = test::newDataset(ws, u"Captures"_s);
    FolderItemSource source(m_root);
    ImportJob job(ws.path(), TestWorkspace::testOptions(), dataset, SpecMode::Create);
    job.setChunkSize(5);
    TaskReportSpool spool;
    QVector<JobProgress> reports;
    JobControl control([&](const JobProgress &progress) { reports.append(progress); });
    auto summary = job.run(source, spool, control);
    QVERIFY(summary.ok());
    QCOMPARE(summary->items, 14);
    const QJsonObject report = test::spoolJson(spool);
    QCOMPARE(report.value(u"status"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(report.value(u"created"_s).toInt(), 13);
    const QJsonArray errors = report.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0)
                .toObject()
                .value(u"message"_s)
                .toString()
                .startsWith(u"Invalid global key: 'bad#name.png' ("_s));
    QCOMPARE(errors.at(0).toObject().value(u"index"_s).toInt(), 6);
    QCOMPARE(report.value(u"warnings"_s).toArray().size(), 2);
    QCOMPARE(ws->datasets().get(dataset)->rowCount, 13);
    QCOMPARE(reports.last().done, 16);
    QCOMPARE(reports.last().total, 16);
    QCOMPARE(reports.last().unit, u"files"_s);

    // Each row: key = relative path, row data = absolute path, the media type of its
    // extension, and the size of a real image.
    auto png = ws->rows().getByGlobalKey(u"a.png"_s);
    QVERIFY(png.ok());
    QCOMPARE(png->rowData, QDir(m_root).absoluteFilePath(u"a.png"_s));
    QCOMPARE(png->mediaType, MediaType::Image);
    auto record = ws->exports().record(png->id, ExportParams());
    QVERIFY(record.ok());
    const QJsonObject line =
        QJsonDocument::fromJson(ExportLines::toLine(*record, ExportParams())).object();
    const QJsonObject attributes = line.value(u"media_attributes"_s).toObject();
    QCOMPARE(attributes.value(u"asset_type"_s).toString(), u"image"_s);
    QCOMPARE(attributes.value(u"mime_type"_s).toString(), u"image/png"_s);
    QCOMPARE(attributes.value(u"width"_s).toInt(), 32);
    QCOMPARE(attributes.value(u"height"_s).toInt(), 16);

    const QList<QPair<QString, MediaType>> expected = {
        {u"sub/deeper/d.webm"_s, MediaType::Video},
        {u"sub/deeper/e.flac"_s, MediaType::Audio},
        {u"sub/c.png"_s, MediaType::Image},
        {u"sub/page.html"_s, MediaType::Html},
        {u"b.JPG"_s, MediaType::Image},
        {u"clip.mp4"_s, MediaType::Video},
        {u"doc.pdf"_s, MediaType::Pdf},
        {u"notes.txt"_s, MediaType::Text},
        {u"page.htm"_s, MediaType::Html},
        {u"readme.md"_s, MediaType::Text},
        {u"song.mp3"_s, MediaType::Audio},
        {u"with space.png"_s, MediaType::Image},
    };
    for (const auto &[key, type] : expected) {
        auto row = ws->rows().getByGlobalKey(key);
        QVERIFY2(row.ok(), qPrintable(key));
        QCOMPARE(row->mediaType, type);
        QCOMPARE(row->rowData, QDir(m_root).absoluteFilePath(key));
    }
    // Nothing hidden and nothing behind a link went in.
    QCOMPARE(ws.count("SELECT count(*) FROM data_row WHERE global_key LIKE '%hidden%' OR "
                      "global_key LIKE '%.cache%' OR global_key LIKE '%link%' OR global_key "
                      "LIKE '%secret%' OR global_key LIKE '%loop%'"),
             0);

    // Importing the folder again: every key is taken, so every file fails alone.
    FolderItemSource again(m_root);
    TaskReportSpool second;
    JobControl quiet;
    auto repeated = job.run(again, second, quiet);
    QVERIFY(repeated.ok());
    const QJsonObject secondReport = test::spoolJson(second);
    QCOMPARE(secondReport.value(u"status"_s).toString(), u"FAILED"_s);
    QCOMPARE(secondReport.value(u"errors"_s).toArray().size(), 14);
    QCOMPARE(ws->datasets().get(dataset)->rowCount, 13);
}

QTEST_GUILESS_MAIN(TestFolderItemSource)
#include "tst_folderitemsource.moc"
