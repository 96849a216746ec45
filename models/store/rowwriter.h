#pragma once

#include "inputitem.h"
#include "metadatastore.h"
#include "result.h"
#include "rowtables.h"
#include "taskreport.h"

#include <QCoreApplication>

namespace rowscope {

class Workspace;

// Creates, upserts and imports data rows. One call is one transaction: every item goes in
// whole or fails alone with its reason (and leaves nothing behind); a failure of the
// database itself (disk full, locked too long) fails the whole call and changes nothing.
class RowWriter final {
    Q_DECLARE_TR_FUNCTIONS(RowWriter)

public:
    explicit RowWriter(Workspace &workspace);

    Result<TaskReport> write(const QString &datasetId, const QVector<InputItem> &items,
                             SpecMode mode);

private:
    struct Batch {
        qint64 datasetPk = 0;
        qint64 now = 0;
        qint64 userPk = 0;
        qint64 created = 0;
        SchemaIndex schemas;
        TaskReport report;
    };

    Status writeItem(Batch &batch, const InputItem &item, SpecMode mode);
    // `ready`: the spec as already prepared off this thread, or null to prepare it here.
    Status createRow(Batch &batch, const InputItem &item, const DataRowSpec &spec,
                     const PreparedRow *ready);
    Status updateRow(Batch &batch, const InputItem &item, const RowRef &row,
                     const DataRowSpec &spec);
    Status importLine(Batch &batch, const InputItem &item, const ImportedLine &line);
    Status checkKeyFree(const QString &key, qint64 exceptRowPk);
    Status checkEmbeddings(const QVector<EmbeddingInput> &embeddings);
    Status writeEmbeddings(qint64 rowPk, const QVector<EmbeddingInput> &embeddings);
    Status writeImportedEmbeddings(qint64 rowPk, const QVector<EmbeddingVector> &embeddings);
    void noteResult(Batch &batch, const InputItem &item, const QString &id,
                    const QStringList &warnings);

    Workspace &m_workspace;
};

} // namespace rowscope
