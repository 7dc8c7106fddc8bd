// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace seismic::rpc {

namespace detail {
struct CancelState;
}

// Keeps a cancellation callback registered; unregisters it when destroyed.
class CancelRegistration
{
public:
    CancelRegistration() = default;
    CancelRegistration(std::weak_ptr<detail::CancelState> state, std::uint64_t id)
        : m_state(std::move(state))
        , m_id(id)
    {}
    CancelRegistration(CancelRegistration&& other) noexcept
        : m_state(std::move(other.m_state))
        , m_id(std::exchange(other.m_id, 0))
    {}
    CancelRegistration& operator=(CancelRegistration&& other) noexcept;
    CancelRegistration(const CancelRegistration&) = delete;
    CancelRegistration& operator=(const CancelRegistration&) = delete;
    ~CancelRegistration() { reset(); }

    void reset();

private:
    std::weak_ptr<detail::CancelState> m_state;
    std::uint64_t m_id = 0;
};

// The observing side of a cancellation: checked after awaits, or watched with onCancel().
// A default-constructed token is never cancelled. Cheap to copy.
class CancelToken
{
public:
    CancelToken() = default;

    bool isCancelled() const;
    bool canBeCancelled() const { return m_state != nullptr; }
    // Runs `callback` once when the token is cancelled (at once if it already is) unless the
    // registration is dropped first.
    [[nodiscard]] CancelRegistration onCancel(std::function<void()> callback) const;

private:
    friend class CancelSource;
    explicit CancelToken(std::shared_ptr<detail::CancelState> state)
        : m_state(std::move(state))
    {}
    std::shared_ptr<detail::CancelState> m_state;
};

// The cancelling side. Copies share one state. A source created with parents is cancelled as
// soon as any of them is (a call cancelled by its caller or by its owner's shutdown).
class CancelSource
{
public:
    CancelSource();
    explicit CancelSource(std::initializer_list<CancelToken> parents);

    void cancel() const;
    bool isCancelled() const;
    CancelToken token() const { return CancelToken(m_state); }

private:
    friend CancelToken whenAllCancelled(const std::vector<CancelToken>& tokens);
    std::shared_ptr<detail::CancelState> m_state;
};

// A token cancelled once every one of `tokens` is (an exchange shared by several calls is
// abandoned only when none of them wants it any more). Never cancelled if one of them cannot
// be, or if the list is empty.
CancelToken whenAllCancelled(const std::vector<CancelToken>& tokens);

} // namespace seismic::rpc
