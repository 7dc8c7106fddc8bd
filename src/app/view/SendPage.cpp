// SPDX-License-Identifier: MIT
#include "app/view/SendPage.h"

#include "app/RunInPool.h"
#include "app/model/ChainModel.h"
#include "app/model/ErrorText.h"
#include "app/model/TokenTableModel.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/WalletModel.h"
#include "app/view/AddressText.h"
#include "client/Src20Token.h"
#include "core/Units.h"
#include "core/abi/AbiArgumentParser.h"
#include "core/abi/AbiJson.h"

#include "ui_SendPage.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>

namespace seismic::app {
namespace {

// ABI files larger than this are not ABIs (artifacts with bytecode stay far below).
constexpr qint64 kMaxAbiFileSize = 16 << 20;

const ContractAbi& erc20Abi()
{
    static const ContractAbi abi = [] {
        ContractAbi erc20;
        erc20.add(*AbiFunction::parse("transfer(address to, uint256 amount) returns (bool)"));
        return erc20;
    }();
    return abi;
}

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

// The address typed in a field; none if it is empty or invalid, and then `error` says why
// (`problem` with the reason as %1).
std::optional<Address> addressField(const QString& text, const QString& problem, QString& error)
{
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = Address::parse(text.toStdString());
    if (parsed)
        return *parsed;
    error = problem.arg(errorText(parsed.error()));
    return std::nullopt;
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
    m_ui->tokenCombo->setModel(m_wallet.tokens());
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
    switch (record.status) {
    case TxStatus::Encrypting:
    case TxStatus::Signing:
        text = TxHistoryModel::statusText(record);
        break;
    case TxStatus::Sent:
        //: %1 is a transaction hash.
        text = tr("Sent %1; waiting for a block.").arg(hash);
        break;
    case TxStatus::Confirmed:
        //: %1 is a block number, %2 the gas the transaction used, %3 its hash.
        text = tr("Confirmed in block %1 (gas used %2): %3")
                   .arg(record.block.value_or(0))
                   .arg(record.gasUsed.value_or(0))
                   .arg(hash);
        break;
    case TxStatus::Failed:
        text = record.block
                   //: %1 is a block number, %2 the gas used, %3 the revert reason.
                   ? tr("Failed in block %1 (gas used %2): %3")
                         .arg(*record.block)
                         .arg(record.gasUsed.value_or(0))
                         .arg(record.error)
                   : tr("Not sent: %1").arg(record.error);
        break;
    case TxStatus::Expired:
        text = tr("Expired: %1").arg(record.error);
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
            if (function.isReadOnly())
                continue;
            QStringList params;
            for (std::size_t i = 0; i < function.inputs().size(); ++i)
                params << parameterText(function.inputs()[i], i);
            m_ui->functionCombo->addItem(
                QStringLiteral("%1(%2)").arg(QString::fromStdString(function.name()),
                                             params.join(QStringLiteral(", "))),
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
            error->hide();
            m_ui->argumentsForm->addRow(parameterText(inputs[i], i) + QLatin1Char(':'), edit);
            m_ui->argumentsForm->addRow(QString(), error);
            connect(edit, &QLineEdit::textChanged, this, &SendPage::update);
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

SendPage::Validation SendPage::validate() const
{
    Validation validation;
    validation.argumentErrors.resize(m_argumentEdits.size());
    // Every field is checked (its problem is shown next to it); the general problem says what
    // comes first: the account and the connection, then missing input.
    if (m_ui->modeTabs->currentWidget() == m_ui->tokenTab)
        validateTransfer(validation);
    else
        validateCall(validation);
    QString general;
    if (!m_wallet.account())
        general = tr("Import or create an account to send.");
    else if (!m_wallet.isUnlocked())
        general = tr("Unlock the account to send.");
    else if (m_chain.status() != ConnectionStatus::Connected)
        general = tr("Connect to a network to send.");
    else if (!m_unavailableReason.isEmpty())
        general = m_unavailableReason;
    if (!general.isEmpty())
        validation.problem = general;
    if (!validation.problem.isEmpty())
        validation.request.reset();
    return validation;
}

void SendPage::validateTransfer(Validation& validation) const
{
    const int row = m_ui->tokenCombo->currentIndex();
    const QString recipientText = m_ui->recipientEdit->text().trimmed();
    const QString amountText = m_ui->amountEdit->text().trimmed();
    //: %1 says what is wrong with the address.
    const std::optional<Address> recipient = addressField(
        recipientText, tr("The recipient is not a valid address: %1"), validation.recipientError);
    std::optional<Uint256> amount;
    if (row >= 0 && !amountText.isEmpty()) {
        const TokenBalance& token = m_wallet.tokens()->token(row);
        auto parsed = parseUnits(amountText.toStdString(), token.decimals);
        if (!parsed)
            validation.amountError =
                tr("The amount is not valid: %1").arg(errorText(parsed.error()));
        else if (*parsed == 0)
            validation.amountError = tr("The amount must be more than zero.");
        else if (token.balance && *parsed > *token.balance)
            //: %1 is an amount, %2 a token symbol.
            validation.amountError =
                tr("The amount is more than the balance (%1 %2).")
                    .arg(QString::fromStdString(formatUnits(*token.balance, token.decimals)),
                         token.symbol);
        else
            amount = *parsed;
    }
    if (row < 0)
        validation.problem = tr("There is nothing to send yet: no balances were read.");
    else if (recipientText.isEmpty())
        validation.problem = tr("Enter the recipient’s address.");
    else if (amountText.isEmpty())
        validation.problem = tr("Enter the amount.");
    if (row < 0 || !recipient || !amount)
        return;

    const TokenBalance& token = m_wallet.tokens()->token(row);
    SendRequest request;
    request.kind = SendRequest::Kind::Transfer;
    request.token = token.contract;
    request.symbol = token.symbol;
    request.decimals = token.decimals;
    request.recipient = *recipient;
    request.amount = *amount;
    if (token.kind == TokenKind::Native || !token.contract) {
        request.to = *recipient;
        request.value = *amount;
    } else {
        const bool shielded = token.kind == TokenKind::Src20;
        request.to = *token.contract;
        request.abi = shielded ? client::Src20Token::abi() : erc20Abi();
        request.function = shielded ? "transfer(address,suint256)" : "transfer(address,uint256)";
        request.arguments = {AbiValue::fromAddress(*recipient), AbiValue::fromUint(*amount)};
    }
    validation.request = std::move(request);
}

void SendPage::validateCall(Validation& validation) const
{
    const QString contractText = m_ui->contractEdit->text().trimmed();
    //: %1 says what is wrong with the address.
    const std::optional<Address> contract = addressField(
        contractText, tr("The contract is not a valid address: %1"), validation.contractError);
    if (!m_abiProblem.isEmpty())
        validation.abiError = m_abiProblem;
    else if (m_abi && m_ui->functionCombo->count() == 0)
        validation.abiError = tr("This ABI has no function that writes: it only has views.");

    const auto function = selectedFunction();
    std::vector<AbiValue> arguments;
    bool argumentsComplete = function.ok();
    if (function) {
        const auto& inputs = (*function)->inputs();
        for (std::size_t i = 0; i < inputs.size() && i < m_argumentEdits.size(); ++i) {
            const std::string text = m_argumentEdits[i]->text().toStdString();
            const bool isString = inputs[i].type.kind() == AbiType::Kind::String;
            if (text.empty() && !isString) {
                argumentsComplete = false;
                continue;
            }
            const std::string name =
                inputs[i].name.empty() ? "arg" + std::to_string(i) : inputs[i].name;
            auto value = AbiArgumentParser::parse(inputs[i].type, text, name);
            if (value) {
                arguments.push_back(std::move(value).value());
            } else {
                validation.argumentErrors[i] = QString::fromStdString(value.error().message);
                argumentsComplete = false;
            }
        }
    }
    if (contractText.isEmpty())
        validation.problem = tr("Enter the contract’s address.");
    else if (!m_abi && m_abiProblem.isEmpty())
        validation.problem = m_abiReading ? tr("Reading the ABI file…")
                             : m_ui->abiPathEdit->text().trimmed().isEmpty()
                                 ? tr("Choose the contract’s ABI file.")
                                 : tr("Press Enter in the ABI file field to read it.");
    else if (function && !argumentsComplete)
        validation.problem = tr("Enter a value for every argument.");
    if (!contract || !function || !argumentsComplete)
        return;

    SendRequest request;
    request.kind = SendRequest::Kind::ContractCall;
    request.to = *contract;
    request.abi = *m_abi;
    request.function = (*function)->signature();
    request.arguments = std::move(arguments);
    validation.request = std::move(request);
}

void SendPage::update()
{
    const auto account = m_wallet.account();
    m_ui->fromLabel->setText(account ? addressText(*account) : tr("No account"));
    const Validation validation = validate();
    showError(m_ui->recipientErrorLabel, validation.recipientError);
    showError(m_ui->amountErrorLabel, validation.amountError);
    showError(m_ui->contractErrorLabel, validation.contractError);
    showError(m_ui->abiErrorLabel, validation.abiError);
    for (std::size_t i = 0; i < m_argumentErrors.size(); ++i)
        showError(m_argumentErrors[i], validation.argumentErrors[i]);
    m_ui->stateLabel->setText(validation.problem);
    m_ui->reviewButton->setEnabled(validation.request.has_value() && !m_busy);
}

void SendPage::review()
{
    if (m_busy)
        return;
    if (const Validation validation = validate(); validation.request)
        Q_EMIT sendRequested(*validation.request);
}

} // namespace seismic::app
