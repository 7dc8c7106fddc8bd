// SPDX-License-Identifier: MIT
#include "app/model/TxHistoryModel.h"

#include <QLocale>

#include <algorithm>

namespace seismic::app {
namespace {

QString statusText(const TxRecord& record)
{
    switch (record.status) {
    case TxStatus::Encrypting:
        return TxHistoryModel::tr("Encrypting…");
    case TxStatus::Signing:
        return TxHistoryModel::tr("Signing…");
    case TxStatus::Sent:
        //: Transaction status: sent to the network, not yet in a block.
        return TxHistoryModel::tr("Sent");
    case TxStatus::Confirmed:
        return record.block ? TxHistoryModel::tr("Confirmed in block %1").arg(*record.block)
                            : TxHistoryModel::tr("Confirmed");
    case TxStatus::Failed:
        return record.error.isEmpty() ? TxHistoryModel::tr("Failed")
                                      : TxHistoryModel::tr("Failed: %1").arg(record.error);
    case TxStatus::Expired:
        //: Transaction status: not included before its expiry block.
        return TxHistoryModel::tr("Expired");
    }
    Q_UNREACHABLE();
}

} // namespace

TxHistoryModel::TxHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

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

void TxHistoryModel::clear()
{
    if (m_records.empty())
        return;
    beginResetModel();
    m_records.clear();
    endResetModel();
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
            return QLocale().toString(record.time, QLocale::ShortFormat);
        case ActionColumn:
            return record.action;
        case ToColumn:
            return QString::fromStdString(record.to.checksummed());
        case StatusColumn:
            return statusText(record);
        case NonceColumn:
            return record.nonce ? QVariant(*record.nonce) : QVariant();
        case BlockColumn:
            return record.block ? QVariant(*record.block) : QVariant();
        case HashColumn:
            return record.hash ? QString::fromStdString(record.hash->hex()) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !record.error.isEmpty())
            return record.error;
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
        //: Column header: the contract a transaction was sent to.
        return tr("Contract");
    case StatusColumn:
        return tr("Status");
    case NonceColumn:
        return tr("Nonce");
    case BlockColumn:
        return tr("Block");
    case HashColumn:
        return tr("Transaction");
    }
    return {};
}

} // namespace seismic::app
