#pragma once

#include "metadataschema.h"
#include "metadatavalue.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace rowscope {

class RowEditor;

// The metadata of one data row: every field of the workspace (the reserved four first), with
// the row's value where it has one. Loaded through the editor's worker, never on the GUI
// thread, and edited through the editor: setData() on the value column starts an undoable
// edit and returns; the value shown changes when the edit lands (the editor's rowsChanged()),
// and a failed edit changes nothing here (the editor's failed() says why).
//
// Kind-aware for delegates: KindRole, OptionsRole (an enum's options), MinimumRole and
// MaximumRole (numbers, datetimes), MaximumLengthRole (strings), ReadOnlyRole (embeddings
// cannot be edited here), ReservedRole, HasValueRole. The value column's EditRole is typed:
// QString (string, enum option name), double (number), QDateTime in UTC (datetime). Setting
// a null value or an empty text clears the field.
//
// Showing another row resets the model once; reloads of the same row apply only what changed
// (a value: one dataChanged for its row).
class MetadataTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataTableModel)

public:
    enum Column { FieldColumn, ValueColumn, KindColumn, ColumnCount };

    explicit MetadataTableModel(RowEditor *editor, QObject *parent = nullptr);
    ~MetadataTableModel() override;

    // Shows a row (a null id shows nothing); the fields arrive through loaded().
    void setRow(const QString &rowId);
    QString rowId() const { return m_rowId; }
    // The row whose metadata is shown now (it lags rowId() while a new row loads).
    QString shownRowId() const { return m_shownRowId; }
    // Loads the shown row again (say after the schemas changed elsewhere).
    void reload();
    bool isLoading() const { return m_inFlight > 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowOf(const QString &schemaId) const;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Field {
        MetadataSchema schema;
        QVector<MetadataValue> values; // none, one, or (an enum given two options) more
    };
    struct Answer {
        quint64 generation = 0;
        QString rowId;
        QString datasetId;
        QVector<Field> fields;
        QString error;
    };

    void apply(const Answer &answer);
    void onRowsChanged(const QStringList &rowIds);
    void onSelectionChanged(const QString &datasetId);
    QVariant editValue(const Field &field) const;
    static bool sameField(const Field &a, const Field &b);

    QPointer<RowEditor> m_editor;
    QString m_rowId;
    QString m_shownRowId;
    QString m_datasetId;
    QVector<Field> m_fields;
    quint64 m_generation = 0;
    int m_inFlight = 0;
    bool m_reloadPending = false;
};

} // namespace rowscope
