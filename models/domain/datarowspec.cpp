#include "datarowspec.h"

#include "globalkey.h"
#include "jsontext.h"
#include "jsonwriter.h"
#include "rowdata.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::DataRowSpecs {

namespace {

Error typeError(const QString &field, const QString &expected, const QJsonValue &value)
{
    return Error::invalid(u"Invalid value for '%1': expected %2, got %3"_s.arg(
        field, expected, JsonText::shown(value)));
}

Result<UpsertKey> parseKey(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QString type = object.value(u"type"_s).toString();
    const QJsonValue keyValue = object.value(u"value"_s);
    if (!value.isObject() || (type != u"ID"_s && type != u"GKEY"_s) || !keyValue.isString() ||
        keyValue.toString().isEmpty() || object.size() != 2) {
        return Error::invalid(
            u"Invalid key: expected {\"type\": \"ID\" or \"GKEY\", \"value\": \"...\"}, got "_s +
            JsonText::shown(value));
    }
    UpsertKey key;
    key.type = type == u"ID"_s ? UpsertKey::Type::Id : UpsertKey::Type::GlobalKey;
    key.value = keyValue.toString();
    return key;
}

Result<QVector<EmbeddingInput>> parseEmbeddings(const QJsonValue &value)
{
    if (!value.isArray()) {
        return typeError(u"embeddings"_s, u"a list of {embedding_id, vector}"_s, value);
    }
    QVector<EmbeddingInput> result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != u"embedding_id"_s && it.key() != u"vector"_s) {
                return Error::invalid(u"Invalid attribute: '"_s + it.key() + u"'"_s);
            }
        }
        const QJsonValue id = object.value(u"embedding_id"_s);
        const QJsonValue vector = object.value(u"vector"_s);
        if (!item.isObject() || !id.isString() || id.toString().isEmpty() || !vector.isArray() ||
            vector.toArray().isEmpty()) {
            return typeError(u"embeddings"_s,
                             u"{\"embedding_id\": \"...\", \"vector\": [numbers]}"_s, item);
        }
        EmbeddingInput embedding;
        embedding.embeddingId = id.toString();
        const QJsonArray numbers = vector.toArray();
        embedding.vector.reserve(numbers.size());
        for (const QJsonValue &number : numbers) {
            if (!number.isDouble() || !std::isfinite(number.toDouble())) {
                return Error::invalid(
                    u"Embedding %1: a vector holds finite numbers only, got %2"_s.arg(
                        embedding.embeddingId, JsonText::shown(number)));
            }
            embedding.vector.append(number.toDouble());
        }
        result.append(std::move(embedding));
    }
    return result;
}

Result<DataRowSpec> parseBareString(const QString &path, const QString &baseDir)
{
    if (path.trimmed().isEmpty()) {
        return Error::invalid(RowData::emptyMessage());
    }
    const QString absolute = QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
    const QFileInfo info(absolute);
    if (!info.exists()) {
        return Error::invalid(u"File not found: '%1'"_s.arg(absolute));
    }
    if (!info.isFile() || !info.isReadable()) {
        return Error::invalid(u"File cannot be read: '%1'"_s.arg(absolute));
    }
    DataRowSpec spec;
    spec.rowData = absolute;
    return spec;
}

Status checkRowData(const QString &rowData)
{
    if (rowData.trimmed().isEmpty()) {
        return Error::invalid(RowData::emptyMessage());
    }
    if (const auto rejection = RowData::rejection(rowData)) {
        return Error::invalid(*rejection);
    }
    return {};
}

Status prepareCommon(const DataRowSpec &spec, const MetadataSchemaSet &schemas, PreparedRow &row)
{
    if (spec.globalKey) {
        if (const auto error = GlobalKey::validate(*spec.globalKey)) {
            return Error::invalid(*error);
        }
        row.globalKey = spec.globalKey;
    }
    if (spec.externalId) {
        // An empty external id is no external id.
        row.externalId = spec.externalId->isEmpty() ? QString() : *spec.externalId;
    }
    if (spec.metadataFields) {
        auto metadata = MetadataValues::resolveAll(schemas, *spec.metadataFields);
        if (!metadata) {
            return metadata.error();
        }
        row.metadata = std::move(metadata).value();
    }
    row.attachments = spec.attachments;
    row.embeddings = spec.embeddings;
    row.mediaType = spec.mediaType;
    if (spec.rowData) {
        row.rowData = spec.rowData;
        const RowData::Detected detected = RowData::detect(*spec.rowData, spec.mediaType);
        row.mediaType = detected.mediaType;
        row.mediaAttributes = detected.attributes;
        QByteArray json;
        JsonWriter writer(&json);
        writer.value(QJsonValue(detected.attributes));
        row.mediaAttributesJson = QString::fromUtf8(json);
        if (const auto warning = RowData::warning(*spec.rowData)) {
            row.warnings.append(*warning);
        }
    }
    return {};
}

} // namespace

Result<DataRowSpec> parse(const QJsonValue &item, SpecMode mode, const QString &baseDir)
{
    if (item.isString()) {
        return parseBareString(item.toString(), baseDir);
    }
    if (!item.isObject()) {
        return Error::invalid(
            u"An item must be an object (a data row spec) or a string (a file path), got "_s +
            JsonText::shown(item));
    }
    const QJsonObject object = item.toObject();
    DataRowSpec spec;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &name = it.key();
        const QJsonValue value = it.value();
        if (name == u"row_data"_s) {
            if (value.isString()) {
                spec.rowData = value.toString();
            } else if (value.isObject()) {
                spec.rowData = QString::fromUtf8(
                    QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            } else {
                return typeError(name, u"a string or an object"_s, value);
            }
        } else if (name == u"global_key"_s) {
            if (value.isString()) {
                spec.globalKey = value.toString();
            } else if (!value.isNull()) {
                return typeError(name, u"a string"_s, value);
            }
        } else if (name == u"external_id"_s) {
            if (value.isString()) {
                spec.externalId = value.toString();
            } else if (!value.isNull()) {
                return typeError(name, u"a string"_s, value);
            }
        } else if (name == u"media_type"_s) {
            if (value.isNull()) {
                continue;
            }
            const auto type = value.isString() ? MediaTypes::parse(value.toString()) : std::nullopt;
            if (!type) {
                return Error::invalid(MediaTypes::invalidMessage(JsonText::shown(value)));
            }
            spec.mediaType = type;
        } else if (name == u"metadata_fields"_s) {
            auto fields = MetadataValues::parseFields(value);
            if (!fields) {
                return fields.error();
            }
            spec.metadataFields = std::move(fields).value();
        } else if (name == u"attachments"_s) {
            if (!value.isArray()) {
                return typeError(name, u"a list of {type, value, name}"_s, value);
            }
            QVector<Attachment> attachments;
            const QJsonArray array = value.toArray();
            attachments.reserve(array.size());
            for (const QJsonValue &entry : array) {
                auto attachment = Attachments::fromJson(entry);
                if (!attachment) {
                    return attachment.error();
                }
                attachments.append(std::move(attachment).value());
            }
            spec.attachments = std::move(attachments);
        } else if (name == u"embeddings"_s) {
            auto embeddings = parseEmbeddings(value);
            if (!embeddings) {
                return embeddings.error();
            }
            spec.embeddings = std::move(embeddings).value();
        } else if (name == u"key"_s && mode == SpecMode::Upsert) {
            auto key = parseKey(value);
            if (!key) {
                return key.error();
            }
            spec.key = std::move(key).value();
        } else {
            return Error::invalid(u"Invalid attribute: '"_s + name + u"'"_s);
        }
    }
    if (spec.key && !spec.hasPayload()) {
        return Error::invalid(emptyPayloadMessage(spec.key->value));
    }
    return spec;
}

QString emptyPayloadMessage(const QString &keyValue)
{
    return u"The following items have an empty payload: ['"_s + keyValue + u"']"_s;
}

Result<PreparedRow> prepareCreate(const DataRowSpec &spec, const MetadataSchemaSet &schemas)
{
    if (!spec.rowData) {
        return Error::invalid(RowData::emptyMessage());
    }
    if (auto status = checkRowData(*spec.rowData); !status) {
        return status.error();
    }
    PreparedRow row;
    if (auto status = prepareCommon(spec, schemas, row); !status) {
        return status.error();
    }
    return row;
}

Result<PreparedRow> prepareUpdate(const DataRowSpec &spec, const MetadataSchemaSet &schemas)
{
    if (spec.rowData) {
        if (auto status = checkRowData(*spec.rowData); !status) {
            return status.error();
        }
    }
    PreparedRow row;
    if (auto status = prepareCommon(spec, schemas, row); !status) {
        return status.error();
    }
    return row;
}

} // namespace rowscope::DataRowSpecs
