// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <string>

namespace seismic::store {

// Statements with typed errors (StoreError): what SQLite refuses is a value, never a silent
// empty result. `what` names the operation in the message.
Result<QSqlQuery> prepareStatement(const QSqlDatabase& database, const QString& sql,
                                   const std::string& what);
// Binds `values` to the prepared statement's placeholders, in order, and runs it: for a
// statement run once per row.
Status executeStatement(QSqlQuery& query, const QVariantList& values, const std::string& what);
// Prepares `sql`, binds `values` and runs it once; the rows it selects are read from the result.
Result<QSqlQuery> runStatement(const QSqlDatabase& database, const QString& sql,
                               const QVariantList& values, const std::string& what);
// Runs a statement that selects no rows.
Status executeSql(const QSqlDatabase& database, const QString& sql, const QVariantList& values,
                  const std::string& what);
Status executeSql(const QSqlDatabase& database, const QString& sql, const std::string& what);

} // namespace seismic::store
