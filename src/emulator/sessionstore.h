// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "identities.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <set>
#include <utility>

namespace sdsm::emu {

struct Session
{
    QByteArray id; // the 16 bytes of a random UUID: the sid claim
    QByteArray accessToken;
    QByteArray refreshToken; // empty when the session has none
    const Application *app = nullptr;
    const Device *device = nullptr;
    const User *user = nullptr; // null for client_credentials sessions
    const Facility *facility = nullptr; // the facility the user chose, if any
    QString deviceSubject; // the certificate subject when the device came by certificate
    QStringList scopes;
    QString nonce;
    // The secret the "no configured key" signing modes use: the login's client or device secret.
    QByteArray signingSecret;
    qint64 notBeforeMs = 0;
    qint64 notAfterMs = 0;
};

// The live sessions of one server, findable by access token, refresh token and sid in O(1), and
// forgotten once expired through an expiry-ordered index, so no request ever scans them all.
class SessionStore
{
public:
    // Forgets every session whose NotAfter has passed; cost proportional to those forgotten.
    void prune(qint64 nowMs);

    // Returns the stored copy; pointers from the find functions stay valid until the next change.
    const Session &add(Session session);
    const Session *findByAccessToken(const QByteArray &token) const;
    const Session *findByRefreshToken(const QByteArray &token) const;
    const Session *findById(const QByteArray &id) const;
    // A new NotAfter and refresh token for a stored session (rotation: the old one stops working).
    const Session &extend(const QByteArray &id, qint64 notAfterMs, const QByteArray &refreshToken,
                          const QByteArray &signingSecret);
    bool remove(const QByteArray &id);
    qsizetype size() const { return m_sessions.size(); }

    // Sessions of one identity share their policy list instead of holding a copy each.
    QStringList intern(const QStringList &scopes);

private:
    QHash<QByteArray, Session> m_sessions; // by id
    QHash<QByteArray, QByteArray> m_idByAccessToken;
    QHash<QByteArray, QByteArray> m_idByRefreshToken;
    std::set<std::pair<qint64, QByteArray>> m_expiry; // (NotAfter, id)
    QHash<QStringList, QStringList> m_scopeSets;
};

} // namespace sdsm::emu
