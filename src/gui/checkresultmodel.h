// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "identitycheck.h"
#include "profile.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace sdsm {
class Clock;
}

namespace sdsm::gui {

// The rows of the check window (issue 10 §1): one per profile of a check, in the order checked,
// each showing what IdentityCheck found out about that identity. Holds no token (a result has
// none). Sorting goes through a QSortFilterProxyModel on SortRole, which orders numbers as
// numbers and puts unknown values last.
class CheckResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProfileColumn,
        ResultColumn,
        MessageColumn,
        TimeLeftColumn,
        PoliciesColumn,
        MissingColumn,
        DeviceColumn,
        SignatureColumn,
        LatencyColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    // `clock` outlives the model: time left is counted from it.
    explicit CheckResultModel(const sdsm::Clock &clock, QObject *parent = nullptr);

    // A new check: one waiting row per profile, in this order.
    void reset(const QList<sdsm::Profile> &profiles);
    // What the check knows now about the identity in `row` (IdentityCheck's index).
    void update(qsizetype row, const sdsm::IdentityResult &result);
    // Time left moves with the clock: repaints that column.
    void refreshTimes();
    const sdsm::IdentityResult &resultAt(int row) const { return m_rows.at(row).result; }
    // The result's word for people, shown beside its icon: "Works", "Skipped", "Timed out", ...
    static QString outcomeLabel(const sdsm::IdentityResult &result);
    // The widest texts a column usually shows, its title included (for its starting width).
    QStringList typicalTexts(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        sdsm::Profile profile;
        sdsm::IdentityResult result;
        QDateTime expiresAt; // from expiresIn when the answer came
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    const sdsm::Clock &m_clock;
    QList<Row> m_rows;
};

} // namespace sdsm::gui
