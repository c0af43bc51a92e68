#include "profileeditor.h"

#include "serverprobe.h"
#include "tokenprotocol.h"
#include "ui_profileeditor.h"
#include "workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

// The core's sentences start in lower case so they can follow "error: " on a terminal; a label
// shows them as sentences of their own.
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

QString keychainName()
{
#if defined(Q_OS_WIN)
    return ProfileEditorDialog::tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return ProfileEditorDialog::tr("the macOS Keychain");
#else
    return ProfileEditorDialog::tr("the Secret Service (GNOME Keyring or KWallet)");
#endif
}

QString absolutePath(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(Workspace &workspace, Mode mode, const Profile &initial,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileEditorDialog>())
    , m_workspace(workspace)
    , m_mode(mode)
    , m_initial(initial)
    , m_probe(new ServerProbe(workspace.transport(), this))
{
    m_ui->setupUi(this);
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add profile"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit profile “%1”").arg(initial.name));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate profile “%1”").arg(initial.name));
        break;
    }

    m_ui->versionCombo->addItem(tr("Detect automatically"), versionName(SanteDbVersion::Auto));
    m_ui->versionCombo->addItem(tr("SanteDB 2.x"), versionName(SanteDbVersion::V2));
    m_ui->versionCombo->addItem(tr("SanteDB 3.x"), versionName(SanteDbVersion::V3));
    m_ui->keychainLabel->setText(
        tr("Secrets are kept in %1, never in the profile file.").arg(keychainName()));

    setUpSecretField(m_ui->clientSecretEdit, m_ui->clientSecretShow);
    setUpSecretField(m_ui->deviceSecretEdit, m_ui->deviceSecretShow);
    setUpSecretField(m_ui->certPasswordEdit, m_ui->certPasswordShow);

    const auto snapshot = workspace.profiles().load();
    if (snapshot.ok()) {
        for (const Profile &p : snapshot.value().profiles) {
            if (mode != Mode::Edit || p.uuid != initial.uuid)
                m_otherNames.insert(p.name);
        }
    }

    Profile shown = initial;
    if (mode == Mode::Duplicate)
        shown.name = tr("%1 copy").arg(initial.name);
    fillFields(shown);

    const QList<QLineEdit *> edits = m_ui->formContents->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit);
            revalidate();
        });
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditorDialog::revalidate);
    }
    connect(m_ui->allowHttpCheck, &QCheckBox::toggled, this, &ProfileEditorDialog::revalidate);
    for (QRadioButton *radio :
         {m_ui->deviceSecretRadio, m_ui->deviceCertRadio, m_ui->deviceNoneRadio})
        connect(radio, &QRadioButton::toggled, this, &ProfileEditorDialog::revalidate);
    connect(m_ui->versionCombo, &QComboBox::currentIndexChanged, this,
            &ProfileEditorDialog::revalidate);
    connect(m_ui->caFileBrowse, &QPushButton::clicked, this,
            [this] { browse(m_ui->caFileEdit, false); });
    connect(m_ui->certificateBrowse, &QPushButton::clicked, this,
            [this] { browse(m_ui->certificateEdit, true); });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileEditorDialog::testConnection);
    connect(m_ui->cancelTestButton, &QPushButton::clicked, this, &ProfileEditorDialog::cancelTest);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileEditorDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the profile"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setAccessibleName(tr("Close without saving"));

    m_ui->cancelTestButton->hide();
    m_ui->testResultLabel->hide();
    m_ui->saveStatusLabel->setVisible(!snapshot.ok());
    if (!snapshot.ok())
        m_ui->saveStatusLabel->setText(sentence(snapshot.error().message));
    revalidate();

    m_ui->scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

void ProfileEditorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    // Measured once everything is polished and laid out: the form scrolls when the screen is
    // short (large fonts, QT_SCALE_FACTOR=2), otherwise the dialog opens showing it whole.
    const QSize content = m_ui->formContents->sizeHint();
    const int scrollBar = m_ui->scrollArea->verticalScrollBar()->sizeHint().width();
    m_ui->scrollArea->setMinimumWidth(content.width() + scrollBar);
    const int around = height() - m_ui->scrollArea->height();
    // Wide enough for a URL and the keychain placeholders without cutting them.
    const int comfortable = fontMetrics().averageCharWidth() * 84;
    const int available = screen()->availableGeometry().height() * 9 / 10;
    resize(std::max({width(), comfortable,
                     content.width() + scrollBar + width() - m_ui->scrollArea->width()}),
           std::min(content.height() + around, available));
}

void ProfileEditorDialog::fillFields(const Profile &profile)
{
    m_ui->nameEdit->setText(profile.name);
    m_ui->noteEdit->setText(profile.note);
    m_ui->serverEdit->setText(profile.server.toString());
    m_ui->allowHttpCheck->setChecked(profile.allowHttp);
    m_ui->tokenEndpointEdit->setText(profile.tokenEndpoint.toString());
    m_ui->versionCombo->setCurrentIndex(
        std::max(0, m_ui->versionCombo->findData(versionName(profile.version))));
    m_ui->scopeEdit->setText(profile.scope);
    m_ui->caFileEdit->setText(QDir::toNativeSeparators(profile.caFile));
    m_ui->pinEdit->setText(profile.pinSha256);
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->deviceIdEdit->setText(profile.deviceId);
    m_ui->certificateEdit->setText(QDir::toNativeSeparators(profile.certificatePath));
    switch (profile.deviceMode) {
    case DeviceMode::Secret:
        m_ui->deviceSecretRadio->setChecked(true);
        break;
    case DeviceMode::Certificate:
        m_ui->deviceCertRadio->setChecked(true);
        break;
    case DeviceMode::None:
        m_ui->deviceNoneRadio->setChecked(true);
        break;
    }
}

void ProfileEditorDialog::setUpSecretField(QLineEdit *field, QToolButton *show)
{
    field->setEchoMode(QLineEdit::Password);
    switch (m_mode) {
    case Mode::Edit:
        field->setPlaceholderText(tr("stored in the keychain — leave empty to keep it"));
        break;
    case Mode::Duplicate:
        field->setPlaceholderText(tr("not copied — enter it to store it for this profile"));
        break;
    case Mode::Add:
        field->setPlaceholderText(tr("stored in the keychain when you press OK"));
        break;
    }
    connect(show, &QToolButton::toggled, field, [field](bool revealed) {
        field->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    });
}

DeviceMode ProfileEditorDialog::chosenDeviceMode() const
{
    if (m_ui->deviceSecretRadio->isChecked())
        return DeviceMode::Secret;
    if (m_ui->deviceCertRadio->isChecked())
        return DeviceMode::Certificate;
    return DeviceMode::None;
}

SanteDbVersion ProfileEditorDialog::chosenVersion() const
{
    return parseVersion(m_ui->versionCombo->currentData().toString())
        .value_or(SanteDbVersion::Auto);
}

QLineEdit *ProfileEditorDialog::secretField(SecretKind kind) const
{
    switch (kind) {
    case SecretKind::Device:
        return m_ui->deviceSecretEdit;
    case SecretKind::CertPassword:
        return m_ui->certPasswordEdit;
    case SecretKind::Client:
        return m_ui->clientSecretEdit;
    case SecretKind::Password:
    case SecretKind::Session:
        break;
    }
    return nullptr;
}

Profile ProfileEditorDialog::profileFromFields() const
{
    Profile p = m_initial;
    p.uuid = m_mode == Mode::Edit ? m_initial.uuid : m_newUuid;
    p.name = m_ui->nameEdit->text();
    p.note = m_ui->noteEdit->text();
    p.server = QUrl(m_ui->serverEdit->text().trimmed(), QUrl::StrictMode);
    const QString endpoint = m_ui->tokenEndpointEdit->text().trimmed();
    p.tokenEndpoint = endpoint.isEmpty() ? QUrl() : QUrl(endpoint, QUrl::StrictMode);
    p.allowHttp = m_ui->allowHttpCheck->isChecked();
    p.version = chosenVersion();
    const QString scope = m_ui->scopeEdit->text();
    p.scope = scope.isEmpty() ? u"*"_s : scope;
    p.clientId = m_ui->clientIdEdit->text();
    p.deviceMode = chosenDeviceMode();
    p.deviceId = p.deviceMode == DeviceMode::Secret ? m_ui->deviceIdEdit->text() : QString();
    p.certificatePath = p.deviceMode == DeviceMode::Certificate
        ? absolutePath(m_ui->certificateEdit->text().trimmed())
        : QString();
    p.caFile = absolutePath(m_ui->caFileEdit->text().trimmed());
    const QString pin = m_ui->pinEdit->text().trimmed();
    p.pinSha256 = normalizePin(pin).value_or(pin);
    return p;
}

QString ProfileEditorDialog::nameProblem(const QString &name) const
{
    if (const QString problem = checkProfileName(name); !problem.isEmpty())
        return sentence(problem);
    if (m_otherNames.contains(name))
        return tr("A profile named “%1” already exists; choose another name.").arg(name);
    return {};
}

QString ProfileEditorDialog::urlProblem(const QString &text, bool optional, bool allowHttp) const
{
    if (optional && text.isEmpty())
        return {};
    if (const QString problem = optional ? checkTokenEndpoint(text) : checkServerUrl(text);
        !problem.isEmpty())
        return sentence(problem);
    const QUrl url(text, QUrl::StrictMode);
    if (url.scheme() == "http"_L1 && !allowHttp && !isLoopbackHost(url.host()))
        return tr("Plain http to %1 is not encrypted: use https, or tick “Allow plain http” to "
                  "accept that risk.")
            .arg(url.host());
    return {};
}

QString ProfileEditorDialog::pinProblem(const Profile &profile) const
{
    const QString pin = m_ui->pinEdit->text().trimmed();
    if (pin.isEmpty())
        return {};
    if (!normalizePin(pin))
        return tr("The pin must be the 64 hexadecimal digits of a SHA-256 digest; colons, spaces "
                  "and case are ignored.");
    if (profile.server.scheme() == "http"_L1
        && profile.effectiveTokenEndpoint().scheme() == "http"_L1)
        return tr("A certificate pin has no effect over plain http: use https, or remove the pin.");
    return {};
}

QString ProfileEditorDialog::fileProblem(const QString &path, bool required, bool certificate) const
{
    if (path.isEmpty())
        return required ? tr("Choose the device's PKCS#12 certificate file.") : QString();
    const QFileInfo info(path);
    if (info.isFile() && info.isReadable())
        return {};
    const QString shown = QDir::toNativeSeparators(path);
    return certificate
        ? tr("The certificate file %1 cannot be read: check the path and its permissions.")
              .arg(shown)
        : tr("The CA file %1 cannot be read: check the path and its permissions.").arg(shown);
}

void ProfileEditorDialog::showProblem(QLineEdit *field, QLabel *label, const QString &problem)
{
    if (!problem.isEmpty())
        ++m_problems;
    // An empty field the user has not touched yet only keeps OK disabled: a fresh form full of
    // "must not be empty" would shout before anyone typed.
    const bool shown =
        !problem.isEmpty() && (m_touched.contains(field) || !field->text().isEmpty());
    label->setText(shown ? problem : QString());
    label->setVisible(shown);
    field->setAccessibleDescription(shown ? problem : QString());
}

void ProfileEditorDialog::revalidate()
{
    const Profile p = profileFromFields();
    const bool secretMode = p.deviceMode == DeviceMode::Secret;
    const bool certificateMode = p.deviceMode == DeviceMode::Certificate;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->deviceIdLabel, m_ui->deviceIdEdit, m_ui->deviceSecretLabel,
             m_ui->deviceSecretEdit, m_ui->deviceSecretShow})
        w->setEnabled(secretMode);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->certificateLabel, m_ui->certificateEdit, m_ui->certificateBrowse,
             m_ui->certPasswordLabel, m_ui->certPasswordEdit, m_ui->certPasswordShow})
        w->setEnabled(certificateMode);

    m_problems = 0;
    showProblem(m_ui->nameEdit, m_ui->nameError, nameProblem(m_ui->nameEdit->text()));
    showProblem(m_ui->serverEdit, m_ui->serverError,
                urlProblem(m_ui->serverEdit->text().trimmed(), false, p.allowHttp));
    showProblem(m_ui->tokenEndpointEdit, m_ui->tokenEndpointError,
                urlProblem(m_ui->tokenEndpointEdit->text().trimmed(), true, p.allowHttp));
    const QString scope = m_ui->scopeEdit->text();
    showProblem(m_ui->scopeEdit, m_ui->scopeError,
                scope.isEmpty() ? QString() : sentence(checkScope(scope)));
    showProblem(m_ui->caFileEdit, m_ui->caFileError,
                fileProblem(m_ui->caFileEdit->text().trimmed(), false, false));
    showProblem(m_ui->pinEdit, m_ui->pinError, pinProblem(p));
    showProblem(m_ui->clientIdEdit, m_ui->clientIdError,
                sentence(checkClientId(m_ui->clientIdEdit->text())));
    showProblem(m_ui->deviceIdEdit, m_ui->deviceIdError,
                secretMode ? sentence(checkDeviceId(m_ui->deviceIdEdit->text())) : QString());
    const QString deviceSecret = m_ui->deviceSecretEdit->text();
    showProblem(m_ui->deviceSecretEdit, m_ui->deviceSecretError,
                secretMode && !deviceSecret.isEmpty()
                    ? sentence(checkDeviceSecret(deviceSecret, p.version))
                    : QString());
    showProblem(m_ui->certificateEdit, m_ui->certificateError,
                certificateMode ? fileProblem(m_ui->certificateEdit->text().trimmed(), true, true)
                                : QString());

    updateTokenEndpointPlaceholder();
    const bool serverUsable = checkServerUrl(m_ui->serverEdit->text().trimmed()).isEmpty();
    m_ui->testButton->setEnabled(!m_saving && !m_probe->isRunning() && serverUsable);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_saving && m_problems == 0);
}

void ProfileEditorDialog::updateTokenEndpointPlaceholder()
{
    const QString server = m_ui->serverEdit->text().trimmed();
    if (!checkServerUrl(server).isEmpty()) {
        m_ui->tokenEndpointEdit->setPlaceholderText(tr("default: <server URL>/auth/oauth2_token"));
        return;
    }
    Profile defaults;
    defaults.server = QUrl(server, QUrl::StrictMode);
    m_ui->tokenEndpointEdit->setPlaceholderText(
        tr("default: %1").arg(defaults.effectiveTokenEndpoint().toDisplayString()));
}

void ProfileEditorDialog::browse(QLineEdit *field, bool certificate)
{
    const QString current = field->text().trimmed();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString file = certificate
        ? QFileDialog::getOpenFileName(this, tr("Choose the device certificate"), start,
                                       tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"))
        : QFileDialog::getOpenFileName(this, tr("Choose a CA file"), start,
                                       tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (file.isEmpty())
        return;
    m_touched.insert(field);
    field->setText(QDir::toNativeSeparators(file));
}

void ProfileEditorDialog::testConnection()
{
    if (m_probe->isRunning())
        return;
    const Profile profile = profileFromFields();
    m_ui->testResultLabel->setText(
        tr("Testing the connection to %1…").arg(profile.server.toDisplayString()));
    m_ui->testResultLabel->show();
    m_ui->cancelTestButton->show();
    ProbeTarget target = ProbeTarget::forProfile(profile, m_timeoutSeconds);
    target.transport.trustedSha256 = m_workspace.knownServers().trustedSha256(profile.server);
    m_probe->probe(target)->then(this, [this](Result<ServerReport> outcome) {
        QString text;
        if (outcome.ok()) {
            const ServerReport &report = outcome.value();
            text = report.discovery ? tr("Connected. %1").arg(sentence(report.summary))
                                    : tr("Reachable. %1").arg(sentence(report.summary));
            for (const QString &note : report.notes)
                text += u'\n' + tr("Note: %1").arg(sentence(note));
        } else {
            text = tr("The connection test failed. %1").arg(sentence(outcome.error().message));
        }
        m_ui->testResultLabel->setText(text);
        m_ui->cancelTestButton->hide();
        revalidate();
    });
    revalidate();
}

void ProfileEditorDialog::cancelTest()
{
    m_probe->cancel();
}

void ProfileEditorDialog::accept()
{
    if (m_saving)
        return;
    revalidate();
    if (m_problems > 0)
        return;
    if (m_mode != Mode::Edit && m_newUuid.isNull())
        m_newUuid = QUuid::createUuid();
    const Profile profile = profileFromFields();
    if (const auto valid = validateProfile(profile); !valid.ok())
        return failSave(valid.error().message);

    PendingSecrets secrets;
    for (const SecretKind kind : profile.usedSecretKinds()) {
        const QLineEdit *field = secretField(kind);
        if (const QString value = field ? field->text() : QString(); !value.isEmpty())
            secrets.append({kind, value});
    }
    setSaving(true);
    storeNext(profile, std::move(secrets));
}

void ProfileEditorDialog::storeNext(const Profile &profile, PendingSecrets remaining)
{
    if (remaining.isEmpty())
        return saveProfile(profile);
    const auto [kind, value] = remaining.takeFirst();
    QPointer<ProfileEditorDialog> self(this);
    m_workspace.setSecret(profile, kind, value,
                          [self, profile, remaining = std::move(remaining)](Result<void> stored) {
                              if (!self)
                                  return;
                              if (!stored.ok())
                                  return self->failSave(stored.error().message);
                              self->storeNext(profile, remaining);
                          });
}

void ProfileEditorDialog::saveProfile(const Profile &profile)
{
    Result<Profile> saved = m_mode == Mode::Edit
        ? m_workspace.editProfile(
            m_initial.name,
            [&](Profile &stored) -> Result<void> {
                // The secrets went to this uuid; a profile re-created under the same name
                // elsewhere meanwhile is another profile and must not take them over.
                if (stored.uuid != profile.uuid)
                    return makeError(ErrorKind::Config,
                                     tr("the profile “%1” was removed and added again elsewhere "
                                        "while this dialog was open — cancel and edit it again")
                                         .arg(m_initial.name));
                stored = profile;
                return {};
            },
            profile.version != m_initial.version)
        : m_workspace.addProfile(profile);
    if (!saved.ok())
        return failSave(saved.error().message);
    m_saved = saved.value();
    clearSecrets();
    setSaving(false);
    m_probe->cancel();
    QDialog::accept();
}

void ProfileEditorDialog::failSave(const QString &message)
{
    setSaving(false);
    m_ui->saveStatusLabel->setText(
        sentence(message) + u'\n'
        + tr("The profile was not saved: correct the problem and press OK again."));
    m_ui->saveStatusLabel->show();
}

void ProfileEditorDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_ui->scrollArea->setEnabled(!saving);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!saving);
    if (saving) {
        m_ui->saveStatusLabel->setText(tr("Saving: secrets go to the keychain first…"));
        m_ui->saveStatusLabel->show();
    }
    revalidate();
}

void ProfileEditorDialog::clearSecrets()
{
    for (QLineEdit *field :
         {m_ui->clientSecretEdit, m_ui->deviceSecretEdit, m_ui->certPasswordEdit})
        field->clear();
}

void ProfileEditorDialog::reject()
{
    if (m_saving)
        return;
    m_probe->cancel();
    clearSecrets();
    QDialog::reject();
}

} // namespace sdsm::gui
