// SPDX-License-Identifier: MIT
#include "cli/Command.h"

namespace seismic::cli {

Command::Command(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
    , m_path(m_name)
{}

} // namespace seismic::cli
