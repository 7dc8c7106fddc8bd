// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <string>

namespace seismic::app {

// Statements with typed errors (StoreError): what SQLite refuses is a value, never a silent
// empty result. `what` names the operation in the message.
Result<QSqlQuery> prepareStatement(const QSqlDatabase& database, const QString& sql,
                                   const std::string& what);
Status executeStatement(QSqlQuery& query, const std::string& what);
// Prepares and runs a statement without parameters.
Status executeSql(const QSqlDatabase& database, const QString& sql, const std::string& what);

} // namespace seismic::app
