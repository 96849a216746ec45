#pragma once

#include "result.h"

#include <QJsonValue>
#include <QString>
#include <QVector>

#include <optional>

namespace rowscope {

enum class AttachmentType {
    Image,
    Video,
    RawText,
    TextUrl,
    Html,
    ImageOverlay,
    PdfUrl,
    CameraImage,
    Audio,
};

struct Attachment {
    QString id;
    AttachmentType type = AttachmentType::RawText;
    QString value;
    QString name; // null when the attachment has none
};

// A partial change to an attachment: only what is set changes.
struct AttachmentUpdate {
    std::optional<QString> type;
    std::optional<QString> value;
    std::optional<QString> name;
};

namespace Attachments {

const QVector<AttachmentType> &allTypes();
QString typeName(AttachmentType type);
std::optional<AttachmentType> parseType(QStringView text);

// "attachment_type must be one of {IMAGE, VIDEO, ...}. Found <t>"
QString unknownTypeMessage(const QString &found);

// The type's rule for a value: non-empty, and a URL or a local path for all but RAW_TEXT.
std::optional<QString> valueError(AttachmentType type, const QJsonValue &value);

// Builds a validated attachment from type, value and name as a user gave them.
Result<Attachment> make(const QString &type, const QJsonValue &value, const QString &name);

// An attachment object of a create spec or an export line: {type, value, name?}.
Result<Attachment> fromJson(const QJsonValue &item);

} // namespace Attachments

} // namespace rowscope
