#include "exportreader.h"

#include "attachmentstore.h"
#include "labelstore.h"
#include "metadatastore.h"
#include "rowtables.h"
#include "workspace.h"

#include <QtEndian>

namespace rowscope {

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
    sql::Connection &db = m_workspace.db();
    ExportRecord record;
    auto row = RowTables::read(db, rowPk);
    if (!row) {
        return row.error();
    }
    record.row = std::move(row).value();
    if (params.dataRowDetails) {
        sql::Query dataset = db.prepare("SELECT name FROM dataset WHERE id = ?1");
        dataset.bind(1, record.row.datasetId);
        if (dataset.step()) {
            record.datasetName = dataset.text(0);
        }
    }
    if (params.attachments) {
        auto attachments = AttachmentStore::readAll(db, rowPk);
        if (!attachments) {
            return attachments.error();
        }
        record.attachments = std::move(attachments).value();
    }
    if (params.metadataFields) {
        auto metadata = MetadataStore::readValues(db, rowPk);
        if (!metadata) {
            return metadata.error();
        }
        record.metadata = std::move(metadata).value();
    }
    if (params.embeddings) {
        sql::Query vectors = db.prepare(
            "SELECT e.id, e.name, e.dimensions, v.vector FROM data_row_embedding v "
            "JOIN embedding e ON e.pk = v.embedding_pk WHERE v.data_row_pk = ?1 ORDER BY e.pk");
        vectors.bind(1, rowPk);
        while (vectors.step()) {
            EmbeddingVector embedding;
            embedding.id = vectors.text(0);
            embedding.name = vectors.text(1);
            embedding.dimensions = static_cast<int>(vectors.int64(2));
            const QByteArray blob = vectors.blob(3);
            const auto *in = reinterpret_cast<const uchar *>(blob.constData());
            const qsizetype count = blob.size() / static_cast<qsizetype>(sizeof(double));
            embedding.values.reserve(count);
            for (qsizetype i = 0; i < count; ++i) {
                embedding.values.append(qFromLittleEndian<double>(in + i * sizeof(double)));
            }
            record.embeddings.append(std::move(embedding));
        }
        if (vectors.failed()) {
            return vectors.error();
        }
    }
    auto projects = LabelStore::readProjects(db, rowPk);
    if (!projects) {
        return projects.error();
    }
    record.projects = std::move(projects).value();
    return record;
}

} // namespace rowscope
