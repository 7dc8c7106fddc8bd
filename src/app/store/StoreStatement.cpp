// SPDX-License-Identifier: MIT
#include "app/store/StoreStatement.h"

#include "app/store/StoreError.h"

#include <QSqlError>

namespace seismic::app {

Result<QSqlQuery> prepareStatement(const QSqlDatabase& database, const QString& sql,
                                   const std::string& what)
{
    QSqlQuery query(database);
    // Rows are read once, front to back: no cache of every row read so far.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storeError(query.lastError(), what);
    return query;
}

Status executeStatement(QSqlQuery& query, const std::string& what)
{
    if (!query.exec())
        return storeError(query.lastError(), what);
    return {};
}

Status executeSql(const QSqlDatabase& database, const QString& sql, const std::string& what)
{
    auto query = prepareStatement(database, sql, what);
    if (!query)
        return std::move(query).error();
    return executeStatement(*query, what);
}

} // namespace seismic::app
