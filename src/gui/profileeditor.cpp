// SPDX-License-Identifier: Apache-2.0
#include "profileeditor.h"

#include "clock.h"
#include "devicecertificate.h"
#include "profileedit.h"
#include "profiletext.h"
#include "serverprobe.h"
#include "textrules.h"
#include "timetext.h"
#include "tokenprotocol.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

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

// Wide enough that the placeholder is never cut (issue 8 §2).
void fitPlaceholder(QLineEdit *edit)
{
    const QFontMetrics fm = edit->fontMetrics();
    const int wanted = fm.horizontalAdvance(edit->placeholderText()) + 4 * fm.averageCharWidth();
    edit->setMinimumWidth(std::max(edit->minimumWidth(), wanted));
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(Workspace &workspace, Mode mode, const Profile &initial,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_initial(initial)
    , m_probe(new ServerProbe(workspace.transport(), this))
    , m_inspectTimer(new QTimer(this))
{
    setObjectName(u"ProfileEditorDialog"_s);
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add profile"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit profile “%1”").arg(oneLineText(initial.name)));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate profile “%1”").arg(oneLineText(initial.name)));
        break;
    }
    buildForm();

    const auto snapshot = workspace.profiles().load();
    if (snapshot.ok()) {
        for (const Profile &p : snapshot.value().profiles) {
            if (mode != Mode::Edit || p.uuid != initial.uuid)
                m_otherNames.insert(p.name);
        }
    }
    if (mode == Mode::Edit)
        m_detected = workspace.state().get(initial.uuid).detectedVersion;

    Profile shown = initial;
    if (mode == Mode::Duplicate)
        shown.name = tr("%1 copy").arg(initial.name);
    fillFields(shown);

    const QList<QLineEdit *> edits = m_formContents->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit);
            revalidate();
        });
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditorDialog::revalidate);
    }
    connect(m_allowHttp, &QCheckBox::toggled, this, &ProfileEditorDialog::revalidate);
    for (QRadioButton *radio : {m_deviceSecretRadio, m_deviceCertRadio, m_deviceNoneRadio})
        connect(radio, &QRadioButton::toggled, this, &ProfileEditorDialog::revalidate);
    for (QComboBox *combo : {m_version, m_grant, m_passwordMode})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::revalidate);

    // The certificate is opened a moment after the last keystroke, not on each one.
    m_inspectTimer->setSingleShot(true);
    m_inspectTimer->setInterval(300);
    connect(m_inspectTimer, &QTimer::timeout, this, &ProfileEditorDialog::inspectCertificate);
    for (QLineEdit *edit : {m_certificate, m_certificateKey, m_certPassword.field})
        connect(edit, &QLineEdit::textChanged, m_inspectTimer, qOverload<>(&QTimer::start));
    connect(m_deviceCertRadio, &QRadioButton::toggled, m_inspectTimer, qOverload<>(&QTimer::start));

    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        browse(m_caFile, tr("Choose a CA file"),
               tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    });
    connect(m_certificateBrowse, &QPushButton::clicked, this, [this] {
        browse(m_certificate, tr("Choose the device certificate"),
               tr("Device certificates (*.p12 *.pfx *.pem *.crt);;All files (*)"));
    });
    connect(m_keyBrowse, &QPushButton::clicked, this, [this] {
        browse(m_certificateKey, tr("Choose the device's private key"),
               tr("PEM keys (*.pem *.key);;All files (*)"));
    });
    connect(m_testButton, &QPushButton::clicked, this, &ProfileEditorDialog::testConnection);
    connect(m_cancelTestButton, &QPushButton::clicked, this, &ProfileEditorDialog::cancelTest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileEditorDialog::reject);

    m_cancelTestButton->hide();
    m_testResult->hide();
    m_saveStatus->setVisible(!snapshot.ok());
    if (!snapshot.ok())
        m_saveStatus->setText(sentence(snapshot.error().message));
    m_focusOnShow = m_name;
    revalidate();
    readSecretPresence();
    inspectCertificate();
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

QGroupBox *ProfileEditorDialog::group(const QString &title, QFormLayout **form)
{
    auto *box = new QGroupBox(title, m_formContents);
    box->setAccessibleName(title);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*form)->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return box;
}

QLineEdit *ProfileEditorDialog::lineEdit(const QString &objectName, const QString &accessibleName,
                                         const QString &placeholder)
{
    auto *edit = new QLineEdit(m_formContents);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel *ProfileEditorDialog::errorLabel(const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(m_formContents);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::Text);
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    label->hide();
    return label;
}

QWidget *ProfileEditorDialog::withButton(QWidget *field, QWidget *button)
{
    auto *row = new QWidget(m_formContents);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return row;
}

ProfileEditorDialog::SecretRow ProfileEditorDialog::secretRow(SecretKind kind,
                                                              const QString &objectName,
                                                              const QString &accessibleName)
{
    SecretRow row;
    row.field = lineEdit(objectName, accessibleName);
    row.field->setEchoMode(QLineEdit::Password);
    row.field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                   | Qt::ImhNoPredictiveText);
    switch (m_mode) {
    case Mode::Edit:
        row.field->setPlaceholderText(tr("leave empty to keep it"));
        break;
    case Mode::Duplicate:
        row.field->setPlaceholderText(tr("not copied: enter it"));
        break;
    case Mode::Add:
        row.field->setPlaceholderText(tr("stored in the keychain on OK"));
        break;
    }
    fitPlaceholder(row.field);
    row.show = new QToolButton(m_formContents);
    row.show->setText(tr("Show"));
    row.show->setCheckable(true);
    row.show->setObjectName(QString(objectName).replace(u"Edit"_s, u"Show"_s));
    row.show->setAccessibleName(tr("Show the %1").arg(secretKindLabel(kind)));
    row.show->setToolTip(row.show->accessibleName());
    QLineEdit *field = row.field;
    connect(row.show, &QToolButton::toggled, field, [field](bool revealed) {
        field->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    });
    row.status = new QLabel(m_formContents);
    row.status->setObjectName(QString(objectName).replace(u"Edit"_s, u"Status"_s));
    row.status->setAccessibleName(tr("Whether a %1 is stored").arg(secretKindLabel(kind)));
    row.status->setTextFormat(Qt::PlainText);
    // Wide enough for the longest status, so the row does not jump as it changes.
    const QFontMetrics fm = row.status->fontMetrics();
    int width = 0;
    for (const QString &text :
         {tr("set"), tr("not set"), tr("checking…"), tr("unknown"), tr("new value on OK")})
        width = std::max(width, fm.horizontalAdvance(text));
    row.status->setMinimumWidth(width + fm.averageCharWidth());
    row.row = new QWidget(m_formContents);
    auto *layout = new QHBoxLayout(row.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.field, 1);
    layout->addWidget(row.show);
    layout->addWidget(row.status);
    return row;
}

QLabel *ProfileEditorDialog::addRow(QFormLayout *form, const QString &label, QWidget *field,
                                    QLabel *error)
{
    auto *caption = new QLabel(label, m_formContents);
    caption->setBuddy(field);
    if (!(field->focusPolicy() & Qt::TabFocus)) {
        // A row of widgets: its first focusable child takes the mnemonic.
        const auto children = field->findChildren<QWidget *>();
        for (QWidget *child : children) {
            if (child->focusPolicy() & Qt::TabFocus) {
                caption->setBuddy(child);
                break;
            }
        }
    }
    form->addRow(caption, field);
    if (error)
        form->addRow(QString(), error);
    m_fieldLabels.append(caption);
    return caption;
}

void ProfileEditorDialog::buildForm()
{
    auto *dialogLayout = new QVBoxLayout(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"scrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The scroll area itself never takes the focus: Ctrl+N must land in the profile name.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_formContents = new QWidget;
    m_formContents->setObjectName(u"formContents"_s);
    auto *contents = new QVBoxLayout(m_formContents);

    // Profile
    QFormLayout *form = nullptr;
    QGroupBox *box = group(tr("Profile"), &form);
    m_name = lineEdit(u"nameEdit"_s, tr("Profile name"), tr("required"));
    m_nameError = errorLabel(u"nameError"_s, tr("Profile name problem"));
    addRow(form, tr("Profile &name:"), m_name, m_nameError);
    m_note = lineEdit(u"noteEdit"_s, tr("Note"), tr("optional"));
    addRow(form, tr("N&ote:"), m_note);
    m_tags = lineEdit(u"tagsEdit"_s, tr("Tags"), tr("optional, separated by commas"));
    fitPlaceholder(m_tags);
    m_tagsError = errorLabel(u"tagsError"_s, tr("Tags problem"));
    addRow(form, tr("Ta&gs:"), m_tags, m_tagsError);
    contents->addWidget(box);

    // Server
    box = group(tr("Server"), &form);
    m_server = lineEdit(u"serverEdit"_s, tr("Server URL"), tr("https://santedb.example.org:8443"));
    fitPlaceholder(m_server);
    m_serverError = errorLabel(u"serverError"_s, tr("Server URL problem"));
    addRow(form, tr("Ser&ver URL:"), m_server, m_serverError);
    m_allowHttp =
        new QCheckBox(tr("Allow plain &http (unencrypted) to this server"), m_formContents);
    m_allowHttp->setObjectName(u"allowHttpCheck"_s);
    m_allowHttp->setAccessibleName(tr("Allow plain http"));
    form->addRow(QString(), m_allowHttp);
    m_tokenEndpoint = lineEdit(u"tokenEndpointEdit"_s, tr("Token endpoint"));
    m_tokenEndpointError = errorLabel(u"tokenEndpointError"_s, tr("Token endpoint problem"));
    addRow(form, tr("To&ken endpoint:"), m_tokenEndpoint, m_tokenEndpointError);
    m_version = new QComboBox(m_formContents);
    m_version->setObjectName(u"versionCombo"_s);
    m_version->setAccessibleName(tr("SanteDB version"));
    m_version->addItem(tr("Detect automatically"), versionName(SanteDbVersion::Auto));
    m_version->addItem(tr("SanteDB 2.x"), versionName(SanteDbVersion::V2));
    m_version->addItem(tr("SanteDB 3.x"), versionName(SanteDbVersion::V3));
    addRow(form, tr("SanteD&B version:"), m_version);
    m_scope = lineEdit(u"scopeEdit"_s, tr("Scope"), defaultScope());
    m_scopeError = errorLabel(u"scopeError"_s, tr("Scope problem"));
    addRow(form, tr("&Scope:"), m_scope, m_scopeError);
    m_caFile = lineEdit(u"caFileEdit"_s, tr("CA file"), tr("system certificates only"));
    fitPlaceholder(m_caFile);
    m_caBrowse = new QPushButton(tr("Browse…"), m_formContents);
    m_caBrowse->setObjectName(u"caFileBrowse"_s);
    m_caBrowse->setAccessibleName(tr("Browse for a CA file"));
    m_caFileError = errorLabel(u"caFileError"_s, tr("CA file problem"));
    addRow(form, tr("CA &file:"), withButton(m_caFile, m_caBrowse), m_caFileError);
    m_pin = lineEdit(u"pinEdit"_s, tr("Pinned certificate SHA-256"),
                     tr("optional: 64 hex digits, colons allowed"));
    fitPlaceholder(m_pin);
    m_pinError = errorLabel(u"pinError"_s, tr("Pinned SHA-256 problem"));
    addRow(form, tr("Pinned SHA-&256:"), m_pin, m_pinError);
    contents->addWidget(box);

    // Application
    box = group(tr("Application"), &form);
    m_clientId = lineEdit(u"clientIdEdit"_s, tr("Client ID"), tr("required"));
    m_clientIdError = errorLabel(u"clientIdError"_s, tr("Client ID problem"));
    addRow(form, tr("C&lient ID:"), m_clientId, m_clientIdError);
    m_clientSecret = secretRow(SecretKind::Client, u"clientSecretEdit"_s, tr("Client secret"));
    addRow(form, tr("&Client secret:"), m_clientSecret.row);
    m_grant = new QComboBox(m_formContents);
    m_grant->setObjectName(u"grantCombo"_s);
    m_grant->setAccessibleName(tr("Grant"));
    m_grant->addItem(tr("The application (and device) on its own"),
                     grantName(GrantType::ClientCredentials));
    m_grant->addItem(tr("A user, with a password"), grantName(GrantType::Password));
    addRow(form, tr("G&rant:"), m_grant);
    contents->addWidget(box);

    // User
    m_userGroup = group(tr("User"), &form);
    m_username = lineEdit(u"usernameEdit"_s, tr("User name"), tr("required"));
    m_usernameError = errorLabel(u"usernameError"_s, tr("User name problem"));
    addRow(form, tr("&User name:"), m_username, m_usernameError);
    m_passwordMode = new QComboBox(m_formContents);
    m_passwordMode->setObjectName(u"passwordModeCombo"_s);
    m_passwordMode->setAccessibleName(tr("Password mode"));
    m_passwordMode->addItem(tr("Stored in the keychain"), passwordModeName(PasswordMode::Stored));
    m_passwordMode->addItem(tr("Asked each time, never stored"),
                            passwordModeName(PasswordMode::Ask));
    addRow(form, tr("Password &mode:"), m_passwordMode);
    m_password = secretRow(SecretKind::Password, u"passwordEdit"_s, tr("Password"));
    addRow(form, tr("Pass&word:"), m_password.row);
    m_facility = lineEdit(u"facilityEdit"_s, tr("Facility"),
                          tr("optional: the facility UUID, when the user must choose one"));
    fitPlaceholder(m_facility);
    m_facilityError = errorLabel(u"facilityError"_s, tr("Facility problem"));
    addRow(form, tr("F&acility:"), m_facility, m_facilityError);
    contents->addWidget(m_userGroup);

    // Device
    box = group(tr("Device"), &form);
    auto *modeRow = new QWidget(m_formContents);
    auto *modeLayout = new QHBoxLayout(modeRow);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    m_deviceSecretRadio = new QRadioButton(tr("Device ID and secret"), modeRow);
    m_deviceSecretRadio->setObjectName(u"deviceSecretRadio"_s);
    m_deviceSecretRadio->setAccessibleName(tr("Device authenticates with a device ID and secret"));
    m_deviceCertRadio = new QRadioButton(tr("Device certificate"), modeRow);
    m_deviceCertRadio->setObjectName(u"deviceCertRadio"_s);
    m_deviceCertRadio->setAccessibleName(tr("Device authenticates with a certificate"));
    m_deviceNoneRadio = new QRadioButton(tr("No device"), modeRow);
    m_deviceNoneRadio->setObjectName(u"deviceNoneRadio"_s);
    m_deviceNoneRadio->setAccessibleName(tr("No device authentication"));
    auto *modes = new QButtonGroup(modeRow);
    for (QRadioButton *radio : {m_deviceSecretRadio, m_deviceCertRadio, m_deviceNoneRadio}) {
        modes->addButton(radio);
        modeLayout->addWidget(radio);
    }
    modeLayout->addStretch();
    auto *modeCaption = new QLabel(tr("Authentication:"), m_formContents);
    form->addRow(modeCaption, modeRow);
    m_fieldLabels.append(modeCaption);
    m_deviceId = lineEdit(u"deviceIdEdit"_s, tr("Device ID"));
    m_deviceIdError = errorLabel(u"deviceIdError"_s, tr("Device ID problem"));
    m_secretModeWidgets << addRow(form, tr("Device &ID:"), m_deviceId, m_deviceIdError)
                        << m_deviceId;
    m_deviceSecret = secretRow(SecretKind::Device, u"deviceSecretEdit"_s, tr("Device secret"));
    m_deviceSecretError = errorLabel(u"deviceSecretError"_s, tr("Device secret problem"));
    m_secretModeWidgets << addRow(form, tr("&Device secret:"), m_deviceSecret.row,
                                  m_deviceSecretError)
                        << m_deviceSecret.row;
    m_certificate = lineEdit(u"certificateEdit"_s, tr("Certificate file"),
                             tr("PKCS#12 (.p12, .pfx) or PEM certificate"));
    fitPlaceholder(m_certificate);
    m_certificateBrowse = new QPushButton(tr("Browse…"), m_formContents);
    m_certificateBrowse->setObjectName(u"certificateBrowse"_s);
    m_certificateBrowse->setAccessibleName(tr("Browse for a certificate file"));
    m_certificateError = errorLabel(u"certificateError"_s, tr("Certificate file problem"));
    m_certificateModeWidgets << addRow(form, tr("C&ertificate file:"),
                                       withButton(m_certificate, m_certificateBrowse),
                                       m_certificateError)
                             << m_certificate << m_certificateBrowse;
    m_certificateKey = lineEdit(u"certificateKeyEdit"_s, tr("Key file"),
                                tr("PEM only: the key, unless the certificate file holds it"));
    fitPlaceholder(m_certificateKey);
    m_keyBrowse = new QPushButton(tr("Browse…"), m_formContents);
    m_keyBrowse->setObjectName(u"certificateKeyBrowse"_s);
    m_keyBrowse->setAccessibleName(tr("Browse for a key file"));
    m_keyLabel = addRow(form, tr("Ke&y file:"), withButton(m_certificateKey, m_keyBrowse));
    m_certPassword =
        secretRow(SecretKind::CertPassword, u"certPasswordEdit"_s, tr("Certificate password"));
    m_certificateModeWidgets << addRow(form, tr("Certificate &password:"), m_certPassword.row)
                             << m_certPassword.row;
    m_certificateInfo = new QLabel(m_formContents);
    m_certificateInfo->setObjectName(u"certificateInfo"_s);
    m_certificateInfo->setAccessibleName(tr("Device certificate details"));
    m_certificateInfo->setTextFormat(Qt::PlainText);
    m_certificateInfo->setWordWrap(true);
    m_certificateInfo->setTextInteractionFlags(Qt::TextSelectableByMouse
                                               | Qt::TextSelectableByKeyboard);
    m_certificateInfo->setFocusPolicy(Qt::NoFocus);
    form->addRow(QString(), m_certificateInfo);
    contents->addWidget(box);

    m_keychainLabel = new QLabel(
        tr("Secrets are kept in %1, never in the profile file. A secret's field says whether a "
           "value is stored without showing it.")
            .arg(keychainName()),
        m_formContents);
    m_keychainLabel->setObjectName(u"keychainLabel"_s);
    m_keychainLabel->setWordWrap(true);
    m_keychainLabel->setAccessibleName(tr("Where secrets are kept"));
    contents->addWidget(m_keychainLabel);
    contents->addStretch();
    m_scroll->setWidget(m_formContents);
    dialogLayout->addWidget(m_scroll, 1);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(u"testButton"_s);
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setToolTip(tr("Asks the server whether it is a SanteDB auth service, without "
                                "sending any credential"));
    m_cancelTestButton = new QPushButton(tr("Cancel test"), this);
    m_cancelTestButton->setObjectName(u"cancelTestButton"_s);
    m_cancelTestButton->setAccessibleName(tr("Cancel the connection test"));
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_cancelTestButton);
    testRow->addStretch();
    dialogLayout->addLayout(testRow);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"testResultLabel"_s);
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    dialogLayout->addWidget(m_testResult);
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(u"saveStatusLabel"_s);
    m_saveStatus->setAccessibleName(tr("Save status"));
    m_saveStatus->setTextFormat(Qt::PlainText);
    m_saveStatus->setWordWrap(true);
    dialogLayout->addWidget(m_saveStatus);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the profile"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    dialogLayout->addWidget(m_buttons);

    alignColumns();
}

void ProfileEditorDialog::alignColumns()
{
    // One form per group, but one label column for all: every caption gets the widest one's
    // width, so the fields start at the same x across the groups.
    int widest = 0;
    for (QLabel *label : std::as_const(m_fieldLabels))
        widest = std::max(widest, label->sizeHint().width());
    for (QLabel *label : std::as_const(m_fieldLabels))
        label->setMinimumWidth(widest);
}

void ProfileEditorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // Measured once everything is polished and laid out: the form scrolls when the screen is
    // short (large fonts, a 2× screen), otherwise the dialog opens showing it whole.
    const QSize content = m_formContents->sizeHint();
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    m_scroll->setMinimumWidth(content.width() + scrollBar);
    const int around = height() - m_scroll->height();
    const QRect available = screen()->availableGeometry();
    resize(std::min(std::max(width(), content.width() + scrollBar + width() - m_scroll->width()),
                    available.width() * 95 / 100),
           std::min(content.height() + around, available.height() * 9 / 10));
    if (m_focusOnShow) {
        m_focusOnShow->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(m_focusOnShow);
    }
}

QWidget *ProfileEditorDialog::fieldWidget(const QString &field) const
{
    const QHash<QString, QWidget *> fields {
        {u"name"_s, m_name},
        {u"note"_s, m_note},
        {u"tags"_s, m_tags},
        {u"tag"_s, m_tags},
        {u"server"_s, m_server},
        {u"allow_http"_s, m_allowHttp},
        {u"token_endpoint"_s, m_tokenEndpoint},
        {u"santedb_version"_s, m_version},
        {u"scope"_s, m_scope},
        {u"ca_file"_s, m_caFile},
        {u"pin_sha256"_s, m_pin},
        {u"client_id"_s, m_clientId},
        {u"grant"_s, m_grant},
        {u"username"_s, m_username},
        {u"password_mode"_s, m_passwordMode},
        {u"facility"_s, m_facility},
        {u"device_id"_s, m_deviceId},
        {u"device_cert"_s, m_certificate},
        {u"device_key"_s, m_certificateKey},
    };
    if (QWidget *w = fields.value(field))
        return w;
    if (const auto kind = parseSecretKind(field))
        return secretField(*kind);
    return nullptr;
}

void ProfileEditorDialog::focusField(const QString &field)
{
    if (QWidget *w = fieldWidget(field)) {
        m_focusOnShow = w;
        if (m_shown) {
            w->setFocus(Qt::OtherFocusReason);
            m_scroll->ensureWidgetVisible(w);
        }
    }
}

void ProfileEditorDialog::fillFields(const Profile &profile)
{
    m_name->setText(profile.name);
    m_note->setText(profile.note);
    m_tags->setText(profile.tags.join(u", "_s));
    m_server->setText(profile.server.toString());
    m_allowHttp->setChecked(profile.allowHttp);
    m_tokenEndpoint->setText(profile.tokenEndpoint.toString());
    m_version->setCurrentIndex(std::max(0, m_version->findData(versionName(profile.version))));
    m_version->setItemText(
        0,
        profile.version == SanteDbVersion::Auto && m_detected
            ? tr("Detect automatically (detected %1.x)").arg(static_cast<int>(*m_detected))
            : tr("Detect automatically"));
    m_scope->setText(profile.scope == defaultScope() ? QString() : profile.scope);
    m_caFile->setText(QDir::toNativeSeparators(profile.caFile));
    m_pin->setText(profile.pinSha256);
    m_clientId->setText(profile.clientId);
    m_grant->setCurrentIndex(std::max(0, m_grant->findData(grantName(profile.grant))));
    m_username->setText(profile.username);
    m_passwordMode->setCurrentIndex(
        std::max(0, m_passwordMode->findData(passwordModeName(profile.passwordMode))));
    m_facility->setText(profile.facility);
    m_deviceId->setText(profile.deviceId);
    m_certificate->setText(QDir::toNativeSeparators(profile.certificatePath));
    m_certificateKey->setText(QDir::toNativeSeparators(profile.certificateKeyPath));
    switch (profile.deviceMode) {
    case DeviceMode::Secret:
        m_deviceSecretRadio->setChecked(true);
        break;
    case DeviceMode::Certificate:
        m_deviceCertRadio->setChecked(true);
        break;
    case DeviceMode::None:
        m_deviceNoneRadio->setChecked(true);
        break;
    }
}

DeviceMode ProfileEditorDialog::chosenDeviceMode() const
{
    if (m_deviceSecretRadio->isChecked())
        return DeviceMode::Secret;
    if (m_deviceCertRadio->isChecked())
        return DeviceMode::Certificate;
    return DeviceMode::None;
}

SanteDbVersion ProfileEditorDialog::chosenVersion() const
{
    return parseVersion(m_version->currentData().toString()).value_or(SanteDbVersion::Auto);
}

GrantType ProfileEditorDialog::chosenGrant() const
{
    return parseGrant(m_grant->currentData().toString()).value_or(GrantType::ClientCredentials);
}

PasswordMode ProfileEditorDialog::chosenPasswordMode() const
{
    return parsePasswordMode(m_passwordMode->currentData().toString())
        .value_or(PasswordMode::Stored);
}

QStringList ProfileEditorDialog::chosenTags() const
{
    QStringList tags;
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (const QString trimmed = tag.trimmed(); !trimmed.isEmpty())
            tags << trimmed;
    }
    return normalizeTags(tags);
}

QLineEdit *ProfileEditorDialog::secretField(SecretKind kind) const
{
    switch (kind) {
    case SecretKind::Device:
        return m_deviceSecret.field;
    case SecretKind::CertPassword:
        return m_certPassword.field;
    case SecretKind::Client:
        return m_clientSecret.field;
    case SecretKind::Password:
        return m_password.field;
    case SecretKind::Session:
        break;
    }
    return nullptr;
}

Profile ProfileEditorDialog::profileFromFields() const
{
    Profile p = m_initial;
    p.uuid = m_mode == Mode::Edit ? m_initial.uuid : m_newUuid;
    p.name = m_name->text();
    p.note = m_note->text();
    p.tags = chosenTags();
    p.server = QUrl(m_server->text().trimmed(), QUrl::StrictMode);
    const QString endpoint = m_tokenEndpoint->text().trimmed();
    p.tokenEndpoint = endpoint.isEmpty() ? QUrl() : QUrl(endpoint, QUrl::StrictMode);
    p.allowHttp = m_allowHttp->isChecked();
    p.version = chosenVersion();
    const QString scope = m_scope->text();
    p.scope = scope.isEmpty() ? defaultScope() : scope;
    p.clientId = m_clientId->text();
    p.grant = chosenGrant();
    const bool user = p.grant == GrantType::Password;
    p.username = user ? m_username->text() : QString();
    p.passwordMode = user ? chosenPasswordMode() : PasswordMode::Stored;
    p.facility = user ? m_facility->text().trimmed() : QString();
    p.deviceMode = chosenDeviceMode();
    p.deviceId = p.deviceMode == DeviceMode::Secret ? m_deviceId->text() : QString();
    const bool certificate = p.deviceMode == DeviceMode::Certificate;
    p.certificatePath = certificate ? absolutePath(m_certificate->text().trimmed()) : QString();
    p.certificateKeyPath = certificate && m_keyFileUsable
        ? absolutePath(m_certificateKey->text().trimmed())
        : QString();
    p.caFile = absolutePath(m_caFile->text().trimmed());
    const QString pin = m_pin->text().trimmed();
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
    const QString pin = m_pin->text().trimmed();
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

QString ProfileEditorDialog::fileProblem(const QString &path, bool certificate) const
{
    if (path.isEmpty())
        return certificate ? tr("Choose the device's certificate file.") : QString();
    const QFileInfo info(path);
    if (info.isFile() && info.isReadable())
        return {};
    const QString shown = QDir::toNativeSeparators(path);
    return certificate
        ? tr("The certificate file %1 cannot be read: check the path and its permissions.")
              .arg(shown)
        : tr("The CA file %1 cannot be read: check the path and its permissions.").arg(shown);
}

QString ProfileEditorDialog::tagsProblem() const
{
    for (const QString &tag : chosenTags()) {
        if (const QString problem = checkTag(tag); !problem.isEmpty())
            return sentence(problem);
    }
    return {};
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
    m_shownProblems.insert(field, shown ? problem : QString());
}

void ProfileEditorDialog::revalidate()
{
    const Profile p = profileFromFields();
    const bool secretMode = p.deviceMode == DeviceMode::Secret;
    const bool certificateMode = p.deviceMode == DeviceMode::Certificate;
    const bool user = p.grant == GrantType::Password;
    for (QWidget *w : std::as_const(m_secretModeWidgets))
        w->setEnabled(secretMode);
    for (QWidget *w : std::as_const(m_certificateModeWidgets))
        w->setEnabled(certificateMode);
    updateKeyField();
    m_userGroup->setVisible(user);
    m_password.row->setEnabled(user && p.passwordMode == PasswordMode::Stored);
    m_certificateInfo->setVisible(certificateMode && !m_certificateInfo->text().isEmpty());

    m_problems = 0;
    showProblem(m_name, m_nameError, nameProblem(m_name->text()));
    showProblem(m_tags, m_tagsError, tagsProblem());
    showProblem(m_server, m_serverError,
                urlProblem(m_server->text().trimmed(), false, p.allowHttp));
    showProblem(m_tokenEndpoint, m_tokenEndpointError,
                urlProblem(m_tokenEndpoint->text().trimmed(), true, p.allowHttp));
    const QString scope = m_scope->text();
    showProblem(m_scope, m_scopeError, scope.isEmpty() ? QString() : sentence(checkScope(scope)));
    showProblem(m_caFile, m_caFileError, fileProblem(m_caFile->text().trimmed(), false));
    showProblem(m_pin, m_pinError, pinProblem(p));
    showProblem(m_clientId, m_clientIdError, sentence(checkClientId(m_clientId->text())));
    showProblem(m_username, m_usernameError,
                user ? sentence(checkUsername(m_username->text())) : QString());
    showProblem(m_facility, m_facilityError,
                user ? sentence(checkFacility(m_facility->text().trimmed())) : QString());
    showProblem(m_deviceId, m_deviceIdError,
                secretMode ? sentence(checkDeviceId(m_deviceId->text())) : QString());
    const QString deviceSecret = m_deviceSecret.field->text();
    showProblem(m_deviceSecret.field, m_deviceSecretError,
                secretMode && !deviceSecret.isEmpty()
                    ? sentence(checkDeviceSecret(deviceSecret, p.version))
                    : QString());
    showProblem(m_certificate, m_certificateError,
                certificateMode ? fileProblem(m_certificate->text().trimmed(), true) : QString());

    updateTokenEndpointPlaceholder();
    updateSecretStatus();
    const bool serverUsable = checkServerUrl(m_server->text().trimmed()).isEmpty();
    m_testButton->setEnabled(!m_saving && !m_probe->isRunning() && serverUsable);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_saving && m_problems == 0);
}

void ProfileEditorDialog::updateTokenEndpointPlaceholder()
{
    const QString server = m_server->text().trimmed();
    if (!checkServerUrl(server).isEmpty()) {
        m_tokenEndpoint->setPlaceholderText(tr("default: <server URL>/auth/oauth2_token"));
    } else {
        Profile defaults;
        defaults.server = QUrl(server, QUrl::StrictMode);
        m_tokenEndpoint->setPlaceholderText(
            tr("default: %1").arg(defaults.effectiveTokenEndpoint().toDisplayString()));
    }
    fitPlaceholder(m_tokenEndpoint);
}

void ProfileEditorDialog::browse(QLineEdit *field, const QString &title, const QString &filter)
{
    const QString current = field->text().trimmed();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, title, start, filter);
    if (file.isEmpty())
        return;
    m_touched.insert(field);
    field->setText(QDir::toNativeSeparators(file));
}

void ProfileEditorDialog::readSecretPresence()
{
    // Only a stored profile has entries; a new or duplicated one starts with none.
    if (m_mode != Mode::Edit) {
        m_presence = QHash<SecretKind, bool> {};
        updateSecretStatus();
        return;
    }
    m_presencePending = true;
    updateSecretStatus();
    QPointer<ProfileEditorDialog> self(this);
    m_workspace.secretPresence(m_initial, [self](Result<QHash<SecretKind, bool>> presence) {
        if (!self)
            return;
        self->m_presencePending = false;
        if (presence.ok())
            self->m_presence = presence.value();
        else
            self->m_presenceProblem = presence.error().message;
        self->updateSecretStatus();
    });
}

QString ProfileEditorDialog::secretStatus(SecretKind kind) const
{
    const QLineEdit *field = secretField(kind);
    if (field && !field->text().isEmpty())
        return tr("new value on OK");
    if (m_presencePending)
        return tr("checking…");
    if (!m_presence)
        return tr("unknown");
    return m_presence->value(kind, false) ? tr("set") : tr("not set");
}

void ProfileEditorDialog::updateSecretStatus()
{
    for (const auto &[kind, row] : {std::pair {SecretKind::Client, &m_clientSecret},
                                    std::pair {SecretKind::Device, &m_deviceSecret},
                                    std::pair {SecretKind::CertPassword, &m_certPassword},
                                    std::pair {SecretKind::Password, &m_password}}) {
        if (!row->status)
            continue;
        row->status->setText(secretStatus(kind));
        row->status->setToolTip(
            !m_presenceProblem.isEmpty()
                ? tr("Which secrets are stored is unknown: %1").arg(sentence(m_presenceProblem))
                : QString());
        // A problem with the typed value says more than whether one is stored.
        const QString problem = m_shownProblems.value(row->field);
        row->field->setAccessibleDescription(
            problem.isEmpty() ? tr("%1: %2").arg(secretKindLabel(kind), row->status->text())
                              : problem);
    }
}

void ProfileEditorDialog::inspectCertificate()
{
    m_certificatePasswordNeeded = false;
    m_keyFileUsable = true;
    const QString path = absolutePath(m_certificate->text().trimmed());
    const QString keyPath = absolutePath(m_certificateKey->text().trimmed());
    if (!m_deviceCertRadio->isChecked() || path.isEmpty() || !QFileInfo(path).isFile()) {
        m_certificateInfo->clear();
        m_certificateInfo->hide();
        return;
    }
    const auto checked = inspectCertificateFiles(path, keyPath);
    QStringList lines;
    if (!checked.ok()) {
        lines << sentence(checked.error().message);
    } else {
        const CertificateFileCheck &check = checked.value();
        m_certificatePasswordNeeded = check.passwordNeeded;
        m_keyFileUsable = check.kind == CertificateFileKind::Pem;
        updateKeyField();
        if (!check.warning.isEmpty())
            lines << sentence(check.warning);
        const QString password = m_certPassword.field->text();
        if (check.passwordNeeded && password.isEmpty()) {
            lines << tr("The file is protected: enter its password to check it and see the "
                        "certificate.");
        } else {
            const QDateTime now = Clock::system().now();
            const auto identity = loadClientIdentity(
                path, keyPath, password.isEmpty() ? std::nullopt : std::optional<QString>(password),
                now);
            if (!identity.ok()) {
                lines << sentence(identity.error().message);
            } else {
                const CertificateInfo &info = identity.value().info;
                lines << tr("Subject: %1").arg(oneLineText(info.subject))
                      << tr("Issuer: %1").arg(oneLineText(info.issuer))
                      << tr("Valid: %1 to %2")
                             .arg(localeText(info.notBefore), localeText(info.notAfter))
                      << tr("SHA-1 (thumbprint): %1").arg(info.sha1)
                      << tr("SHA-256: %1").arg(info.sha256);
                if (certificateExpiresSoon(info, now))
                    lines << tr("It expires %1: renew it soon.")
                                 .arg(expiryRelativeText(info.notAfter, now));
            }
        }
    }
    m_certificateInfo->setText(lines.join(u'\n'));
    m_certificateInfo->setVisible(!lines.isEmpty());
}

void ProfileEditorDialog::updateKeyField()
{
    // A PKCS#12 file holds its key; only a PEM certificate may name a key file.
    const bool usable = m_deviceCertRadio->isChecked() && m_keyFileUsable;
    for (QWidget *w : std::initializer_list<QWidget *> {m_keyLabel, m_certificateKey, m_keyBrowse})
        w->setEnabled(usable);
}

void ProfileEditorDialog::testConnection()
{
    if (m_probe->isRunning())
        return;
    const Profile profile = profileFromFields();
    m_testResult->setText(
        tr("Testing the connection to %1…").arg(profile.server.toDisplayString()));
    m_testResult->show();
    m_cancelTestButton->show();
    ProbeTarget target = ProbeTarget::forProfile(profile, m_timeoutSeconds);
    target.transport.trustedSha256 = m_workspace.knownServers().trustedSha256(profile.server);
    m_probe->probe(target)->then(this, [this](Result<ServerReport> outcome) {
        QString text;
        if (outcome.ok()) {
            const ServerReport &report = outcome.value();
            text = report.discovery ? tr("Connected. %1").arg(sentence(report.summary))
                                    : tr("Reachable. %1").arg(sentence(report.summary));
            if (report.guessedGeneration) {
                const int guessed = static_cast<int>(*report.guessedGeneration);
                text += u'\n'
                    + tr("Probably SanteDB %1.x: %2.").arg(guessed).arg(report.generationReason);
                // A profile set to the other generation would send the wrong request shape.
                const SanteDbVersion chosen = chosenVersion();
                const int set = chosen == SanteDbVersion::V2 ? 2
                    : chosen == SanteDbVersion::V3           ? 3
                                                             : guessed;
                if (set != guessed)
                    text += u' '
                        + tr("This profile is set to SanteDB %1.x: check the SanteDB version.")
                              .arg(set);
            }
            for (const QString &note : report.notes)
                text += u'\n' + tr("Note: %1").arg(sentence(note));
        } else {
            text = tr("The connection test failed. %1").arg(sentence(outcome.error().message));
        }
        m_testResult->setText(text);
        m_cancelTestButton->hide();
        revalidate();
    });
    revalidate();
}

void ProfileEditorDialog::cancelTest()
{
    m_probe->cancel();
}

QList<SecretKind> ProfileEditorDialog::missingSecrets(const Profile &profile) const
{
    // Unknown presence (a locked keyring) cannot tell: then nothing is called missing.
    if (!m_presence)
        return {};
    QList<SecretKind> needed = profile.requiredSecretKinds(
        profile.version == SanteDbVersion::V2       ? std::optional(Generation::V2)
            : profile.version == SanteDbVersion::V3 ? std::optional(Generation::V3)
                                                    : m_detected);
    if (profile.deviceMode == DeviceMode::Certificate && m_certificatePasswordNeeded)
        needed.append(SecretKind::CertPassword);
    QList<SecretKind> missing;
    for (const SecretKind kind : needed) {
        const QLineEdit *field = secretField(kind);
        // A profile whose identity changed keeps its old secrets; they still count as stored.
        if ((field && !field->text().isEmpty()) || m_presence->value(kind, false))
            continue;
        missing.append(kind);
    }
    return missing;
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
    const QList<SecretKind> missing = missingSecrets(profile);
    if (missing.isEmpty())
        return save();
    QStringList names;
    for (const SecretKind kind : missing)
        names << secretKindLabel(kind);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("A secret is missing"),
                                tr("No %1 is stored for this profile, and its sessions need it. "
                                   "Save it anyway and enter the secret later?")
                                    .arg(names.join(tr(" and "))),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"missingSecretsBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *saveAnyway = box->addButton(tr("&Save anyway"), QMessageBox::AcceptRole);
    QPushButton *goBack = box->addButton(tr("&Enter it now"), QMessageBox::RejectRole);
    box->setDefaultButton(goBack);
    box->setEscapeButton(goBack);
    connect(box, &QMessageBox::finished, this, [this, box, saveAnyway, missing] {
        if (box->clickedButton() == saveAnyway)
            return save();
        if (QLineEdit *field = secretField(missing.first()); field && field->isEnabled()) {
            // After the question's window has handed the focus back to the dialog.
            QTimer::singleShot(0, field, [this, field] {
                field->setFocus(Qt::OtherFocusReason);
                m_scroll->ensureWidgetVisible(field);
            });
        }
    });
    box->open();
    Q_EMIT missingSecretsQuestion(box);
}

void ProfileEditorDialog::save()
{
    const Profile profile = profileFromFields();
    PendingSecrets secrets;
    for (const SecretKind kind : profile.usedSecretKinds()) {
        const QLineEdit *field = secretField(kind);
        if (const QString value = field && field->isEnabled() ? field->text() : QString();
            !value.isEmpty())
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
    if (m_mode != Mode::Edit) {
        const Result<Profile> added = m_workspace.addProfile(profile);
        if (!added.ok())
            return failSave(added.error().message);
        return finishSave(added.value());
    }
    const QString originalName = m_initial.name;
    editProfileAndDiscardSession(
        m_workspace, originalName,
        [profile, originalName](Profile &stored) -> Result<void> {
            // The secrets went to this uuid; a profile re-created under the same name
            // elsewhere meanwhile is another profile and must not take them over.
            if (stored.uuid != profile.uuid)
                return makeError(ErrorKind::Config,
                                 tr("the profile “%1” was removed and added again elsewhere "
                                    "while this dialog was open — cancel and edit it again")
                                     .arg(originalName));
            stored = profile;
            return {};
        },
        profile.version != m_initial.version)
        ->then(this, [this](Result<ProfileEdit> edited) {
            if (!edited.ok())
                return failSave(edited.error().message);
            finishSave(edited.value().profile);
        });
}

void ProfileEditorDialog::finishSave(const Profile &saved)
{
    m_saved = saved;
    clearSecrets();
    setSaving(false);
    m_probe->cancel();
    QDialog::accept();
}

void ProfileEditorDialog::failSave(const QString &message)
{
    setSaving(false);
    m_saveStatus->setText(sentence(message) + u'\n'
                          + tr("The profile was not saved: correct the problem and press OK "
                               "again."));
    m_saveStatus->show();
}

void ProfileEditorDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_scroll->setEnabled(!saving);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!saving);
    if (saving) {
        m_saveStatus->setText(tr("Saving: secrets go to the keychain first…"));
        m_saveStatus->show();
    }
    revalidate();
}

void ProfileEditorDialog::clearSecrets()
{
    for (QLineEdit *field :
         {m_clientSecret.field, m_deviceSecret.field, m_certPassword.field, m_password.field})
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
