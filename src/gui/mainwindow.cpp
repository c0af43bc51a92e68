// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "checkwindow.h"
#include "clearaction.h"
#include "clipboardguard.h"
#include "clock.h"
#include "curlcommand.h"
#include "dialogprompter.h"
#include "expirywatcher.h"
#include "keepalive.h"
#include "pendingdeletions.h"
#include "profiledelegate.h"
#include "profileeditor.h"
#include "profilefiltermodel.h"
#include "profilelistmodel.h"
#include "profiletext.h"
#include "promptdialogs.h"
#include "sessionpanel.h"
#include "settingsdialog.h"
#include "svgicon.h"
#include "textrules.h"
#include "timetext.h"
#include "tray.h"
#include "trustdialog.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

constexpr int UndoSeconds = 10;
constexpr int TickMs = 1000;

QString sentence(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    out[0] = out.at(0).toUpper();
    if (!out.endsWith(u'.') && !out.endsWith(u'?') && !out.endsWith(u'!'))
        out.append(u'.');
    return out;
}

// "Copy &header" with "Ctrl+Shift+C": tooltips show the shortcut (issue 8 §2).
QString tipFor(const QAction *action)
{
    const QString text = QString(action->text()).remove(u'&').remove(u'…');
    if (action->shortcut().isEmpty())
        return text;
    return MainWindow::tr("%1 (%2)").arg(text,
                                         action->shortcut().toString(QKeySequence::NativeText));
}

ProfileFilterModel::SortKey sortKeyFrom(const QString &name)
{
    if (name == u"server"_s)
        return ProfileFilterModel::SortKey::Server;
    if (name == u"time_left"_s)
        return ProfileFilterModel::SortKey::TimeLeft;
    if (name == u"last_used"_s)
        return ProfileFilterModel::SortKey::LastUsed;
    return ProfileFilterModel::SortKey::Name;
}

} // namespace

MainWindow::MainWindow(Workspace &workspace, AppSettings &settings, const Clock &clock,
                       TrayPresenter *tray, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_clock(clock)
    , m_model(
          new ProfileListModel(workspace, clock, this, ProfileListModel::FirstLoad::InBackground))
    , m_filter(new ProfileFilterModel(this))
    , m_central(new QStackedWidget)
    , m_emptyState(nullptr)
    , m_search(new QLineEdit)
    , m_matchCount(new QLabel)
    , m_tagFilter(new QComboBox)
    , m_list(new QListView)
    , m_listProblem(new QLabel)
    , m_panel(new SessionPanel(clock))
    , m_splitter(new QSplitter)
    , m_clipboard(new ClipboardGuard(QGuiApplication::clipboard(), this))
    , m_expiry(new ExpiryWatcher(clock, this))
    , m_keepAlive(new KeepAlive(clock, this))
    , m_prompter(new DialogPrompter(this))
    , m_pending(std::make_unique<PendingDeletions>(
          QDir(workspace.paths().dataDir).filePath(u"pending-deletions.json"_s)))
    , m_clipboardStatus(new QLabel)
    , m_undoBar(new QWidget)
    , m_undoLabel(new QLabel)
    , m_undoButton(new QPushButton)
    , m_undoTimer(new QTimer(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    buildActions();
    buildMenus();
    buildLayout();
    // The model has been reading the files on another thread while the widgets were built.
    m_model->finishFirstLoad();

    connect(m_model, &ProfileListModel::reloaded, this, &MainWindow::onModelReloaded);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_list, &QListView::activated, this, &MainWindow::getSession);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::onSearchChanged);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTag(m_tagFilter->currentData().toString());
        ensureSelection();
        updateMatchCount();
    });
    connect(m_panel, &SessionPanel::remedyRequested, this, &MainWindow::applyRemedy);
    connect(m_panel, &SessionPanel::retryRequested, this, [this] {
        if (const auto p = currentProfile())
            retry(p->uuid);
    });
    connect(&m_workspace.sessions(), &SessionService::warning, this,
            [this](const QString &text) { note(text, 16000); });
    connect(m_prompter, &DialogPrompter::dialogOpened, this, [this](QDialog *dialog) {
        // A question mid-attempt needs the person: bring the window forward for it.
        raiseWindow();
        Q_EMIT dialogOpened(dialog);
    });

    connect(m_clipboard, &ClipboardGuard::countdownChanged, this, [this](int secondsLeft) {
        m_clipboardStatus->setText(
            secondsLeft > 0 ? tr("Clipboard clears in %n s", nullptr, secondsLeft) : QString());
    });
    connect(m_clipboard, &ClipboardGuard::cleared, this, [this] {
        m_clipboardStatus->clear();
        note(tr("Clipboard cleared."));
    });
    connect(m_clipboard, &ClipboardGuard::leftAlone, this, [this] {
        m_clipboardStatus->clear();
        note(tr("The clipboard holds something else now, so it was left alone."));
    });
    connect(m_clipboard, &ClipboardGuard::clearFailed, this, [this](const QString &sentence) {
        m_clipboardStatus->clear();
        note(sentence, 20000);
    });

    connect(m_expiry, &ExpiryWatcher::expiringSoon, this,
            [this](const QUuid &uuid, const QString &name, qint64) {
                const auto held = m_sessions.constFind(uuid);
                if (m_tray && held != m_sessions.cend())
                    m_tray->notify(tr("Session expiring"),
                                   tr("The session of %1: %2.")
                                       .arg(name, timeLeftText(held->expiry.at, m_clock.now())));
            });
    connect(m_keepAlive, &KeepAlive::renewalDue, this, [this](const QUuid &uuid) {
        if (!m_running.contains(uuid))
            start({uuid, RequestKind::Renew, {}});
    });

    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(UndoSeconds * 1000);
    connect(m_undoTimer, &QTimer::timeout, this, &MainWindow::expireUndo);

    // Badges, countdowns and renewals follow the clock; the model repaints only rows that change.
    m_ticker->setInterval(TickMs);
    connect(m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker->start();

    m_filter->setSortKey(sortKeyFrom(m_settings.sortKey()));
    applySettings();
    // Read before the list's first refresh selects a profile (which becomes the last used one).
    const QUuid lastUsed = m_settings.lastProfile();
    // The model read the files when it was made (and applySettings() redrew its badges): reading
    // them again here built the list twice, comparing every row, a third of start-up at 1,000
    // profiles (bench/app.sh).
    onModelReloaded();
    restoreWindowState();
    // Start-up focus is on the list, with the last used (or first) profile selected: Enter then
    // gets its session at once.
    if (!lastUsed.isNull())
        selectProfile(lastUsed);
    ensureSelection();
    m_list->setFocus(Qt::OtherFocusReason);
    updateActions();
    finishStaleDeletions();
    if (tray)
        attachTray(tray);
}

MainWindow::~MainWindow() = default;

void MainWindow::attachTray(TrayPresenter *tray)
{
    m_tray = tray;
    connect(m_tray, &TrayPresenter::copyHeaderRequested, this, [this](const QUuid &uuid) {
        selectProfile(uuid);
        copyHeader();
    });
    connect(m_tray, &TrayPresenter::showWindowRequested, this, &MainWindow::raiseWindow);
    connect(m_tray, &TrayPresenter::quitRequested, this, [this] {
        m_quitting = true;
        close();
        QCoreApplication::quit();
    });
    applyTraySettings();
    // The sessions held so far, which the new tray's menu does not list yet.
    m_trayTexts.clear();
    updateTray();
}

QAction *MainWindow::makeAction(const QString &objectName, const QString &text, const QString &icon,
                                const QKeySequence &shortcut, void (MainWindow::*slot)())
{
    auto *action = new QAction(text, this);
    if (!icon.isEmpty())
        action->setIcon(svgIcon(u":/icons/"_s + icon + u".svg"_s));
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(tipFor(action));
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    m_actions.insert(objectName, action);
    addAction(action);
    return action;
}

CheckWindow *MainWindow::checkWindow() const
{
    return m_checkWindow;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

void MainWindow::buildActions()
{
    makeAction(u"getSession"_s, tr("&Get session"), u"session"_s,
               QKeySequence(Qt::CTRL | Qt::Key_Return), &MainWindow::getSession);
    makeAction(u"getFreshSession"_s, tr("Get a &new session"), u"session"_s,
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &MainWindow::getFreshSession);
    makeAction(u"checkOnServer"_s, tr("Chec&k on server"), u"check-server"_s,
               QKeySequence(Qt::CTRL | Qt::Key_K), &MainWindow::checkOnServer);
    makeAction(u"checkIdentities"_s, tr("Check &identities…"), u"check-server"_s,
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &MainWindow::checkIdentities);
    makeAction(u"signOut"_s, tr("Sign &out"), u"sign-out"_s,
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &MainWindow::signOut);
    makeAction(u"cancelRequest"_s, tr("&Cancel request"), u"cancel"_s, QKeySequence(Qt::Key_Escape),
               &MainWindow::cancelRequest);
    makeAction(u"copyHeader"_s, tr("Copy &header"), u"copy"_s,
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::copyHeader);
    makeAction(u"copyToken"_s, tr("Copy &token"), u"token"_s,
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &MainWindow::copyToken);
    makeAction(u"copyCurl"_s, tr("Copy as c&url"), u"curl"_s,
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), &MainWindow::copyCurl);
    QAction *keepAlive = makeAction(u"keepAlive"_s, tr("Keep this session &alive"), u"keep-alive"_s,
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), nullptr);
    keepAlive->setCheckable(true);
    keepAlive->setToolTip(
        tr("Renew this profile's session at half its lifetime while the app runs (%1)")
            .arg(keepAlive->shortcut().toString(QKeySequence::NativeText)));
    connect(keepAlive, &QAction::toggled, this, [this](bool on) {
        if (m_syncingKeepAlive)
            return;
        if (const auto p = currentProfile()) {
            m_settings.setKeepAlive(p->uuid, on);
            m_keepAlive->setEnabled(p->uuid, on);
            m_panel->refresh();
        }
    });
    makeAction(u"newProfile"_s, tr("&New profile…"), u"add"_s, QKeySequence::New,
               &MainWindow::newProfile);
    makeAction(u"editProfile"_s, tr("&Edit profile…"), u"edit"_s, QKeySequence(Qt::Key_F2),
               &MainWindow::editProfile);
    makeAction(u"duplicateProfile"_s, tr("&Duplicate profile…"), u"duplicate"_s,
               QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::duplicateProfile);
    makeAction(u"removeProfiles"_s, tr("&Remove profile…"), u"remove"_s, QKeySequence::Delete,
               &MainWindow::removeProfiles);
    makeAction(u"undoRemove"_s, tr("Undo re&move"), u"undo"_s, QKeySequence::Undo,
               &MainWindow::undoRemove);
    makeAction(u"importProfiles"_s, tr("&Import profiles…"), u"import"_s,
               QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::importProfiles);
    makeAction(u"exportProfiles"_s, tr("&Export profiles…"), u"export"_s,
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MainWindow::exportProfiles);
    makeAction(u"tryDemo"_s, tr("Try the &demo"), QString(), QKeySequence(), &MainWindow::tryDemo);
    makeAction(u"settings"_s, tr("&Settings…"), u"settings"_s,
               QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::showSettings);

    QAction *find =
        makeAction(u"find"_s, tr("&Find profile"), QString(), QKeySequence::Find, nullptr);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    QAction *quit =
        makeAction(u"quit"_s, tr("&Quit"), QString(), QKeySequence(Qt::CTRL | Qt::Key_Q), nullptr);
    connect(quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
        QCoreApplication::quit();
    });

    auto *sorting = new QActionGroup(this);
    const QList<std::tuple<QString, QString, ProfileFilterModel::SortKey>> sorts {
        {u"sortByName"_s, tr("Sort by &name"), ProfileFilterModel::SortKey::Name},
        {u"sortByServer"_s, tr("Sort by &server"), ProfileFilterModel::SortKey::Server},
        {u"sortByTimeLeft"_s, tr("Sort by &time left"), ProfileFilterModel::SortKey::TimeLeft},
        {u"sortByLastUsed"_s, tr("Sort by &last used"), ProfileFilterModel::SortKey::LastUsed},
    };
    const QStringList keyNames {u"name"_s, u"server"_s, u"time_left"_s, u"last_used"_s};
    for (qsizetype i = 0; i < sorts.size(); ++i) {
        const auto &[name, text, key] = sorts.at(i);
        QAction *a = makeAction(name, text, QString(), QKeySequence(), nullptr);
        a->setCheckable(true);
        a->setChecked(key == sortKeyFrom(m_settings.sortKey()));
        sorting->addAction(a);
        connect(a, &QAction::triggered, this, [this, key, keyName = keyNames.at(i)] {
            m_filter->setSortKey(key);
            m_settings.setSortKey(keyName);
        });
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    for (const QString &name : {u"newProfile"_s, u"importProfiles"_s, u"exportProfiles"_s,
                                u"tryDemo"_s, u"settings"_s, u"quit"_s}) {
        if (name == u"importProfiles"_s || name == u"settings"_s || name == u"quit"_s)
            file->addSeparator();
        file->addAction(action(name));
    }

    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    const QStringList groups[] = {
        {u"getSession"_s, u"getFreshSession"_s, u"cancelRequest"_s},
        {u"copyHeader"_s, u"copyToken"_s, u"copyCurl"_s},
        {u"checkOnServer"_s, u"checkIdentities"_s, u"signOut"_s, u"keepAlive"_s},
        {u"find"_s, u"editProfile"_s, u"duplicateProfile"_s, u"removeProfiles"_s, u"undoRemove"_s},
    };
    for (const QStringList &group : groups) {
        if (!profile->isEmpty())
            profile->addSeparator();
        for (const QString &name : group)
            profile->addAction(action(name));
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const QString &name :
         {u"sortByName"_s, u"sortByServer"_s, u"sortByTimeLeft"_s, u"sortByLastUsed"_s})
        view->addAction(action(name));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About SanteDB Session Manager"));
    about->setObjectName(u"about"_s);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        Q_EMIT dialogOpened(dialog);
    });

    // The context menu offers every action on a profile (issue 8 §2).
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(u"profileContextMenu"_s);
    const QStringList context[] = {
        {u"getSession"_s, u"getFreshSession"_s},
        {u"copyHeader"_s, u"copyToken"_s, u"copyCurl"_s},
        {u"checkOnServer"_s, u"checkIdentities"_s, u"signOut"_s, u"keepAlive"_s},
        {u"editProfile"_s, u"duplicateProfile"_s, u"removeProfiles"_s},
    };
    for (const QStringList &group : context) {
        if (!m_contextMenu->isEmpty())
            m_contextMenu->addSeparator();
        for (const QString &name : group)
            m_contextMenu->addAction(action(name));
    }

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    for (const QString &name :
         {u"newProfile"_s, u"editProfile"_s, u"getSession"_s, u"checkOnServer"_s, u"copyHeader"_s})
        toolbar->addAction(action(name));
}

QWidget *MainWindow::buildEmptyState()
{
    auto *page = new QWidget;
    page->setObjectName(u"emptyState"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *title = new QLabel(tr("No profiles yet"), page);
    title->setObjectName(u"emptyTitle"_s);
    QFont big = title->font();
    big.setBold(true);
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *text = new QLabel(
        tr("A profile holds what a SanteDB server needs to know about an application, its "
           "device or a user; the secrets go to the keychain. Create one, import profiles "
           "exported elsewhere (or drop a profile file here), or try the app against a local "
           "SanteDB emulator."),
        page);
    text->setObjectName(u"emptyText"_s);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    // Centred between stretches, not by the layout's alignment: an aligned item gets the height
    // its text needs at the page's full width, so at its own narrower width the last lines were
    // cut off.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text);
    textRow->addStretch();
    layout->addLayout(textRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (const QString &name : {u"newProfile"_s, u"importProfiles"_s, u"tryDemo"_s}) {
        auto *button = new QToolButton(page);
        button->setObjectName(name + u"Button"_s);
        button->setDefaultAction(action(name));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(QString(action(name)->text()).remove(u'&').remove(u'…'));
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

void MainWindow::buildLayout()
{
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(
        tr("Search profiles (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search profiles"));
    m_search->setAccessibleDescription(
        tr("Searches names, servers, client IDs, device IDs, user names and notes; Down moves "
           "into the results, Enter gets a session for the selected one"));
    addClearAction(m_search, tr("Clear the search"));
    m_search->installEventFilter(this);

    m_matchCount->setObjectName(u"matchCount"_s);
    m_matchCount->setAccessibleName(tr("Search results"));
    m_matchCount->setTextFormat(Qt::PlainText);
    m_tagFilter->setObjectName(u"tagFilter"_s);
    m_tagFilter->setAccessibleName(tr("Show profiles with the tag"));
    m_tagFilter->setToolTip(m_tagFilter->accessibleName());

    m_list->setObjectName(u"profileList"_s);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ProfileDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setUniformItemSizes(true);
    m_list->installEventFilter(this);
    connect(m_list, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { showContextMenu(m_list->viewport()->mapToGlobal(at)); });

    m_listProblem->setObjectName(u"listProblem"_s);
    m_listProblem->setWordWrap(true);
    m_listProblem->setTextFormat(Qt::PlainText);
    m_listProblem->setAccessibleName(tr("Profile file problem"));
    m_listProblem->hide();

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_matchCount, 1);
    filterRow->addWidget(m_tagFilter);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_listProblem);
    leftLayout->addWidget(m_list, 1);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_central->addWidget(m_splitter);
    setCentralWidget(m_central);

    m_panel->setActions({action(u"getSession"_s), action(u"checkOnServer"_s), action(u"signOut"_s),
                         action(u"cancelRequest"_s), action(u"copyHeader"_s),
                         action(u"copyToken"_s), action(u"copyCurl"_s), action(u"keepAlive"_s)});

    m_clipboardStatus->setObjectName(u"clipboardStatus"_s);
    m_clipboardStatus->setAccessibleName(tr("Clipboard"));
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    m_undoLabel->setObjectName(u"undoLabel"_s);
    m_undoButton->setObjectName(u"undoButton"_s);
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setAccessibleName(tr("Undo the removal"));
    m_undoButton->setToolTip(tipFor(action(u"undoRemove"_s)));
    connect(m_undoButton, &QPushButton::clicked, this, &MainWindow::undoRemove);
    undoLayout->addWidget(m_undoLabel);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->hide();
    statusBar()->addPermanentWidget(m_undoBar);
    statusBar()->addPermanentWidget(m_clipboardStatus);

    setTabOrder(m_search, m_tagFilter);
    setTabOrder(m_tagFilter, m_list);
}

void MainWindow::restoreWindowState()
{
    const QRect available = screen()->availableGeometry();
    if (!m_settings.windowGeometry().isEmpty())
        restoreGeometry(m_settings.windowGeometry());
    if (!m_settings.windowState().isEmpty())
        restoreState(m_settings.windowState());
    if (!m_settings.splitterState().isEmpty())
        m_splitter->restoreState(m_settings.splitterState());
    // The default size fits the available screen; a remembered one from a larger screen shrinks
    // to fit this one.
    const QSize wanted = m_settings.windowGeometry().isEmpty()
        ? QSize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 46)
        : size();
    const QSize fitted = wanted.boundedTo(available.size() * 95 / 100);
    if (fitted != size())
        resize(fitted);
    if (m_settings.splitterState().isEmpty()) {
        const int listWidth = std::min(fontMetrics().averageCharWidth() * 42, width() / 3);
        m_splitter->setSizes({listWidth, std::max(width() - listWidth, listWidth)});
    }
}

void MainWindow::applySettings()
{
    m_clipboard->setClearDelaySeconds(m_settings.clipboardClearSeconds());
    m_expiry->setWarningSeconds(m_settings.expiryWarningSeconds());
    m_model->setExpiringSoonSeconds(m_settings.expiryWarningSeconds());
    m_panel->setExpiringSoonSeconds(m_settings.expiryWarningSeconds());
    if (m_checkWindow)
        m_checkWindow->setRequestDefaults(requestDefaults());
    applyTraySettings();
}

void MainWindow::applyTraySettings()
{
    if (m_tray && m_tray->isAvailable())
        m_tray->setVisible(m_settings.trayEnabled());
    QApplication::setQuitOnLastWindowClosed(
        !(m_tray && m_tray->isAvailable() && m_settings.trayEnabled() && m_settings.closeToTray()));
}

void MainWindow::reloadProfiles()
{
    m_model->reload();
}

void MainWindow::selectProfile(const QUuid &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

QList<QUuid> MainWindow::selectedProfiles() const
{
    QList<QUuid> uuids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        uuids << index.data(ProfileListModel::UuidRole).toUuid();
    return uuids;
}

std::optional<Profile> MainWindow::profileFor(const QUuid &uuid) const
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return std::nullopt;
    return m_model->profileAt(row);
}

std::optional<Profile> MainWindow::currentProfile() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isSelected(current))
        return std::nullopt;
    return profileFor(current.data(ProfileListModel::UuidRole).toUuid());
}

std::optional<Session> MainWindow::heldSession(const QUuid &uuid) const
{
    const auto found = m_sessions.constFind(uuid);
    return found == m_sessions.cend() ? std::nullopt : std::optional<Session>(*found);
}

bool MainWindow::keepAliveFor(const Profile &profile) const
{
    // On by default for user sessions: a clerk's session is the one that runs out mid-task.
    return m_settings.keepAlive(profile.uuid).value_or(profile.grant == GrantType::Password);
}

void MainWindow::onModelReloaded()
{
    m_listProblem->setVisible(!m_model->loadError().isEmpty() || !m_model->loadWarning().isEmpty());
    m_listProblem->setText(!m_model->loadError().isEmpty() ? m_model->loadError()
                                                           : m_model->loadWarning());
    const bool none = m_model->rowCount() == 0 && m_model->loadError().isEmpty();
    const bool wasEmpty = m_emptyState && m_central->currentWidget() == m_emptyState;
    if (none && !m_emptyState) {
        // Built when first needed: a stacked widget sizes itself by all its pages, so a hidden
        // first-run page still had its large title font loaded and its wrapped text laid out
        // at every start with profiles.
        m_emptyState = buildEmptyState();
        m_central->addWidget(m_emptyState);
    }
    m_central->setCurrentWidget(none ? m_emptyState : m_splitter);
    for (const Profile &p : m_model->profiles())
        m_keepAlive->setEnabled(p.uuid, keepAliveFor(p));
    // Sessions of profiles that are gone (removed here or by the CLI) go with them.
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (m_model->rowOf(it.key()) < 0) {
            m_keepAlive->forget(it.key());
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
    updateTagFilter();
    // A selection made here was shown as it was made (onSelectionChanged).
    const bool shown = ensureSelection();
    if (m_checkWindow && !m_checkWindow->isRunning())
        m_checkWindow->setProfiles(m_model->profiles(), selectedProfiles());
    if (wasEmpty && !none)
        m_list->setFocus(Qt::OtherFocusReason);
    updateMatchCount();
    if (!shown)
        showSelected();
    updateTray();
}

void MainWindow::onSelectionChanged()
{
    if (const auto p = currentProfile())
        m_settings.setLastProfile(p->uuid);
    showSelected();
}

void MainWindow::onSearchChanged()
{
    m_filter->setSearchText(m_search->text());
    ensureSelection();
    updateMatchCount();
}

bool MainWindow::ensureSelection()
{
    // Filtering keeps the selection while it still matches; otherwise the first match is
    // selected, so Enter in the search field acts on what is shown.
    if (m_list->selectionModel()->hasSelection() || m_filter->rowCount() == 0)
        return false;
    m_list->selectionModel()->setCurrentIndex(m_filter->index(0, 0),
                                              QItemSelectionModel::ClearAndSelect);
    return true;
}

void MainWindow::updateMatchCount()
{
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString text;
    if (all == 0)
        text = QString();
    else if (!m_filter->isFiltering())
        text = tr("Profiles: %1").arg(all);
    else if (shown == 0)
        text = tr("No profiles match");
    else
        text = tr("Matching: %1 of %2").arg(shown).arg(all);
    m_matchCount->setText(text);
    m_search->setAccessibleDescription(text);
}

void MainWindow::updateTagFilter()
{
    const QStringList tags = m_model->allTags();
    const QString chosen = m_tagFilter->currentData().toString();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString &tag : tags)
        m_tagFilter->addItem(tag, tag);
    const int index = m_tagFilter->findData(chosen);
    m_tagFilter->setCurrentIndex(std::max(0, index));
    if (index < 0 && !chosen.isEmpty())
        m_filter->setTag(QString());
    m_tagFilter->setVisible(!tags.isEmpty());
}

void MainWindow::showSelected()
{
    const auto profile = currentProfile();
    if (!profile) {
        setWindowTitle(tr("SanteDB Session Manager"));
        m_panel->setProfileFacts(QString());
        m_panel->showIdle(QString());
        m_panel->setBusy(false);
        m_panel->setHistory({});
        updateActions();
        return;
    }
    setWindowTitle(tr("SanteDB Session Manager — %1").arg(oneLineText(profile->name)));
    const ProfileState state = m_workspace.state().get(profile->uuid);
    QString identity;
    switch (profile->deviceMode) {
    case DeviceMode::Secret:
        identity = tr("device %1 (secret)").arg(profile->deviceId);
        break;
    case DeviceMode::Certificate:
        identity =
            tr("device certificate %1").arg(QDir::toNativeSeparators(profile->certificatePath));
        break;
    case DeviceMode::None:
        identity = tr("no device");
        break;
    }
    QStringList lines {
        tr("Server: %1 — SanteDB %2")
            .arg(profile->server.toDisplayString(),
                 santeDbVersionText(profile->version, state.detectedVersion)),
        profile->grant == GrantType::Password
            ? tr("User %1 through application %2 — %3")
                  .arg(profile->username, profile->clientId, identity)
            : tr("Application %1 — %2").arg(profile->clientId, identity),
    };
    if (!profile->tags.isEmpty())
        lines.append(tr("Tags: %1").arg(profile->tags.join(u", "_s)));
    if (!profile->note.isEmpty())
        lines.append(profile->note);
    QStringList clean;
    for (const QString &line : std::as_const(lines))
        clean.append(oneLineText(line));
    m_panel->setProfileFacts(clean.join(u'\n'));

    const auto held = m_sessions.constFind(profile->uuid);
    if (held != m_sessions.cend())
        m_panel->showSession(*held, *profile);
    else if (m_errors.contains(profile->uuid))
        m_panel->showError(m_errors.value(profile->uuid), profile->name);
    else
        m_panel->showIdle(profile->name);
    const bool running = m_running.contains(profile->uuid)
        || std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [&](const Request &r) { return r.profile == profile->uuid; });
    QString what;
    switch (m_runningKind.value(profile->uuid, RequestKind::Obtain)) {
    case RequestKind::Obtain:
    case RequestKind::ObtainFresh:
        what = tr("Getting a session…");
        break;
    case RequestKind::Renew:
        what = tr("Renewing the session…");
        break;
    case RequestKind::Check:
        what = tr("Asking the server about the session…");
        break;
    case RequestKind::SignOut:
        what = tr("Signing out…");
        break;
    }
    m_panel->setBusy(running, m_running.contains(profile->uuid) ? what : tr("Waiting…"));
    m_panel->setHistory(m_workspace.history().read(profile->uuid));
    updateActions();
}

bool MainWindow::isUsable(const QUuid &uuid) const
{
    const auto held = m_sessions.constFind(uuid);
    if (held == m_sessions.cend() || m_errors.contains(uuid))
        return false;
    const bool expired = held->expiry.at.isValid() && m_clock.now() >= held->expiry.at;
    return !expired && held->validOnServer != false;
}

bool MainWindow::isBearer(const QUuid &uuid) const
{
    return isUsable(uuid) && m_sessions.value(uuid).tokenTypeClass != TokenTypeClass::Other;
}

// The one place that decides what can be done now; the toolbar, the menus, the context menu,
// the panel's buttons and the tray all show these actions (issue 8 §2).
void MainWindow::updateActions()
{
    const auto profile = currentProfile();
    const bool selected = profile.has_value();
    const QList<QUuid> chosen = selectedProfiles();
    const bool anyIdle = std::any_of(chosen.cbegin(), chosen.cend(),
                                     [this](const QUuid &u) { return !m_running.contains(u); });
    const bool running = selected && m_running.contains(profile->uuid);
    action(u"getSession"_s)->setEnabled(anyIdle);
    action(u"getFreshSession"_s)->setEnabled(anyIdle);
    action(u"checkOnServer"_s)->setEnabled(selected && !running);
    action(u"signOut"_s)->setEnabled(selected && !running);
    action(u"checkIdentities"_s)->setEnabled(m_model->rowCount() > 0);
    action(u"cancelRequest"_s)->setEnabled(running || !m_queue.isEmpty());
    action(u"copyHeader"_s)->setEnabled(selected && isBearer(profile->uuid));
    action(u"copyCurl"_s)->setEnabled(selected && isBearer(profile->uuid));
    action(u"copyToken"_s)->setEnabled(selected && isUsable(profile->uuid));
    action(u"editProfile"_s)->setEnabled(selected);
    action(u"duplicateProfile"_s)->setEnabled(selected);
    action(u"removeProfiles"_s)->setEnabled(!chosen.isEmpty());
    action(u"exportProfiles"_s)->setEnabled(m_model->rowCount() > 0);
    action(u"undoRemove"_s)->setEnabled(!m_removed.isEmpty());
    QAction *keepAlive = action(u"keepAlive"_s);
    keepAlive->setEnabled(selected);
    m_syncingKeepAlive = true;
    keepAlive->setChecked(selected && keepAliveFor(*profile));
    m_syncingKeepAlive = false;
}

void MainWindow::updateTray()
{
    QList<TrayEntry> live;
    const QDateTime now = m_clock.now();
    QStringList texts;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (!isBearer(it.key()))
            continue;
        const QString left = it->expiry.at.isValid() ? timeLeftText(it->expiry.at, now) : QString();
        live.append({it.key(), it->profileName, it->expiry.at, left});
        texts.append(it.key().toString() + left);
    }
    m_expiry->setSessions(live);
    // The tray menu is rebuilt only when what it says changes (the minute ticks over).
    if (m_tray && texts != m_trayTexts)
        m_tray->setEntries(live);
    m_trayTexts = texts;
}

void MainWindow::tick()
{
    m_model->refresh();
    m_keepAlive->check();
    updateActions();
    updateTray();
}

void MainWindow::note(const QString &text, int ms)
{
    // Every message goes away by itself, so none stays frozen beside the clipboard countdown.
    statusBar()->showMessage(text, ms);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down) {
            ensureSelection();
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            ensureSelection();
            getSession();
            return true;
        }
    }
    if (watched == m_list
        && (key->key() == Qt::Key_Menu
            || (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier))) {
        const QRect item = m_list->visualRect(m_list->currentIndex());
        const QPoint at = item.isValid() ? item.center() : m_list->viewport()->rect().center();
        showContextMenu(m_list->viewport()->mapToGlobal(at));
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showContextMenu(const QPoint &globalPos)
{
    updateActions();
    // popup(), not exec(): no nested event loop; the actions do the rest.
    m_contextMenu->popup(globalPos);
}

// --- requests ------------------------------------------------------------------------------

void MainWindow::getSession()
{
    enqueue(RequestKind::Obtain);
}

void MainWindow::getFreshSession()
{
    enqueue(RequestKind::ObtainFresh);
}

void MainWindow::checkOnServer()
{
    if (const auto p = currentProfile())
        start({p->uuid, RequestKind::Check, {}});
}

void MainWindow::checkIdentities()
{
    if (!m_checkWindow) {
        m_checkWindow = new CheckWindow(m_workspace, m_clock, requestDefaults(), this);
        m_checkWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    // A running check keeps its profiles; otherwise the window follows the selection.
    if (!m_checkWindow->isRunning()) {
        m_checkWindow->setProfiles(m_model->profiles(), selectedProfiles());
        m_checkWindow->chooseSelection();
    }
    m_checkWindow->show();
    m_checkWindow->raise();
    m_checkWindow->activateWindow();
    Q_EMIT dialogOpened(m_checkWindow);
}

void MainWindow::signOut()
{
    if (const auto p = currentProfile())
        start({p->uuid, RequestKind::SignOut, {}});
}

void MainWindow::enqueue(RequestKind kind)
{
    for (const QUuid &uuid : selectedProfiles()) {
        const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                        [&](const Request &r) { return r.profile == uuid; });
        if (!queued && !m_running.contains(uuid))
            m_queue.append({uuid, kind, {}});
    }
    startQueued();
}

void MainWindow::startQueued()
{
    // Sessions are asked for one profile at a time, so questions (a password, a code) come one
    // after the other; checks, sign-outs and renewals do not wait for them.
    const bool obtaining =
        std::any_of(m_runningKind.cbegin(), m_runningKind.cend(), [](RequestKind k) {
            return k == RequestKind::Obtain || k == RequestKind::ObtainFresh;
        });
    while (!obtaining && !m_queue.isEmpty()) {
        const Request next = m_queue.takeFirst();
        if (start(next))
            break;
    }
    showSelected();
}

SessionOptions MainWindow::requestDefaults() const
{
    SessionOptions options;
    options.timeoutSeconds = m_settings.requestTimeoutSeconds();
    options.noProxy = m_settings.noProxy();
    options.program = u"gui"_s;
    return options;
}

SessionOptions MainWindow::optionsFor(const Request &request) const
{
    SessionOptions options = requestDefaults();
    options.fresh = request.kind == RequestKind::ObtainFresh;
    options.thorough = true;
    options.facility = request.facility;
    if (request.kind == RequestKind::Renew) {
        // Renewed when less than this is left: the whole remaining time and a margin, so the
        // cached session is renewed now, and its successor (a full lifetime) is above it.
        const auto held = m_sessions.constFind(request.profile);
        const qint64 left = held != m_sessions.cend() && held->expiry.at.isValid()
            ? m_clock.now().secsTo(held->expiry.at)
            : 0;
        options.minValidSeconds = static_cast<int>(std::max<qint64>(60, left + 60));
    }
    return options;
}

bool MainWindow::start(const Request &request)
{
    const auto profile = profileFor(request.profile);
    if (!profile || m_running.contains(request.profile))
        return false;
    const QUuid uuid = request.profile;
    const SessionOptions options = optionsFor(request);
    m_runningKind.insert(uuid, request.kind);
    m_model->setWorking(uuid, true);
    SessionService &sessions = m_workspace.sessions();
    switch (request.kind) {
    case RequestKind::Obtain:
    case RequestKind::ObtainFresh:
    case RequestKind::Renew: {
        m_lastKind.insert(uuid,
                          request.kind == RequestKind::Renew ? RequestKind::Obtain : request.kind);
        // A renewal in the background asks nobody: a failure shows with its remedy instead.
        Job<Session> *job = sessions.obtain(
            *profile, options, request.kind == RequestKind::Renew ? nullptr : m_prompter);
        m_running.insert(uuid, job);
        job->then(this,
                  [this, request](Result<Session> r) { finishObtain(request, std::move(r)); });
        break;
    }
    case RequestKind::Check: {
        m_lastKind.insert(uuid, request.kind);
        Job<ServerSessionStatus> *job = sessions.checkOnServer(*profile, options);
        m_running.insert(uuid, job);
        job->then(this,
                  [this, uuid](Result<ServerSessionStatus> r) { finishCheck(uuid, std::move(r)); });
        break;
    }
    case RequestKind::SignOut: {
        m_lastKind.insert(uuid, request.kind);
        Job<SignOutResult> *job = sessions.signOut(*profile, options);
        m_running.insert(uuid, job);
        job->then(this,
                  [this, uuid](Result<SignOutResult> r) { finishSignOut(uuid, std::move(r)); });
        break;
    }
    }
    showSelected();
    return true;
}

void MainWindow::finishObtain(const Request &request, Result<Session> result)
{
    const QUuid uuid = request.profile;
    const bool ok = result.ok();
    const bool renewal = request.kind == RequestKind::Renew;
    if (ok) {
        const Session session = result.value();
        m_sessions.insert(uuid, session);
        m_errors.remove(uuid);
        m_keepAlive->track(uuid, session);
        m_model->setLifetimeStart(uuid, SessionPanel::lifetimeStart(session));
        if (renewal && session.obtainedBy == ObtainedBy::RefreshToken)
            note(tr("The session of %1 was renewed.").arg(oneLineText(session.profileName)));
    } else if (result.error().kind == ErrorKind::Interrupted && m_sessions.contains(uuid)) {
        // A cancel is not a failure: the session held before is still as it was.
        note(tr("Cancelled; the session is as it was."));
    } else {
        // After a failure nothing copies the old token: it may be the reason for the failure.
        m_sessions.remove(uuid);
        m_keepAlive->forget(uuid);
        m_model->setLifetimeStart(uuid, QDateTime());
        m_errors.insert(uuid, result.error());
    }
    requestEnded(uuid);
    Q_EMIT sessionFinished(uuid, ok);
}

void MainWindow::finishCheck(const QUuid &uuid, Result<ServerSessionStatus> result)
{
    const bool ok = result.ok();
    if (!ok) {
        note(sentence(result.error().message), 16000);
    } else if (!result.value().sessionCached) {
        note(tr("No session is cached for this profile, so there is nothing to ask the server "
                "about."));
    } else {
        const ServerSessionStatus &status = result.value();
        const auto held = m_sessions.find(uuid);
        if (held != m_sessions.end()) {
            held->validOnServer = status.validOnServer;
            held->checkedOnServerAt = status.checkedAt;
        }
        note(status.validOnServer ? tr("The server still knows the session.")
                                  : tr("The server no longer knows the session: get a new one."));
    }
    requestEnded(uuid);
    Q_EMIT serverCheckFinished(uuid, ok);
}

void MainWindow::finishSignOut(const QUuid &uuid, Result<SignOutResult> result)
{
    const bool ok = result.ok();
    // Signed out or not, the session is forgotten here (the core forgets it too).
    m_sessions.remove(uuid);
    m_keepAlive->forget(uuid);
    m_model->setLifetimeStart(uuid, QDateTime());
    QString text;
    if (!ok) {
        m_errors.insert(uuid, result.error());
    } else {
        m_errors.remove(uuid);
        switch (result.value().outcome) {
        case SignOutResult::Outcome::SignedOut:
            text = tr("Signed out on the server.");
            break;
        case SignOutResult::Outcome::AlreadyGone:
            text = tr("The server had already ended this session; it is forgotten here too.");
            break;
        case SignOutResult::Outcome::NothingCached:
            text = tr("There was no session to sign out.");
            break;
        }
    }
    requestEnded(uuid);
    if (!text.isEmpty() && currentProfile() && currentProfile()->uuid == uuid)
        m_panel->setInfo(text);
    if (!text.isEmpty())
        note(text);
    Q_EMIT signOutFinished(uuid, ok);
}

void MainWindow::requestEnded(const QUuid &uuid)
{
    m_running.remove(uuid);
    m_runningKind.remove(uuid);
    m_model->setWorking(uuid, false);
    m_model->reload();
    updateTray();
    showSelected();
    startQueued();
}

void MainWindow::cancelRequest()
{
    const auto p = currentProfile();
    // The queue waits for the current profile's answer: cancelling drops it too.
    m_queue.clear();
    if (p) {
        if (const auto running = m_running.value(p->uuid))
            running->cancel();
    }
    showSelected();
}

void MainWindow::retry(const QUuid &uuid)
{
    const RequestKind kind = m_lastKind.value(uuid, RequestKind::Obtain);
    if (kind == RequestKind::Obtain || kind == RequestKind::ObtainFresh) {
        m_queue.append({uuid, kind, {}});
        startQueued();
    } else {
        start({uuid, kind, {}});
    }
}

// --- remedies: a button that does what the error says ------------------------------------

void MainWindow::applyRemedy(const Error &error)
{
    const auto profile = currentProfile();
    if (!profile)
        return;
    const QUuid uuid = profile->uuid;
    switch (error.remedy.action) {
    case RemedyAction::None:
    case RemedyAction::ListProfiles:
    case RemedyAction::AllowAnyOrigin:
        return;
    case RemedyAction::SetSecret:
    case RemedyAction::EditProfileField:
        return editProfileField(error.remedy.argument);
    case RemedyAction::UnlockKeyring:
    case RemedyAction::StartKeyring:
        return explainKeyring(error);
    case RemedyAction::TrustCertificate:
        return reviewCertificate(*profile, error);
    case RemedyAction::RaiseTimeout:
        return openSettings(u"timeout"_s, [this, uuid] { retry(uuid); });
    case RemedyAction::DisableProxy:
        return openSettings(u"proxy"_s, [this, uuid] { retry(uuid); });
    case RemedyAction::ChooseFacility:
        return chooseFacility(*profile, error);
    case RemedyAction::EnterMfaCode:
    case RemedyAction::EnterPassword:
        // The next attempt asks (this window always can).
        return retry(uuid);
    case RemedyAction::Login:
        m_queue.append({uuid, RequestKind::ObtainFresh, {}});
        return startQueued();
    }
}

void MainWindow::explainKeyring(const Error &error)
{
    QString how;
#if defined(Q_OS_WIN)
    how = tr("Windows Credential Manager belongs to your Windows session: sign in to Windows "
             "as this user.");
#elif defined(Q_OS_MACOS)
    how = tr("Open Keychain Access and unlock the login keychain, or log in to macOS again.");
#else
    how = error.remedy.action == RemedyAction::StartKeyring
        ? tr("The secrets live in the Secret Service of your desktop session (GNOME Keyring or "
             "KWallet), and none is running. Log in to a desktop session, or start "
             "gnome-keyring-daemon or KWallet in this session.")
        : tr("Unlock the login keyring: open Passwords and Keys (Seahorse) and unlock “Login”, "
             "open the KWallet manager, or log out and in again. While it is locked nothing is "
             "read or deleted.");
#endif
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("The keychain is not usable"),
                        sentence(error.message) + u"\n\n"_s + how, QMessageBox::NoButton, this);
    box->setObjectName(u"keyringBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *again = box->addButton(tr("&Try again"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(again);
    const QUuid uuid = currentProfile() ? currentProfile()->uuid : QUuid();
    connect(box, &QMessageBox::finished, this, [this, box, again, uuid] {
        if (box->clickedButton() == again && !uuid.isNull())
            retry(uuid);
    });
    box->open();
    Q_EMIT dialogOpened(box);
}

void MainWindow::reviewCertificate(const Profile &profile, const Error &error)
{
    if (!error.certificate.isNull())
        return showTrustDialog(profile, error.certificate, error.message);
    // The error did not carry the certificate (a record that became unreadable): fetch it,
    // without sending a byte of HTTP.
    TransportOptions options;
    options.timeoutMs = m_settings.requestTimeoutSeconds() * 1000;
    options.noProxy = m_settings.noProxy();
    options.caFile = profile.caFile;
    note(tr("Fetching the server's certificate…"));
    m_workspace.transport()
        .fetchCertificate(profile.effectiveTokenEndpoint(), options)
        ->then(this, [this, profile](Result<ServerCertificate> fetched) {
            if (!fetched.ok())
                return note(sentence(fetched.error().message), 16000);
            showTrustDialog(profile, fetched.value().leaf, fetched.value().problem);
        });
}

void MainWindow::showTrustDialog(const Profile &profile, const CertificateInfo &info,
                                 const QString &problem)
{
    const QUrl url = profile.effectiveTokenEndpoint();
    const auto origin = KnownServers::originOf(url);
    if (!origin.ok())
        return note(sentence(origin.error().message));
    const auto known = m_workspace.knownServers().trusted(url);
    const QString previous =
        known.ok() && known.value() && known.value()->certificate.sha256 != info.sha256
        ? known.value()->certificate.sha256
        : QString();
    auto *dialog = new TrustDialog(origin.value(), info, problem, previous, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid uuid = profile.uuid;
    connect(dialog, &QDialog::accepted, this, [this, url, info, uuid] {
        const auto trusted = m_workspace.knownServers().trust(url, info);
        if (!trusted.ok())
            return note(sentence(trusted.error().message), 16000);
        note(tr("The certificate is trusted for %1.").arg(KnownServers::originOf(url).value()));
        retry(uuid);
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::chooseFacility(const Profile &profile, const Error &error)
{
    if (error.choices.isEmpty()) {
        // SanteDB 2.x does not say which facilities it offers: the UUID goes in the profile.
        return editProfileField(u"facility"_s);
    }
    auto *dialog = new FacilityDialog(profile.name, error.choices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid uuid = profile.uuid;
    connect(dialog, &QDialog::accepted, this, [this, dialog, uuid] {
        m_queue.append({uuid, RequestKind::Obtain, dialog->chosenId()});
        startQueued();
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::openSettings(const QString &focus, std::function<void()> accepted)
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->focusSetting(focus);
    connect(dialog, &QDialog::accepted, this, [this, accepted] {
        applySettings();
        if (accepted)
            accepted();
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

// --- copying -------------------------------------------------------------------------------

void MainWindow::copyFromSession(
    const std::function<QString(const Session &, const Profile &)> &make, const QString &what,
    bool needsBearer)
{
    const auto profile = currentProfile();
    if (!profile)
        return;
    // The same rule that enables the actions: a triggered shortcut cannot get past it.
    if (!(needsBearer ? isBearer(profile->uuid) : isUsable(profile->uuid))) {
        note(tr("There is no usable session to copy: get one first (Enter)."));
        return;
    }
    const Session &session = m_sessions[profile->uuid];
    m_clipboard->copySecret(make(session, *profile));
    const int delay = m_settings.clipboardClearSeconds();
    note(delay > 0 ? tr("%1 copied; the clipboard clears in %n s.", nullptr, delay).arg(what)
                   : tr("%1 copied.").arg(what));
}

void MainWindow::copyHeader()
{
    copyFromSession([](const Session &s, const Profile &) { return bearerHeader(s.accessToken); },
                    tr("Authorization header"), true);
}

void MainWindow::copyToken()
{
    copyFromSession([](const Session &s, const Profile &) { return s.accessToken; },
                    tr("Access token"), false);
}

void MainWindow::copyCurl()
{
    copyFromSession(
        [](const Session &s, const Profile &p) {
            const auto target = requestTarget(p, QString(), false);
            return curlCommandLine(p, s.accessToken, target.ok() ? target.value() : p.server);
        },
        tr("curl command"), true);
}

// --- profiles ------------------------------------------------------------------------------

void MainWindow::openEditor(ProfileEditorDialog *dialog, bool discardsSession)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRequestTimeout(m_settings.requestTimeoutSeconds());
    connect(dialog, &QDialog::accepted, this, [this, dialog, discardsSession] {
        const Profile saved = dialog->savedProfile();
        if (discardsSession) {
            // The editor discarded the cached session: the one held here described the old
            // settings.
            m_sessions.remove(saved.uuid);
            m_errors.remove(saved.uuid);
            m_keepAlive->forget(saved.uuid);
            m_model->setLifetimeStart(saved.uuid, QDateTime());
        }
        m_model->reload();
        selectProfile(saved.uuid);
        m_list->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::newProfile()
{
    openEditor(
        new ProfileEditorDialog(m_workspace, ProfileEditorDialog::Mode::Add, Profile {}, this),
        false);
}

void MainWindow::editProfile()
{
    const auto profile = currentProfile();
    if (!profile)
        return;
    openEditor(
        new ProfileEditorDialog(m_workspace, ProfileEditorDialog::Mode::Edit, *profile, this),
        true);
}

void MainWindow::editProfileField(const QString &field)
{
    const auto profile = currentProfile();
    if (!profile)
        return;
    auto *dialog =
        new ProfileEditorDialog(m_workspace, ProfileEditorDialog::Mode::Edit, *profile, this);
    dialog->focusField(field);
    openEditor(dialog, true);
}

void MainWindow::duplicateProfile()
{
    const auto profile = currentProfile();
    if (!profile)
        return;
    openEditor(
        new ProfileEditorDialog(m_workspace, ProfileEditorDialog::Mode::Duplicate, *profile, this),
        false);
}

void MainWindow::removeProfiles()
{
    QList<Profile> profiles;
    for (const QUuid &uuid : selectedProfiles()) {
        if (const auto p = profileFor(uuid))
            profiles.append(*p);
    }
    if (profiles.isEmpty())
        return;
    QStringList names;
    for (const Profile &p : std::as_const(profiles))
        names << oneLineText(p.name);
    const QString question = names.size() == 1
        ? tr("Remove the profile “%1” and delete its secrets from the keychain? You can undo "
             "this for %2 seconds.")
              .arg(names.first())
              .arg(UndoSeconds)
        : tr("Remove these %1 profiles and delete their secrets from the keychain? You can undo "
             "this for %2 seconds.\n\n%3")
              .arg(names.size())
              .arg(UndoSeconds)
              .arg(names.join(u'\n'));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove profiles"), question,
                                QMessageBox::NoButton, this);
    box->setObjectName(u"removeBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // Cancel is the default: Enter never deletes anything.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, profiles] {
        if (box->clickedButton() == remove)
            removeConfirmed(profiles);
    });
    box->open();
    Q_EMIT dialogOpened(box);
}

void MainWindow::removeConfirmed(const QList<Profile> &profiles)
{
    // An earlier removal still in its undo window is final now.
    if (!m_removed.isEmpty())
        expireUndo();
    QList<QUuid> uuids;
    for (const Profile &p : profiles)
        uuids << p.uuid;
    // Recorded first: if the app dies from here on, the next start deletes the secrets.
    if (const auto recorded = m_pending->add(uuids); !recorded.ok())
        return note(sentence(recorded.error().message), 16000);
    const auto saved =
        m_workspace.profiles().update([&uuids](QList<Profile> &list) -> Result<void> {
            list.removeIf([&uuids](const Profile &p) { return uuids.contains(p.uuid); });
            return {};
        });
    if (!saved.ok()) {
        [[maybe_unused]] const auto undone = m_pending->remove(uuids);
        return note(sentence(saved.error().message), 16000);
    }
    for (const Profile &p : profiles) {
        if (const auto running = m_running.value(p.uuid))
            running->cancel();
        m_queue.removeIf([&p](const Request &r) { return r.profile == p.uuid; });
        m_removed.append({p, m_workspace.state().get(p.uuid)});
        m_sessions.remove(p.uuid);
        m_errors.remove(p.uuid);
        m_keepAlive->forget(p.uuid);
    }
    m_model->reload();
    m_undoLabel->setText(profiles.size() == 1
                             ? tr("Removed “%1”.").arg(oneLineText(profiles.first().name))
                             : tr("Removed %1 profiles.").arg(profiles.size()));
    m_undoBar->show();
    m_undoTimer->start();
    updateActions();
}

void MainWindow::undoRemove()
{
    if (m_removed.isEmpty())
        return;
    m_undoTimer->stop();
    const QList<Removed> removed = std::exchange(m_removed, {});
    m_undoBar->hide();
    QStringList clashes;
    QList<QUuid> restored;
    const auto saved = m_workspace.profiles().update([&](QList<Profile> &list) -> Result<void> {
        for (const Removed &r : removed) {
            // A profile made under the same name meanwhile keeps it: the removed one stays gone.
            const bool taken = std::any_of(list.cbegin(), list.cend(), [&r](const Profile &p) {
                return p.name == r.profile.name || p.uuid == r.profile.uuid;
            });
            if (taken) {
                clashes << r.profile.name;
                continue;
            }
            list.append(r.profile);
            restored << r.profile.uuid;
        }
        return {};
    });
    if (!saved.ok()) {
        m_removed = removed;
        return note(sentence(saved.error().message), 16000);
    }
    for (const Removed &r : removed) {
        if (restored.contains(r.profile.uuid)) {
            [[maybe_unused]] const auto state =
                m_workspace.state().update(r.profile.uuid, [&r](ProfileState &s) { s = r.state; });
        }
    }
    if (const auto unrecorded = m_pending->remove(restored); !unrecorded.ok())
        note(sentence(unrecorded.error().message), 16000);
    m_model->reload();
    if (!restored.isEmpty())
        selectProfile(restored.first());
    if (!clashes.isEmpty()) {
        // Those could not come back: their secrets go as planned.
        QList<Profile> gone;
        for (const Removed &r : removed) {
            if (!restored.contains(r.profile.uuid))
                gone << r.profile;
        }
        deleteSecretsOf(gone, [] {});
        note(tr("Not restored, because another profile has the name now: %1")
                 .arg(clashes.join(u", "_s)),
             16000);
    } else {
        note(tr("Restored with their secrets: %1.").arg(restored.size()));
    }
    updateActions();
}

void MainWindow::expireUndo()
{
    m_undoTimer->stop();
    m_undoBar->hide();
    QList<Profile> profiles;
    for (const Removed &r : std::exchange(m_removed, {}))
        profiles << r.profile;
    deleteSecretsOf(profiles, [] {});
    updateActions();
}

void MainWindow::deletePendingNow(std::function<void()> done)
{
    m_undoTimer->stop();
    m_undoBar->hide();
    QList<Profile> profiles;
    for (const Removed &r : std::exchange(m_removed, {}))
        profiles << r.profile;
    deleteSecretsOf(profiles, std::move(done));
}

void MainWindow::deleteSecretsOf(QList<Profile> profiles, std::function<void()> done)
{
    if (profiles.isEmpty())
        return done();
    const Profile profile = profiles.takeFirst();
    m_workspace.clearSecrets(
        profile, Workspace::allSecretKinds(),
        [this, profile, profiles, done](Result<QList<std::pair<SecretKind, bool>>> cleared) {
            if (cleared.ok()) {
                [[maybe_unused]] const auto state = m_workspace.state().remove(profile.uuid);
                if (const auto unrecorded = m_pending->remove({profile.uuid}); !unrecorded.ok())
                    note(sentence(unrecorded.error().message), 16000);
            } else {
                // Still recorded: the next start tries again.
                note(tr("The secrets of the removed profile %1 could not be deleted yet: %2")
                         .arg(oneLineText(profile.name), sentence(cleared.error().message)),
                     16000);
            }
            deleteSecretsOf(profiles, done);
        });
}

void MainWindow::finishStaleDeletions()
{
    const auto pending = m_pending->all();
    if (!pending.ok() || pending.value().isEmpty())
        return;
    QList<Profile> stale;
    QList<QUuid> alive;
    for (const QUuid &uuid : pending.value()) {
        if (m_model->rowOf(uuid) >= 0) {
            alive << uuid; // restored before the app ended: nothing to delete
            continue;
        }
        Profile p;
        p.uuid = uuid;
        p.name = uuid.toString(QUuid::WithoutBraces);
        stale << p;
    }
    if (!alive.isEmpty()) [[maybe_unused]]
        const auto unrecorded = m_pending->remove(alive);
    deleteSecretsOf(stale, [] {});
}

void MainWindow::importProfiles()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import profiles"), QString(),
                                                      tr("Profile exports (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

bool MainWindow::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        note(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
             16000);
        return false;
    }
    const auto imported = m_workspace.importProfiles(file);
    if (!imported.ok()) {
        note(sentence(imported.error().message), 16000);
        return false;
    }
    m_model->reload();
    if (!imported.value().isEmpty())
        selectProfile(imported.value().first().uuid);
    note(tr("Imported %n profile(s). Exports hold no secrets: edit each profile to enter them.",
            nullptr, static_cast<int>(imported.value().size())),
         16000);
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool files =
        !urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) {
            return u.isLocalFile() && u.toLocalFile().endsWith(u".json"_s, Qt::CaseInsensitive);
        });
    if (files)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            importFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void MainWindow::exportProfiles()
{
    QStringList names;
    for (const QUuid &uuid : selectedProfiles()) {
        if (const auto p = profileFor(uuid))
            names << p->name;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export profiles"), u"santedb-profiles.json"_s, tr("Profile exports (*.json)"));
    if (path.isEmpty())
        return;
    const auto exported = m_workspace.exportProfiles(names);
    if (!exported.ok())
        return note(sentence(exported.error().message), 16000);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.value()) < 0 || !file.commit())
        return note(tr("The export could not be written to %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    16000);
    note(tr("Exported to %1 (no secrets).").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showSettings()
{
    openSettings(QString(), {});
}

void MainWindow::tryDemo()
{
    // The demo is an instance of its own, with its own folder and keyring entries.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--demo"_s}))
        note(tr("The demo could not be started."));
    else
        note(tr("The demo starts in a window of its own."));
}

void MainWindow::raiseWindow()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.sync();
    if (!m_quitting && m_tray && m_tray->isAvailable() && m_settings.trayEnabled()
        && m_settings.closeToTray()) {
        hide();
        event->ignore();
        m_tray->notify(tr("SanteDB Session Manager"),
                       tr("Still running in the tray. Quit from its menu or with %1.")
                           .arg(action(u"quit"_s)->shortcut().toString(QKeySequence::NativeText)));
        return;
    }
    event->accept();
}

} // namespace sdsm::gui
