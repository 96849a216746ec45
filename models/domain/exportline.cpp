#include "exportline.h"

#include "cuid.h"
#include "jsontext.h"
#include "rawjson.h"
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

// Where the raw text of a line writes one label's values. A count above one means a key
// written twice (or a labels list given twice): which one QJsonObject kept is not ours to
// guess, so such a value is rewritten from the object instead.
struct RawLabel {
    RawJson::Span id;
    RawJson::Span annotations;
    RawJson::Span reviews;
    bool annotationsCompact = true;
    bool reviewsCompact = true;
    int idCount = 0;
    int annotationsCount = 0;
    int reviewsCount = 0;
};

struct RawProject {
    QString id;
    int count = 0;            // more than one: the project key is written twice
    QVector<RawLabel> labels; // by index in the labels list
};

// The raw text of a line and what one scan of it found under "projects".
struct RawLine {
    QByteArrayView text;
    QVector<RawProject> projects; // in the order written

    const RawProject *project(const QString &id) const
    {
        for (const RawProject &project : projects) {
            if (project.id == id) {
                return &project;
            }
        }
        return nullptr;
    }
};

// Scans the raw text of a line for its projects and its labels' ids, annotations and reviews.
// nullopt when the text is not JSON (it is then not the text of the object: use the object).
std::optional<RawLine> scanRawLine(QByteArrayView text)
{
    enum { kProject, kLabelId, kAnnotations, kReviews };
    static const QVector<RawJson::Path> kPaths = {
        {"projects", RawJson::Step::anyKey()},
        {"projects", RawJson::Step::anyKey(), "labels", RawJson::Step::anyIndex(), "id"},
        {"projects", RawJson::Step::anyKey(), "labels", RawJson::Step::anyIndex(), "annotations"},
        {"projects", RawJson::Step::anyKey(), "labels", RawJson::Step::anyIndex(), "label_details",
         "reviews"},
    };
    const auto matches = RawJson::find(text, kPaths);
    if (!matches) {
        return std::nullopt;
    }
    RawLine line;
    line.text = text;
    RawProject *current = nullptr;
    for (const RawJson::Match &match : *matches) {
        if (match.path == kProject) {
            // A project's match comes before those of its labels: matches are in text order.
            const auto id = RawJson::decodeString(match.keys.front().in(text));
            if (!id) {
                return std::nullopt;
            }
            current = nullptr;
            for (RawProject &project : line.projects) {
                if (project.id == *id) {
                    current = &project;
                }
            }
            if (current == nullptr) {
                line.projects.append(RawProject{*id, 0, {}});
                current = &line.projects.back();
            }
            ++current->count;
            continue;
        }
        const qsizetype index = match.indices.front();
        if (current == nullptr || index < 0 || index >= 1'000'000) {
            return std::nullopt;
        }
        if (current->labels.size() <= index) {
            current->labels.resize(index + 1);
        }
        RawLabel &label = current->labels[index];
        if (match.path == kLabelId) {
            label.id = match.value;
            ++label.idCount;
        } else if (match.path == kAnnotations) {
            label.annotations = match.value;
            label.annotationsCompact = match.compact;
            ++label.annotationsCount;
        } else {
            label.reviews = match.value;
            label.reviewsCompact = match.compact;
            ++label.reviewsCount;
        }
    }
    return line;
}

// The raw text of a label's value when it can stand for the object's value: written once, as
// an object or a list (the caller has checked that the label is the one the object holds).
std::optional<QByteArray> rawValue(const RawLine &line, RawJson::Span span, bool compact, int count,
                                   char opening)
{
    if (count != 1 || !span.isValid() || span.size() < 2 || line.text[span.begin] != opening) {
        return std::nullopt;
    }
    return RawJson::minified(line.text, span, compact);
}

// `raw`: where the line's text writes this label, if it was scanned.
Result<Label> parseLabel(const QJsonValue &value, const QString &projectId, qint64 now,
                         const RawLine *line = nullptr, const RawLabel *raw = nullptr)
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
    // The text found at this label's place is this label's: its id is written once, the same.
    if (raw != nullptr &&
        (raw->idCount != 1 || RawJson::decodeString(raw->id.in(line->text)) != label.id)) {
        raw = nullptr;
    }
    if (const QJsonValue reviews = details.value(u"reviews"_s); reviews.isArray()) {
        auto text = raw ? rawValue(*line, raw->reviews, raw->reviewsCompact, raw->reviewsCount, '[')
                        : std::nullopt;
        label.reviewsJson = text ? *std::move(text)
                                 : QJsonDocument(reviews.toArray()).toJson(QJsonDocument::Compact);
    }
    const QJsonObject performance = object.value(u"performance_details"_s).toObject();
    label.secondsToCreate = performance.value(u"seconds_to_create"_s).toDouble();
    label.secondsToReview = performance.value(u"seconds_to_review"_s).toDouble();
    label.skipped = performance.value(u"skipped"_s).toBool();
    const QJsonValue annotations = object.value(u"annotations"_s);
    if (annotations.isObject()) {
        auto text = raw ? rawValue(*line, raw->annotations, raw->annotationsCompact,
                                   raw->annotationsCount, '{')
                        : std::nullopt;
        label.annotationsJson =
            text ? *std::move(text)
                 : QJsonDocument(annotations.toObject()).toJson(QJsonDocument::Compact);
    } else if (!annotations.isUndefined() && !annotations.isNull()) {
        return lineError(u"annotations must be an object"_s, annotations);
    }
    return label;
}

Result<ProjectLabels> parseProject(const QString &id, const QJsonValue &value, qint64 now,
                                   const RawLine *line, const RawProject *raw)
{
    ProjectLabels project;
    project.projectId = id;
    if (project.projectId.isEmpty() || !value.isObject()) {
        return lineError(u"a project entry must be an object"_s, value);
    }
    const QJsonObject entry = value.toObject();
    project.projectName = entry.value(u"name"_s).toString();
    const QJsonArray labels = entry.value(u"labels"_s).toArray();
    // A project key written twice: which entry the object kept is unknown, so no raw text.
    const bool useRaw = raw != nullptr && raw->count == 1;
    project.labels.reserve(labels.size());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const RawLabel *rawLabel = useRaw && i < raw->labels.size() ? &raw->labels[i] : nullptr;
        auto label = parseLabel(labels[i], project.projectId, now, line, rawLabel);
        if (!label) {
            return label.error();
        }
        project.labels.append(std::move(label).value());
    }
    const QJsonObject details = entry.value(u"project_details"_s).toObject();
    project.selectedLabelId = details.value(u"selected_label_id"_s).toString();
    project.workflowStatus = details.value(u"workflow_status"_s).toString();
    return project;
}

// Whether the raw text has anything to give: labels (their annotations and reviews as written)
// or more than one project (their order). Keeps the scan off the lines that need none.
bool rawTextMatters(const QJsonObject &projects)
{
    if (projects.size() > 1) {
        return true;
    }
    return !projects.isEmpty() &&
           !projects.begin().value().toObject().value(u"labels"_s).toArray().isEmpty();
}

// The projects in the order the raw text writes them when there is one, else sorted by id
// (QJsonObject's order). Note that the store lists a row's projects by project creation
// order, so an import into an empty workspace followed by an export keeps this order only
// for the first row that brings the projects in (later rows list them in that same order).
Result<QVector<ProjectLabels>> parseProjects(const QJsonValue &value, qint64 now,
                                             QByteArrayView rawText)
{
    QVector<ProjectLabels> projects;
    if (value.isUndefined() || value.isNull()) {
        return projects;
    }
    if (!value.isObject()) {
        return lineError(u"projects must be an object keyed by project id"_s, value);
    }
    const QJsonObject object = value.toObject();
    projects.reserve(object.size());
    std::optional<RawLine> line;
    if (!rawText.isEmpty() && rawTextMatters(object)) {
        line = scanRawLine(rawText);
    }
    if (line) {
        for (const RawProject &raw : line->projects) {
            const auto it = object.constFind(raw.id);
            if (it == object.constEnd()) {
                continue; // only in an entry the object did not keep (a repeated "projects")
            }
            auto project = parseProject(raw.id, it.value(), now, &*line, &raw);
            if (!project) {
                return project.error();
            }
            projects.append(std::move(project).value());
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (line && line->project(it.key()) != nullptr) {
            continue; // read above, in the text's order
        }
        auto project = parseProject(it.key(), it.value(), now, nullptr, nullptr);
        if (!project) {
            return project.error();
        }
        projects.append(std::move(project).value());
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

Result<ImportedLine> parse(const QJsonObject &object, QByteArrayView rawText)
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

    auto projects = parseProjects(object.value(u"projects"_s), now, rawText);
    if (!projects) {
        return projects.error();
    }
    record.projects = std::move(projects).value();
    return line;
}

} // namespace rowscope::ExportLines
