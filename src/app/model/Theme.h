// SPDX-License-Identifier: MIT
#pragma once

namespace seismic::app {

enum class Theme
{
    System, // the platform's style and colours
    Light,
    Dark,
};

} // namespace seismic::app
