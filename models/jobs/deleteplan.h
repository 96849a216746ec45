#pragma once

#include "result.h"
#include "rowselection.h"

#include <QCoreApplication>
#include <QStringList>

namespace rowscope {

class Catalog;
class ConfirmedDeletePlan;

// What a bulk delete will remove, counted before anything is deleted: how many rows, and how
// many labels go with them. A BulkDeleteJob can only be built from a confirmed plan.
class DeletePlan {
    Q_DECLARE_TR_FUNCTIONS(DeletePlan)

public:
    static Result<DeletePlan> make(Catalog &catalog, const RowSelection &selection);

    const RowSelection &selection() const { return m_selection; }
    qint64 rowCount() const { return m_rowCount; }
    qint64 labelCount() const { return m_labelCount; }
    const QStringList &missing() const { return m_missing; }
    // The highest row key of a dataset selection when the plan was made: rows added to the
    // dataset after it are not part of the plan, and the job leaves them alone.
    qint64 lastRowKey() const { return m_lastRowKey; }

    // "This deletes 10,001 data rows and 2,500 labels, with their metadata and attachments.
    // It cannot be undone."
    QString statement() const;

    ConfirmedDeletePlan confirm() const;

private:
    DeletePlan() = default;

    RowSelection m_selection;
    qint64 m_rowCount = 0;
    qint64 m_labelCount = 0;
    qint64 m_lastRowKey = 0;
    QStringList m_missing;
};

// A plan the user agreed to; only DeletePlan::confirm() makes one.
class ConfirmedDeletePlan final {
public:
    const DeletePlan &plan() const { return m_plan; }

private:
    friend class DeletePlan;
    explicit ConfirmedDeletePlan(DeletePlan plan)
        : m_plan(std::move(plan))
    {}

    DeletePlan m_plan;
};

} // namespace rowscope
