// SPDX-License-Identifier: MIT
#include "KnownBug.h"

#include <array>

namespace soak {

std::optional<KnownBug> knownBugByName(std::string_view name)
{
    if (name == knownBugName(KnownBug::HttpResponseOutOfStep))
        return KnownBug::HttpResponseOutOfStep;
    return std::nullopt;
}

std::string_view knownBugName(KnownBug bug)
{
    switch (bug) {
    case KnownBug::HttpResponseOutOfStep:
        return "http-response-out-of-step";
    }
    return "?";
}

std::string_view knownBugDescription(KnownBug bug)
{
    switch (bug) {
    case KnownBug::HttpResponseOutOfStep:
        return "issue 12: HTTP responses fall out of step with requests after a cut inside a "
               "response (fixed by the HTTP parser rework)";
    }
    return "?";
}

bool showsKnownBug(KnownBug bug, const std::string& error)
{
    switch (bug) {
    case KnownBug::HttpResponseOutOfStep: {
        constexpr std::array kSigns{
            std::string_view("does not match request id"),
            std::string_view("batch response has no entry for id"),
            std::string_view("batch answered with a single object"),
            std::string_view("malformed HTTP status line"),
        };
        for (std::string_view sign : kSigns) {
            if (error.find(sign) != std::string::npos)
                return true;
        }
        return false;
    }
    }
    return false;
}

} // namespace soak
