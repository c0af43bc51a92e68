#include "mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "clipboardguard.h"
#include "clock.h"
#include "curlcommand.h"
#include "expirywatcher.h"
#include "profiledelegate.h"
#include "profileeditor.h"
#include "profilelistmodel.h"
#include "sessionpanel.h"
#include "settingsdialog.h"
#include "timetext.h"
#include "tray.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {
constexpr int StatusMessageMs = 8000;
} // namespace

MainWindow::MainWindow(Workspace &workspace, AppSettings &settings, const Clock &clock,
                       TrayPresenter *tray, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_clock(clock)
    , m_tray(tray)
    , m_model(new ProfileListModel(workspace, clock, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_list(new QListView)
    , m_details(new QLabel)
    , m_listProblem(new QLabel)
    , m_panel(new SessionPanel(clock))
    , m_splitter(new QSplitter)
    , m_clipboard(new ClipboardGuard(QGuiApplication::clipboard(), this))
    , m_expiry(new ExpiryWatcher(clock, this))
    , m_clipboardStatus(new QLabel)
{
    setWindowIcon(QIcon(u":/icons/app.svg"_s));
    buildActions();
    buildMenus();
    buildLayout();

    connect(m_model, &ProfileListModel::reloaded, this, &MainWindow::onModelReloaded);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_list, &QListView::activated, this, &MainWindow::getSession);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);

    connect(m_panel, &SessionPanel::getSessionRequested, this, &MainWindow::getSession);
    connect(m_panel, &SessionPanel::cancelRequested, this, &MainWindow::cancelRequest);
    connect(m_panel, &SessionPanel::copyHeaderRequested, this, &MainWindow::copyHeader);
    connect(m_panel, &SessionPanel::copyTokenRequested, this, &MainWindow::copyToken);
    connect(m_panel, &SessionPanel::copyCurlRequested, this, &MainWindow::copyCurl);

    connect(&m_workspace.sessions(), &SessionService::warning, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs * 2); });

    connect(m_clipboard, &ClipboardGuard::countdownChanged, this, [this](int secondsLeft) {
        m_clipboardStatus->setText(
            secondsLeft > 0 ? tr("Clipboard clears in %n s", nullptr, secondsLeft) : QString());
    });
    connect(m_clipboard, &ClipboardGuard::cleared, this, [this] {
        m_clipboardStatus->clear();
        statusBar()->showMessage(tr("Clipboard cleared."), StatusMessageMs);
    });
    connect(m_clipboard, &ClipboardGuard::leftAlone, this, [this] {
        m_clipboardStatus->clear();
        statusBar()->showMessage(
            tr("The clipboard holds something else now, so it was left alone."), StatusMessageMs);
    });
    connect(m_clipboard, &ClipboardGuard::clearFailed, this, [this](const QString &sentence) {
        m_clipboardStatus->clear();
        statusBar()->showMessage(sentence);
    });

    connect(m_expiry, &ExpiryWatcher::expiringSoon, this,
            [this](const QUuid &, const QString &name, qint64 secondsLeft) {
                if (m_tray)
                    m_tray->notify(tr("Session expiring"),
                                   tr("The session of %1 expires in %n s.", nullptr,
                                      static_cast<int>(secondsLeft))
                                       .arg(name));
            });
    if (m_tray) {
        connect(m_tray, &TrayPresenter::copyHeaderRequested, this, [this](const QUuid &uuid) {
            selectProfile(uuid);
            copyHeader();
        });
        connect(m_tray, &TrayPresenter::showWindowRequested, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        connect(m_tray, &TrayPresenter::quitRequested, this, [this] {
            m_quitting = true;
            close();
            QCoreApplication::quit();
        });
    }

    // Badges and the countdown follow the clock; the model only repaints rows that changed.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, m_model, &ProfileListModel::refresh);
    tick->start(1000);

    applySettings();
    // The model read the files when it was made (and applySettings() redrew its badges): reading
    // them again here built the list twice, comparing every row, a third of start-up at 1,000
    // profiles (bench/app.sh).
    onModelReloaded();
    restoreWindowState();
    updateActions();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::makeAction(const QString &objectName, const QString &text, const QString &icon,
                                const QKeySequence &shortcut, void (MainWindow::*slot)())
{
    auto *action = new QAction(QIcon(u":/icons/"_s + icon + u".svg"_s), text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    m_actions.insert(objectName, action);
    addAction(action);
    return action;
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
    makeAction(u"cancelRequest"_s, tr("&Cancel request"), u"cancel"_s, QKeySequence(Qt::Key_Escape),
               &MainWindow::cancelRequest);
    makeAction(u"copyHeader"_s, tr("Copy &header"), u"copy"_s,
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::copyHeader);
    makeAction(u"copyToken"_s, tr("Copy &token"), u"token"_s,
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &MainWindow::copyToken);
    makeAction(u"copyCurl"_s, tr("Copy as c&url"), u"curl"_s,
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), &MainWindow::copyCurl);
    makeAction(u"newProfile"_s, tr("&New profile…"), u"add"_s, QKeySequence::New,
               &MainWindow::newProfile);
    makeAction(u"editProfile"_s, tr("&Edit profile…"), u"edit"_s, QKeySequence(Qt::Key_F2),
               &MainWindow::editProfile);
    makeAction(u"duplicateProfile"_s, tr("D&uplicate profile…"), u"duplicate"_s,
               QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::duplicateProfile);
    makeAction(u"removeProfiles"_s, tr("&Remove profile…"), u"remove"_s, QKeySequence::Delete,
               &MainWindow::removeProfiles);
    makeAction(u"importProfiles"_s, tr("&Import profiles…"), u"import"_s,
               QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::importProfiles);
    makeAction(u"exportProfiles"_s, tr("&Export profiles…"), u"export"_s,
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MainWindow::exportProfiles);
    makeAction(u"settings"_s, tr("&Settings…"), u"settings"_s,
               QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::showSettings);

    auto *find = new QAction(tr("&Find profile"), this);
    find->setObjectName(u"find"_s);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_actions.insert(find->objectName(), find);
    addAction(find);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(u"quit"_s);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        close();
        QCoreApplication::quit();
    });
    m_actions.insert(quit->objectName(), quit);
    addAction(quit);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(u"newProfile"_s));
    file->addSeparator();
    file->addAction(action(u"importProfiles"_s));
    file->addAction(action(u"exportProfiles"_s));
    file->addSeparator();
    file->addAction(action(u"settings"_s));
    file->addSeparator();
    file->addAction(action(u"quit"_s));

    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    for (const QString &name : {u"getSession"_s, u"getFreshSession"_s, u"cancelRequest"_s})
        profile->addAction(action(name));
    profile->addSeparator();
    for (const QString &name : {u"copyHeader"_s, u"copyToken"_s, u"copyCurl"_s})
        profile->addAction(action(name));
    profile->addSeparator();
    for (const QString &name :
         {u"find"_s, u"editProfile"_s, u"duplicateProfile"_s, u"removeProfiles"_s})
        profile->addAction(action(name));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About SanteDB Session Manager"));
    about->setObjectName(u"about"_s);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const QString &name :
         {u"newProfile"_s, u"getSession"_s, u"copyHeader"_s, u"editProfile"_s})
        toolbar->addAction(action(name));
}

void MainWindow::buildLayout()
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ProfileListModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setPlaceholderText(tr("Search profiles (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search profiles"));
    m_search->setClearButtonEnabled(true);

    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ProfileDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setUniformItemSizes(true);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        for (const QString &name : {u"getSession"_s, u"copyHeader"_s, u"editProfile"_s,
                                    u"duplicateProfile"_s, u"removeProfiles"_s})
            menu.addAction(action(name));
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });

    m_listProblem->setWordWrap(true);
    m_listProblem->setTextFormat(Qt::PlainText);
    m_listProblem->setAccessibleName(tr("Profile file problem"));
    m_listProblem->hide();

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_listProblem);
    leftLayout->addWidget(m_list);

    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Profile details"));

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_panel, 1);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    m_clipboardStatus->setAccessibleName(tr("Clipboard countdown"));
    statusBar()->addPermanentWidget(m_clipboardStatus);
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First start: room for the session details and a useful share of the policy list.
        const QSize room = screen()->availableGeometry().size() * 9 / 10;
        resize(QSize(fontMetrics().averageCharWidth() * 180, fontMetrics().height() * 52)
                   .boundedTo(room));
    }
    restoreState(m_settings.windowState());
    if (!m_splitter->restoreState(m_settings.splitterState())) {
        // First start: enough room for names and badges, the rest for the session.
        const int listWidth = fontMetrics().averageCharWidth() * 42;
        m_splitter->setSizes({listWidth, std::max(width() - listWidth, listWidth)});
    }
}

void MainWindow::applySettings()
{
    m_clipboard->setClearDelaySeconds(m_settings.clipboardClearSeconds());
    m_expiry->setWarningSeconds(m_settings.expiryWarningSeconds());
    m_model->setExpiringSoonSeconds(m_settings.expiryWarningSeconds());
    if (m_tray && m_tray->isAvailable())
        m_tray->setVisible(m_settings.trayEnabled());
    QApplication::setQuitOnLastWindowClosed(
        !(m_tray && m_tray->isAvailable() && m_settings.trayEnabled() && m_settings.closeToTray()));
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
}

QList<QUuid> MainWindow::selectedProfiles() const
{
    QList<QUuid> uuids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        uuids << index.data(ProfileListModel::UuidRole).toUuid();
    return uuids;
}

std::optional<Profile> MainWindow::currentProfile() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isSelected(current))
        return std::nullopt;
    const int row = m_model->rowOf(current.data(ProfileListModel::UuidRole).toUuid());
    if (row < 0)
        return std::nullopt;
    return m_model->profileAt(row);
}

void MainWindow::onModelReloaded()
{
    m_listProblem->setVisible(!m_model->loadError().isEmpty() || !m_model->loadWarning().isEmpty());
    m_listProblem->setText(!m_model->loadError().isEmpty() ? m_model->loadError()
                                                           : m_model->loadWarning());
    if (!m_list->selectionModel()->hasSelection() && m_filter->rowCount() > 0)
        m_list->selectionModel()->setCurrentIndex(m_filter->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect);
    showSelected();
    updateTray();
}

void MainWindow::onSelectionChanged()
{
    showSelected();
    updateActions();
}

void MainWindow::showSelected()
{
    const auto profile = currentProfile();
    if (!profile) {
        setWindowTitle(tr("SanteDB Session Manager"));
        m_details->setText(m_model->rowCount() == 0
                               ? tr("No profiles yet. Create one with File › New profile (Ctrl+N).")
                               : tr("Select a profile."));
        m_panel->showIdle(QString());
        m_panel->setHistory({});
        updateActions();
        return;
    }
    setWindowTitle(tr("SanteDB Session Manager — %1").arg(profile->name));
    const ProfileState state = m_workspace.state().get(profile->uuid);
    QString version = versionName(profile->version);
    if (profile->version == SanteDbVersion::Auto && state.detectedVersion)
        version = tr("auto (detected %1.x)").arg(static_cast<int>(*state.detectedVersion));
    const QString device = profile->deviceMode == DeviceMode::Secret
        ? tr("device %1 (device secret)").arg(profile->deviceId)
        : profile->deviceMode == DeviceMode::Certificate
        ? tr("device certificate %1").arg(profile->certificatePath)
        : tr("no device");
    QString details =
        tr("%1\nServer: %2 — SanteDB version: %3\nApplication: %4 — %5")
            .arg(profile->name, profile->server.toString(), version, profile->clientId, device);
    if (!profile->note.isEmpty())
        details += u'\n' + profile->note;
    m_details->setText(details);

    if (m_running == profile->uuid)
        m_panel->showBusy(profile->name);
    else if (m_errors.contains(profile->uuid))
        m_panel->showError(m_errors.value(profile->uuid), profile->name);
    else if (m_sessions.contains(profile->uuid))
        m_panel->showSession(m_sessions.value(profile->uuid), *profile);
    else
        m_panel->showIdle(profile->name);
    m_panel->setHistory(m_workspace.history().read(profile->uuid));
    updateActions();
}

bool MainWindow::isExpired(const Session &session) const
{
    return session.expiry.at.isValid() && m_clock.now() >= session.expiry.at;
}

void MainWindow::updateActions()
{
    const auto profile = currentProfile();
    const bool selected = profile.has_value();
    const auto held = selected ? m_sessions.constFind(profile->uuid) : m_sessions.cend();
    const bool live = held != m_sessions.cend() && !isExpired(*held);
    const bool bearer = live && held->tokenTypeClass != TokenTypeClass::Other;
    action(u"getSession"_s)->setEnabled(!m_list->selectionModel()->selectedIndexes().isEmpty());
    action(u"getFreshSession"_s)->setEnabled(action(u"getSession"_s)->isEnabled());
    action(u"cancelRequest"_s)->setEnabled(m_running.has_value());
    action(u"copyHeader"_s)->setEnabled(bearer);
    action(u"copyCurl"_s)->setEnabled(bearer);
    action(u"copyToken"_s)->setEnabled(live);
    action(u"editProfile"_s)->setEnabled(selected);
    action(u"duplicateProfile"_s)->setEnabled(selected);
    action(u"removeProfiles"_s)->setEnabled(!m_list->selectionModel()->selectedIndexes().isEmpty());
}

void MainWindow::getSession()
{
    enqueueSelected(false);
}

void MainWindow::getFreshSession()
{
    enqueueSelected(true);
}

void MainWindow::enqueueSelected(bool fresh)
{
    for (const QUuid &uuid : selectedProfiles()) {
        const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                        [&](const Request &r) { return r.profile == uuid; });
        if (!queued && m_running != uuid)
            m_queue.append({uuid, fresh});
    }
    if (!m_running)
        startNextRequest();
}

void MainWindow::startNextRequest()
{
    while (!m_queue.isEmpty()) {
        const Request request = m_queue.takeFirst();
        const QUuid uuid = request.profile;
        const int row = m_model->rowOf(uuid);
        if (row < 0)
            continue;
        const Profile profile = m_model->profileAt(row);
        m_running = uuid;
        showSelected();

        SessionOptions options;
        options.fresh = request.fresh;
        options.timeoutSeconds = m_settings.requestTimeoutSeconds();
        options.program = u"gui"_s;
        m_runningJob = m_workspace.sessions().obtain(profile, options);
        m_runningJob->then(this, [this, uuid](Result<Session> result) {
            m_running.reset();
            const bool ok = result.ok();
            if (ok) {
                m_sessions.insert(uuid, result.value());
                m_errors.remove(uuid);
            } else {
                m_errors.insert(uuid, result.error());
            }
            m_model->reload();
            updateTray();
            showSelected();
            Q_EMIT sessionFinished(uuid, ok);
            startNextRequest();
        });
        return;
    }
    updateActions();
}

void MainWindow::cancelRequest()
{
    m_queue.clear();
    if (m_running && m_runningJob)
        m_runningJob->cancel();
}

void MainWindow::copyFromSession(
    const std::function<QString(const Session &, const Profile &)> &make, const QString &what,
    bool needsBearer)
{
    const auto profile = currentProfile();
    if (!profile)
        return;
    if (!m_sessions.contains(profile->uuid)) {
        statusBar()->showMessage(tr("There is no session to copy yet — get one first (Enter)."),
                                 StatusMessageMs);
        return;
    }
    const Session &session = m_sessions[profile->uuid];
    if (isExpired(session)) {
        statusBar()->showMessage(tr("The session has expired — get a new one first (Enter)."),
                                 StatusMessageMs);
        return;
    }
    if (needsBearer && session.tokenTypeClass == TokenTypeClass::Other) {
        statusBar()->showMessage(
            tr("The server issued a token of type \"%1\", which cannot be sent as a Bearer header.")
                .arg(session.tokenType),
            StatusMessageMs);
        return;
    }
    m_clipboard->copySecret(make(session, *profile));
    const int delay = m_settings.clipboardClearSeconds();
    statusBar()->showMessage(
        delay > 0 ? tr("%1 copied; the clipboard clears in %n s.", nullptr, delay).arg(what)
                  : tr("%1 copied.").arg(what),
        StatusMessageMs);
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

void MainWindow::newProfile()
{
    ProfileEditorDialog dialog(m_workspace, ProfileEditorDialog::Mode::Add, Profile {}, this);
    dialog.setRequestTimeout(m_settings.requestTimeoutSeconds());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    selectProfile(dialog.savedProfile().uuid);
}

void MainWindow::editProfile()
{
    const auto profile = currentProfile();
    if (!profile)
        return;
    ProfileEditorDialog dialog(m_workspace, ProfileEditorDialog::Mode::Edit, *profile, this);
    dialog.setRequestTimeout(m_settings.requestTimeoutSeconds());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The settings changed: the session obtained with the old ones no longer describes them.
    m_sessions.remove(profile->uuid);
    m_errors.remove(profile->uuid);
    m_workspace.sessions()
        .discardSession(profile->uuid)
        ->then(this, [this](Result<void> discarded) {
            if (!discarded.ok())
                statusBar()->showMessage(discarded.error().message, StatusMessageMs);
        });
    m_model->reload();
    selectProfile(dialog.savedProfile().uuid);
}

void MainWindow::duplicateProfile()
{
    const auto profile = currentProfile();
    if (!profile)
        return;
    ProfileEditorDialog dialog(m_workspace, ProfileEditorDialog::Mode::Duplicate, *profile, this);
    dialog.setRequestTimeout(m_settings.requestTimeoutSeconds());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    selectProfile(dialog.savedProfile().uuid);
}

void MainWindow::removeProfiles()
{
    QStringList names;
    QList<QUuid> uuids = selectedProfiles();
    for (const QUuid &uuid : std::as_const(uuids))
        names << m_model->profileAt(m_model->rowOf(uuid)).name;
    if (names.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove profiles"),
        tr("Remove %n profile(s) and delete their secrets from the keychain?\n\n%1", nullptr,
           static_cast<int>(names.size()))
            .arg(names.join(u'\n')));
    if (answer != QMessageBox::Yes)
        return;
    auto remaining = std::make_shared<QStringList>(names);
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, remaining, next, uuids] {
        if (remaining->isEmpty()) {
            for (const QUuid &uuid : uuids) {
                m_sessions.remove(uuid);
                m_errors.remove(uuid);
            }
            m_model->reload();
            statusBar()->showMessage(tr("Profiles removed."), StatusMessageMs);
            *next = nullptr;
            return;
        }
        const QString name = remaining->takeFirst();
        m_workspace.removeProfile(name, [this, next](Result<QList<std::pair<SecretKind, bool>>> r) {
            if (!r.ok()) {
                statusBar()->showMessage(r.error().message);
                m_model->reload();
                *next = nullptr;
                return;
            }
            (*next)();
        });
    };
    (*next)();
}

void MainWindow::importProfiles()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import profiles"), QString(),
                                                      tr("Profile exports (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const auto imported = m_workspace.importProfiles(file);
    if (!imported.ok()) {
        statusBar()->showMessage(imported.error().message);
        return;
    }
    m_model->reload();
    statusBar()->showMessage(
        tr("Imported %n profile(s). Exports hold no secrets: edit each profile "
           "to enter them.",
           nullptr, static_cast<int>(imported.value().size())));
}

void MainWindow::exportProfiles()
{
    QStringList names;
    for (const QUuid &uuid : selectedProfiles())
        names << m_model->profileAt(m_model->rowOf(uuid)).name;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export profiles"), u"santedb-profiles.json"_s, tr("Profile exports (*.json)"));
    if (path.isEmpty())
        return;
    const auto exported = m_workspace.exportProfiles(names);
    if (!exported.ok()) {
        statusBar()->showMessage(exported.error().message);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.value()) < 0 || !file.commit()) {
        statusBar()->showMessage(
            tr("The export could not be written to %1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1 (no secrets).").arg(path), StatusMessageMs);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

void MainWindow::updateTray()
{
    QList<TrayEntry> live;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (isExpired(*it))
            continue;
        live.append({it.key(), it->profileName, it->expiry.at});
    }
    m_expiry->setSessions(live);
    if (m_tray)
        m_tray->setEntries(live);
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
                       tr("Still running in the tray. Quit from its menu or with Ctrl+Q."));
        return;
    }
    event->accept();
}

} // namespace sdsm::gui
