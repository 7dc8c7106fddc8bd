// SPDX-License-Identifier: MIT
#pragma once

#include "core/Error.h"

#include <QString>

namespace seismic::app {

// An error as the user reads it: the precise message of the Error (which never holds a
// secret), as a sentence; a wrong password is said in the user's language.
QString errorText(const Error& error);

} // namespace seismic::app
