#pragma once

#include "filtersql.h"
#include "mediatype.h"
#include "metadatastore.h"
#include "result.h"
#include "rowlister.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

namespace rowscope {

// Which rows a table shows, in which order, with which extra metadata columns.
struct RowView {
    QString datasetId;
    QString filter; // the filter language; empty for every row
    RowSort sort = RowSort::Created;
    bool descending = false;
    QStringList extraFields; // metadata field ids shown as columns after the fixed ones

    // Every row of a dataset, oldest first.
    static RowView of(const QString &datasetId)
    {
        RowView view;
        view.datasetId = datasetId;
        return view;
    }

    friend bool operator==(const RowView &a, const RowView &b)
    {
        return a.datasetId == b.datasetId && a.filter == b.filter && a.sort == b.sort &&
               a.descending == b.descending && a.extraFields == b.extraFields;
    }
    friend bool operator!=(const RowView &a, const RowView &b) { return !(a == b); }
};

// Where a row stands in a view's order: its sort value and its key (ties go by key).
struct RowAnchor {
    sql::Value sortValue;
    qint64 pk = 0;
};

// What a table shows of one row.
struct RowSummary {
    qint64 pk = 0;
    QString id;
    QString globalKey;
    QString externalId;
    QString rowData; // at most kRowDataShown characters
    MediaType mediaType = MediaType::Unknown;
    int attachments = 0;
    int labels = 0;
    QString split;
    QString tag;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QStringList extra; // display text of the view's extra fields, in order
    RowAnchor anchor;
};

// The SQL behind a paged table of data rows, on the connection of the thread that loads
// pages. A page is a keyset step from an anchor in the view's order (never OFFSET), so page
// 40,000 costs what page 0 costs; anchors come from one forward scan of the view's index,
// a slice at a time.
class RowPages final {
    Q_DECLARE_TR_FUNCTIONS(RowPages)

public:
    static constexpr int kRowDataShown = 500;

    explicit RowPages(sql::Connection &db);

    // Resolves the view: an unknown dataset, filter error or unknown field is an error.
    Status open(const RowView &view);
    const RowView &view() const { return m_view; }

    // The exact number of rows in the view.
    Result<qint64> count();

    // Continues the anchor scan for at most `rows` rows, appending the anchor of every
    // `pageSize`-th row (position 0, pageSize, 2 * pageSize ...). True when the scan has
    // reached the end; restart() begins again.
    Result<bool> scanAnchors(int rows, int pageSize, QVector<RowAnchor> *anchors);
    void restartScan();
    qint64 scanned() const { return m_scanned; }

    // Up to `limit` rows from `from` on (inclusive; from the start when null).
    Result<QVector<RowSummary>> page(const std::optional<RowAnchor> &from, int limit);

    // The anchor of a row, if the row is in the view.
    // The ids of `count` rows of the view, from the row `skip` rows after `from` (or after the
    // view's top when there is no anchor).
    Result<QStringList> ids(const std::optional<RowAnchor> &from, qint64 skip, qint64 count);
    Result<std::optional<RowAnchor>> anchorOf(const QString &rowId);
    Result<std::optional<RowAnchor>> anchorOfKey(const QString &globalKey);

    // Where an anchor stands among `anchors` (the page it falls in) and how many rows of
    // the view come before it on that page.
    Result<qint64> positionOf(const RowAnchor &anchor, const QVector<RowAnchor> &anchors,
                              int pageSize);

    // Whether `a` comes before `b` in the view's order.
    bool before(const RowAnchor &a, const RowAnchor &b) const;

private:
    QByteArray sortExpression() const;
    // The WHERE of a statement over the view; a walk that reads everything (the anchor scan)
    // wants the filter as sets, one that stops after a page wants probes.
    QByteArray whereClause(FilterSql::Shape shape = FilterSql::Shape::Probes) const;
    void bindWhere(sql::Query &query, FilterSql::Shape shape = FilterSql::Shape::Probes) const;
    Status fillDetails(QVector<RowSummary> &rows);
    Result<std::optional<RowAnchor>> anchorWhere(const char *column, const QString &value);

    sql::Connection &m_db;
    RowView m_view;
    qint64 m_datasetPk = 0;
    SchemaIndex m_schemas;
    FilterClause m_probes; // the filter for page reads, parameters from ?10 on
    FilterClause m_sets;   // the same for the anchor scan
    FilterClause m_count;  // the same for counting, parameters from ?2 on
    QVector<qint64> m_extraFieldPks;
    std::optional<RowAnchor> m_scanFrom;
    qint64 m_scanned = 0;
    bool m_scanDone = false;
};

} // namespace rowscope
