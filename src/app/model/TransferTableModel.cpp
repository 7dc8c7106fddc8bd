// SPDX-License-Identifier: MIT
#include "app/model/TransferTableModel.h"

#include "app/AppLogging.h"
#include "app/model/AddressBook.h"
#include "app/model/AmountText.h"
#include "app/model/TimeText.h"
#include "app/model/TransferText.h"
#include "core/Units.h"
#include "store/TransferStore.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

#include <algorithm>

namespace seismic::app {

using store::TransferQuery;
using store::TransferRecord;
using store::TransferStore;
using store::WatchCursor;
namespace {

TransferQuery::Order orderOf(int column)
{
    switch (column) {
    case TransferTableModel::BlockColumn:
        return TransferQuery::Order::Block;
    case TransferTableModel::TokenColumn:
        return TransferQuery::Order::Token;
    case TransferTableModel::FromColumn:
        return TransferQuery::Order::From;
    case TransferTableModel::ToColumn:
        return TransferQuery::Order::To;
    case TransferTableModel::AmountColumn:
        return TransferQuery::Order::Amount;
    case TransferTableModel::TxHashColumn:
        return TransferQuery::Order::Transaction;
    default:
        return TransferQuery::Order::Arrival;
    }
}

} // namespace

TransferTableModel::TransferTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_query.upToId = 0;
    // Newest first.
    m_query.descending = true;
}

TransferTableModel::~TransferTableModel() = default;

void TransferTableModel::setStore(TransferStore* store)
{
    beginResetModel();
    m_store = store;
    m_window.clear();
    moveSnapshot();
    recount();
    endResetModel();
    Q_EMIT countsChanged();
}

void TransferTableModel::setNetwork(std::optional<qint64> network)
{
    if (network.value_or(0) == m_query.network)
        return;
    beginResetModel();
    m_query.network = network.value_or(0);
    m_window.clear();
    m_received = 0;
    m_pending = 0;
    m_unseen = 0;
    moveSnapshot();
    recount();
    endResetModel();
    Q_EMIT countsChanged();
}

void TransferTableModel::fail(const Error& error) const
{
    m_lastError = QString::fromStdString(error.describe());
    qCWarning(lcWallet).noquote() << "transfer store:" << m_lastError;
}

void TransferTableModel::moveSnapshot()
{
    if (!m_store) {
        m_query.upToId = 0;
        return;
    }
    auto last = m_store->lastId();
    if (last)
        m_query.upToId = *last;
    else
        fail(last.error());
}

Result<qint64> TransferTableModel::countOf(TransferQuery query, std::optional<qint64> afterId,
                                           bool filtered) const
{
    if (!filtered) {
        TransferQuery unfiltered;
        unfiltered.network = query.network;
        unfiltered.upToId = query.upToId;
        // The watch's scope is not a filter: the total is what the watch covers.
        unfiltered.party = query.party;
        unfiltered.tokenContract = query.tokenContract;
        query = unfiltered;
    }
    query.afterId = afterId;
    return m_store->count(query);
}

bool TransferTableModel::recount()
{
    m_rows = 0;
    m_total = 0;
    if (!m_store || m_query.network == 0)
        return true;
    auto total = countOf(m_query, std::nullopt, false);
    if (!total) {
        fail(total.error());
        return false;
    }
    m_total = *total;
    return recountFiltered();
}

bool TransferTableModel::recountFiltered()
{
    m_rows = 0;
    if (!m_store || m_query.network == 0)
        return true;
    const bool unfiltered =
        m_query.token.isEmpty() && m_query.address.isEmpty() && m_query.direction == Direction::All;
    if (unfiltered) {
        m_rows = m_total;
        return true;
    }
    auto rows = countOf(m_query, std::nullopt, true);
    if (!rows) {
        fail(rows.error());
        return false;
    }
    m_rows = *rows;
    return true;
}

Status TransferTableModel::addTransfers(const std::vector<TransferRecord>& transfers,
                                        const WatchCursor* cursor)
{
    if (transfers.empty() && !cursor)
        return {};
    if (!m_store || m_query.network == 0)
        return makeError(ErrorKind::InvalidArgument, "no store or network to add transfers to");
    m_received += transfers.size();
    if (auto written = m_store->write(m_query.network, transfers, cursor); !written) {
        fail(written.error());
        Q_EMIT countsChanged();
        return written;
    }
    if (m_paused) {
        TransferQuery newer = m_query;
        newer.upToId.reset();
        auto pending = countOf(newer, m_query.upToId, false);
        if (pending)
            m_pending = *pending;
        else
            fail(pending.error());
        Q_EMIT countsChanged();
        return {};
    }
    refresh();
    return {};
}

void TransferTableModel::refresh()
{
    m_window.clear();
    const qint64 shown = m_rows;
    const bool arrival = m_query.order == TransferQuery::Order::Arrival;
    if (!m_paused && m_store && m_query.network != 0) {
        auto last = m_store->lastId();
        if (!last) {
            fail(last.error());
            return;
        }
        TransferQuery next = m_query;
        next.upToId = *last;
        auto added = countOf(next, m_query.upToId, true);
        auto addedTotal = countOf(next, m_query.upToId, false);
        if (!added || !addedTotal) {
            fail(added ? addedTotal.error() : added.error());
            return;
        }
        // In the order of arrival new rows come at one end: newest first, at the top.
        const bool atTop = arrival && m_query.descending;
        const int first = atTop ? 0 : static_cast<int>(m_rows);
        if (*added > 0)
            beginInsertRows({}, first, first + static_cast<int>(*added) - 1);
        m_query.upToId = *last;
        m_rows += *added;
        m_total += *addedTotal;
        m_pending = 0;
        // Arriving above a view that looks elsewhere.
        if (!m_following && atTop)
            m_unseen += static_cast<int>(*added);
        if (*added > 0)
            endInsertRows();
    }
    // Rows shown before may have changed in place (removed by a reorg, decrypted); in another
    // order than arrival, new rows may sort anywhere.
    if (arrival) {
        if (shown > 0) {
            const int first = m_query.descending ? static_cast<int>(m_rows - shown) : 0;
            Q_EMIT dataChanged(index(first, 0),
                               index(first + static_cast<int>(shown) - 1, ColumnCount - 1));
        }
    } else if (m_rows > 0) {
        Q_EMIT layoutAboutToBeChanged();
        Q_EMIT layoutChanged();
    }
    Q_EMIT countsChanged();
}

void TransferTableModel::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following && m_unseen != 0) {
        m_unseen = 0;
        Q_EMIT countsChanged();
    }
}

void TransferTableModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused)
        refresh();
    Q_EMIT pausedChanged();
}

void TransferTableModel::changeQuery(const TransferQuery& query)
{
    if (query == m_query)
        return;
    // Another order has the same rows; other filters, the same total.
    TransferQuery reordered = m_query;
    reordered.order = query.order;
    reordered.descending = query.descending;
    const bool sameRows = reordered == query;
    const bool sameScope =
        m_query.party == query.party && m_query.tokenContract == query.tokenContract;
    beginResetModel();
    m_query = query;
    m_window.clear();
    m_unseen = 0;
    if (!sameScope)
        recount();
    else if (!sameRows)
        recountFiltered();
    endResetModel();
    Q_EMIT countsChanged();
}

void TransferTableModel::setTokenFilter(const QString& text)
{
    TransferQuery query = m_query;
    query.token = text.trimmed();
    changeQuery(query);
}

void TransferTableModel::setAddressFilter(const QString& text)
{
    TransferQuery query = m_query;
    query.address = text.trimmed();
    changeQuery(query);
}

void TransferTableModel::setDirection(Direction direction)
{
    TransferQuery query = m_query;
    query.direction = direction;
    changeQuery(query);
}

void TransferTableModel::setAccount(const std::optional<Address>& account)
{
    TransferQuery query = m_query;
    query.account = account;
    changeQuery(query);
}

void TransferTableModel::setAddressBook(const AddressBook* book)
{
    followAddressBook(*this, m_addressBook, book, FromColumn, ToColumn);
}

QString TransferTableModel::partyText(const Address& address) const
{
    const QString text = QString::fromStdString(address.checksummed());
    const QString label = m_addressBook ? m_addressBook->labelFor(address) : QString();
    //: %1 is an address book label, %2 the labelled address.
    return label.isEmpty() ? text : tr("%1 (%2)").arg(label, text);
}

QString TransferTableModel::partyToolTip(const Address& address) const
{
    const QString text = QString::fromStdString(address.checksummed());
    const QString label = m_addressBook ? m_addressBook->labelFor(address) : QString();
    return label.isEmpty() ? text : label + QLatin1Char('\n') + text;
}

void TransferTableModel::setScope(const std::optional<Address>& party,
                                  const std::optional<Address>& token)
{
    TransferQuery query = m_query;
    query.party = party;
    query.tokenContract = token;
    changeQuery(query);
}

void TransferTableModel::sort(int column, Qt::SortOrder order)
{
    TransferQuery query = m_query;
    query.order = orderOf(column);
    query.descending = order == Qt::DescendingOrder;
    changeQuery(query);
}

const TransferRecord* TransferTableModel::transfer(int row) const
{
    if (row < 0 || row >= m_rows || !m_store)
        return nullptr;
    const auto inWindow = [&] {
        return row >= m_windowStart && row < m_windowStart + static_cast<qint64>(m_window.size());
    };
    if (!inWindow()) {
        // Centred on the row, so that scrolling either way stays in the window for a while.
        const qint64 start = std::max<qint64>(0, row - kPageSize / 2);
        const qint64 end = std::min<qint64>(m_rows, start + kPageSize);
        // An OFFSET costs the rows it skips: past the middle, read from the other end (where
        // new rows arrive) in the reverse order.
        const bool fromEnd = start > m_rows / 2;
        TransferQuery query = m_query;
        query.descending = fromEnd != m_query.descending;
        auto rows = m_store->read(query, fromEnd ? m_rows - end : start, end - start);
        m_window.clear();
        if (!rows) {
            fail(rows.error());
            return nullptr;
        }
        m_windowStart = start;
        m_window = std::move(rows).value();
        if (fromEnd)
            std::reverse(m_window.begin(), m_window.end());
        if (!inWindow())
            return nullptr;
    }
    return &m_window[static_cast<std::size_t>(row - m_windowStart)];
}

int TransferTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows);
}

int TransferTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TransferRecord* row = transfer(index.row());
    if (!row)
        return {};
    const TransferRecord& transfer = *row;
    const TransferFlow flow = transferFlowOf(transfer, m_query.account);
    const bool mint = transfer.kind == client::TransferKind::Mint;
    const bool burn = transfer.kind == client::TransferKind::Burn;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(transfer.time);
        case BlockColumn:
            return transfer.blockNumber;
        case DirectionColumn:
            return TransferText::flow(flow);
        case TokenColumn:
            return transfer.tokenSymbol.isEmpty()
                       ? QString::fromStdString(transfer.token.checksummed())
                       : transfer.tokenSymbol;
        case FromColumn:
            //: Shown as the sender of a mint instead of the zero address.
            return mint ? tr("(new tokens)") : partyText(transfer.from);
        case ToColumn:
            //: Shown as the recipient of a burn instead of the zero address.
            return burn ? tr("(burned)") : partyText(transfer.to);
        case AmountColumn:
            //: Shown instead of an SRC20 amount that cannot be decrypted.
            return transfer.amount ? AmountText::exact(*transfer.amount, transfer.decimals)
                                   : tr("encrypted");
        case VisibilityColumn:
            return TransferText::visibility(transfer);
        case TxHashColumn:
            return QString::fromStdString(transfer.txHash.hex());
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == DirectionColumn && !TransferText::flowIcon(flow).isEmpty())
            return QIcon(TransferText::flowIcon(flow));
        if (index.column() == VisibilityColumn)
            return QIcon(TransferText::visibilityIcon(transfer));
        return {};
    case Qt::ToolTipRole:
        if (transfer.removed)
            return tr("Removed: a chain reorganisation dropped this transfer's block");
        switch (index.column()) {
        case TimeColumn:
            //: %1 is a block time in UTC.
            return transfer.time.isValid()
                       ? tr("%1 UTC").arg(transfer.time.toUTC().toString(Qt::ISODate))
                       : tr("The node did not say when this block was made");
        case BlockColumn:
            //: %L1 is a block number, %2 its hash.
            return tr("Block %L1\n%2")
                .arg(transfer.blockNumber)
                .arg(QString::fromStdString(transfer.blockHash.hex()));
        case TokenColumn:
            return QString::fromStdString(transfer.token.checksummed());
        case FromColumn:
            return mint ? tr("A mint: new tokens, from the zero address")
                        : partyToolTip(transfer.from);
        case ToColumn:
            return burn ? tr("A burn: tokens destroyed, sent to the zero address")
                        : partyToolTip(transfer.to);
        case AmountColumn:
            if (!transfer.amount)
                return tr("No viewing key of yours opens this amount. %1")
                    .arg(TransferText::visibilitySentence(transfer, m_query.account));
            //: %1 is the amount in whole tokens, %2 the symbol, %3 the amount in base units.
            return tr("%1 %2\n%3 base units")
                .arg(AmountText::exact(*transfer.amount, transfer.decimals), transfer.tokenSymbol,
                     QString::fromStdString(toDecimal(*transfer.amount)));
        case DirectionColumn:
        case VisibilityColumn:
            return TransferText::visibilitySentence(transfer, m_query.account);
        case TxHashColumn:
            //: %1 is a transaction hash; %2 the index of the transfer's first log in its block.
            return tr("%1\nlog %2")
                .arg(QString::fromStdString(transfer.txHash.hex()))
                .arg(transfer.logCount > 1 ? tr("%1 to %2")
                                                 .arg(transfer.logIndex)
                                                 .arg(transfer.logIndex + transfer.logCount - 1)
                                           : QString::number(transfer.logIndex));
        }
        return {};
    case Qt::FontRole:
        if (transfer.removed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if ((mint && index.column() == FromColumn) || (burn && index.column() == ToColumn)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (transfer.removed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == BlockColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TxHashRole:
        return QString::fromStdString(transfer.txHash.hex());
    case BlockRole:
        return transfer.blockNumber;
    case TokenRole:
        return QString::fromStdString(transfer.token.checksummed());
    case FromRole:
        return QString::fromStdString(transfer.from.checksummed());
    case ToRole:
        return QString::fromStdString(transfer.to.checksummed());
    case AmountRole:
        return transfer.amount ? QVariant(QString::fromStdString(toDecimal(*transfer.amount)))
                               : QVariant();
    case RemovedRole:
        return transfer.removed;
    case AmountDecimalRole:
        return transfer.amount ? QVariant(QString::fromStdString(
                                     formatUnits(*transfer.amount, transfer.decimals)))
                               : QVariant();
    case FlowRole:
        return static_cast<int>(flow);
    case VisibilityRole:
        return TransferText::visibilitySentence(transfer, m_query.account);
    }
    return {};
}

QVariant TransferTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case BlockColumn:
        return tr("Block");
    case DirectionColumn:
        //: Column header: in, out, self, mint or burn, relative to the account.
        return tr("Direction");
    case TokenColumn:
        return tr("Token");
    case FromColumn:
        //: Column header: the sender of a transfer.
        return tr("From");
    case ToColumn:
        //: Column header: the recipient of a transfer.
        return tr("To");
    case AmountColumn:
        return tr("Amount");
    case VisibilityColumn:
        //: Column header: who can read an SRC20 amount.
        return tr("Visibility");
    case TxHashColumn:
        return tr("Transaction");
    }
    return {};
}

} // namespace seismic::app
