#include "taskreport.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

void writePosition(JsonWriter &out, const ItemPosition &position)
{
    out.key(position.isIndex ? "index"_L1 : "line"_L1).value(position.number);
}

} // namespace

QString TaskReport::status(qint64 succeeded, qint64 failed)
{
    return succeeded == 0 && failed > 0 ? u"FAILED"_s : u"COMPLETE"_s;
}

QString TaskReport::status() const
{
    return status(created + updated, errors.size());
}

void TaskReport::merge(TaskReport other)
{
    created += other.created;
    updated += other.updated;
    result.append(std::move(other.result));
    errors.append(std::move(other.errors));
    warnings.append(std::move(other.warnings));
}

void TaskReport::writeResult(JsonWriter &out, const CreatedRow &row)
{
    out.beginObject();
    out.field("id"_L1, QStringView(row.id));
    out.key("global_key"_L1).stringOrNull(row.globalKey);
    out.key("external_id"_L1).stringOrNull(row.externalId);
    out.field("row_data"_L1, QStringView(row.rowData));
    out.endObject();
}

void TaskReport::writeError(JsonWriter &out, const TaskItemError &error)
{
    out.beginObject();
    out.field("message"_L1, QStringView(error.message));
    writePosition(out, error.position);
    out.key("failedDataRows"_L1).beginArray().value(error.failedDataRow).endArray();
    out.endObject();
}

void TaskReport::writeWarning(JsonWriter &out, const TaskWarning &warning)
{
    out.beginObject();
    out.field("message"_L1, QStringView(warning.message));
    writePosition(out, warning.position);
    out.endObject();
}

void TaskReport::writeJson(JsonWriter &out) const
{
    out.beginObject();
    out.field("status"_L1, QStringView(status()));
    out.field("created"_L1, created);
    out.field("updated"_L1, updated);
    out.key("result"_L1).beginArray();
    for (const CreatedRow &row : result) {
        writeResult(out, row);
    }
    out.endArray();
    out.key("errors"_L1).beginArray();
    for (const TaskItemError &error : errors) {
        writeError(out, error);
    }
    out.endArray();
    out.key("warnings"_L1).beginArray();
    for (const TaskWarning &warning : warnings) {
        writeWarning(out, warning);
    }
    out.endArray();
    out.endObject();
}

} // namespace rowscope
