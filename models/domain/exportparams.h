#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace rowscope {

// The eight export parameters, all off by default (the Labelbox export's params).
struct ExportParams {
    bool attachments = false;
    bool metadataFields = false;
    bool dataRowDetails = false;
    bool projectDetails = false;
    bool labelDetails = false;
    bool performanceDetails = false;
    bool interpolatedFrames = false;
    bool embeddings = false;

    static ExportParams all();
    static QStringList names();
    // "attachments,metadata_fields" or "all"; an unknown name is an error naming it.
    static Result<ExportParams> parse(const QString &list);
    QStringList enabledNames() const;

    friend bool operator==(const ExportParams &a, const ExportParams &b)
    {
        return a.enabledNames() == b.enabledNames();
    }
};

} // namespace rowscope
