#include "roweditor.h"

#include "catalogworker.h"
#include "rowdata.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QUrl>

#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

Q_LOGGING_CATEGORY(lcEdit, "rowscope.edit")

QString nameOf(Catalog &catalog, const QString &rowId)
{
    auto row = catalog.rows().get(rowId);
    if (!row) {
        return rowId;
    }
    return RowEditor::rowName(row->id, row->globalKey, row->externalId, row->rowData);
}

int plural(qint64 count)
{
    return static_cast<int>(qMin<qint64>(count, INT_MAX));
}

} // namespace

RowEditor::RowEditor(const QString &workspacePath, const WorkspaceOptions &options, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<CatalogWorker>(workspacePath, options))
{}

RowEditor::~RowEditor()
{
    // Edits still queued finish on the worker first; their answers are dropped with us.
    m_worker.reset();
}

QString RowEditor::workspacePath() const
{
    return m_worker->workspacePath();
}

QString RowEditor::rowName(const QString &rowId, const QString &globalKey,
                           const QString &externalId, const QString &rowData)
{
    if (!globalKey.isEmpty()) {
        return globalKey;
    }
    if (!externalId.isEmpty()) {
        return externalId;
    }
    QString file;
    switch (RowData::classify(rowData)) {
    case RowData::Kind::LocalFile:
        file = QFileInfo(RowData::localPath(rowData)).fileName();
        break;
    case RowData::Kind::Url:
        file = QUrl(rowData).fileName();
        break;
    case RowData::Kind::Json:
    case RowData::Kind::Text:
        break;
    }
    return file.isEmpty() ? rowId : file;
}

void RowEditor::began()
{
    if (++m_pending == 1) {
        emit busyChanged(true);
    }
    emit pendingEditsChanged(m_pending);
}

void RowEditor::ended()
{
    --m_pending;
    emit pendingEditsChanged(m_pending);
    if (m_pending == 0) {
        emit busyChanged(false);
    }
}

quint64 RowEditor::registerCommand(RowEditCommand *command)
{
    const quint64 serial = m_nextSerial++;
    m_commands.insert(serial, command);
    return serial;
}

void RowEditor::forgetCommand(quint64 serial)
{
    m_commands.remove(serial);
}

void RowEditor::announce(const RowEditScope &scope)
{
    if (!scope.datasetId.isEmpty()) {
        emit selectionChanged(scope.datasetId);
    }
    if (!scope.rowIds.isEmpty()) {
        emit rowsChanged(scope.rowIds);
    }
}

void RowEditor::start(Apply apply)
{
    began();
    CatalogWorker *worker = m_worker.get();
    m_worker->post(
        this,
        [worker, apply = std::move(apply)](Catalog *catalog) -> Result<Applied> {
            if (!catalog) {
                return worker->openError();
            }
            return apply(*catalog);
        },
        [this](Result<Applied> applied) {
            if (!applied) {
                qCDebug(lcEdit) << "edit failed:" << applied.error().message;
                emit failed(applied.error().message);
            } else if (applied->changed) {
                // The change is in: the command's first redo() does nothing.
                m_stack.push(new RowEditCommand(this, applied->text, applied->undo, applied->redo,
                                                applied->scope));
                announce(applied->scope);
            }
            ended();
        });
}

void RowEditor::runStep(quint64 serial, const RowEditStep &step, const RowEditScope &scope)
{
    began();
    CatalogWorker *worker = m_worker.get();
    m_worker->post(
        this,
        [worker, step](Catalog *catalog) -> Status {
            if (!catalog) {
                return worker->openError();
            }
            return step(*catalog);
        },
        [this, serial, scope](Status done) {
            if (done) {
                announce(scope);
            } else {
                // The world changed meanwhile and nothing was written: the stack drops the
                // command the next time it reaches it instead of offering it again.
                if (RowEditCommand *command = m_commands.value(serial)) {
                    command->setObsolete(true);
                }
                qCDebug(lcEdit) << "undo or redo failed:" << done.error().message;
                emit failed(done.error().message);
            }
            ended();
        });
}

void RowEditor::editFields(const QString &rowId, const DataRowEdit &edit)
{
    start([rowId, edit](Catalog &catalog) -> Result<Applied> {
        auto change = catalog.rows().edit(rowId, edit);
        if (!change) {
            return change.error();
        }
        const DataRowFields &before = change->before;
        const DataRowFields &after = change->after;
        const QString name = rowName(rowId, before.globalKey, before.externalId, before.rowData);
        Applied applied;
        if (edit.globalKey) {
            applied.text = edit.globalKey->isNull() ? tr("Clear global key of %1").arg(name)
                                                    : tr("Set global key of %1").arg(name);
        } else if (edit.externalId) {
            applied.text = after.externalId.isNull() ? tr("Clear external id of %1").arg(name)
                                                     : tr("Set external id of %1").arg(name);
        } else {
            applied.text = tr("Set row data of %1").arg(name);
        }
        const DataRowFieldSet which = change->fields;
        applied.undo = [rowId, before, which](Catalog &c) -> Status {
            auto restored = c.rows().restoreFields(rowId, before, which);
            return restored ? Status() : Status(restored.error());
        };
        applied.redo = [rowId, after, which](Catalog &c) -> Status {
            auto restored = c.rows().restoreFields(rowId, after, which);
            return restored ? Status() : Status(restored.error());
        };
        applied.scope.rowIds = {rowId};
        applied.changed = before.globalKey != after.globalKey ||
                          before.externalId != after.externalId ||
                          before.rowData != after.rowData || before.mediaType != after.mediaType ||
                          before.mediaAttributes != after.mediaAttributes;
        return applied;
    });
}

void RowEditor::setGlobalKey(const QString &rowId, const QString &globalKey)
{
    DataRowEdit edit;
    edit.globalKey = globalKey.isNull() ? u""_s : globalKey; // null would mean "clear"
    editFields(rowId, edit);
}

void RowEditor::clearGlobalKey(const QString &rowId)
{
    DataRowEdit edit;
    edit.globalKey = QString();
    editFields(rowId, edit);
}

void RowEditor::setExternalId(const QString &rowId, const QString &externalId)
{
    DataRowEdit edit;
    edit.externalId = externalId;
    editFields(rowId, edit);
}

void RowEditor::setRowData(const QString &rowId, const QString &rowData)
{
    DataRowEdit edit;
    edit.rowData = rowData;
    editFields(rowId, edit);
}

void RowEditor::setMetadata(const RowSelection &rows, const QVector<MetadataFieldInput> &fields)
{
    editMetadata(rows, fields, {}, false);
}

void RowEditor::clearMetadata(const RowSelection &rows, const QStringList &fields)
{
    editMetadata(rows, {}, fields, true);
}

void RowEditor::editMetadata(const RowSelection &rows, const QVector<MetadataFieldInput> &fields,
                             const QStringList &clearFields, bool clear)
{
    start([rows, fields, clearFields, clear](Catalog &catalog) -> Result<Applied> {
        auto change = clear ? catalog.metadata().clearSelectionMetadata(rows, clearFields)
                            : catalog.metadata().setSelectionMetadata(rows, fields);
        if (!change) {
            return change.error();
        }
        const qint64 count = change->before.rowCount;
        Applied applied;
        applied.changed = count > 0;
        const QString names = QLocale().createSeparatedList(change->fieldNames);
        if (count == 1) {
            const QString name = nameOf(catalog, change->firstRowId);
            applied.text =
                clear ? tr("Clear %1 of %2").arg(names, name) : tr("Set %1 of %2").arg(names, name);
        } else {
            applied.text = clear ? tr("Clear %1 on %Ln row(s)", nullptr, plural(count)).arg(names)
                                 : tr("Set %1 on %Ln row(s)", nullptr, plural(count)).arg(names);
        }
        if (rows.isDataset()) {
            applied.scope.datasetId = rows.datasetId;
        } else {
            // A listed selection: at most a few thousand ids, named to the models.
            for (const QByteArray &chunk : change->before.rowChunks) {
                for (const QJsonValue &id : QJsonDocument::fromJson(chunk).array()) {
                    applied.scope.rowIds.append(id.toString());
                }
            }
        }
        applied.undo = [before = change->before](Catalog &c) -> Status {
            auto restored = c.metadata().restoreFieldState(before);
            return restored ? Status() : Status(restored.error());
        };
        applied.redo = [after = change->after](Catalog &c) -> Status {
            auto restored = c.metadata().restoreFieldState(after);
            return restored ? Status() : Status(restored.error());
        };
        return applied;
    });
}

void RowEditor::addAttachment(const QString &rowId, const QString &type, const QString &value,
                              const QString &name)
{
    start([rowId, type, value, name](Catalog &catalog) -> Result<Applied> {
        auto added = catalog.attachments().addRecorded(rowId, type, value, name);
        if (!added) {
            return added.error();
        }
        Applied applied;
        applied.text = tr("Add attachment to %1").arg(nameOf(catalog, rowId));
        applied.scope.rowIds = {rowId};
        applied.undo = [id = added->attachment.id](Catalog &c) {
            return c.attachments().remove(id);
        };
        applied.redo = [record = *added](Catalog &c) {
            return c.attachments().restore(record);
        };
        return applied;
    });
}

void RowEditor::updateAttachment(const QString &attachmentId, const AttachmentUpdate &change)
{
    start([attachmentId, change](Catalog &catalog) -> Result<Applied> {
        auto updated = catalog.attachments().updateRecorded(attachmentId, change);
        if (!updated) {
            return updated.error();
        }
        Applied applied;
        applied.text = tr("Change attachment of %1").arg(nameOf(catalog, updated->before.rowId));
        applied.scope.rowIds = {updated->before.rowId};
        applied.undo = [record = updated->before](Catalog &c) {
            return c.attachments().restore(record);
        };
        applied.redo = [record = updated->after](Catalog &c) {
            return c.attachments().restore(record);
        };
        const Attachment &before = updated->before.attachment;
        const Attachment &after = updated->after.attachment;
        applied.changed =
            before.type != after.type || before.value != after.value || before.name != after.name;
        return applied;
    });
}

void RowEditor::deleteAttachment(const QString &attachmentId)
{
    start([attachmentId](Catalog &catalog) -> Result<Applied> {
        auto removed = catalog.attachments().removeRecorded(attachmentId);
        if (!removed) {
            return removed.error();
        }
        Applied applied;
        applied.text = tr("Delete attachment of %1").arg(nameOf(catalog, removed->rowId));
        applied.scope.rowIds = {removed->rowId};
        applied.undo = [record = *removed](Catalog &c) {
            return c.attachments().restore(record);
        };
        applied.redo = [attachmentId](Catalog &c) {
            return c.attachments().remove(attachmentId);
        };
        return applied;
    });
}

void RowEditor::setWinner(const QString &rowId, const QString &projectId, const QString &labelId)
{
    start([rowId, projectId, labelId](Catalog &catalog) -> Result<Applied> {
        auto before = catalog.labels().setWinningLabelRecorded(rowId, projectId, labelId);
        if (!before) {
            return before.error();
        }
        Applied applied;
        applied.text = tr("Choose winning label of %1").arg(nameOf(catalog, rowId));
        applied.scope.rowIds = {rowId};
        applied.undo = [rowId, projectId, previous = *before](Catalog &c) {
            return c.labels().restoreWinningLabel(rowId, projectId, previous);
        };
        applied.redo = [rowId, projectId, labelId](Catalog &c) {
            return c.labels().restoreWinningLabel(rowId, projectId, labelId);
        };
        applied.changed = *before != labelId;
        return applied;
    });
}

} // namespace rowscope
