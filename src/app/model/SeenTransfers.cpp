// SPDX-License-Identifier: MIT
#include "app/model/SeenTransfers.h"

namespace seismic::app {

bool SeenTransfers::firstTime(quint64 block, const client::TransferEventKey& key, qint64 second)
{
    if (m_highest && block + kBlocks < *m_highest)
        return false;
    if (!m_highest || block > *m_highest) {
        m_highest = block;
        const quint64 oldest = block > kBlocks ? block - kBlocks : 0;
        m_keys.erase(m_keys.begin(), m_keys.lower_bound(oldest));
    }
    return m_keys[block].emplace(key, second).second;
}

std::optional<qint64> SeenTransfers::forget(quint64 block, const client::TransferEventKey& key)
{
    const auto keys = m_keys.find(block);
    if (keys == m_keys.end())
        return std::nullopt;
    const auto found = keys->second.find(key);
    if (found == keys->second.end())
        return std::nullopt;
    const qint64 second = found->second;
    keys->second.erase(found);
    return second;
}

void SeenTransfers::clear()
{
    m_highest.reset();
    m_keys.clear();
}

} // namespace seismic::app
