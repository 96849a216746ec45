#pragma once

#include "metadataschema.h"
#include "metadatavalue.h"
#include "result.h"
#include "rowselection.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace rowscope {

class Workspace;

// The workspace's schemas with their table keys (schema and option ids → pk).
struct SchemaIndex {
    MetadataSchemaSet set;
    QHash<QString, qint64> pks;
};

// Some metadata fields' values on some rows, kept as stored (an embedding's bytes, a number's
// bits), so that a bulk edit can be undone and redone exactly: the rows by id (keys can be
// reused after a delete; ids cannot), the fields concerned, and the values they hold.
struct MetadataFieldState {
    struct Value {
        qint32 row = -1;  // index in the rows; -1: every row holds it
        qint32 field = 0; // index in fieldIds
        // QString (string), double (number), qint64 (datetime, ms), QByteArray (embedding),
        // or null (enum: the option is the field)
        QVariant value;
    };
    static constexpr int kChunk = 1000;

    // The fields concerned, by schema id: writing the state first removes every value of
    // theirs from the rows (for an enum, all its options).
    QStringList schemaIds;
    // The stored fields of the values: a schema id, or an enum option's id.
    QStringList fieldIds;
    // The rows in order, as JSON arrays of at most kChunk ids (ready to bind to json_each).
    QVector<QByteArray> rowChunks;
    qint64 rowCount = 0;
    QVector<Value> values; // in row order
};

// What a bulk metadata edit replaced and what it wrote.
struct MetadataBulkChange {
    MetadataFieldState before;
    MetadataFieldState after;
    QStringList fieldNames; // the fields concerned, by name, in the order given
    QString firstRowId;     // the first row edited (for naming a one-row edit)
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

    // Sets (or clears) fields on every row of a selection in one transaction, reading first
    // exactly what the rows held in those fields. Values are checked as on a single row; a
    // listed row or key that does not exist fails the whole edit.
    Result<MetadataBulkChange> setSelectionMetadata(const RowSelection &rows,
                                                    const QVector<MetadataFieldInput> &fields);
    Result<MetadataBulkChange> clearSelectionMetadata(const RowSelection &rows,
                                                      const QStringList &fields);
    // Writes a state back in one transaction: afterwards each of its rows holds in the fields
    // concerned exactly the state's values, and nothing where the state has none. Rows
    // deleted meanwhile are skipped (their metadata went with them); a field deleted
    // meanwhile fails the whole write. Answers how many rows were written.
    Result<qint64> restoreFieldState(const MetadataFieldState &state);

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
    // The table keys of the fields concerned (an enum's options) and of the stored fields.
    struct FieldKeys {
        QVector<qint64> concerned;
        QHash<qint64, QPair<int, MetadataKind>> byPk; // concerned key -> (field index, kind)
        QStringList fieldIds;
    };
    static Result<FieldKeys> fieldKeys(const SchemaIndex &index, const QStringList &schemaIds);
    // A bulk edit resolved against the schemas: the fields concerned and the values to write.
    struct ResolvedEdit {
        QStringList schemaIds;
        QStringList names;
        QVector<MetadataValue> values;
    };
    using Resolver = std::function<Result<ResolvedEdit>(const MetadataSchemaSet &)>;
    Result<MetadataBulkChange> editSelection(const RowSelection &rows, const Resolver &resolve);
    static Status deleteFieldValues(sql::Connection &db, qint64 rowPk, const MetadataSchema &schema,
                                    const SchemaIndex &index);

    Workspace &m_workspace;
};

} // namespace rowscope
