// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

namespace seismic::rpc {

// Counts how many handlers of an object's socket signals are on the stack. A socket must not
// be deleted from inside its own signal emission (its code continues after the emit), so
// owners that may be destroyed by whatever a handler resumes hand the socket to deleteLater()
// while the count is non-zero. Safe if the owner is destroyed inside the scope.
class SignalScope
{
public:
    SignalScope(QObject* owner, int& depth)
        : m_guard(owner)
        , m_depth(depth)
    {
        ++m_depth;
    }
    ~SignalScope()
    {
        if (m_guard)
            --m_depth;
    }
    SignalScope(const SignalScope&) = delete;
    SignalScope& operator=(const SignalScope&) = delete;

private:
    QPointer<QObject> m_guard;
    int& m_depth;
};

} // namespace seismic::rpc
