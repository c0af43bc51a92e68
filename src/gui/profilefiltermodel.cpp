// SPDX-License-Identifier: Apache-2.0
#include "profilefiltermodel.h"

#include "profilelistmodel.h"

#include <QCollator>
#include <QDateTime>

namespace sdsm::gui {

ProfileFilterModel::ProfileFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void ProfileFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void ProfileFilterModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateRowsFilter();
}

void ProfileFilterModel::setSortKey(SortKey key)
{
    if (key == m_key)
        return;
    m_key = key;
    invalidate();
    sort(0);
}

bool ProfileFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tag.isEmpty()
        && !index.data(ProfileListModel::TagsRole)
                .toStringList()
                .contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_search.isEmpty())
        return true;
    const QString haystack = index.data(ProfileListModel::SearchTextRole).toString();
    // Every word must be found somewhere, in any order: "mpi clerk" finds the clerk on mpi.
    const QStringList words = m_search.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    });
}

bool ProfileFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    static const QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true);
        return c;
    }();
    const auto byName = [&] {
        return collator.compare(left.data(ProfileListModel::NameRole).toString(),
                                right.data(ProfileListModel::NameRole).toString())
            < 0;
    };
    switch (m_key) {
    case SortKey::Name:
        break;
    case SortKey::Server: {
        const int order = collator.compare(left.data(ProfileListModel::ServerRole).toString(),
                                           right.data(ProfileListModel::ServerRole).toString());
        if (order != 0)
            return order < 0;
        break;
    }
    case SortKey::TimeLeft: {
        // Most time left first; profiles without a usable session last.
        const qint64 a = left.data(ProfileListModel::SecondsLeftRole).toLongLong();
        const qint64 b = right.data(ProfileListModel::SecondsLeftRole).toLongLong();
        if (a != b)
            return a > b;
        break;
    }
    case SortKey::LastUsed: {
        // Most recently used first; never used last.
        const QDateTime a = left.data(ProfileListModel::LastUsedRole).toDateTime();
        const QDateTime b = right.data(ProfileListModel::LastUsedRole).toDateTime();
        if (a != b)
            return a.isValid() && (!b.isValid() || a > b);
        break;
    }
    }
    return byName();
}

} // namespace sdsm::gui
