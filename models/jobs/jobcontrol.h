#pragma once

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <functional>

namespace rowscope {

// Where a job stands: how much is done of how much, and how fast it goes.
struct JobProgress {
    qint64 done = 0;
    qint64 total = 0;     // 0 when unknown
    double perSecond = 0; // items (rows, bytes ...) per second so far
    qint64 elapsedMs = 0;
    QString unit; // what done/total count: "rows", "bytes"

    // Seconds left at the current rate, or -1 when unknown.
    qint64 secondsLeft() const;
};

// What a running job sees of the world: whether it should stop, and where to report
// progress. Jobs check isCancelled() between chunks (never in the middle of one) and call
// progress() as often as they like; reports reach the listener at most every 100 ms.
class JobControl {
public:
    using Listener = std::function<void(const JobProgress &)>;

    // `intervalMs`: the least time between two reports (0 reports every call; for tests).
    explicit JobControl(Listener listener = {}, qint64 intervalMs = kIntervalMs);
    virtual ~JobControl() = default;
    JobControl(const JobControl &) = delete;
    JobControl &operator=(const JobControl &) = delete;

    // Safe from any thread.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    void setUnit(const QString &unit) { m_unit = unit; }
    void progress(qint64 done, qint64 total);
    // Reports the last progress at once (at the end of a job).
    void flush();

    static constexpr qint64 kIntervalMs = 100;

private:
    JobProgress snapshot() const;

    Listener m_listener;
    qint64 m_intervalMs;
    std::atomic<bool> m_cancelled{false};
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = 0;
    bool m_reported = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_unit;
};

} // namespace rowscope
