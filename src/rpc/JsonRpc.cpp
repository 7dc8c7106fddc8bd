// SPDX-License-Identifier: MIT
#include "rpc/JsonRpc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace seismic::rpc {

namespace {

bool isPlainName(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'_';
    });
}

// Method names are identifiers in practice; anything else goes through the JSON encoder.
void appendJsonString(QByteArray& out, const QString& text)
{
    if (isPlainName(text)) {
        out += '"';
        out += text.toLatin1();
        out += '"';
        return;
    }
    const auto array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    out += array.mid(1, array.size() - 2);
}

void appendRequest(QByteArray& out, std::uint64_t id, const QString& method,
                   const QJsonArray& params)
{
    out += R"({"jsonrpc":"2.0","id":)";
    out += QByteArray::number(static_cast<qulonglong>(id));
    out += R"(,"method":)";
    appendJsonString(out, method);
    out += R"(,"params":)";
    if (params.isEmpty())
        out += "[]";
    else
        out += QJsonDocument(params).toJson(QJsonDocument::Compact);
    out += '}';
}

std::string excerpt(const QByteArray& body)
{
    constexpr qsizetype kLimit = 120;
    std::string text = body.left(kLimit).toStdString();
    for (auto& c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            c = '?';
    }
    if (body.size() > kLimit)
        text += "...";
    return text;
}

Result<QJsonDocument> parseBody(const QByteArray& body)
{
    QJsonParseError parseError;
    auto document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorKind::Decode, "malformed JSON-RPC response (" +
                                                parseError.errorString().toStdString() +
                                                " at offset " + std::to_string(parseError.offset) +
                                                "): " + excerpt(body));
    }
    return document;
}

// Any JSON value as compact text (QJsonDocument only serializes arrays and objects).
std::string compactJson(const QJsonValue& value)
{
    const auto array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2).toStdString();
}

std::string idText(const QJsonValue& id)
{
    return id.isUndefined() ? std::string("missing") : compactJson(id);
}

} // namespace

QByteArray encodeRequest(std::uint64_t id, const QString& method, const QJsonArray& params)
{
    QByteArray out;
    out.reserve(128 + method.size()); // fits the usual call without growing
    appendRequest(out, id, method, params);
    return out;
}

QByteArray encodeBatch(std::uint64_t firstId, const std::vector<RpcRequest>& requests)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(requests.size()) * 72 + 2);
    out += '[';
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (i)
            out += ',';
        appendRequest(out, firstId + i, requests[i].method, requests[i].params);
    }
    out += ']';
    return out;
}

Error errorFromObject(const QJsonObject& error)
{
    Error out = makeError(ErrorKind::JsonRpc, error.value("message").toString().toStdString());
    out.code = error.value("code").toInt();
    const auto data = error.value("data");
    if (data.isString())
        out.data = data.toString().toStdString();
    else if (!data.isUndefined() && !data.isNull())
        out.data = compactJson(data);
    if (out.message.empty())
        out.message = "error " + std::to_string(out.code);
    return out;
}

Result<QJsonValue> resultFromResponse(const QJsonObject& response)
{
    const auto error = response.value("error");
    if (error.isObject())
        return errorFromObject(error.toObject());
    const auto result = response.value("result");
    if (result.isUndefined())
        return makeError(ErrorKind::Decode, "JSON-RPC response has neither result nor error");
    return result;
}

std::optional<std::uint64_t> responseId(const QJsonObject& response)
{
    const auto id = response.value("id");
    if (!id.isDouble())
        return std::nullopt;
    const double value = id.toDouble();
    // Checked before the cast: converting 2^64 or more to an integer is undefined behaviour.
    constexpr double kTwoTo64 = 18446744073709551616.0;
    if (!(value >= 0 && value < kTwoTo64) ||
        value != static_cast<double>(static_cast<std::uint64_t>(value)))
        return std::nullopt;
    return static_cast<std::uint64_t>(value);
}

Result<QJsonValue> decodeResponse(const QByteArray& body, std::uint64_t id)
{
    auto document = parseBody(body);
    if (!document)
        return std::move(document).error();
    if (!document->isObject()) {
        return makeError(ErrorKind::Decode, "JSON-RPC response is not an object: " + excerpt(body));
    }
    const auto response = document->object();
    const auto got = responseId(response);
    if (got != id) {
        // A server that cannot parse the request answers with id null and an error: report it.
        if (response.value("id").isNull() && response.value("error").isObject())
            return errorFromObject(response.value("error").toObject());
        return makeError(ErrorKind::Decode, "JSON-RPC response id " + idText(response.value("id")) +
                                                " does not match request id " + std::to_string(id));
    }
    return resultFromResponse(response);
}

std::vector<Result<QJsonValue>> decodeBatchResponse(const QByteArray& body, std::uint64_t firstId,
                                                    std::size_t count)
{
    auto failAll = [count](const Error& error) {
        return std::vector<Result<QJsonValue>>(count, Result<QJsonValue>(error));
    };
    auto document = parseBody(body);
    if (!document)
        return failAll(document.error());
    if (document->isObject()) {
        const auto object = document->object();
        if (object.value("error").isObject())
            return failAll(errorFromObject(object.value("error").toObject()));
        return failAll(makeError(ErrorKind::Decode,
                                 "JSON-RPC batch answered with a single object: " + excerpt(body)));
    }
    std::vector<std::optional<Result<QJsonValue>>> slots(count);
    for (const auto& entry : document->array()) {
        const auto response = entry.toObject();
        const auto id = responseId(response);
        if (!id || *id < firstId || *id - firstId >= count)
            continue; // unknown ids are ignored; their calls stay unanswered
        // Two answers to one call: which one is right cannot be known, nor whether the
        // others are paired with the right calls.
        if (slots[*id - firstId])
            return failAll(makeError(ErrorKind::Decode, "JSON-RPC batch response answers id " +
                                                            std::to_string(*id) + " twice"));
        slots[*id - firstId] = resultFromResponse(response);
    }
    std::vector<Result<QJsonValue>> results;
    results.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (slots[i])
            results.push_back(std::move(*slots[i]));
        else
            results.push_back(
                makeError(ErrorKind::Decode, "JSON-RPC batch response has no entry for id " +
                                                 std::to_string(firstId + i)));
    }
    return results;
}

} // namespace seismic::rpc
