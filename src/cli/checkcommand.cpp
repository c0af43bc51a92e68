// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include "clock.h"
#include "context.h"
#include "identitycheck.h"
#include "remedytext.h"
#include "textrules.h"
#include "timetext.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sdsm::cli {

namespace {

Result<IdentityCheckOptions> checkOptions(const Context &ctx)
{
    IdentityCheckOptions options;
    const Arguments &args = ctx.args();
    if (args.has(u"jobs"_s)) {
        bool ok = false;
        options.jobs = args.value(u"jobs"_s).toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > IdentityCheckOptions::MaxJobs)
            return makeError(ErrorKind::Usage,
                             QCoreApplication::translate(
                                 "santedb-session", "--jobs must be a whole number from 1 to %1")
                                 .arg(IdentityCheckOptions::MaxJobs));
    }
    if (args.has(u"rate"_s)) {
        bool ok = false;
        options.ratePerSecond = args.value(u"rate"_s).toDouble(&ok);
        if (!ok || !std::isfinite(options.ratePerSecond) || options.ratePerSecond < 0.01
            || options.ratePerSecond > 1000)
            return makeError(ErrorKind::Usage,
                             QCoreApplication::translate(
                                 "santedb-session",
                                 "--rate must be a number of identities per second from 0.01 "
                                 "to 1000"));
    }
    for (const QString &oid : args.values(u"expect-policy"_s)) {
        const QString trimmed = oid.trimmed();
        if (trimmed.isEmpty() || trimmed.contains(u' ') || containsForbiddenCharacter(trimmed))
            return makeError(
                ErrorKind::Usage,
                QCoreApplication::translate("santedb-session",
                                            "--expect-policy needs one policy OID, such as "
                                            "1.3.6.1.4.1.33349.3.1.5.9.2.1.0"));
        options.expectedPolicies << trimmed;
    }
    options.session = ctx.sessionOptions();
    if (const QString problem = checkFacility(options.session.facility); !problem.isEmpty())
        return makeError(ErrorKind::Usage, problem);
    return options;
}

// The table people read: one line per identity, in the order given.
QString table(const QList<Profile> &profiles, const QList<IdentityResult> &results)
{
    const QDateTime now = Clock::system().now();
    QList<QStringList> rows {{QCoreApplication::translate("santedb-session", "PROFILE"),
                              QCoreApplication::translate("santedb-session", "RESULT"),
                              QCoreApplication::translate("santedb-session", "EXPIRES"),
                              QCoreApplication::translate("santedb-session", "POLICIES"),
                              QCoreApplication::translate("santedb-session", "DEVICE"),
                              QCoreApplication::translate("santedb-session", "SIGNATURE"),
                              QCoreApplication::translate("santedb-session", "LATENCY"),
                              QCoreApplication::translate("santedb-session", "CAUSE")}};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const IdentityResult &r = results.at(i);
        const Profile &p = profiles.at(i);
        const QString result = r.ok()
            ? (r.cached ? QCoreApplication::translate("santedb-session", "ok (cached)")
                        : QCoreApplication::translate("santedb-session", "ok"))
            : r.outcome == IdentityResult::Outcome::Skipped
            ? QCoreApplication::translate("santedb-session", "skipped")
            : QCoreApplication::translate("santedb-session", "failed");
        const QString expires = r.expiresIn ? relativeText(now.addSecs(*r.expiresIn), now) : u"-"_s;
        QString policies = r.policyCount ? QString::number(*r.policyCount) : u"-"_s;
        if (!r.missingPolicies.isEmpty())
            policies = QCoreApplication::translate("santedb-session", "%1, %2 missing")
                           .arg(policies)
                           .arg(r.missingPolicies.size());
        QString device = u"-"_s;
        if (r.signature && p.deviceMode != DeviceMode::None)
            device = !r.deviceAuthenticated
                ? QCoreApplication::translate("santedb-session", "unknown")
                : *r.deviceAuthenticated
                ? QCoreApplication::translate("santedb-session", "authenticated")
                : QCoreApplication::translate("santedb-session", "NOT authenticated");
        rows.append({oneLineText(p.name), result, expires, policies, device,
                     r.signature ? signatureStateName(*r.signature) : u"-"_s,
                     r.latencyMs
                         ? QCoreApplication::translate("santedb-session", "%1 ms").arg(*r.latencyMs)
                         : u"-"_s,
                     r.error ? errorSentence(*r.error, p.name, false) : QString()});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i + 1 < row.size(); ++i)
            line += row.at(i).leftJustified(widths[i] + 2);
        out += QString(line + row.last()).trimmed() + u'\n';
    }
    return out;
}

} // namespace

int check(Context &ctx)
{
    const QStringList names = ctx.args().positional;
    const QStringList tags = ctx.args().values(u"tag"_s);
    const bool all = ctx.args().has(u"all"_s);
    if (int(!names.isEmpty()) + int(!tags.isEmpty()) + int(all) != 1)
        return ctx.fail(makeError(
            ErrorKind::Usage,
            QCoreApplication::translate("santedb-session",
                                        "give the profiles to check: names, --all or --tag TAG "
                                        "(one of the three)")));
    const bool csv = ctx.args().has(u"csv"_s);
    if (csv && ctx.json())
        return ctx.fail(makeError(
            ErrorKind::Usage,
            QCoreApplication::translate("santedb-session", "choose --json or --csv, not both")));
    const auto options = checkOptions(ctx);
    if (!options.ok())
        return ctx.fail(options.error());
    const auto selected = ctx.selectProfiles(names, tags);
    if (!selected.ok())
        return ctx.fail(selected.error());
    if (selected.value().isEmpty())
        return ctx.fail(makeError(ErrorKind::Config,
                                  all ? QCoreApplication::translate(
                                      "santedb-session", "there are no profiles to check")
                                      : QCoreApplication::translate("santedb-session",
                                                                    "no profile has the tag %1")
                                            .arg(oneLineText(tags.join(u", "_s))))
                            .with({RemedyAction::ListProfiles, {}}));

    const QList<Profile> &profiles = selected.value();
    IdentityCheck check(ctx.workspace().sessions(), Clock::system(), profiles, options.value());
    QEventLoop loop;
    QObject::connect(&check, &IdentityCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();

    // The message reads as `login` would say it, remedy included, for that identity's profile.
    const IdentityCheck::Wording wording = [&](const IdentityResult &r) {
        return errorSentence(*r.error, r.profile, false);
    };
    if (ctx.json()) {
        ctx.out(jsonText(IdentityCheck::toJson(check.results(), wording)));
    } else if (csv) {
        QString text = IdentityCheck::csvHeader();
        for (const IdentityResult &r : check.results())
            text += IdentityCheck::toCsv(r, wording);
        ctx.out(text);
    } else {
        ctx.out(table(profiles, check.results()));
    }
    const auto count = [&](auto predicate) {
        return std::count_if(check.results().cbegin(), check.results().cend(), predicate);
    };
    const auto working = count([](const IdentityResult &r) { return r.ok(); });
    const auto skipped = count(
        [](const IdentityResult &r) { return r.outcome == IdentityResult::Outcome::Skipped; });
    QString summary = QCoreApplication::translate("santedb-session", "%1 of %2 identities work")
                          .arg(working)
                          .arg(profiles.size());
    if (skipped > 0)
        summary += QCoreApplication::translate("santedb-session",
                                               "; %1 skipped (asked for the password each time)")
                       .arg(skipped);
    ctx.err(summary + u'\n');
    return check.exitCode();
}

} // namespace sdsm::cli
