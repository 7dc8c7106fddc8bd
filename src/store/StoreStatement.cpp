// SPDX-License-Identifier: MIT
#include "store/StoreStatement.h"

#include "store/StoreError.h"

#include <QSqlError>

namespace seismic::store {

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

Status executeStatement(QSqlQuery& query, const QVariantList& values, const std::string& what)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values[i]);
    if (!query.exec())
        return storeError(query.lastError(), what);
    return {};
}

Result<QSqlQuery> runStatement(const QSqlDatabase& database, const QString& sql,
                               const QVariantList& values, const std::string& what)
{
    auto query = prepareStatement(database, sql, what);
    if (!query)
        return std::move(query).error();
    if (auto ran = executeStatement(*query, values, what); !ran)
        return std::move(ran).error();
    return query;
}

Status executeSql(const QSqlDatabase& database, const QString& sql, const QVariantList& values,
                  const std::string& what)
{
    auto query = runStatement(database, sql, values, what);
    if (!query)
        return std::move(query).error();
    return {};
}

Status executeSql(const QSqlDatabase& database, const QString& sql, const std::string& what)
{
    return executeSql(database, sql, {}, what);
}

} // namespace seismic::store
