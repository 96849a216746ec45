#include "datarowtablemodel.h"

#include "catalogworker.h"
#include "itemroles.h"
#include "roweditor.h"
#include "timestamp.h"

#include <QDateTime>
#include <QItemSelection>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

QString shortTime(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs), QLocale::ShortFormat);
}

} // namespace

DataRowTableModel::DataRowTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &DataRowTableModel::flushWanted);
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &DataRowTableModel::checkForChanges);
}

DataRowTableModel::~DataRowTableModel() = default;

void DataRowTableModel::setWorkspace(const QString &path, const WorkspaceOptions &options)
{
    ++m_generation;
    m_worker = std::make_unique<CatalogWorker>(path, options);
    beginResetModel();
    m_cache.clear();
    m_rowCount = 0;
    m_state = State::Empty;
    m_view = {};
    endResetModel();
}

void DataRowTableModel::setExtraColumnTitles(const QStringList &titles)
{
    m_extraTitles = titles;
    if (!m_view.extraFields.isEmpty()) {
        emit headerDataChanged(Qt::Horizontal, FixedColumnCount, columnCount() - 1);
    }
}

void DataRowTableModel::setView(const RowView &view)
{
    beginResetModel(); // a new dataset, filter or sort: the one reset there is
    m_view = view;
    m_cache.clear();
    m_rowCount = 0;
    m_wanted.clear();
    m_requested.clear();
    m_dataVersion.reset();
    endResetModel();
    start(false);
}

void DataRowTableModel::start(bool resync)
{
    if (!m_worker || m_view.datasetId.isEmpty()) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_state = resync ? m_state : State::Counting;
    m_error.clear();
    m_anchorPages = 0;
    m_anchorsDone = false;
    m_sliceInFlight = false;
    m_pageInFlight = -1;
    auto loader = std::make_shared<RowPageLoader>(m_view, kPageSize);
    m_loader = loader;
    m_worker->post(
        this,
        [loader, resync](Catalog *catalog) -> Result<Opening> {
            if (!catalog) {
                return Error{ErrorCode::NotAWorkspace, {}};
            }
            if (Status opened = loader->open(*catalog); !opened) {
                return opened.error();
            }
            Opening opening;
            // The data version goes with the count, so that no change after it is missed.
            auto version = loader->dataVersion();
            if (!version) {
                return version.error();
            }
            opening.dataVersion = *version;
            auto count = loader->count();
            if (!count) {
                return count.error();
            }
            opening.count = *count;
            // A fresh view shows its top: the first page comes in the same trip.
            if (!resync && opening.count > 0) {
                auto first = loader->loadPage(0);
                if (!first) {
                    return first.error();
                }
                opening.firstPage = std::move(first).value();
            }
            return opening;
        },
        [this, generation, resync](Result<Opening> opening) {
            onOpened(generation, resync, std::move(opening));
        });
    if (!m_poll.isActive() && m_poll.interval() > 0) {
        m_poll.start();
    }
}

void DataRowTableModel::onOpened(quint64 generation, bool resync, Result<Opening> opening)
{
    if (generation != m_generation) {
        return; // an answer for an older view
    }
    if (!opening) {
        const QString message = opening.error().message.isEmpty()
                                    ? tr("The workspace cannot be opened.")
                                    : opening.error().message;
        m_state = State::Failed;
        m_error = message;
        if (m_rowCount > 0) {
            beginRemoveRows({}, 0, m_rowCount - 1); // e.g. the dataset was deleted meanwhile
            m_rowCount = 0;
            m_cache.clear();
            endRemoveRows();
        }
        emit loadFailed(message);
        return;
    }
    m_dataVersion = opening->dataVersion;
    const qint64 count = opening->count;
    const int total = static_cast<int>(qMin<qint64>(count, INT_MAX));
    if (total > m_rowCount) {
        beginInsertRows({}, m_rowCount, total - 1);
        m_rowCount = total;
        endInsertRows();
    } else if (total < m_rowCount) {
        beginRemoveRows({}, total, m_rowCount - 1);
        m_rowCount = total;
        for (auto it = m_cache.begin(); it != m_cache.end();) {
            it = it.key() * kPageSize >= total ? m_cache.erase(it) : std::next(it);
        }
        endRemoveRows();
    }
    m_state = State::Ready;
    if (resync) {
        // Keep showing what was there; load the pages on screen again.
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
            it->stale = true;
            m_wanted.insert(it.key());
        }
    }
    emit countChanged(count);
    if (!opening->firstPage.isEmpty()) {
        m_pageInFlight = 0; // as if asked for: onPage() stores it and emits its signals
        onPage(generation, 0, std::move(opening->firstPage));
    }
    postAnchorSlice();
    flushWanted();
}

void DataRowTableModel::postAnchorSlice()
{
    if (m_anchorsDone || m_sliceInFlight || m_state != State::Ready) {
        return;
    }
    m_sliceInFlight = true;
    const quint64 generation = m_generation;
    auto loader = m_loader;
    m_worker->post(
        this,
        [loader](Catalog *) -> Result<std::pair<int, bool>> {
            auto done = loader->advanceAnchors(RowPageLoader::kSliceRows);
            if (!done) {
                return done.error();
            }
            return std::pair<int, bool>(loader->pagesWithAnchors(), *done);
        },
        [this, generation](Result<std::pair<int, bool>> progress) {
            if (generation != m_generation) {
                return;
            }
            m_sliceInFlight = false;
            if (!progress) {
                m_error = progress.error().message;
                emit loadFailed(m_error);
                return;
            }
            m_anchorPages = progress->first;
            m_anchorsDone = progress->second;
            emit anchorsProgress(m_anchorPages, m_anchorsDone);
            requestNextPage();
            postAnchorSlice();
        });
}

void DataRowTableModel::want(int page) const
{
    m_requested.insert(page);
    if (!m_flush.isActive()) {
        m_flush.start();
    }
}

void DataRowTableModel::flushWanted()
{
    if (!m_requested.isEmpty()) {
        // The latest window replaces the one before: pages scrolled past are not loaded.
        QSet<int> stale;
        for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
            if (it->stale && m_wanted.contains(it.key())) {
                stale.insert(it.key());
            }
        }
        m_wanted = m_requested + stale;
        m_requested.clear();
    }
    requestNextPage();
}

void DataRowTableModel::requestNextPage()
{
    if (m_pageInFlight >= 0 || m_state != State::Ready || !m_worker) {
        return;
    }
    int next = -1;
    for (const int page : std::as_const(m_wanted)) {
        const auto cached = m_cache.constFind(page);
        const bool needed = cached == m_cache.constEnd() || cached->stale;
        const bool reachable = page == 0 || page < m_anchorPages;
        if (needed && reachable && page * kPageSize < m_rowCount && (next < 0 || page < next)) {
            next = page;
        }
    }
    if (next < 0) {
        return;
    }
    m_pageInFlight = next;
    const quint64 generation = m_generation;
    auto loader = m_loader;
    m_worker->post(
        this, [loader, next](Catalog *) { return loader->loadPage(next); },
        [this, generation, next](Result<QVector<RowSummary>> rows) {
            onPage(generation, next, std::move(rows));
        });
}

void DataRowTableModel::onPage(quint64 generation, int page, Result<QVector<RowSummary>> rows)
{
    if (generation != m_generation) {
        return;
    }
    m_pageInFlight = -1;
    if (!rows) {
        m_error = rows.error().message;
        emit loadFailed(m_error);
        return;
    }
    m_wanted.remove(page);
    const int first = page * kPageSize;
    if (first < m_rowCount) {
        Page &entry = m_cache[page];
        entry.rows = std::move(rows).value();
        entry.stale = false;
        entry.lastUse = ++m_useClock;
        const int last = qMin(first + kPageSize, m_rowCount) - 1;
        evict();
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        emit pageLoaded(page);
    }
    requestNextPage();
}

void DataRowTableModel::evict()
{
    while (m_cache.size() > kCachedPages) {
        auto oldest = m_cache.end();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
            if (!m_wanted.contains(it.key()) &&
                (oldest == m_cache.end() || it->lastUse < oldest->lastUse)) {
                oldest = it;
            }
        }
        if (oldest == m_cache.end()) {
            return;
        }
        m_cache.erase(oldest);
    }
}

const RowSummary *DataRowTableModel::summaryAt(int row) const
{
    const auto page = m_cache.find(row / kPageSize);
    if (page == m_cache.end()) {
        return nullptr;
    }
    page->lastUse = ++m_useClock;
    const int offset = row % kPageSize;
    return offset < page->rows.size() ? &page->rows[offset] : nullptr;
}

int DataRowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DataRowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + static_cast<int>(m_view.extraFields.size());
}

QVariant DataRowTableModel::display(const RowSummary &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case GlobalKeyColumn:
        return row.globalKey;
    case ExternalIdColumn:
        return row.externalId;
    case RowDataColumn:
        return row.rowData;
    case MediaTypeColumn:
        return MediaTypes::name(row.mediaType);
    case AttachmentsColumn:
        return locale.toString(row.attachments);
    case LabelsColumn:
        return locale.toString(row.labels);
    case SplitColumn:
        return row.split;
    case TagColumn:
        return row.tag;
    case CreatedColumn:
        return shortTime(row.createdAt);
    case UpdatedColumn:
        return shortTime(row.updatedAt);
    default:
        return row.extra.value(column - FixedColumnCount);
    }
}

QVariant DataRowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RowSummary *row = summaryAt(index.row());
    const int page = index.row() / kPageSize;
    if (!row || m_cache.value(page).stale) {
        want(page);
    }
    if (!row) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == GlobalKeyColumn ? tr("…") : QVariant();
        case LoadingRole:
            return true;
        case Qt::ForegroundRole:
            return QVariant(); // views dim placeholders through LoadingRole
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn) {
            return Timestamp::format(row->createdAt);
        }
        if (index.column() == UpdatedColumn) {
            return Timestamp::format(row->updatedAt);
        }
        return display(*row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AttachmentsColumn || index.column() == LabelsColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case IdRole:
        return row->id;
    case LoadingRole:
        return false;
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return row->createdAt;
        case UpdatedColumn:
            return row->updatedAt;
        case AttachmentsColumn:
            return row->attachments;
        case LabelsColumn:
            return row->labels;
        default:
            return display(*row, index.column());
        }
    default:
        return {};
    }
}

QVariant DataRowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return QLocale().toString(section + 1);
    }
    switch (section) {
    case GlobalKeyColumn:
        return tr("Global key");
    case ExternalIdColumn:
        return tr("External id");
    case RowDataColumn:
        return tr("Row data");
    case MediaTypeColumn:
        return tr("Media type");
    case AttachmentsColumn:
        return tr("Attachments");
    case LabelsColumn:
        return tr("Labels");
    case SplitColumn:
        return tr("Split");
    case TagColumn:
        return tr("Tag");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    default: {
        const int extra = section - FixedColumnCount;
        return m_extraTitles.value(extra, m_view.extraFields.value(extra));
    }
    }
}

QString DataRowTableModel::rangeText(int first, int last) const
{
    const QLocale locale;
    if (m_rowCount == 0) {
        return tr("no rows");
    }
    first = qBound(0, first, m_rowCount - 1);
    last = qBound(first, last, m_rowCount - 1);
    return tr("rows %1–%2 of %3")
        .arg(locale.toString(first + 1), locale.toString(last + 1), locale.toString(m_rowCount));
}

bool DataRowTableModel::isLoaded(int row) const
{
    const auto page = m_cache.constFind(row / kPageSize);
    return page != m_cache.constEnd() && row % kPageSize < page->rows.size();
}

QString DataRowTableModel::rowIdAt(int row) const
{
    const auto page = m_cache.constFind(row / kPageSize);
    if (page == m_cache.constEnd() || row % kPageSize >= page->rows.size()) {
        return {};
    }
    return page->rows[row % kPageSize].id;
}

void DataRowTableModel::locateRow(const QString &rowId)
{
    if (!m_worker || m_state != State::Ready) {
        emit locateFailed(tr("The rows are still loading."));
        return;
    }
    const quint64 generation = m_generation;
    auto loader = m_loader;
    m_worker->post(
        this, [loader, rowId](Catalog *) { return loader->locate(rowId, QString()); },
        [this, generation, rowId](Result<std::optional<qint64>> position) {
            if (generation != m_generation) {
                return;
            }
            if (!position) {
                emit locateFailed(position.error().message);
            } else if (!position->has_value()) {
                emit locateFailed(tr("The row '%1' is not among these rows.").arg(rowId));
            } else {
                emit located(static_cast<int>(**position));
            }
        });
}

void DataRowTableModel::locateGlobalKey(const QString &globalKey)
{
    if (!m_worker || m_state != State::Ready) {
        emit locateFailed(tr("The rows are still loading."));
        return;
    }
    const quint64 generation = m_generation;
    auto loader = m_loader;
    m_worker->post(
        this, [loader, globalKey](Catalog *) { return loader->locate(QString(), globalKey); },
        [this, generation, globalKey](Result<std::optional<qint64>> position) {
            if (generation != m_generation) {
                return;
            }
            if (!position) {
                emit locateFailed(position.error().message);
            } else if (!position->has_value()) {
                emit locateFailed(
                    tr("No row with the global key '%1' is among these rows.").arg(globalKey));
            } else {
                emit located(static_cast<int>(**position));
            }
        });
}

namespace {

// A selection's rows as sorted, disjoint, inclusive ranges (columns do not matter).
QVector<std::pair<int, int>> rowRanges(const QItemSelection &selection)
{
    QVector<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : selection) {
        if (range.isValid()) {
            ranges.append({range.top(), range.bottom()});
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QVector<std::pair<int, int>> merged;
    for (const auto &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().second + 1) {
            merged.last().second = qMax(merged.last().second, range.second);
        } else {
            merged.append(range);
        }
    }
    return merged;
}

QVector<std::pair<int, int>> complement(const QVector<std::pair<int, int>> &ranges, int rows)
{
    QVector<std::pair<int, int>> gaps;
    int next = 0;
    for (const auto &range : ranges) {
        if (range.first > next) {
            gaps.append({next, range.first - 1});
        }
        next = range.second + 1;
    }
    if (next < rows) {
        gaps.append({next, rows - 1});
    }
    return gaps;
}

} // namespace

QStringList DataRowTableModel::loadedIds(const QVector<std::pair<int, int>> &ranges,
                                         QVector<std::pair<int, int>> *missing) const
{
    QStringList ids;
    for (const auto &[first, last] : ranges) {
        int row = first;
        while (row <= last) {
            const auto page = m_cache.constFind(row / kPageSize);
            const int pageEnd = qMin(last, (row / kPageSize + 1) * kPageSize - 1);
            if (page == m_cache.constEnd() || page->stale) {
                if (!missing->isEmpty() && missing->last().second == row - 1) {
                    missing->last().second = pageEnd;
                } else {
                    missing->append({row, pageEnd});
                }
            } else {
                for (int at = row; at <= pageEnd && at % kPageSize < page->rows.size(); ++at) {
                    ids.append(page->rows[at % kPageSize].id);
                }
            }
            row = pageEnd + 1;
        }
    }
    return ids;
}

void DataRowTableModel::describeSelection(const QItemSelection &selection, SelectionDone done)
{
    if (m_state != State::Ready) {
        done(Error::invalid(tr("The rows are still loading.")));
        return;
    }
    const QVector<std::pair<int, int>> selected = rowRanges(selection);
    qint64 selectedRows = 0;
    for (const auto &[first, last] : selected) {
        selectedRows += last - first + 1;
    }
    if (selectedRows == 0) {
        done(Error::invalid(tr("No rows are selected.")));
        return;
    }
    RowSelection description = RowSelection::dataset(m_view.datasetId, m_view.filter);
    if (selectedRows >= m_rowCount) {
        done(description); // "select all": nothing to list
        return;
    }
    // List whichever side is shorter.
    const bool listExcluded = m_rowCount - selectedRows < selectedRows;
    QVector<std::pair<int, int>> missing;
    const QStringList known =
        loadedIds(listExcluded ? complement(selected, m_rowCount) : selected, &missing);
    const auto finish = [description, listExcluded, done](const QStringList &ids) {
        RowSelection described = description;
        (listExcluded ? described.excludedIds : described.includedIds) = ids;
        done(described);
    };
    if (missing.isEmpty()) {
        finish(known);
        return;
    }
    const quint64 generation = m_generation;
    auto loader = m_loader;
    m_worker->post(
        this,
        [loader, missing](Catalog *) -> Result<QStringList> {
            QStringList ids;
            for (const auto &[first, last] : missing) {
                auto read = loader->idsOfRows(first, last - first + 1);
                if (!read) {
                    return read.error();
                }
                ids += *read;
            }
            return ids;
        },
        [this, generation, known, finish, done](Result<QStringList> read) mutable {
            if (generation != m_generation) {
                done(Error::invalid(tr("The rows changed before the selection was read.")));
            } else if (!read) {
                done(read.error());
            } else {
                finish(known + *read);
            }
        });
}

void DataRowTableModel::refreshRows(const QStringList &rowIds)
{
    if (!m_worker || m_state != State::Ready) {
        return;
    }
    const QSet<QString> wanted(rowIds.cbegin(), rowIds.cend());
    QVector<RowSummary> loaded;
    for (const Page &page : std::as_const(m_cache)) {
        for (const RowSummary &row : page.rows) {
            if (wanted.contains(row.id)) {
                loaded.append(row);
            }
        }
    }
    if (loaded.isEmpty()) {
        return;
    }
    const quint64 generation = m_generation;
    auto loader = m_loader;
    m_worker->post(
        this, [loader, loaded](Catalog *) { return loader->reload(loaded); },
        [this, generation](Result<QVector<RowSummary>> fresh) {
            if (generation != m_generation || !fresh) {
                return;
            }
            for (const RowSummary &row : *fresh) {
                for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
                    for (int i = 0; i < it->rows.size(); ++i) {
                        if (it->rows[i].pk == row.pk) {
                            it->rows[i] = row;
                            const int at = it.key() * kPageSize + i;
                            emit dataChanged(index(at, 0), index(at, columnCount() - 1));
                        }
                    }
                }
            }
        });
}

void DataRowTableModel::removeDeletedRows(const QStringList &rowIds)
{
    if (m_state != State::Ready) {
        return;
    }
    const QSet<QString> deleted(rowIds.cbegin(), rowIds.cend());
    QVector<int> positions;
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (deleted.contains(it->rows[i].id)) {
                positions.append(it.key() * kPageSize + i);
            }
        }
    }
    std::sort(positions.begin(), positions.end(), std::greater<int>());
    for (const int row : std::as_const(positions)) {
        beginRemoveRows({}, row, row);
        const int page = row / kPageSize;
        m_cache[page].rows.remove(row % kPageSize);
        // The rows after it move up by one: along the run of loaded pages that follows, each
        // page takes the first row of the next; pages beyond a gap would be off by one and
        // are dropped (they are not on screen: what is on screen is one run).
        int at = page;
        while (m_cache.contains(at + 1) && !m_cache[at + 1].rows.isEmpty()) {
            m_cache[at].rows.append(m_cache[at + 1].rows.takeFirst());
            ++at;
        }
        for (auto it = m_cache.begin(); it != m_cache.end();) {
            it = it.key() > at ? m_cache.erase(it) : std::next(it);
        }
        --m_rowCount;
        endRemoveRows();
    }
    // Anchors after the first removed row are off now, and rows not loaded may have gone too.
    start(true);
}

void DataRowTableModel::followEdits(RowEditor *editor)
{
    connect(editor, &RowEditor::rowsChanged, this, &DataRowTableModel::refreshRows);
    connect(editor, &RowEditor::selectionChanged, this, [this](const QString &datasetId) {
        if (datasetId == m_view.datasetId) {
            checkForChanges();
        }
    });
}

void DataRowTableModel::setPollInterval(int milliseconds)
{
    m_poll.setInterval(milliseconds);
    if (milliseconds <= 0) {
        m_poll.stop();
    } else if (m_state == State::Ready) {
        m_poll.start();
    }
}

void DataRowTableModel::checkForChanges()
{
    if (!m_worker || m_state != State::Ready || m_versionCheckInFlight) {
        return;
    }
    m_versionCheckInFlight = true;
    const quint64 generation = m_generation;
    auto loader = m_loader;
    m_worker->post(
        this, [loader](Catalog *) { return loader->dataVersion(); },
        [this, generation](Result<qint64> version) {
            m_versionCheckInFlight = false;
            if (generation != m_generation || !version) {
                return;
            }
            if (m_dataVersion && *m_dataVersion != *version) {
                start(true); // count again, anchor again, load the screen again
                return;
            }
            m_dataVersion = *version;
        });
}

} // namespace rowscope
