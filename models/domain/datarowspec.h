#pragma once

#include "attachment.h"
#include "datarow.h"
#include "mediatype.h"
#include "metadatavalue.h"
#include "result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace rowscope {

struct UpsertKey {
    enum class Type { Id, GlobalKey };
    Type type = Type::Id;
    QString value;
};

struct EmbeddingInput {
    QString embeddingId;
    QVector<double> vector;
};

// A create or upsert item as the user gave it, after its JSON shape is checked. Absent
// fields are nullopt: for upsert only present fields change.
struct DataRowSpec {
    std::optional<QString> rowData;
    std::optional<QString> globalKey;
    std::optional<QString> externalId;
    std::optional<MediaType> mediaType;
    std::optional<QVector<MetadataFieldInput>> metadataFields;
    std::optional<QVector<Attachment>> attachments;
    std::optional<QVector<EmbeddingInput>> embeddings;
    std::optional<UpsertKey> key;

    bool hasPayload() const
    {
        return rowData || globalKey || externalId || mediaType || metadataFields || attachments ||
               embeddings;
    }
};

// A spec checked against every rule that needs no database but the schema set: what the
// store writes.
struct PreparedRow {
    std::optional<QString> rowData;
    std::optional<QString> globalKey;
    std::optional<QString> externalId;
    std::optional<MediaType> mediaType;
    QJsonObject mediaAttributes; // when rowData is set
    QString mediaAttributesJson; // the same as stored: compact JSON
    std::optional<QVector<MetadataValue>> metadata;
    std::optional<QVector<Attachment>> attachments;
    std::optional<QVector<EmbeddingInput>> embeddings;
    QStringList warnings;
};

enum class SpecMode { Create, Upsert };

namespace DataRowSpecs {

// Parses one item of a create/upsert input. A bare string is the path of a local file,
// relative to baseDir; it must exist and be readable.
Result<DataRowSpec> parse(const QJsonValue &item, SpecMode mode, const QString &baseDir);

// "The following items have an empty payload: ['<key value>']"
QString emptyPayloadMessage(const QString &keyValue);

// Checks a spec for a new row: row_data present and allowed, key valid, metadata resolved.
Result<PreparedRow> prepareCreate(const DataRowSpec &spec, const MetadataSchemaSet &schemas);

// Checks the fields a spec changes on an existing row (only those present).
Result<PreparedRow> prepareUpdate(const DataRowSpec &spec, const MetadataSchemaSet &schemas);

} // namespace DataRowSpecs

} // namespace rowscope
