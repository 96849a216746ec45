#include "labellistmodel.h"

#include "catalogworker.h"
#include "itemroles.h"
#include "listmerge.h"
#include "roweditor.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

LabelListModel::LabelListModel(RowEditor *editor, QObject *parent)
    : QAbstractListModel(parent)
    , m_editor(editor)
{
    // The editor lives on this (the GUI) thread: a direct connection.
    connect(editor, &RowEditor::rowsChanged, this, &LabelListModel::onRowsChanged);
}

LabelListModel::~LabelListModel() = default;

bool LabelListModel::sameEntry(const Entry &a, const Entry &b)
{
    const Label &x = a.label;
    const Label &y = b.label;
    return a.winner == b.winner && a.projectName == b.projectName && x.id == y.id &&
           x.projectId == y.projectId && x.createdBy == y.createdBy && x.createdAt == y.createdAt &&
           x.updatedAt == y.updatedAt && x.secondsToCreate == y.secondsToCreate &&
           x.annotationsJson == y.annotationsJson;
}

void LabelListModel::setRow(const QString &rowId)
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

void LabelListModel::reload()
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
            auto labels = catalog->labels().labels(rowId);
            auto projects = labels ? catalog->labels().projects() : labels.error();
            if (!projects) {
                answer.error = projects.error().message;
                return answer;
            }
            QHash<QString, QString> names;
            for (const Project &project : *projects) {
                names.insert(project.id, project.name);
            }
            QHash<QString, QString> winners;
            for (const Label &label : *labels) {
                if (!winners.contains(label.projectId)) {
                    auto winner = catalog->labels().winningLabelId(rowId, label.projectId);
                    if (!winner) {
                        answer.error = winner.error().message;
                        return answer;
                    }
                    winners.insert(label.projectId, *winner);
                }
                answer.entries.append({label, names.value(label.projectId),
                                       winners.value(label.projectId) == label.id});
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

void LabelListModel::apply(const Answer &answer)
{
    if (!answer.error.isNull()) {
        if (!m_entries.isEmpty()) {
            beginResetModel(); // the row is gone (or cannot be read): show nothing
            m_entries.clear();
            endResetModel();
        }
        m_shownRowId.clear();
        emit loadFailed(answer.error);
        return;
    }
    if (answer.rowId != m_shownRowId) {
        beginResetModel(); // another row: a new model, as far as views are concerned
        m_entries = answer.entries;
        m_shownRowId = answer.rowId;
        endResetModel();
    } else {
        ListMerge::apply(
            m_entries, answer.entries, [](const Entry &entry) { return entry.label.id; },
            &LabelListModel::sameEntry,
            [this](int row) {
                beginRemoveRows({}, row, row);
                m_entries.removeAt(row);
                endRemoveRows();
            },
            [this](int row, const Entry &entry) {
                beginInsertRows({}, row, row);
                m_entries.insert(row, entry);
                endInsertRows();
            },
            [this](int row, const Entry &entry) {
                m_entries[row] = entry;
                const QModelIndex changed = index(row, 0);
                emit dataChanged(changed, changed);
            });
    }
    if (!answer.rowId.isNull()) {
        emit loaded();
    }
}

void LabelListModel::onRowsChanged(const QStringList &rowIds)
{
    if (!m_shownRowId.isEmpty() && rowIds.contains(m_shownRowId)) {
        reload();
    }
}

int LabelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LabelListModel::rowOf(const QString &labelId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].label.id == labelId) {
            return i;
        }
    }
    return -1;
}

QVariant LabelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &entry = m_entries[index.row()];
    const Label &label = entry.label;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1, %2").arg(
            label.createdBy,
            locale.toString(QDateTime::fromMSecsSinceEpoch(label.createdAt), QLocale::ShortFormat));
    case Qt::ToolTipRole:
        return entry.winner ? tr("Winning label of %1\nid %2").arg(entry.projectName, label.id)
                            : tr("Label in %1\nid %2").arg(entry.projectName, label.id);
    case Qt::CheckStateRole:
        return static_cast<int>(entry.winner ? Qt::Checked : Qt::Unchecked);
    case IdRole:
        return label.id;
    case SortRole:
        return label.createdAt;
    case EntityRole:
        return QVariant::fromValue(label);
    case ProjectIdRole:
        return label.projectId;
    case ProjectNameRole:
        return entry.projectName;
    case WinnerRole:
        return entry.winner;
    default:
        return {};
    }
}

Qt::ItemFlags LabelListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

bool LabelListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editor || m_shownRowId.isEmpty() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    bool choose = false;
    if (role == Qt::CheckStateRole) {
        choose = value.toInt() == Qt::Checked;
    } else if (role == WinnerRole) {
        choose = value.toBool();
    } else {
        return false;
    }
    const Entry &entry = m_entries[index.row()];
    if (!choose || entry.winner) {
        return false; // a project always has a winner: choose another label instead
    }
    m_editor->setWinner(m_shownRowId, entry.label.projectId, entry.label.id);
    return true;
}

} // namespace rowscope
