// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace sdsm::gui {

// What the profile list shows: the profiles matching the search text (in name, server, client
// id, device id, user name or note) and the chosen tag, in the chosen order.
class ProfileFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortKey { Name, Server, TimeLeft, LastUsed };
    Q_ENUM(SortKey)

    explicit ProfileFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Only profiles carrying this tag; empty shows every profile.
    void setTag(const QString &tag);
    QString tag() const { return m_tag; }
    void setSortKey(SortKey key);
    SortKey sortKey() const { return m_key; }
    // True when a search or a tag hides profiles that exist.
    bool isFiltering() const { return !m_search.isEmpty() || !m_tag.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QString m_tag;
    SortKey m_key = SortKey::Name;
};

} // namespace sdsm::gui
