// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli viewing-key show`: the signer's registered viewing key (its hash; the key itself
// with --reveal).
class ViewingKeyShowCommand : public Command
{
public:
    ViewingKeyShowCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
