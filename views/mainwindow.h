#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTableView;
class QSortFilterProxyModel;

namespace rowscope {

class DatasetListModel;

// The main window: the workspace's datasets with their row counts.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openWorkspace(const QString &path);
    DatasetListModel *datasetModel() const { return m_datasets; }

private:
    void createActions();
    void updateState();
    void showLoadError(const QString &message);
    void showAbout();

    DatasetListModel *m_datasets;
    QSortFilterProxyModel *m_sorted;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QLabel *m_workspaceLabel;
    QLabel *m_countLabel;
    QString m_loadError;
};

} // namespace rowscope
