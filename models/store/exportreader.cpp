#include "exportreader.h"

#include "attachmentstore.h"
#include "labelstore.h"
#include "metadatastore.h"
#include "rowtables.h"
#include "vectorblob.h"
#include "workspace.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

Result<QHash<qint64, QVector<EmbeddingVector>>> readEmbeddings(sql::Connection &db,
                                                               const QVector<qint64> &rowPks)
{
    sql::Query vectors = db.prepare(
        "SELECT v.data_row_pk, e.id, e.name, e.dimensions, v.vector FROM data_row_embedding v "
        "JOIN embedding e ON e.pk = v.embedding_pk "
        "WHERE v.data_row_pk IN (SELECT value FROM json_each(?1)) ORDER BY v.data_row_pk, e.pk");
    vectors.bind(1, RowTables::pkList(rowPks));
    QHash<qint64, QVector<EmbeddingVector>> result;
    while (vectors.step()) {
        EmbeddingVector embedding;
        embedding.id = vectors.text(1);
        embedding.name = vectors.text(2);
        embedding.dimensions = static_cast<int>(vectors.int64(3));
        embedding.values = VectorBlob::unpack(vectors.blob(4));
        result[vectors.int64(0)].append(std::move(embedding));
    }
    if (vectors.failed()) {
        return vectors.error();
    }
    return result;
}

} // namespace

ExportReader::ExportReader(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<ExportRecord> ExportReader::record(const QString &rowId, const ExportParams &params)
{
    auto row = RowTables::requireById(m_workspace.db(), rowId);
    if (!row) {
        return row.error();
    }
    return recordByPk(row->pk, params);
}

Result<ExportRecord> ExportReader::recordByPk(qint64 rowPk, const ExportParams &params)
{
    auto found = records({rowPk}, params);
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return Error::notFound(u"Data row not found"_s);
    }
    return std::move(found->first());
}

Result<QVector<ExportRecord>> ExportReader::records(const QVector<qint64> &rowPks,
                                                    const ExportParams &params)
{
    sql::Connection &db = m_workspace.db();
    auto rows = RowTables::readMany(db, rowPks);
    if (!rows) {
        return rows.error();
    }
    QHash<qint64, QVector<Attachment>> attachments;
    if (params.attachments) {
        auto read = AttachmentStore::readForRows(db, rowPks);
        if (!read) {
            return read.error();
        }
        attachments = std::move(read).value();
    }
    QHash<qint64, QVector<MetadataValue>> metadata;
    if (params.metadataFields) {
        auto read = MetadataStore::readValuesForRows(db, rowPks);
        if (!read) {
            return read.error();
        }
        metadata = std::move(read).value();
    }
    QHash<qint64, QVector<EmbeddingVector>> embeddings;
    if (params.embeddings) {
        auto read = readEmbeddings(db, rowPks);
        if (!read) {
            return read.error();
        }
        embeddings = std::move(read).value();
    }
    auto projects = LabelStore::readProjectsForRows(db, rowPks);
    if (!projects) {
        return projects.error();
    }
    // Dataset names for details: few datasets, so a per-call map.
    QHash<QString, QString> datasetNames;
    if (params.dataRowDetails) {
        sql::Query names = db.prepare("SELECT id, name FROM dataset");
        while (names.step()) {
            datasetNames.insert(names.text(0), names.text(1));
        }
        if (names.failed()) {
            return names.error();
        }
    }

    QVector<ExportRecord> records;
    records.reserve(rowPks.size());
    for (const qint64 pk : rowPks) {
        auto row = rows->find(pk);
        if (row == rows->end()) {
            continue;
        }
        ExportRecord record;
        record.row = std::move(*row);
        record.datasetName = datasetNames.value(record.row.datasetId);
        record.attachments = attachments.take(pk);
        record.metadata = metadata.take(pk);
        record.embeddings = embeddings.take(pk);
        record.projects = projects->take(pk);
        records.append(std::move(record));
    }
    return records;
}

} // namespace rowscope
