// SPDX-License-Identifier: MIT
#include "app/model/TxHistoryModel.h"

#include "app/model/AddressBook.h"
#include "app/model/AmountText.h"
#include "app/model/TimeText.h"

#include <QIcon>
#include <QRegularExpression>

#include <algorithm>

namespace seismic::app {
namespace {

QIcon statusIcon(const TxRecord& record)
{
    if (record.stage == SendStage::NotSent)
        return QIcon(QStringLiteral(":/icons/status-failed.svg"));
    if (record.replacedBy)
        return QIcon(QStringLiteral(":/icons/status-disconnected.svg"));
    if (record.isPending())
        return QIcon(QStringLiteral(":/icons/status-reconnecting.svg"));
    switch (record.status) {
    case client::TxStatus::Pending:
    case client::TxStatus::Confirmed:
        return QIcon(QStringLiteral(":/icons/status-connected.svg"));
    case client::TxStatus::Failed:
        return QIcon(QStringLiteral(":/icons/status-failed.svg"));
    case client::TxStatus::Expired:
    case client::TxStatus::Replaced:
        return QIcon(QStringLiteral(":/icons/status-disconnected.svg"));
    }
    Q_UNREACHABLE();
}

// The recorded amount ("1234.5 SDT", written as plain decimal) in the user's number format.
QString shownAmount(const QString& recorded)
{
    static const QRegularExpression plainAmount(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)( .*)?$"));
    const QRegularExpressionMatch match = plainAmount.match(recorded);
    if (!match.hasMatch())
        return recorded;
    return AmountText::localized(match.captured(1)) + match.captured(2);
}

// The address's label, or "0xf39F…2266" as the status bar shows addresses (app/view's
// shortAddressText: the model cannot use the view's).
QString shortAddress(const Address& address, const AddressBook* book)
{
    if (const QString label = book ? book->labelFor(address) : QString(); !label.isEmpty())
        return label;
    const QString text = QString::fromStdString(address.checksummed());
    return text.left(6) + QStringLiteral("…") + text.right(4);
}

} // namespace

TxHistoryModel::TxHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString TxHistoryModel::statusText(const TxRecord& record)
{
    switch (record.stage) {
    case SendStage::Sending:
        return record.shielded ? tr("Encrypting…") : tr("Signing…");
    case SendStage::NotSent:
        //: Transaction status: the node refused it; %1 says why.
        return tr("Not sent: %1").arg(record.error);
    case SendStage::Sent:
        break;
    }
    if (record.replacedBy || record.status == client::TxStatus::Replaced)
        //: Transaction status: another transaction with its nonce (a speed-up or cancellation)
        //: was confirmed instead.
        return tr("Replaced");
    switch (record.status) {
    case client::TxStatus::Pending:
        //: Transaction status: sent to the network, not yet in a block.
        return tr("Sent");
    case client::TxStatus::Confirmed:
        return record.block ? tr("Confirmed in block %1").arg(*record.block) : tr("Confirmed");
    case client::TxStatus::Failed:
        return record.error.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(record.error);
    case client::TxStatus::Expired:
        //: Transaction status: not included before its expiry block.
        return tr("Expired");
    case client::TxStatus::Replaced:
        break; // above
    }
    Q_UNREACHABLE();
}

bool TxHistoryModel::contains(const TxRecord& record, const QString& text) const
{
    if (text.isEmpty())
        return true;
    QStringList shown{description(record, m_addressBook), statusText(record), record.action,
                      QString::fromStdString(record.to.checksummed())};
    if (record.recipient)
        shown << QString::fromStdString(record.recipient->checksummed());
    if (record.hash)
        shown << QString::fromStdString(record.hash->hex());
    return std::any_of(shown.cbegin(), shown.cend(), [&](const QString& field) {
        return field.contains(text, Qt::CaseInsensitive);
    });
}

void TxHistoryModel::setAddressBook(const AddressBook* book)
{
    followAddressBook(*this, m_addressBook, book, ActionColumn, ActionColumn);
}

QString TxHistoryModel::description(const TxRecord& record, const AddressBook* book)
{
    switch (record.kind) {
    case TxAction::Payment:
    case TxAction::TokenTransfer:
        //: A transaction in the history: %1 is an amount with its symbol, %2 the recipient.
        return tr("Sent %1 to %2")
            .arg(shownAmount(record.amount),
                 shortAddress(record.recipient.value_or(record.to), book));
    case TxAction::ContractCall: {
        const QString function = record.action.left(record.action.indexOf(QLatin1Char('(')));
        //: A transaction in the history: %1 is a contract function's name, %2 the contract.
        return tr("Called %1 on %2").arg(function, shortAddress(record.to, book));
    }
    case TxAction::ViewingKey:
        return tr("Registered a viewing key");
    case TxAction::Cancellation:
        //: A transaction in the history: %1 is the nonce of the transaction it cancelled.
        return tr("Cancelled the transaction with nonce %1").arg(record.nonce.value_or(0));
    }
    Q_UNREACHABLE();
}

quint64 TxHistoryModel::add(TxRecord record)
{
    record.id = m_nextId++;
    const int row = static_cast<int>(m_records.size());
    beginInsertRows({}, row, row);
    m_records.push_back(std::move(record));
    endInsertRows();
    return m_records.back().id;
}

void TxHistoryModel::update(const TxRecord& record)
{
    const auto it = std::find_if(m_records.begin(), m_records.end(), [&](const TxRecord& existing) {
        return existing.id == record.id;
    });
    if (it == m_records.end() || *it == record)
        return;
    *it = record;
    const int row = static_cast<int>(it - m_records.begin());
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TxHistoryModel::reset(std::vector<TxRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    m_nextId = 1;
    for (const TxRecord& record : m_records)
        m_nextId = std::max(m_nextId, record.id + 1);
    endResetModel();
}

void TxHistoryModel::clear()
{
    if (m_records.empty())
        return;
    reset({});
}

std::optional<TxRecord> TxHistoryModel::find(quint64 id) const
{
    const auto it = std::find_if(m_records.begin(), m_records.end(),
                                 [&](const TxRecord& record) { return record.id == id; });
    return it == m_records.end() ? std::nullopt : std::optional<TxRecord>(*it);
}

std::optional<TxRecord> TxHistoryModel::find(const Hash& hash) const
{
    const auto it = std::find_if(m_records.begin(), m_records.end(),
                                 [&](const TxRecord& record) { return record.hash == hash; });
    return it == m_records.end() ? std::nullopt : std::optional<TxRecord>(*it);
}

int TxHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int TxHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TxHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TxRecord& record = m_records[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(record.time);
        case ActionColumn:
            return description(record, m_addressBook);
        case ToColumn:
            return QString::fromStdString(record.recipient ? record.recipient->checksummed()
                                                           : record.to.checksummed());
        case AmountColumn:
            return shownAmount(record.amount);
        case StatusColumn:
            return statusText(record);
        case NonceColumn:
            return record.nonce ? QVariant(*record.nonce) : QVariant();
        case BlockColumn:
            return record.block ? QVariant(*record.block) : QVariant();
        case GasUsedColumn:
            return record.gasUsed ? QVariant(*record.gasUsed) : QVariant();
        case HashColumn:
            return record.hash ? QString::fromStdString(record.hash->hex()) : QString();
        }
        return {};
    case RawActionRole:
        return record.action;
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusIcon(record)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !record.error.isEmpty())
            return record.error;
        if (index.column() == ToColumn && record.recipient)
            //: %1 is the address of a token contract.
            return tr("Token contract %1").arg(QString::fromStdString(record.to.checksummed()));
        if (index.column() == ActionColumn) {
            const QString encryption = record.shielded ? tr("Shielded: the calldata was encrypted")
                                                       : tr("Transparent: the calldata is public");
            // The function as signed, e.g. "transfer(address,suint256)", above.
            return record.action.isEmpty() ? encryption
                                           : record.action + QLatin1Char('\n') + encryption;
        }
        return {};
    case IdRole:
        return record.id;
    case TxHashRole:
        return record.hash ? QVariant(QString::fromStdString(record.hash->hex())) : QVariant();
    case StatusRole:
        return static_cast<int>(record.status);
    }
    return {};
}

QVariant TxHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        //: Column header: the contract function a transaction called.
        return tr("Action");
    case ToColumn:
        //: Column header: who receives the tokens, or the contract called.
        return tr("To");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    case NonceColumn:
        return tr("Nonce");
    case BlockColumn:
        return tr("Block");
    case GasUsedColumn:
        return tr("Gas used");
    case HashColumn:
        return tr("Transaction");
    }
    return {};
}

} // namespace seismic::app
