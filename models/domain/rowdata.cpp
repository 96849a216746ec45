#include "rowdata.h"

#include "media/mediaprobe.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::RowData {

namespace {

const QString kConversationalMime = u"application/vnd.labelbox.conversational"_s;

// The length of a leading "scheme://", or 0.
qsizetype schemeLength(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && i < 32) {
        const QChar c = text[i];
        const bool first = i == 0;
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool other = (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.';
        if (letter || (!first && other)) {
            ++i;
            continue;
        }
        break;
    }
    if (i > 0 && text.mid(i).startsWith(u"://")) {
        return i + 3;
    }
    return 0;
}

bool isConversational(QStringView rowData)
{
    const QJsonDocument doc = QJsonDocument::fromJson(rowData.toUtf8());
    return doc.isObject() && doc.object().value(u"type"_s).toString() == kConversationalMime;
}

} // namespace

Kind classify(QStringView rowData)
{
    const QStringView text = rowData.trimmed();
    if (const qsizetype scheme = schemeLength(text)) {
        return text.left(scheme).compare(u"file://", Qt::CaseInsensitive) == 0 ? Kind::LocalFile
                                                                               : Kind::Url;
    }
    if (text.startsWith(u'/') && !text.contains(u'\n') && text.size() < 4096) {
        return Kind::LocalFile;
    }
    if (text.startsWith(u'{') && text.endsWith(u'}')) {
        if (QJsonDocument::fromJson(text.toUtf8()).isObject()) {
            return Kind::Json;
        }
    }
    return Kind::Text;
}

QString localPath(const QString &rowData)
{
    const QString text = rowData.trimmed();
    if (text.startsWith(u"file://"_s, Qt::CaseInsensitive)) {
        return QUrl(text).toLocalFile();
    }
    return text;
}

std::optional<QString> rejection(QStringView rowData)
{
    if (rowData.trimmed().startsWith(u"s3://", Qt::CaseInsensitive)) {
        return u"row_data: s3 assets must start with 'https'."_s;
    }
    return std::nullopt;
}

std::optional<QString> warning(QStringView rowData)
{
    if (classify(rowData) != Kind::Url) {
        return std::nullopt;
    }
    QStringList found;
    for (const QStringView bad :
         {QStringView(u"#"), QStringView(u"<"), QStringView(u">"), QStringView(u"||")}) {
        if (rowData.contains(bad)) {
            found.append(u"'"_s + bad + u"'"_s);
        }
    }
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return u"row_data URL contains %1, which breaks loading in browsers and in Labelbox: '%2'"_s
        .arg(found.join(u", "_s), rowData.toString());
}

QString emptyMessage()
{
    return u"row_data cannot be empty"_s;
}

Detected detect(const QString &rowData, std::optional<MediaType> given)
{
    Detected result;
    QString mime;
    switch (classify(rowData)) {
    case Kind::Url:
        mime = MediaProbes::mimeTypeForName(rowData.trimmed());
        break;
    case Kind::LocalFile: {
        const MediaProbe probe = MediaProbes::probeLocalFile(localPath(rowData));
        mime = probe.mimeType;
        if (probe.imageSize.isValid()) {
            result.attributes.insert(u"width"_s, probe.imageSize.width());
            result.attributes.insert(u"height"_s, probe.imageSize.height());
        }
        break;
    }
    case Kind::Json:
        if (isConversational(rowData)) {
            mime = kConversationalMime;
        } else {
            mime = u"application/json"_s;
        }
        break;
    case Kind::Text:
        mime = u"text/plain"_s;
        break;
    }
    if (!mime.isEmpty()) {
        result.attributes.insert(u"mime_type"_s, mime);
    }
    result.mediaType = given ? *given : MediaTypes::fromMimeType(mime);
    return result;
}

} // namespace rowscope::RowData
