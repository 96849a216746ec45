#pragma once

#include "attachment.h"
#include "result.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QHash>

namespace rowscope {

class Workspace;

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

    Workspace &m_workspace;
};

} // namespace rowscope
