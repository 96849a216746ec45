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

DataRowFieldSet DataRowEdit::fields() const
{
    DataRowFieldSet set;
    set.setFlag(DataRowField::GlobalKey, globalKey.has_value());
    set.setFlag(DataRowField::ExternalId, externalId.has_value());
    set.setFlag(DataRowField::RowData, rowData.has_value());
    return set;
}

Result<DataRowFields> DataRowStore::readFields(sql::Connection &db, qint64 rowPk)
{
    sql::Query query = db.prepare("SELECT global_key, external_id, row_data, media_type, "
                                  "media_attributes FROM data_row WHERE pk = ?1");
    query.bind(1, rowPk);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::notFound(u"Data row not found"_s);
    }
    DataRowFields fields;
    fields.globalKey = query.isNull(0) ? QString() : query.text(0);
    fields.externalId = query.isNull(1) ? QString() : query.text(1);
    fields.rowData = query.text(2);
    fields.mediaType = query.text(3);
    fields.mediaAttributes = query.text(4);
    return fields;
}

Result<DataRowFieldsChange> DataRowStore::edit(const QString &rowId, const DataRowEdit &edit)
{
    const DataRowFieldSet which = edit.fields();
    if (!which) {
        return Error::invalid(
            tr("Nothing to update: give a global_key, a row_data or an external_id."));
    }
    if (edit.globalKey && !edit.globalKey->isNull()) {
        if (edit.globalKey->isEmpty()) {
            return Error::invalid(u"global_key cannot be empty if it is set"_s);
        }
        if (const auto invalid = GlobalKey::validate(*edit.globalKey)) {
            return Error::invalid(*invalid);
        }
    }
    if (edit.rowData) {
        if (edit.rowData->trimmed().isEmpty()) {
            return Error::invalid(u"row_data cannot be empty if it is set"_s);
        }
        if (const auto rejection = RowData::rejection(*edit.rowData)) {
            return Error::invalid(*rejection);
        }
    }
    return m_workspace.write([&]() -> Result<DataRowFieldsChange> {
        sql::Connection &db = m_workspace.db();
        auto row = RowTables::requireById(db, rowId);
        if (!row) {
            return row.error();
        }
        auto before = readFields(db, row->pk);
        if (!before) {
            return before.error();
        }
        DataRowFields after = *before;
        if (edit.globalKey) {
            after.globalKey = *edit.globalKey;
        }
        if (edit.externalId) {
            after.externalId = edit.externalId->isEmpty() ? QString() : *edit.externalId;
        }
        if (edit.rowData) {
            // New row data means a new media type and new attributes, as on create.
            const RowData::Detected detected = RowData::detect(*edit.rowData, std::nullopt);
            after.rowData = *edit.rowData;
            after.mediaType = MediaTypes::name(detected.mediaType);
            after.mediaAttributes = QString::fromUtf8(
                QJsonDocument(detected.attributes).toJson(QJsonDocument::Compact));
        }
        auto written = restoreFieldsIn(db, row->pk, after, which);
        if (!written) {
            return written.error();
        }
        return DataRowFieldsChange{which, std::move(before).value(), after,
                                   std::move(written).value()};
    });
}

Result<DataRow> DataRowStore::restoreFields(const QString &rowId, const DataRowFields &fields,
                                            DataRowFieldSet which)
{
    return m_workspace.write([&]() -> Result<DataRow> {
        sql::Connection &db = m_workspace.db();
        auto row = RowTables::requireById(db, rowId);
        if (!row) {
            return row.error();
        }
        return restoreFieldsIn(db, row->pk, fields, which);
    });
}

Result<DataRow> DataRowStore::restoreFieldsIn(sql::Connection &db, qint64 rowPk,
                                              const DataRowFields &fields, DataRowFieldSet which)
{
    if (which.testFlag(DataRowField::GlobalKey) && !fields.globalKey.isNull()) {
        auto holder = RowTables::byGlobalKey(db, fields.globalKey);
        if (!holder) {
            return holder.error();
        }
        if (holder->has_value() && (*holder)->pk != rowPk) {
            return Error::conflict(GlobalKey::duplicateMessage(fields.globalKey));
        }
    }
    // Each field keeps its stored value unless named (?6 holds the flags).
    sql::Query update =
        db.prepare("UPDATE data_row SET "
                   "global_key = CASE WHEN ?6 & 1 THEN ?2 ELSE global_key END, "
                   "external_id = CASE WHEN ?6 & 2 THEN ?3 ELSE external_id END, "
                   "row_data = CASE WHEN ?6 & 4 THEN ?4 ELSE row_data END, "
                   "media_type = CASE WHEN ?6 & 4 THEN ?5 ELSE media_type END, "
                   "media_attributes = CASE WHEN ?6 & 4 THEN ?7 ELSE media_attributes END, "
                   "updated_at = ?8, last_activity_at = ?8 WHERE pk = ?1");
    update.bind(1, rowPk)
        .bind(2, fields.globalKey)
        .bind(3, fields.externalId)
        .bind(4, fields.rowData)
        .bind(5, fields.mediaType)
        .bind(6, static_cast<qint64>(which.toInt()))
        .bind(7, fields.mediaAttributes)
        .bind(8, Timestamp::now());
    if (Status done = update.exec(); !done) {
        return done.error();
    }
    return RowTables::read(db, rowPk);
}

} // namespace rowscope
