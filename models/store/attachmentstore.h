#pragma once

#include "attachment.h"
#include "result.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QHash>

namespace rowscope {

class Workspace;

// An attachment with its place: its row, and its table key, which orders a row's attachments.
struct AttachmentRecord {
    QString rowId;
    qint64 pk = 0;
    Attachment attachment;
};

// What an update of an attachment replaced and wrote.
struct AttachmentChange {
    AttachmentRecord before;
    AttachmentRecord after;
};

// A row's attachments: listed in the order they were added.
class AttachmentStore final {
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    explicit AttachmentStore(Workspace &workspace);

    Result<QVector<Attachment>> list(const QString &rowId);
    Result<Attachment> add(const QString &rowId, const QString &type, const QString &value,
                           const QString &name = {});
    // Changes only what the update sets; the value is checked against the (new) type.
    Result<Attachment> update(const QString &attachmentId, const AttachmentUpdate &change);
    Status remove(const QString &attachmentId);

    // The same edits, answering what they wrote or replaced with its place, so that an editor
    // can undo them exactly.
    Result<AttachmentRecord> addRecorded(const QString &rowId, const QString &type,
                                         const QString &value, const QString &name = {});
    Result<AttachmentChange> updateRecorded(const QString &attachmentId,
                                            const AttachmentUpdate &change);
    Result<AttachmentRecord> removeRecorded(const QString &attachmentId);
    // Puts an attachment back as recorded: its type, value and name when it still exists,
    // else re-created with its id on its row, at its old place (its old key, unless another
    // attachment took the key meanwhile: then last).
    Status restore(const AttachmentRecord &record);

    // "Attachment not found: '<id>'"
    static QString notFoundMessage(const QString &attachmentId);

    // Building blocks for the row writer, inside its transaction. Ids are given to
    // attachments that have none.
    static Result<QVector<Attachment>> readAll(sql::Connection &db, qint64 rowPk);
    static Result<QHash<qint64, QVector<Attachment>>> readForRows(sql::Connection &db,
                                                                  const QVector<qint64> &rowPks);
    static Status insertAll(sql::Connection &db, qint64 rowPk,
                            const QVector<Attachment> &attachments);
    static Status deleteAll(sql::Connection &db, qint64 rowPk);

private:
    Result<Attachment> find(const QString &attachmentId, qint64 *rowPk);
    // The attachment with its place (inside a transaction of the caller's).
    Result<AttachmentRecord> record(const QString &attachmentId);
    // Writes a record: updated in place, or re-created (inside a transaction of the caller's).
    Status writeRecord(const AttachmentRecord &record);

    Workspace &m_workspace;
};

} // namespace rowscope
