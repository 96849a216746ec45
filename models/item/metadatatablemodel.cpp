#include "metadatatablemodel.h"

#include "catalogworker.h"
#include "itemroles.h"
#include "listmerge.h"
#include "roweditor.h"
#include "timestamp.h"

#include <QDateTime>
#include <QJsonValue>
#include <QTimeZone>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

bool sameSchema(const MetadataSchema &a, const MetadataSchema &b)
{
    if (a.id != b.id || a.name != b.name || a.kind != b.kind || a.reserved != b.reserved ||
        a.options.size() != b.options.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.options.size(); ++i) {
        if (a.options[i].id != b.options[i].id || a.options[i].name != b.options[i].name) {
            return false;
        }
    }
    return true;
}

QString kindText(MetadataKind kind)
{
    switch (kind) {
    case MetadataKind::String:
        return MetadataTableModel::tr("Text");
    case MetadataKind::Number:
        return MetadataTableModel::tr("Number");
    case MetadataKind::DateTime:
        return MetadataTableModel::tr("Date and time");
    case MetadataKind::Enum:
        return MetadataTableModel::tr("Choice");
    case MetadataKind::Embedding:
        return MetadataTableModel::tr("Embedding");
    }
    return {};
}

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

} // namespace

bool MetadataTableModel::sameField(const Field &a, const Field &b)
{
    return sameSchema(a.schema, b.schema) && a.values == b.values;
}

MetadataTableModel::MetadataTableModel(RowEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    // The editor lives on this (the GUI) thread: direct connections.
    connect(editor, &RowEditor::rowsChanged, this, &MetadataTableModel::onRowsChanged);
    connect(editor, &RowEditor::selectionChanged, this, &MetadataTableModel::onSelectionChanged);
}

MetadataTableModel::~MetadataTableModel() = default;

void MetadataTableModel::setRow(const QString &rowId)
{
    if (rowId == m_rowId) {
        return;
    }
    m_rowId = rowId;
    ++m_generation; // answers for the row shown before are dropped
    m_reloadPending = false;
    if (rowId.isEmpty()) {
        Answer none;
        none.generation = m_generation;
        apply(none);
        return;
    }
    reload();
}

void MetadataTableModel::reload()
{
    if (m_rowId.isEmpty() || !m_editor) {
        return;
    }
    if (m_inFlight > 0 && (m_reloadPending || m_shownRowId == m_rowId)) {
        m_reloadPending = true; // one load of a row at a time; the latest wish runs next
        return;
    }
    ++m_inFlight;
    CatalogWorker *worker = m_editor->worker();
    worker->post(
        this,
        [worker, rowId = m_rowId, generation = m_generation](Catalog *catalog) {
            Answer answer;
            answer.generation = generation;
            answer.rowId = rowId;
            if (!catalog) {
                answer.error = worker->openError().message;
                return answer;
            }
            auto row = catalog->rows().get(rowId);
            auto schemas = row ? catalog->metadata().schemas() : row.error();
            auto values = schemas ? catalog->metadata().rowMetadata(rowId) : schemas.error();
            if (!values) {
                answer.error = values.error().message;
                return answer;
            }
            answer.datasetId = row->datasetId;
            for (const MetadataSchema &schema : *schemas) {
                Field field{schema, {}};
                for (const MetadataValue &value : *values) {
                    if (value.schemaId == schema.id) {
                        field.values.append(value);
                    }
                }
                answer.fields.append(field);
            }
            return answer;
        },
        [this](Answer answer) {
            --m_inFlight;
            if (answer.generation == m_generation) {
                apply(answer);
            }
            if (m_reloadPending && m_inFlight == 0) {
                m_reloadPending = false;
                reload();
            }
        });
}

void MetadataTableModel::apply(const Answer &answer)
{
    if (!answer.error.isNull()) {
        if (!m_fields.isEmpty()) {
            beginResetModel(); // the row is gone (or cannot be read): show nothing
            m_fields.clear();
            endResetModel();
        }
        m_shownRowId.clear();
        m_datasetId.clear();
        emit loadFailed(answer.error);
        return;
    }
    if (answer.rowId != m_shownRowId) {
        beginResetModel(); // another row: a new model, as far as views are concerned
        m_fields = answer.fields;
        m_shownRowId = answer.rowId;
        m_datasetId = answer.datasetId;
        endResetModel();
    } else {
        m_datasetId = answer.datasetId;
        ListMerge::apply(
            m_fields, answer.fields, [](const Field &field) { return field.schema.id; },
            &MetadataTableModel::sameField,
            [this](int row) {
                beginRemoveRows({}, row, row);
                m_fields.removeAt(row);
                endRemoveRows();
            },
            [this](int row, const Field &field) {
                beginInsertRows({}, row, row);
                m_fields.insert(row, field);
                endInsertRows();
            },
            [this](int row, const Field &field) {
                m_fields[row] = field;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            });
    }
    if (!answer.rowId.isNull()) {
        emit loaded();
    }
}

void MetadataTableModel::onRowsChanged(const QStringList &rowIds)
{
    if (!m_shownRowId.isEmpty() && rowIds.contains(m_shownRowId)) {
        reload();
    }
}

void MetadataTableModel::onSelectionChanged(const QString &datasetId)
{
    if (!m_datasetId.isEmpty() && datasetId == m_datasetId) {
        reload();
    }
}

int MetadataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

int MetadataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MetadataTableModel::rowOf(const QString &schemaId) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].schema.id == schemaId) {
            return i;
        }
    }
    return -1;
}

QVariant MetadataTableModel::editValue(const Field &field) const
{
    if (field.values.isEmpty()) {
        return {};
    }
    const MetadataValue &value = field.values.first();
    switch (value.kind) {
    case MetadataKind::String:
        return value.text;
    case MetadataKind::Number:
        return value.number;
    case MetadataKind::DateTime:
        return utc(value.time);
    case MetadataKind::Enum:
        return value.optionName;
    case MetadataKind::Embedding:
        return MetadataValues::displayText(value);
    }
    return {};
}

QVariant MetadataTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Field &field = m_fields[index.row()];
    const MetadataSchema &schema = field.schema;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn:
            return schema.name;
        case ValueColumn: {
            QStringList texts;
            for (const MetadataValue &value : field.values) {
                texts.append(MetadataValues::displayText(value));
            }
            return texts.join(u", "_s);
        }
        case KindColumn:
            return kindText(schema.kind);
        default:
            return {};
        }
    case Qt::EditRole:
        return index.column() == ValueColumn ? editValue(field) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (schema.kind == MetadataKind::Embedding && index.column() == ValueColumn) {
            return tr("Embeddings cannot be edited here.");
        }
        return schema.reserved ? tr("%1 (reserved field, id %2)").arg(schema.name, schema.id)
                               : tr("%1 (id %2)").arg(schema.name, schema.id);
    case IdRole:
        return schema.id;
    case SortRole:
        return index.column() == ValueColumn ? editValue(field) : data(index, Qt::DisplayRole);
    case KindRole:
        return MetadataKinds::name(schema.kind);
    case OptionsRole: {
        QStringList names;
        for (const MetadataOption &option : schema.options) {
            names.append(option.name);
        }
        return names;
    }
    case MinimumRole:
        if (schema.kind == MetadataKind::Number) {
            return std::numeric_limits<double>::lowest();
        }
        if (schema.kind == MetadataKind::DateTime) {
            return QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc());
        }
        return {};
    case MaximumRole:
        if (schema.kind == MetadataKind::Number) {
            return std::numeric_limits<double>::max();
        }
        if (schema.kind == MetadataKind::DateTime) {
            return QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc());
        }
        return {};
    case MaximumLengthRole:
        if (schema.kind == MetadataKind::String) {
            return MetadataLimits::kMaxStringLength;
        }
        return {};
    case ReadOnlyRole:
        return schema.kind == MetadataKind::Embedding;
    case ReservedRole:
        return schema.reserved;
    case HasValueRole:
        return !field.values.isEmpty();
    default:
        return {};
    }
}

QVariant MetadataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

Qt::ItemFlags MetadataTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ValueColumn &&
        m_fields[index.row()].schema.kind != MetadataKind::Embedding) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool MetadataTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor || m_shownRowId.isEmpty() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const Field &field = m_fields[index.row()];
    const MetadataSchema &schema = field.schema;
    const RowSelection row = RowSelection::rows({m_shownRowId});
    const bool blank =
        value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
    if (blank) {
        if (field.values.isEmpty()) {
            return false;
        }
        m_editor->clearMetadata(row, {schema.id});
        return true;
    }
    QJsonValue json;
    switch (schema.kind) {
    case MetadataKind::Number:
        // A number as a number; text as text, checked (and refused with the spec's message)
        // by the store.
        json = value.typeId() == QMetaType::QString ? QJsonValue(value.toString())
                                                    : QJsonValue(value.toDouble());
        break;
    case MetadataKind::DateTime:
        json = value.typeId() == QMetaType::QDateTime
                   ? QJsonValue(Timestamp::format(value.toDateTime().toMSecsSinceEpoch()))
                   : QJsonValue(value.toString());
        break;
    case MetadataKind::String:
    case MetadataKind::Enum:
    case MetadataKind::Embedding:
        json = value.toString();
        break;
    }
    if (!field.values.isEmpty() && field.values.size() == 1 &&
        MetadataValues::resolve(schema, json).ok() &&
        *MetadataValues::resolve(schema, json) == field.values.first()) {
        return false; // the value it has already
    }
    m_editor->setMetadata(row, {MetadataFieldInput{schema.id, QString(), json}});
    return true;
}

} // namespace rowscope
