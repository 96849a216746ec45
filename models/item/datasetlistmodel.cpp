#include "datasetlistmodel.h"

#include "catalogworker.h"
#include "itemroles.h"

#include <QHash>
#include <QLocale>

namespace rowscope {

namespace {

struct Listing {
    QVector<Dataset> datasets;
    qint64 dataVersion = 0;
};

} // namespace

DatasetListModel::DatasetListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &DatasetListModel::checkForChanges);
}

DatasetListModel::~DatasetListModel() = default;

void DatasetListModel::setWorkspacePath(const QString &path, const WorkspaceOptions &options)
{
    m_path = path;
    ++m_generation;
    m_worker = std::make_unique<CatalogWorker>(path, options);
    m_loading = false;
    m_reloadPending = false;
    m_dataVersion.reset();
    if (!m_datasets.isEmpty()) {
        beginResetModel(); // another workspace: a full reload
        m_datasets.clear();
        endResetModel();
    }
    reload();
    if (m_poll.interval() > 0) {
        m_poll.start();
    }
}

void DatasetListModel::setPollInterval(int milliseconds)
{
    m_poll.setInterval(milliseconds);
    if (milliseconds <= 0) {
        m_poll.stop();
    } else if (m_worker) {
        m_poll.start();
    }
}

void DatasetListModel::reload()
{
    if (!m_worker) {
        return;
    }
    if (m_loading) {
        m_reloadPending = true; // one load at a time; the latest wish runs next
        return;
    }
    m_loading = true;
    const quint64 generation = m_generation;
    CatalogWorker *worker = m_worker.get();
    m_worker->post(
        this,
        [worker](Catalog *catalog) -> Result<Listing> {
            if (!catalog) {
                return worker->openError();
            }
            auto datasets = catalog->datasets().list();
            if (!datasets) {
                return datasets.error();
            }
            auto version = catalog->workspace().db().queryInt("PRAGMA data_version");
            return Listing{std::move(datasets).value(), version ? *version : 0};
        },
        [this, generation](Result<Listing> listing) {
            if (generation != m_generation) {
                return;
            }
            m_loading = false;
            if (listing) {
                m_dataVersion = listing->dataVersion;
                merge(listing->datasets);
                emit loaded();
            } else {
                emit loadFailed(listing.error().message);
            }
            if (m_reloadPending) {
                m_reloadPending = false;
                reload();
            }
        });
}

void DatasetListModel::checkForChanges()
{
    if (!m_worker || m_loading) {
        return;
    }
    const quint64 generation = m_generation;
    m_worker->post(
        this,
        [](Catalog *catalog) -> Result<qint64> {
            if (!catalog) {
                return Error{ErrorCode::NotAWorkspace, {}};
            }
            return catalog->workspace().db().queryInt("PRAGMA data_version");
        },
        [this, generation](Result<qint64> version) {
            if (generation == m_generation && version && m_dataVersion &&
                *version != *m_dataVersion) {
                reload();
            }
        });
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

void DatasetListModel::replace(const Dataset &dataset)
{
    const int row = rowOf(dataset.id);
    if (row >= 0 && m_datasets[row] != dataset) {
        m_datasets[row] = dataset;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void DatasetListModel::createDataset(const QString &name, const QString &description)
{
    if (!m_worker) {
        return;
    }
    const quint64 generation = m_generation;
    m_worker->post(
        this,
        [name, description](Catalog *catalog) -> Result<Dataset> {
            if (!catalog) {
                return Error{ErrorCode::NotAWorkspace, tr("The workspace cannot be opened.")};
            }
            return catalog->datasets().create(name, description);
        },
        [this, generation](Result<Dataset> dataset) {
            if (generation != m_generation) {
                return;
            }
            if (!dataset) {
                emit operationFailed(dataset.error().message);
                return;
            }
            if (rowOf(dataset->id) < 0) {
                const int row = static_cast<int>(m_datasets.size()); // the newest comes last
                beginInsertRows({}, row, row);
                m_datasets.append(*dataset);
                endInsertRows();
            }
            emit created(dataset->id);
        });
}

void DatasetListModel::removeDataset(const QString &datasetId)
{
    if (!m_worker) {
        return;
    }
    const quint64 generation = m_generation;
    m_worker->post(
        this,
        [datasetId](Catalog *catalog) -> Result<qint64> {
            if (!catalog) {
                return Error{ErrorCode::NotAWorkspace, tr("The workspace cannot be opened.")};
            }
            return catalog->datasets().remove(datasetId);
        },
        [this, generation, datasetId](Result<qint64> rows) {
            if (generation != m_generation) {
                return;
            }
            if (!rows) {
                emit operationFailed(rows.error().message);
                return;
            }
            const int row = rowOf(datasetId);
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_datasets.removeAt(row);
                endRemoveRows();
            }
            emit removed(datasetId, *rows);
        });
}

bool DatasetListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_worker ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const int column = index.column();
    if (column != NameColumn && column != DescriptionColumn) {
        return false;
    }
    const QString datasetId = m_datasets[index.row()].id;
    const QString text = value.toString();
    if ((column == NameColumn ? m_datasets[index.row()].name
                              : m_datasets[index.row()].description) == text) {
        return true;
    }
    const quint64 generation = m_generation;
    m_worker->post(
        this,
        [datasetId, text, column](Catalog *catalog) -> Result<Dataset> {
            if (!catalog) {
                return Error{ErrorCode::NotAWorkspace, tr("The workspace cannot be opened.")};
            }
            return column == NameColumn ? catalog->datasets().rename(datasetId, text)
                                        : catalog->datasets().describe(datasetId, text);
        },
        [this, generation](Result<Dataset> dataset) {
            if (generation != m_generation) {
                return;
            }
            if (!dataset) {
                emit operationFailed(dataset.error().message);
                return;
            }
            replace(*dataset);
        });
    // The new text shows once the workspace has it.
    return true;
}

Qt::ItemFlags DatasetListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == NameColumn || index.column() == DescriptionColumn)) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
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
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return dataset.name;
        case RowCountColumn:
            return role == Qt::EditRole ? QVariant(dataset.rowCount)
                                        : QVariant(locale.toString(dataset.rowCount));
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
