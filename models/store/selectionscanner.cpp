#include "selectionscanner.h"

#include "datasetstore.h"
#include "rowtables.h"

#include <QSet>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

namespace {

// "street-" -> "street-%" with LIKE's own characters escaped.
QString prefixPattern(const QString &prefix)
{
    QString pattern;
    pattern.reserve(prefix.size() + 2);
    for (const QChar c : prefix) {
        if (c == u'%' || c == u'_' || c == u'\\') {
            pattern.append(u'\\');
        }
        pattern.append(c);
    }
    pattern.append(u'%');
    return pattern;
}

} // namespace

SelectionScanner::SelectionScanner(sql::Connection &db)
    : m_db(db)
{}

Status SelectionScanner::start(const RowSelection &selection)
{
    if (Status valid = selection.validate(); !valid) {
        return valid;
    }
    m_selection = selection;
    m_lastPk = 0;
    m_lastRowKey = 0;
    m_listed.clear();
    m_listedPos = 0;
    m_missing.clear();
    m_pattern = selection.filter.isEmpty() ? QString() : prefixPattern(selection.filter);
    if (selection.isDataset()) {
        sql::Query query = m_db.prepare("SELECT pk, row_count FROM dataset WHERE id = ?1");
        query.bind(1, selection.datasetId);
        if (!query.step()) {
            return query.failed()
                       ? query.error()
                       : Error::notFound(DatasetStore::notFoundMessage(selection.datasetId));
        }
        m_datasetPk = query.int64(0);
        m_storedRowCount = query.int64(1);
        sql::Query last =
            m_db.prepare("SELECT ifnull(max(pk), 0) FROM data_row WHERE dataset_pk = ?1");
        last.bind(1, m_datasetPk);
        if (!last.step()) {
            return last.failed() ? last.error() : Error::internal(u"max failed"_s);
        }
        m_lastRowKey = last.int64(0);
        m_maxPk = std::numeric_limits<qint64>::max();
        return {};
    }
    const bool byKey = !selection.globalKeys.isEmpty();
    const QStringList &wanted = byKey ? selection.globalKeys : selection.ids;
    sql::Query query = byKey ? m_db.prepare("SELECT pk FROM data_row WHERE global_key = ?1")
                             : m_db.prepare("SELECT pk FROM data_row WHERE id = ?1");
    QSet<qint64> seen;
    for (const QString &value : wanted) {
        query.reset();
        query.bind(1, value);
        if (query.step()) {
            const qint64 pk = query.int64(0);
            if (!seen.contains(pk)) {
                seen.insert(pk);
                m_listed.append(pk);
            }
        } else if (query.failed()) {
            return query.error();
        } else {
            m_missing.append(value);
        }
    }
    return {};
}

Result<QVector<qint64>> SelectionScanner::next(int max)
{
    QVector<qint64> pks;
    if (!m_selection.isDataset()) {
        const qsizetype end = qMin(m_listed.size(), m_listedPos + max);
        pks = m_listed.mid(m_listedPos, end - m_listedPos);
        m_listedPos = end;
        return pks;
    }
    pks.reserve(max);
    if (m_pattern.isNull()) {
        sql::Query query = m_db.prepare("SELECT pk FROM data_row WHERE dataset_pk = ?1 AND pk > ?2 "
                                        "AND pk <= ?5 ORDER BY pk LIMIT ?3");
        query.bind(1, m_datasetPk).bind(2, m_lastPk).bind(3, max).bind(5, m_maxPk);
        while (query.step()) {
            pks.append(query.int64(0));
        }
        if (query.failed()) {
            return query.error();
        }
    } else {
        sql::Query query = m_db.prepare("SELECT pk FROM data_row WHERE dataset_pk = ?1 AND pk > ?2 "
                                        "AND pk <= ?5 AND global_key LIKE ?4 ESCAPE '\\' "
                                        "ORDER BY pk LIMIT ?3");
        query.bind(1, m_datasetPk)
            .bind(2, m_lastPk)
            .bind(3, max)
            .bind(4, m_pattern)
            .bind(5, m_maxPk);
        while (query.step()) {
            pks.append(query.int64(0));
        }
        if (query.failed()) {
            return query.error();
        }
    }
    if (!pks.isEmpty()) {
        m_lastPk = pks.last();
    }
    return pks;
}

Result<qint64> SelectionScanner::rowCount()
{
    if (!m_selection.isDataset()) {
        return qint64(m_listed.size());
    }
    if (m_pattern.isNull()) {
        return m_storedRowCount; // exact by construction: kept in every writing transaction
    }
    sql::Query query = m_db.prepare("SELECT count(*) FROM data_row WHERE dataset_pk = ?1 AND "
                                    "global_key LIKE ?2 ESCAPE '\\'");
    query.bind(1, m_datasetPk).bind(2, m_pattern);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::internal(u"count failed"_s);
    }
    return query.int64(0);
}

Result<qint64> SelectionScanner::labelCount()
{
    if (!m_selection.isDataset()) {
        sql::Query query = m_db.prepare(
            "SELECT count(*) FROM label WHERE data_row_pk IN (SELECT value FROM json_each(?1))");
        query.bind(1, RowTables::pkList(m_listed));
        if (!query.step()) {
            return query.failed() ? query.error() : Error::internal(u"count failed"_s);
        }
        return query.int64(0);
    }
    if (m_pattern.isNull()) {
        sql::Query query = m_db.prepare("SELECT count(*) FROM label l JOIN data_row r ON "
                                        "r.pk = l.data_row_pk WHERE r.dataset_pk = ?1");
        query.bind(1, m_datasetPk);
        if (!query.step()) {
            return query.failed() ? query.error() : Error::internal(u"count failed"_s);
        }
        return query.int64(0);
    }
    sql::Query query =
        m_db.prepare("SELECT count(*) FROM label l JOIN data_row r ON r.pk = l.data_row_pk "
                     "WHERE r.dataset_pk = ?1 AND r.global_key LIKE ?2 ESCAPE '\\'");
    query.bind(1, m_datasetPk).bind(2, m_pattern);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::internal(u"count failed"_s);
    }
    return query.int64(0);
}

} // namespace rowscope
