// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <string>

namespace seismic {

// Overwrite a buffer that held a secret (a password, a key file's text) with zeros, in a way the
// compiler may not optimise away. A QByteArray or QString shared with another is wiped in this copy
// only (Qt gives no way to reach a buffer without detaching it): wipe where the last copy is.
void secureWipe(QByteArray& bytes);
void secureWipe(QString& text);
void secureWipe(std::string& text);

// Wipes a buffer that holds (or may hold) a secret when the scope ends, whatever the outcome.
template<typename Buffer>
class WipeOnExit
{
public:
    explicit WipeOnExit(Buffer& buffer)
        : m_buffer(buffer)
    {}
    ~WipeOnExit() { secureWipe(m_buffer); }
    WipeOnExit(const WipeOnExit&) = delete;
    WipeOnExit& operator=(const WipeOnExit&) = delete;

private:
    Buffer& m_buffer;
};

} // namespace seismic
