#include "attachmentstore.h"

#include "cuid.h"
#include "rowtables.h"
#include "timestamp.h"
#include "workspace.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

Attachment attachmentFrom(const sql::Query &query, int first)
{
    Attachment attachment;
    attachment.id = query.text(first);
    attachment.type =
        Attachments::parseType(query.text(first + 1)).value_or(AttachmentType::RawText);
    attachment.value = query.text(first + 2);
    attachment.name = query.text(first + 3);
    return attachment;
}

} // namespace

AttachmentStore::AttachmentStore(Workspace &workspace)
    : m_workspace(workspace)
{}

QString AttachmentStore::notFoundMessage(const QString &attachmentId)
{
    return u"Attachment not found: '"_s + attachmentId + u"'"_s;
}

Result<QHash<qint64, QVector<Attachment>>>
AttachmentStore::readForRows(sql::Connection &db, const QVector<qint64> &rowPks)
{
    sql::Query query = db.prepare(
        "SELECT data_row_pk, id, type, value, name FROM attachment "
        "WHERE data_row_pk IN (SELECT value FROM json_each(?1)) ORDER BY data_row_pk, pk");
    query.bind(1, RowTables::pkList(rowPks));
    QHash<qint64, QVector<Attachment>> attachments;
    while (query.step()) {
        attachments[query.int64(0)].append(attachmentFrom(query, 1));
    }
    if (query.failed()) {
        return query.error();
    }
    return attachments;
}

Result<QVector<Attachment>> AttachmentStore::readAll(sql::Connection &db, qint64 rowPk)
{
    auto all = readForRows(db, {rowPk});
    if (!all) {
        return all.error();
    }
    return all->value(rowPk);
}

Status AttachmentStore::insertAll(sql::Connection &db, qint64 rowPk,
                                  const QVector<Attachment> &attachments)
{
    // Up to kGroup attachments per statement, in order (their keys keep the order).
    constexpr qsizetype kGroup = 4;
    for (qsizetype first = 0; first < attachments.size(); first += kGroup) {
        const qsizetype count = qMin(kGroup, attachments.size() - first);
        QByteArray sql = "INSERT INTO attachment (id, data_row_pk, type, value, name) "
                         "VALUES (?,?,?,?,?)";
        for (qsizetype n = 1; n < count; ++n) {
            sql += ",(?,?,?,?,?)";
        }
        sql::Query insert = db.prepareComposed(sql);
        for (qsizetype n = 0; n < count; ++n) {
            const Attachment &attachment = attachments[first + n];
            const int column = static_cast<int>(n * 5);
            insert.bind(column + 1, attachment.id.isEmpty() ? Cuid::generate() : attachment.id)
                .bind(column + 2, rowPk)
                .bind(column + 3, Attachments::typeName(attachment.type))
                .bind(column + 4, attachment.value)
                .bind(column + 5, attachment.name.isEmpty() ? QString() : attachment.name);
        }
        if (Status done = insert.exec(); !done) {
            return done;
        }
    }
    return {};
}

Status AttachmentStore::deleteAll(sql::Connection &db, qint64 rowPk)
{
    sql::Query remove = db.prepare("DELETE FROM attachment WHERE data_row_pk = ?1");
    remove.bind(1, rowPk);
    return remove.exec();
}

Result<QVector<Attachment>> AttachmentStore::list(const QString &rowId)
{
    sql::Connection &db = m_workspace.db();
    auto row = RowTables::requireById(db, rowId);
    if (!row) {
        return row.error();
    }
    return readAll(db, row->pk);
}

Result<Attachment> AttachmentStore::add(const QString &rowId, const QString &type,
                                        const QString &value, const QString &name)
{
    auto attachment = Attachments::make(type, value, name);
    if (!attachment) {
        return attachment.error();
    }
    attachment->id = Cuid::generate();
    return m_workspace.write([&]() -> Result<Attachment> {
        sql::Connection &db = m_workspace.db();
        auto row = RowTables::requireById(db, rowId);
        if (!row) {
            return row.error();
        }
        if (Status done = insertAll(db, row->pk, {*attachment}); !done) {
            return done.error();
        }
        if (Status done = RowTables::touch(db, row->pk, Timestamp::now()); !done) {
            return done.error();
        }
        return attachment;
    });
}

Result<Attachment> AttachmentStore::find(const QString &attachmentId, qint64 *rowPk)
{
    sql::Query query = m_workspace.db().prepare(
        "SELECT data_row_pk, id, type, value, name FROM attachment WHERE id = ?1");
    query.bind(1, attachmentId);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::notFound(notFoundMessage(attachmentId));
    }
    *rowPk = query.int64(0);
    return attachmentFrom(query, 1);
}

Result<Attachment> AttachmentStore::update(const QString &attachmentId,
                                           const AttachmentUpdate &change)
{
    if (!change.type && !change.value && !change.name) {
        return Error::invalid(tr("Nothing to change: give a type, a value or a name."));
    }
    return m_workspace.write([&]() -> Result<Attachment> {
        sql::Connection &db = m_workspace.db();
        qint64 rowPk = 0;
        auto current = find(attachmentId, &rowPk);
        if (!current) {
            return current.error();
        }
        const QString type = change.type.value_or(Attachments::typeName(current->type));
        const QString value = change.value.value_or(current->value);
        const QString name = change.name.value_or(current->name);
        auto updated = Attachments::make(type, value, name);
        if (!updated) {
            return updated.error();
        }
        updated->id = current->id;
        sql::Query write =
            db.prepare("UPDATE attachment SET type = ?2, value = ?3, name = ?4 WHERE id = ?1");
        write.bind(1, updated->id)
            .bind(2, Attachments::typeName(updated->type))
            .bind(3, updated->value)
            .bind(4, updated->name.isEmpty() ? QString() : updated->name);
        if (Status done = write.exec(); !done) {
            return done.error();
        }
        if (Status done = RowTables::touch(db, rowPk, Timestamp::now()); !done) {
            return done.error();
        }
        return updated;
    });
}

Status AttachmentStore::remove(const QString &attachmentId)
{
    return m_workspace.write([&]() -> Status {
        sql::Connection &db = m_workspace.db();
        qint64 rowPk = 0;
        auto current = find(attachmentId, &rowPk);
        if (!current) {
            return current.error();
        }
        sql::Query remove = db.prepare("DELETE FROM attachment WHERE id = ?1");
        remove.bind(1, attachmentId);
        if (Status done = remove.exec(); !done) {
            return done;
        }
        if (Status done = RowTables::touch(db, rowPk, Timestamp::now()); !done) {
            return done;
        }
        return {};
    });
}

Result<AttachmentRecord> AttachmentStore::record(const QString &attachmentId)
{
    sql::Query query = m_workspace.db().prepare(
        "SELECT r.id, a.pk, a.id, a.type, a.value, a.name FROM attachment a "
        "JOIN data_row r ON r.pk = a.data_row_pk WHERE a.id = ?1");
    query.bind(1, attachmentId);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::notFound(notFoundMessage(attachmentId));
    }
    return AttachmentRecord{query.text(0), query.int64(1), attachmentFrom(query, 2)};
}

Result<AttachmentRecord> AttachmentStore::addRecorded(const QString &rowId, const QString &type,
                                                      const QString &value, const QString &name)
{
    auto attachment = Attachments::make(type, value, name);
    if (!attachment) {
        return attachment.error();
    }
    attachment->id = Cuid::generate();
    return m_workspace.write([&]() -> Result<AttachmentRecord> {
        sql::Connection &db = m_workspace.db();
        auto row = RowTables::requireById(db, rowId);
        if (!row) {
            return row.error();
        }
        if (Status done = insertAll(db, row->pk, {*attachment}); !done) {
            return done.error();
        }
        if (Status done = RowTables::touch(db, row->pk, Timestamp::now()); !done) {
            return done.error();
        }
        return record(attachment->id);
    });
}

Result<AttachmentChange> AttachmentStore::updateRecorded(const QString &attachmentId,
                                                         const AttachmentUpdate &change)
{
    if (!change.type && !change.value && !change.name) {
        return Error::invalid(tr("Nothing to change: give a type, a value or a name."));
    }
    return m_workspace.write([&]() -> Result<AttachmentChange> {
        auto before = record(attachmentId);
        if (!before) {
            return before.error();
        }
        const Attachment &current = before->attachment;
        auto updated = Attachments::make(change.type.value_or(Attachments::typeName(current.type)),
                                         change.value.value_or(current.value),
                                         change.name.value_or(current.name));
        if (!updated) {
            return updated.error();
        }
        AttachmentRecord after = *before;
        after.attachment = *updated;
        after.attachment.id = current.id;
        if (Status done = writeRecord(after); !done) {
            return done.error();
        }
        return AttachmentChange{std::move(before).value(), after};
    });
}

Result<AttachmentRecord> AttachmentStore::removeRecorded(const QString &attachmentId)
{
    return m_workspace.write([&]() -> Result<AttachmentRecord> {
        auto removed = record(attachmentId);
        if (!removed) {
            return removed.error();
        }
        sql::Connection &db = m_workspace.db();
        sql::Query remove = db.prepare("DELETE FROM attachment WHERE id = ?1");
        remove.bind(1, attachmentId);
        if (Status done = remove.exec(); !done) {
            return done.error();
        }
        auto row = RowTables::requireById(db, removed->rowId);
        if (!row) {
            return row.error();
        }
        if (Status done = RowTables::touch(db, row->pk, Timestamp::now()); !done) {
            return done.error();
        }
        return removed;
    });
}

Status AttachmentStore::restore(const AttachmentRecord &record)
{
    return m_workspace.write([&]() -> Status { return writeRecord(record); });
}

Status AttachmentStore::writeRecord(const AttachmentRecord &record)
{
    sql::Connection &db = m_workspace.db();
    auto row = RowTables::requireById(db, record.rowId);
    if (!row) {
        return row.error();
    }
    const Attachment &attachment = record.attachment;
    const QString name = attachment.name.isEmpty() ? QString() : attachment.name;
    sql::Query find = db.prepare("SELECT data_row_pk FROM attachment WHERE id = ?1");
    find.bind(1, attachment.id);
    if (find.step()) {
        if (find.int64(0) != row->pk) {
            return Error::conflict(
                tr("Attachment '%1' belongs to another data row now.").arg(attachment.id));
        }
        sql::Query write =
            db.prepare("UPDATE attachment SET type = ?2, value = ?3, name = ?4 WHERE id = ?1");
        write.bind(1, attachment.id)
            .bind(2, Attachments::typeName(attachment.type))
            .bind(3, attachment.value)
            .bind(4, name);
        if (Status done = write.exec(); !done) {
            return done;
        }
    } else if (find.failed()) {
        return find.error();
    } else {
        // Back at its old key, so that the row lists it where it was; a NULL key (the old one
        // was taken meanwhile) makes SQLite choose a new one, after all others.
        sql::Query taken = db.prepare("SELECT 1 FROM attachment WHERE pk = ?1");
        taken.bind(1, record.pk);
        const bool keyTaken = taken.step();
        if (taken.failed()) {
            return taken.error();
        }
        sql::Query insert =
            db.prepare("INSERT INTO attachment (pk, id, data_row_pk, type, value, name) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (keyTaken || record.pk <= 0) {
            insert.bindNull(1);
        } else {
            insert.bind(1, record.pk);
        }
        insert.bind(2, attachment.id)
            .bind(3, row->pk)
            .bind(4, Attachments::typeName(attachment.type))
            .bind(5, attachment.value)
            .bind(6, name);
        if (Status done = insert.exec(); !done) {
            return done;
        }
    }
    return RowTables::touch(db, row->pk, Timestamp::now());
}

} // namespace rowscope
