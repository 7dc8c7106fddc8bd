// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "store/AddressLabelStore.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace seismic::app {

// The address book as CSV (RFC 4180, UTF-8): a "label,address" header, then one contact per
// line. Reading takes any file: it is bounded (kMaxBytes, kMaxRows), and anything but text in
// that shape is an InvalidArgument error naming the line and what is wrong with it (translated,
// with no markup: the file's text is quoted only as plain text). An empty line is skipped; the
// header is optional; a label that the export protected from spreadsheets (a leading apostrophe
// before = + - @) is read back without it.
class AddressBookCsv
{
    Q_DECLARE_TR_FUNCTIONS(AddressBookCsv)

public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024;
    static constexpr int kMaxRows = 10'000;

    static QByteArray write(const std::vector<store::AddressLabel>& contacts);
    // The contacts of the file (contact = true), in its order; an address twice is an error.
    static Result<std::vector<store::AddressLabel>> read(const QByteArray& data);
};

} // namespace seismic::app
