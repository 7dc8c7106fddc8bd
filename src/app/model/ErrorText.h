// SPDX-License-Identifier: MIT
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace seismic::app {

// An error as the user reads it: what went wrong, one translated sentence per kind, and the
// library's technical detail verbatim (English, never a secret) on a line of its own. Show it as
// plain text: the detail may quote what a node or a file said.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(seismic::app::ErrorText)

public:
    // The translated sentence for the error's kind.
    static QString summary(const Error& error);
    // The message as the library wrote it; empty when the summary says all.
    static QString detail(const Error& error);
};

// The summary, then "Details: <detail>" on the next line when there is a detail.
QString errorText(const Error& error);
// A sentence of the caller's ("The recipient is not a valid address.") with the error's detail
// line, for errors whose kind the sentence already says.
QString errorText(const QString& sentence, const Error& error);
// The same on one line, for the status bar and table cells: "<summary> (<detail>)".
QString errorLine(const Error& error);

} // namespace seismic::app
