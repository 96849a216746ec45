#pragma once

#include "dataset.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QVector>

namespace rowscope {

// Every dataset of a workspace with its row count, loaded off the GUI thread. A reload
// that finds changes applies them as inserts, removals and dataChanged, never as a reset,
// so views keep their selection and scroll position.
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

    // Points the model at a workspace file and loads it.
    void setWorkspacePath(const QString &path);
    QString workspacePath() const { return m_path; }

    // Loads again in the background; the answer arrives through loaded() or loadFailed().
    void reload();
    bool isLoading() const { return m_watcher.isRunning(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Dataset *datasetAt(int row) const;
    int rowOf(const QString &datasetId) const;
    qint64 totalRows() const;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Answer {
        quint64 generation = 0;
        QVector<Dataset> datasets;
        QString error;
    };

    void apply();
    void merge(const QVector<Dataset> &datasets);

    QString m_path;
    QVector<Dataset> m_datasets;
    QFutureWatcher<Answer> m_watcher;
    quint64 m_generation = 0;
    bool m_reloadPending = false;
};

} // namespace rowscope
