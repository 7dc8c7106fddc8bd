// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace seismic {

// "https://eth.example:443/…": how errors, logs, the status bar, diagnostics, the settings and the
// command line name an endpoint. Scheme, host and port only (the port even when the URL leaves it
// to the scheme's default); user info, path, query and fragment may carry credentials or API keys
// ("user:password@", "/v2/KEY", "?apikey="), so they are replaced by "/…" when there are any.
QString endpointName(const QUrl& url);
// The same for a URL as text, as the user typed it or a settings file holds it; text that is no
// URL at all is named by a fixed placeholder rather than repeated.
QString endpointName(const QString& url);

} // namespace seismic
