#include "datarowstore.h"

#include "datasetstore.h"
#include "globalkey.h"
#include "rowdata.h"
#include "rowtables.h"
#include "timestamp.h"
#include "workspace.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

DataRowStore::DataRowStore(Workspace &workspace)
    : m_workspace(workspace)
{}

QString DataRowStore::keyNotFoundMessage(const QString &globalKey)
{
    return u"Data Row not found for global key: '"_s + globalKey + u"'"_s;
}

Result<DataRow> DataRowStore::get(const QString &rowId)
{
    sql::Connection &db = m_workspace.db();
    auto row = RowTables::requireById(db, rowId);
    if (!row) {
        return row.error();
    }
    return RowTables::read(db, row->pk);
}

Result<DataRow> DataRowStore::getByGlobalKey(const QString &globalKey)
{
    sql::Connection &db = m_workspace.db();
    auto row = RowTables::byGlobalKey(db, globalKey);
    if (!row) {
        return row.error();
    }
    if (!row->has_value()) {
        return Error::notFound(keyNotFoundMessage(globalKey));
    }
    return RowTables::read(db, (*row)->pk);
}

Result<DataRow> DataRowStore::update(const QString &rowId, const DataRowUpdate &change)
{
    if (!change.globalKey && !change.rowData && !change.externalId) {
        return Error::invalid(
            tr("Nothing to update: give a global_key, a row_data or an external_id."));
    }
    for (const auto &[name, value] : {std::pair{"global_key", &change.globalKey},
                                      {"row_data", &change.rowData},
                                      {"external_id", &change.externalId}}) {
        if (*value && (*value)->isEmpty()) {
            return Error::invalid(QString::fromLatin1(name) + u" cannot be empty if it is set"_s);
        }
    }
    if (change.globalKey) {
        if (const auto invalid = GlobalKey::validate(*change.globalKey)) {
            return Error::invalid(*invalid);
        }
    }
    if (change.rowData) {
        // Blank row data is empty row data, as it is on create.
        if (change.rowData->trimmed().isEmpty()) {
            return Error::invalid(u"row_data cannot be empty if it is set"_s);
        }
        if (const auto rejection = RowData::rejection(*change.rowData)) {
            return Error::invalid(*rejection);
        }
    }
    return m_workspace.write([&]() -> Result<DataRow> {
        sql::Connection &db = m_workspace.db();
        auto row = RowTables::requireById(db, rowId);
        if (!row) {
            return row.error();
        }
        if (change.globalKey) {
            auto holder = RowTables::byGlobalKey(db, *change.globalKey);
            if (!holder) {
                return holder.error();
            }
            if (holder->has_value() && (*holder)->pk != row->pk) {
                return Error::conflict(GlobalKey::duplicateMessage(*change.globalKey));
            }
        }
        const qint64 now = Timestamp::now();
        if (change.globalKey || change.externalId) {
            sql::Query update = db.prepare(
                "UPDATE data_row SET global_key = ifnull(?2, global_key), "
                "external_id = ifnull(?3, external_id), updated_at = ?4, last_activity_at = ?4 "
                "WHERE pk = ?1");
            update.bind(1, row->pk)
                .bind(2, change.globalKey.value_or(QString()))
                .bind(3, change.externalId.value_or(QString()))
                .bind(4, now);
            if (Status done = update.exec(); !done) {
                return done.error();
            }
        }
        if (change.rowData) {
            // New row data means a new media type and new attributes, as on create.
            const RowData::Detected detected = RowData::detect(*change.rowData, std::nullopt);
            sql::Query update = db.prepare(
                "UPDATE data_row SET row_data = ?2, media_type = ?3, media_attributes = ?4, "
                "updated_at = ?5, last_activity_at = ?5 WHERE pk = ?1");
            update.bind(1, row->pk)
                .bind(2, *change.rowData)
                .bind(3, MediaTypes::name(detected.mediaType))
                .bind(4, QString::fromUtf8(
                             QJsonDocument(detected.attributes).toJson(QJsonDocument::Compact)))
                .bind(5, now);
            if (Status done = update.exec(); !done) {
                return done.error();
            }
        }
        auto updated = RowTables::read(db, row->pk);
        if (!updated) {
            return updated.error();
        }
        return updated;
    });
}

Status DataRowStore::remove(const QString &rowId)
{
    return m_workspace.write([&]() -> Status {
        sql::Connection &db = m_workspace.db();
        auto row = RowTables::requireById(db, rowId);
        if (!row) {
            return row.error();
        }
        {
            sql::Query remove = db.prepare("DELETE FROM data_row WHERE pk = ?1");
            remove.bind(1, row->pk);
            if (Status done = remove.exec(); !done) {
                return done;
            }
        }
        if (Status done = DatasetStore::addToRowCount(db, row->datasetPk, -1, Timestamp::now());
            !done) {
            return done;
        }
        return {};
    });
}

Result<QVector<QPair<QString, QStringList>>>
DataRowStore::idsForExternalIds(const QStringList &externalIds)
{
    sql::Query query =
        m_workspace.db().prepare("SELECT id FROM data_row WHERE external_id = ?1 ORDER BY pk");
    QVector<QPair<QString, QStringList>> result;
    for (const QString &externalId : externalIds) {
        query.reset();
        query.bind(1, externalId);
        QStringList ids;
        while (query.step()) {
            ids.append(query.text(0));
        }
        if (query.failed()) {
            return query.error();
        }
        result.append({externalId, ids});
    }
    return result;
}

} // namespace rowscope
