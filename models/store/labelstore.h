#pragma once

#include "exportrecord.h"
#include "label.h"
#include "result.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QHash>

namespace rowscope {

class Workspace;

// Projects, the labels of rows in them, and each row's winning label per project: the first
// label submitted, unless a user picks another.
class LabelStore final {
    Q_DECLARE_TR_FUNCTIONS(LabelStore)

public:
    explicit LabelStore(Workspace &workspace);

    Result<Project> createProject(const QString &name);
    Result<QVector<Project>> projects();
    Result<Project> project(const QString &projectId);

    Result<Label> addLabel(const QString &rowId, const LabelInput &input);
    // A row's labels, by project and then in submission order; all projects when projectId
    // is empty.
    Result<QVector<Label>> labels(const QString &rowId, const QString &projectId = {});
    // The winning label's id, or a null string when the row has no label in the project.
    Result<QString> winningLabelId(const QString &rowId, const QString &projectId);
    Status setWinningLabel(const QString &rowId, const QString &projectId, const QString &labelId);
    // The winner a user chose, not the one derived: a label id, or a null string when none was
    // chosen (then the first label submitted wins).
    Result<QString> chosenWinningLabelId(const QString &rowId, const QString &projectId);
    // setWinningLabel() that answers the winner chosen before (a null string: none), read in
    // the same transaction, so that an editor can undo it exactly.
    Result<QString> setWinningLabelRecorded(const QString &rowId, const QString &projectId,
                                            const QString &labelId);
    // Puts back a chosen winner; a null labelId chooses none (the first label wins again).
    Status restoreWinningLabel(const QString &rowId, const QString &projectId,
                               const QString &labelId);

    // Building blocks for the export reader and the row writer.
    static Result<QVector<ProjectLabels>> readProjects(sql::Connection &db, qint64 rowPk);
    static Result<QHash<qint64, QVector<ProjectLabels>>>
    readProjectsForRows(sql::Connection &db, const QVector<qint64> &rowPks);
    // Writes an imported row's projects and labels (keeping their ids, times and creators).
    static Status insertImported(Workspace &workspace, qint64 rowPk,
                                 const QVector<ProjectLabels> &projects);

private:
    Result<qint64> projectPk(const QString &projectId);
    // The chosen winner's id (null: none) of a row in a project (inside a transaction).
    Result<QString> readChosenWinner(qint64 rowPk, qint64 projectPk);
    // Chooses a label of the row in the project as its winner, or none for a null labelId.
    Status writeWinner(const QString &rowId, qint64 rowPk, const QString &projectId,
                       qint64 projectPk, const QString &labelId);

    Workspace &m_workspace;
};

} // namespace rowscope
