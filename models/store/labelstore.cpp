#include "labelstore.h"

#include "cuid.h"
#include "rowtables.h"
#include "timestamp.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

const QByteArray kEmptyAnnotations =
    QByteArrayLiteral(R"({"classifications":[],"objects":[],"relationships":[]})");

QString projectNotFound(const QString &projectId)
{
    return u"Project not found: '"_s + projectId + u"'"_s;
}

Status insertLabel(sql::Connection &db, const Label &label, qint64 rowPk, qint64 projectPk,
                   qint64 userPk)
{
    sql::Query insert = db.prepare(
        "INSERT INTO label (id, data_row_pk, project_pk, label_kind, version, created_by, "
        "created_at, updated_at, content_last_updated_at, reviews, seconds_to_create, "
        "seconds_to_review, skipped, annotations) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    insert.bind(1, label.id)
        .bind(2, rowPk)
        .bind(3, projectPk)
        .bind(4, label.labelKind)
        .bind(5, label.version)
        .bind(6, userPk)
        .bind(7, label.createdAt)
        .bind(8, label.updatedAt)
        .bind(9, label.contentLastUpdatedAt)
        .bind(10, QString::fromUtf8(label.reviewsJson))
        .bind(11, label.secondsToCreate)
        .bind(12, label.secondsToReview)
        .bind(13, qint64(label.skipped ? 1 : 0))
        .bind(14, QString::fromUtf8(label.annotationsJson.isEmpty() ? kEmptyAnnotations
                                                                    : label.annotationsJson));
    return insert.exec();
}

// Makes sure the row has its state in the project; the status is kept if present.
Status ensureRowProject(sql::Connection &db, qint64 rowPk, qint64 projectPk,
                        const QString &workflowStatus)
{
    // A project new to the row goes after the row's other projects.
    sql::Query upsert = db.prepare(
        "INSERT INTO data_row_project (data_row_pk, project_pk, workflow_status, position) "
        "VALUES (?1, ?2, ?3, (SELECT ifnull(max(position), -1) + 1 FROM data_row_project "
        "WHERE data_row_pk = ?1)) ON CONFLICT (data_row_pk, project_pk) DO NOTHING");
    upsert.bind(1, rowPk).bind(2, projectPk).bind(3, workflowStatus);
    return upsert.exec();
}

} // namespace

LabelStore::LabelStore(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<Project> LabelStore::createProject(const QString &name)
{
    if (Status writable = m_workspace.checkWritable(); !writable) {
        return writable.error();
    }
    if (name.trimmed().isEmpty()) {
        return Error::invalid(tr("A project needs a name."));
    }
    Project project{Cuid::generate(), name, Timestamp::now()};
    sql::Query insert =
        m_workspace.db().prepare("INSERT INTO project (id, name, created_at) VALUES (?1, ?2, ?3)");
    insert.bind(1, project.id).bind(2, project.name).bind(3, project.createdAt);
    if (Status done = insert.exec(); !done) {
        return done.error();
    }
    return project;
}

Result<QVector<Project>> LabelStore::projects()
{
    sql::Query query =
        m_workspace.db().prepare("SELECT id, name, created_at FROM project ORDER BY pk");
    QVector<Project> result;
    while (query.step()) {
        result.append({query.text(0), query.text(1), query.int64(2)});
    }
    if (query.failed()) {
        return query.error();
    }
    return result;
}

Result<Project> LabelStore::project(const QString &projectId)
{
    sql::Query query =
        m_workspace.db().prepare("SELECT id, name, created_at FROM project WHERE id = ?1");
    query.bind(1, projectId);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::notFound(projectNotFound(projectId));
    }
    return Project{query.text(0), query.text(1), query.int64(2)};
}

Result<qint64> LabelStore::projectPk(const QString &projectId)
{
    sql::Query query = m_workspace.db().prepare("SELECT pk FROM project WHERE id = ?1");
    query.bind(1, projectId);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::notFound(projectNotFound(projectId));
    }
    return query.int64(0);
}

Result<Label> LabelStore::addLabel(const QString &rowId, const LabelInput &input)
{
    Label label;
    label.id = Cuid::generate();
    label.dataRowId = rowId;
    label.projectId = input.projectId;
    label.createdBy = m_workspace.currentUser().email;
    label.createdAt = Timestamp::now();
    label.updatedAt = label.createdAt;
    label.contentLastUpdatedAt = label.createdAt;
    label.secondsToCreate = input.secondsToLabel;
    if (input.secondsToLabel < 0 || !qIsFinite(input.secondsToLabel)) {
        return Error::invalid(tr("Seconds to label must be a finite number of at least 0."));
    }
    if (input.annotationsJson.isEmpty()) {
        label.annotationsJson = kEmptyAnnotations;
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(input.annotationsJson, &parseError);
        if (!doc.isObject()) {
            return Error::invalid(tr("A label's annotations must be a JSON object (%1).")
                                      .arg(parseError.error == QJsonParseError::NoError
                                               ? tr("got another JSON value")
                                               : parseError.errorString()));
        }
        label.annotationsJson = doc.toJson(QJsonDocument::Compact);
    }
    return m_workspace.write([&]() -> Result<Label> {
        sql::Connection &db = m_workspace.db();
        auto row = RowTables::requireById(db, rowId);
        if (!row) {
            return row.error();
        }
        auto project = projectPk(input.projectId);
        if (!project) {
            return project.error();
        }
        auto user = m_workspace.currentUserPk();
        if (!user) {
            return user.error();
        }
        if (Status done = insertLabel(db, label, row->pk, *project, *user); !done) {
            return done.error();
        }
        if (Status done = ensureRowProject(db, row->pk, *project, u"DONE"_s); !done) {
            return done.error();
        }
        if (Status done = RowTables::touch(db, row->pk, label.createdAt); !done) {
            return done.error();
        }
        return label;
    });
}

Result<QHash<qint64, QVector<ProjectLabels>>>
LabelStore::readProjectsForRows(sql::Connection &db, const QVector<qint64> &rowPks)
{
    const QString list = RowTables::pkList(rowPks);
    QHash<qint64, QVector<ProjectLabels>> projects;
    sql::Query states = db.prepare(
        "SELECT rp.data_row_pk, p.id, p.name, rp.workflow_status, w.id FROM data_row_project rp "
        "JOIN project p ON p.pk = rp.project_pk LEFT JOIN label w ON w.pk = rp.winner_label_pk "
        "WHERE rp.data_row_pk IN (SELECT value FROM json_each(?1)) "
        "ORDER BY rp.data_row_pk, rp.position, p.pk");
    states.bind(1, list);
    while (states.step()) {
        ProjectLabels project;
        project.projectId = states.text(1);
        project.projectName = states.text(2);
        project.workflowStatus = states.text(3);
        project.selectedLabelId = states.text(4);
        projects[states.int64(0)].append(std::move(project));
    }
    if (states.failed()) {
        return states.error();
    }
    if (projects.isEmpty()) {
        return projects;
    }
    sql::Query labels = db.prepare(
        "SELECT l.data_row_pk, l.id, p.id, l.label_kind, l.version, u.email, l.created_at, "
        "l.updated_at, l.content_last_updated_at, l.reviews, l.seconds_to_create, "
        "l.seconds_to_review, l.skipped, l.annotations, r.id FROM label l "
        "JOIN project p ON p.pk = l.project_pk JOIN user u ON u.pk = l.created_by "
        "JOIN data_row r ON r.pk = l.data_row_pk "
        "WHERE l.data_row_pk IN (SELECT value FROM json_each(?1)) "
        "ORDER BY l.data_row_pk, l.project_pk, l.created_at, l.pk");
    labels.bind(1, list);
    while (labels.step()) {
        Label label;
        label.id = labels.text(1);
        label.projectId = labels.text(2);
        label.labelKind = labels.text(3);
        label.version = labels.text(4);
        label.createdBy = labels.text(5);
        label.createdAt = labels.int64(6);
        label.updatedAt = labels.int64(7);
        label.contentLastUpdatedAt = labels.int64(8);
        label.reviewsJson = labels.blob(9);
        label.secondsToCreate = labels.real(10);
        label.secondsToReview = labels.real(11);
        label.skipped = labels.int64(12) != 0;
        label.annotationsJson = labels.blob(13);
        label.dataRowId = labels.text(14);
        for (ProjectLabels &project : projects[labels.int64(0)]) {
            if (project.projectId == label.projectId) {
                project.labels.append(std::move(label));
                break;
            }
        }
    }
    if (labels.failed()) {
        return labels.error();
    }
    for (QVector<ProjectLabels> &rowProjects : projects) {
        for (ProjectLabels &project : rowProjects) {
            if (project.selectedLabelId.isEmpty() && !project.labels.isEmpty()) {
                project.selectedLabelId = project.labels.first().id;
            }
        }
    }
    return projects;
}

Result<QVector<ProjectLabels>> LabelStore::readProjects(sql::Connection &db, qint64 rowPk)
{
    auto all = readProjectsForRows(db, {rowPk});
    if (!all) {
        return all.error();
    }
    return all->value(rowPk);
}

Result<QVector<Label>> LabelStore::labels(const QString &rowId, const QString &projectId)
{
    sql::Connection &db = m_workspace.db();
    auto row = RowTables::requireById(db, rowId);
    if (!row) {
        return row.error();
    }
    if (!projectId.isEmpty()) {
        if (auto found = projectPk(projectId); !found) {
            return found.error();
        }
    }
    auto projects = readProjects(db, row->pk);
    if (!projects) {
        return projects.error();
    }
    QVector<Label> result;
    for (const ProjectLabels &project : *projects) {
        if (projectId.isEmpty() || project.projectId == projectId) {
            result.append(project.labels);
        }
    }
    return result;
}

Result<QString> LabelStore::winningLabelId(const QString &rowId, const QString &projectId)
{
    sql::Connection &db = m_workspace.db();
    auto row = RowTables::requireById(db, rowId);
    if (!row) {
        return row.error();
    }
    if (auto found = projectPk(projectId); !found) {
        return found.error();
    }
    auto projects = readProjects(db, row->pk);
    if (!projects) {
        return projects.error();
    }
    for (const ProjectLabels &project : *projects) {
        if (project.projectId == projectId) {
            return project.selectedLabelId.isEmpty() ? QString() : project.selectedLabelId;
        }
    }
    return QString();
}

Status LabelStore::setWinningLabel(const QString &rowId, const QString &projectId,
                                   const QString &labelId)
{
    return m_workspace.write([&]() -> Status {
        sql::Connection &db = m_workspace.db();
        auto row = RowTables::requireById(db, rowId);
        if (!row) {
            return row.error();
        }
        auto project = projectPk(projectId);
        if (!project) {
            return project.error();
        }
        sql::Query find = db.prepare(
            "SELECT pk FROM label WHERE id = ?1 AND data_row_pk = ?2 AND project_pk = ?3");
        find.bind(1, labelId).bind(2, row->pk).bind(3, *project);
        if (!find.step()) {
            if (find.failed()) {
                return find.error();
            }
            return Error::notFound(tr("Label '%1' is not a label of data row '%2' in project '%3'.")
                                       .arg(labelId, rowId, projectId));
        }
        const qint64 labelPk = find.int64(0);
        sql::Query update = db.prepare("UPDATE data_row_project SET winner_label_pk = ?3 WHERE "
                                       "data_row_pk = ?1 AND project_pk = ?2");
        update.bind(1, row->pk).bind(2, *project).bind(3, labelPk);
        if (Status done = update.exec(); !done) {
            return done;
        }
        if (Status done = RowTables::touch(db, row->pk, Timestamp::now()); !done) {
            return done;
        }
        return {};
    });
}

Status LabelStore::insertImported(Workspace &workspace, qint64 rowPk,
                                  const QVector<ProjectLabels> &projects)
{
    sql::Connection &db = workspace.db();
    for (const ProjectLabels &project : projects) {
        sql::Query find = db.prepare("SELECT pk FROM project WHERE id = ?1");
        find.bind(1, project.projectId);
        qint64 projectPk = 0;
        if (find.step()) {
            projectPk = find.int64(0);
        } else if (find.failed()) {
            return find.error();
        } else {
            sql::Query insert =
                db.prepare("INSERT INTO project (id, name, created_at) VALUES (?1, ?2, ?3)");
            insert.bind(1, project.projectId)
                .bind(2, project.projectName.isEmpty() ? project.projectId : project.projectName)
                .bind(3, Timestamp::now());
            if (Status done = insert.exec(); !done) {
                return done;
            }
            projectPk = db.lastInsertRowId();
        }
        qint64 winnerPk = 0;
        for (const Label &label : project.labels) {
            sql::Query exists = db.prepare("SELECT 1 FROM label WHERE id = ?1");
            exists.bind(1, label.id);
            if (exists.step()) {
                return Error::conflict(u"Label already exists: '"_s + label.id + u"'"_s);
            }
            if (exists.failed()) {
                return exists.error();
            }
            auto user = label.createdBy.isEmpty() ? workspace.currentUserPk()
                                                  : workspace.userPk(label.createdBy);
            if (!user) {
                return user.error();
            }
            if (Status done = insertLabel(db, label, rowPk, projectPk, *user); !done) {
                return done;
            }
            if (label.id == project.selectedLabelId) {
                winnerPk = db.lastInsertRowId();
            }
        }
        const QString status =
            project.workflowStatus.isEmpty() ? u"DONE"_s : project.workflowStatus;
        if (Status done = ensureRowProject(db, rowPk, projectPk, status); !done) {
            return done;
        }
        if (winnerPk != 0) {
            sql::Query winner = db.prepare("UPDATE data_row_project SET winner_label_pk = ?3 "
                                           "WHERE data_row_pk = ?1 AND project_pk = ?2");
            winner.bind(1, rowPk).bind(2, projectPk).bind(3, winnerPk);
            if (Status done = winner.exec(); !done) {
                return done;
            }
        }
    }
    return {};
}

Result<QString> LabelStore::readChosenWinner(qint64 rowPk, qint64 projectPk)
{
    sql::Query query = m_workspace.db().prepare(
        "SELECT w.id FROM data_row_project rp LEFT JOIN label w ON w.pk = rp.winner_label_pk "
        "WHERE rp.data_row_pk = ?1 AND rp.project_pk = ?2");
    query.bind(1, rowPk).bind(2, projectPk);
    if (query.step()) {
        return query.isNull(0) ? QString() : query.text(0);
    }
    if (query.failed()) {
        return query.error();
    }
    return QString();
}

Status LabelStore::writeWinner(const QString &rowId, qint64 rowPk, const QString &projectId,
                               qint64 projectPk, const QString &labelId)
{
    sql::Connection &db = m_workspace.db();
    qint64 labelPk = 0;
    if (!labelId.isNull()) {
        sql::Query find = db.prepare(
            "SELECT pk FROM label WHERE id = ?1 AND data_row_pk = ?2 AND project_pk = ?3");
        find.bind(1, labelId).bind(2, rowPk).bind(3, projectPk);
        if (!find.step()) {
            if (find.failed()) {
                return find.error();
            }
            return Error::notFound(tr("Label '%1' is not a label of data row '%2' in project '%3'.")
                                       .arg(labelId, rowId, projectId));
        }
        labelPk = find.int64(0);
    }
    sql::Query update = db.prepare("UPDATE data_row_project SET winner_label_pk = ?3 WHERE "
                                   "data_row_pk = ?1 AND project_pk = ?2");
    update.bind(1, rowPk).bind(2, projectPk);
    if (labelPk != 0) {
        update.bind(3, labelPk);
    } else {
        update.bindNull(3);
    }
    if (Status done = update.exec(); !done) {
        return done;
    }
    return RowTables::touch(db, rowPk, Timestamp::now());
}

Result<QString> LabelStore::chosenWinningLabelId(const QString &rowId, const QString &projectId)
{
    auto row = RowTables::requireById(m_workspace.db(), rowId);
    if (!row) {
        return row.error();
    }
    auto project = projectPk(projectId);
    if (!project) {
        return project.error();
    }
    return readChosenWinner(row->pk, *project);
}

Result<QString> LabelStore::setWinningLabelRecorded(const QString &rowId, const QString &projectId,
                                                    const QString &labelId)
{
    if (labelId.isEmpty()) {
        return Error::invalid(tr("Choose a label to make the winner."));
    }
    return m_workspace.write([&]() -> Result<QString> {
        auto row = RowTables::requireById(m_workspace.db(), rowId);
        if (!row) {
            return row.error();
        }
        auto project = projectPk(projectId);
        if (!project) {
            return project.error();
        }
        auto before = readChosenWinner(row->pk, *project);
        if (!before) {
            return before.error();
        }
        if (Status done = writeWinner(rowId, row->pk, projectId, *project, labelId); !done) {
            return done.error();
        }
        return before;
    });
}

Status LabelStore::restoreWinningLabel(const QString &rowId, const QString &projectId,
                                       const QString &labelId)
{
    return m_workspace.write([&]() -> Status {
        auto row = RowTables::requireById(m_workspace.db(), rowId);
        if (!row) {
            return row.error();
        }
        auto project = projectPk(projectId);
        if (!project) {
            return project.error();
        }
        return writeWinner(rowId, row->pk, projectId, *project, labelId);
    });
}

} // namespace rowscope
