#include "exportline.h"

#include "cuid.h"
#include "jsontext.h"
#include "timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rowscope::ExportLines {

namespace {

void writeMediaAttributes(JsonWriter &out, const DataRow &row)
{
    out.key("media_attributes"_L1).beginObject();
    out.field("asset_type"_L1, QStringView(MediaTypes::assetType(row.mediaType)));
    const QJsonObject &attributes = row.mediaAttributes;
    static const QStringList kFirst = {u"mime_type"_s, u"width"_s, u"height"_s};
    for (const QString &name : kFirst) {
        if (attributes.contains(name)) {
            out.key(name).value(attributes.value(name));
        }
    }
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (!kFirst.contains(it.key()) && it.key() != u"asset_type"_s) {
            out.key(it.key()).value(it.value());
        }
    }
    out.endObject();
}

void writeMetadataValue(JsonWriter &out, const MetadataValue &value)
{
    switch (value.kind) {
    case MetadataKind::String:
        out.value(QStringView(value.text));
        break;
    case MetadataKind::Number:
        out.value(value.number);
        break;
    case MetadataKind::DateTime:
        out.value(QStringView(Timestamp::format(value.time)));
        break;
    case MetadataKind::Enum:
        out.beginObject();
        out.field("schema_id"_L1, QStringView(value.optionId));
        out.field("schema_name"_L1, QStringView(value.optionName));
        out.endObject();
        break;
    case MetadataKind::Embedding:
        out.beginArray();
        for (const double number : value.vector) {
            out.value(number);
        }
        out.endArray();
        break;
    }
}

void writeLabel(JsonWriter &out, const Label &label, const ExportParams &params)
{
    out.beginObject();
    out.field("label_kind"_L1, QStringView(label.labelKind));
    out.field("version"_L1, QStringView(label.version));
    out.field("id"_L1, QStringView(label.id));
    if (params.labelDetails) {
        out.key("label_details"_L1).beginObject();
        out.field("created_at"_L1, QStringView(Timestamp::format(label.createdAt)));
        out.field("updated_at"_L1, QStringView(Timestamp::format(label.updatedAt)));
        out.field("created_by"_L1, QStringView(label.createdBy));
        out.field("content_last_updated_at"_L1,
                  QStringView(Timestamp::format(label.contentLastUpdatedAt)));
        out.key("reviews"_L1).raw(label.reviewsJson);
        out.endObject();
    }
    if (params.performanceDetails) {
        out.key("performance_details"_L1).beginObject();
        out.field("seconds_to_create"_L1, label.secondsToCreate);
        out.field("seconds_to_review"_L1, label.secondsToReview);
        out.field("skipped"_L1, label.skipped);
        out.endObject();
    }
    out.key("annotations"_L1);
    if (label.annotationsJson.isEmpty()) {
        out.raw(QByteArrayLiteral(R"({"classifications":[],"objects":[],"relationships":[]})"));
    } else {
        out.raw(label.annotationsJson);
    }
    out.endObject();
}

QString snakeCase(const QString &key)
{
    QString result;
    result.reserve(key.size() + 4);
    for (const QChar c : key) {
        if (c.isUpper()) {
            if (!result.isEmpty()) {
                result.append(u'_');
            }
            result.append(c.toLower());
        } else {
            result.append(c);
        }
    }
    return result;
}

Error lineError(const QString &what, const QJsonValue &value)
{
    return Error::invalid(u"Invalid export line: %1, got %2"_s.arg(what, JsonText::shown(value)));
}

// An optional time field: absent → fallback; present and bad → error.
Result<qint64> timeField(const QJsonObject &object, const QString &name, qint64 fallback)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull()) {
        return fallback;
    }
    const auto time = value.isString() ? Timestamp::parse(value.toString()) : std::nullopt;
    if (!time) {
        return lineError(name + u" must be an ISO-8601 time"_s, value);
    }
    return *time;
}

Result<Label> parseLabel(const QJsonValue &value, const QString &projectId, qint64 now)
{
    if (!value.isObject()) {
        return lineError(u"a label must be an object"_s, value);
    }
    const QJsonObject object = value.toObject();
    Label label;
    label.projectId = projectId;
    label.id = object.value(u"id"_s).toString();
    if (label.id.isEmpty()) {
        return lineError(u"a label needs an id"_s, value);
    }
    if (object.contains(u"label_kind"_s)) {
        label.labelKind = object.value(u"label_kind"_s).toString();
    }
    if (object.contains(u"version"_s)) {
        label.version = object.value(u"version"_s).toString();
    }
    const QJsonObject details = object.value(u"label_details"_s).toObject();
    auto createdAt = timeField(details, u"created_at"_s, now);
    if (!createdAt) {
        return createdAt.error();
    }
    label.createdAt = *createdAt;
    auto updatedAt = timeField(details, u"updated_at"_s, label.createdAt);
    if (!updatedAt) {
        return updatedAt.error();
    }
    label.updatedAt = *updatedAt;
    auto contentAt = timeField(details, u"content_last_updated_at"_s, label.updatedAt);
    if (!contentAt) {
        return contentAt.error();
    }
    label.contentLastUpdatedAt = *contentAt;
    label.createdBy = details.value(u"created_by"_s).toString();
    if (details.value(u"reviews"_s).isArray()) {
        label.reviewsJson =
            QJsonDocument(details.value(u"reviews"_s).toArray()).toJson(QJsonDocument::Compact);
    }
    const QJsonObject performance = object.value(u"performance_details"_s).toObject();
    label.secondsToCreate = performance.value(u"seconds_to_create"_s).toDouble();
    label.secondsToReview = performance.value(u"seconds_to_review"_s).toDouble();
    label.skipped = performance.value(u"skipped"_s).toBool();
    const QJsonValue annotations = object.value(u"annotations"_s);
    if (annotations.isObject()) {
        label.annotationsJson =
            QJsonDocument(annotations.toObject()).toJson(QJsonDocument::Compact);
    } else if (!annotations.isUndefined() && !annotations.isNull()) {
        return lineError(u"annotations must be an object"_s, annotations);
    }
    return label;
}

Result<QVector<ProjectLabels>> parseProjects(const QJsonValue &value, qint64 now)
{
    QVector<ProjectLabels> projects;
    if (value.isUndefined() || value.isNull()) {
        return projects;
    }
    if (!value.isObject()) {
        return lineError(u"projects must be an object keyed by project id"_s, value);
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        ProjectLabels project;
        project.projectId = it.key();
        project.projectName = entry.value(u"name"_s).toString();
        if (project.projectId.isEmpty() || !it.value().isObject()) {
            return lineError(u"a project entry must be an object"_s, it.value());
        }
        const QJsonArray labels = entry.value(u"labels"_s).toArray();
        for (const QJsonValue &labelValue : labels) {
            auto label = parseLabel(labelValue, project.projectId, now);
            if (!label) {
                return label.error();
            }
            project.labels.append(std::move(label).value());
        }
        const QJsonObject details = entry.value(u"project_details"_s).toObject();
        project.selectedLabelId = details.value(u"selected_label_id"_s).toString();
        project.workflowStatus = details.value(u"workflow_status"_s).toString();
        projects.append(std::move(project));
    }
    return projects;
}

Result<QVector<EmbeddingVector>> parseEmbeddings(const QJsonValue &value)
{
    QVector<EmbeddingVector> result;
    if (value.isUndefined() || value.isNull()) {
        return result;
    }
    if (!value.isArray()) {
        return lineError(u"embeddings must be a list"_s, value);
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        EmbeddingVector embedding;
        embedding.id = object.value(u"id"_s).toString();
        embedding.name = object.value(u"name"_s).toString(embedding.id);
        embedding.dimensions = object.value(u"dimensions"_s).toInt();
        const QJsonArray values = object.value(u"values"_s).toArray();
        if (embedding.id.isEmpty() || values.isEmpty()) {
            return lineError(u"an embedding needs an id and values"_s, item);
        }
        const QJsonArray numbers = values.first().toObject().value(u"value"_s).toArray();
        for (const QJsonValue &number : numbers) {
            if (!number.isDouble() || !std::isfinite(number.toDouble())) {
                return lineError(u"an embedding holds finite numbers only"_s, number);
            }
            embedding.values.append(number.toDouble());
        }
        if (embedding.values.isEmpty() ||
            (embedding.dimensions != 0 && embedding.dimensions != embedding.values.size())) {
            return lineError(u"an embedding's dimensions must match its values"_s, item);
        }
        embedding.dimensions = embedding.values.size();
        result.append(std::move(embedding));
    }
    return result;
}

} // namespace

void write(JsonWriter &out, const ExportRecord &record, const ExportParams &params)
{
    const DataRow &row = record.row;
    out.beginObject();
    out.key("data_row"_L1).beginObject();
    out.field("id"_L1, QStringView(row.id));
    if (!row.globalKey.isNull()) {
        out.field("global_key"_L1, QStringView(row.globalKey));
    }
    if (!row.externalId.isNull()) {
        out.field("external_id"_L1, QStringView(row.externalId));
    }
    out.field("row_data"_L1, QStringView(row.rowData));
    if (params.dataRowDetails) {
        out.key("details"_L1).beginObject();
        out.field("dataset_id"_L1, QStringView(row.datasetId));
        out.field("dataset_name"_L1, QStringView(record.datasetName));
        out.field("created_at"_L1, QStringView(Timestamp::format(row.createdAt)));
        out.field("updated_at"_L1, QStringView(Timestamp::format(row.updatedAt)));
        out.field("last_activity_at"_L1, QStringView(Timestamp::format(row.lastActivityAt)));
        out.field("created_by"_L1, QStringView(row.createdBy));
        out.endObject();
    }
    out.endObject();

    writeMediaAttributes(out, row);

    if (params.attachments) {
        out.key("attachments"_L1).beginArray();
        for (const Attachment &attachment : record.attachments) {
            out.beginObject();
            out.field("type"_L1, QStringView(Attachments::typeName(attachment.type)));
            out.field("value"_L1, QStringView(attachment.value));
            if (!attachment.name.isEmpty()) {
                out.field("name"_L1, QStringView(attachment.name));
            }
            out.endObject();
        }
        out.endArray();
    }
    if (params.metadataFields) {
        out.key("metadata_fields"_L1).beginArray();
        for (const MetadataValue &value : record.metadata) {
            out.beginObject();
            out.field("schema_id"_L1, QStringView(value.schemaId));
            out.field("schema_name"_L1, QStringView(value.schemaName));
            out.key("value"_L1);
            writeMetadataValue(out, value);
            out.endObject();
        }
        out.endArray();
    }
    if (params.embeddings) {
        out.key("embeddings"_L1).beginArray();
        for (const EmbeddingVector &embedding : record.embeddings) {
            out.beginObject();
            out.field("id"_L1, QStringView(embedding.id));
            out.field("name"_L1, QStringView(embedding.name));
            out.field("dimensions"_L1, embedding.dimensions);
            out.field("is_custom"_L1, true);
            out.key("values"_L1).beginArray().beginObject().key("value"_L1).beginArray();
            for (const double number : embedding.values) {
                out.value(number);
            }
            out.endArray().endObject().endArray();
            out.endObject();
        }
        out.endArray();
    }
    out.key("projects"_L1).beginObject();
    for (const ProjectLabels &project : record.projects) {
        out.key(project.projectId).beginObject();
        out.field("name"_L1, QStringView(project.projectName));
        out.key("labels"_L1).beginArray();
        for (const Label &label : project.labels) {
            writeLabel(out, label, params);
        }
        out.endArray();
        if (params.projectDetails) {
            out.key("project_details"_L1).beginObject();
            out.key("selected_label_id"_L1).stringOrNull(project.selectedLabelId);
            out.field("workflow_status"_L1, QStringView(project.workflowStatus));
            out.endObject();
        }
        out.endObject();
    }
    out.endObject();
    out.endObject();
}

QByteArray toLine(const ExportRecord &record, const ExportParams &params)
{
    QByteArray line;
    JsonWriter writer(&line);
    write(writer, record, params);
    return line;
}

bool isExportLine(const QJsonObject &object)
{
    return object.value(u"data_row"_s).isObject();
}

MetadataKind inferKind(const QJsonValue &value)
{
    if (value.isObject()) {
        return MetadataKind::Enum;
    }
    if (value.isDouble()) {
        return MetadataKind::Number;
    }
    if (value.isArray()) {
        return MetadataKind::Embedding;
    }
    static const QRegularExpression exportTime(
        uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$)"_s);
    if (value.isString() && exportTime.match(value.toString()).hasMatch()) {
        return MetadataKind::DateTime;
    }
    return MetadataKind::String;
}

Result<ImportedLine> parse(const QJsonObject &object)
{
    ImportedLine line;
    ExportRecord &record = line.record;
    DataRow &row = record.row;
    const qint64 now = Timestamp::now();
    static const QStringList kKnown = {u"data_row"_s,    u"media_attributes"_s,
                                       u"attachments"_s, u"metadata_fields"_s,
                                       u"embeddings"_s,  u"projects"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kKnown.contains(it.key())) {
            line.ignoredKeys.append(it.key());
        }
    }

    const QJsonObject dataRow = object.value(u"data_row"_s).toObject();
    row.id = dataRow.value(u"id"_s).toString();
    if (row.id.isEmpty()) {
        return lineError(u"data_row.id is required"_s, dataRow.value(u"id"_s));
    }
    const QJsonValue rowData = dataRow.value(u"row_data"_s);
    if (rowData.isString()) {
        row.rowData = rowData.toString();
    } else if (rowData.isObject()) {
        row.rowData =
            QString::fromUtf8(QJsonDocument(rowData.toObject()).toJson(QJsonDocument::Compact));
    } else {
        return lineError(u"data_row.row_data must be a string or an object"_s, rowData);
    }
    for (const auto &[name, target] :
         {std::pair{u"global_key"_s, &row.globalKey}, {u"external_id"_s, &row.externalId}}) {
        const QJsonValue value = dataRow.value(name);
        if (value.isString()) {
            *target = value.toString();
        } else if (!value.isUndefined() && !value.isNull()) {
            return lineError(u"data_row."_s + name + u" must be a string"_s, value);
        }
    }
    const QJsonObject details = dataRow.value(u"details"_s).toObject();
    line.hasDetails = dataRow.value(u"details"_s).isObject();
    auto createdAt = timeField(details, u"created_at"_s, now);
    if (!createdAt) {
        return createdAt.error();
    }
    row.createdAt = *createdAt;
    auto updatedAt = timeField(details, u"updated_at"_s, row.createdAt);
    if (!updatedAt) {
        return updatedAt.error();
    }
    row.updatedAt = *updatedAt;
    auto activityAt = timeField(details, u"last_activity_at"_s, row.updatedAt);
    if (!activityAt) {
        return activityAt.error();
    }
    row.lastActivityAt = *activityAt;
    row.createdBy = details.value(u"created_by"_s).toString();
    row.datasetId = details.value(u"dataset_id"_s).toString();
    record.datasetName = details.value(u"dataset_name"_s).toString();

    const QJsonValue mediaValue = object.value(u"media_attributes"_s);
    if (!mediaValue.isUndefined() && !mediaValue.isObject()) {
        return lineError(u"media_attributes must be an object"_s, mediaValue);
    }
    const QJsonObject media = mediaValue.toObject();
    for (auto it = media.begin(); it != media.end(); ++it) {
        const QString key = snakeCase(it.key());
        if (key == u"asset_type"_s) {
            const auto type = MediaTypes::parse(it.value().toString());
            if (!type) {
                return Error::invalid(MediaTypes::invalidMessage(JsonText::shown(it.value())));
            }
            row.mediaType = *type;
            line.hasAssetType = true;
        } else {
            row.mediaAttributes.insert(key, it.value());
        }
    }

    const QJsonValue attachments = object.value(u"attachments"_s);
    if (!attachments.isUndefined() && !attachments.isNull()) {
        if (!attachments.isArray()) {
            return lineError(u"attachments must be a list"_s, attachments);
        }
        const QJsonArray array = attachments.toArray();
        for (const QJsonValue &item : array) {
            auto attachment = Attachments::fromJson(item);
            if (!attachment) {
                return attachment.error();
            }
            record.attachments.append(std::move(attachment).value());
        }
    }

    const QJsonValue metadata = object.value(u"metadata_fields"_s);
    if (!metadata.isUndefined() && !metadata.isNull()) {
        auto fields = MetadataValues::parseFields(metadata);
        if (!fields) {
            return fields.error();
        }
        line.metadataFields = std::move(fields).value();
    }

    auto embeddings = parseEmbeddings(object.value(u"embeddings"_s));
    if (!embeddings) {
        return embeddings.error();
    }
    record.embeddings = std::move(embeddings).value();

    auto projects = parseProjects(object.value(u"projects"_s), now);
    if (!projects) {
        return projects.error();
    }
    record.projects = std::move(projects).value();
    return line;
}

} // namespace rowscope::ExportLines
