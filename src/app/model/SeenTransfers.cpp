// SPDX-License-Identifier: MIT
#include "app/model/SeenTransfers.h"

namespace seismic::app {

bool SeenTransfers::firstTime(quint64 block, const client::TransferEventKey& key)
{
    if (m_highest && block + kBlocks < *m_highest)
        return false;
    if (!m_highest || block > *m_highest) {
        m_highest = block;
        const quint64 oldest = block > kBlocks ? block - kBlocks : 0;
        m_keys.erase(m_keys.begin(), m_keys.lower_bound(oldest));
    }
    return m_keys[block].insert(key).second;
}

void SeenTransfers::clear()
{
    m_highest.reset();
    m_keys.clear();
}

} // namespace seismic::app
