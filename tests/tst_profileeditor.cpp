// SPDX-License-Identifier: Apache-2.0
// ProfileEditorDialog: inline validation as the user types, masked secrets, the save order
// (secrets to the real keychain first, then the profile), Cancel, and "Test connection".
#include "authemulator.h"
#include "clock.h"
#include "profileeditor.h"
#include "profiletext.h"
#include "secretstore.h"
#include "testpki.h"
#include "testsupport.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using sdsm::DeviceMode;
using sdsm::Profile;
using sdsm::Result;
using sdsm::SecretKind;
using sdsm::gui::ProfileEditorDialog;
using Mode = sdsm::gui::ProfileEditorDialog::Mode;

namespace {

const QStringList ErrorLabels {u"nameError"_s,        u"serverError"_s,   u"tokenEndpointError"_s,
                               u"scopeError"_s,       u"caFileError"_s,   u"pinError"_s,
                               u"clientIdError"_s,    u"deviceIdError"_s, u"deviceSecretError"_s,
                               u"certificateError"_s, u"usernameError"_s, u"facilityError"_s,
                               u"tagsError"_s};

template<typename T> T *child(const QWidget &dialog, const QString &name)
{
    T *found = dialog.findChild<T *>(name);
    if (!found)
        qFatal("no child named %s", qPrintable(name));
    return found;
}

QLineEdit *edit(const QWidget &dialog, const QString &name)
{
    return child<QLineEdit>(dialog, name);
}

QPushButton *button(const QWidget &dialog, QDialogButtonBox::StandardButton which)
{
    return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(which);
}

// What a person does: select everything in the field, delete it, type the new text.
void retype(QLineEdit *field, const QString &text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

void chooseDevice(const QWidget &dialog, const QString &mode)
{
    const QString radio = mode == u"secret"_s ? u"deviceSecretRadio"_s
        : mode == u"certificate"_s            ? u"deviceCertRadio"_s
                                              : u"deviceNoneRadio"_s;
    child<QRadioButton>(dialog, radio)->click();
}

void chooseVersion(const QWidget &dialog, const QString &version)
{
    auto *combo = child<QComboBox>(dialog, u"versionCombo"_s);
    combo->setCurrentIndex(combo->findData(version));
}

void chooseGrant(const QWidget &dialog, const QString &grant)
{
    auto *combo = child<QComboBox>(dialog, u"grantCombo"_s);
    combo->setCurrentIndex(combo->findData(grant));
}

// Answers the "a secret is missing" question the way a person who saves anyway would.
void saveAnywayWhenAsked(ProfileEditorDialog &dialog)
{
    QObject::connect(&dialog, &ProfileEditorDialog::missingSecretsQuestion, &dialog,
                     [](QWidget *box) {
                         for (auto *b : box->findChildren<QPushButton *>()) {
                             if (b->text().remove(u'&') == u"Save anyway"_s)
                                 return b->click();
                         }
                     });
}

QString visibleErrors(const QWidget &dialog)
{
    QStringList shown;
    for (const QString &name : ErrorLabels) {
        auto *label = child<QLabel>(dialog, name);
        if (label->isVisibleTo(&dialog))
            shown << name + u": "_s + label->text();
    }
    return shown.join(u" | "_s);
}

} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<sdsm::test::Sandbox> m_sandbox;
    std::unique_ptr<sdsm::ManualClock> m_clock;
    std::unique_ptr<sdsm::Workspace> m_workspace;
    Profile m_existing;
    QString m_certificateFile;

    sdsm::Workspace &workspace() { return *m_workspace; }

    // A complete, valid profile typed in, so each check can break exactly one field.
    void fillValid(const QWidget &dialog)
    {
        retype(edit(dialog, u"nameEdit"_s), u"Lab"_s);
        retype(edit(dialog, u"serverEdit"_s), u"https://santedb.example.org:8443"_s);
        retype(edit(dialog, u"clientIdEdit"_s), u"app"_s);
        retype(edit(dialog, u"deviceIdEdit"_s), u"dev-1"_s);
        retype(edit(dialog, u"certificateEdit"_s), m_certificateFile);
    }

    std::optional<QString> readSecret(const QUuid &uuid, SecretKind kind)
    {
        sdsm::KeychainSecretStore store;
        const auto read = sdsm::test::await(store.read(uuid, kind), 30000);
        if (!read || !read->ok())
            return std::nullopt;
        return read->value();
    }

    Result<void> storeSecret(const Profile &profile, SecretKind kind, const QString &value)
    {
        std::optional<Result<void>> stored;
        workspace().setSecret(profile, kind, value, [&](Result<void> r) { stored.emplace(r); });
        if (!QTest::qWaitFor([&] { return stored.has_value(); }, 30000))
            return sdsm::makeError(sdsm::ErrorKind::Internal, u"the keychain did not answer"_s);
        return *stored;
    }

    QList<Profile> storedProfiles()
    {
        const auto snapshot = workspace().profiles().load();
        return snapshot.ok() ? snapshot.value().profiles : QList<Profile> {};
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<sdsm::test::Sandbox>();
        m_clock = std::make_unique<sdsm::ManualClock>(
            QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::utc()));
        sdsm::AppPaths paths;
        paths.profilesFile = m_sandbox->configFile();
        paths.dataDir = m_sandbox->path(u"data/santedb-session-manager"_s);
        m_workspace = std::make_unique<sdsm::Workspace>(paths, *m_clock);

        Profile existing;
        existing.name = u"Existing"_s;
        existing.server = QUrl(u"https://existing.example.org"_s);
        existing.clientId = u"existing-app"_s;
        existing.deviceMode = DeviceMode::Secret;
        existing.deviceId = u"existing-device"_s;
        existing.note = u"kept"_s;
        const auto added = workspace().addProfile(existing);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        m_existing = added.value();

        m_certificateFile = m_sandbox->path(u"device.p12"_s);
        QFile certificate(m_certificateFile);
        QVERIFY(certificate.open(QIODevice::WriteOnly));
        certificate.write("not really PKCS#12, only readable");
    }

    void cleanup()
    {
        m_workspace.reset();
        m_clock.reset();
        m_sandbox.reset();
    }

    void validation_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("expected"); // empty: no error anywhere, OK enabled

        const QString pin = u"AB:"_s.repeated(31) + u"AB"_s;
        auto row = [](const char *name, const QString &device, const QString &version,
                      const QString &field, const QString &text, const QString &label,
                      const QString &expected) {
            QTest::newRow(name) << device << version << field << text << label << expected;
        };
        const QString none = u"none"_s, secret = u"secret"_s, cert = u"certificate"_s;
        const QString autoV = u"auto"_s;
        row("valid", none, autoV, u"nameEdit"_s, u"Lab"_s, {}, {});
        row("name empty", none, autoV, u"nameEdit"_s, {}, u"nameError"_s,
            u"The profile name must not be empty."_s);
        row("name ends with a space", none, autoV, u"nameEdit"_s, u"Lab "_s, u"nameError"_s,
            u"must not start or end with a space"_s);
        row("name taken", none, autoV, u"nameEdit"_s, u"Existing"_s, u"nameError"_s,
            u"A profile named “Existing” already exists; choose another name."_s);
        row("server empty", none, autoV, u"serverEdit"_s, {}, u"serverError"_s,
            u"The server URL must not be empty."_s);
        row("server not http", none, autoV, u"serverEdit"_s, u"ftp://santedb.example.org"_s,
            u"serverError"_s, u"must start with http:// or https://"_s);
        row("server with a password", none, autoV, u"serverEdit"_s,
            u"https://user:pw@santedb.example.org"_s, u"serverError"_s,
            u"must not contain a user name or password"_s);
        row("plain http to a remote host", none, autoV, u"serverEdit"_s,
            u"http://santedb.example.org:8080"_s, u"serverError"_s,
            u"Plain http to santedb.example.org is not encrypted"_s);
        row("plain http to loopback", none, autoV, u"serverEdit"_s, u"http://127.0.0.1:8080"_s, {},
            {});
        row("token endpoint with a query", none, autoV, u"tokenEndpointEdit"_s,
            u"https://santedb.example.org/auth/oauth2_token?x=1"_s, u"tokenEndpointError"_s,
            u"must not contain a query"_s);
        row("token endpoint over plain http", none, autoV, u"tokenEndpointEdit"_s,
            u"http://santedb.example.org/auth/oauth2_token"_s, u"tokenEndpointError"_s,
            u"Plain http to santedb.example.org"_s);
        row("token endpoint given", none, autoV, u"tokenEndpointEdit"_s,
            u"https://santedb.example.org/auth/oauth2_token"_s, {}, {});
        row("scope emptied means *", none, autoV, u"scopeEdit"_s, {}, {}, {});
        row("client_id missing", none, autoV, u"clientIdEdit"_s, {}, u"clientIdError"_s,
            u"The client_id must not be empty."_s);
        row("CA file unreadable", none, autoV, u"caFileEdit"_s, u"/nonexistent/ca.pem"_s,
            u"caFileError"_s, u"The CA file /nonexistent/ca.pem cannot be read"_s);
        row("pin too short", none, autoV, u"pinEdit"_s, u"12:34"_s, u"pinError"_s,
            u"64 hexadecimal digits"_s);
        row("pin with colons", none, autoV, u"pinEdit"_s, pin, {}, {});
        row("device id with ':'", secret, autoV, u"deviceIdEdit"_s, u"dev:1"_s, u"deviceIdError"_s,
            u"must not contain ':'"_s);
        row("device id missing", secret, autoV, u"deviceIdEdit"_s, {}, u"deviceIdError"_s,
            u"The device id must not be empty."_s);
        row("device secret with ':' on auto", secret, autoV, u"deviceSecretEdit"_s, u"abc:def"_s,
            u"deviceSecretError"_s, u"contains ':'"_s);
        row("device secret with ':' on 3.x", secret, u"3"_s, u"deviceSecretEdit"_s, u"abc:def"_s,
            u"deviceSecretError"_s, u"contains ':'"_s);
        row("device secret with ':' on 2.x", secret, u"2"_s, u"deviceSecretEdit"_s, u"abc:def"_s,
            {}, {});
        row("device id ignored without a device", none, autoV, u"deviceIdEdit"_s, u"dev:1"_s, {},
            {});
        row("certificate unreadable", cert, autoV, u"certificateEdit"_s,
            u"/nonexistent/device.p12"_s, u"certificateError"_s,
            u"The certificate file /nonexistent/device.p12 cannot be read"_s);
        row("certificate missing", cert, autoV, u"certificateEdit"_s, {}, u"certificateError"_s,
            u"Choose the device's certificate file."_s);
        row("facility not a UUID", none, autoV, u"facilityEdit"_s, u"hospital"_s,
            u"facilityError"_s, u"UUID"_s);
        row("tag with a comma-free space only", none, autoV, u"tagsEdit"_s, u"ward 3, ok"_s, {},
            {});
    }

    void validation()
    {
        QFETCH(QString, device);
        QFETCH(QString, version);
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, errorLabel);
        QFETCH(QString, expected);

        ProfileEditorDialog dialog(workspace(), Mode::Add);
        chooseDevice(dialog, device);
        chooseVersion(dialog, version);
        if (field == u"facilityEdit"_s) {
            chooseGrant(dialog, u"password"_s);
            retype(edit(dialog, u"usernameEdit"_s), u"allison"_s);
        }
        fillValid(dialog);
        QVERIFY2(button(dialog, QDialogButtonBox::Ok)->isEnabled(),
                 qPrintable(visibleErrors(dialog)));

        // Device mode fields hold stale text in other modes; make them editable for the row.
        QLineEdit *target = edit(dialog, field);
        if (!target->isEnabled()) {
            chooseDevice(dialog, u"secret"_s);
            retype(target, text);
            chooseDevice(dialog, device);
        } else {
            retype(target, text);
        }

        if (expected.isEmpty()) {
            QVERIFY2(visibleErrors(dialog).isEmpty(), qPrintable(visibleErrors(dialog)));
            QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
            return;
        }
        auto *label = child<QLabel>(dialog, errorLabel);
        QVERIFY2(label->isVisibleTo(&dialog), qPrintable(visibleErrors(dialog)));
        QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(target->accessibleDescription(), label->text());
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());

        // Undoing the edit clears the error again.
        fillValid(dialog);
        retype(edit(dialog, u"tokenEndpointEdit"_s), {});
        retype(edit(dialog, u"caFileEdit"_s), {});
        retype(edit(dialog, u"pinEdit"_s), {});
        retype(edit(dialog, u"deviceSecretEdit"_s), {});
        retype(edit(dialog, u"facilityEdit"_s), {});
        QVERIFY2(visibleErrors(dialog).isEmpty(), qPrintable(visibleErrors(dialog)));
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
    }

    void allowHttpAcceptsPlainHttp()
    {
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        fillValid(dialog);
        retype(edit(dialog, u"serverEdit"_s), u"http://santedb.example.org:8080"_s);
        QVERIFY(child<QLabel>(dialog, u"serverError"_s)->isVisibleTo(&dialog));
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        child<QCheckBox>(dialog, u"allowHttpCheck"_s)->click();
        QVERIFY2(visibleErrors(dialog).isEmpty(), qPrintable(visibleErrors(dialog)));
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
    }

    void pinOverPlainHttpIsRefused()
    {
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        fillValid(dialog);
        retype(edit(dialog, u"serverEdit"_s), u"http://127.0.0.1:8080"_s);
        retype(edit(dialog, u"pinEdit"_s), u"ab"_s.repeated(32));
        QVERIFY(
            child<QLabel>(dialog, u"pinError"_s)->text().contains(u"no effect over plain http"_s));
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
    }

    void freshFormIsQuietButIncomplete()
    {
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        QVERIFY2(visibleErrors(dialog).isEmpty(), qPrintable(visibleErrors(dialog)));
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, u"testButton"_s)->isEnabled());
        QVERIFY(edit(dialog, u"scopeEdit"_s)->text().isEmpty());
        QCOMPARE(edit(dialog, u"scopeEdit"_s)->placeholderText(), sdsm::defaultScope());
        QVERIFY(child<QRadioButton>(dialog, u"deviceNoneRadio"_s)->isChecked());
        QVERIFY(edit(dialog, u"tokenEndpointEdit"_s)
                    ->placeholderText()
                    .contains(u"/auth/oauth2_token"_s));
        retype(edit(dialog, u"serverEdit"_s), u"https://h.example.org:8443"_s);
        QCOMPARE(edit(dialog, u"tokenEndpointEdit"_s)->placeholderText(),
                 u"default: https://h.example.org:8443/auth/oauth2_token"_s);
    }

    void deviceModeEnablesItsFields_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<bool>("secretFields");
        QTest::addColumn<bool>("certificateFields");
        QTest::newRow("none") << u"none"_s << false << false;
        QTest::newRow("secret") << u"secret"_s << true << false;
        QTest::newRow("certificate") << u"certificate"_s << false << true;
    }

    void deviceModeEnablesItsFields()
    {
        QFETCH(QString, device);
        QFETCH(bool, secretFields);
        QFETCH(bool, certificateFields);
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        chooseDevice(dialog, device);
        QVERIFY(edit(dialog, u"clientSecretEdit"_s)->isEnabled());
        QCOMPARE(edit(dialog, u"deviceIdEdit"_s)->isEnabled(), secretFields);
        QCOMPARE(edit(dialog, u"deviceSecretEdit"_s)->isEnabled(), secretFields);
        QCOMPARE(child<QToolButton>(dialog, u"deviceSecretShow"_s)->isEnabled(), secretFields);
        QCOMPARE(edit(dialog, u"certificateEdit"_s)->isEnabled(), certificateFields);
        QCOMPARE(child<QPushButton>(dialog, u"certificateBrowse"_s)->isEnabled(),
                 certificateFields);
        QCOMPARE(edit(dialog, u"certPasswordEdit"_s)->isEnabled(), certificateFields);
    }

    void secretsAreMaskedUntilShown_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("toggle");
        QTest::newRow("client secret")
            << u"none"_s << u"clientSecretEdit"_s << u"clientSecretShow"_s;
        QTest::newRow("device secret")
            << u"secret"_s << u"deviceSecretEdit"_s << u"deviceSecretShow"_s;
        QTest::newRow("certificate password")
            << u"certificate"_s << u"certPasswordEdit"_s << u"certPasswordShow"_s;
    }

    void secretsAreMaskedUntilShown()
    {
        QFETCH(QString, device);
        QFETCH(QString, field);
        QFETCH(QString, toggle);
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        dialog.show();
        chooseDevice(dialog, device);
        QLineEdit *secret = edit(dialog, field);
        auto *show = child<QToolButton>(dialog, toggle);
        QTest::keyClicks(secret, u"CANARY-masked"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(show->isCheckable());
        QVERIFY(!show->accessibleName().isEmpty());
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!secret->accessibleName().contains(u"CANARY"_s));
        QVERIFY(!dialog.windowTitle().contains(u"CANARY"_s));
    }

    void everyControlHasAnAccessibleName()
    {
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *w : widgets) {
            if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QScrollArea *>(w)
                || w->objectName() == u"qt_scrollarea_viewport"_s)
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(w->objectName() + u" ("_s
                                + QString::fromLatin1(w->metaObject()->className()) + u')'));
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    void editModeNeverShowsStoredSecrets()
    {
        SDSM_REQUIRE_KEYRING();
        const QString client = sdsm::test::canary(u"client"_s);
        const QString device = sdsm::test::canary(u"device"_s);
        QVERIFY(storeSecret(m_existing, SecretKind::Client, client).ok());
        QVERIFY(storeSecret(m_existing, SecretKind::Device, device).ok());

        ProfileEditorDialog dialog(workspace(), Mode::Edit, m_existing);
        QCOMPARE(edit(dialog, u"nameEdit"_s)->text(), u"Existing"_s);
        QCOMPARE(edit(dialog, u"deviceIdEdit"_s)->text(), u"existing-device"_s);
        QVERIFY(child<QRadioButton>(dialog, u"deviceSecretRadio"_s)->isChecked());
        QVERIFY(dialog.windowTitle().contains(u"Existing"_s));
        for (const QString &name :
             {u"clientSecretEdit"_s, u"deviceSecretEdit"_s, u"certPasswordEdit"_s}) {
            QVERIFY2(edit(dialog, name)->text().isEmpty(), qPrintable(name));
            QCOMPARE(edit(dialog, name)->placeholderText(), u"leave empty to keep it"_s);
        }
        // Its own name is not a duplicate; OK is available straight away.
        QVERIFY2(button(dialog, QDialogButtonBox::Ok)->isEnabled(),
                 qPrintable(visibleErrors(dialog)));
    }

    void addStoresProfileAndSecrets()
    {
        SDSM_REQUIRE_KEYRING();
        const QString client = sdsm::test::canary(u"client"_s);
        const QString device = sdsm::test::canary(u"device"_s);
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        dialog.show();
        chooseDevice(dialog, u"secret"_s);
        fillValid(dialog);
        retype(edit(dialog, u"noteEdit"_s), u"lab server"_s);
        chooseVersion(dialog, u"3"_s);
        QTest::keyClicks(edit(dialog, u"clientSecretEdit"_s), client);
        QTest::keyClicks(edit(dialog, u"deviceSecretEdit"_s), device);
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());

        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        // While the keychain works, nothing can be changed and nothing can close the dialog.
        QVERIFY(!child<QScrollArea>(dialog, u"scrollArea"_s)->isEnabled());
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!button(dialog, QDialogButtonBox::Cancel)->isEnabled());
        dialog.reject();
        QVERIFY(dialog.isVisible());

        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        const Profile saved = dialog.savedProfile();
        QVERIFY(!saved.uuid.isNull());
        QCOMPARE(saved.name, u"Lab"_s);
        QCOMPARE(saved.server, QUrl(u"https://santedb.example.org:8443"_s));
        QCOMPARE(saved.clientId, u"app"_s);
        QCOMPARE(saved.deviceMode, DeviceMode::Secret);
        QCOMPARE(saved.deviceId, u"dev-1"_s);
        QCOMPARE(saved.version, sdsm::SanteDbVersion::V3);
        QCOMPARE(saved.note, u"lab server"_s);
        QVERIFY(saved.certificatePath.isEmpty());

        const auto found = workspace().profiles().find(u"Lab"_s);
        QVERIFY(found.ok());
        QVERIFY(found.value() == saved);
        QVERIFY(readSecret(saved.uuid, SecretKind::Client) == std::optional<QString>(client));
        QVERIFY(readSecret(saved.uuid, SecretKind::Device) == std::optional<QString>(device));
        QVERIFY(readSecret(saved.uuid, SecretKind::CertPassword) == std::optional<QString>());
        QVERIFY(edit(dialog, u"clientSecretEdit"_s)->text().isEmpty());
        QCOMPARE(sdsm::test::findLeak(m_sandbox->allFileBytes(), client), -1);
        QCOMPARE(sdsm::test::findLeak(m_sandbox->allFileBytes(), device), -1);
    }

    void editKeepsEmptySecretsAndReplacesTypedOnes()
    {
        SDSM_REQUIRE_KEYRING();
        const QString oldClient = sdsm::test::canary(u"old-client"_s);
        const QString oldDevice = sdsm::test::canary(u"old-device"_s);
        const QString newDevice = sdsm::test::canary(u"new-device"_s);
        QVERIFY(storeSecret(m_existing, SecretKind::Client, oldClient).ok());
        QVERIFY(storeSecret(m_existing, SecretKind::Device, oldDevice).ok());

        ProfileEditorDialog dialog(workspace(), Mode::Edit, m_existing);
        dialog.show();
        retype(edit(dialog, u"nameEdit"_s), u"Renamed"_s);
        QTest::keyClicks(edit(dialog, u"deviceSecretEdit"_s), newDevice);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);

        QCOMPARE(dialog.savedProfile().uuid, m_existing.uuid);
        const QList<Profile> profiles = storedProfiles();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().name, u"Renamed"_s);
        QCOMPARE(profiles.first().note, u"kept"_s);
        QVERIFY(readSecret(m_existing.uuid, SecretKind::Client)
                == std::optional<QString>(oldClient));
        QVERIFY(readSecret(m_existing.uuid, SecretKind::Device)
                == std::optional<QString>(newDevice));
    }

    void editVersionForgetsTheDetectedOne()
    {
        const auto detect = [this] {
            return workspace().state().update(m_existing.uuid, [](sdsm::ProfileState &s) {
                s.detectedVersion = sdsm::Generation::V3;
            });
        };
        QVERIFY(detect().ok());
        {
            ProfileEditorDialog dialog(workspace(), Mode::Edit, m_existing);
            saveAnywayWhenAsked(dialog);
            dialog.show();
            retype(edit(dialog, u"noteEdit"_s), u"only the note"_s);
            QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(workspace().state().get(m_existing.uuid).detectedVersion.has_value());
        {
            ProfileEditorDialog dialog(workspace(), Mode::Edit, storedProfiles().first());
            saveAnywayWhenAsked(dialog);
            dialog.show();
            chooseVersion(dialog, u"2"_s);
            QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(!workspace().state().get(m_existing.uuid).detectedVersion.has_value());
        QCOMPARE(storedProfiles().first().version, sdsm::SanteDbVersion::V2);
    }

    void duplicateSuggestsACopy()
    {
        ProfileEditorDialog dialog(workspace(), Mode::Duplicate, m_existing);
        saveAnywayWhenAsked(dialog);
        dialog.show();
        QCOMPARE(edit(dialog, u"nameEdit"_s)->text(), u"Existing copy"_s);
        QVERIFY(edit(dialog, u"clientSecretEdit"_s)->text().isEmpty());
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        const Profile copy = dialog.savedProfile();
        QVERIFY(copy.uuid != m_existing.uuid);
        QCOMPARE(copy.name, u"Existing copy"_s);
        QCOMPARE(copy.server, m_existing.server);
        QCOMPARE(copy.deviceId, m_existing.deviceId);
        QCOMPARE(storedProfiles().size(), 2);
    }

    void cancelStoresNothing()
    {
        const QByteArray before = m_sandbox->allFileBytes();
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        dialog.show();
        fillValid(dialog);
        QTest::keyClicks(edit(dialog, u"clientSecretEdit"_s), u"CANARY-cancelled"_s);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QVERIFY(edit(dialog, u"clientSecretEdit"_s)->text().isEmpty());
        QCOMPARE(storedProfiles().size(), 1);
        QVERIFY(m_sandbox->allFileBytes() == before);
    }

    void keychainRefusalKeepsTheDialogOpen()
    {
        SDSM_REQUIRE_KEYRING();
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        dialog.show();
        fillValid(dialog);
        // A pasted secret can carry a control character; the workspace refuses it.
        edit(dialog, u"clientSecretEdit"_s)->setText(u"CANARY\u0001refused"_s);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        auto *status = child<QLabel>(dialog, u"saveStatusLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"control character"_s), 30000);
        QVERIFY(status->text().contains(u"The profile was not saved"_s));
        QVERIFY(!status->text().contains(u"refused"_s));
        QVERIFY(status->isVisible());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        // Inputs are back, the typed secret is still there for another try, nothing was saved.
        QVERIFY(child<QScrollArea>(dialog, u"scrollArea"_s)->isEnabled());
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(button(dialog, QDialogButtonBox::Cancel)->isEnabled());
        QVERIFY(!edit(dialog, u"clientSecretEdit"_s)->text().isEmpty());
        QCOMPARE(storedProfiles().size(), 1);
    }

    void testConnectionReportsTheIssuer()
    {
        sdsm::emu::AuthEmulator emulator;
        QVERIFY2(emulator.listen(), qPrintable(emulator.errorString()));
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        dialog.show();
        retype(edit(dialog, u"serverEdit"_s), emulator.baseUrl().toString());
        auto *test = child<QPushButton>(dialog, u"testButton"_s);
        auto *cancel = child<QPushButton>(dialog, u"cancelTestButton"_s);
        auto *result = child<QLabel>(dialog, u"testResultLabel"_s);
        QVERIFY(test->isEnabled());
        QVERIFY(!cancel->isVisible());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(!test->isEnabled());
        QVERIFY(cancel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Connected."_s), 30000);
        QVERIFY2(result->text().contains(emulator.baseUrl().toString() + u"/auth"_s),
                 qPrintable(result->text()));
        QCOMPARE(result->textFormat(), Qt::PlainText);
        QVERIFY(test->isEnabled());
        QVERIFY(!cancel->isVisible());
        // The same guess as discover (the emulator speaks 3.x); no mismatch to report.
        QVERIFY2(result->text().contains(u"Probably SanteDB 3.x"_s), qPrintable(result->text()));
        QVERIFY(!result->text().contains(u"This profile is set to"_s));

        // A profile set to the other generation hears about it.
        chooseVersion(dialog, u"2"_s);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"This profile is set to SanteDB 2.x"_s)
                                     && test->isEnabled(),
                                 30000);
        QCOMPARE(emulator.tokenRequestCount(), 0);
    }

    void testConnectionCanBeCancelled()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        dialog.show();
        retype(edit(dialog, u"serverEdit"_s), u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
        QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
        QTRY_VERIFY(silent.hasPendingConnections());
        QTest::mouseClick(child<QPushButton>(dialog, u"cancelTestButton"_s), Qt::LeftButton);
        auto *result = child<QLabel>(dialog, u"testResultLabel"_s);
        QTRY_VERIFY(result->text().contains(u"cancelled"_s));
        QVERIFY(child<QPushButton>(dialog, u"testButton"_s)->isEnabled());
        // The form stayed usable the whole time.
        QVERIFY(child<QScrollArea>(dialog, u"scrollArea"_s)->isEnabled());
    }

    void userGrantShowsItsFields()
    {
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        dialog.show();
        fillValid(dialog);
        auto *userGroup = edit(dialog, u"usernameEdit"_s)->parentWidget();
        QVERIFY(!userGroup->isVisible());
        chooseGrant(dialog, u"password"_s);
        QVERIFY(userGroup->isVisible());
        // A user name is needed for a user session.
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        retype(edit(dialog, u"usernameEdit"_s), u"allison"_s);
        QVERIFY2(button(dialog, QDialogButtonBox::Ok)->isEnabled(),
                 qPrintable(visibleErrors(dialog)));
        QVERIFY(edit(dialog, u"passwordEdit"_s)->isEnabled());
        QCOMPARE(edit(dialog, u"passwordEdit"_s)->echoMode(), QLineEdit::Password);
        auto *mode = child<QComboBox>(dialog, u"passwordModeCombo"_s);
        mode->setCurrentIndex(mode->findData(u"ask"_s));
        // Asked each time: never stored, so there is nothing to type here.
        QVERIFY(!edit(dialog, u"passwordEdit"_s)->isEnabled());
    }

    void userProfileIsSavedWithItsPassword()
    {
        SDSM_REQUIRE_KEYRING();
        const QString password = sdsm::test::canary(u"password"_s);
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        saveAnywayWhenAsked(dialog);
        dialog.show();
        fillValid(dialog);
        chooseGrant(dialog, u"password"_s);
        retype(edit(dialog, u"usernameEdit"_s), u"allison"_s);
        retype(edit(dialog, u"facilityEdit"_s), u"c4cded32-b12c-4977-bc6a-aafe55408760"_s);
        retype(edit(dialog, u"tagsEdit"_s), u"ward-3, clerks"_s);
        QTest::keyClicks(edit(dialog, u"passwordEdit"_s), password);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        const Profile saved = dialog.savedProfile();
        QCOMPARE(saved.grant, sdsm::GrantType::Password);
        QCOMPARE(saved.username, u"allison"_s);
        QCOMPARE(saved.passwordMode, sdsm::PasswordMode::Stored);
        QCOMPARE(saved.facility, u"c4cded32-b12c-4977-bc6a-aafe55408760"_s);
        QCOMPARE(saved.tags, (QStringList {u"clerks"_s, u"ward-3"_s}));
        QVERIFY(readSecret(saved.uuid, SecretKind::Password) == std::optional<QString>(password));
        QCOMPARE(sdsm::test::findLeak(m_sandbox->allFileBytes(), password), -1);
    }

    void secretFieldsSayWhetherAValueIsStored()
    {
        SDSM_REQUIRE_KEYRING();
        QVERIFY(storeSecret(m_existing, SecretKind::Client, sdsm::test::canary(u"c"_s)).ok());
        ProfileEditorDialog dialog(workspace(), Mode::Edit, m_existing);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.secretStatus(SecretKind::Client), u"set"_s, 30000);
        QCOMPARE(dialog.secretStatus(SecretKind::Device), u"not set"_s);
        QCOMPARE(child<QLabel>(dialog, u"clientSecretStatus"_s)->text(), u"set"_s);
        QCOMPARE(child<QLabel>(dialog, u"deviceSecretStatus"_s)->text(), u"not set"_s);
        // The field itself stays empty: the value is never read.
        QVERIFY(edit(dialog, u"clientSecretEdit"_s)->text().isEmpty());
        QTest::keyClicks(edit(dialog, u"deviceSecretEdit"_s), u"x"_s);
        QCOMPARE(dialog.secretStatus(SecretKind::Device), u"new value on OK"_s);
    }

    void okWarnsWhenANeededSecretIsMissing()
    {
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        dialog.show();
        fillValid(dialog); // no device: the client secret is needed, and none is typed
        QWidget *asked = nullptr;
        connect(&dialog, &ProfileEditorDialog::missingSecretsQuestion, this,
                [&asked](QWidget *box) { asked = box; });
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(asked);
        auto *box = qobject_cast<QMessageBox *>(asked);
        QVERIFY(box->text().contains(u"client secret"_s));
        // The safe answer is the default: go back and enter it.
        QCOMPARE(box->defaultButton()->text().remove(u'&'), u"Enter it now"_s);
        box->defaultButton()->click();
        // The focus is handed to the field (it shows once the dialog is active again).
        QTRY_COMPARE(dialog.focusWidget(), edit(dialog, u"clientSecretEdit"_s));
        QVERIFY(dialog.isVisible());
        QCOMPARE(storedProfiles().size(), 1);

        QTest::keyClicks(edit(dialog, u"clientSecretEdit"_s), u"typed"_s);
        asked = nullptr;
        // With the secret typed there is nothing to ask; only the keyring may be missing here.
        if (sdsm::test::keyringAvailable()) {
            QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
            QVERIFY(!asked);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        }
    }

    void certificateDetailsBeforeOk()
    {
        sdsm::test::TestPki pki;
        const auto ca = pki.selfSigned(u"Demo CA"_s);
        const auto device = pki.issue(ca, u"EXAMPLE_DEVICE_NODE"_s);
        QVERIFY2(!device.isNull(), qPrintable(pki.error()));
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        dialog.show();
        fillValid(dialog);
        chooseDevice(dialog, u"certificate"_s);
        retype(edit(dialog, u"certificateEdit"_s), device.certificatePath);
        QVERIFY(edit(dialog, u"certificateKeyEdit"_s)->isEnabled()); // PEM: a key file
        retype(edit(dialog, u"certificateKeyEdit"_s), device.keyPath);
        auto *info = child<QLabel>(dialog, u"certificateInfo"_s);
        QTRY_VERIFY(info->text().contains(u"SHA-256"_s));
        const sdsm::CertificateInfo expected = sdsm::CertificateInfo::of(device.certificate);
        QVERIFY2(info->text().contains(u"CN=EXAMPLE_DEVICE_NODE"_s), qPrintable(info->text()));
        QVERIFY(info->text().contains(u"CN=Demo CA"_s));
        QVERIFY(info->text().contains(expected.sha1));
        QVERIFY(info->text().contains(expected.sha256));
        QVERIFY(info->isVisible());

        // A file that is no certificate says so before OK, in the same place.
        retype(edit(dialog, u"certificateEdit"_s), m_certificateFile);
        QTRY_VERIFY(!info->text().contains(u"SHA-256"_s));
        QVERIFY(info->isVisible());
    }

    void focusStartsInTheProfileName()
    {
        ProfileEditorDialog dialog(workspace(), Mode::Add);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(edit(dialog, u"nameEdit"_s)->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), u"typed at once"_s);
        QCOMPARE(edit(dialog, u"nameEdit"_s)->text(), u"typed at once"_s);
    }

    void focusFieldOpensOnThatField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("widget");
        QTest::newRow("server") << u"server"_s << u"serverEdit"_s;
        QTest::newRow("ca file") << u"ca_file"_s << u"caFileEdit"_s;
        QTest::newRow("device secret") << u"device"_s << u"deviceSecretEdit"_s;
        QTest::newRow("client secret") << u"client"_s << u"clientSecretEdit"_s;
        QTest::newRow("facility") << u"facility"_s << u"facilityEdit"_s;
    }

    void focusFieldOpensOnThatField()
    {
        QFETCH(QString, field);
        QFETCH(QString, widget);
        Profile user = m_existing;
        user.grant = sdsm::GrantType::Password;
        user.username = u"allison"_s;
        ProfileEditorDialog dialog(workspace(), Mode::Edit, user);
        dialog.focusField(field);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY2(edit(dialog, widget)->hasFocus(),
                     qPrintable(QApplication::focusWidget()
                                    ? QApplication::focusWidget()->objectName()
                                    : u"nothing"_s));
    }

    void fieldColumnsLineUpAndPlaceholdersFit()
    {
        ProfileEditorDialog dialog(workspace(), Mode::Edit, m_existing);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto x = [&dialog](const QString &name) {
            QWidget *w = dialog.findChild<QWidget *>(name);
            return w->mapTo(&dialog, QPoint(0, 0)).x();
        };
        // One label column across the groups: every field starts at the same x.
        for (const QString &name : {u"serverEdit"_s, u"clientIdEdit"_s, u"deviceIdEdit"_s,
                                    u"clientSecretEdit"_s, u"versionCombo"_s})
            QCOMPARE(x(name), x(u"nameEdit"_s));
        for (QLineEdit *field : dialog.findChildren<QLineEdit *>()) {
            if (field->placeholderText().isEmpty() || !field->isVisibleTo(&dialog))
                continue;
            const int needed = field->fontMetrics().horizontalAdvance(field->placeholderText());
            QVERIFY2(field->width() > needed,
                     qPrintable(field->objectName() + u": "_s + field->placeholderText()));
        }
    }
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
