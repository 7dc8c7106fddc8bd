// SPDX-License-Identifier: MIT
#include "store/SteppedExport.h"

namespace seismic::store {

Status SteppedExport::run(const Progress& progress)
{
    if (auto begun = begin(); !begun)
        return begun;
    for (;;) {
        auto more = step();
        if (!more)
            return std::move(more).error();
        if (progress && !progress(processed(), total()))
            return makeError(ErrorKind::Cancelled, "the export was cancelled");
        if (!*more)
            return {};
    }
}

} // namespace seismic::store
