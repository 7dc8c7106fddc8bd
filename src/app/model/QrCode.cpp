// SPDX-License-Identifier: MIT
#include "app/model/QrCode.h"

#include <qrencode.h>

#include <QPainter>

#include <memory>

namespace seismic::app {
namespace {

constexpr int kQuietZoneModules = 4;

struct QrCodeFree
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

QImage qrCodeImage(const QString& text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, QrCodeFree> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
    if (!code || moduleSize <= 0)
        return {};
    const int modules = code->width;
    const int side = (modules + 2 * kQuietZoneModules) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte: the module is dark.
            if (code->data[y * modules + x] & 1)
                painter.fillRect((x + kQuietZoneModules) * moduleSize,
                                 (y + kQuietZoneModules) * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
        }
    }
    return image;
}

} // namespace seismic::app
