// SPDX-License-Identifier: MIT
#include "cli/TransactionReport.h"

#include "cli/ExitCode.h"
#include "client/PublicClient.h"

namespace seismic::cli {

QCoro::Task<int> reportTransaction(Reporter reporter, client::PublicClient* client,
                                   Result<Hash> sent, bool wait, Record details)
{
    if (!sent)
        co_return reporter.fail(sent.error());
    Record record;
    record.add(QStringLiteral("hash"), hexText(sent->view())).add(details);
    if (!wait || !reporter.json) {
        reporter.print(record); // at once: the hash is known before the outcome
        record = Record();
    }
    if (!wait)
        co_return exitCode(ExitCode::Ok);

    auto outcome = co_await client->waitForTransaction(*sent);
    if (!outcome)
        co_return reporter.fail(outcome.error());
    record.add(QStringLiteral("status"), viewText(txStatusName(outcome->status)));
    if (outcome->receipt) {
        record.add(QStringLiteral("block"), static_cast<qint64>(outcome->blockNumber()))
            .add(QStringLiteral("gasUsed"), static_cast<qint64>(outcome->gasUsed()));
    }
    if (!outcome->reason.empty())
        record.add(QStringLiteral("reason"), QString::fromStdString(outcome->reason));
    reporter.print(record);
    const auto code = exitCodeFor(outcome->status);
    if (code != ExitCode::Ok) {
        reporter.warn(QStringLiteral("transaction ") + viewText(txStatusName(outcome->status)) +
                      QStringLiteral(": ") + QString::fromStdString(outcome->reason));
    }
    co_return exitCode(code);
}

} // namespace seismic::cli
