// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "error.h"
#include "jwtverify.h"
#include "profile.h"
#include "sessionservice.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace sdsm {

class Clock;

struct IdentityCheckOptions
{
    static constexpr int DefaultJobs = 16;
    static constexpr int MaxJobs = 32;

    int jobs = DefaultJobs; // identities tried at once, 1 to MaxJobs
    double ratePerSecond = 0; // identities started per second at most; 0: no limit
    // fresh, facility, timeout, proxy and the program name for the history. A check always
    // verifies the id_token (fetching the server's keys when needed), never asks a question and
    // uses a valid cached session but caches no new one.
    SessionOptions session;
    QStringList expectedPolicies; // OIDs every session must carry
};

// What a check found out about one identity. Holds no token.
struct IdentityResult
{
    enum class Outcome {
        Waiting, // not tried yet
        Running,
        Ok, // a session was had, carrying every expected policy
        Failed, // `error` says why (a session without an expected policy too)
        Skipped, // the profile asks for its password each time; a check never asks
    };

    QString profile; // the profile's name
    Outcome outcome = Outcome::Waiting;
    std::optional<Error> error; // Failed and Skipped
    // Only when a session was had:
    std::optional<qint64> expiresIn; // seconds left when the answer came; nullopt: unknown
    std::optional<int> policyCount; // nullopt without an id_token
    QStringList missingPolicies; // expected OIDs the session lacks
    std::optional<bool> deviceAuthenticated; // nullopt unless the signature is verified
    std::optional<SignatureState> signature;
    std::optional<qint64> latencyMs; // from the start of the attempt to its answer
    bool cached = false; // a valid cached session was reused (no request)

    bool ok() const { return outcome == Outcome::Ok; }
    bool done() const { return outcome != Outcome::Waiting && outcome != Outcome::Running; }
    int exitCode() const; // 0 when ok, else the error's
};

// Tries a list of identities — each exactly once, never retried (SanteDB locks out identities
// after failed logins) — with at most `jobs` attempts at once and at most `ratePerSecond`
// started per second, and reports each result as it arrives. The desktop app's check window and
// `santedb-session check` share it. Start it with start(); it reports identityChecked for each
// identity (in the order they finish) and finished() once, then stays readable until deleted.
class IdentityCheck : public QObject
{
    Q_OBJECT

public:
    // `sessions` and `clock` outlive the check. The results keep the order of `profiles`.
    IdentityCheck(SessionService &sessions, const Clock &clock, QList<Profile> profiles,
                  IdentityCheckOptions options, QObject *parent = nullptr);
    ~IdentityCheck() override;

    void start();
    // Stops the attempts on the wire; every identity not yet done ends Failed with an
    // Interrupted error, then finished() is emitted.
    void cancel();

    const QList<IdentityResult> &results() const { return m_results; }
    qsizetype doneCount() const { return m_done; }
    bool isFinished() const { return m_finished; }
    // 0 when every identity works, else the highest exit code among the others.
    int exitCode() const;

    // The columns of the JSON objects and CSV records, in order: profile, ok, exit_code,
    // error_kind, message, expires_in, policy_count, missing_policies, device_authenticated,
    // signature, latency_ms.
    static QStringList columns();
    // How a result's message reads; the default is Error::message. The CLI adds its remedy
    // wording (the core never names a command).
    using Wording = std::function<QString(const IdentityResult &)>;
    static QJsonObject toJson(const IdentityResult &result, const Wording &wording = {});
    static QJsonArray toJson(const QList<IdentityResult> &results, const Wording &wording = {});
    // CSV (RFC 4180): a header row naming columns(), then one record per result; null values
    // are empty fields, missing_policies are separated by spaces.
    static QString csvHeader();
    static QString toCsv(const IdentityResult &result, const Wording &wording = {});

Q_SIGNALS:
    void identityStarted(qsizetype index);
    void identityChecked(qsizetype index);
    void finished();

private:
    void pump();
    void launch(qsizetype index);
    void record(qsizetype index, Result<Session> result);
    void markDone(qsizetype index);
    void finishIfDone();

    SessionService &m_sessions;
    const Clock &m_clock;
    QList<Profile> m_profiles;
    IdentityCheckOptions m_options;
    QList<IdentityResult> m_results;
    QList<QPointer<JobBase>> m_running; // by index; null when not running
    QList<QElapsedTimer> m_startedAt;
    QElapsedTimer m_sinceStart; // the rate limit's clock
    QTimer m_rateTimer;
    qsizetype m_next = 0; // the next identity to start
    qsizetype m_launched = 0; // identities sent to the server so far (skipped ones are not)
    int m_inFlight = 0;
    qsizetype m_done = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace sdsm
