// SPDX-License-Identifier: Apache-2.0
#include "sessionstore.h"

namespace sdsm::emu {

void SessionStore::prune(qint64 nowMs)
{
    while (!m_expiry.empty() && m_expiry.begin()->first <= nowMs) {
        const QByteArray id = m_expiry.begin()->second; // remove() erases the entry it came from
        remove(id);
    }
}

const Session &SessionStore::add(Session session)
{
    m_idByAccessToken.insert(session.accessToken, session.id);
    if (!session.refreshToken.isEmpty())
        m_idByRefreshToken.insert(session.refreshToken, session.id);
    m_expiry.emplace(session.notAfterMs, session.id);
    const QByteArray id = session.id;
    return *m_sessions.insert(id, std::move(session));
}

const Session *SessionStore::findByAccessToken(const QByteArray &token) const
{
    return findById(m_idByAccessToken.value(token));
}

const Session *SessionStore::findByRefreshToken(const QByteArray &token) const
{
    return findById(m_idByRefreshToken.value(token));
}

const Session *SessionStore::findById(const QByteArray &id) const
{
    const auto found = m_sessions.constFind(id);
    return found == m_sessions.constEnd() ? nullptr : &*found;
}

const Session &SessionStore::extend(const QByteArray &id, qint64 notAfterMs,
                                    const QByteArray &refreshToken, const QByteArray &signingSecret)
{
    Session &session = m_sessions[id];
    m_expiry.erase({session.notAfterMs, id});
    m_expiry.emplace(notAfterMs, id);
    m_idByRefreshToken.remove(session.refreshToken);
    m_idByRefreshToken.insert(refreshToken, id);
    session.notAfterMs = notAfterMs;
    session.refreshToken = refreshToken;
    session.signingSecret = signingSecret;
    return session;
}

bool SessionStore::remove(const QByteArray &id)
{
    const auto found = m_sessions.constFind(id);
    if (found == m_sessions.constEnd())
        return false;
    m_expiry.erase({found->notAfterMs, id});
    m_idByAccessToken.remove(found->accessToken);
    if (!found->refreshToken.isEmpty())
        m_idByRefreshToken.remove(found->refreshToken);
    m_sessions.erase(found);
    return true;
}

QStringList SessionStore::intern(const QStringList &scopes)
{
    const auto found = m_scopeSets.constFind(scopes);
    if (found != m_scopeSets.constEnd())
        return *found;
    m_scopeSets.insert(scopes, scopes);
    return scopes;
}

} // namespace sdsm::emu
