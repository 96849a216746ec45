#include "mainwindow.h"

#include "datasetlistmodel.h"
#include "itemroles.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace rowscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_datasets(new DatasetListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_workspaceLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    m_sorted->setSourceModel(m_datasets);
    m_sorted->setSortRole(SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DatasetListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(DatasetListModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Datasets"));

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyLabel->setMargin(24);

    m_pages->addWidget(m_table);
    m_pages->addWidget(m_emptyLabel);
    setCentralWidget(m_pages);

    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();

    connect(m_datasets, &DatasetListModel::loaded, this, [this] {
        m_loadError.clear();
        for (int column = 0; column < DatasetListModel::ColumnCount; ++column) {
            if (column != DatasetListModel::DescriptionColumn) {
                m_table->resizeColumnToContents(column);
            }
        }
        updateState();
    });
    connect(m_datasets, &DatasetListModel::loadFailed, this, &MainWindow::showLoadError);
    connect(m_datasets, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateState);
    connect(m_datasets, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateState);

    resize(1100, 700);
    updateState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *reload = file->addAction(tr("&Reload"), m_datasets, &DatasetListModel::reload);
    reload->setShortcut(QKeySequence::Refresh);
    reload->setStatusTip(tr("Reads the workspace again"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Rowscope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::openWorkspace(const QString &path)
{
    const QFileInfo info(path);
    setWindowTitle(tr("%1 — Rowscope").arg(info.fileName()));
    setWindowFilePath(info.absoluteFilePath());
    m_workspaceLabel->setText(
        tr("Workspace: %1").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    m_loadError.clear();
    m_datasets->setWorkspacePath(path);
    updateState();
}

void MainWindow::updateState()
{
    const int datasets = m_datasets->rowCount();
    const QLocale locale;
    if (!m_loadError.isEmpty()) {
        m_emptyLabel->setText(tr("<p><b>The workspace cannot be opened.</b></p><p>%1</p>")
                                  .arg(m_loadError.toHtmlEscaped()));
        m_pages->setCurrentWidget(m_emptyLabel);
    } else if (datasets == 0) {
        m_emptyLabel->setText(m_datasets->isLoading()
                                  ? tr("Opening the workspace…")
                                  : tr("<p><b>This workspace has no datasets yet.</b></p>"
                                       "<p>Create one from a terminal:<br><tt>rowscope-cli "
                                       "datasets create \"My dataset\"</tt></p>"));
        m_pages->setCurrentWidget(m_emptyLabel);
    } else {
        m_pages->setCurrentWidget(m_table);
    }
    m_countLabel->setText(tr("%n dataset(s)", nullptr, datasets) + QStringLiteral(" · ") +
                          tr("%Ln data row(s)", nullptr,
                             static_cast<int>(qMin<qint64>(m_datasets->totalRows(), INT_MAX))));
}

void MainWindow::showLoadError(const QString &message)
{
    m_loadError = message;
    updateState();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Rowscope"),
        tr("<h3>Rowscope %1</h3><p>A desktop browser for curating machine-learning datasets: "
           "data rows, global keys, metadata, attachments and labels, in the shape of the "
           "Labelbox SDK, on your own machine.</p>")
            .arg(QStringLiteral(ROWSCOPE_VERSION)));
}

} // namespace rowscope
