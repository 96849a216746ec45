#include "attachmentlistmodel.h"

#include "catalogworker.h"
#include "itemroles.h"
#include "listmerge.h"
#include "roweditor.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

bool sameAttachment(const Attachment &a, const Attachment &b)
{
    return a.id == b.id && a.type == b.type && a.value == b.value && a.name == b.name;
}

} // namespace

AttachmentListModel::AttachmentListModel(RowEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    // The editor lives on this (the GUI) thread: a direct connection.
    connect(editor, &RowEditor::rowsChanged, this, &AttachmentListModel::onRowsChanged);
}

AttachmentListModel::~AttachmentListModel() = default;

void AttachmentListModel::setRow(const QString &rowId)
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

void AttachmentListModel::reload()
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
            auto attachments = catalog->attachments().list(rowId);
            if (attachments) {
                answer.attachments = std::move(attachments).value();
            } else {
                answer.error = attachments.error().message;
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

void AttachmentListModel::apply(const Answer &answer)
{
    if (!answer.error.isNull()) {
        if (!m_attachments.isEmpty()) {
            beginResetModel(); // the row is gone (or cannot be read): show nothing
            m_attachments.clear();
            endResetModel();
        }
        m_shownRowId.clear();
        emit loadFailed(answer.error);
        return;
    }
    if (answer.rowId != m_shownRowId) {
        beginResetModel(); // another row: a new model, as far as views are concerned
        m_attachments = answer.attachments;
        m_shownRowId = answer.rowId;
        endResetModel();
    } else {
        ListMerge::apply(
            m_attachments, answer.attachments,
            [](const Attachment &attachment) { return attachment.id; }, &sameAttachment,
            [this](int row) {
                beginRemoveRows({}, row, row);
                m_attachments.removeAt(row);
                endRemoveRows();
            },
            [this](int row, const Attachment &attachment) {
                beginInsertRows({}, row, row);
                m_attachments.insert(row, attachment);
                endInsertRows();
            },
            [this](int row, const Attachment &attachment) {
                m_attachments[row] = attachment;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            });
    }
    if (!answer.rowId.isNull()) {
        emit loaded();
    }
}

void AttachmentListModel::onRowsChanged(const QStringList &rowIds)
{
    if (!m_shownRowId.isEmpty() && rowIds.contains(m_shownRowId)) {
        reload();
    }
}

void AttachmentListModel::addAttachment(const QString &type, const QString &value,
                                        const QString &name)
{
    if (m_editor && !m_shownRowId.isEmpty()) {
        m_editor->addAttachment(m_shownRowId, type, value, name);
    }
}

void AttachmentListModel::deleteAttachment(int row)
{
    if (m_editor && row >= 0 && row < m_attachments.size()) {
        m_editor->deleteAttachment(m_attachments[row].id);
    }
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_attachments.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Attachment *AttachmentListModel::attachmentAt(int row) const
{
    return row >= 0 && row < m_attachments.size() ? &m_attachments[row] : nullptr;
}

int AttachmentListModel::rowOf(const QString &attachmentId) const
{
    for (int i = 0; i < m_attachments.size(); ++i) {
        if (m_attachments[i].id == attachmentId) {
            return i;
        }
    }
    return -1;
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Attachment &attachment = m_attachments[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case TypeColumn:
            return Attachments::typeName(attachment.type);
        case NameColumn:
            return attachment.name;
        case ValueColumn:
            return attachment.value;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 attachment, id %2")
            .arg(Attachments::typeName(attachment.type), attachment.id);
    case IdRole:
        return attachment.id;
    case AttachmentTypeRole:
        return Attachments::typeName(attachment.type);
    case OptionsRole:
        if (index.column() == TypeColumn) {
            QStringList types;
            for (const AttachmentType type : Attachments::allTypes()) {
                types.append(Attachments::typeName(type));
            }
            return types;
        }
        return {};
    case ReadOnlyRole:
        return false;
    case HasValueRole:
        return index.column() != NameColumn || !attachment.name.isEmpty();
    default:
        return {};
    }
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool AttachmentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QString text = value.toString();
    if (text == data(index, Qt::EditRole).toString()) {
        return false; // what it holds already
    }
    AttachmentUpdate change;
    switch (index.column()) {
    case TypeColumn:
        change.type = text;
        break;
    case NameColumn:
        change.name = text;
        break;
    case ValueColumn:
        change.value = text;
        break;
    default:
        return false;
    }
    m_editor->updateAttachment(m_attachments[index.row()].id, change);
    return true;
}

} // namespace rowscope
