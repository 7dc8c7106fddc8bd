// SPDX-License-Identifier: MIT
#include "client/SecurityParams.h"

#include "seismic/EncryptionState.h"

namespace seismic::client {

Status SecurityParams::validate() const
{
    if (encryptionNonce)
        return validateEncryptionNonce(*encryptionNonce);
    return {};
}

} // namespace seismic::client
