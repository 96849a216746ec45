#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace rowscope {

// Broad classes of failure; the message is what the user reads.
enum class ErrorCode {
    InvalidInput,  // the caller's input breaks a rule; nothing changed
    NotFound,      // a row, dataset, key, schema ... does not exist
    Conflict,      // a unique value is already taken
    Busy,          // the workspace stayed locked by another writer past the timeout
    ReadOnly,      // the workspace cannot be written
    NotAWorkspace, // the file is not a Rowscope workspace (or is corrupt)
    NewerVersion,  // the workspace was written by a newer Rowscope
    Io,            // reading or writing a file failed (disk full, permissions ...)
    Cancelled,     // the user cancelled
    Internal,      // a bug or an unexpected database failure
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;

    static Error invalid(QString message) { return {ErrorCode::InvalidInput, std::move(message)}; }
    static Error notFound(QString message) { return {ErrorCode::NotFound, std::move(message)}; }
    static Error conflict(QString message) { return {ErrorCode::Conflict, std::move(message)}; }
    static Error internal(QString message) { return {ErrorCode::Internal, std::move(message)}; }
};

// A value or an Error. Errors are values in Rowscope: nothing throws across Qt's event loop.
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a T is the success path
        : m_value(std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // On a temporary Result these hand out the value itself, not a reference into the
    // temporary: `for (auto &x : *store.list())` then iterates a live object.
    T value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace rowscope
