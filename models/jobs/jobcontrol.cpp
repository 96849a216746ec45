#include "jobcontrol.h"

#include <cmath>

namespace rowscope {

qint64 JobProgress::secondsLeft() const
{
    if (total <= 0 || perSecond <= 0 || done >= total) {
        return done >= total && total > 0 ? 0 : -1;
    }
    return static_cast<qint64>(std::ceil(static_cast<double>(total - done) / perSecond));
}

JobControl::JobControl(Listener listener, qint64 intervalMs)
    : m_listener(std::move(listener))
    , m_intervalMs(intervalMs)
{
    m_clock.start();
}

JobProgress JobControl::snapshot() const
{
    JobProgress progress;
    progress.done = m_done;
    progress.total = m_total;
    progress.elapsedMs = m_clock.elapsed();
    progress.unit = m_unit;
    if (progress.elapsedMs > 0) {
        progress.perSecond =
            static_cast<double>(m_done) * 1000.0 / static_cast<double>(progress.elapsedMs);
    }
    return progress;
}

void JobControl::progress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    const qint64 now = m_clock.elapsed();
    if (m_listener && (!m_reported || now - m_lastReportMs >= m_intervalMs)) {
        m_reported = true;
        m_lastReportMs = now;
        m_listener(snapshot());
    }
}

void JobControl::flush()
{
    if (m_listener) {
        m_lastReportMs = m_clock.elapsed();
        m_listener(snapshot());
    }
}

} // namespace rowscope
