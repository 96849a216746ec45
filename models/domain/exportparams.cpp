#include "exportparams.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

bool *flagFor(ExportParams &params, const QString &name)
{
    if (name == u"attachments"_s) {
        return &params.attachments;
    }
    if (name == u"metadata_fields"_s) {
        return &params.metadataFields;
    }
    if (name == u"data_row_details"_s) {
        return &params.dataRowDetails;
    }
    if (name == u"project_details"_s) {
        return &params.projectDetails;
    }
    if (name == u"label_details"_s) {
        return &params.labelDetails;
    }
    if (name == u"performance_details"_s) {
        return &params.performanceDetails;
    }
    if (name == u"interpolated_frames"_s) {
        return &params.interpolatedFrames;
    }
    if (name == u"embeddings"_s) {
        return &params.embeddings;
    }
    return nullptr;
}

} // namespace

ExportParams ExportParams::all()
{
    ExportParams params;
    for (const QString &name : names()) {
        *flagFor(params, name) = true;
    }
    return params;
}

QStringList ExportParams::names()
{
    return {u"attachments"_s,         u"metadata_fields"_s, u"data_row_details"_s,
            u"project_details"_s,     u"label_details"_s,   u"performance_details"_s,
            u"interpolated_frames"_s, u"embeddings"_s};
}

Result<ExportParams> ExportParams::parse(const QString &list)
{
    ExportParams params;
    const QStringList parts = list.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (name.isEmpty()) {
            continue; // "attachments, " and ", ," name nothing, like an empty part
        }
        if (name == u"all"_s) {
            params = all();
            continue;
        }
        bool *flag = flagFor(params, name);
        if (!flag) {
            return Error::invalid(
                u"Unknown export parameter '%1'; the parameters are: %2, or all"_s.arg(
                    name, names().join(u", "_s)));
        }
        *flag = true;
    }
    return params;
}

QStringList ExportParams::enabledNames() const
{
    QStringList enabled;
    ExportParams copy = *this;
    for (const QString &name : names()) {
        if (*flagFor(copy, name)) {
            enabled.append(name);
        }
    }
    return enabled;
}

} // namespace rowscope
