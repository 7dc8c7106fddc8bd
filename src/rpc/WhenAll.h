// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/CancelToken.h"

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>
#include <tuple>
#include <vector>

namespace seismic::rpc {

// Gather: awaits every task (they already run: QCoro tasks start eagerly) and returns their
// results in the order given.
template<typename T>
QCoro::Task<std::vector<T>> whenAll(std::vector<QCoro::Task<T>> tasks)
{
    std::vector<T> results;
    results.reserve(tasks.size());
    for (auto& task : tasks)
        results.push_back(co_await task);
    co_return results;
}

// Gather for tasks of different types: `auto [id, head] = co_await whenAll(a(), b());`
template<typename... Ts>
QCoro::Task<std::tuple<Ts...>> whenAll(QCoro::Task<Ts>... tasks)
{
    co_return std::tuple<Ts...>{co_await tasks...};
}

namespace detail {

struct FirstError
{
    std::optional<Error> error;
    std::optional<CancelSource> cancelOnError;
};

template<typename T>
QCoro::Task<Result<T>> observeError(QCoro::Task<Result<T>> task, std::shared_ptr<FirstError> first)
{
    auto result = co_await task;
    if (!result && !first->error) {
        first->error = result.error();
        if (first->cancelOnError)
            first->cancelOnError->cancel();
    }
    co_return result;
}

} // namespace detail

// Gather for fallible tasks: every value in order, or the error that happened FIRST (in time).
// The call always waits until every task has ended, so nothing outlives it. With
// `cancelOnError` (the source whose token the tasks were started with), the first error
// cancels the others so they end early; without it they run to completion.
template<typename T>
QCoro::Task<Result<std::vector<T>>> whenAllOk(std::vector<QCoro::Task<Result<T>>> tasks,
                                              std::optional<CancelSource> cancelOnError = {})
{
    auto first = std::make_shared<detail::FirstError>();
    first->cancelOnError = std::move(cancelOnError);
    std::vector<QCoro::Task<Result<T>>> observed;
    observed.reserve(tasks.size());
    for (auto& task : tasks)
        observed.push_back(detail::observeError(std::move(task), first));
    std::vector<T> values;
    values.reserve(observed.size());
    for (auto& task : observed) {
        auto result = co_await task;
        if (result)
            values.push_back(std::move(result).value());
    }
    if (first->error)
        co_return *first->error;
    co_return values;
}

} // namespace seismic::rpc
