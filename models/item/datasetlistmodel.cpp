#include "datasetlistmodel.h"

#include "catalog.h"
#include "itemroles.h"

#include <QHash>
#include <QLocale>
#include <QtConcurrent>

namespace rowscope {

DatasetListModel::DatasetListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // The watcher lives on the GUI thread, so finished() arrives there (queued from the pool).
    connect(&m_watcher, &QFutureWatcher<Answer>::finished, this, &DatasetListModel::apply);
}

DatasetListModel::~DatasetListModel()
{
    m_watcher.waitForFinished();
}

void DatasetListModel::setWorkspacePath(const QString &path)
{
    m_path = path;
    ++m_generation;
    if (!m_datasets.isEmpty()) {
        beginResetModel(); // another workspace: a full reload
        m_datasets.clear();
        endResetModel();
    }
    reload();
}

void DatasetListModel::reload()
{
    if (m_path.isEmpty()) {
        return;
    }
    if (m_watcher.isRunning()) {
        m_reloadPending = true; // one load at a time; the latest wish runs next
        return;
    }
    const QString path = m_path;
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([path, generation]() {
        // This pool thread opens its own connection and closes it before returning.
        Answer answer;
        answer.generation = generation;
        auto catalog = Catalog::open(path);
        if (!catalog) {
            answer.error = catalog.error().message;
            return answer;
        }
        auto datasets = (*catalog)->datasets().list();
        if (datasets) {
            answer.datasets = std::move(datasets).value();
        } else {
            answer.error = datasets.error().message;
        }
        return answer;
    }));
}

void DatasetListModel::apply()
{
    const Answer answer = m_watcher.result();
    const bool current = answer.generation == m_generation;
    if (current) {
        if (answer.error.isEmpty()) {
            merge(answer.datasets);
            emit loaded();
        } else {
            emit loadFailed(answer.error);
        }
    }
    if (m_reloadPending || !current) {
        m_reloadPending = false;
        reload();
    }
}

void DatasetListModel::merge(const QVector<Dataset> &datasets)
{
    QHash<QString, int> wanted;
    for (int i = 0; i < datasets.size(); ++i) {
        wanted.insert(datasets[i].id, i);
    }
    // Removals first (from the back, so rows keep their numbers until removed).
    for (int row = static_cast<int>(m_datasets.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_datasets[row].id)) {
            beginRemoveRows({}, row, row);
            m_datasets.removeAt(row);
            endRemoveRows();
        }
    }
    // Both lists are in creation order, so what is left lines up; update and insert.
    for (int i = 0; i < datasets.size(); ++i) {
        const Dataset &dataset = datasets[i];
        if (i < m_datasets.size() && m_datasets[i].id == dataset.id) {
            if (m_datasets[i] != dataset) {
                m_datasets[i] = dataset;
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, i, i);
        m_datasets.insert(i, dataset);
        endInsertRows();
    }
}

int DatasetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_datasets.size());
}

int DatasetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatasetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Dataset &dataset = m_datasets[index.row()];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return dataset.name;
        case RowCountColumn:
            return locale.toString(dataset.rowCount);
        case DescriptionColumn:
            return dataset.description;
        case CreatedColumn:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(dataset.createdAt),
                                   QLocale::ShortFormat);
        case UpdatedColumn:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(dataset.updatedAt),
                                   QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1\n%n data row(s)\nid %2", nullptr,
                  static_cast<int>(qMin<qint64>(dataset.rowCount, INT_MAX)))
            .arg(dataset.name, dataset.id);
    case Qt::TextAlignmentRole:
        if (index.column() == RowCountColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case IdRole:
        return dataset.id;
    case SortRole:
        switch (index.column()) {
        case RowCountColumn:
            return dataset.rowCount;
        case CreatedColumn:
            return dataset.createdAt;
        case UpdatedColumn:
            return dataset.updatedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case EntityRole:
        return QVariant::fromValue(dataset);
    default:
        return {};
    }
}

QVariant DatasetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RowCountColumn:
        return tr("Rows");
    case DescriptionColumn:
        return tr("Description");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

const Dataset *DatasetListModel::datasetAt(int row) const
{
    return row >= 0 && row < m_datasets.size() ? &m_datasets[row] : nullptr;
}

int DatasetListModel::rowOf(const QString &datasetId) const
{
    for (int i = 0; i < m_datasets.size(); ++i) {
        if (m_datasets[i].id == datasetId) {
            return i;
        }
    }
    return -1;
}

qint64 DatasetListModel::totalRows() const
{
    qint64 total = 0;
    for (const Dataset &dataset : m_datasets) {
        total += dataset.rowCount;
    }
    return total;
}

} // namespace rowscope
