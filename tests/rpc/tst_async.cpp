// SPDX-License-Identifier: MIT
// The async building blocks QCoro 0.8 lacks: Promise, cancellation, delay, whenAll,
// withTimeout, Semaphore, RateLimiter, Backoff.
#include "TestSupport.h"
#include "rpc/Backoff.h"
#include "rpc/CancelToken.h"
#include "rpc/Delay.h"
#include "rpc/Promise.h"
#include "rpc/RateLimiter.h"
#include "rpc/Semaphore.h"
#include "rpc/WhenAll.h"
#include "rpc/WithTimeout.h"
#include "rpc/support/AsyncTest.h"

#include <QElapsedTimer>
#include <QTest>

using namespace seismic;
using namespace seismic::rpc;
using namespace std::chrono_literals;
using testing::awaitTask;

namespace {

QCoro::Task<Result<int>> valueAfter(int value, std::chrono::milliseconds wait,
                                    CancelToken cancel = {})
{
    auto slept = co_await delay(wait, cancel);
    if (!slept)
        co_return std::move(slept).error();
    co_return value;
}

// valueAfter that also notes, in `finished`, when it ended.
QCoro::Task<Result<int>> recordAfter(int value, std::chrono::milliseconds wait,
                                     std::vector<int>* finished)
{
    co_await delay(wait);
    finished->push_back(value);
    co_return value;
}

QCoro::Task<Result<int>> failAfter(std::string message, std::chrono::milliseconds wait)
{
    co_await delay(wait);
    co_return makeError(ErrorKind::Transport, message);
}

QCoro::Task<int> awaitPromise(Future<int> future)
{
    co_return co_await future;
}

QCoro::Task<Result<int>> holdPermit(Semaphore* semaphore, std::vector<int>* order, int id,
                                    std::chrono::milliseconds hold, CancelToken cancel = {})
{
    auto permit = co_await semaphore->acquire(cancel);
    if (!permit)
        co_return std::move(permit).error();
    order->push_back(id);
    co_await delay(hold);
    co_return id;
}

QCoro::Task<Result<int>> admitted(RateLimiter* limiter, double cost, int id,
                                  std::vector<std::pair<int, qint64>>* log, QElapsedTimer* clock,
                                  CancelToken cancel = {})
{
    auto status = co_await limiter->acquire(cost, cancel);
    if (!status)
        co_return std::move(status).error();
    log->emplace_back(id, clock->elapsed());
    co_return id;
}

} // namespace

class TestAsync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void promiseResolvesOnceAndWakesTheWaiter()
    {
        Promise<int> promise;
        auto task = awaitPromise(promise.future());
        QVERIFY(!task.isReady());
        QVERIFY(promise.resolve(7));
        QVERIFY(!promise.resolve(8)); // the first settlement wins
        QVERIFY(task.isReady());
        auto value = awaitTask(std::move(task));
        QCOMPARE(*value, 7);
        QCOMPARE(*awaitTask(awaitPromise(Future<int>::ready(3))), 3);
    }

    void cancelTokenRunsCallbacksOnceAndUnregisters()
    {
        CancelSource source;
        int fired = 0;
        int dropped = 0;
        auto kept = source.token().onCancel([&] { ++fired; });
        {
            auto temporary = source.token().onCancel([&] { ++dropped; });
        }
        QVERIFY(!source.token().isCancelled());
        source.cancel();
        source.cancel();
        QCOMPARE(fired, 1);
        QCOMPARE(dropped, 0);
        QVERIFY(source.token().isCancelled());
        int late = 0;
        auto after = source.token().onCancel([&] { ++late; });
        QCOMPARE(late, 1); // registering on a cancelled token runs at once
        QVERIFY(!CancelToken().canBeCancelled());
    }

    void linkedSourcesFollowAnyParent()
    {
        CancelSource caller;
        CancelSource owner;
        CancelSource linked{caller.token(), owner.token()};
        QVERIFY(!linked.isCancelled());
        owner.cancel();
        QVERIFY(linked.isCancelled());
        QVERIFY(!caller.isCancelled());
    }

    void whenAllCancelledNeedsEveryToken()
    {
        CancelSource a;
        CancelSource b;
        const auto both = whenAllCancelled({a.token(), b.token()});
        a.cancel();
        QVERIFY(!both.isCancelled());
        b.cancel();
        QVERIFY(both.isCancelled());
        QVERIFY(!whenAllCancelled({a.token(), CancelToken()}).canBeCancelled());
        QVERIFY(!whenAllCancelled({}).canBeCancelled());
    }

    void delayWaitsAndEndsEarlyOnCancel()
    {
        testing::LoopWatch watch;
        QElapsedTimer clock;
        clock.start();
        auto slept = awaitTask(delay(60ms));
        QVERIFY(slept && slept->ok());
        QVERIFY(clock.elapsed() >= 55);

        CancelSource cancel;
        QTimer::singleShot(20ms, [cancel] { cancel.cancel(); });
        // A delay that sat out its 10 s would outlast awaitTask's patience, or end without error.
        auto cut = awaitTask(delay(10s, cancel.token()), 5s);
        QVERIFY(cut);
        QCOMPARE(cut->error().kind, ErrorKind::Cancelled);
        QVERIFY(watch.ticks() > 0); // the loop ran while the delays were awaited
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);
    }

    void whenAllGathersInOrder()
    {
        testing::LoopWatch watch;
        std::vector<QCoro::Task<Result<int>>> tasks;
        std::vector<int> finished;
        tasks.push_back(recordAfter(1, 60ms, &finished));
        tasks.push_back(recordAfter(2, 10ms, &finished));
        tasks.push_back(recordAfter(3, 30ms, &finished));
        auto results = awaitTask(whenAll(std::move(tasks)));
        QVERIFY(results);
        QCOMPARE(results->size(), 3u);
        QCOMPARE(*(*results)[0], 1);
        QCOMPARE(*(*results)[1], 2);
        QCOMPARE(*(*results)[2], 3);
        // Side by side: the shortest wait ended first, though the results keep their order.
        QCOMPARE(finished, (std::vector<int>{2, 3, 1}));
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);

        auto pair = awaitTask(whenAll(valueAfter(4, 5ms), valueAfter(5, 1ms)));
        QVERIFY(pair);
        QCOMPARE(*std::get<0>(*pair), 4);
        QCOMPARE(*std::get<1>(*pair), 5);
    }

    void whenAllOkReportsTheFirstErrorAfterEveryTaskEnded()
    {
        std::vector<QCoro::Task<Result<int>>> tasks;
        tasks.push_back(valueAfter(1, 80ms));
        tasks.push_back(failAfter("late", 40ms));
        tasks.push_back(failAfter("early", 10ms));
        QElapsedTimer clock;
        clock.start();
        auto result = awaitTask(whenAllOk(std::move(tasks)));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().message, std::string("early"));
        QVERIFY(clock.elapsed() >= 75); // the slow task was allowed to complete

        std::vector<QCoro::Task<Result<int>>> fine;
        fine.push_back(valueAfter(1, 1ms));
        fine.push_back(valueAfter(2, 1ms));
        auto values = awaitTask(whenAllOk(std::move(fine)));
        QVERIFY(values && values->ok());
        QCOMPARE((*values)->size(), 2u);
        QCOMPARE((**values)[1], 2);
    }

    void whenAllOkCanCancelTheRest()
    {
        CancelSource group;
        std::vector<QCoro::Task<Result<int>>> tasks;
        tasks.push_back(valueAfter(1, 10s, group.token()));
        tasks.push_back(failAfter("boom", 10ms));
        // The 10 s task was cancelled, and awaited: awaitTask gives up long before it would end.
        auto result = awaitTask(whenAllOk(std::move(tasks), group), 5s);
        QVERIFY(result);
        QCOMPARE(result->error().message, std::string("boom"));
        QVERIFY(group.isCancelled());
    }

    void withTimeoutPassesResultsThrough()
    {
        auto result = awaitTask(withTimeout(valueAfter(9, 5ms), 1s));
        QVERIFY(result && result->ok());
        QCOMPARE(**result, 9);
    }

    void withTimeoutCancelsAGroupAndWaitsForIt()
    {
        testing::LoopWatch watch;
        CancelSource group;
        std::vector<QCoro::Task<Result<int>>> tasks;
        tasks.push_back(valueAfter(1, 10s, group.token()));
        tasks.push_back(valueAfter(2, 10s, group.token()));
        QElapsedTimer clock;
        clock.start();
        auto result =
            awaitTask(withTimeout(whenAllOk(std::move(tasks)), 50ms, group, "two slow reads"));
        QVERIFY(result);
        QCOMPARE(result->error().kind, ErrorKind::Timeout);
        QCOMPARE(result->error().message, std::string("two slow reads timed out after 50 ms"));
        QVERIFY(clock.elapsed() >= 45);
        QVERIFY(group.isCancelled());
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);
    }

    void semaphoreLimitsAndServesInOrder()
    {
        Semaphore semaphore(2);
        std::vector<int> order;
        std::vector<QCoro::Task<Result<int>>> tasks;
        for (int i = 0; i < 5; ++i)
            tasks.push_back(holdPermit(&semaphore, &order, i, 20ms));
        QCOMPARE(semaphore.available(), 0);
        QCOMPARE(semaphore.waiting(), 3);
        QElapsedTimer clock;
        clock.start();
        auto results = awaitTask(whenAll(std::move(tasks)));
        QVERIFY(results);
        QCOMPARE(order, (std::vector<int>{0, 1, 2, 3, 4}));
        QVERIFY(clock.elapsed() >= 50); // three rounds of 20 ms
        QCOMPARE(semaphore.available(), 2);
    }

    void semaphoreWaitersCanBeCancelledOrClosedOut()
    {
        Semaphore semaphore(1);
        std::vector<int> order;
        CancelSource cancel;
        auto holder = holdPermit(&semaphore, &order, 1, 50ms);
        auto cancelled = holdPermit(&semaphore, &order, 2, 1ms, cancel.token());
        auto closed = holdPermit(&semaphore, &order, 3, 1ms);
        cancel.cancel();
        auto second = awaitTask(std::move(cancelled));
        QCOMPARE(second->error().kind, ErrorKind::Cancelled);
        semaphore.close();
        auto third = awaitTask(std::move(closed));
        QCOMPARE(third->error().kind, ErrorKind::Cancelled);
        QCOMPARE(third->error().message, std::string("semaphore closed"));
        QVERIFY(awaitTask(std::move(holder))->ok());
        QCOMPARE(order, std::vector<int>{1});
    }

    void rateLimiterAllowsABurstThenTheRate()
    {
        testing::LoopWatch watch;
        RateLimiter limiter(100.0, 5.0); // 10 ms per token after 5 at once
        QElapsedTimer clock;
        clock.start();
        std::vector<std::pair<int, qint64>> log;
        std::vector<QCoro::Task<Result<int>>> tasks;
        for (int i = 0; i < 25; ++i)
            tasks.push_back(admitted(&limiter, 1.0, i, &log, &clock));
        auto results = awaitTask(whenAll(std::move(tasks)));
        QVERIFY(results);
        QCOMPARE(log.size(), 25u); // none lost
        for (int i = 0; i < 25; ++i)
            QCOMPARE(log[i].first, i);  // in arrival order
        QVERIFY(log[4].second < 10);    // the burst went at once
        QVERIFY(log[24].second >= 180); // 20 more at 100/s take ~200 ms
        QVERIFY(log[24].second < 1000);
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);
    }

    void rateLimiterIsFairAndCancellable()
    {
        RateLimiter limiter(50.0, 2.0);
        QElapsedTimer clock;
        clock.start();
        std::vector<std::pair<int, qint64>> log;
        CancelSource cancel;
        auto drain = admitted(&limiter, 2.0, 0, &log, &clock);
        auto big = admitted(&limiter, 2.0, 1, &log, &clock);   // needs a full bucket
        auto small = admitted(&limiter, 1.0, 2, &log, &clock); // must not overtake it
        auto dropped = admitted(&limiter, 1.0, 3, &log, &clock, cancel.token());
        cancel.cancel();
        QCOMPARE(awaitTask(std::move(dropped))->error().kind, ErrorKind::Cancelled);
        QVERIFY(awaitTask(std::move(small))->ok());
        QVERIFY(awaitTask(std::move(big))->ok());
        QVERIFY(awaitTask(std::move(drain))->ok());
        QCOMPARE(log.size(), 3u);
        QCOMPARE(log[1].first, 1);
        QCOMPARE(log[2].first, 2);
        QVERIFY(log[1].second >= 30); // 2 tokens at 50/s: 40 ms

        limiter.close();
        auto refused = awaitTask(admitted(&limiter, 1.0, 4, &log, &clock));
        QCOMPARE(refused->error().message, std::string("rate limiter closed"));
    }

    void backoffGrowsWithJitterUpToTheCap()
    {
        Backoff backoff{100ms, 1000ms, 2.0, 0.5};
        QCOMPARE(backoff.ceilingFor(0), 100ms);
        QCOMPARE(backoff.ceilingFor(1), 200ms);
        QCOMPARE(backoff.ceilingFor(3), 800ms);
        QCOMPARE(backoff.ceilingFor(10), 1000ms);
        for (int attempt = 0; attempt < 6; ++attempt) {
            for (int sample = 0; sample < 50; ++sample) {
                const auto wait = backoff.delayFor(attempt);
                QVERIFY(wait <= backoff.ceilingFor(attempt));
                QVERIFY(wait >= backoff.ceilingFor(attempt) / 2);
            }
        }
        Backoff exact{100ms, 1000ms, 2.0, 0.0};
        QCOMPARE(exact.delayFor(2), 400ms);
    }
};

QTEST_GUILESS_MAIN(TestAsync)
#include "tst_async.moc"
