#pragma once

#include "attachment.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace rowscope {

class RowEditor;

// The attachments of one data row, in the order they were added, one per row with its type,
// name and value in columns. Loaded through the editor's worker, never on the GUI thread, and
// edited through the editor: setData() (type, name or value), addAttachment() and
// deleteAttachment() start undoable edits and return; the rows change when an edit lands
// (an add inserts a row, a delete removes one, a change is one dataChanged), and a failed edit
// changes nothing here (the editor's failed() says why).
//
// The type column offers the attachment types through OptionsRole; every column answers
// AttachmentTypeRole. Showing another row resets the model once.
class AttachmentListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentListModel)

public:
    enum Column { TypeColumn, NameColumn, ValueColumn, ColumnCount };

    explicit AttachmentListModel(RowEditor *editor, QObject *parent = nullptr);
    ~AttachmentListModel() override;

    void setRow(const QString &rowId);
    QString rowId() const { return m_rowId; }
    QString shownRowId() const { return m_shownRowId; }
    void reload();
    bool isLoading() const { return m_inFlight > 0; }

    // Edits of the row shown, through the editor.
    void addAttachment(const QString &type, const QString &value, const QString &name = {});
    void deleteAttachment(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Attachment *attachmentAt(int row) const;
    int rowOf(const QString &attachmentId) const;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Answer {
        quint64 generation = 0;
        QString rowId;
        QVector<Attachment> attachments;
        QString error;
    };

    void apply(const Answer &answer);
    void onRowsChanged(const QStringList &rowIds);

    QPointer<RowEditor> m_editor;
    QString m_rowId;
    QString m_shownRowId;
    QVector<Attachment> m_attachments;
    quint64 m_generation = 0;
    int m_inFlight = 0;
    bool m_reloadPending = false;
};

} // namespace rowscope
