#include "selectionscanner.h"

#include "datasetstore.h"
#include "filter.h"
#include "metadatastore.h"
#include "rowtables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rowscope {

SelectionScanner::SelectionScanner(sql::Connection &db)
    : m_db(db)
{}

Status SelectionScanner::start(const RowSelection &selection)
{
    if (Status valid = selection.validate(); !valid) {
        return valid;
    }
    m_mode = Mode::Listed;
    m_lastPk = 0;
    m_lastRowKey = 0;
    m_sets = FilterClause();
    m_probes = FilterClause();
    m_listed.clear();
    m_excluded.clear();
    m_listedPos = 0;
    m_missing.clear();
    if (selection.isDataset()) {
        m_mode = selection.includedIds.isEmpty() ? Mode::Dataset : Mode::Included;
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
        auto filter = Filter::parse(selection.filter);
        if (!filter) {
            return filter.error();
        }
        if (!filter->isEmpty()) {
            auto schemas = MetadataStore::loadIndex(m_db);
            if (!schemas) {
                return schemas.error();
            }
            auto sets =
                FilterSql::compile(*filter, *schemas, kFilterParameter, FilterSql::Shape::Sets);
            if (!sets) {
                return sets.error();
            }
            auto probes =
                FilterSql::compile(*filter, *schemas, kFilterParameter, FilterSql::Shape::Probes);
            if (!probes) {
                return probes.error();
            }
            m_sets = std::move(*sets);
            m_probes = std::move(*probes);
        }
        if (!selection.excludedIds.isEmpty()) {
            auto excluded = resolveIds(selection.excludedIds, nullptr);
            if (!excluded) {
                return excluded.error();
            }
            m_excluded = std::move(*excluded);
        }
        if (!selection.includedIds.isEmpty()) {
            auto included = resolveIds(selection.includedIds, &m_missing);
            if (!included) {
                return included.error();
            }
            m_listed = std::move(*included);
        }
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

// The keys of those of `ids` that are rows of the dataset, sorted, in one statement;
// the others go to `missing` in input order.
Result<QVector<qint64>> SelectionScanner::resolveIds(const QStringList &ids, QStringList *missing)
{
    const QByteArray list =
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact);
    sql::Query query = m_db.prepare("SELECT r.pk, r.id FROM data_row r WHERE r.dataset_pk = ?1 "
                                    "AND r.id IN (SELECT value FROM json_each(?2)) ORDER BY r.pk");
    query.bind(1, m_datasetPk).bindUtf8(2, list);
    QVector<qint64> pks;
    QSet<QString> found;
    while (query.step()) {
        pks.append(query.int64(0));
        found.insert(query.text(1));
    }
    if (query.failed()) {
        return query.error();
    }
    if (missing) {
        QSet<QString> named;
        for (const QString &id : ids) {
            if (!found.contains(id) && !named.contains(id)) {
                named.insert(id);
                missing->append(id);
            }
        }
    }
    return pks;
}

bool SelectionScanner::isExcluded(qint64 pk) const
{
    return std::binary_search(m_excluded.cbegin(), m_excluded.cend(), pk);
}

Result<QVector<qint64>> SelectionScanner::next(int max)
{
    QVector<qint64> pks;
    if (m_mode == Mode::Listed) {
        const qsizetype end = qMin(m_listed.size(), m_listedPos + max);
        pks = m_listed.mid(m_listedPos, end - m_listedPos);
        m_listedPos = end;
        return pks;
    }
    pks.reserve(max);
    if (m_mode == Mode::Included) {
        // The included rows that still exist and match, a chunk of candidates at a time.
        sql::Query query = m_db.prepareComposed(
            "SELECT r.pk FROM data_row r WHERE r.pk IN (SELECT value FROM json_each(?2)) AND "
            "r.dataset_pk = ?1" +
            m_probes.andClause() + " ORDER BY r.pk");
        while (pks.size() < max && m_listedPos < m_listed.size()) {
            QVector<qint64> candidates;
            while (candidates.size() < max - pks.size() && m_listedPos < m_listed.size() &&
                   m_listed[m_listedPos] <= m_maxPk) {
                candidates.append(m_listed[m_listedPos++]);
            }
            if (candidates.isEmpty()) {
                m_listedPos = m_listed.size(); // sorted: the rest are above the limit
                break;
            }
            query.reset();
            query.bind(1, m_datasetPk).bind(2, RowTables::pkList(candidates));
            m_probes.bind(query);
            while (query.step()) {
                pks.append(query.int64(0));
            }
            if (query.failed()) {
                return query.error();
            }
        }
        return pks;
    }
    sql::Query query = m_db.prepareComposed(
        "SELECT r.pk FROM data_row r WHERE r.dataset_pk = ?1 AND r.pk > ?2 AND r.pk <= ?3" +
        m_probes.andClause() + " ORDER BY r.pk LIMIT ?4");
    while (pks.size() < max) {
        const int wanted = max - static_cast<int>(pks.size());
        query.reset();
        query.bind(1, m_datasetPk).bind(2, m_lastPk).bind(3, m_maxPk).bind(4, wanted);
        m_probes.bind(query);
        int read = 0;
        while (query.step()) {
            ++read;
            m_lastPk = query.int64(0);
            if (!isExcluded(m_lastPk)) {
                pks.append(m_lastPk);
            }
        }
        if (query.failed()) {
            return query.error();
        }
        if (read < wanted) {
            break; // the end of the dataset
        }
    }
    return pks;
}

Result<qint64> SelectionScanner::countListed(const QByteArray &what, const QVector<qint64> &pks)
{
    if (pks.isEmpty()) {
        return qint64(0);
    }
    sql::Query query = m_db.prepareComposed(
        "SELECT count(*) FROM " + what +
        " WHERE r.pk IN (SELECT value FROM json_each(?2)) AND r.dataset_pk = ?1" +
        m_probes.andClause());
    query.bind(1, m_datasetPk).bind(2, RowTables::pkList(pks));
    m_probes.bind(query);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::internal(u"count failed"_s);
    }
    return query.int64(0);
}

Result<qint64> SelectionScanner::rowCount()
{
    switch (m_mode) {
    case Mode::Listed:
        return qint64(m_listed.size());
    case Mode::Included:
        return countListed("data_row r", m_listed);
    case Mode::Dataset:
        break;
    }
    qint64 count = m_storedRowCount; // exact by construction: kept in every writing transaction
    if (!m_sets.isEmpty()) {
        auto matching = FilterSql::countRows(m_db, m_datasetPk, m_sets);
        if (!matching) {
            return matching;
        }
        count = *matching;
    }
    if (!m_excluded.isEmpty()) {
        auto excluded = countListed("data_row r", m_excluded);
        if (!excluded) {
            return excluded;
        }
        count -= *excluded;
    }
    return count;
}

Result<qint64> SelectionScanner::labelCount()
{
    static const QByteArray kLabels = "label l JOIN data_row r ON r.pk = l.data_row_pk";
    switch (m_mode) {
    case Mode::Listed: {
        sql::Query query = m_db.prepare(
            "SELECT count(*) FROM label WHERE data_row_pk IN (SELECT value FROM json_each(?1))");
        query.bind(1, RowTables::pkList(m_listed));
        if (!query.step()) {
            return query.failed() ? query.error() : Error::internal(u"count failed"_s);
        }
        return query.int64(0);
    }
    case Mode::Included:
        return countListed(kLabels, m_listed);
    case Mode::Dataset:
        break;
    }
    sql::Query query = m_db.prepareComposed("SELECT count(*) FROM " + kLabels +
                                            " WHERE r.dataset_pk = ?1" + m_sets.andClause());
    query.bind(1, m_datasetPk);
    m_sets.bind(query);
    if (!query.step()) {
        return query.failed() ? query.error() : Error::internal(u"count failed"_s);
    }
    qint64 count = query.int64(0);
    query.reset();
    if (!m_excluded.isEmpty()) {
        auto excluded = countListed(kLabels, m_excluded);
        if (!excluded) {
            return excluded;
        }
        count -= *excluded;
    }
    return count;
}

} // namespace rowscope
