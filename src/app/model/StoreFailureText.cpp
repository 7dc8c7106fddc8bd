// SPDX-License-Identifier: MIT
#include "app/model/StoreFailureText.h"

#include <QCoreApplication>

namespace seismic::app {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StoreFailureText", text);
}

} // namespace

QString storeFailureText(store::StoreFailure failure, const QString& path, const QString& detail)
{
    QString what;
    switch (failure) {
    case store::StoreFailure::Locked:
        what = tr("Another instance of Seismic Desktop is using the local store %1.");
        break;
    case store::StoreFailure::Corrupt:
        what = tr("The local store %1 is damaged.");
        break;
    case store::StoreFailure::Foreign:
        what = tr("%1 is not a store of Seismic Desktop.");
        break;
    case store::StoreFailure::NewerSchema:
        what = tr("The local store %1 was written by a newer version of Seismic Desktop.");
        break;
    case store::StoreFailure::DiskFull:
        what = tr("The disk that holds the local store %1 is full.");
        break;
    case store::StoreFailure::ReadOnly:
        what = tr("The local store %1 cannot be written.");
        break;
    case store::StoreFailure::Unavailable:
    case store::StoreFailure::Failed:
        what = tr("The local store %1 cannot be used.");
        break;
    }
    //: %1 says what is wrong with the store, %2 is the database's own message.
    return tr("%1 (%2) Transfers are shown but not kept until this is solved; the file is left "
              "as it is.")
        .arg(what.arg(path), detail);
}

bool canRebuildAfter(store::StoreFailure failure)
{
    return failure != store::StoreFailure::Locked;
}

} // namespace seismic::app
