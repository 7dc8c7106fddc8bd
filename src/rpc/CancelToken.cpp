// SPDX-License-Identifier: MIT
#include "rpc/CancelToken.h"

#include <algorithm>

namespace seismic::rpc {

namespace detail {

struct CancelState
{
    bool cancelled = false;
    std::uint64_t nextId = 1;
    std::vector<std::pair<std::uint64_t, std::function<void()>>> callbacks;
    // Links to parent tokens; dropped with this state so parents do not accumulate callbacks.
    std::vector<CancelRegistration> parentLinks;

    void cancel()
    {
        if (cancelled)
            return;
        cancelled = true;
        // Callbacks may resume coroutines that register or unregister more callbacks.
        auto pending = std::move(callbacks);
        callbacks.clear();
        for (auto& [id, callback] : pending)
            callback();
    }
};

} // namespace detail

CancelRegistration& CancelRegistration::operator=(CancelRegistration&& other) noexcept
{
    if (this != &other) {
        reset();
        m_state = std::move(other.m_state);
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

void CancelRegistration::reset()
{
    if (auto state = m_state.lock()) {
        auto& callbacks = state->callbacks;
        callbacks.erase(std::remove_if(callbacks.begin(), callbacks.end(),
                                       [this](const auto& entry) { return entry.first == m_id; }),
                        callbacks.end());
    }
    m_state.reset();
    m_id = 0;
}

bool CancelToken::isCancelled() const
{
    return m_state && m_state->cancelled;
}

CancelRegistration CancelToken::onCancel(std::function<void()> callback) const
{
    if (!m_state)
        return {};
    if (m_state->cancelled) {
        callback();
        return {};
    }
    const auto id = m_state->nextId++;
    m_state->callbacks.emplace_back(id, std::move(callback));
    return CancelRegistration(m_state, id);
}

CancelSource::CancelSource()
    : m_state(std::make_shared<detail::CancelState>())
{}

CancelSource::CancelSource(std::initializer_list<CancelToken> parents)
    : CancelSource()
{
    std::weak_ptr<detail::CancelState> weak = m_state;
    for (const auto& parent : parents) {
        if (!parent.canBeCancelled())
            continue;
        auto link = parent.onCancel([weak] {
            if (auto state = weak.lock())
                state->cancel();
        });
        m_state->parentLinks.push_back(std::move(link));
    }
}

void CancelSource::cancel() const
{
    auto state = m_state; // callbacks may drop the last other reference
    state->cancel();
}

bool CancelSource::isCancelled() const
{
    return m_state->cancelled;
}

CancelToken whenAllCancelled(const std::vector<CancelToken>& tokens)
{
    const bool possible =
        !tokens.empty() && std::all_of(tokens.begin(), tokens.end(), [](const CancelToken& token) {
            return token.canBeCancelled();
        });
    if (!possible)
        return {};
    CancelSource all;
    auto remaining = std::make_shared<std::size_t>(tokens.size());
    std::weak_ptr<detail::CancelState> weak = all.m_state;
    for (const auto& token : tokens) {
        auto link = token.onCancel([weak, remaining] {
            if (--*remaining == 0) {
                if (auto state = weak.lock())
                    state->cancel();
            }
        });
        all.m_state->parentLinks.push_back(std::move(link));
    }
    return all.token();
}

} // namespace seismic::rpc
