// SPDX-License-Identifier: MIT
#include "app/view/SendPage.h"

#include "app/RunInPool.h"
#include "app/model/AmountText.h"
#include "app/model/ChainModel.h"
#include "app/model/ErrorText.h"
#include "app/model/TokenPickerModel.h"
#include "app/model/TokenTableModel.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/WalletModel.h"
#include "app/service/SendFormValidator.h"
#include "app/view/AddressCompleter.h"
#include "app/view/AddressText.h"
#include "core/abi/AbiJson.h"

#include "ui_SendPage.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>

namespace seismic::app {
namespace {

// ABI files larger than this are not ABIs (artifacts with bytecode stay far below).
constexpr qint64 kMaxAbiFileSize = 16 << 20;

Result<ContractAbi> readAbiFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, "cannot read " + path.toStdString() + ": " +
                                            file.errorString().toStdString());
    if (file.size() > kMaxAbiFileSize)
        return makeError(ErrorKind::InvalidArgument,
                         path.toStdString() + " is too large for a JSON ABI");
    return parseAbiJson(file.readAll().toStdString());
}

// Not a coroutine itself: a lambda temporary inside a co_await expression is destroyed twice
// by GCC 12.
QCoro::Task<Result<ContractAbi>> readAbiInPool(const QString& path)
{
    return runInPool(*QThreadPool::globalInstance(), [path] { return readAbiFile(path); });
}

// "amount (suint256, shielded)".
QString parameterText(const AbiParam& param, std::size_t index)
{
    const QString name = param.name.empty() ? QStringLiteral("arg%1").arg(index)
                                            : QString::fromStdString(param.name);
    const QString type = QString::fromStdString(param.type.canonicalName());
    //: %1 is a parameter name, %2 its type; shielded parameters are encrypted.
    return param.type.isShielded() ? SendPage::tr("%1 (%2, shielded)").arg(name, type)
                                   : QStringLiteral("%1 (%2)").arg(name, type);
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SendPage::SendPage(WalletModel& wallet, ChainModel& chain, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SendPage>())
    , m_wallet(wallet)
    , m_chain(chain)
{
    m_ui->setupUi(this);
    m_reviewText = m_ui->reviewButton->text();
    m_ui->tokenCombo->setModel(new TokenPickerModel(*m_wallet.tokens(), this));
    m_ui->tokenCombo->setModelColumn(TokenTableModel::SymbolColumn);
    m_ui->reviewButton->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));
    m_ui->functionCombo->setEnabled(false);

    connect(&m_wallet, &WalletModel::accountChanged, this, &SendPage::update);
    connect(&m_wallet, &WalletModel::lockStateChanged, this, &SendPage::update);
    connect(&m_chain, &ChainModel::statusChanged, this, &SendPage::update);
    connect(m_wallet.tokens(), &QAbstractItemModel::dataChanged, this, &SendPage::update);
    connect(m_wallet.tokens(), &QAbstractItemModel::modelReset, this, &SendPage::update);
    connect(m_ui->modeTabs, &QTabWidget::currentChanged, this, &SendPage::update);
    connect(m_ui->tokenCombo, &QComboBox::currentIndexChanged, this, &SendPage::update);
    connect(m_ui->maxButton, &QPushButton::clicked, this, &SendPage::maximumRequested);
    connect(m_ui->recipientEdit, &QLineEdit::textChanged, this, &SendPage::update);
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &SendPage::update);
    connect(m_ui->contractEdit, &QLineEdit::textChanged, this, &SendPage::update);
    // Enter always (re)reads the file; leaving the field reads it if the path changed.
    connect(m_ui->abiPathEdit, &QLineEdit::returnPressed, this,
            [this] { loadAbi(m_ui->abiPathEdit->text().trimmed()); });
    connect(m_ui->abiPathEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->abiPathEdit->text().trimmed() != m_abiPath)
            loadAbi(m_ui->abiPathEdit->text().trimmed());
    });
    connect(m_ui->browseAbiButton, &QPushButton::clicked, this, &SendPage::chooseAbiFile);
    connect(m_ui->functionCombo, &QComboBox::currentIndexChanged, this, &SendPage::showArguments);
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &SendPage::review);
    // Enter in a field of the form asks for the confirmation, as the review button does.
    for (QLineEdit* field : {m_ui->recipientEdit, m_ui->amountEdit, m_ui->contractEdit})
        connect(field, &QLineEdit::returnPressed, this, &SendPage::review);
    update();
}

SendPage::~SendPage() = default;

void SendPage::setUnavailableReason(const QString& reason)
{
    m_unavailableReason = reason;
    update();
}

void SendPage::showActivity(const QString& text)
{
    setBusy(true, text);
}

void SendPage::showProblem(const QString& text)
{
    setBusy(false, text);
}

void SendPage::showProgress(const TxRecord& record)
{
    const QString hash = record.hash ? QString::fromStdString(record.hash->hex()) : QString();
    QString text;
    switch (record.stage) {
    case SendStage::Sending:
        setBusy(false, TxHistoryModel::statusText(record));
        return;
    case SendStage::NotSent:
        setBusy(false, tr("Not sent: %1").arg(record.error));
        return;
    case SendStage::Sent:
        break;
    }
    switch (record.status) {
    case client::TxStatus::Pending:
        //: %1 is a transaction hash.
        text = tr("Sent %1; waiting for a block.").arg(hash);
        break;
    case client::TxStatus::Confirmed:
        //: %1 is a block number, %2 the gas the transaction used, %3 its hash.
        text = tr("Confirmed in block %1 (gas used %2): %3")
                   .arg(record.block.value_or(0))
                   .arg(record.gasUsed.value_or(0))
                   .arg(hash);
        break;
    case client::TxStatus::Failed:
        //: %1 is a block number, %2 the gas used, %3 the revert reason.
        text = tr("Failed in block %1 (gas used %2): %3")
                   .arg(record.block.value_or(0))
                   .arg(record.gasUsed.value_or(0))
                   .arg(record.error);
        break;
    case client::TxStatus::Expired:
        text = tr("Expired: %1").arg(record.error);
        break;
    case client::TxStatus::Replaced:
        //: %1 says which transaction used the nonce.
        text = tr("Replaced: %1").arg(record.error);
        break;
    }
    setBusy(false, text);
}

void SendPage::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_ui->progressLabel->setText(text);
    update();
}

void SendPage::loadAbi(const QString& path)
{
    m_abiPath = path;
    if (m_ui->abiPathEdit->text() != path)
        m_ui->abiPathEdit->setText(path);
    readAbi(path);
}

void SendPage::chooseAbiFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose the Contract’s ABI"),
                                   QFileInfo(m_ui->abiPathEdit->text()).absolutePath(),
                                   tr("JSON files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &SendPage::loadAbi);
    dialog->open();
}

QCoro::Task<> SendPage::readAbi(QString path)
{
    const QPointer<SendPage> self(this);
    const quint64 load = ++m_abiLoads;
    m_abi.reset();
    m_abiProblem.clear();
    m_abiReading = false;
    showFunctions();
    if (path.isEmpty()) {
        Q_EMIT abiLoaded();
        co_return;
    }
    m_abiReading = true;
    update();
    auto abi = co_await readAbiInPool(path);
    if (!self || load != m_abiLoads)
        co_return;
    m_abiReading = false;
    if (abi)
        m_abi = std::move(abi).value();
    else
        m_abiProblem = errorText(abi.error());
    showFunctions();
    Q_EMIT abiLoaded();
}

void SendPage::showFunctions()
{
    const QSignalBlocker blocker(m_ui->functionCombo);
    m_ui->functionCombo->clear();
    if (m_abi) {
        for (const AbiFunction& function : m_abi->functions()) {
            QStringList params;
            for (std::size_t i = 0; i < function.inputs().size(); ++i)
                params << parameterText(function.inputs()[i], i);
            const QString text = QStringLiteral("%1(%2)").arg(
                QString::fromStdString(function.name()), params.join(QStringLiteral(", ")));
            m_ui->functionCombo->addItem(function.isReadOnly()
                                             //: A function that only reads; %1 its signature.
                                             ? tr("%1 — read").arg(text)
                                             : text,
                                         QString::fromStdString(function.signature()));
        }
    }
    m_ui->functionCombo->setEnabled(m_ui->functionCombo->count() > 0);
    showArguments();
}

void SendPage::showArguments()
{
    while (m_ui->argumentsForm->rowCount() > 0)
        m_ui->argumentsForm->removeRow(0);
    m_argumentEdits.clear();
    m_argumentErrors.clear();
    const auto function = selectedFunction();
    if (function) {
        const auto& inputs = (*function)->inputs();
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            auto* edit = new QLineEdit(m_ui->argumentsWidget);
            edit->setObjectName(QStringLiteral("argumentEdit%1").arg(i));
            edit->setAccessibleName(parameterText(inputs[i], i));
            edit->setPlaceholderText(QString::fromStdString(inputs[i].type.canonicalName()));
            auto* error = new QLabel(m_ui->argumentsWidget);
            error->setObjectName(QStringLiteral("argumentError%1").arg(i));
            //: %1 is a parameter with its type.
            error->setAccessibleName(tr("Problem with %1").arg(parameterText(inputs[i], i)));
            error->setWordWrap(true);
            error->setTextFormat(Qt::PlainText);
            error->hide();
            m_ui->argumentsForm->addRow(parameterText(inputs[i], i) + QLatin1Char(':'), edit);
            m_ui->argumentsForm->addRow(QString(), error);
            connect(edit, &QLineEdit::textChanged, this, &SendPage::update);
            connect(edit, &QLineEdit::returnPressed, this, &SendPage::review);
            m_argumentEdits.push_back(edit);
            m_argumentErrors.push_back(error);
        }
    }
    update();
}

Result<const AbiFunction*> SendPage::selectedFunction() const
{
    const QString signature = m_ui->functionCombo->currentData().toString();
    if (!m_abi || signature.isEmpty())
        return makeError(ErrorKind::NotFound, "no function is selected");
    return m_abi->function(signature.toStdString());
}

SendFormValidation SendPage::validate() const
{
    SendForm form;
    form.mode = m_ui->modeTabs->currentWidget() == m_ui->tokenTab ? SendForm::Mode::Transfer
                                                                  : SendForm::Mode::ContractCall;
    form.hasAccount = m_wallet.account().has_value();
    form.watchOnly = m_wallet.isWatchOnly();
    form.unlocked = m_wallet.isUnlocked();
    form.connected = m_chain.status() == ConnectionStatus::Connected;
    form.unavailableReason = m_unavailableReason;
    if (const int row = m_ui->tokenCombo->currentIndex(); row >= 0)
        form.token = m_wallet.tokens()->token(row);
    form.recipient = m_ui->recipientEdit->text();
    form.amount = m_ui->amountEdit->text();
    form.contract = m_ui->contractEdit->text();
    form.abiPath = m_ui->abiPathEdit->text();
    form.abi = m_abi;
    form.abiProblem = m_abiProblem;
    form.abiReading = m_abiReading;
    form.function = m_ui->functionCombo->currentData().toString();
    for (const QLineEdit* edit : m_argumentEdits)
        form.arguments.push_back(edit->text());
    return SendFormValidator::validate(form);
}

std::optional<TokenBalance> SendPage::selectedToken() const
{
    const int row = m_ui->tokenCombo->currentIndex();
    if (row < 0 || row >= m_wallet.tokens()->rowCount())
        return std::nullopt;
    return m_wallet.tokens()->token(row);
}

std::optional<Address> SendPage::recipient() const
{
    auto parsed = Address::parse(m_ui->recipientEdit->text().trimmed().toStdString());
    if (!parsed)
        return std::nullopt;
    return *parsed;
}

void SendPage::setAmount(const Uint256& amount, unsigned decimals)
{
    m_ui->amountEdit->setText(AmountText::exact(amount, decimals));
}

void SendPage::setAddressBook(const AddressBook* book)
{
    m_ui->recipientEdit->setCompleter(book ? new AddressCompleter(*book, this) : nullptr);
}

void SendPage::update()
{
    const auto account = m_wallet.account();
    m_ui->fromLabel->setText(account ? addressText(*account) : tr("No account"));
    const SendFormValidation validation = validate();
    showError(m_ui->recipientErrorLabel, validation.recipientError);
    showError(m_ui->amountErrorLabel, validation.amountError);
    showError(m_ui->contractErrorLabel, validation.contractError);
    showError(m_ui->abiErrorLabel, validation.abiError);
    for (std::size_t i = 0; i < m_argumentErrors.size(); ++i)
        showError(m_argumentErrors[i], validation.argumentErrors[i]);
    m_ui->stateLabel->setText(validation.problem);
    m_ui->reviewButton->setEnabled(validation.request.has_value() && !m_busy);
    // A read-only function is queried, not sent.
    const bool read =
        validation.request && validation.request->kind == SendRequest::Kind::ContractRead;
    m_ui->reviewButton->setText(read ? tr("&Query") : m_reviewText);
    m_ui->reviewButton->setToolTip(read ? tr("Call this read-only function (a signed read when "
                                             "its inputs are shielded) and show what it "
                                             "returns; nothing is sent.")
                                        : QString());
    const auto token = selectedToken();
    m_ui->maxButton->setEnabled(!m_busy && token && token->balance && m_wallet.isUnlocked());
}

void SendPage::review()
{
    if (m_busy)
        return;
    const SendFormValidation validation = validate();
    if (!validation.request)
        return;
    if (validation.request->kind == SendRequest::Kind::ContractRead)
        Q_EMIT readRequested(*validation.request);
    else
        Q_EMIT sendRequested(*validation.request);
}

} // namespace seismic::app
