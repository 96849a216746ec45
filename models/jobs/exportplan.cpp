#include "exportplan.h"

#include "catalog.h"
#include "selectionscanner.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

Result<ExportPlan> ExportPlan::make(Catalog &catalog, const RowSelection &selection,
                                    const ExportParams &params, const QString &destination)
{
    if (destination.isEmpty()) {
        return Error::invalid(tr("Choose a file to export to."));
    }
    ExportPlan plan;
    plan.m_selection = selection;
    plan.m_params = params;
    plan.m_destination = destination;
    if (!plan.toStandardOutput()) {
        const QFileInfo file(destination);
        const QFileInfo folder(file.absolutePath());
        if (file.isDir()) {
            return Error::invalid(
                tr("'%1' is a folder; choose a file to export to.").arg(destination));
        }
        if (!folder.isDir()) {
            return Error::invalid(tr("The folder '%1' does not exist.").arg(folder.filePath()));
        }
        if (!folder.isWritable()) {
            return Error{ErrorCode::Io,
                         tr("The folder '%1' cannot be written to.").arg(folder.filePath())};
        }
        if (file.exists() && !file.isWritable()) {
            return Error{ErrorCode::Io, tr("The file '%1' cannot be replaced.").arg(destination)};
        }
        plan.m_overwrites = file.exists();
    }
    SelectionScanner scanner(catalog.workspace().db());
    if (Status started = scanner.start(selection); !started) {
        return started.error();
    }
    auto rows = scanner.rowCount();
    if (!rows) {
        return rows.error();
    }
    plan.m_rowCount = *rows;
    plan.m_missing = scanner.missing();
    return plan;
}

QString ExportPlan::statement() const
{
    const int rows = static_cast<int>(qMin<qint64>(m_rowCount, INT_MAX));
    const QStringList enabled = m_params.enabledNames();
    const QString what = enabled.isEmpty()
                             ? tr("%Ln row(s)", nullptr, rows)
                             : tr("%Ln row(s) with %1", nullptr, rows).arg(enabled.join(u", "_s));
    const QString where = toStandardOutput() ? tr("standard output") : m_destination;
    return m_overwrites ? tr("Export %1 to %2, replacing the file that is there.").arg(what, where)
                        : tr("Export %1 to %2.").arg(what, where);
}

ConfirmedExportPlan ExportPlan::confirm() const
{
    return ConfirmedExportPlan(*this);
}

} // namespace rowscope
