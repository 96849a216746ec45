#include "datasetstore.h"

#include "cuid.h"
#include "timestamp.h"
#include "workspace.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

constexpr char kSelectDataset[] =
    "SELECT d.id, d.name, d.description, d.created_at, d.updated_at, u.email, d.row_count "
    "FROM dataset d JOIN user u ON u.pk = d.created_by WHERE d.id = ?1";

Dataset datasetFrom(const sql::Query &query)
{
    Dataset dataset;
    dataset.id = query.text(0);
    dataset.name = query.text(1);
    dataset.description = query.text(2);
    dataset.createdAt = query.int64(3);
    dataset.updatedAt = query.int64(4);
    dataset.createdBy = query.text(5);
    dataset.rowCount = query.int64(6);
    return dataset;
}

} // namespace

DatasetStore::DatasetStore(Workspace &workspace)
    : m_workspace(workspace)
{}

QString DatasetStore::notFoundMessage(const QString &datasetId)
{
    return u"Dataset not found: '"_s + datasetId + u"'"_s;
}

Result<qint64> DatasetStore::pkOf(sql::Connection &db, const QString &datasetId)
{
    sql::Query query = db.prepare("SELECT pk FROM dataset WHERE id = ?1");
    query.bind(1, datasetId);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::notFound(notFoundMessage(datasetId));
    }
    return query.int64(0);
}

Status DatasetStore::addToRowCount(sql::Connection &db, qint64 datasetPk, qint64 delta, qint64 now)
{
    sql::Query update =
        db.prepare("UPDATE dataset SET row_count = row_count + ?2, updated_at = ?3 WHERE pk = ?1");
    update.bind(1, datasetPk).bind(2, delta).bind(3, now);
    return update.exec();
}

Status DatasetStore::checkName(const QString &name) const
{
    if (name.trimmed().isEmpty()) {
        return Error::invalid(tr("A dataset needs a name."));
    }
    if (name.size() > kMaxNameLength) {
        return Error::invalid(
            tr("A dataset name can have at most %1 characters.").arg(kMaxNameLength));
    }
    return {};
}

Result<Dataset> DatasetStore::create(const QString &name, const QString &description)
{
    if (Status ok = checkName(name); !ok) {
        return ok.error();
    }
    return m_workspace.write([&]() -> Result<Dataset> {
        auto user = m_workspace.currentUserPk();
        if (!user) {
            return user.error();
        }
        Dataset dataset;
        dataset.id = Cuid::generate();
        dataset.name = name;
        dataset.description = description.isNull() ? u""_s : description;
        dataset.createdAt = Timestamp::now();
        dataset.updatedAt = dataset.createdAt;
        dataset.createdBy = m_workspace.currentUser().email;
        sql::Query insert = m_workspace.db().prepare(
            "INSERT INTO dataset (id, name, description, created_at, updated_at, created_by) "
            "VALUES (?1, ?2, ?3, ?4, ?4, ?5)");
        insert.bind(1, dataset.id)
            .bind(2, dataset.name)
            .bind(3, dataset.description)
            .bind(4, dataset.createdAt)
            .bind(5, *user);
        if (Status done = insert.exec(); !done) {
            return done.error();
        }
        return dataset;
    });
}

Result<Dataset> DatasetStore::get(const QString &datasetId)
{
    sql::Query query = m_workspace.db().prepare(kSelectDataset);
    query.bind(1, datasetId);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::notFound(notFoundMessage(datasetId));
    }
    return datasetFrom(query);
}

Result<QVector<Dataset>> DatasetStore::list()
{
    sql::Query query = m_workspace.db().prepare(
        "SELECT d.id, d.name, d.description, d.created_at, d.updated_at, u.email, d.row_count "
        "FROM dataset d JOIN user u ON u.pk = d.created_by ORDER BY d.pk");
    QVector<Dataset> datasets;
    while (query.step()) {
        datasets.append(datasetFrom(query));
    }
    if (query.failed()) {
        return query.error();
    }
    return datasets;
}

Result<Dataset> DatasetStore::rename(const QString &datasetId, const QString &name)
{
    if (Status writable = m_workspace.checkWritable(); !writable) {
        return writable.error();
    }
    if (Status ok = checkName(name); !ok) {
        return ok.error();
    }
    {
        sql::Query update =
            m_workspace.db().prepare("UPDATE dataset SET name = ?2, updated_at = ?3 WHERE id = ?1");
        update.bind(1, datasetId).bind(2, name).bind(3, Timestamp::now());
        if (Status done = update.exec(); !done) {
            return done.error();
        }
        if (m_workspace.db().changes() == 0) {
            return Error::notFound(notFoundMessage(datasetId));
        }
    }
    return get(datasetId);
}

Result<Dataset> DatasetStore::describe(const QString &datasetId, const QString &description)
{
    if (Status writable = m_workspace.checkWritable(); !writable) {
        return writable.error();
    }
    {
        sql::Query update = m_workspace.db().prepare(
            "UPDATE dataset SET description = ?2, updated_at = ?3 WHERE id = ?1");
        update.bind(1, datasetId)
            .bind(2, description.isNull() ? u""_s : description)
            .bind(3, Timestamp::now());
        if (Status done = update.exec(); !done) {
            return done.error();
        }
        if (m_workspace.db().changes() == 0) {
            return Error::notFound(notFoundMessage(datasetId));
        }
    }
    return get(datasetId);
}

Result<qint64> DatasetStore::remove(const QString &datasetId)
{
    return m_workspace.write([&]() -> Result<qint64> {
        sql::Connection &db = m_workspace.db();
        auto dataset = get(datasetId);
        if (!dataset) {
            return dataset.error();
        }
        // Rows, and with them their metadata, attachments, vectors and labels, go by cascade.
        sql::Query remove = db.prepare("DELETE FROM dataset WHERE id = ?1");
        remove.bind(1, datasetId);
        if (Status done = remove.exec(); !done) {
            return done.error();
        }
        return dataset->rowCount;
    });
}

} // namespace rowscope
