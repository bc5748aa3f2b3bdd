// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentusage.h"

namespace Switchyard::Usage {

void RecentUsage::record(UsageRecord record)
{
    QMutexLocker lock(&m_mutex);
    m_records.push_back(std::move(record));
    if (qsizetype(m_records.size()) > m_capacity)
        m_records.pop_front();
    ++m_total;
}

QList<UsageRecord> RecentUsage::records() const
{
    QMutexLocker lock(&m_mutex);
    return QList<UsageRecord>(m_records.begin(), m_records.end());
}

qint64 RecentUsage::total() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

void RecentUsage::clear()
{
    QMutexLocker lock(&m_mutex);
    m_records.clear();
    m_total = 0;
}

} // namespace Switchyard::Usage
