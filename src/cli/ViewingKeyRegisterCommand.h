// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli viewing-key register`: registers a viewing key for the signer in the Directory.
class ViewingKeyRegisterCommand : public Command
{
public:
    ViewingKeyRegisterCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
