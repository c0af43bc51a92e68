// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

namespace sdsm {

// The one way the core chains asynchronous steps (keychain calls, HTTP exchanges, whole session
// attempts), after QtKeychain's own jobs: a small object that finishes exactly once with a value
// or an Error, tells its consumer through `finished`, then deletes itself.
//
// finish() may be called while the producer is still setting the job up (a validation error,
// say), so `finished` is always emitted from the event loop, never from inside finish(): a
// consumer that connects right after receiving the job cannot miss it.
class JobBase : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobBase)

public:
    explicit JobBase(QObject *parent = nullptr)
        : QObject(parent)
    { }

    bool isFinished() const { return m_finished; }

    // Stop waiting: the job finishes at once with an Interrupted error and anything the work
    // still delivers is ignored (a keychain call cannot be aborted, a socket can: the producer's
    // cancel handler does what it can).
    void cancel();
    void setCancelHandler(std::function<void()> handler) { m_onCancel = std::move(handler); }

Q_SIGNALS:
    void finished();

protected:
    static Error cancelledError();
    // Records that a result exists and schedules `finished` plus the deletion. False when the
    // job had already finished (the later result is to be dropped).
    bool markFinished();
    virtual void storeInterrupted() = 0;

private:
    std::function<void()> m_onCancel;
    bool m_finished = false;
};

template<typename T> class Job final : public JobBase
{
public:
    using JobBase::JobBase;

    // The first call wins; later ones are ignored (a late network answer after a cancel).
    void finish(Result<T> result)
    {
        if (isFinished())
            return;
        m_result.emplace(std::move(result));
        markFinished();
    }
    // Valid once finished() was emitted.
    const Result<T> &result() const { return *m_result; }
    Result<T> takeResult() { return std::move(*m_result); }

    // Calls `callback(Result<T>)` once, unless `context` is destroyed first. `context` lives on
    // the job's thread (the core is single-threaded: everything runs on the event loop). The usual
    // way to consume a job: `secrets.read(...)->then(this, [this](auto r) {...})`.
    template<typename F> void then(QObject *context, F &&callback)
    {
        connect(this, &JobBase::finished, context,
                [this, callback = std::forward<F>(callback)]() mutable { callback(takeResult()); });
    }

private:
    void storeInterrupted() override { m_result.emplace(cancelledError()); }

    std::optional<Result<T>> m_result;
};

} // namespace sdsm
