#pragma once

#include "identities.h"

#include <QString>
#include <QStringList>

namespace sdsm::emu {

struct EmulatorOptions
{
    int santedbVersion = 3; // 2 or 3: the server generation to behave like
    int sessionSeconds = 3600;
    int delayMs = 0; // every answer this much late
    QString fault; // empty = none; otherwise one of faultNames()
    QString requestLogPath; // empty = no log file
    Identities identities = Identities::builtIn();

    static constexpr int maxSessionSeconds = 10 * 366 * 24 * 3600;
    static constexpr int maxDelayMs = 10 * 60 * 1000;

    // The hostile behaviours of POST /auth/oauth2_token, in --help order.
    static QStringList faultNames();
    // One sentence naming the first unusable option, or an empty string when all are usable.
    QString validate() const;
};

} // namespace sdsm::emu
