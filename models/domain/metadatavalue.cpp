#include "metadatavalue.h"

#include "jsontext.h"
#include "timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::MetadataValues {

namespace {

// Strings in quotes, so that '' and ' 1' read unambiguously in messages.
QString shown(const QJsonValue &value)
{
    return value.isString() ? u"'"_s + value.toString() + u"'"_s : JsonText::shown(value);
}

qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate())) {
            ++count;
        }
    }
    return count;
}

Result<MetadataValue> invalid(const MetadataSchema &schema, const QString &reason)
{
    return Error::invalid(kindMessage(schema.name, reason));
}

} // namespace

QString kindMessage(const QString &name, const QString &reason)
{
    return u"Could not validate metadata ["_s + name + u"]: "_s + reason;
}

Result<QVector<MetadataFieldInput>> parseFields(const QJsonValue &fields)
{
    if (!fields.isArray()) {
        return Error::invalid(u"metadata_fields must be a list of {schema_id or name, value}, "
                              "got: "_s +
                              shown(fields));
    }
    QVector<MetadataFieldInput> result;
    const QJsonArray array = fields.toArray();
    result.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            return Error::invalid(
                u"A metadata field must be an object with schema_id or name and value, got: "_s +
                shown(item));
        }
        const QJsonObject object = item.toObject();
        MetadataFieldInput field;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString &key = it.key();
            if (key == u"schema_id"_s) {
                if (!it.value().isString()) {
                    return Error::invalid(u"schema_id must be a string, got: "_s +
                                          shown(it.value()));
                }
                field.schemaId = it.value().toString();
            } else if (key == u"name"_s || key == u"schema_name"_s) {
                if (!it.value().isString()) {
                    return Error::invalid(u"A metadata name must be a string, got: "_s +
                                          shown(it.value()));
                }
                field.name = it.value().toString();
            } else if (key == u"value"_s) {
                field.value = it.value();
            } else {
                return Error::invalid(u"Invalid attribute: '"_s + key + u"'"_s);
            }
        }
        if (field.schemaId.isEmpty() && field.name.isEmpty()) {
            return Error::invalid(u"A metadata field needs a schema_id or a name: "_s +
                                  shown(item));
        }
        if (!object.contains(u"value"_s)) {
            field.value = QJsonValue(QJsonValue::Undefined);
        }
        result.append(field);
    }
    return result;
}

Result<MetadataValue> resolve(const MetadataSchema &schema, const QJsonValue &value)
{
    MetadataValue result;
    result.schemaId = schema.id;
    result.schemaName = schema.name;
    result.kind = schema.kind;
    if (value.isNull() || value.isUndefined()) {
        return invalid(schema, u"a value is required and cannot be null"_s);
    }
    switch (schema.kind) {
    case MetadataKind::String: {
        if (!value.isString()) {
            return invalid(schema, u"expected a string, got "_s + shown(value));
        }
        result.text = value.toString();
        const qsizetype length = codePoints(result.text);
        if (length > MetadataLimits::kMaxStringLength) {
            return invalid(schema, u"a string can have at most %1 characters, this one has %2"_s
                                       .arg(MetadataLimits::kMaxStringLength)
                                       .arg(length));
        }
        return result;
    }
    case MetadataKind::Number: {
        double number = 0;
        if (value.isDouble()) {
            number = value.toDouble();
        } else if (value.isString()) {
            bool ok = false;
            number = value.toString().trimmed().toDouble(&ok);
            if (!ok) {
                return invalid(schema, shown(value) + u" is not a number"_s);
            }
        } else {
            return invalid(schema, u"expected a number, got "_s + shown(value));
        }
        if (!std::isfinite(number)) {
            return invalid(schema, u"a number must be finite, got "_s + shown(value));
        }
        result.number = number;
        return result;
    }
    case MetadataKind::DateTime: {
        if (!value.isString()) {
            return invalid(schema, u"expected an ISO-8601 date-time string, got "_s + shown(value));
        }
        const auto time = Timestamp::parse(value.toString());
        if (!time) {
            return invalid(schema, shown(value) +
                                       u" is not an ISO-8601 date-time between the years 1 and "
                                       "9999"_s);
        }
        result.time = *time;
        return result;
    }
    case MetadataKind::Enum: {
        QString given;
        if (value.isString()) {
            given = value.toString();
        } else if (value.isObject() && value.toObject().value(u"schema_id"_s).isString()) {
            given = value.toObject().value(u"schema_id"_s).toString();
        } else {
            return invalid(schema, u"expected an option name or id, got "_s + shown(value));
        }
        const MetadataOption *option = schema.optionById(given);
        if (!option) {
            option = schema.optionByName(given);
        }
        if (!option) {
            return Error::invalid(u"There is no enum option by name '"_s + given +
                                  u"' for enum name '"_s + schema.name + u"'"_s);
        }
        result.optionId = option->id;
        result.optionName = option->name;
        return result;
    }
    case MetadataKind::Embedding: {
        if (!value.isArray()) {
            return invalid(schema, u"an embedding must be a list of %1 numbers, got "_s.arg(
                                       MetadataLimits::kEmbeddingDimensions) +
                                       shown(value));
        }
        const QJsonArray array = value.toArray();
        if (array.size() != MetadataLimits::kEmbeddingDimensions) {
            return invalid(schema, u"an embedding needs exactly %1 numbers, got %2"_s
                                       .arg(MetadataLimits::kEmbeddingDimensions)
                                       .arg(array.size()));
        }
        result.vector.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (!item.isDouble() || !std::isfinite(item.toDouble())) {
                return invalid(schema,
                               u"an embedding holds finite numbers only, got "_s + shown(item));
            }
            result.vector.append(item.toDouble());
        }
        return result;
    }
    }
    return invalid(schema, u"unknown kind"_s);
}

Result<QVector<MetadataValue>> resolveAll(const MetadataSchemaSet &schemas,
                                          const QVector<MetadataFieldInput> &fields)
{
    QVector<MetadataValue> values;
    values.reserve(fields.size());
    QSet<QString> seenFields;
    QSet<QString> seenOptions;
    for (const MetadataFieldInput &field : fields) {
        const MetadataSchema *schema = nullptr;
        QJsonValue value = field.value;
        if (!field.schemaId.isEmpty()) {
            schema = schemas.byId(field.schemaId);
            if (!schema) {
                // An enum option's own id names both the field and the value.
                schema = schemas.enumOfOption(field.schemaId);
                if (schema && (value.isUndefined() || value.isNull())) {
                    value = field.schemaId;
                } else if (schema) {
                    schema = nullptr;
                }
            }
            if (!schema) {
                return Error::invalid(u"Schema Id "_s + field.schemaId +
                                      u" not found in ontology"_s);
            }
        } else {
            schema = schemas.byName(field.name);
            if (!schema) {
                return Error::invalid(u"There is no metadata with name '"_s + field.name + u"'"_s);
            }
        }
        auto resolved = resolve(*schema, value);
        if (!resolved) {
            return resolved.error();
        }
        if (schema->kind == MetadataKind::Enum) {
            if (seenOptions.contains(resolved->optionId)) {
                continue; // the same option twice is the same value
            }
            seenOptions.insert(resolved->optionId);
        } else {
            if (seenFields.contains(schema->id)) {
                return Error::invalid(u"A schemaId can only be specified once per DataRow : ["_s +
                                      schema->id + u"]"_s);
            }
            seenFields.insert(schema->id);
        }
        values.append(std::move(resolved).value());
    }
    return values;
}

QJsonValue toJson(const MetadataValue &value)
{
    switch (value.kind) {
    case MetadataKind::String:
        return value.text;
    case MetadataKind::Number:
        return value.number;
    case MetadataKind::DateTime:
        return Timestamp::format(value.time);
    case MetadataKind::Enum:
        return QJsonObject{{u"schema_id"_s, value.optionId}, {u"schema_name"_s, value.optionName}};
    case MetadataKind::Embedding: {
        QJsonArray array;
        for (const double number : value.vector) {
            array.append(number);
        }
        return array;
    }
    }
    return {};
}

QString displayText(const MetadataValue &value)
{
    switch (value.kind) {
    case MetadataKind::String:
        return value.text;
    case MetadataKind::Number:
        return QString::number(value.number, 'g', QLocale::FloatingPointShortest);
    case MetadataKind::DateTime:
        return Timestamp::format(value.time);
    case MetadataKind::Enum:
        return value.optionName;
    case MetadataKind::Embedding:
        return u"[%1 numbers]"_s.arg(value.vector.size());
    }
    return {};
}

} // namespace rowscope::MetadataValues
