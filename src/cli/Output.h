// SPDX-License-Identifier: MIT
#pragma once

#include "core/Bytes.h"
#include "core/Error.h"
#include "core/Uint256.h"
#include "core/abi/AbiValue.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace seismic::cli {

// What a command prints: named fields in order, shown as "name: value" lines or (--json) as one
// JSON object on one line. Amounts and other 256-bit numbers are decimal strings, hashes and
// bytes 0x-hex strings, addresses checksummed.
class Record
{
public:
    Record& add(const QString& name, QJsonValue value);
    Record& add(const Record& other);
    QJsonObject toJson() const;
    void print(bool json) const;

private:
    std::vector<std::pair<QString, QJsonValue>> m_fields;
};

// Prints one line of JSON to stdout and flushes (watch streams them).
void printJsonLine(const QJsonObject& object);

// Where output goes and how errors end a command: a cheap value that coroutines take by copy.
struct Reporter
{
    QString path; // "seismic-cli token balance"
    bool json = false;

    void print(const Record& record) const { record.print(json); }
    // "<path>: <message>" on stderr; the exit code of the error's class.
    int fail(const Error& error) const;
    // "<path>: <message>" on stderr, as terminal-safe text.
    void warn(const QString& message) const;
    // "<path>: <message>" and a hint at --help on stderr; exit code 2.
    int usageError(const QString& message) const;
};

// `text` made safe for a terminal: control characters (C0, DEL, C1) and the Unicode
// bidirectional controls that reorder how a line reads are replaced by visible escapes ("\x1b",
// "\u202e"), so that text from a node, a contract or a file cannot move the cursor, recolour
// the output or forge a line. Everything printed outside JSON goes through it.
QString terminalText(const QString& text);

QString hexText(ByteView bytes);
QString viewText(std::string_view text);
QString decimalText(const Uint256& value);
// Integers as decimal strings, addresses checksummed, bytes as 0x-hex; arrays and tuples as
// JSON arrays.
QJsonValue abiValueJson(const AbiValue& value);

// The first error among `results` (Result<T> or Status), if any.
template<typename... Results>
std::optional<Error> firstError(const Results&... results)
{
    std::optional<Error> error;
    ((error = error || results.ok() ? error : std::optional<Error>(results.error())), ...);
    return error;
}

// `error` with "<context>: " in front of its message.
Error withContext(Error error, const QString& context);

} // namespace seismic::cli
