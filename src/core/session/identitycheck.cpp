// SPDX-License-Identifier: Apache-2.0
#include "identitycheck.h"

#include "clock.h"
#include "csv.h"
#include "policytable.h"
#include "storefile.h"

#include <QMetaObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sdsm {

int IdentityResult::exitCode() const
{
    if (ok())
        return 0;
    return error ? error->exitCode() : 1;
}

IdentityCheck::IdentityCheck(SessionService &sessions, const Clock &clock, QList<Profile> profiles,
                             IdentityCheckOptions options, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_clock(clock)
    , m_profiles(std::move(profiles))
    , m_options(std::move(options))
    , m_running(m_profiles.size())
    , m_startedAt(m_profiles.size())
{
    m_options.jobs = std::clamp(m_options.jobs, 1, IdentityCheckOptions::MaxJobs);
    m_results.reserve(m_profiles.size());
    for (const Profile &p : std::as_const(m_profiles)) {
        IdentityResult r;
        r.profile = p.name;
        m_results.append(r);
    }
    // A coarse timer may fire early; the rate is a promise to the server.
    m_rateTimer.setTimerType(Qt::PreciseTimer);
    m_rateTimer.setSingleShot(true);
    connect(&m_rateTimer, &QTimer::timeout, this, &IdentityCheck::pump);
}

IdentityCheck::~IdentityCheck()
{
    // Attempts still running stop with the check.
    for (const QPointer<JobBase> &job : std::as_const(m_running)) {
        if (job)
            job->cancel();
    }
}

void IdentityCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    m_sinceStart.start();
    // From the event loop, so a caller that connects after start() misses nothing.
    QMetaObject::invokeMethod(this, &IdentityCheck::pump, Qt::QueuedConnection);
}

void IdentityCheck::pump()
{
    if (m_cancelled || m_finished)
        return;
    while (m_next < m_profiles.size() && m_inFlight < m_options.jobs) {
        const Profile &profile = m_profiles.at(m_next);
        if (profile.grant == GrantType::Password && profile.passwordMode == PasswordMode::Ask) {
            IdentityResult &r = m_results[m_next];
            r.outcome = IdentityResult::Outcome::Skipped;
            r.error = makeError(ErrorKind::SecretMissing,
                                tr("not checked: profile %1 asks for the password each time, and "
                                   "a check never asks for one")
                                    .arg(quotedName(profile.name)))
                          .with({RemedyAction::Login, {}});
            markDone(m_next++);
            continue;
        }
        if (m_options.ratePerSecond > 0 && m_launched > 0) {
            const double dueMs = double(m_launched) * 1000.0 / m_options.ratePerSecond;
            const qint64 waitMs = qint64(std::ceil(dueMs)) - m_sinceStart.elapsed();
            if (waitMs > 0) {
                if (!m_rateTimer.isActive())
                    m_rateTimer.start(int(std::min<qint64>(waitMs, 24 * 3600 * 1000)));
                break;
            }
        }
        launch(m_next++);
    }
    finishIfDone();
}

void IdentityCheck::launch(qsizetype index)
{
    ++m_launched;
    ++m_inFlight;
    m_results[index].outcome = IdentityResult::Outcome::Running;
    m_startedAt[index].start();
    SessionOptions options = m_options.session;
    options.thorough = true; // verify the id_token: whether the device was authenticated
    options.namePolicies = false;
    options.cacheSession = false; // a check reads the cache, it does not fill it
    // No prompter: a question (a one-time code, a facility) ends the attempt with its error.
    Job<Session> *job = m_sessions.obtain(m_profiles.at(index), options, nullptr);
    m_running[index] = job;
    job->then(this, [this, index](Result<Session> result) { record(index, std::move(result)); });
    Q_EMIT identityStarted(index);
}

void IdentityCheck::record(qsizetype index, Result<Session> result)
{
    m_running[index] = nullptr;
    --m_inFlight;
    IdentityResult &r = m_results[index];
    r.latencyMs = m_startedAt.at(index).elapsed();
    if (!result.ok()) {
        r.outcome = IdentityResult::Outcome::Failed;
        r.error = result.error();
    } else {
        const Session &s = result.value();
        if (s.expiry.at.isValid())
            r.expiresIn = m_clock.now().secsTo(s.expiry.at);
        if (s.idClaims)
            r.policyCount = int(s.policies.size());
        r.deviceAuthenticated = s.deviceAuthenticated;
        r.signature = s.signature.state;
        r.cached = s.cached();
        QStringList missing;
        for (const QString &oid : std::as_const(m_options.expectedPolicies)) {
            const bool held = std::any_of(s.policies.cbegin(), s.policies.cend(),
                                          [&](const SessionPolicy &p) { return p.oid == oid; });
            if (!held && !missing.contains(oid))
                missing << oid;
        }
        r.missingPolicies = missing;
        if (missing.isEmpty()) {
            r.outcome = IdentityResult::Outcome::Ok;
        } else {
            QStringList named;
            for (const QString &oid : std::as_const(missing)) {
                const QString name = PolicyTable::builtIn().nameFor(oid);
                named << (name.isEmpty() ? oid : u"%1 (%2)"_s.arg(oid, name));
            }
            r.outcome = IdentityResult::Outcome::Failed;
            r.error =
                makeError(ErrorKind::MissingPolicy,
                          (named.size() == 1 ? tr("the session lacks the expected policy %1")
                                             : tr("the session lacks the expected policies %1",
                                                  nullptr, int(named.size())))
                              .arg(named.join(u", "_s)));
        }
    }
    markDone(index);
    if (m_cancelled)
        finishIfDone();
    else
        pump();
}

void IdentityCheck::markDone(qsizetype index)
{
    ++m_done;
    Q_EMIT identityChecked(index);
}

void IdentityCheck::finishIfDone()
{
    if (m_finished || m_done < m_results.size())
        return;
    m_finished = true;
    Q_EMIT finished();
}

void IdentityCheck::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_rateTimer.stop();
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome != IdentityResult::Outcome::Waiting)
            continue;
        m_results[i].outcome = IdentityResult::Outcome::Failed;
        m_results[i].error =
            makeError(ErrorKind::Interrupted, tr("not checked: the check was cancelled"));
        markDone(i);
    }
    m_next = m_profiles.size();
    // Each running attempt answers with an Interrupted error from the event loop.
    bool running = false;
    for (const QPointer<JobBase> &job : std::as_const(m_running)) {
        if (job) {
            running = true;
            job->cancel();
        }
    }
    if (!running)
        finishIfDone();
}

int IdentityCheck::exitCode() const
{
    int code = 0;
    for (const IdentityResult &r : m_results)
        code = std::max(code, r.exitCode());
    return code;
}

QStringList IdentityCheck::columns()
{
    return {u"profile"_s,
            u"ok"_s,
            u"exit_code"_s,
            u"error_kind"_s,
            u"message"_s,
            u"expires_in"_s,
            u"policy_count"_s,
            u"missing_policies"_s,
            u"device_authenticated"_s,
            u"signature"_s,
            u"latency_ms"_s};
}

namespace {

// The values of one result by column, JSON null where nothing is known.
QJsonObject values(const IdentityResult &r, const IdentityCheck::Wording &wording)
{
    const bool session = r.signature.has_value(); // a session was had
    auto optional = [](const auto &value) {
        return value ? QJsonValue(qint64(*value)) : QJsonValue();
    };
    QJsonValue message;
    if (r.error)
        message = wording ? wording(r) : r.error->message;
    return QJsonObject {
        {u"profile"_s, r.profile},
        {u"ok"_s, r.ok()},
        {u"exit_code"_s, r.exitCode()},
        {u"error_kind"_s, r.error ? QJsonValue(r.error->kindName()) : QJsonValue()},
        {u"message"_s, message},
        {u"expires_in"_s, optional(r.expiresIn)},
        {u"policy_count"_s, optional(r.policyCount)},
        {u"missing_policies"_s,
         session ? QJsonValue(QJsonArray::fromStringList(r.missingPolicies)) : QJsonValue()},
        {u"device_authenticated"_s,
         r.deviceAuthenticated ? QJsonValue(*r.deviceAuthenticated) : QJsonValue()},
        {u"signature"_s, r.signature ? QJsonValue(signatureStateName(*r.signature)) : QJsonValue()},
        {u"latency_ms"_s, optional(r.latencyMs)},
    };
}

} // namespace

QJsonObject IdentityCheck::toJson(const IdentityResult &result, const Wording &wording)
{
    return values(result, wording);
}

QJsonArray IdentityCheck::toJson(const QList<IdentityResult> &results, const Wording &wording)
{
    QJsonArray array;
    for (const IdentityResult &r : results)
        array.append(values(r, wording));
    return array;
}

QString IdentityCheck::csvHeader()
{
    return csvRecord(columns());
}

QString IdentityCheck::toCsv(const IdentityResult &result, const Wording &wording)
{
    const QJsonObject object = values(result, wording);
    QStringList fields;
    for (const QString &column : columns()) {
        const QJsonValue v = object.value(column);
        if (v.isBool())
            fields << (v.toBool() ? u"true"_s : u"false"_s);
        else if (v.isDouble())
            fields << QString::number(v.toInteger());
        else if (v.isArray())
            fields << v.toVariant().toStringList().join(u' ');
        else
            fields << v.toString(); // a string, or empty for null
    }
    return csvRecord(fields);
}

} // namespace sdsm
