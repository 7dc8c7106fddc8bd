// SPDX-License-Identifier: MIT
#include "app/model/ErrorText.h"

#include <QCoreApplication>

namespace seismic::app {

QString errorText(const Error& error)
{
    if (error.kind == ErrorKind::WrongPassword)
        return QCoreApplication::translate("ErrorText", "Wrong password.");
    QString text = QString::fromStdString(
        error.message.empty() ? std::string(errorKindName(error.kind)) : error.message);
    text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')))
        text.append(QLatin1Char('.'));
    return text;
}

} // namespace seismic::app
