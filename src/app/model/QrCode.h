// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>

namespace seismic::app {

// `text` as a QR code (libqrencode, error correction level M): black modules of `moduleSize`
// pixels on white, with the four-module quiet zone the standard asks for. A null image when the
// text does not fit in a QR code.
QImage qrCodeImage(const QString& text, int moduleSize);

} // namespace seismic::app
