// SPDX-License-Identifier: MIT
#include "app/model/TransferText.h"

#include <QStringList>

namespace seismic::app {

TransferFlow transferFlowOf(const store::TransferRecord& transfer,
                            const std::optional<Address>& account)
{
    if (transfer.kind == client::TransferKind::Mint)
        return TransferFlow::Mint;
    if (transfer.kind == client::TransferKind::Burn)
        return TransferFlow::Burn;
    const bool from = account && transfer.from == *account;
    const bool to = account && transfer.to == *account;
    if (from && to)
        return TransferFlow::Self;
    if (to)
        return TransferFlow::In;
    if (from)
        return TransferFlow::Out;
    return TransferFlow::Other;
}

QString TransferText::flow(TransferFlow flow)
{
    switch (flow) {
    case TransferFlow::In:
        //: Direction of a transfer: to the watched account.
        return tr("in");
    case TransferFlow::Out:
        //: Direction of a transfer: from the watched account.
        return tr("out");
    case TransferFlow::Self:
        //: Direction of a transfer: from the watched account to itself.
        return tr("self");
    case TransferFlow::Mint:
        //: Direction of a transfer: new tokens created (from the zero address).
        return tr("mint");
    case TransferFlow::Burn:
        //: Direction of a transfer: tokens destroyed (sent to the zero address).
        return tr("burn");
    case TransferFlow::Other:
        break;
    }
    return QStringLiteral("—");
}

QString TransferText::flowIcon(TransferFlow flow)
{
    switch (flow) {
    case TransferFlow::In:
        return QStringLiteral(":/icons/receive.svg");
    case TransferFlow::Out:
        return QStringLiteral(":/icons/send.svg");
    case TransferFlow::Self:
        return QStringLiteral(":/icons/transfer-self.svg");
    case TransferFlow::Mint:
        return QStringLiteral(":/icons/transfer-mint.svg");
    case TransferFlow::Burn:
        return QStringLiteral(":/icons/transfer-burn.svg");
    case TransferFlow::Other:
        break;
    }
    return {};
}

QString TransferText::visibility(const store::TransferRecord& transfer)
{
    if (transfer.isPublic())
        //: Visibility of an ERC20 amount: anyone can read it.
        return tr("Public");
    const client::TransferVisibility& seen = transfer.visibility;
    QStringList readers;
    if (seen.senderHasKey)
        //: Visibility: the sender holds a viewing key for the amount.
        readers << tr("sender");
    if (seen.recipientHasKey)
        //: Visibility: the recipient holds a viewing key for the amount.
        readers << tr("recipient");
    if (seen.providers > 0)
        readers << tr("%n provider(s)", nullptr, static_cast<int>(seen.providers));
    if (readers.isEmpty())
        //: Visibility: nobody registered a viewing key for this amount.
        return tr("no one");
    QString text = readers.join(QLatin1String(", "));
    text[0] = text[0].toUpper();
    return text;
}

QString TransferText::visibilitySentence(const store::TransferRecord& transfer,
                                         const std::optional<Address>& account)
{
    if (transfer.isPublic())
        return tr("ERC20: anyone can read this amount");
    const client::TransferVisibility& seen = transfer.visibility;
    const bool senderIsYou = account && transfer.from == *account;
    const bool recipientIsYou = account && transfer.to == *account;
    QString who;
    if (seen.senderHasKey && seen.recipientHasKey)
        who = senderIsYou && recipientIsYou ? tr("You (sender and recipient) can read this amount")
              : senderIsYou                 ? tr("You and the recipient can read this amount")
              : recipientIsYou              ? tr("You and the sender can read this amount")
                               : tr("The sender and the recipient can read this amount");
    else if (seen.senderHasKey)
        who = senderIsYou ? tr("Only you, the sender, of the two parties can read this amount")
                          : tr("Only the sender, of the two parties, can read this amount");
    else if (seen.recipientHasKey)
        who = recipientIsYou
                  ? tr("Only you, the recipient, of the two parties can read this amount")
                  : tr("Only the recipient, of the two parties, can read this amount");
    else
        who = tr("Neither party has a viewing key for this amount");
    //: %1 says which parties can read an SRC20 amount; %n counts Intelligence providers.
    QString sentence = tr("%1; %n provider(s)", nullptr, static_cast<int>(seen.providers)).arg(who);
    if (!seen.complete)
        sentence += QLatin1Char(' ') +
                    tr("(only part of this transfer's events was seen: there may be more)");
    return sentence;
}

QString TransferText::visibilityIcon(const store::TransferRecord& transfer)
{
    if (transfer.isPublic())
        return QStringLiteral(":/icons/visibility-public.svg");
    return transfer.amount ? QStringLiteral(":/icons/unlock.svg")
                           : QStringLiteral(":/icons/lock.svg");
}

} // namespace seismic::app
