#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace rowscope {

// Produces values on a thread of its own, at most `ahead` of the consumer, so that two
// halves of a job run on two cores: a parse overlaps a write, a read overlaps an encode.
// The producer function lives and dies on the producer thread (a database connection it
// opens is that thread's own), and values handed back through recycle() are freed there
// too, which spares both threads a fight over the allocator's locks.
template<typename T>
class Prefetcher final {
public:
    // Fills the next value; false when there is no more.
    using Produce = std::function<bool(T &)>;

    explicit Prefetcher(Produce produce, int ahead = 2)
        : m_produce(std::move(produce))
        , m_ahead(ahead)
        , m_thread([this] { run(); })
    {}

    ~Prefetcher()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    Prefetcher(const Prefetcher &) = delete;
    Prefetcher &operator=(const Prefetcher &) = delete;

    // The next value, waiting for it; nothing once the producer has finished.
    std::optional<T> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty()) {
            return std::nullopt;
        }
        T value = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return value;
    }

    // Gives a used value back to be destroyed on the producer thread.
    void recycle(T value)
    {
        const std::lock_guard lock(m_mutex);
        if (!m_finished && !m_stopping) {
            m_used.push_back(std::move(value));
        }
    }

private:
    void run()
    {
        Produce produce = std::move(m_produce); // destroyed on this thread
        while (true) {
            std::deque<T> used;
            {
                const std::lock_guard lock(m_mutex);
                used.swap(m_used);
            }
            used.clear();
            T value;
            const bool more = produce(value);
            std::unique_lock lock(m_mutex);
            if (more) {
                m_changed.wait(lock, [this] {
                    return m_stopping || static_cast<int>(m_ready.size()) < m_ahead;
                });
                if (!m_stopping) {
                    m_ready.push_back(std::move(value));
                    lock.unlock();
                    m_changed.notify_all();
                    continue;
                }
            }
            m_finished = true;
            m_used.clear();
            lock.unlock();
            m_changed.notify_all();
            return;
        }
    }

    Produce m_produce;
    int m_ahead;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_ready;
    std::deque<T> m_used;
    bool m_stopping = false;
    bool m_finished = false;
    std::thread m_thread; // last: starts once the members above exist
};

} // namespace rowscope
