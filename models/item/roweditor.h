#pragma once

#include "attachment.h"
#include "metadatavalue.h"
#include "roweditcommand.h"
#include "rowselection.h"
#include "workspace.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <memory>

namespace rowscope {

class CatalogWorker;
struct DataRowEdit;

// Edits of data rows for the GUI, undoable. Lives on the GUI thread and owns a CatalogWorker
// (a thread with its own connection) on which every edit, undo and redo runs, in the order
// they were asked for; the GUI thread never runs SQL and never waits.
//
// An edit reads exactly what it will replace and applies the change in one transaction on the
// worker. When it succeeds, the editor pushes a RowEditCommand holding both states (its first
// redo() does nothing: the change is in) and announces the rows through rowsChanged() or
// selectionChanged(). When it fails, nothing changed: nothing is pushed, and failed() carries
// the store's message ("Duplicate global key: 'k'").
//
// Undo and redo write the held state back exactly. When one fails because the world changed
// meanwhile (the row was deleted, another row took the key), failed() says why, nothing
// changed, and the command is made obsolete: QUndoStack drops it unrun the next time undo or
// redo reaches it, rather than offering again a step that cannot be carried out.
//
// The models of one row (MetadataTableModel, AttachmentListModel, LabelListModel) load through
// the editor's worker too: their loads queue behind the edits, so a reload after an edit never
// shows the state before it.
class RowEditor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowEditor)

public:
    explicit RowEditor(const QString &workspacePath,
                       const WorkspaceOptions &options = WorkspaceOptions(),
                       QObject *parent = nullptr);
    ~RowEditor() override;

    QString workspacePath() const;
    CatalogWorker *worker() const { return m_worker.get(); }
    QUndoStack *undoStack() { return &m_stack; }

    // Edits, undos and redos sent to the worker and not answered yet.
    int pendingEdits() const { return m_pending; }
    bool isBusy() const { return m_pending > 0; }

    void setGlobalKey(const QString &rowId, const QString &globalKey);
    void clearGlobalKey(const QString &rowId);
    // A null or empty text clears the external id.
    void setExternalId(const QString &rowId, const QString &externalId);
    void setRowData(const QString &rowId, const QString &rowData);
    // Sets (or clears) fields on every row of a selection, as one command.
    void setMetadata(const RowSelection &rows, const QVector<MetadataFieldInput> &fields);
    void clearMetadata(const RowSelection &rows, const QStringList &fields);
    void addAttachment(const QString &rowId, const QString &type, const QString &value,
                       const QString &name = QString());
    void updateAttachment(const QString &attachmentId, const AttachmentUpdate &change);
    void deleteAttachment(const QString &attachmentId);
    void setWinner(const QString &rowId, const QString &projectId, const QString &labelId);

    // How edits name a row: its global key, else its external id, else the file name of its
    // row data, else its id.
    static QString rowName(const QString &rowId, const QString &globalKey,
                           const QString &externalId, const QString &rowData);

signals:
    // Rows whose fields, metadata, attachments or labels changed (by an edit, undo or redo).
    void rowsChanged(const QStringList &rowIds);
    // Rows of a dataset changed, too many to list (a bulk edit of a dataset selection).
    void selectionChanged(const QString &datasetId);
    // An edit, undo or redo failed; nothing changed.
    void failed(const QString &message);
    void busyChanged(bool busy);
    void pendingEditsChanged(int count);

private:
    friend class RowEditCommand;

    // What an edit did, as the worker answers it.
    struct Applied {
        QString text;
        RowEditStep undo;
        RowEditStep redo;
        RowEditScope scope;
        bool changed = true; // false: nothing to undo (no command is pushed)
    };
    using Apply = std::function<Result<Applied>(Catalog &)>;

    void start(Apply apply);
    void editFields(const QString &rowId, const DataRowEdit &edit);
    void editMetadata(const RowSelection &rows, const QVector<MetadataFieldInput> &fields,
                      const QStringList &clearFields, bool clear);
    void runStep(quint64 serial, const RowEditStep &step, const RowEditScope &scope);
    void announce(const RowEditScope &scope);
    void began();
    void ended();

    quint64 registerCommand(RowEditCommand *command);
    void forgetCommand(quint64 serial);

    std::unique_ptr<CatalogWorker> m_worker;
    QHash<quint64, RowEditCommand *> m_commands; // the stack's commands, by serial
    quint64 m_nextSerial = 1;
    int m_pending = 0;
    QUndoStack m_stack; // after m_commands: its commands unregister as it is destroyed
};

} // namespace rowscope
