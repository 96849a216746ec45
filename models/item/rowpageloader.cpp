#include "rowpageloader.h"

#include "catalog.h"

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

RowPageLoader::RowPageLoader(RowView view, int pageSize)
    : m_view(std::move(view))
    , m_pageSize(pageSize)
{}

Status RowPageLoader::open(Catalog &catalog)
{
    m_catalog = &catalog;
    m_pages = std::make_unique<RowPages>(catalog.workspace().db());
    m_anchors.clear();
    m_anchorsDone = false;
    return m_pages->open(m_view);
}

Result<qint64> RowPageLoader::count()
{
    return m_pages->count();
}

Result<bool> RowPageLoader::advanceAnchors(int rows)
{
    if (m_anchorsDone) {
        return true;
    }
    auto done = m_pages->scanAnchors(rows, m_pageSize, &m_anchors);
    if (!done) {
        return done.error();
    }
    m_anchorsDone = *done;
    return m_anchorsDone;
}

Result<QVector<RowSummary>> RowPageLoader::loadPage(int page)
{
    if (page == 0) {
        return m_pages->page(std::nullopt, m_pageSize);
    }
    if (page >= m_anchors.size()) {
        return Error::internal(u"page %1 has no anchor yet"_s.arg(page));
    }
    return m_pages->page(m_anchors[page], m_pageSize);
}

Result<QVector<RowSummary>> RowPageLoader::reload(const QVector<RowSummary> &rows)
{
    QVector<RowSummary> fresh;
    for (const RowSummary &row : rows) {
        auto anchor = m_pages->anchorOf(row.id);
        if (!anchor) {
            return anchor.error();
        }
        if (!anchor->has_value()) {
            continue;
        }
        auto one = m_pages->page(**anchor, 1);
        if (!one) {
            return one.error();
        }
        fresh.append(one->value(0));
    }
    return fresh;
}

Result<QStringList> RowPageLoader::idsOfRows(qint64 first, qint64 count)
{
    const qint64 page = first / m_pageSize;
    while (!m_anchorsDone && page >= m_anchors.size()) {
        if (auto advanced = advanceAnchors(kSliceRows); !advanced) {
            return advanced.error();
        }
    }
    if (page >= m_anchors.size()) {
        return QStringList(); // past the end
    }
    // Within a page the skip is short: never a deep OFFSET.
    return m_pages->ids(page == 0 ? std::nullopt : std::optional<RowAnchor>(m_anchors[page]),
                        first % m_pageSize, count);
}

Result<std::optional<qint64>> RowPageLoader::locate(const QString &rowId, const QString &globalKey)
{
    auto anchor = rowId.isEmpty() ? m_pages->anchorOfKey(globalKey) : m_pages->anchorOf(rowId);
    if (!anchor) {
        return anchor.error();
    }
    if (!anchor->has_value()) {
        return std::optional<qint64>();
    }
    // The anchors must pass the row before its page is known.
    while (!m_anchorsDone &&
           (m_anchors.isEmpty() || !m_pages->before(**anchor, m_anchors.last()))) {
        if (auto advanced = advanceAnchors(kSliceRows); !advanced) {
            return advanced.error();
        }
    }
    auto position = m_pages->positionOf(**anchor, m_anchors, m_pageSize);
    if (!position) {
        return position.error();
    }
    return std::optional<qint64>(*position);
}

Result<qint64> RowPageLoader::dataVersion()
{
    return m_catalog->workspace().db().queryInt("PRAGMA data_version");
}

} // namespace rowscope
