#include "sessionpanel.h"

#include "clock.h"
#include "jwt.h"
#include "textrules.h"
#include "timetext.h"
#include "ui_sessionpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

// Below this share of its lifetime left a session counts as expiring.
constexpr double ExpiringFraction = 0.2;
constexpr int BarSteps = 1000;
constexpr qsizetype MaskedPrefix = 6;
constexpr std::array TokenKeys {"access_token"_L1, "id_token"_L1, "refresh_token"_L1};
constexpr std::array TimeClaims {"exp"_L1, "iat"_L1, "nbf"_L1};

// Enough of the start to tell two tokens apart, never enough to use one; short tokens show
// proportionally less.
QString maskToken(const QString &token)
{
    return token.left(std::min(MaskedPrefix, token.size() / 4)) + u'…';
}

bool isTokenKey(const QString &key)
{
    return std::any_of(TokenKeys.cbegin(), TokenKeys.cend(),
                       [&key](QLatin1StringView name) { return key == name; });
}

// Masks token-named members at any depth, and any string equal to one of the session's tokens
// wherever a server put it.
QJsonValue maskTokens(const QJsonValue &value, const QStringList &tokens, bool underTokenKey)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = maskTokens(it.value(), tokens, isTokenKey(it.key()));
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array.replace(i, maskTokens(array.at(i), tokens, underTokenKey));
        return array;
    }
    if (value.isString() && (underTokenKey || tokens.contains(value.toString())))
        return maskToken(value.toString());
    return value;
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        // Whole numbers (NumericDates, counts) read best without an exponent.
        const double number = value.toDouble();
        if (std::abs(number) < 9.0e15 && number == std::trunc(number))
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return oneLineText(value.toString());
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return {};
    }
}

void addClaimChildren(QTreeWidgetItem *item, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addClaimChildren(new QTreeWidgetItem(item, {oneLineText(it.key())}), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addClaimChildren(new QTreeWidgetItem(item, {u"[%1]"_s.arg(i)}), array.at(i));
    } else {
        item->setText(1, scalarText(value));
    }
}

QString timeText(const QDateTime &at)
{
    return SessionPanel::tr("%1 (%2)").arg(localText(at), utcText(at));
}

} // namespace

SessionPanel::SessionPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SessionPanel>())
    , m_clock(clock)
    , m_ticker(new QTimer(this))
    , m_policies(new QStandardItemModel(0, 2, this))
    , m_policyFilter(new QSortFilterProxyModel(this))
    , m_copyPolicies(new QAction(this))
{
    m_ui->setupUi(this);

    m_policyFilter->setSourceModel(m_policies);
    m_policyFilter->setFilterKeyColumn(-1);
    m_policyFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->policiesView->setModel(m_policyFilter);
    // The view's own Ctrl+C copies one cell; a person wants whole rows.
    m_ui->policiesView->installEventFilter(this);
    m_copyPolicies->setShortcut(QKeySequence::Copy);
    m_copyPolicies->setShortcutContext(Qt::WidgetShortcut);
    m_ui->policiesView->addAction(m_copyPolicies);
    m_ui->policiesView->setContextMenuPolicy(Qt::ActionsContextMenu);

    QHeaderView *historyHeader = m_ui->historyTable->horizontalHeader();
    historyHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    historyHeader->setSectionResizeMode(2, QHeaderView::Stretch);

    QFont bold = m_ui->titleLabel->font();
    bold.setBold(true);
    m_ui->titleLabel->setFont(bold);
    m_ui->deviceWarningLabel->setFont(bold);
    m_ui->deviceWarningLabel->setAutoFillBackground(true);
    m_ui->deviceWarningLabel->setMargin(m_ui->deviceWarningLabel->fontMetrics().height() / 3);

    m_ui->rawEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &SessionPanel::refresh);
    connect(m_ui->getSessionButton, &QPushButton::clicked, this,
            &SessionPanel::getSessionRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SessionPanel::cancelRequested);
    connect(m_ui->copyHeaderButton, &QPushButton::clicked, this,
            &SessionPanel::copyHeaderRequested);
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, &SessionPanel::copyTokenRequested);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &SessionPanel::copyCurlRequested);
    connect(m_ui->policyFilterEdit, &QLineEdit::textChanged, m_policyFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_copyPolicies, &QAction::triggered, this, &SessionPanel::copySelectedPolicies);
    connect(m_ui->revealCheck, &QCheckBox::toggled, this, &SessionPanel::renderRaw);

    retranslate();
    applyPaletteColours();
    render();
    renderHistory();
}

SessionPanel::~SessionPanel() = default;

void SessionPanel::showIdle(const QString &profileName)
{
    m_profileName = profileName;
    forgetSession();
    m_error.reset();
    m_state = State::Idle;
    render();
}

void SessionPanel::showBusy(const QString &profileName)
{
    m_profileName = profileName;
    forgetSession();
    m_error.reset();
    m_state = State::Busy;
    render();
}

void SessionPanel::showSession(const Session &session, const Profile &profile)
{
    forgetSession();
    m_profileName = profile.name;
    m_session = session;
    m_profile = profile;
    m_error.reset();
    m_state = State::Valid;

    // A fresh session starts now. A cached one started earlier: its id_token's iat says when,
    // and without one the bar can only count from the moment it is first shown.
    const auto known = m_lifetimeStarts.constFind(profile.uuid);
    if (known != m_lifetimeStarts.cend() && known->expiresAt == session.expiry.at) {
        m_lifetimeStart = known->start;
    } else {
        const QDateTime now = m_clock.now();
        m_lifetimeStart = now;
        if (session.cached() && session.idClaims) {
            const auto issuedAt = numericDate(session.idClaims->claims.value("iat"_L1));
            if (issuedAt && *issuedAt <= now)
                m_lifetimeStart = *issuedAt;
        }
        m_lifetimeStarts.insert(profile.uuid, {session.expiry.at, m_lifetimeStart});
    }
    render();
    m_ticker->start();
}

void SessionPanel::showError(const Error &error)
{
    showError(error, QString());
}

void SessionPanel::showError(const Error &error, const QString &profileName)
{
    m_profileName = profileName;
    forgetSession();
    m_error = error;
    m_state = State::Error;
    render();
}

void SessionPanel::setHistory(const QList<HistoryEntry> &entries)
{
    m_history = entries;
    renderHistory();
}

void SessionPanel::refresh()
{
    if (!m_session)
        return;
    const QDateTime now = m_clock.now();
    const QDateTime &at = m_session->expiry.at;
    State next = State::Valid;
    if (at.isValid()) {
        const double left = remainingFraction();
        if (now >= at)
            next = State::Expired;
        else if (left < ExpiringFraction)
            next = State::Expiring;
        m_ui->countdownLabel->setText(expiryRelativeText(at, now));
        m_ui->lifetimeBar->setValue(static_cast<int>(std::lround(left * BarSteps)));
    } else {
        m_ui->countdownLabel->setText(tr("unknown: the server sent no usable expiry"));
    }
    if (next != m_state) {
        m_state = next;
        renderState();
    }
}

double SessionPanel::remainingFraction() const
{
    if (!m_session || !m_session->expiry.at.isValid())
        return 0.0;
    const QDateTime &at = m_session->expiry.at;
    const qint64 left = m_clock.now().msecsTo(at);
    const qint64 lifetime = m_lifetimeStart.msecsTo(at);
    if (left <= 0)
        return 0.0;
    if (lifetime <= 0)
        return 1.0;
    return std::clamp(static_cast<double>(left) / static_cast<double>(lifetime), 0.0, 1.0);
}

void SessionPanel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        retranslate();
        render();
        renderHistory();
        break;
    case QEvent::PaletteChange:
        applyPaletteColours();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

bool SessionPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Accepting the ShortcutOverride keeps a window-wide Copy action from taking Ctrl+C while
    // the policy table has the focus.
    if (watched == m_ui->policiesView
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        if (event->type() == QEvent::KeyPress)
            copySelectedPolicies();
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SessionPanel::forgetSession()
{
    m_ticker->stop();
    m_session.reset();
    m_lifetimeStart = QDateTime();
    // Masked again for the next session: revealing is a decision about one session only.
    m_ui->revealCheck->setChecked(false);
}

void SessionPanel::retranslate()
{
    m_copyPolicies->setText(tr("&Copy"));
    m_policies->setHorizontalHeaderLabels({tr("Policy"), tr("OID")});
    const auto nameCorner = [](QAbstractItemView *view, const QString &name) {
        // The "select all" corner button of a table is a button like any other.
        if (auto *corner = view->findChild<QAbstractButton *>())
            corner->setAccessibleName(name);
    };
    nameCorner(m_ui->policiesView, tr("Select all policies"));
    nameCorner(m_ui->historyTable, tr("Select all history rows"));
}

void SessionPanel::render()
{
    m_ui->titleLabel->setText(oneLineText(m_profileName));
    m_ui->titleLabel->setVisible(!m_profileName.isEmpty());
    renderSessionDetails();
    renderPolicies();
    renderClaims();
    renderRaw();
    refresh();
    renderState();
}

void SessionPanel::renderSessionDetails()
{
    if (!m_session)
        return;
    const Session &s = *m_session;

    switch (s.tokenTypeClass) {
    case TokenTypeClass::Bearer:
    case TokenTypeClass::Other:
        m_ui->tokenTypeValue->setText(oneLineText(s.tokenType));
        break;
    case TokenTypeClass::Missing:
        m_ui->tokenTypeValue->setText(tr("none sent; used as Bearer"));
        break;
    }
    const bool expiryKnown = s.expiry.at.isValid();
    m_ui->expiresLocalValue->setText(expiryKnown ? localText(s.expiry.at) : tr("unknown"));
    m_ui->expiresUtcValue->setText(expiryKnown ? utcText(s.expiry.at) : tr("unknown"));
    m_ui->lifetimeBar->setVisible(expiryKnown);
    renderExpirySource();

    const ClaimsSummary claims =
        s.idClaims ? summarizeClaims(s.idClaims->claims) : ClaimsSummary {};
    const auto claimText = [&s](const QString &value) {
        if (!s.idClaims)
            return tr("(no id_token)");
        return value.isEmpty() ? tr("(not in the id_token)") : oneLineText(value);
    };
    m_ui->subjectValue->setText(claimText(claims.subject));
    m_ui->nameValue->setText(claimText(claims.name));
    m_ui->generationValue->setText(s.generation == Generation::V2 ? tr("2.x") : tr("3.x"));

    const bool deviceConfigured = s.deviceMode != DeviceMode::None;
    m_ui->deviceValue->setText(!deviceConfigured            ? tr("no device configured")
                                   : !s.deviceAuthenticated ? tr("unknown (signature not verified)")
                                   : *s.deviceAuthenticated ? tr("yes")
                                                            : tr("no"));
    m_ui->clientSecretValue->setText(s.clientSecretChecked ? tr("yes") : tr("no"));
    m_ui->deviceWarningLabel->setText(
        tr("The server did not authenticate device %1: it granted an application-only session")
            .arg(oneLineText(m_profile.deviceId)));

    QStringList notes;
    for (const QString &note : s.notes)
        notes.append(oneLineText(note));
    m_ui->notesLabel->setText(notes.join(u'\n'));
}

void SessionPanel::renderExpirySource()
{
    const Expiry &expiry = m_session->expiry;
    const QString secondsOrMs = expiry.millisecondsUnit ? tr("from expires_in (milliseconds)")
                                                        : tr("from expires_in (seconds)");
    QString source;
    if (expiry.source == u"id_token_exp"_s)
        source = tr("from the id_token exp");
    else if (expiry.source == u"expires_in_s"_s)
        source = tr("from expires_in (seconds)");
    else if (expiry.source == u"expires_in_ms"_s)
        source = tr("from expires_in (milliseconds)");
    else
        source = tr("unknown: the server sent neither exp nor expires_in");

    if (!expiry.sourcesDisagree) {
        m_ui->expirySourceValue->setText(source);
        return;
    }
    const QStringList lines {
        tr("%1, the earlier of two times that disagree:").arg(source),
        tr("%1: %2").arg(tr("from the id_token exp"), timeText(expiry.fromIdToken)),
        tr("%1: %2").arg(secondsOrMs, timeText(expiry.fromExpiresIn)),
    };
    m_ui->expirySourceValue->setText(lines.join(u'\n'));
}

void SessionPanel::renderPolicies()
{
    m_policies->setRowCount(0);
    if (!m_session || !m_session->idClaims)
        return;
    const QList<PolicyGrant> grants = policiesOf(m_session->idClaims->claims);
    for (const PolicyGrant &grant : grants) {
        auto *name = new QStandardItem(grant.name.isEmpty() ? tr("(unknown)") : grant.name);
        auto *oid = new QStandardItem(oneLineText(grant.oid));
        m_policies->appendRow({name, oid});
    }
    m_ui->policiesView->resizeColumnToContents(0);
}

void SessionPanel::renderClaims()
{
    m_ui->claimsTree->clear();
    if (!m_session || !m_session->idClaims)
        return;
    const QJsonObject &claims = m_session->idClaims->claims;
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        auto *item = new QTreeWidgetItem(m_ui->claimsTree, {oneLineText(it.key())});
        const bool timeClaim =
            std::any_of(TimeClaims.cbegin(), TimeClaims.cend(),
                        [&it](QLatin1StringView key) { return it.key() == key; });
        const auto at = timeClaim ? numericDate(it.value()) : std::nullopt;
        if (at)
            item->setText(1, timeText(*at));
        else
            addClaimChildren(item, it.value());
    }
    m_ui->claimsTree->expandAll();
    m_ui->claimsTree->resizeColumnToContents(0);
}

void SessionPanel::renderRaw()
{
    m_ui->revealCheck->setEnabled(m_session.has_value());
    if (!m_session) {
        m_ui->rawEdit->clear();
        return;
    }
    if (m_session->raw.isEmpty()) {
        m_ui->rawEdit->setPlainText(tr("(the token response is not available)"));
        return;
    }
    QStringList tokens;
    for (const QString &token :
         {m_session->accessToken, m_session->idToken, m_session->refreshToken}) {
        if (!token.isEmpty())
            tokens.append(token);
    }
    const QJsonObject shown = m_ui->revealCheck->isChecked()
        ? m_session->raw
        : maskTokens(m_session->raw, tokens, false).toObject();
    m_ui->rawEdit->setPlainText(
        QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented)));
}

void SessionPanel::renderHistory()
{
    QList<HistoryEntry> entries = m_history;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.at > b.at; });
    QTableWidget *table = m_ui->historyTable;
    table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const HistoryEntry &entry = entries.at(row);
        QString result;
        if (entry.result == u"ok"_s)
            result = tr("session obtained");
        else if (entry.result == u"cached"_s)
            result = tr("cached session reused");
        else
            result = oneLineText(entry.message.isEmpty() ? entry.errorKind : entry.message);
        auto *latency = new QTableWidgetItem(QString::number(entry.latencyMs));
        latency->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 0, new QTableWidgetItem(localText(entry.at)));
        table->setItem(row, 1, new QTableWidgetItem(oneLineText(entry.program)));
        table->setItem(row, 2, new QTableWidgetItem(result));
        table->setItem(row, 3, latency);
    }
}

void SessionPanel::renderState()
{
    switch (m_state) {
    case State::Idle:
        m_ui->statusLabel->setText(m_profileName.isEmpty()
                                       ? tr("No profile selected")
                                       : tr("No session yet — press Enter to get one"));
        break;
    case State::Busy:
        m_ui->statusLabel->setText(tr("Getting a session…"));
        break;
    case State::Valid:
        m_ui->statusLabel->setText(tr("Session valid"));
        break;
    case State::Expiring:
        m_ui->statusLabel->setText(tr("Session expiring soon — press Enter to get a new one"));
        break;
    case State::Expired:
        m_ui->statusLabel->setText(tr("Session expired — press Enter to get a new one"));
        break;
    case State::Error:
        m_ui->statusLabel->setText(tr("Could not get a session"));
        break;
    }

    QStringList errorLines;
    if (m_error) {
        errorLines.append(oneLineText(m_error->message));
        if (!m_error->serverError.isEmpty())
            errorLines.append(tr("Server error: %1").arg(oneLineText(m_error->serverError)));
        if (!m_error->serverDescription.isEmpty())
            errorLines.append(
                tr("Server description: %1").arg(oneLineText(m_error->serverDescription)));
        if (m_error->httpStatus != 0)
            errorLines.append(tr("HTTP status: %1").arg(m_error->httpStatus));
    }
    m_ui->errorLabel->setText(errorLines.join(u'\n'));
    m_ui->errorLabel->setVisible(m_state == State::Error);
    m_ui->busyRow->setVisible(m_state == State::Busy);

    const bool shown = m_session.has_value();
    m_ui->sessionDetails->setVisible(shown);
    m_ui->cachedLabel->setVisible(shown && m_session->cached());
    m_ui->notesLabel->setVisible(shown && !m_session->notes.isEmpty());
    const bool deviceConfigured = shown && m_session->deviceMode != DeviceMode::None;
    m_ui->deviceWarningLabel->setVisible(deviceConfigured
                                         && m_session->deviceAuthenticated == false);

    const bool usable = shown && (m_state == State::Valid || m_state == State::Expiring);
    const bool bearer = usable && m_session->tokenTypeClass != TokenTypeClass::Other;
    m_ui->getSessionButton->setEnabled(m_state != State::Busy
                                       && !(m_state == State::Idle && m_profileName.isEmpty()));
    m_ui->copyTokenButton->setEnabled(usable);
    m_ui->copyHeaderButton->setEnabled(bearer);
    m_ui->copyCurlButton->setEnabled(bearer);
    const QString notBearer = usable && !bearer
        ? tr("The server's token type is not Bearer, so no Authorization header can be built")
        : QString();
    m_ui->copyHeaderButton->setToolTip(notBearer);
    m_ui->copyCurlButton->setToolTip(notBearer);

    applyPaletteColours();
}

// Colours come from the current palette's roles only, so a dark palette (or a theme change
// while the app runs) keeps every pairing readable.
void SessionPanel::applyPaletteColours()
{
    const QPalette base = palette();
    QPalette::ColorRole barRole = QPalette::Highlight;
    if (m_state == State::Expiring)
        barRole = QPalette::Link;
    else if (m_state == State::Expired)
        barRole = QPalette::Mid;
    QPalette bar = base;
    bar.setColor(QPalette::Highlight, base.color(barRole));
    m_ui->lifetimeBar->setPalette(bar);

    QPalette warning = base;
    warning.setColor(QPalette::Window, base.color(QPalette::ToolTipBase));
    warning.setColor(QPalette::WindowText, base.color(QPalette::ToolTipText));
    m_ui->deviceWarningLabel->setPalette(warning);
}

void SessionPanel::copySelectedPolicies()
{
    QModelIndexList rows = m_ui->policiesView->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_ui->policiesView->currentIndex().isValid())
        rows.append(m_ui->policiesView->currentIndex().siblingAtColumn(0));
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &row : rows)
        lines.append(row.data().toString() + u'\t' + row.siblingAtColumn(1).data().toString());
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace sdsm::gui
