#pragma once

#include "rowpages.h"

#include <memory>
#include <optional>

namespace rowscope {

class Catalog;

// The loading half of a paged table, used only on its worker thread: it opens a view, counts
// it, builds the page anchors a slice at a time, and loads pages and rows. One loader serves
// one view; a new view gets a new loader.
class RowPageLoader final {
public:
    RowPageLoader(RowView view, int pageSize);

    Status open(Catalog &catalog);
    Result<qint64> count();

    // Scans on for at most `rows` rows; true when every page has its anchor.
    Result<bool> advanceAnchors(int rows);
    int pagesWithAnchors() const { return static_cast<int>(m_anchors.size()); }
    bool anchorsComplete() const { return m_anchorsDone; }

    // Page `page` of the view; the anchors must reach it (page 0 needs none).
    Result<QVector<RowSummary>> loadPage(int page);
    // Fresh summaries of the given rows (those still in the view).
    Result<QVector<RowSummary>> reload(const QVector<RowSummary> &rows);

    // The ids of the rows first..first + count - 1 of the view (fewer when it ends sooner),
    // scanning anchors as far as needed.
    Result<QStringList> idsOfRows(qint64 first, qint64 count);

    // The position of a row in the view (by id or by global key), scanning anchors as far as
    // needed; nothing when the row is not in the view.
    Result<std::optional<qint64>> locate(const QString &rowId, const QString &globalKey);

    // The connection's data version: it changes when another connection commits.
    Result<qint64> dataVersion();

    int pageSize() const { return m_pageSize; }
    static constexpr int kSliceRows = 32768;

private:
    RowView m_view;
    int m_pageSize;
    Catalog *m_catalog = nullptr;
    std::unique_ptr<RowPages> m_pages;
    QVector<RowAnchor> m_anchors;
    bool m_anchorsDone = false;
};

} // namespace rowscope
