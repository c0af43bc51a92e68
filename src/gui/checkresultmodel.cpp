// SPDX-License-Identifier: Apache-2.0
#include "checkresultmodel.h"

#include "clock.h"
#include "policytable.h"
#include "profilestatus.h"
#include "statusstyle.h"
#include "textrules.h"
#include "timetext.h"

#include <QGuiApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

using Outcome = IdentityResult::Outcome;

// Unknown numbers sort after every known one.
constexpr qint64 Unknown = std::numeric_limits<qint64>::max();

// The status language of the profile list, so a check's rows read like the list does.
ProfileStatus statusOf(const IdentityResult &r)
{
    switch (r.outcome) {
    case Outcome::Waiting:
        return ProfileStatus::NoSession;
    case Outcome::Running:
        return ProfileStatus::Working;
    case Outcome::Ok:
        return ProfileStatus::Valid;
    case Outcome::Skipped:
        return ProfileStatus::Cancelled;
    case Outcome::Failed:
        break;
    }
    return r.error && r.error->kind == ErrorKind::Interrupted ? ProfileStatus::Cancelled
                                                              : ProfileStatus::Failed;
}

// Failures first: they are what a person checks for.
int outcomeRank(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Failed:
        return 0;
    case Outcome::Skipped:
        return 1;
    case Outcome::Ok:
        return 2;
    case Outcome::Running:
        return 3;
    case Outcome::Waiting:
        break;
    }
    return 4;
}

// Whether the server vouched for the device: only known when the profile has a device and the
// id_token was checked (as `check` reports it).
std::optional<bool> deviceVouched(const Profile &p, const IdentityResult &r)
{
    if (!r.signature || p.deviceMode == DeviceMode::None)
        return std::nullopt;
    return r.deviceAuthenticated;
}

QString deviceLabel(std::optional<bool> authenticated)
{
    if (!authenticated)
        return CheckResultModel::tr("Unknown");
    return *authenticated ? CheckResultModel::tr("Authenticated")
                          : CheckResultModel::tr("Not authenticated");
}

} // namespace

CheckResultModel::CheckResultModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{ }

void CheckResultModel::reset(const QList<Profile> &profiles)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(profiles.size());
    for (const Profile &p : profiles) {
        Row row;
        row.profile = p;
        row.result.profile = p.name;
        m_rows.append(row);
    }
    endResetModel();
}

void CheckResultModel::update(qsizetype row, const IdentityResult &result)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    r.result = result;
    r.expiresAt = result.expiresIn ? m_clock.now().addSecs(*result.expiresIn) : QDateTime();
    Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}

void CheckResultModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeLeftColumn), index(rowCount() - 1, TimeLeftColumn),
                           {Qt::DisplayRole, SortRole});
}

QString CheckResultModel::outcomeLabel(const IdentityResult &r)
{
    switch (r.outcome) {
    case Outcome::Waiting:
        return tr("Waiting");
    case Outcome::Running:
        return tr("Checking…");
    case Outcome::Ok:
        return r.cached ? tr("Works (cached)") : tr("Works");
    case Outcome::Skipped:
        return tr("Skipped");
    case Outcome::Failed:
        break;
    }
    return r.error ? errorKindLabel(r.error->kind) : tr("Failed");
}

QStringList CheckResultModel::typicalTexts(int column) const
{
    QStringList texts {headerData(column, Qt::Horizontal).toString()};
    switch (column) {
    case ResultColumn: {
        IdentityResult r;
        r.outcome = Outcome::Ok;
        r.cached = true;
        texts << outcomeLabel(r);
        for (const ErrorKind kind :
             {ErrorKind::MissingPolicy, ErrorKind::OAuth, ErrorKind::Network})
            texts << errorKindLabel(kind);
        break;
    }
    case TimeLeftColumn: {
        const QDateTime now = m_clock.now();
        texts << timeLeftText(now.addSecs(3599), now);
        break;
    }
    case DeviceColumn:
        texts << deviceLabel(true) << deviceLabel(false);
        break;
    case SignatureColumn:
        texts << signatureStateLabel(SignatureState::Verified);
        break;
    case LatencyColumn:
        texts << tr("%1 ms").arg(99999);
        break;
    default:
        break;
    }
    return texts;
}

int CheckResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CheckResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckResultModel::display(const Row &row, int column) const
{
    const IdentityResult &r = row.result;
    switch (column) {
    case ProfileColumn:
        return oneLineText(row.profile.name);
    case ResultColumn:
        return outcomeLabel(r);
    case MessageColumn:
        return r.error ? oneLineText(r.error->message) : QString();
    case TimeLeftColumn:
        return row.expiresAt.isValid() ? timeLeftText(row.expiresAt, m_clock.now()) : QString();
    case PoliciesColumn:
        return r.policyCount ? QString::number(*r.policyCount) : QString();
    case MissingColumn: {
        QStringList names;
        for (const QString &oid : r.missingPolicies) {
            const QString name = PolicyTable::builtIn().nameFor(oid);
            names << (name.isEmpty() ? oid : name);
        }
        return names.join(u", "_s);
    }
    case DeviceColumn:
        if (!r.signature || row.profile.deviceMode == DeviceMode::None)
            return QString();
        return deviceLabel(r.deviceAuthenticated);
    case SignatureColumn:
        return r.signature ? signatureStateLabel(*r.signature) : QString();
    case LatencyColumn:
        return r.latencyMs ? tr("%1 ms").arg(*r.latencyMs) : QString();
    default:
        return {};
    }
}

QVariant CheckResultModel::sortValue(const Row &row, int column) const
{
    const IdentityResult &r = row.result;
    switch (column) {
    case ResultColumn:
        return outcomeRank(r.outcome);
    case TimeLeftColumn:
        return row.expiresAt.isValid() ? row.expiresAt.toSecsSinceEpoch() : Unknown;
    case PoliciesColumn:
        return r.policyCount ? qint64(*r.policyCount) : Unknown;
    case MissingColumn:
        return r.signature ? qint64(r.missingPolicies.size()) : Unknown;
    case DeviceColumn:
        if (const auto vouched = deviceVouched(row.profile, r))
            return qint64(*vouched ? 1 : 0);
        return Unknown;
    case LatencyColumn:
        return r.latencyMs ? *r.latencyMs : Unknown;
    default:
        return display(row, column).toString();
    }
}

QVariant CheckResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == ResultColumn)
            return statusstyle::icon(statusOf(row.result), QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole:
        // The whole text of an elided cell; the OIDs behind the missing policies' names.
        if (index.column() == MissingColumn && !row.result.missingPolicies.isEmpty())
            return row.result.missingPolicies.join(u", "_s);
        return display(row, index.column());
    default:
        return {};
    }
}

QVariant CheckResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProfileColumn:
        return tr("Profile");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message");
    case TimeLeftColumn:
        return tr("Time left");
    case PoliciesColumn:
        return tr("Policies");
    case MissingColumn:
        return tr("Missing policies");
    case DeviceColumn:
        return tr("Device");
    case SignatureColumn:
        return tr("Signature");
    case LatencyColumn:
        return tr("Latency");
    default:
        return {};
    }
}

} // namespace sdsm::gui
