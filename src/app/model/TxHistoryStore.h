// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/TxRecord.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace seismic::app {

struct NetworkConfig;
class TxHistoryModel;

// Keeps a TxHistoryModel on disk: one JSON file per network and account under `directory`,
// rewritten atomically (QSaveFile, mode 0600) whenever a record is added or changes. A file that
// cannot be read completely is renamed to "<file>.corrupt-<time>" and logged; the records that
// could be read are kept. Plaintext calldata stays in the file only while a transaction is
// pending (see TxRecord).
class TxHistoryStore : public QObject
{
    Q_OBJECT

public:
    TxHistoryStore(QString directory, TxHistoryModel& model, QObject* parent = nullptr);

    // <directory>/<chain id>-<network name>/<account>.json, every part file-name safe.
    static QString filePath(const QString& directory, const NetworkConfig& network,
                            const Address& account);

    // The records of a history file's contents, and what was wrong with it (empty if nothing).
    struct Contents
    {
        std::vector<TxRecord> records;
        QString problem;
    };
    static Contents parse(const QByteArray& json);
    static QByteArray serialize(const std::vector<TxRecord>& records);
    // One record as the file holds it (the store keeps send history rows in the same form).
    static QJsonObject recordToJson(const TxRecord& record);
    static Result<TxRecord> recordFromJson(const QJsonObject& object);
    // "<chain id>-<network name>", file-name safe: the folder of a network's histories.
    static QString networkFolder(const NetworkConfig& network);

    // Loads the history of `account` on `network` into the model, replacing what it held, and
    // saves later changes there. No account: an empty history that is not saved.
    void open(const NetworkConfig& network, const std::optional<Address>& account);
    // The file in use; empty while there is none.
    const QString& path() const { return m_path; }
    // Writes the model to the file now.
    Status save() const;
    // Writes `record` (replacing the one with its id) into the history of `account` on
    // `network`, which is not the one open: a send that ends after the user switched away is
    // kept where it was sent from. A damaged file is left as it is (a Decode error).
    Status amend(const NetworkConfig& network, const Address& account,
                 const TxRecord& record) const;

Q_SIGNALS:
    // The model holds the history of another network or account.
    void opened();

private:
    void changed();
    // Writes `records` to `path` atomically, private to the user.
    static Status writeFile(const QString& path, const std::vector<TxRecord>& records);

    QString m_directory;
    TxHistoryModel& m_model;
    QString m_path;
};

} // namespace seismic::app
