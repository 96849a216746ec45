#pragma once

#include "metadataschema.h"
#include "metadatavalue.h"
#include "result.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace rowscope {

class Workspace;

// The workspace's schemas with their table keys (schema and option ids → pk).
struct SchemaIndex {
    MetadataSchemaSet set;
    QHash<QString, qint64> pks;
};

// Metadata schemas (custom ones are created, renamed and deleted here; the reserved four
// are fixed) and the metadata values of rows.
class MetadataStore final {
    Q_DECLARE_TR_FUNCTIONS(MetadataStore)

public:
    explicit MetadataStore(Workspace &workspace);

    Result<QVector<MetadataSchema>> schemas();
    // A schema by id, else by name.
    Result<MetadataSchema> schema(const QString &idOrName);
    Result<MetadataSchema> createSchema(const QString &name, MetadataKind kind,
                                        const QStringList &options = {});
    // Renames a custom field or one of its enum options (by the option's id).
    Result<MetadataSchema> renameSchema(const QString &schemaId, const QString &newName);
    Result<MetadataSchema> addOption(const QString &enumId, const QString &optionName);
    // How many rows hold a value of the field (what deleting it would remove).
    Result<qint64> usage(const QString &schemaId);
    Status deleteSchema(const QString &schemaId);

    Result<QVector<MetadataValue>> rowMetadata(const QString &rowId);
    // Sets the given fields of a row, replacing their values and leaving other fields alone.
    // Returns the row's metadata afterwards.
    Result<QVector<MetadataValue>> setRowMetadata(const QString &rowId,
                                                  const QVector<MetadataFieldInput> &fields);
    // Removes the values of the given fields (ids or names) from a row.
    Result<QVector<MetadataValue>> clearRowMetadata(const QString &rowId,
                                                    const QStringList &fields);

    // Building blocks for the row writer, inside its transaction.
    static Result<SchemaIndex> loadIndex(sql::Connection &db);
    static Result<QVector<MetadataValue>> readValues(sql::Connection &db, qint64 rowPk);
    static Result<QHash<qint64, QVector<MetadataValue>>>
    readValuesForRows(sql::Connection &db, const QVector<qint64> &rowPks);
    static Status insertValues(sql::Connection &db, qint64 rowPk,
                               const QVector<MetadataValue> &values, const SchemaIndex &index);
    static Status deleteValues(sql::Connection &db, qint64 rowPk);
    // Creates the custom fields and enum options that exported metadata names but the
    // workspace lacks, with the exported ids, names and (inferred) kinds.
    static Status ensureImportedFields(sql::Connection &db, SchemaIndex &index,
                                       const QVector<MetadataFieldInput> &fields);

private:
    Status checkNewName(sql::Connection &db, const QString &name, qint64 parentPk);
    static Status deleteFieldValues(sql::Connection &db, qint64 rowPk, const MetadataSchema &schema,
                                    const SchemaIndex &index);

    Workspace &m_workspace;
};

} // namespace rowscope
