// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "jwt.h"
#include "remedy.h"
#include "sessionpanel.h"
#include "statusstyle.h"
#include "timetext.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sdsm;
using sdsm::gui::PanelActions;
using sdsm::gui::SessionPanel;
using Status = sdsm::ProfileStatus;

namespace {

const QDateTime Start = QDateTime::fromString(u"2030-01-01T10:00:00Z"_s, Qt::ISODate);
constexpr qint64 Lifetime = 3600;

// Obviously fake canaries: safe to show if a comparison ever prints them.
const QString AccessToken = u"ACCESSCANARY-0123456789abcdefghijklmnopqrstuvwxyz"_s;
const QString RefreshToken = u"REFRESHCANARY-0123456789abcdefghijklmnopqrstuvwxyz"_s;

const QString LoginOid = u"1.3.6.1.4.1.33349.3.1.5.9.2.1"_s;
const QString ReadClinicalOid = u"1.3.6.1.4.1.33349.3.1.5.9.2.2.3"_s;
const QString UnknownOid = u"1.2.3.4.5.6.7"_s;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A compact JWS with a made-up signature: the panel decodes, it never verifies.
QString makeJwt(const QJsonObject &claims)
{
    const QJsonObject header {{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};
    return QString::fromLatin1(base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                               + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact))
                               + '.' + base64Url("not-a-real-signature"_ba));
}

QJsonObject claimsFor(const QDateTime &issuedAt, const QDateTime &expiresAt)
{
    return {
        {u"sub"_s, u"8f1c2a3b-0000-4000-8000-0000000000aa"_s},
        {u"name"_s, u"fiddler-app"_s},
        {u"iat"_s, issuedAt.toSecsSinceEpoch()},
        {u"exp"_s, expiresAt.toSecsSinceEpoch()},
        {u"role"_s, QJsonArray {u"APPLICATIONS"_s, u"SYNCHRONIZERS"_s}},
        {u"scope"_s, QString(LoginOid + u' ' + ReadClinicalOid + u' ' + UnknownOid)},
        {u"extensions"_s,
         QJsonObject {
             {u"santedb"_s,
              QJsonObject {{u"devid"_s, u"dev-42"_s}, {u"appid"_s, u"fiddler-app"_s}}},
             {u"ihe_iua"_s, QJsonObject {{u"subject_role"_s, u"clerk"_s}}},
         }},
    };
}

Session makeSession(const QDateTime &issuedAt = Start, bool cached = false)
{
    const QDateTime expiresAt = Start.addSecs(Lifetime);
    const QString idToken = makeJwt(claimsFor(issuedAt, expiresAt));
    Session s;
    s.profileName = u"fiddler"_s;
    s.accessToken = AccessToken;
    s.idToken = idToken;
    s.refreshToken = RefreshToken;
    s.tokenType = u"bearer"_s;
    s.tokenTypeClass = TokenTypeClass::Bearer;
    s.obtainedBy = cached ? ObtainedBy::Cache : ObtainedBy::ClientCredentials;
    auto decoded = decodeJwt(idToken.toUtf8());
    if (decoded.ok())
        s.idClaims = std::move(decoded).value();
    ExpiryInput input;
    input.sentAt = Start;
    input.expiresIn = Lifetime;
    input.unitGeneration = Generation::V3;
    input.idTokenExp = expiresAt;
    input.idTokenIat = issuedAt;
    s.expiry = computeExpiry(input);
    s.generation = Generation::V3;
    s.clientSecretChecked = true;
    s.obtainedAt = cached ? issuedAt : Start;
    for (const PolicyGrant &grant : policiesOf(s.idClaims->claims))
        s.policies.append(
            {grant.oid, grant.name, grant.name.isEmpty() ? QString() : u"built_in"_s});
    s.raw = QJsonObject {
        {u"access_token"_s, AccessToken},   {u"id_token"_s, idToken},
        {u"refresh_token"_s, RefreshToken}, {u"token_type"_s, u"bearer"_s},
        {u"expires_in"_s, Lifetime},
    };
    return s;
}

Profile makeProfile()
{
    Profile p;
    p.uuid = QUuid::createUuid();
    p.name = u"fiddler"_s;
    p.server = QUrl(u"https://mpi-test.local:8443"_s);
    p.clientId = u"fiddler-app"_s;
    return p;
}

// Tab pages are built when first shown: each is shown once, as a person opening it would.
void openEveryTab(const SessionPanel &panel)
{
    QTabWidget *tabs = panel.tabs();
    const int shown = tabs->currentIndex();
    for (int i = 0; i < tabs->count(); ++i)
        tabs->setCurrentIndex(i);
    tabs->setCurrentIndex(shown);
}

template<typename T> T *child(const SessionPanel &panel, const char *name)
{
    openEveryTab(panel);
    T *found = panel.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("the session panel has no %s", name);
    return found;
}

bool visible(const SessionPanel &panel, const char *name)
{
    return child<QWidget>(panel, name)->isVisibleTo(&panel);
}

QString text(const SessionPanel &panel, const char *name)
{
    return child<QLabel>(panel, name)->text();
}

// The window's actions, as the panel gets them: its buttons show them.
struct Actions
{
    QAction get {u"&Get session"_s};
    QAction check {u"Chec&k on server"_s};
    QAction signOut {u"Sign &out"_s};
    QAction cancel {u"&Cancel request"_s};
    QAction header {u"Copy &header"_s};
    QAction token {u"Copy &token"_s};
    QAction curl {u"Copy as c&url"_s};
    QAction keepAlive {u"Keep this session &alive"_s};
    PanelActions bound()
    {
        keepAlive.setCheckable(true);
        return {&get, &check, &signOut, &cancel, &header, &token, &curl, &keepAlive};
    }
};

QPalette schemePalette(bool dark)
{
    QPalette p;
    const QColor base = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(0xff, 0xff, 0xff);
    const QColor window = dark ? QColor(0x2b, 0x2d, 0x31) : QColor(0xef, 0xef, 0xef);
    const QColor ink = dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x10, 0x10, 0x10);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Window, window);
    for (const QPalette::ColorRole r : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(r, ink);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xd4));
    return p;
}

QTreeWidgetItem *childItem(QTreeWidgetItem *parent, const QString &key)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == key)
            return parent->child(i);
    }
    return nullptr;
}

} // namespace

class TestSessionPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleInvitesToGetASession();
    void idleWithoutProfile();
    void showingASessionAgainKeepsItsBar();
    void lifetime_data();
    void lifetime();
    void statusColoursReadInLightAndDark_data();
    void statusColoursReadInLightAndDark();
    void lifetimeStartsAtTheLastRenewal_data();
    void lifetimeStartsAtTheLastRenewal();
    void sessionFacts();
    void copyButtonPerField();
    void expirySource_data();
    void expirySource();
    void sourcesDisagreeShowsBoth();
    void deviceLine_data();
    void deviceLine();
    void notesWarningsAndBadges();
    void serverBadge();
    void wrongGenerationIsFlagged();
    void errorIsInlinePlainText();
    void cancelIsNotAFailure();
    void everyRemedyHasAButton_data();
    void everyRemedyHasAButton();
    void rawMasksTokensUntilRevealed();
    void newSessionIsMaskedAgain();
    void policiesFilter_data();
    void policiesFilter();
    void policyNamesSayWhereTheyCameFrom();
    void ctrlCCopiesNameTabOid();
    void policyMenuCopiesValueRowAndJson();
    void claimsTreeAndMenu();
    void signatureBadgeWhereClaimsAppear_data();
    void signatureBadgeWhereClaimsAppear();
    void historyNewestFirst();
    void accessibleNames();
    void buttonsShareTheActionsEnabledState();
    void busyShowsCancel();
    void keepAliveFollowsItsAction();
};

void TestSessionPanel::idleInvitesToGetASession()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showIdle(u"fiddler"_s);
    QCOMPARE(panel.status(), Status::NoSession);
    QCOMPARE(text(panel, "statusLabel"), u"No session yet: press Enter to get one."_s);
    QCOMPARE(text(panel, "titleLabel"), u"fiddler"_s);
    QVERIFY(!visible(panel, "sessionDetails"));
    QVERIFY(!visible(panel, "busyBar"));
    QVERIFY(!visible(panel, "timeLeftLabel"));
    QCOMPARE(panel.remainingFraction(), 0.0);
}

void TestSessionPanel::idleWithoutProfile()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showIdle(QString());
    QCOMPARE(text(panel, "titleLabel"), u"No profile selected"_s);
    QCOMPARE(text(panel, "statusLabel"), u"Select a profile on the left."_s);
}

void TestSessionPanel::showingASessionAgainKeepsItsBar()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    const Profile profile = makeProfile();
    const Session session = makeSession();
    panel.showSession(session, profile);
    clock.advance(1800);
    panel.showIdle(u"another profile"_s); // the main window shows whatever is selected
    panel.showSession(session, profile);
    QCOMPARE(child<QProgressBar>(panel, "lifetimeBar")->value(), 500);

    Session next = makeSession();
    next.obtainedAt = clock.now();
    next.accessToken = u"another"_s;
    next.expiry.at = clock.now().addSecs(Lifetime);
    panel.showSession(next, profile);
    QCOMPARE(child<QProgressBar>(panel, "lifetimeBar")->value(), 1000);
}

void TestSessionPanel::lifetime_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("barValue");
    QTest::addColumn<QString>("timeLeft");

    QTest::newRow("fresh") << qint64(0) << Status::Valid << 1000 << u"1 h left"_s;
    QTest::newRow("half used") << qint64(1800) << Status::Valid << 500 << u"30 min left"_s;
    QTest::newRow("one second used") << qint64(1) << Status::Valid << 1000 << u"59 min left"_s;
    QTest::newRow("exactly 80 % used") << qint64(2880) << Status::Valid << 200 << u"12 min left"_s;
    QTest::newRow("past 80 %") << qint64(2890) << Status::Expiring << 197 << u"11 min left"_s;
    QTest::newRow("last seconds") << qint64(3590) << Status::Expiring << 3 << u"10 s left"_s;
    QTest::newRow("at expiry") << qint64(3600) << Status::Expired << 0 << u"expires now"_s;
    QTest::newRow("after expiry") << qint64(3780) << Status::Expired << 0 << u"expired 3 min ago"_s;
}

void TestSessionPanel::lifetime()
{
    QFETCH(qint64, elapsed);
    QFETCH(Status, status);
    QFETCH(int, barValue);
    QFETCH(QString, timeLeft);

    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.setExpiringSoonSeconds(0); // only the lifetime share decides here
    panel.showSession(makeSession(), makeProfile());
    QCOMPARE(panel.status(), Status::Valid);

    clock.advance(elapsed);
    panel.refresh();
    QCOMPARE(panel.status(), status);
    QCOMPARE(child<QProgressBar>(panel, "lifetimeBar")->value(), barValue);
    QCOMPARE(std::lround(panel.remainingFraction() * 1000), long(barValue));
    QCOMPARE(text(panel, "timeLeftLabel"), timeLeft);
    // The large text uses the one rounding rule of the list, the tray and the CLI.
    QCOMPARE(text(panel, "timeLeftLabel"), timeLeftText(Start.addSecs(Lifetime), clock.now()));
}

void TestSessionPanel::statusColoursReadInLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestSessionPanel::statusColoursReadInLightAndDark()
{
    QFETCH(bool, dark);
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.setPalette(schemePalette(dark));
    const QPalette palette = panel.palette();
    auto *bar = child<QProgressBar>(panel, "lifetimeBar");
    auto *timeLeft = child<QLabel>(panel, "timeLeftLabel");
    const auto readable = [&](const QColor &c) {
        return gui::statusstyle::contrastRatio(c, palette.color(QPalette::Base)) >= 4.5
            && gui::statusstyle::contrastRatio(c, palette.color(QPalette::Window)) >= 4.5;
    };
    panel.showSession(makeSession(), makeProfile());
    QCOMPARE(bar->palette().color(QPalette::Highlight), palette.color(QPalette::Highlight));
    const QColor good = timeLeft->palette().color(QPalette::WindowText);
    QVERIFY2(readable(good), qPrintable(good.name()));

    // Below 20 %: the warning tone, with the clock icon and "Expiring" beside it.
    clock.advance(3000);
    panel.refresh();
    QCOMPARE(panel.status(), Status::Expiring);
    const QColor warning = bar->palette().color(QPalette::Highlight);
    QCOMPARE(warning, gui::statusstyle::toneColour(StatusTone::Warning, palette));
    QVERIFY2(readable(warning), qPrintable(warning.name()));
    QCOMPARE(child<QLabel>(panel, "statusIcon")->accessibleName(), u"Expiring"_s);

    clock.advance(700);
    panel.refresh();
    QCOMPARE(panel.status(), Status::Expired);
    const QColor bad = bar->palette().color(QPalette::Highlight);
    QCOMPARE(bad, gui::statusstyle::toneColour(StatusTone::Bad, palette));
    QVERIFY2(readable(bad), qPrintable(bad.name()));
    QCOMPARE(timeLeft->palette().color(QPalette::WindowText), bad);
    QCOMPARE(child<QLabel>(panel, "statusIcon")->accessibleName(), u"Expired"_s);
    QVERIFY(text(panel, "statusLabel").startsWith(u"Expired"_s));

    // Every tone differs from the others and reads on this background.
    QSet<QRgb> seen;
    for (const StatusTone tone :
         {StatusTone::Busy, StatusTone::Good, StatusTone::Warning, StatusTone::Bad}) {
        const QColor c = gui::statusstyle::toneColour(tone, palette);
        QVERIFY2(readable(c), qPrintable(c.name()));
        seen.insert(c.rgb());
    }
    QCOMPARE(seen.size(), 4);
}

void TestSessionPanel::lifetimeStartsAtTheLastRenewal_data()
{
    QTest::addColumn<bool>("cached");
    QTest::addColumn<qint64>("issuedBeforeNow");
    QTest::addColumn<qint64>("renewedBeforeNow");
    QTest::addColumn<int>("barValue");

    // The session lives 3600 s from Start; "now" is Start.
    QTest::newRow("fresh: counts from now") << false << qint64(3600) << qint64(-1) << 1000;
    QTest::newRow("cached: counts from when it was obtained")
        << true << qint64(3600) << qint64(-1) << 500;
    QTest::newRow("renewed: counts from the renewal")
        << true << qint64(3600) << qint64(1200) << 750;
}

void TestSessionPanel::lifetimeStartsAtTheLastRenewal()
{
    QFETCH(bool, cached);
    QFETCH(qint64, issuedBeforeNow);
    QFETCH(qint64, renewedBeforeNow);
    QFETCH(int, barValue);

    ManualClock clock(Start);
    SessionPanel panel(clock);
    Session session = makeSession(Start.addSecs(-issuedBeforeNow), cached);
    if (renewedBeforeNow >= 0)
        session.renewedAt = Start.addSecs(-renewedBeforeNow);
    panel.showSession(session, makeProfile());
    QCOMPARE(child<QProgressBar>(panel, "lifetimeBar")->value(), barValue);
    QCOMPARE(visible(panel, "renewedBadge"), renewedBeforeNow >= 0);
}

void TestSessionPanel::sessionFacts()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showSession(makeSession(), makeProfile());
    const QDateTime expiresAt = Start.addSecs(Lifetime);
    QCOMPARE(text(panel, "tokenTypeValue"), u"bearer"_s);
    QCOMPARE(text(panel, "expiresLocalValue"), localeText(expiresAt));
    QCOMPARE(text(panel, "expiresUtcValue"), u"2030-01-01T11:00:00Z"_s);
    QCOMPARE(text(panel, "subjectValue"), u"8f1c2a3b-0000-4000-8000-0000000000aa"_s);
    QCOMPARE(text(panel, "nameValue"), u"fiddler-app"_s);
    QCOMPARE(text(panel, "generationValue"), u"3.x"_s);
    QCOMPARE(text(panel, "obtainedByValue"), u"client_credentials"_s);
    QCOMPARE(text(panel, "deviceValue"), u"none configured"_s);
    QCOMPARE(text(panel, "clientSecretValue"), u"yes"_s);
    QCOMPARE(text(panel, "refreshValue"), u"yes"_s);
    QVERIFY(visible(panel, "sessionDetails"));
    for (auto *label : panel.findChildren<QLabel *>()) {
        if (!label->buddy() && label->parent() != child<QWidget>(panel, "sessionDetails"))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
}

void TestSessionPanel::copyButtonPerField()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showSession(makeSession(), makeProfile());
    for (const char *field : {"tokenTypeValue", "expiresLocalValue", "expiresUtcValue",
                              "subjectValue", "nameValue", "deviceValue"}) {
        QGuiApplication::clipboard()->clear();
        const QByteArray copyName = QByteArray(field) + "Copy";
        auto *copy = child<QToolButton>(panel, copyName.constData());
        QVERIFY2(!copy->accessibleName().isEmpty(), field);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), text(panel, field));
    }
}

void TestSessionPanel::expirySource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("label");
    QTest::newRow("exp") << u"id_token_exp"_s << u"id_token exp"_s;
    QTest::newRow("seconds") << u"expires_in_s"_s << u"expires_in, seconds"_s;
    QTest::newRow("milliseconds") << u"expires_in_ms"_s << u"expires_in, milliseconds"_s;
    QTest::newRow("unknown") << QString() << u"unknown"_s;
}

void TestSessionPanel::expirySource()
{
    QFETCH(QString, source);
    QFETCH(QString, label);
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Session session = makeSession();
    session.expiry.source = source;
    session.expiry.sourcesDisagree = false;
    panel.showSession(session, makeProfile());
    QCOMPARE(text(panel, "expirySourceValue"), label);
}

void TestSessionPanel::sourcesDisagreeShowsBoth()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Session session = makeSession();
    ExpiryInput input;
    input.sentAt = Start;
    input.expiresIn = 1800;
    input.unitGeneration = Generation::V3;
    input.idTokenExp = Start.addSecs(Lifetime);
    session.expiry = computeExpiry(input);
    QVERIFY(session.expiry.sourcesDisagree);
    panel.showSession(session, makeProfile());

    const QString shown = text(panel, "expirySourceValue");
    QVERIFY2(shown.contains(u"expires_in, seconds"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"id_token exp"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"2030-01-01T10:30:00Z"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"2030-01-01T11:00:00Z"_s), qPrintable(shown));
    QCOMPARE(text(panel, "expiresUtcValue"), u"2030-01-01T10:30:00Z"_s);
}

void TestSessionPanel::deviceLine_data()
{
    QTest::addColumn<DeviceMode>("mode");
    QTest::addColumn<std::optional<bool>>("authenticated");
    QTest::addColumn<bool>("warned");
    QTest::addColumn<QString>("line");
    QTest::newRow("no device") << DeviceMode::None << std::optional<bool>(false) << false
                               << u"none configured"_s;
    QTest::newRow("secret, authenticated") << DeviceMode::Secret << std::optional<bool>(true)
                                           << false << u"device secret (dev-42) — authenticated"_s;
    QTest::newRow("secret, not authenticated")
        << DeviceMode::Secret << std::optional<bool>(false) << true
        << u"device secret (dev-42) — NOT authenticated"_s;
    QTest::newRow("secret, unverified")
        << DeviceMode::Secret << std::optional<bool>() << false
        << u"device secret (dev-42) — authentication unknown (signature not verified)"_s;
    QTest::newRow("certificate")
        << DeviceMode::Certificate << std::optional<bool>(true) << false
        << u"certificate (CN=EXAMPLE_DEVICE_NODE, O=Demo) — authenticated"_s;
}

void TestSessionPanel::deviceLine()
{
    QFETCH(DeviceMode, mode);
    QFETCH(std::optional<bool>, authenticated);
    QFETCH(bool, warned);
    QFETCH(QString, line);

    ManualClock clock(Start);
    SessionPanel panel(clock);
    Profile profile = makeProfile();
    profile.deviceMode = mode;
    if (mode == DeviceMode::Secret)
        profile.deviceId = u"dev-42"_s;
    Session session = makeSession();
    session.deviceMode = mode;
    session.deviceAuthenticated = authenticated;
    if (mode == DeviceMode::Certificate)
        session.deviceCertificate.subject = u"CN=EXAMPLE_DEVICE_NODE, O=Demo"_s;
    panel.showSession(session, profile);
    QCOMPARE(text(panel, "deviceValue"), line);
    QCOMPARE(visible(panel, "deviceWarningLabel"), warned);
    if (warned)
        QCOMPARE(text(panel, "deviceWarningLabel"),
                 u"The server did not authenticate the device dev-42: it granted an "
                 "application-only session."_s);
}

void TestSessionPanel::notesWarningsAndBadges()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Session session = makeSession();
    panel.showSession(session, makeProfile());
    QVERIFY(!visible(panel, "notesLabel"));
    QVERIFY(!visible(panel, "cachedBadge"));
    QVERIFY(!visible(panel, "warningsLabel"));

    session.obtainedBy = ObtainedBy::Cache;
    session.notes = QStringList {u"client secret not checked"_s, u"second\nline"_s};
    session.warnings = QStringList {u"the server's clock is 95 s ahead of this computer's"_s};
    panel.showSession(session, makeProfile());
    QVERIFY(visible(panel, "cachedBadge"));
    QVERIFY(visible(panel, "notesLabel"));
    const QStringList lines = text(panel, "notesLabel").split(u'\n');
    QCOMPARE(lines.size(), 2); // a newline inside a note cannot add a line
    QCOMPARE(lines.first(), u"client secret not checked"_s);
    QVERIFY(visible(panel, "warningsLabel"));
    QVERIFY(text(panel, "warningsLabel").contains(session.warnings.first()));
    QCOMPARE(text(panel, "obtainedByValue"), u"cache (reused from the keychain)"_s);
}

void TestSessionPanel::serverBadge()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Session session = makeSession();
    panel.showSession(session, makeProfile());
    QVERIFY(!visible(panel, "serverBadge"));
    const QDateTime checked = QDateTime(QDate(2030, 1, 1), QTime(12, 3), Qt::LocalTime).toUTC();
    session.validOnServer = true;
    session.checkedOnServerAt = checked;
    panel.showSession(session, makeProfile());
    QVERIFY(visible(panel, "serverBadge"));
    QCOMPARE(text(panel, "serverBadge"), u"✔ valid on server (checked 12:03)"_s);
    session.validOnServer = false;
    panel.showSession(session, makeProfile());
    QCOMPARE(text(panel, "serverBadge"), u"✖ revoked on server (checked 12:03)"_s);
    QCOMPARE(child<QLabel>(panel, "serverBadge")->palette().color(QPalette::WindowText),
             gui::statusstyle::toneColour(StatusTone::Bad, panel.palette()));
}

void TestSessionPanel::wrongGenerationIsFlagged()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Session session = makeSession();
    panel.showSession(session, makeProfile());
    QVERIFY(!visible(panel, "expiryWarningLabel"));

    // A 3.x server's 3600 s read as 2.x milliseconds: the session "expires" 3 s after issue.
    ExpiryInput input;
    input.sentAt = Start;
    input.expiresIn = 3600;
    input.unitGeneration = Generation::V2;
    session.expiry = computeExpiry(input);
    session.accessToken = u"other"_s;
    panel.showSession(session, makeProfile());
    QVERIFY(visible(panel, "expiryWarningLabel"));
    const QString flag = text(panel, "expiryWarningLabel");
    QVERIFY2(flag.contains(u"expiry looks wrong"_s), qPrintable(flag));
    QVERIFY2(flag.contains(u"probably speaks SanteDB 3.x"_s), qPrintable(flag));
}

void TestSessionPanel::errorIsInlinePlainText()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showSession(makeSession(), makeProfile());

    Error error = makeError(ErrorKind::OAuth,
                            u"the server refused the client credentials of profile \"fiddler\"; "
                            "check the client secret"_s);
    error.serverError = u"invalid_client"_s;
    error.serverDescription = u"<b>bad</b> secret"_s;
    error.httpStatus = 401;
    panel.showError(error, u"fiddler"_s);

    QCOMPARE(panel.status(), Status::Failed);
    QCOMPARE(text(panel, "statusLabel"), u"Refused by the server"_s);
    auto *label = child<QLabel>(panel, "errorLabel");
    QVERIFY(label->isVisibleTo(&panel));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(label->wordWrap());
    QVERIFY(label->text().contains(error.message));
    QVERIFY(label->text().contains(u"invalid_client"_s));
    QVERIFY(label->text().contains(u"<b>bad</b> secret"_s));
    QVERIFY(label->text().contains(u"401"_s));
    QVERIFY(!visible(panel, "sessionDetails"));
    QVERIFY(visible(panel, "retryButton"));
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        QVERIFY(!qobject_cast<QDialog *>(window));

    QSignalSpy retry(&panel, &SessionPanel::retryRequested);
    child<QPushButton>(panel, "retryButton")->click();
    QCOMPARE(retry.count(), 1);
    panel.showError(makeError(ErrorKind::Network, u"cannot reach the server"_s));
    QCOMPARE(label->text(), u"cannot reach the server"_s);
    QCOMPARE(text(panel, "statusLabel"), u"Server unreachable"_s);
}

void TestSessionPanel::cancelIsNotAFailure()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showError(makeError(ErrorKind::Interrupted, u"cancelled"_s), u"fiddler"_s);
    QCOMPARE(panel.status(), Status::Cancelled);
    QCOMPARE(text(panel, "statusLabel"), u"Cancelled: nothing changed."_s);
    QCOMPARE(statusTone(panel.status()), StatusTone::Neutral);
    QCOMPARE(child<QLabel>(panel, "statusIcon")->accessibleName(), u"Cancelled"_s);
}

void TestSessionPanel::everyRemedyHasAButton_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("retry");
    const QList<std::tuple<RemedyAction, QString, QString, bool>> rows {
        {RemedyAction::SetSecret, u"client"_s, u"Enter the client secret…"_s, true},
        {RemedyAction::SetSecret, u"password"_s, u"Enter the password…"_s, true},
        {RemedyAction::UnlockKeyring, {}, u"How to unlock the keyring…"_s, true},
        {RemedyAction::StartKeyring, {}, u"How to start a keyring…"_s, true},
        {RemedyAction::TrustCertificate, {}, u"Review the certificate…"_s, true},
        {RemedyAction::RaiseTimeout, {}, u"Allow more time…"_s, true},
        {RemedyAction::EditProfileField, u"server"_s, u"Edit the server URL…"_s, true},
        {RemedyAction::EditProfileField, u"device_cert"_s, u"Edit the device certificate…"_s, true},
        {RemedyAction::DisableProxy, {}, u"Turn off the proxy…"_s, true},
        {RemedyAction::ChooseFacility, {}, u"Choose a facility…"_s, true},
        {RemedyAction::EnterMfaCode, {}, u"Enter the code…"_s, false},
        {RemedyAction::EnterPassword, {}, u"Enter the password…"_s, false},
        {RemedyAction::Login, {}, u"Get a new session"_s, false},
        {RemedyAction::None, {}, QString(), true},
    };
    for (const auto &[action, argument, button, retry] : rows) {
        const QString name = Remedy {action, argument}.actionName() + u' ' + argument;
        QTest::newRow(qPrintable(name)) << static_cast<int>(action) << argument << button << retry;
    }
}

void TestSessionPanel::everyRemedyHasAButton()
{
    QFETCH(int, action);
    QFETCH(QString, argument);
    QFETCH(QString, button);
    QFETCH(bool, retry);
    ManualClock clock(Start);
    SessionPanel panel(clock);
    const Error error = makeError(ErrorKind::Config, u"something needs doing"_s)
                            .with({static_cast<RemedyAction>(action), argument});
    panel.showError(error, u"fiddler"_s);
    auto *remedy = child<QPushButton>(panel, "remedyButton");
    QCOMPARE(remedy->isVisibleTo(&panel), !button.isEmpty());
    QCOMPARE(remedy->text(), button);
    QCOMPARE(visible(panel, "retryButton"), retry);
    // Issue 8 §1: the app offers a button that does it, never a command line.
    QVERIFY(!remedy->text().contains(u"santedb-session"_s));
    QVERIFY(!remedy->text().contains(u"--"_s));
    if (button.isEmpty())
        return;
    QSignalSpy requested(&panel, &SessionPanel::remedyRequested);
    remedy->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<Error>().remedy.action,
             static_cast<RemedyAction>(action));
}

void TestSessionPanel::rawMasksTokensUntilRevealed()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    const Session session = makeSession();
    panel.showSession(session, makeProfile());
    auto *raw = child<QPlainTextEdit>(panel, "rawEdit");
    auto *reveal = child<QCheckBox>(panel, "revealCheck");
    QVERIFY(raw->isReadOnly());
    QVERIFY(!reveal->isChecked());

    const auto masked = [&] {
        const QString shown = raw->toPlainText();
        return !shown.contains(session.accessToken) && !shown.contains(session.idToken)
            && !shown.contains(session.refreshToken)
            && shown.contains(QString(session.accessToken.left(6) + u'…'))
            && shown.contains(u"\"token_type\": \"bearer\""_s);
    };
    const auto revealed = [&] {
        const QString shown = raw->toPlainText();
        return shown.contains(session.accessToken) && shown.contains(session.idToken)
            && shown.contains(session.refreshToken);
    };
    QVERIFY(masked());
    reveal->setChecked(true);
    QVERIFY(revealed());
    reveal->setChecked(false);
    QVERIFY(masked());
}

void TestSessionPanel::newSessionIsMaskedAgain()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    const Session session = makeSession();
    panel.showSession(session, makeProfile());
    child<QCheckBox>(panel, "revealCheck")->setChecked(true);
    Session next = session;
    next.accessToken = AccessToken + u"-next"_s;
    next.raw.insert(u"access_token"_s, next.accessToken);
    panel.showSession(next, makeProfile());
    QVERIFY(!child<QCheckBox>(panel, "revealCheck")->isChecked());
    QVERIFY(!child<QPlainTextEdit>(panel, "rawEdit")->toPlainText().contains(AccessToken));

    child<QCheckBox>(panel, "revealCheck")->setChecked(true);
    panel.showIdle(u"fiddler"_s);
    QVERIFY(!child<QPlainTextEdit>(panel, "rawEdit")->toPlainText().contains(AccessToken));
    QVERIFY(!child<QCheckBox>(panel, "revealCheck")->isEnabled());
}

void TestSessionPanel::policiesFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("rows");
    QTest::newRow("none") << QString() << 3;
    QTest::newRow("name, any case") << u"login"_s << 1;
    QTest::newRow("oid part") << u"9.2.2"_s << 1;
    QTest::newRow("unknown") << u"(unknown)"_s << 1;
    QTest::newRow("common prefix") << u"1.3.6.1.4.1.33349"_s << 2;
    QTest::newRow("nothing") << u"no such policy"_s << 0;
}

void TestSessionPanel::policiesFilter()
{
    QFETCH(QString, filter);
    QFETCH(int, rows);
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showSession(makeSession(), makeProfile());
    auto *view = child<QTableView>(panel, "policiesView");
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->index(2, 0).data().toString(), u"(unknown)"_s);
    QCOMPARE(view->model()->index(2, 1).data().toString(), UnknownOid);
    QTest::keyClicks(child<QLineEdit>(panel, "policyFilterEdit"), filter);
    QCOMPARE(view->model()->rowCount(), rows);
}

void TestSessionPanel::policyNamesSayWhereTheyCameFrom()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Session session = makeSession();
    session.policies = {{LoginOid, u"Login"_s, u"server"_s},
                        {ReadClinicalOid, u"Read Clinical Data"_s, u"built_in"_s},
                        {UnknownOid, QString(), QString()}};
    panel.showSession(session, makeProfile());
    QAbstractItemModel *model = panel.policiesView()->model();
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), u"Named by"_s);
    QCOMPARE(model->index(0, 2).data().toString(), u"server"_s);
    QCOMPARE(model->index(1, 2).data().toString(), u"built-in table"_s);
    QCOMPARE(model->index(2, 2).data().toString(), u"nobody"_s);
}

void TestSessionPanel::ctrlCCopiesNameTabOid()
{
    ManualClock clock(Start);
    // A window-wide Copy (as a main window's Edit menu has) must not take Ctrl+C from the table.
    QWidget window;
    QAction windowCopy(&window);
    windowCopy.setShortcut(QKeySequence::Copy);
    window.addAction(&windowCopy);
    QSignalSpy windowCopied(&windowCopy, &QAction::triggered);
    auto *layout = new QVBoxLayout(&window);
    auto *panelPointer = new SessionPanel(clock);
    layout->addWidget(panelPointer);
    SessionPanel &panel = *panelPointer;
    panel.showSession(makeSession(), makeProfile());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *view = child<QTableView>(panel, "policiesView");
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QGuiApplication::clipboard()->clear();

    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QString(u"Login\t"_s + LoginOid + u"\n(unknown)\t"_s + UnknownOid));
    QCOMPARE(windowCopied.count(), 0);
}

void TestSessionPanel::policyMenuCopiesValueRowAndJson()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showSession(makeSession(), makeProfile());
    panel.resize(800, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView *view = panel.policiesView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 1));
    // The Menu key opens it at the current row, like Shift+F10.
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QMenu *menu = panel.policyMenu();
    QTRY_VERIFY(menu->isVisible());
    const auto act = [menu](const QString &name) {
        for (QAction *a : menu->actions()) {
            if (a->objectName() == name)
                return a;
        }
        return static_cast<QAction *>(nullptr);
    };
    act(u"copyValue"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), ReadClinicalOid);
    act(u"copyRow"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QString(u"Read Clinical Data\t"_s + ReadClinicalOid + u"\tbuilt-in table"_s));
    act(u"copyJson"_s)->trigger();
    const QJsonArray all =
        QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).array();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).toObject().value(u"oid"_s).toString(), LoginOid);
    QCOMPARE(all.at(0).toObject().value(u"name_source"_s).toString(), u"built_in"_s);
    QVERIFY(all.at(2).toObject().value(u"name"_s).isNull());
    menu->close();
}

void TestSessionPanel::claimsTreeAndMenu()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showSession(makeSession(), makeProfile());
    auto *tree = child<QTreeWidget>(panel, "claimsTree");
    QTreeWidgetItem *root = tree->invisibleRootItem();
    QCOMPARE(root->childCount(), 7); // every claim

    QTreeWidgetItem *extensions = childItem(root, u"extensions"_s);
    QVERIFY(extensions);
    QTreeWidgetItem *santedb = childItem(extensions, u"santedb"_s);
    QVERIFY(santedb);
    QVERIFY(childItem(extensions, u"ihe_iua"_s));
    QTreeWidgetItem *devid = childItem(santedb, u"devid"_s);
    QVERIFY(devid);
    QCOMPARE(devid->text(1), u"dev-42"_s);

    QTreeWidgetItem *roles = childItem(root, u"role"_s);
    QVERIFY(roles);
    QCOMPARE(roles->childCount(), 2);
    QCOMPARE(roles->child(1)->text(0), u"[1]"_s);
    QCOMPARE(roles->child(1)->text(1), u"SYNCHRONIZERS"_s);

    const QDateTime expiresAt = Start.addSecs(Lifetime);
    QTreeWidgetItem *exp = childItem(root, u"exp"_s);
    QVERIFY(exp);
    QVERIFY(exp->text(1).contains(localeText(expiresAt)));
    QVERIFY(exp->text(1).contains(utcText(expiresAt)));
    QVERIFY(childItem(root, u"iat"_s)->text(1).contains(utcText(Start)));

    tree->setCurrentItem(devid);
    const QList<QAction *> actions = panel.claimMenu()->actions();
    actions.at(0)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"dev-42"_s);
    actions.at(1)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"devid\tdev-42"_s);
    actions.at(2)->trigger();
    const QJsonObject all =
        QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(all.value(u"name"_s).toString(), u"fiddler-app"_s);
}

void TestSessionPanel::signatureBadgeWhereClaimsAppear_data()
{
    QTest::addColumn<SignatureState>("state");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("claims");
    QTest::newRow("verified") << SignatureState::Verified << u"✔ signature verified"_s
                              << u"✔ Signature verified: these claims come from the server."_s;
    QTest::newRow("invalid") << SignatureState::Invalid
                             << QString(u"⚠ signature not verified: "_s
                                        + signatureStateLabel(SignatureState::Invalid))
                             << QString(u"⚠ Signature not verified: "_s
                                        + signatureStateLabel(SignatureState::Invalid)
                                        + u": the claims are shown as received."_s);
}

void TestSessionPanel::signatureBadgeWhereClaimsAppear()
{
    QFETCH(SignatureState, state);
    QFETCH(QString, summary);
    QFETCH(QString, claims);
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Session session = makeSession();
    session.signature.state = state;
    panel.showSession(session, makeProfile());
    QCOMPARE(text(panel, "signatureBadge"), summary);
    QCOMPARE(text(panel, "claimsSignature"), claims);
    // The Policies tab says the same in short, with the whole sentence as its tooltip.
    QCOMPARE(child<QLabel>(panel, "policiesSignature")->toolTip(), claims);
    const StatusTone tone =
        state == SignatureState::Verified ? StatusTone::Good : StatusTone::Warning;
    QCOMPARE(child<QLabel>(panel, "claimsSignature")->palette().color(QPalette::WindowText),
             gui::statusstyle::toneColour(tone, panel.palette()));
}

void TestSessionPanel::historyNewestFirst()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    HistoryEntry ok;
    ok.at = Start.addSecs(-600);
    ok.result = u"ok"_s;
    ok.latencyMs = 120;
    ok.program = u"cli"_s;
    HistoryEntry failed;
    failed.at = Start.addSecs(-60);
    failed.result = u"error"_s;
    failed.errorKind = u"oauth"_s;
    failed.message = u"the server refused the client credentials"_s;
    failed.latencyMs = 45;
    failed.program = u"gui"_s;
    HistoryEntry cached;
    cached.at = Start.addSecs(-300);
    cached.result = u"cached"_s;
    cached.program = u"gui"_s;
    panel.setHistory({ok, cached, failed});

    auto *table = child<QTableWidget>(panel, "historyTable");
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 4);
    QCOMPARE(table->item(0, 0)->text(), localeText(failed.at));
    QCOMPARE(table->item(0, 1)->text(), u"gui"_s);
    QCOMPARE(table->item(0, 2)->text(), u"Refused by the server: "_s + failed.message);
    QCOMPARE(table->item(0, 3)->text(), u"45"_s);
    QCOMPARE(table->item(1, 2)->text(), u"cached session reused"_s);
    QCOMPARE(table->item(2, 0)->text(), localeText(ok.at));
    QCOMPARE(table->item(2, 1)->text(), u"cli"_s);
    QCOMPARE(table->item(2, 2)->text(), u"session obtained"_s);
    QCOMPARE(table->item(2, 3)->text(), u"120"_s);

    // A session shown later leaves the history alone.
    panel.showSession(makeSession(), makeProfile());
    QCOMPARE(table->rowCount(), 3);
}

void TestSessionPanel::accessibleNames()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Actions actions;
    panel.setActions(actions.bound());
    panel.showSession(makeSession(), makeProfile());
    child<QCheckBox>(panel, "revealCheck")->setChecked(true);

    QList<QWidget *> controls;
    for (auto *button : panel.findChildren<QAbstractButton *>())
        controls.append(button);
    QVERIFY(controls.size() >= 10);
    for (const char *name :
         {"policyFilterEdit", "policiesView", "claimsTree", "rawEdit", "historyTable", "tabs",
          "lifetimeBar", "busyBar", "errorLabel", "timeLeftLabel", "signatureBadge"})
        controls.append(child<QWidget>(panel, name));
    for (QWidget *control : controls) {
        QVERIFY2(!control->accessibleName().isEmpty(),
                 qPrintable(control->objectName() + u' '
                            + QString::fromLatin1(control->metaObject()->className())));
        QVERIFY(!control->accessibleName().contains(AccessToken));
        QVERIFY(!control->toolTip().contains(AccessToken));
    }
    // Names assistive technology and tests rely on (issue 8 §2).
    QCOMPARE(panel.policiesView()->accessibleName(), u"Granted policies"_s);
    QCOMPARE(panel.tabs()->tabText(0).remove(u'&'), u"Policies"_s);
    QCOMPARE(panel.policiesView()->model()->index(0, 0).data().toString(), u"Login"_s);
    QVERIFY(!panel.windowTitle().contains(AccessToken));
}

void TestSessionPanel::buttonsShareTheActionsEnabledState()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Actions actions;
    panel.setActions(actions.bound());
    panel.showSession(makeSession(), makeProfile());
    const QList<std::pair<const char *, QAction *>> buttons {
        {"getSessionButton", &actions.get},  {"checkOnServerButton", &actions.check},
        {"signOutButton", &actions.signOut}, {"copyHeaderButton", &actions.header},
        {"copyTokenButton", &actions.token}, {"copyCurlButton", &actions.curl},
    };
    for (const auto &[name, action] : buttons) {
        auto *button = child<QToolButton>(panel, name);
        QVERIFY2(button->isVisibleTo(&panel), name);
        QCOMPARE(button->defaultAction(), action);
        action->setEnabled(false);
        QVERIFY2(!button->isEnabled(), name);
        action->setEnabled(true);
        QSignalSpy triggered(action, &QAction::triggered);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(triggered.count() == 1, name);
        QVERIFY2(!button->accessibleName().contains(u'&'), name);
    }
}

void TestSessionPanel::busyShowsCancel()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Actions actions;
    panel.setActions(actions.bound());
    panel.showIdle(u"fiddler"_s);
    panel.setBusy(true, u"Getting a session…"_s);
    QVERIFY(panel.isBusy());
    auto *bar = child<QProgressBar>(panel, "busyBar");
    QVERIFY(bar->isVisibleTo(&panel));
    QCOMPARE(bar->minimum(), 0);
    QCOMPARE(bar->maximum(), 0); // indeterminate
    QCOMPARE(text(panel, "statusLabel"), u"Getting a session…"_s);
    QCOMPARE(child<QLabel>(panel, "statusIcon")->accessibleName(),
             statusLabel(ProfileStatus::Working));
    auto *button = child<QToolButton>(panel, "cancelButton");
    QVERIFY(button->isVisibleTo(&panel));
    QSignalSpy cancel(&actions.cancel, &QAction::triggered);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(cancel.count(), 1);

    panel.setBusy(false);
    panel.showSession(makeSession(), makeProfile());
    QVERIFY(!button->isVisibleTo(&panel));
    QVERIFY(!bar->isVisibleTo(&panel));
}

void TestSessionPanel::keepAliveFollowsItsAction()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Actions actions;
    panel.setActions(actions.bound());
    panel.showSession(makeSession(), makeProfile());
    auto *check = child<QCheckBox>(panel, "keepAliveCheck");
    QVERIFY(check->isVisibleTo(&panel));
    QVERIFY(!check->isChecked());
    QVERIFY(!visible(panel, "keepAliveNote"));
    check->setChecked(true);
    QVERIFY(actions.keepAlive.isChecked());
    const QDateTime half = Start.addSecs(Lifetime / 2);
    QVERIFY(visible(panel, "keepAliveNote"));
    QVERIFY2(text(panel, "keepAliveNote").contains(localeClockText(half)),
             qPrintable(text(panel, "keepAliveNote")));
    actions.keepAlive.setChecked(false);
    QVERIFY(!check->isChecked());
    QVERIFY(!visible(panel, "keepAliveNote"));
}

QTEST_MAIN(TestSessionPanel)
#include "tst_sessionpanel.moc"
