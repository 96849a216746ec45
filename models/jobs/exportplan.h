#pragma once

#include "exportparams.h"
#include "result.h"
#include "rowselection.h"

#include <QCoreApplication>
#include <QStringList>

namespace rowscope {

class Catalog;
class ConfirmedExportPlan;

// What an export will do, worked out before anything is written: which rows and how many,
// with which parameters, to which file, and whether that file is overwritten. An ExportJob
// can only be built from a plan that was confirmed.
class ExportPlan {
    Q_DECLARE_TR_FUNCTIONS(ExportPlan)

public:
    // `destination` is a file path, or "-" for standard output.
    static Result<ExportPlan> make(Catalog &catalog, const RowSelection &selection,
                                   const ExportParams &params, const QString &destination);

    const RowSelection &selection() const { return m_selection; }
    const ExportParams &params() const { return m_params; }
    const QString &destination() const { return m_destination; }
    bool toStandardOutput() const { return m_destination == QLatin1String("-"); }
    qint64 rowCount() const { return m_rowCount; }
    bool overwrites() const { return m_overwrites; }
    // Listed ids or keys that matched no row.
    const QStringList &missing() const { return m_missing; }

    // "Export 1,000,000 rows with attachments and metadata_fields to /tmp/out.ndjson,
    // replacing the file there."
    QString statement() const;

    ConfirmedExportPlan confirm() const;

private:
    ExportPlan() = default;

    RowSelection m_selection;
    ExportParams m_params;
    QString m_destination;
    qint64 m_rowCount = 0;
    bool m_overwrites = false;
    QStringList m_missing;
};

// A plan the user agreed to; only ExportPlan::confirm() makes one.
class ConfirmedExportPlan final {
public:
    const ExportPlan &plan() const { return m_plan; }

private:
    friend class ExportPlan;
    explicit ConfirmedExportPlan(ExportPlan plan)
        : m_plan(std::move(plan))
    {}

    ExportPlan m_plan;
};

} // namespace rowscope
