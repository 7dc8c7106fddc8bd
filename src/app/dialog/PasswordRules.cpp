// SPDX-License-Identifier: MIT
#include "app/dialog/PasswordRules.h"

#include "app/wallet/AccountStore.h"

namespace seismic::app {

QString PasswordRules::newPasswordProblem(const QString& password, const QString& confirmation)
{
    if (password.size() < AccountStore::kMinimumPasswordLength)
        return tr("The new password must have at least %n characters.", nullptr,
                  AccountStore::kMinimumPasswordLength);
    if (confirmation != password)
        return tr("The two passwords do not match.");
    return {};
}

} // namespace seismic::app
