#include "attachment.h"

#include "jsontext.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::Attachments {

namespace {

struct Entry {
    AttachmentType type;
    const char *name;
};

constexpr std::array<Entry, 9> kEntries{{
    {AttachmentType::Image, "IMAGE"},
    {AttachmentType::Video, "VIDEO"},
    {AttachmentType::RawText, "RAW_TEXT"},
    {AttachmentType::TextUrl, "TEXT_URL"},
    {AttachmentType::Html, "HTML"},
    {AttachmentType::ImageOverlay, "IMAGE_OVERLAY"},
    {AttachmentType::PdfUrl, "PDF_URL"},
    {AttachmentType::CameraImage, "CAMERA_IMAGE"},
    {AttachmentType::Audio, "AUDIO"},
}};

bool isUrlOrPath(const QString &value)
{
    const qsizetype scheme = value.indexOf(u"://"_s);
    if (scheme > 0) {
        for (qsizetype i = 0; i < scheme; ++i) {
            const QChar c = value[i];
            if (!c.isLetterOrNumber() && c != u'+' && c != u'-' && c != u'.') {
                return false;
            }
        }
        return scheme + 3 < value.size();
    }
    return QDir::isAbsolutePath(value);
}

} // namespace

const QVector<AttachmentType> &allTypes()
{
    static const QVector<AttachmentType> types = [] {
        QVector<AttachmentType> list;
        for (const Entry &entry : kEntries) {
            list.append(entry.type);
        }
        return list;
    }();
    return types;
}

QString typeName(AttachmentType type)
{
    for (const Entry &entry : kEntries) {
        if (entry.type == type) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

std::optional<AttachmentType> parseType(QStringView text)
{
    for (const Entry &entry : kEntries) {
        if (text.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            return entry.type;
        }
    }
    return std::nullopt;
}

QString unknownTypeMessage(const QString &found)
{
    QStringList names;
    for (const Entry &entry : kEntries) {
        names.append(QString::fromLatin1(entry.name));
    }
    return u"attachment_type must be one of {"_s + names.join(u", "_s) + u"}. Found "_s + found;
}

std::optional<QString> valueError(AttachmentType type, const QJsonValue &value)
{
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        return u"Attachment value must be a non-empty string, got: '"_s + JsonText::shown(value) +
               u"'"_s;
    }
    const QString text = value.toString();
    if (type == AttachmentType::RawText) {
        return std::nullopt;
    }
    if (text.trimmed().startsWith(u"s3://"_s, Qt::CaseInsensitive)) {
        return u"Attachment value: s3 assets must start with 'https', got: '"_s + text + u"'"_s;
    }
    if (!isUrlOrPath(text.trimmed())) {
        return u"Attachment value for %1 must be a URL or a local path, got: '%2'"_s.arg(
            typeName(type), text);
    }
    return std::nullopt;
}

Result<Attachment> make(const QString &type, const QJsonValue &value, const QString &name)
{
    const auto parsed = parseType(type);
    if (!parsed) {
        return Error::invalid(unknownTypeMessage(type));
    }
    if (const auto error = valueError(*parsed, value)) {
        return Error::invalid(*error);
    }
    Attachment attachment;
    attachment.type = *parsed;
    attachment.value = value.toString();
    attachment.name = name.isEmpty() ? QString() : name;
    return attachment;
}

Result<Attachment> fromJson(const QJsonValue &item)
{
    if (!item.isObject()) {
        return Error::invalid(u"An attachment must be an object with type and value, got: '"_s +
                              JsonText::shown(item) + u"'"_s);
    }
    const QJsonObject object = item.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"type"_s && it.key() != u"value"_s && it.key() != u"name"_s) {
            return Error::invalid(u"Invalid attribute: '"_s + it.key() + u"'"_s);
        }
    }
    const QJsonValue type = object.value(u"type"_s);
    if (!type.isString()) {
        return Error::invalid(unknownTypeMessage(JsonText::shown(type)));
    }
    const QJsonValue name = object.value(u"name"_s);
    if (!name.isUndefined() && !name.isNull() && !name.isString()) {
        return Error::invalid(u"Attachment name must be a string, got: '"_s +
                              JsonText::shown(name) + u"'"_s);
    }
    return make(type.toString(), object.value(u"value"_s), name.toString());
}

} // namespace rowscope::Attachments
