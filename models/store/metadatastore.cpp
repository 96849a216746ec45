#include "metadatastore.h"

#include "cuid.h"
#include "datarowstore.h"
#include "exportline.h"
#include "jsonwriter.h"
#include "rowtables.h"
#include "selectionscanner.h"
#include "timestamp.h"
#include "vectorblob.h"
#include "workspace.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

QString schemaNotFound(const QString &id)
{
    return u"Schema Id "_s + id + u" not found in ontology"_s;
}

// A list of ids as a JSON array, for json_each.
QByteArray idArray(const QStringList &ids)
{
    QByteArray list;
    list.reserve(ids.size() * 28 + 2);
    JsonWriter writer(&list);
    writer.beginArray();
    for (const QString &id : ids) {
        writer.value(id);
    }
    writer.endArray();
    return list;
}

// A value as insertValues() stores it.
QVariant storedForm(const MetadataValue &value)
{
    switch (value.kind) {
    case MetadataKind::String:
        return value.text;
    case MetadataKind::Number:
        return value.number;
    case MetadataKind::DateTime:
        return value.time;
    case MetadataKind::Enum:
        return {};
    case MetadataKind::Embedding:
        return VectorBlob::pack(value.vector);
    }
    return {};
}

// A stored value read back by its field's kind, so that writing it again stores the same.
QVariant readStored(const sql::Query &query, int column, MetadataKind kind)
{
    if (query.isNull(column)) {
        return {};
    }
    switch (kind) {
    case MetadataKind::String:
        return query.text(column);
    case MetadataKind::Number:
        return query.real(column);
    case MetadataKind::DateTime:
        return query.int64(column);
    case MetadataKind::Enum:
        return {};
    case MetadataKind::Embedding:
        return query.blob(column);
    }
    return {};
}

void bindStored(sql::Query &query, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        query.bind(index, value.toString());
        break;
    case QMetaType::Double:
        query.bind(index, value.toDouble());
        break;
    case QMetaType::LongLong:
        query.bind(index, value.toLongLong());
        break;
    case QMetaType::QByteArray:
        query.bindBlob(index, value.toByteArray());
        break;
    default:
        query.bindNull(index);
        break;
    }
}

} // namespace

MetadataStore::MetadataStore(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<SchemaIndex> MetadataStore::loadIndex(sql::Connection &db)
{
    sql::Query query =
        db.prepare("SELECT pk, id, name, kind, reserved, parent_pk FROM metadata_schema "
                   "ORDER BY ifnull(parent_pk, pk), parent_pk IS NOT NULL, pk");
    QVector<MetadataSchema> schemas;
    QHash<qint64, int> positionOfPk;
    SchemaIndex index;
    while (query.step()) {
        const qint64 pk = query.int64(0);
        const QString id = query.text(1);
        index.pks.insert(id, pk);
        if (query.isNull(5)) {
            MetadataSchema schema;
            schema.id = id;
            schema.name = query.text(2);
            schema.kind = MetadataKinds::parse(query.text(3)).value_or(MetadataKind::String);
            schema.reserved = query.int64(4) != 0;
            positionOfPk.insert(pk, static_cast<int>(schemas.size()));
            schemas.append(schema);
        } else {
            const int parent = positionOfPk.value(query.int64(5), -1);
            if (parent >= 0) {
                schemas[parent].options.append({id, query.text(2)});
            }
        }
    }
    if (query.failed()) {
        return query.error();
    }
    index.set = MetadataSchemaSet(std::move(schemas));
    return index;
}

Result<QVector<MetadataSchema>> MetadataStore::schemas()
{
    auto index = loadIndex(m_workspace.db());
    if (!index) {
        return index.error();
    }
    return index->set.schemas();
}

Result<MetadataSchema> MetadataStore::schema(const QString &idOrName)
{
    auto index = loadIndex(m_workspace.db());
    if (!index) {
        return index.error();
    }
    if (const MetadataSchema *byId = index->set.byId(idOrName)) {
        return *byId;
    }
    if (const MetadataSchema *byName = index->set.byName(idOrName)) {
        return *byName;
    }
    if (Cuid::isValid(idOrName)) {
        return Error::notFound(u"Schema Id "_s + idOrName + u" not found in ontology"_s);
    }
    return Error::notFound(u"There is no metadata with name '"_s + idOrName + u"'"_s);
}

Status MetadataStore::checkNewName(sql::Connection &db, const QString &name, qint64 parentPk)
{
    if (const auto error = metadataNameError(name)) {
        return Error::invalid(*error);
    }
    if (parentPk == 0 && ReservedMetadata::isReservedName(name)) {
        return Error::invalid(
            tr("'%1' is a reserved metadata field; choose another name.").arg(name));
    }
    sql::Query query =
        db.prepare("SELECT 1 FROM metadata_schema WHERE ifnull(parent_pk, 0) = ?1 AND name = ?2");
    query.bind(1, parentPk).bind(2, name);
    if (query.step()) {
        return Error::conflict(parentPk == 0
                                   ? tr("There is already a metadata field named '%1'.").arg(name)
                                   : tr("The enum already has an option named '%1'.").arg(name));
    }
    if (query.failed()) {
        return query.error();
    }
    return {};
}

Result<MetadataSchema> MetadataStore::createSchema(const QString &name, MetadataKind kind,
                                                   const QStringList &options)
{
    if (kind != MetadataKind::Enum && !options.isEmpty()) {
        return Error::invalid(tr("Only enum fields have options; '%1' is a %2 field.")
                                  .arg(name, MetadataKinds::name(kind)));
    }
    if (options.size() > MetadataLimits::kMaxEnumOptions) {
        return Error::invalid(tr("An enum can have at most %1 options; %2 were given.")
                                  .arg(MetadataLimits::kMaxEnumOptions)
                                  .arg(options.size()));
    }
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (const auto error = metadataNameError(options[i])) {
            return Error::invalid(*error);
        }
        if (options.indexOf(options[i]) != i) {
            return Error::invalid(tr("The option '%1' is given twice.").arg(options[i]));
        }
    }
    return m_workspace.write([&]() -> Result<MetadataSchema> {
        sql::Connection &db = m_workspace.db();
        if (Status ok = checkNewName(db, name, 0); !ok) {
            return ok.error();
        }
        MetadataSchema schema;
        schema.id = Cuid::generate();
        schema.name = name;
        schema.kind = kind;
        sql::Query insert = db.prepare("INSERT INTO metadata_schema (id, name, kind, reserved, "
                                       "parent_pk) VALUES (?1, ?2, ?3, 0, ?4)");
        insert.bind(1, schema.id).bind(2, name).bind(3, MetadataKinds::name(kind)).bindNull(4);
        if (Status done = insert.exec(); !done) {
            return done.error();
        }
        const qint64 parentPk = db.lastInsertRowId();
        for (const QString &option : options) {
            const MetadataOption created{Cuid::generate(), option};
            insert.reset();
            insert.bind(1, created.id).bind(2, option).bind(3, u"option"_s).bind(4, parentPk);
            if (Status done = insert.exec(); !done) {
                return done.error();
            }
            schema.options.append(created);
        }
        return schema;
    });
}

Result<MetadataSchema> MetadataStore::renameSchema(const QString &schemaId, const QString &newName)
{
    sql::Connection &db = m_workspace.db();
    Status renamed = m_workspace.write([&]() -> Status {
        sql::Query find = db.prepare(
            "SELECT pk, name, reserved, ifnull(parent_pk, 0) FROM metadata_schema WHERE id = ?1");
        find.bind(1, schemaId);
        if (!find.step()) {
            return find.failed()
                       ? find.error()
                       : Error::notFound(u"Schema Id "_s + schemaId + u" not found in ontology"_s);
        }
        const qint64 pk = find.int64(0);
        const QString oldName = find.text(1);
        const bool reserved = find.int64(2) != 0;
        const qint64 parentPk = find.int64(3);
        if (reserved) {
            return Error::invalid(
                tr("'%1' is a reserved metadata field and cannot be renamed.").arg(oldName));
        }
        if (newName != oldName) {
            if (Status ok = checkNewName(db, newName, parentPk); !ok) {
                return ok.error();
            }
            sql::Query update = db.prepare("UPDATE metadata_schema SET name = ?2 WHERE pk = ?1");
            update.bind(1, pk).bind(2, newName);
            return update.exec();
        }
        return {};
    });
    if (!renamed) {
        return renamed.error();
    }
    auto index = loadIndex(db);
    if (!index) {
        return index.error();
    }
    const MetadataSchema *schema = index->set.byId(schemaId);
    if (!schema) {
        schema = index->set.enumOfOption(schemaId);
    }
    if (!schema) {
        return Error::internal(u"Renamed schema vanished"_s);
    }
    return *schema;
}

Result<MetadataSchema> MetadataStore::addOption(const QString &enumId, const QString &optionName)
{
    return m_workspace.write([&]() -> Result<MetadataSchema> {
        sql::Connection &db = m_workspace.db();
        auto index = loadIndex(db);
        if (!index) {
            return index.error();
        }
        const MetadataSchema *schema = index->set.byId(enumId);
        if (!schema) {
            return Error::notFound(u"Schema Id "_s + enumId + u" not found in ontology"_s);
        }
        if (schema->kind != MetadataKind::Enum) {
            return Error::invalid(
                tr("'%1' is not an enum field; only enums have options.").arg(schema->name));
        }
        if (schema->reserved) {
            return Error::invalid(
                tr("'%1' is a reserved metadata field; its options are fixed.").arg(schema->name));
        }
        if (schema->options.size() >= MetadataLimits::kMaxEnumOptions) {
            return Error::invalid(tr("'%1' already has %2 options, the most an enum can have.")
                                      .arg(schema->name)
                                      .arg(MetadataLimits::kMaxEnumOptions));
        }
        const qint64 parentPk = index->pks.value(schema->id);
        if (Status ok = checkNewName(db, optionName, parentPk); !ok) {
            return ok.error();
        }
        MetadataSchema updated = *schema;
        const MetadataOption option{Cuid::generate(), optionName};
        sql::Query insert = db.prepare("INSERT INTO metadata_schema (id, name, kind, reserved, "
                                       "parent_pk) VALUES (?1, ?2, 'option', 0, ?3)");
        insert.bind(1, option.id).bind(2, optionName).bind(3, parentPk);
        if (Status done = insert.exec(); !done) {
            return done.error();
        }
        updated.options.append(option);
        return updated;
    });
}

Result<qint64> MetadataStore::usage(const QString &schemaId)
{
    sql::Query query = m_workspace.db().prepare(
        "SELECT count(DISTINCT v.data_row_pk) FROM metadata_schema s "
        "JOIN metadata_value v ON v.field_pk = s.pk OR v.field_pk IN "
        "(SELECT o.pk FROM metadata_schema o WHERE o.parent_pk = s.pk) WHERE s.id = ?1");
    query.bind(1, schemaId);
    if (!query.step()) {
        return query.failed() ? query.error() : Result<qint64>(qint64(0));
    }
    const qint64 rows = query.int64(0);
    sql::Query known = m_workspace.db().prepare("SELECT 1 FROM metadata_schema WHERE id = ?1");
    known.bind(1, schemaId);
    if (!known.step()) {
        return known.failed()
                   ? known.error()
                   : Error::notFound(u"Schema Id "_s + schemaId + u" not found in ontology"_s);
    }
    return rows;
}

Status MetadataStore::deleteSchema(const QString &schemaId)
{
    return m_workspace.write([&]() -> Status {
        sql::Connection &db = m_workspace.db();
        sql::Query find =
            db.prepare("SELECT pk, name, reserved FROM metadata_schema WHERE id = ?1");
        find.bind(1, schemaId);
        if (!find.step()) {
            return find.failed()
                       ? find.error()
                       : Error::notFound(u"Schema Id "_s + schemaId + u" not found in ontology"_s);
        }
        const qint64 pk = find.int64(0);
        const QString name = find.text(1);
        if (find.int64(2) != 0) {
            return Error::invalid(
                tr("'%1' is a reserved metadata field and cannot be deleted.").arg(name));
        }
        // Values go with the field (and an enum's options) by ON DELETE CASCADE.
        sql::Query remove = db.prepare("DELETE FROM metadata_schema WHERE pk = ?1");
        remove.bind(1, pk);
        if (Status done = remove.exec(); !done) {
            return done;
        }
        return {};
    });
}

Result<QHash<qint64, QVector<MetadataValue>>>
MetadataStore::readValuesForRows(sql::Connection &db, const QVector<qint64> &rowPks)
{
    // The schemas are few: read them once and name each value from memory rather than
    // joining two schema rows to every value.
    auto index = loadIndex(db);
    if (!index) {
        return index.error();
    }
    struct Field {
        const MetadataSchema *schema = nullptr;
        const MetadataOption *option = nullptr; // enum values are stored as their option
        int order = 0;                          // schema order, then option order
    };
    QHash<qint64, Field> fields;
    const QVector<MetadataSchema> &schemas = index->set.schemas();
    for (int s = 0; s < schemas.size(); ++s) {
        const MetadataSchema &schema = schemas[s];
        fields.insert(index->pks.value(schema.id), {&schema, nullptr, s * 1000});
        for (int o = 0; o < schema.options.size(); ++o) {
            fields.insert(index->pks.value(schema.options[o].id),
                          {&schema, &schema.options[o], s * 1000 + 1 + o});
        }
    }
    sql::Query query = db.prepare("SELECT data_row_pk, field_pk, value FROM metadata_value "
                                  "WHERE data_row_pk IN (SELECT value FROM json_each(?1))");
    query.bind(1, RowTables::pkList(rowPks));
    QHash<qint64, QVector<QPair<int, MetadataValue>>> ordered;
    while (query.step()) {
        const auto field = fields.constFind(query.int64(1));
        if (field == fields.constEnd()) {
            continue; // a value of a field deleted meanwhile
        }
        const MetadataSchema &schema = *field->schema;
        MetadataValue value;
        value.schemaId = schema.id;
        value.schemaName = schema.name;
        value.kind = schema.kind;
        switch (value.kind) {
        case MetadataKind::String:
            value.text = query.text(2);
            break;
        case MetadataKind::Number:
            value.number = query.real(2);
            break;
        case MetadataKind::DateTime:
            value.time = query.int64(2);
            break;
        case MetadataKind::Enum:
            if (!field->option) {
                continue;
            }
            value.optionId = field->option->id;
            value.optionName = field->option->name;
            break;
        case MetadataKind::Embedding:
            value.vector = VectorBlob::unpack(query.blob(2));
            break;
        }
        ordered[query.int64(0)].append({field->order, std::move(value)});
    }
    if (query.failed()) {
        return query.error();
    }
    QHash<qint64, QVector<MetadataValue>> values;
    values.reserve(ordered.size());
    for (auto it = ordered.begin(); it != ordered.end(); ++it) {
        auto &list = it.value();
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        QVector<MetadataValue> &rowValues = values[it.key()];
        rowValues.reserve(list.size());
        for (auto &entry : list) {
            rowValues.append(std::move(entry.second));
        }
    }
    return values;
}

Result<QVector<MetadataValue>> MetadataStore::readValues(sql::Connection &db, qint64 rowPk)
{
    auto all = readValuesForRows(db, {rowPk});
    if (!all) {
        return all.error();
    }
    return all->value(rowPk);
}

Status MetadataStore::insertValues(sql::Connection &db, qint64 rowPk,
                                   const QVector<MetadataValue> &values, const SchemaIndex &index)
{
    // Up to kGroup values per statement: a row's fields go in with one or two statements
    // instead of one each, which matters when a million rows are imported.
    constexpr qsizetype kGroup = 8;
    for (qsizetype first = 0; first < values.size(); first += kGroup) {
        const qsizetype count = qMin(kGroup, values.size() - first);
        QByteArray sql = "INSERT OR REPLACE INTO metadata_value (data_row_pk, field_pk, value) "
                         "VALUES (?,?,?)";
        for (qsizetype n = 1; n < count; ++n) {
            sql += ",(?,?,?)";
        }
        sql::Query insert = db.prepareComposed(sql);
        for (qsizetype n = 0; n < count; ++n) {
            const MetadataValue &value = values[first + n];
            const int column = static_cast<int>(n * 3);
            const QString &fieldId =
                value.kind == MetadataKind::Enum ? value.optionId : value.schemaId;
            insert.bind(column + 1, rowPk).bind(column + 2, index.pks.value(fieldId));
            switch (value.kind) {
            case MetadataKind::String:
                insert.bind(column + 3, value.text);
                break;
            case MetadataKind::Number:
                insert.bind(column + 3, value.number);
                break;
            case MetadataKind::DateTime:
                insert.bind(column + 3, value.time);
                break;
            case MetadataKind::Enum:
                insert.bindNull(column + 3);
                break;
            case MetadataKind::Embedding:
                insert.bindBlob(column + 3, VectorBlob::pack(value.vector));
                break;
            }
        }
        if (Status done = insert.exec(); !done) {
            return done;
        }
    }
    return {};
}

Status MetadataStore::deleteValues(sql::Connection &db, qint64 rowPk)
{
    sql::Query remove = db.prepare("DELETE FROM metadata_value WHERE data_row_pk = ?1");
    remove.bind(1, rowPk);
    return remove.exec();
}

Status MetadataStore::deleteFieldValues(sql::Connection &db, qint64 rowPk,
                                        const MetadataSchema &schema, const SchemaIndex &index)
{
    sql::Query remove =
        db.prepare("DELETE FROM metadata_value WHERE data_row_pk = ?1 AND field_pk = ?2");
    QVector<qint64> fields;
    if (schema.kind == MetadataKind::Enum) {
        for (const MetadataOption &option : schema.options) {
            fields.append(index.pks.value(option.id));
        }
    } else {
        fields.append(index.pks.value(schema.id));
    }
    for (const qint64 field : fields) {
        remove.reset();
        remove.bind(1, rowPk).bind(2, field);
        if (Status done = remove.exec(); !done) {
            return done;
        }
    }
    return {};
}

Result<QVector<MetadataValue>> MetadataStore::rowMetadata(const QString &rowId)
{
    sql::Connection &db = m_workspace.db();
    auto row = RowTables::requireById(db, rowId);
    if (!row) {
        return row.error();
    }
    return readValues(db, row->pk);
}

Result<QVector<MetadataValue>>
MetadataStore::setRowMetadata(const QString &rowId, const QVector<MetadataFieldInput> &fields)
{
    return m_workspace.write([&]() -> Result<QVector<MetadataValue>> {
        sql::Connection &db = m_workspace.db();
        auto row = RowTables::requireById(db, rowId);
        if (!row) {
            return row.error();
        }
        auto index = loadIndex(db);
        if (!index) {
            return index.error();
        }
        auto values = MetadataValues::resolveAll(index->set, fields);
        if (!values) {
            return values.error();
        }
        for (const MetadataValue &value : *values) {
            if (Status done =
                    deleteFieldValues(db, row->pk, *index->set.byId(value.schemaId), *index);
                !done) {
                return done.error();
            }
        }
        if (Status done = insertValues(db, row->pk, *values, *index); !done) {
            return done.error();
        }
        if (Status done = RowTables::touch(db, row->pk, Timestamp::now()); !done) {
            return done.error();
        }
        auto after = readValues(db, row->pk);
        if (!after) {
            return after.error();
        }
        return after;
    });
}

Result<QVector<MetadataValue>> MetadataStore::clearRowMetadata(const QString &rowId,
                                                               const QStringList &fields)
{
    return m_workspace.write([&]() -> Result<QVector<MetadataValue>> {
        sql::Connection &db = m_workspace.db();
        auto row = RowTables::requireById(db, rowId);
        if (!row) {
            return row.error();
        }
        auto index = loadIndex(db);
        if (!index) {
            return index.error();
        }
        QVector<const MetadataSchema *> schemas;
        for (const QString &field : fields) {
            const MetadataSchema *schema = index->set.byId(field);
            if (!schema) {
                schema = index->set.byName(field);
            }
            if (!schema) {
                return Error::notFound(
                    Cuid::isValid(field) ? u"Schema Id "_s + field + u" not found in ontology"_s
                                         : u"There is no metadata with name '"_s + field + u"'"_s);
            }
            schemas.append(schema);
        }
        for (const MetadataSchema *schema : schemas) {
            if (Status done = deleteFieldValues(db, row->pk, *schema, *index); !done) {
                return done.error();
            }
        }
        if (Status done = RowTables::touch(db, row->pk, Timestamp::now()); !done) {
            return done.error();
        }
        auto after = readValues(db, row->pk);
        if (!after) {
            return after.error();
        }
        return after;
    });
}

Status MetadataStore::ensureImportedFields(sql::Connection &db, SchemaIndex &index,
                                           const QVector<MetadataFieldInput> &fields)
{
    bool changed = false;
    sql::Query insert = db.prepare("INSERT INTO metadata_schema (id, name, kind, reserved, "
                                   "parent_pk) VALUES (?1, ?2, ?3, 0, ?4)");
    for (const MetadataFieldInput &field : fields) {
        if (field.schemaId.isEmpty() || index.set.byId(field.schemaId)) {
            const MetadataSchema *known = index.set.byId(field.schemaId);
            // A known enum may still lack the exported option.
            if (known && known->kind == MetadataKind::Enum && !known->reserved &&
                field.value.isObject()) {
                const QJsonObject option = field.value.toObject();
                const QString optionId = option.value(u"schema_id"_s).toString();
                const QString optionName = option.value(u"schema_name"_s).toString();
                if (!optionId.isEmpty() && !optionName.isEmpty() && !known->optionById(optionId) &&
                    !known->optionByName(optionName) && !index.pks.contains(optionId)) {
                    if (known->options.size() >= MetadataLimits::kMaxEnumOptions) {
                        return Error::invalid(MetadataValues::kindMessage(
                            known->name, u"the enum already has 64 options"_s));
                    }
                    insert.reset();
                    insert.bind(1, optionId).bind(2, optionName).bind(3, u"option"_s);
                    insert.bind(4, index.pks.value(known->id));
                    if (Status done = insert.exec(); !done) {
                        return done;
                    }
                    // Reload so that the same option later in the line is known.
                    auto reloaded = loadIndex(db);
                    if (!reloaded) {
                        return reloaded.error();
                    }
                    index = std::move(reloaded).value();
                    changed = true;
                }
            }
            continue;
        }
        if (field.name.isEmpty()) {
            continue; // resolution reports the unknown id
        }
        if (index.set.byName(field.name) || ReservedMetadata::isReservedName(field.name)) {
            return Error::invalid(
                u"Metadata field '%1' exists in this workspace with another id than %2"_s.arg(
                    field.name, field.schemaId));
        }
        if (const auto error = metadataNameError(field.name)) {
            return Error::invalid(*error);
        }
        const MetadataKind kind = ExportLines::inferKind(field.value);
        insert.reset();
        insert.bind(1, field.schemaId).bind(2, field.name).bind(3, MetadataKinds::name(kind));
        insert.bindNull(4);
        if (Status done = insert.exec(); !done) {
            return done;
        }
        const qint64 parentPk = db.lastInsertRowId();
        if (kind == MetadataKind::Enum) {
            const QJsonObject option = field.value.toObject();
            const QString optionId = option.value(u"schema_id"_s).toString();
            const QString optionName = option.value(u"schema_name"_s).toString();
            if (optionId.isEmpty() || optionName.isEmpty()) {
                return Error::invalid(MetadataValues::kindMessage(
                    field.name, u"an enum value needs schema_id and schema_name"_s));
            }
            insert.reset();
            insert.bind(1, optionId).bind(2, optionName).bind(3, u"option"_s).bind(4, parentPk);
            if (Status done = insert.exec(); !done) {
                return done;
            }
        }
        changed = true;
        // Reload now so that later fields of this line see the new schema.
        auto reloaded = loadIndex(db);
        if (!reloaded) {
            return reloaded.error();
        }
        index = std::move(reloaded).value();
    }
    if (changed) {
        auto reloaded = loadIndex(db);
        if (!reloaded) {
            return reloaded.error();
        }
        index = std::move(reloaded).value();
    }
    return {};
}

Result<MetadataStore::FieldKeys> MetadataStore::fieldKeys(const SchemaIndex &index,
                                                          const QStringList &schemaIds)
{
    FieldKeys keys;
    const auto add = [&keys](qint64 pk, const QString &id, MetadataKind kind) {
        keys.byPk.insert(pk, {static_cast<int>(keys.fieldIds.size()), kind});
        keys.concerned.append(pk);
        keys.fieldIds.append(id);
    };
    for (const QString &schemaId : schemaIds) {
        const MetadataSchema *schema = index.set.byId(schemaId);
        if (!schema) {
            return Error::notFound(schemaNotFound(schemaId));
        }
        if (schema->kind == MetadataKind::Enum) {
            for (const MetadataOption &option : schema->options) {
                add(index.pks.value(option.id), option.id, MetadataKind::Enum);
            }
        } else {
            add(index.pks.value(schema->id), schema->id, schema->kind);
        }
    }
    return keys;
}

Result<MetadataBulkChange>
MetadataStore::setSelectionMetadata(const RowSelection &rows,
                                    const QVector<MetadataFieldInput> &fields)
{
    if (fields.isEmpty()) {
        return Error::invalid(tr("Give at least one metadata field to set."));
    }
    return editSelection(rows, [&fields](const MetadataSchemaSet &set) -> Result<ResolvedEdit> {
        auto values = MetadataValues::resolveAll(set, fields);
        if (!values) {
            return values.error();
        }
        ResolvedEdit edit;
        for (const MetadataValue &value : *values) {
            if (!edit.schemaIds.contains(value.schemaId)) {
                edit.schemaIds.append(value.schemaId);
                edit.names.append(value.schemaName);
            }
        }
        edit.values = std::move(values).value();
        return edit;
    });
}

Result<MetadataBulkChange> MetadataStore::clearSelectionMetadata(const RowSelection &rows,
                                                                 const QStringList &fields)
{
    if (fields.isEmpty()) {
        return Error::invalid(tr("Give at least one metadata field to clear."));
    }
    return editSelection(rows, [&fields](const MetadataSchemaSet &set) -> Result<ResolvedEdit> {
        ResolvedEdit edit;
        for (const QString &field : fields) {
            const MetadataSchema *schema = set.byId(field);
            if (!schema) {
                schema = set.byName(field);
            }
            if (!schema) {
                return Error::notFound(
                    Cuid::isValid(field) ? schemaNotFound(field)
                                         : u"There is no metadata with name '"_s + field + u"'"_s);
            }
            if (!edit.schemaIds.contains(schema->id)) {
                edit.schemaIds.append(schema->id);
                edit.names.append(schema->name);
            }
        }
        return edit;
    });
}

Result<MetadataBulkChange> MetadataStore::editSelection(const RowSelection &rows,
                                                        const Resolver &resolve)
{
    return m_workspace.write([&]() -> Result<MetadataBulkChange> {
        sql::Connection &db = m_workspace.db();
        auto index = loadIndex(db);
        if (!index) {
            return index.error();
        }
        auto edit = resolve(index->set);
        if (!edit) {
            return edit.error();
        }
        auto keys = fieldKeys(*index, edit->schemaIds);
        if (!keys) {
            return keys.error();
        }
        SelectionScanner scanner(db);
        if (Status started = scanner.start(rows); !started) {
            return started.error();
        }
        if (!scanner.missing().isEmpty()) {
            const QString &missing = scanner.missing().first();
            return Error::notFound(rows.globalKeys.contains(missing)
                                       ? DataRowStore::keyNotFoundMessage(missing)
                                       : RowTables::notFoundMessage(missing));
        }

        MetadataBulkChange change;
        change.fieldNames = edit->names;
        MetadataFieldState &before = change.before;
        before.schemaIds = edit->schemaIds;
        before.fieldIds = keys->fieldIds;
        // The values to write, as stored, each with the key of its stored field.
        QVector<QPair<qint64, QVariant>> written;
        QVector<MetadataFieldState::Value> common;
        for (const MetadataValue &value : edit->values) {
            const QString &fieldId =
                value.kind == MetadataKind::Enum ? value.optionId : value.schemaId;
            const qint64 pk = index->pks.value(fieldId);
            written.append({pk, storedForm(value)});
            common.append(
                {-1, static_cast<qint32>(before.fieldIds.indexOf(fieldId)), storedForm(value)});
        }
        const QString concerned = RowTables::pkList(keys->concerned);
        const qint64 now = Timestamp::now();
        for (;;) {
            auto chunk = scanner.next(MetadataFieldState::kChunk);
            if (!chunk) {
                return chunk.error();
            }
            if (chunk->isEmpty()) {
                break;
            }
            const QString pks = RowTables::pkList(*chunk);
            QHash<qint64, QString> idOf;
            idOf.reserve(chunk->size());
            {
                sql::Query ids = db.prepare(
                    "SELECT pk, id FROM data_row WHERE pk IN (SELECT value FROM json_each(?1))");
                ids.bind(1, pks);
                while (ids.step()) {
                    idOf.insert(ids.int64(0), ids.text(1));
                }
                if (ids.failed()) {
                    return ids.error();
                }
            }
            QStringList chunkIds;
            chunkIds.reserve(chunk->size());
            QHash<qint64, qint32> rowOf;
            rowOf.reserve(chunk->size());
            for (const qint64 pk : *chunk) {
                rowOf.insert(pk, static_cast<qint32>(before.rowCount + chunkIds.size()));
                chunkIds.append(idOf.value(pk));
            }
            if (change.firstRowId.isNull()) {
                change.firstRowId = chunkIds.first();
            }
            before.rowChunks.append(idArray(chunkIds));
            before.rowCount += chunkIds.size();

            // What the rows hold in the fields concerned, then the edit.
            const qsizetype firstValue = before.values.size();
            {
                sql::Query read =
                    db.prepare("SELECT data_row_pk, field_pk, value FROM metadata_value "
                               "WHERE data_row_pk IN (SELECT value FROM json_each(?1)) "
                               "AND field_pk IN (SELECT value FROM json_each(?2))");
                read.bind(1, pks).bind(2, concerned);
                while (read.step()) {
                    const auto field = keys->byPk.value(read.int64(1));
                    before.values.append({rowOf.value(read.int64(0)), field.first,
                                          readStored(read, 2, field.second)});
                }
                if (read.failed()) {
                    return read.error();
                }
            }
            std::stable_sort(before.values.begin() + firstValue, before.values.end(),
                             [](const auto &a, const auto &b) { return a.row < b.row; });
            {
                sql::Query remove = db.prepare("DELETE FROM metadata_value WHERE data_row_pk IN "
                                               "(SELECT value FROM json_each(?1)) AND field_pk IN "
                                               "(SELECT value FROM json_each(?2))");
                remove.bind(1, pks).bind(2, concerned);
                if (Status done = remove.exec(); !done) {
                    return done.error();
                }
            }
            for (const auto &[fieldPk, value] : written) {
                sql::Query insert =
                    db.prepare("INSERT OR REPLACE INTO metadata_value (data_row_pk, field_pk, "
                               "value) SELECT value, ?2, ?3 FROM json_each(?1)");
                insert.bind(1, pks).bind(2, fieldPk);
                bindStored(insert, 3, value);
                if (Status done = insert.exec(); !done) {
                    return done.error();
                }
            }
            sql::Query touch =
                db.prepare("UPDATE data_row SET updated_at = ?2, last_activity_at = ?2 "
                           "WHERE pk IN (SELECT value FROM json_each(?1))");
            touch.bind(1, pks).bind(2, now);
            if (Status done = touch.exec(); !done) {
                return done.error();
            }
        }
        MetadataFieldState &after = change.after;
        after.schemaIds = before.schemaIds;
        after.fieldIds = before.fieldIds;
        after.rowChunks = before.rowChunks;
        after.rowCount = before.rowCount;
        after.values = common;
        return change;
    });
}

Result<qint64> MetadataStore::restoreFieldState(const MetadataFieldState &state)
{
    return m_workspace.write([&]() -> Result<qint64> {
        sql::Connection &db = m_workspace.db();
        auto index = loadIndex(db);
        if (!index) {
            return index.error();
        }
        auto keys = fieldKeys(*index, state.schemaIds);
        if (!keys) {
            return keys.error();
        }
        QVector<qint64> fieldPks;
        fieldPks.reserve(state.fieldIds.size());
        for (const QString &fieldId : state.fieldIds) {
            const qint64 pk = index->pks.value(fieldId);
            if (pk == 0) {
                return Error::notFound(schemaNotFound(fieldId));
            }
            fieldPks.append(pk);
        }
        QVector<const MetadataFieldState::Value *> common;
        qsizetype next = 0; // the first per-row value not yet written
        for (const MetadataFieldState::Value &value : state.values) {
            if (value.row < 0) {
                common.append(&value);
            }
        }
        const QString concerned = RowTables::pkList(keys->concerned);
        const qint64 now = Timestamp::now();
        qint64 base = 0;
        qint64 rowsWritten = 0;
        for (const QByteArray &ids : state.rowChunks) {
            // The rows' keys now, by their place in the chunk; rows deleted meanwhile have none.
            QVector<qint64> pkAt;
            QVector<qint64> present;
            {
                sql::Query find =
                    db.prepare("SELECT j.key, r.pk FROM json_each(?1) j "
                               "LEFT JOIN data_row r ON r.id = j.value ORDER BY j.key");
                find.bindUtf8(1, ids);
                while (find.step()) {
                    const qint64 pk = find.isNull(1) ? 0 : find.int64(1);
                    pkAt.append(pk);
                    if (pk != 0) {
                        present.append(pk);
                    }
                }
                if (find.failed()) {
                    return find.error();
                }
            }
            const QString pks = RowTables::pkList(present);
            {
                sql::Query remove = db.prepare("DELETE FROM metadata_value WHERE data_row_pk IN "
                                               "(SELECT value FROM json_each(?1)) AND field_pk IN "
                                               "(SELECT value FROM json_each(?2))");
                remove.bind(1, pks).bind(2, concerned);
                if (Status done = remove.exec(); !done) {
                    return done.error();
                }
            }
            const qint64 end = base + pkAt.size();
            while (next < state.values.size() && state.values[next].row < end) {
                const MetadataFieldState::Value &value = state.values[next++];
                if (value.row < base) {
                    continue; // every row's value, written below
                }
                const qint64 rowPk = pkAt[value.row - base];
                if (rowPk == 0) {
                    continue;
                }
                sql::Query insert =
                    db.prepare("INSERT OR REPLACE INTO metadata_value "
                               "(data_row_pk, field_pk, value) VALUES (?1, ?2, ?3)");
                insert.bind(1, rowPk).bind(2, fieldPks.value(value.field));
                bindStored(insert, 3, value.value);
                if (Status done = insert.exec(); !done) {
                    return done.error();
                }
            }
            for (const MetadataFieldState::Value *value : common) {
                sql::Query insert =
                    db.prepare("INSERT OR REPLACE INTO metadata_value (data_row_pk, field_pk, "
                               "value) SELECT value, ?2, ?3 FROM json_each(?1)");
                insert.bind(1, pks).bind(2, fieldPks.value(value->field));
                bindStored(insert, 3, value->value);
                if (Status done = insert.exec(); !done) {
                    return done.error();
                }
            }
            sql::Query touch =
                db.prepare("UPDATE data_row SET updated_at = ?2, last_activity_at = ?2 "
                           "WHERE pk IN (SELECT value FROM json_each(?1))");
            touch.bind(1, pks).bind(2, now);
            if (Status done = touch.exec(); !done) {
                return done.error();
            }
            rowsWritten += present.size();
            base = end;
        }
        return rowsWritten;
    });
}

} // namespace rowscope
