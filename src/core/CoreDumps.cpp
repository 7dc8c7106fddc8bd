// SPDX-License-Identifier: MIT
#include "core/CoreDumps.h"

#include <QtGlobal>

#include <cerrno>
#include <cstring>
#include <string>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace seismic {
namespace {

[[maybe_unused]] Error systemError(const char* call)
{
    return makeError(ErrorKind::Io, std::string(call) + " failed: " + std::strerror(errno));
}

} // namespace

Status disableCoreDumps()
{
#ifdef Q_OS_UNIX
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0)
        return systemError("setrlimit(RLIMIT_CORE, 0)");
#endif
#ifdef Q_OS_LINUX
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return systemError("prctl(PR_SET_DUMPABLE, 0)");
#endif
    return {};
}

} // namespace seismic
