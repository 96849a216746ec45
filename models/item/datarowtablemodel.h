#pragma once

#include "rowpageloader.h"
#include "rowselection.h"
#include "workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QItemSelection>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace rowscope {

class CatalogWorker;
class RowEditor;

// The rows of one dataset (or of a filter over it) for a table view, at any size. The row
// count is exact before the first page arrives; rows come in pages of kPageSize loaded on a
// worker thread with its own connection; a row not loaded yet shows a placeholder and asks
// for its page. Only the pages of the latest window the view asked for are loaded, at most
// kCachedPages stay in memory, and answers for an older view are dropped. Pages are found by
// anchors (the sort key of every page's first row, from one forward scan of an index), so a
// jump to row 9,999,000 costs what row 0 costs. A page's arrival emits dataChanged for its
// rows alone; the model resets only when the view (dataset, filter, sort) changes.
//
// Changes made elsewhere (another program, a job) are noticed by polling the connection's
// data version: the count is taken again, rows are added or removed at the end, and the
// pages on screen are loaded again without losing the user's place.
class DataRowTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataRowTableModel)

public:
    enum Column {
        GlobalKeyColumn,
        ExternalIdColumn,
        RowDataColumn,
        MediaTypeColumn,
        AttachmentsColumn,
        LabelsColumn,
        SplitColumn,
        TagColumn,
        CreatedColumn,
        UpdatedColumn,
        FixedColumnCount
    };
    enum class State { Empty, Counting, Ready, Failed };

    static constexpr int kPageSize = 256;
    static constexpr int kCachedPages = 48;

    explicit DataRowTableModel(QObject *parent = nullptr);
    ~DataRowTableModel() override;

    void setWorkspace(const QString &path, const WorkspaceOptions &options = {});
    // Shows a view (a reset); the count and then the pages arrive asynchronously.
    void setView(const RowView &view);
    const RowView &view() const { return m_view; }
    State state() const { return m_state; }
    QString errorText() const { return m_error; }
    // Extra columns' titles (the metadata field names), set with the view.
    void setExtraColumnTitles(const QStringList &titles);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "rows 400,001–400,100 of 1,000,000" for the rows first..last (0-based) on screen.
    QString rangeText(int first, int last) const;
    bool isLoaded(int row) const;
    QString rowIdAt(int row) const; // empty when not loaded
    // Asks for the position of a row (by id or by global key); answers with located() or
    // locateFailed().
    void locateRow(const QString &rowId);
    void locateGlobalKey(const QString &globalKey);

    // The rows of a view's selection as a description that jobs take (export, bulk delete,
    // bulk metadata edit): every row of the view → the view's filter, costing nothing however
    // many rows there are; otherwise the filter minus the unselected rows or the selected rows
    // by id, whichever list is shorter. Ids of rows not loaded are read on the worker (by
    // anchors, not OFFSET). `done` runs on this thread, at once when nothing must be read.
    using SelectionDone = std::function<void(Result<RowSelection>)>;
    void describeSelection(const QItemSelection &selection, SelectionDone done);

    // Loads the given rows again (after an edit) and emits dataChanged for each.
    void refreshRows(const QStringList &rowIds);
    // Rows deleted by this program (a bulk delete it ran): those loaded leave at their own
    // places (rowsRemoved each), the rows after them move up, and the view is then counted
    // and anchored again. Deletions by others are found by the data-version poll instead.
    void removeDeletedRows(const QStringList &rowIds);
    // Shows the edits (and their undos) made through `editor` as they land: the edited rows
    // are loaded again at once; a bulk edit of this dataset reloads the pages on screen.
    void followEdits(RowEditor *editor);
    // Looks for changes made by others now (also done every pollInterval).
    void checkForChanges();
    void setPollInterval(int milliseconds);

    int cachedPages() const { return static_cast<int>(m_cache.size()); }
    int pagesWithAnchors() const { return m_anchorPages; }
    bool anchorsComplete() const { return m_anchorsDone; }

signals:
    void countChanged(qint64 count);
    void loadFailed(const QString &message);
    void pageLoaded(int page);
    void anchorsProgress(int pages, bool complete);
    void located(int row);
    void locateFailed(const QString &message);

private:
    struct Page {
        QVector<RowSummary> rows;
        quint64 lastUse = 0;
        bool stale = false; // shown until its fresh copy arrives
    };

    // What opening a view brings back from the worker.
    struct Opening {
        qint64 count = 0;
        qint64 dataVersion = 0;
        QVector<RowSummary> firstPage; // a fresh view's top
    };

    void start(bool resync);
    void onOpened(quint64 generation, bool resync, Result<Opening> opening);
    void postAnchorSlice();
    void want(int page) const;
    void flushWanted();
    void requestNextPage();
    void onPage(quint64 generation, int page, Result<QVector<RowSummary>> rows);
    void evict();
    // Row ids of the rows in `ranges` (first, last) that are loaded; the rest go to `missing`.
    QStringList loadedIds(const QVector<std::pair<int, int>> &ranges,
                          QVector<std::pair<int, int>> *missing) const;
    const RowSummary *summaryAt(int row) const;
    QVariant display(const RowSummary &row, int column) const;

    std::unique_ptr<CatalogWorker> m_worker;
    RowView m_view;
    QStringList m_extraTitles;
    std::shared_ptr<RowPageLoader> m_loader; // used on the worker thread only
    quint64 m_generation = 0;
    State m_state = State::Empty;
    QString m_error;
    int m_rowCount = 0;
    int m_anchorPages = 0;
    bool m_anchorsDone = false;
    bool m_sliceInFlight = false;
    int m_pageInFlight = -1;
    mutable QHash<int, Page> m_cache;
    mutable quint64 m_useClock = 0;
    mutable QSet<int> m_requested; // pages asked for since the last flush
    QSet<int> m_wanted;            // the latest window
    mutable QTimer m_flush;
    QTimer m_poll;
    bool m_versionCheckInFlight = false;
    std::optional<qint64> m_dataVersion;
};

} // namespace rowscope
