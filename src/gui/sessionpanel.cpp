// SPDX-License-Identifier: Apache-2.0
#include "sessionpanel.h"

#include "clearaction.h"
#include "clock.h"
#include "jwt.h"
#include "jwtverify.h"
#include "profiletext.h"
#include "remedy.h"
#include "selectableonpress.h"
#include "statusstyle.h"
#include "svgicon.h"
#include "textrules.h"
#include "timetext.h"
#include "wrappedlabel.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

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
    return SessionPanel::tr("%1 (%2)").arg(localeText(at), utcText(at));
}

QString clockText(const QDateTime &at)
{
    return localeClockText(at);
}

QLabel *valueLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    selectableOnPress(label);
    return label;
}

QLabel *badge(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setAutoFillBackground(true);
    label->setMargin(std::max(1, label->fontMetrics().height() / 6));
    label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return label;
}

void tint(QWidget *w, StatusTone tone, const QPalette &base, bool filled)
{
    QPalette p = base;
    p.setColor(QPalette::WindowText, statusstyle::toneColour(tone, base));
    p.setColor(QPalette::Window,
               filled ? statusstyle::toneBackground(tone, base) : base.color(QPalette::Window));
    w->setPalette(p);
}

// A table read row by row: not editable, whole rows selected, Tab leaving it, no row numbers and
// rows as tall as the text.
void readOnlyRows(QTableView *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
}

// The "select all" corner button of a table is a button like any other.
void nameCorner(QAbstractItemView *view, const QString &name)
{
    if (auto *corner = view->findChild<QAbstractButton *>())
        corner->setAccessibleName(name);
}

QToolButton *actionButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->hide(); // until the window gives the panel its actions
    return button;
}

} // namespace

SessionPanel::SessionPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_ticker(new QTimer(this))
{
    setObjectName(u"SessionPanel"_s);
    setAccessibleName(tr("Session"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildSummary();
    layout->addWidget(m_summary);

    auto *messages = new QWidget(this);
    messages->setObjectName(u"messages"_s);
    auto *messageLayout = new QVBoxLayout(messages);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    m_errorLabel = valueLabel(u"errorLabel"_s, tr("Error"), messages);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorLabel->setAutoFillBackground(true);
    m_errorLabel->setMargin(m_errorLabel->fontMetrics().height() / 3);
    messageLayout->addWidget(m_errorLabel);
    m_remedyRow = new QWidget(messages);
    auto *remedyLayout = new QHBoxLayout(m_remedyRow);
    remedyLayout->setContentsMargins(0, 0, 0, 0);
    m_remedyButton = new QPushButton(m_remedyRow);
    m_remedyButton->setObjectName(u"remedyButton"_s);
    m_remedyButton->setAccessibleName(tr("Fix the problem"));
    m_retryButton = new QPushButton(tr("Retr&y"), m_remedyRow);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->setAccessibleName(tr("Try again"));
    remedyLayout->addWidget(m_remedyButton);
    remedyLayout->addWidget(m_retryButton);
    remedyLayout->addStretch();
    messageLayout->addWidget(m_remedyRow);
    m_infoLabel = valueLabel(u"infoLabel"_s, tr("Information"), messages);
    messageLayout->addWidget(m_infoLabel);
    m_deviceWarningLabel = valueLabel(u"deviceWarningLabel"_s, tr("Device warning"), messages);
    m_expiryWarningLabel = valueLabel(u"expiryWarningLabel"_s, tr("Expiry warning"), messages);
    m_warningsLabel = valueLabel(u"warningsLabel"_s, tr("Warnings"), messages);
    for (QLabel *warning : {m_deviceWarningLabel, m_expiryWarningLabel, m_warningsLabel}) {
        QFont bold = warning->font();
        bold.setBold(warning != m_warningsLabel);
        warning->setFont(bold);
        warning->setAutoFillBackground(true);
        warning->setMargin(warning->fontMetrics().height() / 4);
        messageLayout->addWidget(warning);
    }
    layout->addWidget(messages);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"detailsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    buildDetails();
    buildTabs();
    buildMenus();
    m_splitter->addWidget(m_detailsScroll);
    m_splitter->addWidget(m_tabs);
    // The tables are what people come for: they get the room, the details scroll.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &SessionPanel::refresh);
    connect(m_remedyButton, &QPushButton::clicked, this, [this] {
        if (m_error)
            Q_EMIT remedyRequested(*m_error);
    });
    connect(m_retryButton, &QPushButton::clicked, this, &SessionPanel::retryRequested);

    setTabOrder(m_getButton, m_checkButton);
    setTabOrder(m_checkButton, m_signOutButton);
    setTabOrder(m_signOutButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_copyHeaderButton);
    setTabOrder(m_copyHeaderButton, m_copyTokenButton);
    setTabOrder(m_copyTokenButton, m_copyCurlButton);
    setTabOrder(m_copyCurlButton, m_keepAliveCheck);
    setTabOrder(m_keepAliveCheck, m_remedyButton);
    setTabOrder(m_remedyButton, m_retryButton);

    applyColours();
    render();
}

SessionPanel::~SessionPanel() = default;

void SessionPanel::buildSummary()
{
    m_summary = new QWidget(this);
    m_summary->setObjectName(u"summary"_s);
    auto *layout = new QVBoxLayout(m_summary);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_statusIcon = new QLabel(m_summary);
    m_statusIcon->setObjectName(u"statusIcon"_s);
    m_statusIcon->setTextFormat(Qt::PlainText);
    const int iconSize = fontMetrics().height() * 2;
    m_statusIcon->setFixedSize(iconSize, iconSize);
    top->addWidget(m_statusIcon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    m_titleLabel = valueLabel(u"titleLabel"_s, tr("Profile"), m_summary);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    texts->addWidget(m_titleLabel);
    auto *timeRow = new QHBoxLayout;
    m_timeLeftLabel = valueLabel(u"timeLeftLabel"_s, tr("Time left"), m_summary);
    m_timeLeftLabel->setWordWrap(false);
    QFont large = m_timeLeftLabel->font();
    large.setBold(true);
    if (large.pointSizeF() > 0)
        large.setPointSizeF(large.pointSizeF() * 1.6);
    else
        large.setPixelSize(large.pixelSize() * 8 / 5);
    m_timeLeftLabel->setFont(large);
    timeRow->addWidget(m_timeLeftLabel);
    m_statusLabel = valueLabel(u"statusLabel"_s, tr("Session status"), m_summary);
    timeRow->addWidget(m_statusLabel, 1);
    texts->addLayout(timeRow);
    top->addLayout(texts, 1);
    layout->addLayout(top);

    auto *badges = new QHBoxLayout;
    m_signatureBadge = badge(u"signatureBadge"_s, tr("Signature"), m_summary);
    m_serverBadge = badge(u"serverBadge"_s, tr("On the server"), m_summary);
    m_cachedBadge = badge(u"cachedBadge"_s, tr("Cached session"), m_summary);
    m_renewedBadge = badge(u"renewedBadge"_s, tr("Last renewal"), m_summary);
    for (QLabel *b : {m_signatureBadge, m_serverBadge, m_cachedBadge, m_renewedBadge})
        badges->addWidget(b);
    badges->addStretch();
    layout->addLayout(badges);

    m_lifetimeBar = new QProgressBar(m_summary);
    m_lifetimeBar->setObjectName(u"lifetimeBar"_s);
    m_lifetimeBar->setAccessibleName(tr("Share of the session lifetime left"));
    m_lifetimeBar->setRange(0, BarSteps);
    m_lifetimeBar->setTextVisible(false);
    m_lifetimeBar->setMaximumHeight(std::max(6, fontMetrics().height() / 2));
    layout->addWidget(m_lifetimeBar);
    m_busyBar = new QProgressBar(m_summary);
    m_busyBar->setObjectName(u"busyBar"_s);
    m_busyBar->setAccessibleName(tr("Waiting for the server"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(std::max(6, fontMetrics().height() / 2));
    layout->addWidget(m_busyBar);

    auto *actions = new QHBoxLayout;
    m_getButton = actionButton(u"getSessionButton"_s, m_summary);
    m_checkButton = actionButton(u"checkOnServerButton"_s, m_summary);
    m_signOutButton = actionButton(u"signOutButton"_s, m_summary);
    m_cancelButton = actionButton(u"cancelButton"_s, m_summary);
    for (QToolButton *b : {m_getButton, m_checkButton, m_signOutButton, m_cancelButton})
        actions->addWidget(b);
    actions->addStretch();
    layout->addLayout(actions);
    auto *copies = new QHBoxLayout;
    m_copyHeaderButton = actionButton(u"copyHeaderButton"_s, m_summary);
    m_copyTokenButton = actionButton(u"copyTokenButton"_s, m_summary);
    m_copyCurlButton = actionButton(u"copyCurlButton"_s, m_summary);
    for (QToolButton *b : {m_copyHeaderButton, m_copyTokenButton, m_copyCurlButton})
        copies->addWidget(b);
    copies->addStretch();
    m_keepAliveCheck = new QCheckBox(tr("&Keep this session alive"), m_summary);
    m_keepAliveCheck->setObjectName(u"keepAliveCheck"_s);
    m_keepAliveCheck->setAccessibleName(tr("Keep this session alive"));
    m_keepAliveCheck->hide();
    copies->addWidget(m_keepAliveCheck);
    layout->addLayout(copies);
    m_keepAliveNote = valueLabel(u"keepAliveNote"_s, tr("Keep-alive"), m_summary);
    m_keepAliveNote->setAlignment(Qt::AlignTrailing);
    layout->addWidget(m_keepAliveNote);
}

QLabel *SessionPanel::addDetail(const QString &objectName, const QString &caption,
                                const QString &accessibleName, bool copyable)
{
    QLabel *value = valueLabel(objectName, accessibleName, m_details);
    auto *row = new QWidget(m_details);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(value, 1);
    if (copyable) {
        auto *copy = new QToolButton(row);
        copy->setObjectName(objectName + u"Copy"_s);
        if (m_copyIcon.isNull())
            m_copyIcon = svgIcon(u":/icons/copy.svg"_s);
        copy->setIcon(m_copyIcon);
        copy->setAutoRaise(true);
        copy->setAccessibleName(tr("Copy %1").arg(accessibleName.toLower()));
        copy->setToolTip(copy->accessibleName());
        connect(copy, &QToolButton::clicked, this, [this, value] { copyText(value->text()); });
        rowLayout->addWidget(copy, 0, Qt::AlignTop);
    }
    m_detailsForm->addRow(caption, row);
    return value;
}

void SessionPanel::buildDetails()
{
    m_detailsScroll = new QScrollArea(this);
    m_detailsScroll->setObjectName(u"detailsScroll"_s);
    m_detailsScroll->setWidgetResizable(true);
    m_detailsScroll->setFrameShape(QFrame::NoFrame);
    m_detailsScroll->setFocusPolicy(Qt::NoFocus);
    auto *contents = new QWidget;
    contents->setObjectName(u"detailsContents"_s);
    auto *contentsLayout = new QVBoxLayout(contents);
    contentsLayout->setContentsMargins(0, 0, 0, 0);
    m_profileFacts = valueLabel(u"profileFacts"_s, tr("Profile details"), contents);
    contentsLayout->addWidget(m_profileFacts);
    m_details = new QWidget(contents);
    m_details->setObjectName(u"sessionDetails"_s);
    contentsLayout->addWidget(m_details);
    contentsLayout->addStretch();
    m_detailsForm = new QFormLayout(m_details);
    m_detailsForm->setContentsMargins(0, 0, 0, 0);
    m_detailsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_detailsForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_tokenTypeValue = addDetail(u"tokenTypeValue"_s, tr("Token type:"), tr("Token type"), true);
    m_expiresLocalValue =
        addDetail(u"expiresLocalValue"_s, tr("Expires (local):"), tr("Expires, local time"), true);
    m_expiresUtcValue =
        addDetail(u"expiresUtcValue"_s, tr("Expires (UTC):"), tr("Expires, UTC"), true);
    m_expirySourceValue = addDetail(u"expirySourceValue"_s, tr("Expiry taken from:"),
                                    tr("Where the expiry came from"), false);
    m_subjectValue = addDetail(u"subjectValue"_s, tr("Subject:"), tr("Subject"), true);
    m_nameValue = addDetail(u"nameValue"_s, tr("Name:"), tr("Name"), true);
    m_generationValue =
        addDetail(u"generationValue"_s, tr("SanteDB generation:"), tr("SanteDB generation"), false);
    m_obtainedByValue =
        addDetail(u"obtainedByValue"_s, tr("Obtained by:"), tr("Obtained by"), false);
    m_deviceValue = addDetail(u"deviceValue"_s, tr("Device:"), tr("Device"), true);
    m_clientSecretValue = addDetail(u"clientSecretValue"_s, tr("Client secret checked:"),
                                    tr("Client secret checked"), false);
    m_facilityValue = addDetail(u"facilityValue"_s, tr("Facility:"), tr("Facility"), true);
    m_refreshValue = addDetail(u"refreshValue"_s, tr("Refresh token:"), tr("Refresh token"), false);
    m_notesLabel = valueLabel(u"notesLabel"_s, tr("Notes"), m_details);
    m_detailsForm->addRow(m_notesLabel);
    // Hidden until a session is shown (renderDetails): the scroll area sizes its contents when
    // given them, which polished and measured every row before the first paint for nothing.
    m_details->hide();
    m_detailsScroll->setWidget(contents);
}

void SessionPanel::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setAccessibleName(tr("Session details"));
    m_tabs->setDocumentMode(true);

    // Policies
    auto *policiesTab = new QWidget(m_tabs);
    policiesTab->setObjectName(u"policiesTab"_s);
    auto *policiesLayout = new QVBoxLayout(policiesTab);
    policiesLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_policyFilter = new QLineEdit(policiesTab);
    m_policyFilter->setObjectName(u"policyFilterEdit"_s);
    m_policyFilter->setAccessibleName(tr("Filter policies"));
    m_policyFilter->setPlaceholderText(tr("Filter by name or OID"));
    addClearAction(m_policyFilter, tr("Clear the filter"));
    filterRow->addWidget(m_policyFilter, 1);
    m_policiesSignature = badge(u"policiesSignature"_s, tr("Signature"), policiesTab);
    filterRow->addWidget(m_policiesSignature);
    policiesLayout->addLayout(filterRow);
    m_policies = new QStandardItemModel(0, 3, this);
    m_policyProxy = new QSortFilterProxyModel(this);
    m_policyProxy->setSourceModel(m_policies);
    m_policyProxy->setFilterKeyColumn(-1);
    m_policyProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_policiesView = new QTableView(policiesTab);
    m_policiesView->setObjectName(u"policiesView"_s);
    m_policiesView->setAccessibleName(tr("Granted policies"));
    m_policiesView->setModel(m_policyProxy);
    readOnlyRows(m_policiesView);
    m_policiesView->horizontalHeader()->setStretchLastSection(true);
    m_policiesView->setWordWrap(false);
    m_policiesView->setContextMenuPolicy(Qt::CustomContextMenu);
    // The view's own Ctrl+C copies one cell; a person wants whole rows.
    m_policiesView->installEventFilter(this);
    policiesLayout->addWidget(m_policiesView, 1);
    m_tabs->addTab(policiesTab, tr("Po&licies"));
    connect(m_policyFilter, &QLineEdit::textChanged, m_policyProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_policiesView, &QWidget::customContextMenuRequested, this,
            &SessionPanel::showPolicyMenu);

    // The other pages are built when first shown: their views, and the raw page's fixed-pitch
    // font, were a twentieth of the main window's start-up, for pages most people never open.
    for (const auto &[name, title] :
         {std::pair {u"claimsTab"_s, tr("&Claims")}, std::pair {u"rawTab"_s, tr("&Raw")},
          std::pair {u"historyTab"_s, tr("H&istory")}}) {
        auto *page = new QWidget(m_tabs);
        page->setObjectName(name);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(page, title);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &SessionPanel::buildPage);

    nameCorner(m_policiesView, tr("Select all policies"));
}

void SessionPanel::buildPage(int index)
{
    QWidget *page = m_tabs->widget(index);
    auto *layout = static_cast<QVBoxLayout *>(page->layout());
    if (page->objectName() == u"claimsTab"_s && !m_claimsTree) {
        m_claimsSignature = badge(u"claimsSignature"_s, tr("Signature"), page);
        layout->addWidget(m_claimsSignature);
        m_claimsTree = new QTreeWidget(page);
        m_claimsTree->setObjectName(u"claimsTree"_s);
        m_claimsTree->setAccessibleName(tr("Claims of the id_token"));
        m_claimsTree->setHeaderLabels({tr("Claim"), tr("Value")});
        m_claimsTree->setAlternatingRowColors(true);
        m_claimsTree->setContextMenuPolicy(Qt::CustomContextMenu);
        m_claimsTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_claimsTree->installEventFilter(this);
        layout->addWidget(m_claimsTree, 1);
        connect(m_claimsTree, &QWidget::customContextMenuRequested, this,
                &SessionPanel::showClaimMenu);
        // Created last, it would come last in the window's tab order: it belongs after the tabs.
        setTabOrder(m_tabs, m_claimsTree);
        renderBadges();
        applyColours();
        renderClaims();
    } else if (page->objectName() == u"rawTab"_s && !m_rawEdit) {
        m_revealCheck = new QCheckBox(tr("Reveal &tokens"), page);
        m_revealCheck->setObjectName(u"revealCheck"_s);
        m_revealCheck->setAccessibleName(tr("Reveal tokens"));
        layout->addWidget(m_revealCheck);
        m_rawEdit = new QPlainTextEdit(page);
        m_rawEdit->setObjectName(u"rawEdit"_s);
        m_rawEdit->setAccessibleName(tr("Token response"));
        m_rawEdit->setReadOnly(true);
        m_rawEdit->setUndoRedoEnabled(false);
        m_rawEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_rawEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_rawEdit->setTabChangesFocus(true);
        layout->addWidget(m_rawEdit, 1);
        connect(m_revealCheck, &QCheckBox::toggled, this, &SessionPanel::renderRaw);
        setTabOrder(m_tabs, m_revealCheck);
        setTabOrder(m_revealCheck, m_rawEdit);
        renderRaw();
    } else if (page->objectName() == u"historyTab"_s && !m_historyTable) {
        m_historyTable = new QTableWidget(0, 4, page);
        m_historyTable->setObjectName(u"historyTable"_s);
        m_historyTable->setAccessibleName(tr("Session history"));
        m_historyTable->setHorizontalHeaderLabels(
            {tr("Time (local)"), tr("Program"), tr("Result"), tr("Latency (ms)")});
        readOnlyRows(m_historyTable);
        QHeaderView *historyHeader = m_historyTable->horizontalHeader();
        historyHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
        historyHeader->setSectionResizeMode(2, QHeaderView::Stretch);
        layout->addWidget(m_historyTable, 1);
        nameCorner(m_historyTable, tr("Select all history rows"));
        setTabOrder(m_tabs, m_historyTable);
        renderHistory();
    }
    // Children made after their parent was shown wait for an event to show themselves; the page
    // is on screen now, so are they.
    for (QWidget *made : page->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        made->show();
}

void SessionPanel::setActions(const PanelActions &actions)
{
    m_actions = actions;
    const QList<std::pair<QToolButton *, QAction *>> bound {
        {m_getButton, actions.getSession},        {m_checkButton, actions.checkOnServer},
        {m_signOutButton, actions.signOut},       {m_cancelButton, actions.cancel},
        {m_copyHeaderButton, actions.copyHeader}, {m_copyTokenButton, actions.copyToken},
        {m_copyCurlButton, actions.copyCurl},
    };
    for (const auto &[button, action] : bound) {
        if (!action)
            continue;
        button->setDefaultAction(action);
        // The button's name says what it does; the action's text carries a menu mnemonic.
        button->setAccessibleName(QString(action->text()).remove(u'&').remove(u'…'));
        button->show();
    }
    if (QAction *keepAlive = actions.keepAlive) {
        m_keepAliveCheck->setChecked(keepAlive->isChecked());
        m_keepAliveCheck->setToolTip(keepAlive->toolTip());
        connect(m_keepAliveCheck, &QCheckBox::toggled, keepAlive, &QAction::setChecked);
        connect(keepAlive, &QAction::toggled, m_keepAliveCheck, &QCheckBox::setChecked);
        connect(keepAlive, &QAction::changed, this, &SessionPanel::renderSummary);
    }
    render();
}

void SessionPanel::setExpiringSoonSeconds(int seconds)
{
    m_expiringSoonSeconds = std::max(0, seconds);
    refresh();
}

QDateTime SessionPanel::lifetimeStart(const Session &session)
{
    if (session.renewedAt.isValid())
        return session.renewedAt;
    if (session.obtainedAt.isValid())
        return session.obtainedAt;
    if (session.idClaims) {
        if (const auto issuedAt = numericDate(session.idClaims->claims.value("iat"_L1)))
            return *issuedAt;
    }
    return {};
}

void SessionPanel::showIdle(const QString &profileName)
{
    m_profileName = profileName;
    forgetSession();
    m_error.reset();
    m_status = ProfileStatus::NoSession;
    m_infoLabel->clear();
    render();
}

void SessionPanel::showSession(const Session &session, const Profile &profile)
{
    const bool sameSession = m_session && m_session->accessToken == session.accessToken;
    if (!sameSession)
        forgetSession();
    m_profileName = profile.name;
    m_session = session;
    m_profile = profile;
    m_error.reset();
    m_lifetimeStart = lifetimeStart(session);
    if (!m_lifetimeStart.isValid())
        m_lifetimeStart = m_clock.now();
    if (!sameSession)
        m_infoLabel->clear();
    m_status = ProfileStatus::Valid;
    render();
    m_ticker->start();
}

void SessionPanel::showError(const Error &error, const QString &profileName)
{
    m_profileName = profileName;
    forgetSession();
    m_error = error;
    m_status =
        error.kind == ErrorKind::Interrupted ? ProfileStatus::Cancelled : ProfileStatus::Failed;
    m_infoLabel->clear();
    render();
}

void SessionPanel::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyText = what;
    renderSummary();
}

void SessionPanel::setHistory(const QList<HistoryEntry> &entries)
{
    m_history = entries;
    renderHistory();
}

void SessionPanel::setProfileFacts(const QString &text)
{
    m_profileFacts->setText(text);
    m_profileFacts->setVisible(!text.isEmpty());
}

void SessionPanel::setInfo(const QString &text)
{
    m_infoLabel->setText(text);
    m_infoLabel->setVisible(!text.isEmpty());
}

void SessionPanel::refresh()
{
    if (!m_session)
        return;
    const QDateTime now = m_clock.now();
    const QDateTime &at = m_session->expiry.at;
    const ProfileStatus next = sessionStatus(at, m_lifetimeStart, now, m_expiringSoonSeconds);
    if (at.isValid()) {
        m_timeLeftLabel->setText(timeLeftText(at, now));
        m_lifetimeBar->setValue(static_cast<int>(std::lround(remainingFraction() * BarSteps)));
    } else {
        m_timeLeftLabel->setText(tr("no expiry given"));
    }
    if (next != m_status) {
        m_status = next;
        renderSummary();
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
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        renderSummary();
    }
    QWidget::changeEvent(event);
}

bool SessionPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The Menu key and Shift+F10 open a table's context menu at its current row.
    if (event->type() == QEvent::KeyPress
        && (watched == m_policiesView || watched == m_claimsTree)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Menu
            || (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier)) {
            auto *view = static_cast<QAbstractItemView *>(watched);
            const QRect row = view->visualRect(view->currentIndex());
            const QPoint at = row.isValid() ? row.center() : QPoint(0, 0);
            if (watched == m_policiesView)
                showPolicyMenu(at);
            else
                showClaimMenu(at);
            return true;
        }
    }
    // Accepting the ShortcutOverride keeps a window-wide Copy action from taking Ctrl+C while
    // the policy table has the focus.
    if (watched == m_policiesView
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
    if (m_revealCheck)
        m_revealCheck->setChecked(false);
}

void SessionPanel::render()
{
    renderDetails();
    renderPolicies();
    renderClaims();
    renderRaw();
    refresh();
    renderSummary();
}

QString SessionPanel::signatureText() const
{
    if (!m_session)
        return {};
    const SignatureCheck &check = m_session->signature;
    if (check.state == SignatureState::Verified)
        return tr("verified");
    return tr("not verified: %1").arg(signatureStateLabel(check.state));
}

void SessionPanel::renderSummary()
{
    const bool shown = m_session.has_value();
    m_titleLabel->setText(m_profileName.isEmpty() ? tr("No profile selected")
                                                  : oneLineText(m_profileName));
    const ProfileStatus shownStatus = m_busy ? ProfileStatus::Working : m_status;
    m_statusIcon->setPixmap(statusstyle::icon(shownStatus, palette())
                                .pixmap(m_statusIcon->size(), devicePixelRatioF()));
    m_statusIcon->setAccessibleName(statusLabel(shownStatus));
    m_statusIcon->setToolTip(statusLabel(shownStatus));

    QString status;
    switch (m_status) {
    case ProfileStatus::NoSession:
        status = m_profileName.isEmpty() ? tr("Select a profile on the left.")
                                         : tr("No session yet: press Enter to get one.");
        break;
    case ProfileStatus::Working:
    case ProfileStatus::Valid:
        status = tr("Session valid");
        break;
    case ProfileStatus::Expiring:
        status = tr("Expiring soon: press Enter for a new session.");
        break;
    case ProfileStatus::Expired:
        status = tr("Expired: press Enter for a new session.");
        break;
    case ProfileStatus::Failed:
        status = m_error ? errorKindLabel(m_error->kind) : statusLabel(m_status);
        break;
    case ProfileStatus::Cancelled:
        status = tr("Cancelled: nothing changed.");
        break;
    }
    if (m_busy)
        status = m_busyText.isEmpty() ? statusLabel(ProfileStatus::Working) : m_busyText;
    m_statusLabel->setText(status);
    m_timeLeftLabel->setVisible(shown);
    if (!shown)
        m_timeLeftLabel->clear();
    m_lifetimeBar->setVisible(shown && m_session->expiry.at.isValid());
    m_busyBar->setVisible(m_busy);
    m_cancelButton->setVisible(m_busy && m_actions.cancel);
    m_keepAliveCheck->setVisible(m_actions.keepAlive && !m_profileName.isEmpty());

    QString note;
    if (shown && m_actions.keepAlive && m_actions.keepAlive->isChecked()) {
        if (m_session->refreshToken.isEmpty())
            note = tr("This session has no refresh token: it cannot be renewed, only replaced.");
        else if (m_session->expiry.at.isValid()) {
            const QDateTime half =
                m_lifetimeStart.addMSecs(m_lifetimeStart.msecsTo(m_session->expiry.at) / 2);
            note = tr("Renews itself at half-life (%1) while the app runs.").arg(clockText(half));
        }
    }
    m_keepAliveNote->setText(note);
    m_keepAliveNote->setVisible(!note.isEmpty());
    renderBadges();
    renderMessages();
    applyColours();
}

void SessionPanel::renderBadges()
{
    const bool shown = m_session.has_value();
    m_signatureBadge->setVisible(shown);
    m_cachedBadge->setVisible(shown && m_session->cached());
    m_renewedBadge->setVisible(shown && m_session->renewedAt.isValid());
    m_serverBadge->setVisible(shown && m_session->validOnServer.has_value());
    if (!shown)
        return;
    const bool verified = m_session->signature.state == SignatureState::Verified;
    m_signatureBadge->setText(verified ? tr("✔ signature verified")
                                       : tr("⚠ signature %1").arg(signatureText()));
    m_signatureBadge->setToolTip(m_session->signature.keyLabel.isEmpty()
                                     ? QString()
                                     : tr("Verified with %1").arg(m_session->signature.keyLabel));
    m_cachedBadge->setText(tr("cached"));
    m_cachedBadge->setToolTip(tr("Reused from the keychain; no request was sent"));
    m_renewedBadge->setText(tr("renewed %1").arg(clockText(m_session->renewedAt)));
    m_renewedBadge->setToolTip(localeText(m_session->renewedAt));
    if (m_session->validOnServer) {
        const QString checked = clockText(m_session->checkedOnServerAt);
        m_serverBadge->setText(*m_session->validOnServer
                                   ? tr("✔ valid on server (checked %1)").arg(checked)
                                   : tr("✖ revoked on server (checked %1)").arg(checked));
    }
    const QString claimsBadge = verified
        ? tr("✔ Signature verified: these claims come from the server.")
        : tr("⚠ Signature %1: the claims are shown as received.").arg(signatureText());
    if (m_claimsSignature)
        m_claimsSignature->setText(claimsBadge);
    m_policiesSignature->setText(verified ? tr("✔ verified") : tr("⚠ not verified"));
    m_policiesSignature->setToolTip(claimsBadge);
}

void SessionPanel::renderMessages()
{
    const bool failed = m_error.has_value();
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
    m_errorLabel->setText(errorLines.join(u'\n'));
    m_errorLabel->setVisible(failed);
    const QString remedy = failed ? remedyButtonText(m_error->remedy) : QString();
    m_remedyButton->setText(remedy);
    m_remedyButton->setAccessibleName(remedy.isEmpty() ? tr("Fix the problem") : remedy);
    m_remedyButton->setVisible(failed && !remedy.isEmpty());
    m_retryButton->setVisible(failed && !m_busy && !remedyRetries(m_error->remedy));
    m_remedyRow->setVisible(failed && !m_busy);

    const bool shown = m_session.has_value();
    const bool deviceUnproven = shown && m_session->deviceMode != DeviceMode::None
        && m_session->deviceAuthenticated == false;
    m_deviceWarningLabel->setText(
        deviceUnproven ? tr("The server did not authenticate the device %1: it granted an "
                            "application-only session.")
                             .arg(m_session->deviceMode == DeviceMode::Certificate
                                      ? oneLineText(m_session->deviceCertificate.subject)
                                      : oneLineText(m_profile.deviceId))
                       : QString());
    m_deviceWarningLabel->setVisible(deviceUnproven);
    const QString expiry = shown ? expiryWarning(m_session->expiry, m_lifetimeStart) : QString();
    m_expiryWarningLabel->setText(expiry);
    m_expiryWarningLabel->setVisible(!expiry.isEmpty());
    QStringList warnings;
    if (shown) {
        for (const QString &w : m_session->warnings)
            warnings.append(tr("⚠ %1").arg(oneLineText(w)));
    }
    m_warningsLabel->setText(warnings.join(u'\n'));
    m_warningsLabel->setVisible(!warnings.isEmpty());
    m_infoLabel->setVisible(!m_infoLabel->text().isEmpty());
    m_splitter->setVisible(shown || !failed);
}

void SessionPanel::renderDetails()
{
    const bool shown = m_session.has_value();
    m_details->setVisible(shown);
    if (!shown)
        return;
    const Session &s = *m_session;

    switch (s.tokenTypeClass) {
    case TokenTypeClass::Bearer:
    case TokenTypeClass::Other:
        m_tokenTypeValue->setText(oneLineText(s.tokenType));
        break;
    case TokenTypeClass::Missing:
        m_tokenTypeValue->setText(tr("none sent; used as Bearer"));
        break;
    }
    const bool expiryKnown = s.expiry.at.isValid();
    m_expiresLocalValue->setText(expiryKnown ? localeText(s.expiry.at) : tr("unknown"));
    m_expiresUtcValue->setText(expiryKnown ? utcText(s.expiry.at) : tr("unknown"));
    const Expiry &expiry = s.expiry;
    if (!expiry.sourcesDisagree) {
        m_expirySourceValue->setText(expirySourceLabel(expiry.source));
    } else {
        m_expirySourceValue->setText(QStringList {
            tr("%1, the earlier of two times that disagree:").arg(expirySourceLabel(expiry.source)),
            tr("%1: %2").arg(expirySourceLabel(u"id_token_exp"_s), timeText(expiry.fromIdToken)),
            tr("%1: %2").arg(
                expirySourceLabel(expiry.millisecondsUnit ? u"expires_in_ms"_s : u"expires_in_s"_s),
                timeText(expiry.fromExpiresIn)),
        }
                                         .join(u'\n'));
    }

    const ClaimsSummary claims =
        s.idClaims ? summarizeClaims(s.idClaims->claims) : ClaimsSummary {};
    const auto claimText = [&s](const QString &value) {
        if (!s.idClaims)
            return tr("(no id_token)");
        return value.isEmpty() ? tr("(not in the id_token)") : oneLineText(value);
    };
    m_subjectValue->setText(claimText(claims.subject));
    m_nameValue->setText(claimText(claims.name));
    m_generationValue->setText(s.generation == Generation::V2 ? tr("2.x") : tr("3.x"));
    m_obtainedByValue->setText(s.cached() ? tr("cache (reused from the keychain)")
                                          : obtainedByName(s.obtainedBy));

    QString device;
    switch (s.deviceMode) {
    case DeviceMode::None:
        device = tr("none configured");
        break;
    case DeviceMode::Secret:
        device = tr("device secret (%1)").arg(oneLineText(m_profile.deviceId));
        break;
    case DeviceMode::Certificate:
        device = tr("certificate (%1)")
                     .arg(s.deviceCertificate.subject.isEmpty()
                              ? oneLineText(m_profile.certificatePath)
                              : oneLineText(s.deviceCertificate.subject));
        break;
    }
    if (s.deviceMode != DeviceMode::None)
        device += u" — "_s
            + (!s.deviceAuthenticated       ? tr("authentication unknown (signature not verified)")
                   : *s.deviceAuthenticated ? tr("authenticated")
                                            : tr("NOT authenticated"));
    m_deviceValue->setText(device);
    m_clientSecretValue->setText(s.clientSecretChecked ? tr("yes") : tr("no"));
    m_facilityValue->setText(s.facility.isEmpty() ? tr("none") : oneLineText(s.facility));
    m_refreshValue->setText(s.refreshToken.isEmpty()
                                ? tr("no")
                                : (s.renewedAt.isValid()
                                       ? tr("yes; last renewed %1").arg(localeText(s.renewedAt))
                                       : tr("yes")));

    QStringList notes;
    for (const QString &note : s.notes)
        notes.append(oneLineText(note));
    m_notesLabel->setText(notes.join(u'\n'));
    m_notesLabel->setVisible(!notes.isEmpty());
}

void SessionPanel::renderPolicies()
{
    m_policies->clear();
    m_policies->setHorizontalHeaderLabels({tr("Policy"), tr("OID"), tr("Named by")});
    if (!m_session)
        return;
    for (const SessionPolicy &policy : m_session->policies) {
        auto *name =
            new QStandardItem(policy.name.isEmpty() ? tr("(unknown)") : oneLineText(policy.name));
        auto *oid = new QStandardItem(oneLineText(policy.oid));
        auto *source =
            new QStandardItem(policy.nameSource == u"server"_s         ? tr("server")
                                  : policy.nameSource == u"built_in"_s ? tr("built-in table")
                                                                       : tr("nobody"));
        for (QStandardItem *item : {name, oid, source})
            item->setData(policy.oid, Qt::UserRole);
        m_policies->appendRow({name, oid, source});
    }
    m_policiesView->resizeColumnToContents(0);
    m_policiesView->resizeColumnToContents(1);
}

void SessionPanel::renderClaims()
{
    if (!m_claimsTree)
        return;
    m_claimsTree->clear();
    if (!m_session || !m_session->idClaims)
        return;
    const QJsonObject &claims = m_session->idClaims->claims;
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        auto *item = new QTreeWidgetItem(m_claimsTree, {oneLineText(it.key())});
        const bool timeClaim =
            std::any_of(TimeClaims.cbegin(), TimeClaims.cend(),
                        [&it](QLatin1StringView key) { return it.key() == key; });
        const auto at = timeClaim ? numericDate(it.value()) : std::nullopt;
        if (at)
            item->setText(1, timeText(*at));
        else
            addClaimChildren(item, it.value());
    }
    m_claimsTree->expandAll();
    m_claimsTree->resizeColumnToContents(0);
}

void SessionPanel::renderRaw()
{
    if (!m_rawEdit)
        return;
    m_revealCheck->setEnabled(m_session.has_value());
    if (!m_session) {
        m_rawEdit->clear();
        return;
    }
    if (m_session->raw.isEmpty()) {
        m_rawEdit->setPlainText(tr("(the token response is not available for a cached session)"));
        return;
    }
    QStringList tokens;
    for (const QString &token :
         {m_session->accessToken, m_session->idToken, m_session->refreshToken}) {
        if (!token.isEmpty())
            tokens.append(token);
    }
    const QJsonObject shown = m_revealCheck->isChecked()
        ? m_session->raw
        : maskTokens(m_session->raw, tokens, false).toObject();
    m_rawEdit->setPlainText(
        QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented)));
}

void SessionPanel::renderHistory()
{
    QList<HistoryEntry> entries = m_history;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.at > b.at; });
    QTableWidget *table = m_historyTable;
    if (!table)
        return;
    table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const HistoryEntry &entry = entries.at(row);
        QString result;
        if (entry.result == u"ok"_s)
            result = tr("session obtained");
        else if (entry.result == u"cached"_s)
            result = tr("cached session reused");
        else if (const auto kind = parseErrorKind(entry.errorKind))
            result = entry.message.isEmpty()
                ? errorKindLabel(*kind)
                : tr("%1: %2").arg(errorKindLabel(*kind), oneLineText(entry.message));
        else
            result = oneLineText(entry.message.isEmpty() ? entry.result : entry.message);
        auto *latency = new QTableWidgetItem(QString::number(entry.latencyMs));
        latency->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 0, new QTableWidgetItem(localeText(entry.at)));
        table->setItem(row, 1, new QTableWidgetItem(oneLineText(entry.program)));
        table->setItem(row, 2, new QTableWidgetItem(result));
        table->setItem(row, 3, latency);
    }
}

// Colours come from the current palette through the status style, so a dark palette (or a theme
// change while the app runs) keeps every pairing readable; a symbol or word always goes with them.
void SessionPanel::applyColours()
{
    const QPalette base = palette();
    const ProfileStatus shownStatus = m_busy ? ProfileStatus::Working : m_status;
    // The bar: the usual highlight while plenty is left, the warning tone in the last fifth,
    // the error tone once expired.
    QPalette bar = base;
    if (m_status == ProfileStatus::Expiring || m_status == ProfileStatus::Expired)
        bar.setColor(QPalette::Highlight, statusstyle::toneColour(statusTone(m_status), base));
    m_lifetimeBar->setPalette(bar);
    tint(m_timeLeftLabel, statusTone(shownStatus), base, false);
    tint(m_statusLabel, statusTone(shownStatus), base, false);
    tint(m_errorLabel, statusTone(m_status), base, true);
    const bool verified = m_session && m_session->signature.state == SignatureState::Verified;
    for (QLabel *b : {m_signatureBadge, m_claimsSignature, m_policiesSignature}) {
        if (b)
            tint(b, verified ? StatusTone::Good : StatusTone::Warning, base, true);
    }
    tint(m_serverBadge,
         m_session && m_session->validOnServer == false ? StatusTone::Bad : StatusTone::Good, base,
         true);
    tint(m_cachedBadge, StatusTone::Neutral, base, true);
    tint(m_renewedBadge, StatusTone::Busy, base, true);
    for (QLabel *warning : {m_deviceWarningLabel, m_expiryWarningLabel, m_warningsLabel})
        tint(warning, StatusTone::Warning, base, true);
}

void SessionPanel::copyText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

void SessionPanel::copySelectedPolicies()
{
    QModelIndexList rows = m_policiesView->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_policiesView->currentIndex().isValid())
        rows.append(m_policiesView->currentIndex().siblingAtColumn(0));
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &row : rows)
        lines.append(row.data().toString() + u'\t' + row.siblingAtColumn(1).data().toString());
    copyText(lines.join(u'\n'));
}

QString SessionPanel::policiesJson() const
{
    QJsonArray list;
    if (m_session) {
        for (const SessionPolicy &p : m_session->policies)
            list.append(QJsonObject {
                {u"oid"_s, p.oid},
                {u"name"_s, p.name.isEmpty() ? QJsonValue() : QJsonValue(p.name)},
                {u"name_source"_s,
                 p.nameSource.isEmpty() ? QJsonValue() : QJsonValue(p.nameSource)},
            });
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
}

void SessionPanel::buildMenus()
{
    // Menus made once and shown with popup(): no nested event loop, and keyboard users reach
    // them with the Menu key or Shift+F10 like any context menu.
    m_policyMenu = new QMenu(this);
    m_policyMenu->setObjectName(u"policyMenu"_s);
    m_policyMenu
        ->addAction(tr("Copy &value"), this,
                    [this] { copyText(m_policiesView->currentIndex().data().toString()); })
        ->setObjectName(u"copyValue"_s);
    m_policyMenu
        ->addAction(tr("Copy &row"), this,
                    [this] {
                        const QModelIndex index = m_policiesView->currentIndex();
                        QStringList cells;
                        for (int column = 0; column < m_policyProxy->columnCount(); ++column)
                            cells.append(index.siblingAtColumn(column).data().toString());
                        copyText(cells.join(u'\t'));
                    })
        ->setObjectName(u"copyRow"_s);
    QAction *selected = m_policyMenu->addAction(tr("Copy &selected rows"), this,
                                                &SessionPanel::copySelectedPolicies);
    selected->setObjectName(u"copySelected"_s);
    selected->setShortcut(QKeySequence::Copy);
    m_policyMenu
        ->addAction(tr("Copy everything as &JSON"), this, [this] { copyText(policiesJson()); })
        ->setObjectName(u"copyJson"_s);

    m_claimMenu = new QMenu(this);
    m_claimMenu->setObjectName(u"claimMenu"_s);
    m_claimMenu
        ->addAction(tr("Copy &value"), this,
                    [this] {
                        if (const QTreeWidgetItem *item = m_claimsTree->currentItem())
                            copyText(item->text(1));
                    })
        ->setObjectName(u"copyValue"_s);
    m_claimMenu
        ->addAction(tr("Copy &row"), this,
                    [this] {
                        if (const QTreeWidgetItem *item = m_claimsTree->currentItem())
                            copyText(item->text(0) + u'\t' + item->text(1));
                    })
        ->setObjectName(u"copyRow"_s);
    m_claimMenu
        ->addAction(tr("Copy everything as &JSON"), this,
                    [this] {
                        if (m_session && m_session->idClaims)
                            copyText(QString::fromUtf8(QJsonDocument(m_session->idClaims->claims)
                                                           .toJson(QJsonDocument::Indented)));
                    })
        ->setObjectName(u"copyJson"_s);
}

void SessionPanel::showPolicyMenu(const QPoint &at)
{
    if (const QModelIndex index = m_policiesView->indexAt(at); index.isValid())
        m_policiesView->setCurrentIndex(index);
    const bool onRow = m_policiesView->currentIndex().isValid();
    for (QAction *a : m_policyMenu->actions())
        a->setEnabled(onRow || a->objectName() == u"copyJson"_s);
    m_policyMenu->popup(m_policiesView->viewport()->mapToGlobal(at));
}

void SessionPanel::showClaimMenu(const QPoint &at)
{
    if (QTreeWidgetItem *item = m_claimsTree->itemAt(at))
        m_claimsTree->setCurrentItem(item);
    const QTreeWidgetItem *current = m_claimsTree->currentItem();
    for (QAction *a : m_claimMenu->actions())
        a->setEnabled(
            a->objectName() == u"copyJson"_s
            || (current && (a->objectName() == u"copyRow"_s || !current->text(1).isEmpty())));
    m_claimMenu->popup(m_claimsTree->viewport()->mapToGlobal(at));
}

} // namespace sdsm::gui
