// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

namespace seismic::store {

// One RFC 4180 line in UTF-8, CRLF-terminated: fields quoted when they contain a comma, quote or
// line break. A field that a spreadsheet would run as a formula (starting with = + - @, a tab or
// a carriage return) gets a leading apostrophe: token symbols come from contracts anyone can
// deploy, and a cell is data, never a formula.
QByteArray csvLine(const QStringList& fields);

} // namespace seismic::store
