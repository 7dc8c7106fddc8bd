// SPDX-License-Identifier: MIT
#include "store/StoreValues.h"

#include "store/StoreError.h"

#include <QMetaType>

#include <string>

namespace seismic::store {
namespace {

Error corrupt(const char* column, const char* problem)
{
    return storeError(StoreFailure::Corrupt,
                      std::string("the store's column ") + column + " holds " + problem);
}

Result<QByteArray> exactBlob(const QVariant& value, const char* column, qsizetype size)
{
    if (value.isNull() || value.typeId() != QMetaType::QByteArray)
        return corrupt(column, "a value that is not a BLOB");
    QByteArray blob = value.toByteArray();
    if (blob.size() != size)
        return corrupt(column, "a BLOB of the wrong size");
    return blob;
}

ByteView viewOf(const QByteArray& blob)
{
    return {reinterpret_cast<const std::uint8_t*>(blob.constData()),
            static_cast<std::size_t>(blob.size())};
}

} // namespace

QByteArray blobOf(ByteView bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

QByteArray blobOf(const Address& address)
{
    return blobOf(address.view());
}

QByteArray amountBlob(const Uint256& amount)
{
    return blobOf(toWord(amount).view());
}

QVariant nullBlob()
{
    return QVariant(QMetaType::fromType<QByteArray>());
}

Result<Address> readAddress(const QVariant& value, const char* column)
{
    auto blob = exactBlob(value, column, 20);
    if (!blob)
        return std::move(blob).error();
    return Address::fromView(viewOf(*blob));
}

Result<Hash> readHash(const QVariant& value, const char* column)
{
    auto blob = exactBlob(value, column, 32);
    if (!blob)
        return std::move(blob).error();
    return Hash::fromView(viewOf(*blob));
}

Result<Uint256> readAmount(const QVariant& value, const char* column)
{
    auto blob = exactBlob(value, column, 32);
    if (!blob)
        return std::move(blob).error();
    return uint256FromBytes(viewOf(*blob));
}

Result<std::uint64_t> readUnsigned(const QVariant& value, const char* column, std::uint64_t limit)
{
    if (value.isNull() ||
        (value.typeId() != QMetaType::LongLong && value.typeId() != QMetaType::Int))
        return corrupt(column, "a value that is not an INTEGER");
    const qlonglong number = value.toLongLong();
    if (number < 0 || static_cast<std::uint64_t>(number) > limit)
        return corrupt(column, "an INTEGER out of range");
    return static_cast<std::uint64_t>(number);
}

Result<QByteArray> readBlob(const QVariant& value, const char* column, qsizetype limit)
{
    if (value.isNull() || value.typeId() != QMetaType::QByteArray)
        return corrupt(column, "a value that is not a BLOB");
    QByteArray blob = value.toByteArray();
    if (blob.size() > limit)
        return corrupt(column, "a BLOB that is too long");
    return blob;
}

Result<QString> readText(const QVariant& value, const char* column, qsizetype limit)
{
    if (value.isNull() || value.typeId() != QMetaType::QString)
        return corrupt(column, "a value that is not TEXT");
    QString text = value.toString();
    if (text.size() > limit)
        return corrupt(column, "TEXT that is too long");
    return text;
}

} // namespace seismic::store
