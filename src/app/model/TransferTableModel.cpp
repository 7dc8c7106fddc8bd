// SPDX-License-Identifier: MIT
#include "app/model/TransferTableModel.h"

#include "core/Units.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QtEndian>

namespace seismic::app {

TransferTableModel::TransferTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QByteArray TransferTableModel::keyOf(const TransferRecord& transfer)
{
    QByteArray key(reinterpret_cast<const char*>(transfer.txHash.bytes.data()),
                   static_cast<qsizetype>(transfer.txHash.bytes.size()));
    const quint32 logIndex = qToBigEndian(transfer.logIndex);
    key.append(reinterpret_cast<const char*>(&logIndex), sizeof logIndex);
    return key;
}

void TransferTableModel::addTransfers(const std::vector<TransferRecord>& transfers)
{
    if (transfers.empty())
        return;
    m_received += transfers.size();
    if (m_paused)
        m_pending.insert(m_pending.end(), transfers.begin(), transfers.end());
    else
        insert(transfers);
    Q_EMIT countsChanged();
}

void TransferTableModel::insert(const std::vector<TransferRecord>& transfers)
{
    std::vector<TransferRecord> fresh;
    for (const TransferRecord& transfer : transfers) {
        const QByteArray key = keyOf(transfer);
        if (const auto known = m_rowByKey.constFind(key); known != m_rowByKey.constEnd()) {
            // Known from an earlier batch (a row of the table) or from this one (not yet).
            const auto row = static_cast<std::size_t>(*known);
            const bool shown = row < m_rows.size();
            TransferRecord& existing = shown ? m_rows[row] : fresh[row - m_rows.size()];
            if (existing.removed != transfer.removed) {
                existing.removed = transfer.removed;
                if (shown)
                    Q_EMIT dataChanged(index(*known, 0), index(*known, ColumnCount - 1));
            }
            continue;
        }
        // A removal of a transfer never shown has nothing to undo.
        if (transfer.removed)
            continue;
        m_rowByKey.insert(key, static_cast<int>(m_rows.size() + fresh.size()));
        fresh.push_back(transfer);
    }
    if (fresh.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(fresh.begin()),
                  std::make_move_iterator(fresh.end()));
    endInsertRows();
}

void TransferTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowByKey.clear();
    endResetModel();
    m_pending.clear();
    m_received = 0;
    Q_EMIT countsChanged();
}

void TransferTableModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused) {
        std::vector<TransferRecord> pending;
        pending.swap(m_pending);
        insert(pending);
        Q_EMIT countsChanged();
    }
    Q_EMIT pausedChanged();
}

int TransferTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TransferTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TransferRecord& transfer = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return transfer.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case BlockColumn:
            return transfer.blockNumber;
        case TokenColumn:
            return transfer.tokenSymbol;
        case FromColumn:
            return QString::fromStdString(transfer.from.checksummed());
        case ToColumn:
            return QString::fromStdString(transfer.to.checksummed());
        case AmountColumn:
            //: Shown instead of an SRC20 amount that cannot be decrypted.
            return transfer.amount
                       ? QString::fromStdString(formatUnits(*transfer.amount, transfer.decimals))
                       : tr("encrypted");
        case TxHashColumn:
            return QString::fromStdString(transfer.txHash.hex());
        }
        return {};
    case Qt::ToolTipRole:
        if (transfer.removed)
            return tr("Removed: a chain reorganisation dropped this transfer's block");
        if (index.column() == AmountColumn && !transfer.amount)
            return tr("Register a viewing key for this token to see its amounts");
        return {};
    case Qt::FontRole:
        if (transfer.removed) {
            QFont font;
            font.setStrikeOut(true);
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
    case TxHashColumn:
        return tr("Transaction");
    }
    return {};
}

} // namespace seismic::app
