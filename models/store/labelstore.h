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

    // Building blocks for the export reader and the row writer.
    static Result<QVector<ProjectLabels>> readProjects(sql::Connection &db, qint64 rowPk);
    static Result<QHash<qint64, QVector<ProjectLabels>>>
    readProjectsForRows(sql::Connection &db, const QVector<qint64> &rowPks);
    // Writes an imported row's projects and labels (keeping their ids, times and creators).
    static Status insertImported(Workspace &workspace, qint64 rowPk,
                                 const QVector<ProjectLabels> &projects);

private:
    Result<qint64> projectPk(const QString &projectId);

    Workspace &m_workspace;
};

} // namespace rowscope
