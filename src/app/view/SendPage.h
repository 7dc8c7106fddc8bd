// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/SendRequest.h"

#include <QCoro/QCoroTask>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;

namespace Ui {
class SendPage;
}

namespace seismic::app {

class AddressBook;
class ChainModel;
struct SendFormValidation;
class WalletModel;
struct TxRecord;

// The send form, in two modes. A token transfer: token (from the balances), recipient and amount,
// validated as typed (EIP-55 checksum, exact decimal amount within the token's decimals and the
// known balance). A contract call: contract address, JSON ABI file, one of the ABI's functions
// that write, and one validated field per parameter (shielded parameters marked). Each problem
// is shown next to its field; the page also says why sending is not possible yet (no account,
// locked, not connected) and shows the progress of the last send. Review emits sendRequested()
// for the send activity.
class SendPage : public QWidget
{
    Q_OBJECT

public:
    SendPage(WalletModel& wallet, ChainModel& chain, QWidget* parent = nullptr);
    ~SendPage() override;

    // Why the send activity cannot send now (translated); empty when it can.
    void setUnavailableReason(const QString& reason);
    // The token picked for a transfer; none before the balances are listed.
    std::optional<TokenBalance> selectedToken() const;
    // The recipient as typed, if it is an address.
    std::optional<Address> recipient() const;
    // Puts an exact amount in the amount field, in the user's locale.
    void setAmount(const Uint256& amount, unsigned decimals);

    // Completes the recipient from the address book (it outlives the page).
    void setAddressBook(const AddressBook* book);
    // The send activity works on the request (estimating gas…): review waits until it is done.
    void showActivity(const QString& text);
    // The request could not be prepared (the call would revert, the node refused…): nothing was
    // sent.
    void showProblem(const QString& text);
    // Where the last confirmed send stands.
    void showProgress(const TxRecord& record);
    // Reads the JSON ABI at `path` off the GUI thread, then lists its functions that write;
    // abiLoaded() when done.
    void loadAbi(const QString& path);

Q_SIGNALS:
    void sendRequested(const seismic::app::SendRequest& request);
    // A read-only function was asked for: the controller reads it.
    void readRequested(const seismic::app::SendRequest& request);
    // "Max": the controller works out the largest amount that can be sent.
    void maximumRequested();
    void abiLoaded();

private:
    // The form's fields, validated by SendFormValidator.
    SendFormValidation validate() const;
    Result<const AbiFunction*> selectedFunction() const;
    void update();
    void review();
    void chooseAbiFile();
    QCoro::Task<> readAbi(QString path);
    void showFunctions();
    void showArguments();
    void setBusy(bool busy, const QString& text);

    std::unique_ptr<Ui::SendPage> m_ui;
    WalletModel& m_wallet;
    ChainModel& m_chain;
    QString m_unavailableReason;
    bool m_busy = false;
    QString m_reviewText; // "Review and Send…", translated
    // The ABI file last read (or being read), and what it holds.
    QString m_abiPath;
    std::optional<ContractAbi> m_abi;
    QString m_abiProblem;
    quint64 m_abiLoads = 0;
    bool m_abiReading = false;
    std::vector<QLineEdit*> m_argumentEdits;
    std::vector<QLabel*> m_argumentErrors;
};

} // namespace seismic::app
