#include "globalkeybatch.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

void writeKeyErrors(JsonWriter &out, const QVector<KeyError> &errors)
{
    out.key("errors"_L1).beginArray();
    for (const KeyError &error : errors) {
        out.beginObject();
        out.field("global_key"_L1, QStringView(error.globalKey));
        out.field("error"_L1, QStringView(error.error));
        out.endObject();
    }
    out.endArray();
}

} // namespace

BatchStatus GlobalKeyBatch::status(qsizetype results, qsizetype errors)
{
    if (errors == 0) {
        return BatchStatus::Success;
    }
    return results > 0 ? BatchStatus::PartialSuccess : BatchStatus::Failure;
}

QString GlobalKeyBatch::statusName(BatchStatus status)
{
    switch (status) {
    case BatchStatus::Success:
        return u"SUCCESS"_s;
    case BatchStatus::PartialSuccess:
        return u"PARTIAL SUCCESS"_s;
    case BatchStatus::Failure:
        return u"FAILURE"_s;
    }
    return {};
}

void AssignKeysResult::writeJson(JsonWriter &out) const
{
    out.beginObject();
    out.field("status"_L1, QStringView(GlobalKeyBatch::statusName(status())));
    out.key("results"_L1).beginArray();
    for (const GlobalKeyAssignment &result : results) {
        out.beginObject();
        out.field("data_row_id"_L1, QStringView(result.dataRowId));
        out.field("global_key"_L1, QStringView(result.globalKey));
        out.field("sanitized"_L1, false);
        out.endObject();
    }
    out.endArray();
    out.key("errors"_L1).beginArray();
    for (const AssignmentError &error : errors) {
        out.beginObject();
        out.field("data_row_id"_L1, QStringView(error.dataRowId));
        out.field("global_key"_L1, QStringView(error.globalKey));
        out.field("error"_L1, QStringView(error.error));
        out.endObject();
    }
    out.endArray();
    out.endObject();
}

void LookupKeysResult::writeJson(JsonWriter &out) const
{
    out.beginObject();
    out.field("status"_L1, QStringView(GlobalKeyBatch::statusName(status())));
    out.key("results"_L1).beginArray();
    for (const QString &id : ids) {
        out.value(QStringView(id));
    }
    out.endArray();
    writeKeyErrors(out, errors);
    out.endObject();
}

void ClearKeysResult::writeJson(JsonWriter &out) const
{
    out.beginObject();
    out.field("status"_L1, QStringView(GlobalKeyBatch::statusName(status())));
    out.key("results"_L1).beginArray();
    for (const QString &key : cleared) {
        out.value(QStringView(key));
    }
    out.endArray();
    writeKeyErrors(out, errors);
    out.endObject();
}

} // namespace rowscope
