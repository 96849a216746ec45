#include "mediaprobe.h"

#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QMimeDatabase>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::MediaProbes {

namespace {

// Extensions the MIME database gets wrong or does not know for our purposes.
QString overrideFor(const QString &suffix)
{
    if (suffix == u"dcm"_s || suffix == u"dicom"_s) {
        return u"application/dicom"_s;
    }
    if (suffix == u"md"_s) {
        return u"text/markdown"_s;
    }
    return {};
}

QString mimeForSuffix(const QString &suffix)
{
    // A tiny per-thread cache: real datasets use a handful of extensions, and the cap keeps it
    // bounded for hostile input.
    thread_local QHash<QString, QString> cache;
    const auto cached = cache.constFind(suffix);
    if (cached != cache.constEnd()) {
        return *cached;
    }
    QString mime = overrideFor(suffix);
    if (mime.isEmpty()) {
        static const QMimeDatabase db;
        const QMimeType type = db.mimeTypeForFile(u"x."_s + suffix, QMimeDatabase::MatchExtension);
        if (type.isValid() && !type.isDefault()) {
            mime = type.name();
        }
    }
    if (cache.size() >= 256) {
        cache.clear();
    }
    cache.insert(suffix, mime);
    return mime;
}

} // namespace

QString mimeTypeForName(QStringView nameOrUrl)
{
    QStringView path = nameOrUrl;
    const qsizetype scheme = path.indexOf(u"://");
    if (scheme >= 0) {
        path = path.mid(scheme + 3);
        const qsizetype cut = path.indexOf(QLatin1Char('?'));
        if (cut >= 0) {
            path = path.left(cut);
        }
        const qsizetype fragment = path.indexOf(QLatin1Char('#'));
        if (fragment >= 0) {
            path = path.left(fragment);
        }
    }
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QStringView fileName = slash >= 0 ? path.mid(slash + 1) : path;
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == fileName.size() - 1 || fileName.size() - dot > 12) {
        return {};
    }
    return mimeForSuffix(fileName.mid(dot + 1).toString().toLower());
}

MediaProbe probeLocalFile(const QString &path)
{
    MediaProbe probe;
    const QFileInfo info(path);
    probe.exists = info.isFile() && info.isReadable();
    probe.mimeType = mimeTypeForName(path);
    if (!probe.exists) {
        return probe;
    }
    if (probe.mimeType.isEmpty()) {
        static const QMimeDatabase db;
        const QMimeType type = db.mimeTypeForFile(info, QMimeDatabase::MatchContent);
        if (type.isValid() && !type.isDefault()) {
            probe.mimeType = type.name();
        }
    }
    if (probe.mimeType.startsWith(u"image/"_s)) {
        QImageReader reader(path);
        const QSize size = reader.size();
        if (size.isValid()) {
            probe.imageSize = size;
        }
    }
    return probe;
}

} // namespace rowscope::MediaProbes
