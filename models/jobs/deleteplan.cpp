#include "deleteplan.h"

#include "catalog.h"
#include "selectionscanner.h"

namespace rowscope {

Result<DeletePlan> DeletePlan::make(Catalog &catalog, const RowSelection &selection)
{
    SelectionScanner scanner(catalog.workspace().db());
    if (Status started = scanner.start(selection); !started) {
        return started.error();
    }
    auto rows = scanner.rowCount();
    if (!rows) {
        return rows.error();
    }
    auto labels = scanner.labelCount();
    if (!labels) {
        return labels.error();
    }
    DeletePlan plan;
    plan.m_selection = selection;
    plan.m_rowCount = *rows;
    plan.m_labelCount = *labels;
    plan.m_missing = scanner.missing();
    plan.m_lastRowKey = scanner.lastRowKey();
    return plan;
}

QString DeletePlan::statement() const
{
    const int rows = static_cast<int>(qMin<qint64>(m_rowCount, INT_MAX));
    const int labels = static_cast<int>(qMin<qint64>(m_labelCount, INT_MAX));
    return tr("This deletes %1 and %2, with their metadata and attachments. It cannot be "
              "undone.")
        .arg(tr("%Ln data row(s)", nullptr, rows), tr("%Ln label(s)", nullptr, labels));
}

ConfirmedDeletePlan DeletePlan::confirm() const
{
    return ConfirmedDeletePlan(*this);
}

} // namespace rowscope
