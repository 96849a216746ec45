#pragma once

#include "label.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

namespace rowscope {

class RowEditor;

// The labels of one data row, grouped by project: a flat list in the row's project order and,
// within a project, in submission order, each label carrying its project (ProjectIdRole,
// ProjectNameRole) so that a view can draw a heading where the project changes. A flat list
// rather than a tree: one level of rows keeps selection, sorting and proxies simple, and a
// row rarely has labels in more than a few projects.
//
// The winning label of each project is marked (WinnerRole, and Qt::Checked in
// Qt::CheckStateRole) and changeable: setData(Qt::Checked, Qt::CheckStateRole) or
// setData(true, WinnerRole) on another label of the project starts an undoable edit through
// the editor; the marks move when it lands. A winner cannot be unchecked: pick another.
// Loaded through the editor's worker, never on the GUI thread; another row resets once.
class LabelListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelListModel)

public:
    explicit LabelListModel(RowEditor *editor, QObject *parent = nullptr);
    ~LabelListModel() override;

    void setRow(const QString &rowId);
    QString rowId() const { return m_rowId; }
    QString shownRowId() const { return m_shownRowId; }
    void reload();
    bool isLoading() const { return m_inFlight > 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowOf(const QString &labelId) const;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Entry {
        Label label;
        QString projectName;
        bool winner = false;
    };
    struct Answer {
        quint64 generation = 0;
        QString rowId;
        QVector<Entry> entries;
        QString error;
    };

    void apply(const Answer &answer);
    void onRowsChanged(const QStringList &rowIds);
    static bool sameEntry(const Entry &a, const Entry &b);

    QPointer<RowEditor> m_editor;
    QString m_rowId;
    QString m_shownRowId;
    QVector<Entry> m_entries;
    quint64 m_generation = 0;
    int m_inFlight = 0;
    bool m_reloadPending = false;
};

} // namespace rowscope
