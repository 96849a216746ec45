#include "rowwriter.h"

#include "attachmentstore.h"
#include "cuid.h"
#include "datasetstore.h"
#include "globalkey.h"
#include "labelstore.h"
#include "rowdata.h"
#include "timestamp.h"
#include "vectorblob.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

// Errors that belong to one item; anything else is the database failing.
bool isItemError(const Error &error)
{
    return error.code == ErrorCode::InvalidInput || error.code == ErrorCode::NotFound ||
           error.code == ErrorCode::Conflict;
}

// Every check of an item runs before its first write, so a failure after that is the
// database failing (or a bug): it must fail the whole call, which rolls back, rather than
// count as the item's error and leave half a row behind.
Status escalate(const Status &status)
{
    if (status.ok() || !isItemError(status.error())) {
        return status;
    }
    return Error::internal(u"Writing a data row failed after its checks passed: "_s +
                           status.error().message);
}

// The data_row insert or update is an item's first write, and SQLite undoes a failed
// statement by itself, so a taken key can be left to the UNIQUE index to find (one probe
// instead of a lookup and then the insert's own probe).
bool isTakenKey(const Status &status)
{
    return !status.ok() && status.error().code == ErrorCode::Conflict &&
           status.error().message.contains(u"data_row.global_key"_s);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

RowWriter::RowWriter(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<TaskReport> RowWriter::write(const QString &datasetId, const QVector<InputItem> &items,
                                    SpecMode mode)
{
    if (Status writable = m_workspace.checkWritable(); !writable) {
        return writable.error();
    }
    sql::Connection &db = m_workspace.db();
    sql::Transaction transaction(db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    Batch batch;
    auto datasetPk = DatasetStore::pkOf(db, datasetId);
    if (!datasetPk) {
        return datasetPk.error();
    }
    batch.datasetPk = *datasetPk;
    batch.now = Timestamp::now();
    auto user = m_workspace.currentUserPk();
    if (!user) {
        return user.error();
    }
    batch.userPk = *user;
    auto schemas = MetadataStore::loadIndex(db);
    if (!schemas) {
        return schemas.error();
    }
    batch.schemas = std::move(schemas).value();

    for (const InputItem &item : items) {
        if (item.failed()) {
            batch.report.errors.append({item.error, item.position, item.original});
            continue;
        }
        Status written = writeItem(batch, item, mode);
        if (!written) {
            if (!isItemError(written.error())) {
                return written.error();
            }
            batch.report.errors.append({written.error().message, item.position, item.original});
        }
    }
    if (batch.created == 0 && batch.report.updated == 0) {
        // Nothing went in: end without committing, so that a call whose every item failed
        // leaves the workspace as it was (not even a record of the current user).
        return std::move(batch.report);
    }
    if (batch.created > 0) {
        if (Status done =
                DatasetStore::addToRowCount(db, batch.datasetPk, batch.created, batch.now);
            !done) {
            return done.error();
        }
    }
    if (Status done = transaction.commit(); !done) {
        return done.error();
    }
    batch.report.created = batch.created;
    return std::move(batch.report);
}

Status RowWriter::writeItem(Batch &batch, const InputItem &item, SpecMode mode)
{
    if (item.exportLine) {
        // Schemas created for a line that then fails are rolled back with its savepoint, so
        // the in-memory index is reloaded after a failure.
        Status imported = importLine(batch, item, *item.exportLine);
        if (!imported && !item.exportLine->metadataFields.isEmpty()) {
            auto reloaded = MetadataStore::loadIndex(m_workspace.db());
            if (!reloaded) {
                return reloaded.error();
            }
            batch.schemas = std::move(reloaded).value();
        }
        return imported;
    }
    const DataRowSpec &spec = *item.spec;
    if (mode == SpecMode::Create || !spec.key) {
        return createRow(batch, item, spec, item.prepared ? &*item.prepared : nullptr);
    }
    sql::Connection &db = m_workspace.db();
    if (spec.key->type == UpsertKey::Type::Id) {
        auto row = RowTables::byId(db, spec.key->value);
        if (!row) {
            return row.error();
        }
        if (!row->has_value()) {
            return Error::notFound(RowTables::notFoundMessage(spec.key->value));
        }
        return updateRow(batch, item, **row, spec);
    }
    auto row = RowTables::byGlobalKey(db, spec.key->value);
    if (!row) {
        return row.error();
    }
    if (row->has_value()) {
        return updateRow(batch, item, **row, spec);
    }
    // A GKEY that does not exist creates the row with that key.
    DataRowSpec create = spec;
    if (!create.globalKey) {
        create.globalKey = spec.key->value;
    }
    return createRow(batch, item, create, nullptr);
}

Status RowWriter::checkKeyFree(const QString &key, qint64 exceptRowPk)
{
    auto holder = RowTables::byGlobalKey(m_workspace.db(), key);
    if (!holder) {
        return holder.error();
    }
    if (holder->has_value() && (*holder)->pk != exceptRowPk) {
        return Error::conflict(GlobalKey::duplicateMessage(key));
    }
    return {};
}

Status RowWriter::checkEmbeddings(const QVector<EmbeddingInput> &embeddings)
{
    QSet<QString> seen;
    sql::Query query = m_workspace.db().prepare("SELECT dimensions FROM embedding WHERE id = ?1");
    for (const EmbeddingInput &embedding : embeddings) {
        if (seen.contains(embedding.embeddingId)) {
            return Error::invalid(u"Embedding '%1' is given twice"_s.arg(embedding.embeddingId));
        }
        seen.insert(embedding.embeddingId);
        query.reset();
        query.bind(1, embedding.embeddingId);
        if (query.step()) {
            const qint64 dimensions = query.int64(0);
            if (dimensions != embedding.vector.size()) {
                return Error::invalid(u"Embedding '%1' has %2 dimensions; this vector has %3"_s
                                          .arg(embedding.embeddingId)
                                          .arg(dimensions)
                                          .arg(embedding.vector.size()));
            }
        } else if (query.failed()) {
            return query.error();
        }
    }
    return {};
}

Status RowWriter::writeEmbeddings(qint64 rowPk, const QVector<EmbeddingInput> &embeddings)
{
    QVector<EmbeddingVector> vectors;
    for (const EmbeddingInput &embedding : embeddings) {
        vectors.append({embedding.embeddingId, embedding.embeddingId,
                        static_cast<int>(embedding.vector.size()), embedding.vector});
    }
    return writeImportedEmbeddings(rowPk, vectors);
}

Status RowWriter::writeImportedEmbeddings(qint64 rowPk, const QVector<EmbeddingVector> &embeddings)
{
    sql::Connection &db = m_workspace.db();
    for (const EmbeddingVector &embedding : embeddings) {
        qint64 spacePk = 0;
        {
            sql::Query find = db.prepare("SELECT pk, dimensions FROM embedding WHERE id = ?1");
            find.bind(1, embedding.id);
            if (find.step()) {
                spacePk = find.int64(0);
                if (find.int64(1) != embedding.values.size()) {
                    return Error::invalid(
                        u"Embedding '%1' has %2 dimensions; this vector has %3"_s.arg(embedding.id)
                            .arg(find.int64(1))
                            .arg(embedding.values.size()));
                }
            } else if (find.failed()) {
                return find.error();
            }
        }
        if (spacePk == 0) {
            sql::Query insert =
                db.prepare("INSERT INTO embedding (id, name, dimensions) VALUES (?1, ?2, ?3)");
            insert.bind(1, embedding.id)
                .bind(2, embedding.name.isEmpty() ? embedding.id : embedding.name)
                .bind(3, static_cast<qint64>(embedding.values.size()));
            if (Status done = insert.exec(); !done) {
                return done;
            }
            spacePk = db.lastInsertRowId();
        }
        sql::Query write = db.prepare(
            "INSERT OR REPLACE INTO data_row_embedding (data_row_pk, embedding_pk, vector) "
            "VALUES (?1, ?2, ?3)");
        write.bind(1, rowPk).bind(2, spacePk).bindBlob(3, VectorBlob::pack(embedding.values));
        if (Status done = write.exec(); !done) {
            return done;
        }
    }
    return {};
}

void RowWriter::noteResult(Batch &batch, const InputItem &item, const QString &id,
                           const QStringList &warnings)
{
    CreatedRow summary;
    summary.id = id;
    sql::Query query = m_workspace.db().prepare(
        "SELECT global_key, external_id, row_data FROM data_row WHERE id = ?1");
    query.bind(1, id);
    if (query.step()) {
        summary.globalKey = query.text(0);
        summary.externalId = query.text(1);
        summary.rowData = query.text(2);
    }
    batch.report.result.append(summary);
    for (const QString &warning : warnings) {
        batch.report.warnings.append({warning, item.position});
    }
}

Status RowWriter::createRow(Batch &batch, const InputItem &item, const DataRowSpec &spec,
                            const PreparedRow *ready)
{
    Result<PreparedRow> prepared =
        ready ? Result<PreparedRow>(*ready) : DataRowSpecs::prepareCreate(spec, batch.schemas.set);
    if (!prepared) {
        return prepared.error();
    }
    const PreparedRow &row = *prepared;
    // Every check before the first write, so that a failing item leaves nothing behind; the
    // key's uniqueness is the first write's own check.
    if (row.embeddings) {
        if (Status ok = checkEmbeddings(*row.embeddings); !ok) {
            return ok;
        }
    }
    sql::Connection &db = m_workspace.db();
    const QString id = Cuid::generate();
    {
        sql::Query insert = db.prepare(
            "INSERT INTO data_row (id, dataset_pk, global_key, external_id, row_data, media_type, "
            "media_attributes, created_at, updated_at, last_activity_at, created_by) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?8, ?9)");
        insert.bind(1, id)
            .bind(2, batch.datasetPk)
            .bind(3, row.globalKey.value_or(QString()))
            .bind(4, row.externalId.value_or(QString()))
            .bind(5, *row.rowData)
            .bind(6, MediaTypes::name(row.mediaType.value_or(MediaType::Unknown)))
            .bind(7, row.mediaAttributesJson)
            .bind(8, batch.now)
            .bind(9, batch.userPk);
        if (Status done = insert.exec(); !done) {
            if (isTakenKey(done)) {
                return Error::conflict(GlobalKey::duplicateMessage(*row.globalKey));
            }
            return escalate(done);
        }
    }
    const qint64 rowPk = db.lastInsertRowId();
    if (row.metadata) {
        if (Status done = MetadataStore::insertValues(db, rowPk, *row.metadata, batch.schemas);
            !done) {
            return escalate(done);
        }
    }
    if (row.attachments) {
        if (Status done = AttachmentStore::insertAll(db, rowPk, *row.attachments); !done) {
            return escalate(done);
        }
    }
    if (row.embeddings) {
        if (Status done = writeEmbeddings(rowPk, *row.embeddings); !done) {
            return escalate(done);
        }
    }
    ++batch.created;
    CreatedRow summary{id, row.globalKey.value_or(QString()), row.externalId.value_or(QString()),
                       *row.rowData};
    batch.report.result.append(summary);
    for (const QString &warning : row.warnings) {
        batch.report.warnings.append({warning, item.position});
    }
    return {};
}

Status RowWriter::updateRow(Batch &batch, const InputItem &item, const RowRef &target,
                            const DataRowSpec &spec)
{
    auto prepared = DataRowSpecs::prepareUpdate(spec, batch.schemas.set);
    if (!prepared) {
        return prepared.error();
    }
    const PreparedRow &row = *prepared;
    if (row.embeddings) {
        if (Status ok = checkEmbeddings(*row.embeddings); !ok) {
            return ok;
        }
    }
    sql::Connection &db = m_workspace.db();
    {
        // Only the fields the spec gives change; ?N flags say which.
        sql::Query update =
            db.prepare("UPDATE data_row SET "
                       "global_key = CASE WHEN ?2 THEN ?3 ELSE global_key END, "
                       "external_id = CASE WHEN ?4 THEN ?5 ELSE external_id END, "
                       "row_data = CASE WHEN ?6 THEN ?7 ELSE row_data END, "
                       "media_attributes = CASE WHEN ?6 THEN ?8 ELSE media_attributes END, "
                       "media_type = CASE WHEN ?9 THEN ?10 ELSE media_type END, "
                       "updated_at = ?11, last_activity_at = ?11 WHERE pk = ?1");
        update.bind(1, target.pk)
            .bind(2, qint64(row.globalKey.has_value()))
            .bind(3, row.globalKey.value_or(QString()))
            .bind(4, qint64(row.externalId.has_value()))
            .bind(5, row.externalId.value_or(QString()))
            .bind(6, qint64(row.rowData.has_value()))
            .bind(7, row.rowData.value_or(QString()))
            .bind(8, row.mediaAttributesJson)
            .bind(9, qint64(row.mediaType.has_value()))
            .bind(10, MediaTypes::name(row.mediaType.value_or(MediaType::Unknown)))
            .bind(11, batch.now);
        if (Status done = update.exec(); !done) {
            if (isTakenKey(done)) {
                return Error::conflict(GlobalKey::duplicateMessage(*row.globalKey));
            }
            return escalate(done);
        }
    }
    if (row.metadata) {
        if (Status done = MetadataStore::deleteValues(db, target.pk); !done) {
            return escalate(done);
        }
        if (Status done = MetadataStore::insertValues(db, target.pk, *row.metadata, batch.schemas);
            !done) {
            return escalate(done);
        }
    }
    if (row.attachments) {
        if (Status done = AttachmentStore::deleteAll(db, target.pk); !done) {
            return escalate(done);
        }
        if (Status done = AttachmentStore::insertAll(db, target.pk, *row.attachments); !done) {
            return escalate(done);
        }
    }
    if (row.embeddings) {
        if (Status done = writeEmbeddings(target.pk, *row.embeddings); !done) {
            return escalate(done);
        }
    }
    ++batch.report.updated;
    noteResult(batch, item, target.id, row.warnings);
    return {};
}

Status RowWriter::importLine(Batch &batch, const InputItem &item, const ImportedLine &line)
{
    sql::Connection &db = m_workspace.db();
    const DataRow &source = line.record.row;
    sql::Savepoint savepoint(db);

    auto existing = RowTables::byId(db, source.id);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return Error::conflict(u"Data row already exists: '"_s + source.id + u"'"_s);
    }
    if (source.rowData.trimmed().isEmpty()) {
        return Error::invalid(RowData::emptyMessage());
    }
    if (const auto rejection = RowData::rejection(source.rowData)) {
        return Error::invalid(*rejection);
    }
    if (!source.globalKey.isNull()) {
        if (const auto invalid = GlobalKey::validate(source.globalKey)) {
            return Error::invalid(*invalid);
        }
        if (Status free = checkKeyFree(source.globalKey, 0); !free) {
            return free;
        }
    }
    MediaType mediaType = source.mediaType;
    QJsonObject attributes = source.mediaAttributes;
    if (!line.hasAssetType) {
        const RowData::Detected detected = RowData::detect(source.rowData, std::nullopt);
        mediaType = detected.mediaType;
        for (auto it = detected.attributes.begin(); it != detected.attributes.end(); ++it) {
            if (!attributes.contains(it.key())) {
                attributes.insert(it.key(), it.value());
            }
        }
    }
    if (Status ok = MetadataStore::ensureImportedFields(db, batch.schemas, line.metadataFields);
        !ok) {
        return ok;
    }
    auto metadata = MetadataValues::resolveAll(batch.schemas.set, line.metadataFields);
    if (!metadata) {
        return metadata.error();
    }
    auto creator = source.createdBy.isEmpty() ? m_workspace.currentUserPk()
                                              : m_workspace.userPk(source.createdBy);
    if (!creator) {
        return creator.error();
    }
    {
        sql::Query insert = db.prepare(
            "INSERT INTO data_row (id, dataset_pk, global_key, external_id, row_data, media_type, "
            "media_attributes, created_at, updated_at, last_activity_at, created_by) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        insert.bind(1, source.id)
            .bind(2, batch.datasetPk)
            .bind(3, source.globalKey)
            .bind(4, source.externalId)
            .bind(5, source.rowData)
            .bind(6, MediaTypes::name(mediaType))
            .bind(7, compact(attributes))
            .bind(8, line.hasDetails ? source.createdAt : batch.now)
            .bind(9, line.hasDetails ? source.updatedAt : batch.now)
            .bind(10, line.hasDetails ? source.lastActivityAt : batch.now)
            .bind(11, *creator);
        if (Status done = insert.exec(); !done) {
            return done;
        }
    }
    const qint64 rowPk = db.lastInsertRowId();
    if (Status done = AttachmentStore::insertAll(db, rowPk, line.record.attachments); !done) {
        return done;
    }
    if (Status done = MetadataStore::insertValues(db, rowPk, *metadata, batch.schemas); !done) {
        return done;
    }
    if (Status done = writeImportedEmbeddings(rowPk, line.record.embeddings); !done) {
        return done;
    }
    if (Status done = LabelStore::insertImported(m_workspace, rowPk, line.record.projects); !done) {
        return done;
    }
    if (Status done = savepoint.release(); !done) {
        return done;
    }
    ++batch.created;
    batch.report.result.append({source.id, source.globalKey, source.externalId, source.rowData});
    if (!line.ignoredKeys.isEmpty()) {
        batch.report.warnings.append(
            {u"Ignored fields Rowscope does not keep: %1"_s.arg(line.ignoredKeys.join(u", "_s)),
             item.position});
    }
    return {};
}

} // namespace rowscope
