#pragma once

#include "dataset.h"
#include "workspace.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QVector>

#include <memory>

namespace rowscope {

class CatalogWorker;

// Every dataset of a workspace with its row count, read and written on a worker thread with
// its own connection. A reload that finds changes applies them as inserts, removals and
// dataChanged, never as a reset (views keep their selection and scroll position); creating
// and deleting through the model insert and remove its row, and a name or description edited
// in place is renamed in the workspace. Changes made elsewhere (the CLI, a job) are noticed by
// polling the connection's data version.
class DatasetListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetListModel)

public:
    enum Column {
        NameColumn,
        RowCountColumn,
        DescriptionColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit DatasetListModel(QObject *parent = nullptr);
    ~DatasetListModel() override;

    // Points the model at a workspace and loads it (a full reload: the one reset).
    void setWorkspacePath(const QString &path, const WorkspaceOptions &options = {});
    QString workspacePath() const { return m_path; }

    // Loads again in the background; the answer arrives through loaded() or loadFailed().
    void reload();
    bool isLoading() const { return m_loading; }
    void setPollInterval(int milliseconds);

    // Asynchronous edits: the row changes when the workspace has changed; a refusal comes
    // through operationFailed() with the reason and changes nothing.
    void createDataset(const QString &name, const QString &description = {});
    void removeDataset(const QString &datasetId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Dataset *datasetAt(int row) const;
    int rowOf(const QString &datasetId) const;
    qint64 totalRows() const;

signals:
    void loaded();
    void loadFailed(const QString &message);
    void created(const QString &datasetId);
    void removed(const QString &datasetId, qint64 rows);
    void operationFailed(const QString &message);

private:
    void merge(const QVector<Dataset> &datasets);
    void replace(const Dataset &dataset);
    void checkForChanges();

    QString m_path;
    std::unique_ptr<CatalogWorker> m_worker;
    QVector<Dataset> m_datasets;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_reloadPending = false;
    QTimer m_poll;
    std::optional<qint64> m_dataVersion;
};

} // namespace rowscope
