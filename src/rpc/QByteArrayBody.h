// SPDX-License-Identifier: MIT
#pragma once

#include <boost/beast/core/buffers_range.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>

#include <QByteArray>

#include <algorithm>
#include <cstdint>

namespace seismic::rpc {

// A Boost.Beast body that collects a response's payload straight into a QByteArray (the type
// every later stage takes), so a body is not copied from a std::string once more.
struct QByteArrayBody
{
    using value_type = QByteArray;

    class reader
    {
    public:
        template<bool isRequest, class Fields>
        reader(boost::beast::http::header<isRequest, Fields>&, value_type& body)
            : m_body(body)
        {}

        void init(const boost::optional<std::uint64_t>& length, boost::beast::error_code& ec)
        {
            // Beast has checked the announced length against the body limit; reserve only a
            // little of it up front, so a length that is never sent costs no memory.
            constexpr std::uint64_t kMaxReserve = 1024 * 1024;
            if (length)
                m_body.reserve(static_cast<qsizetype>(std::min(*length, kMaxReserve)));
            ec = {};
        }

        template<class ConstBufferSequence>
        std::size_t put(const ConstBufferSequence& buffers, boost::beast::error_code& ec)
        {
            std::size_t count = 0;
            for (const auto buffer : boost::beast::buffers_range_ref(buffers)) {
                m_body.append(static_cast<const char*>(buffer.data()),
                              static_cast<qsizetype>(buffer.size()));
                count += buffer.size();
            }
            ec = {};
            return count;
        }

        void finish(boost::beast::error_code& ec) { ec = {}; }

    private:
        value_type& m_body;
    };
};

} // namespace seismic::rpc
