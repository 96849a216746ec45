#include "mediatype.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::MediaTypes {

namespace {

struct Entry {
    MediaType type;
    const char *name;
};

constexpr std::array<Entry, 14> kEntries{{
    {MediaType::Image, "IMAGE"},
    {MediaType::Video, "VIDEO"},
    {MediaType::Text, "TEXT"},
    {MediaType::Audio, "AUDIO"},
    {MediaType::Pdf, "PDF"},
    {MediaType::Html, "HTML"},
    {MediaType::Conversational, "CONVERSATIONAL"},
    {MediaType::Dicom, "DICOM"},
    {MediaType::TmsGeo, "TMS_GEO"},
    {MediaType::TmsSimple, "TMS_SIMPLE"},
    {MediaType::PointCloud, "POINT_CLOUD"},
    {MediaType::LlmPromptCreation, "LLM_PROMPT_CREATION"},
    {MediaType::LlmPromptResponseCreation, "LLM_PROMPT_RESPONSE_CREATION"},
    {MediaType::Unknown, "UNKNOWN"},
}};

} // namespace

const QVector<MediaType> &all()
{
    static const QVector<MediaType> types = [] {
        QVector<MediaType> list;
        for (const Entry &entry : kEntries) {
            list.append(entry.type);
        }
        return list;
    }();
    return types;
}

QString name(MediaType type)
{
    for (const Entry &entry : kEntries) {
        if (entry.type == type) {
            return QString::fromLatin1(entry.name);
        }
    }
    return u"UNKNOWN"_s;
}

QString assetType(MediaType type)
{
    return name(type).toLower();
}

std::optional<MediaType> parse(QStringView text)
{
    for (const Entry &entry : kEntries) {
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            return entry.type;
        }
    }
    return std::nullopt;
}

QString invalidMessage(const QString &given)
{
    return u"Found invalid media type: '"_s + given + u"'"_s;
}

MediaType fromMimeType(const QString &mimeType)
{
    if (mimeType.startsWith(u"image/"_s)) {
        return mimeType == u"image/dicom"_s ? MediaType::Dicom : MediaType::Image;
    }
    if (mimeType.startsWith(u"video/"_s)) {
        return MediaType::Video;
    }
    if (mimeType.startsWith(u"audio/"_s)) {
        return MediaType::Audio;
    }
    if (mimeType == u"application/pdf"_s) {
        return MediaType::Pdf;
    }
    if (mimeType == u"text/html"_s || mimeType == u"application/xhtml+xml"_s) {
        return MediaType::Html;
    }
    if (mimeType == u"application/dicom"_s) {
        return MediaType::Dicom;
    }
    if (mimeType == u"application/vnd.labelbox.conversational"_s) {
        return MediaType::Conversational;
    }
    if (mimeType == u"text/plain"_s || mimeType == u"text/markdown"_s) {
        return MediaType::Text;
    }
    return MediaType::Unknown;
}

} // namespace rowscope::MediaTypes
