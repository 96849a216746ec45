#pragma once

#include "metadataschema.h"
#include "result.h"

#include <QJsonValue>
#include <QString>
#include <QVector>

namespace rowscope {

// One metadata value of a row, resolved against the workspace's schemas.
struct MetadataValue {
    QString schemaId;
    QString schemaName;
    MetadataKind kind = MetadataKind::String;
    QString text;           // string
    double number = 0;      // number
    qint64 time = 0;        // datetime: ms since the epoch, UTC
    QString optionId;       // enum
    QString optionName;     // enum
    QVector<double> vector; // embedding

    friend bool operator==(const MetadataValue &a, const MetadataValue &b)
    {
        return a.schemaId == b.schemaId && a.kind == b.kind && a.text == b.text &&
               a.number == b.number && a.time == b.time && a.optionId == b.optionId &&
               a.vector == b.vector;
    }
};

// A field as a user gives it: by schema id or name, with a value still to be checked.
struct MetadataFieldInput {
    QString schemaId;
    QString name;
    QJsonValue value;
};

namespace MetadataValues {

// "Could not validate metadata [<name>]: <reason>"
QString kindMessage(const QString &name, const QString &reason);

// The metadata_fields list of a create spec.
Result<QVector<MetadataFieldInput>> parseFields(const QJsonValue &fields);

// Checks one value against its schema's kind (enum: option id, option name or
// {schema_id, schema_name}; number: a number or a numeric string; datetime: ISO-8601).
Result<MetadataValue> resolve(const MetadataSchema &schema, const QJsonValue &value);

// Resolves a row's fields: unknown names and ids, wrong kinds, repeats.
Result<QVector<MetadataValue>> resolveAll(const MetadataSchemaSet &schemas,
                                          const QVector<MetadataFieldInput> &fields);

// The value as the export writes it.
QJsonValue toJson(const MetadataValue &value);

// The value as text for people ("train", "2026-11-29T18:40:00.000+00:00", "0.5").
QString displayText(const MetadataValue &value);

} // namespace MetadataValues

} // namespace rowscope
