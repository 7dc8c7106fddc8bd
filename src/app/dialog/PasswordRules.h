// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace seismic::app {

// What a new account password must be: AccountStore's rule (at least kMinimumPasswordLength
// characters), typed twice the same.
struct PasswordRules
{
    Q_DECLARE_TR_FUNCTIONS(PasswordRules)

public:
    // Why `password` cannot protect an account (translated), or an empty string when it can.
    static QString newPasswordProblem(const QString& password, const QString& confirmation);
};

} // namespace seismic::app
