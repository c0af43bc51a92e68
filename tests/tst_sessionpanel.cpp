#include "clock.h"
#include "jwt.h"
#include "sessionpanel.h"
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
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sdsm;
using sdsm::gui::SessionPanel;

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

template<typename T> T *child(const SessionPanel &panel, const char *name)
{
    T *found = panel.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("the session panel has no %s", name);
    return found;
}

bool visible(const SessionPanel &panel, const char *name)
{
    return child<QWidget>(panel, name)->isVisibleTo(&panel);
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
    void errorTitle();
    void lifetime_data();
    void lifetime();
    void barColourFollowsState();
    void cachedSessionCountsFromIssuedAt_data();
    void cachedSessionCountsFromIssuedAt();
    void sessionFacts();
    void expirySource_data();
    void expirySource();
    void sourcesDisagreeShowsBoth();
    void deviceWarning_data();
    void deviceWarning();
    void notesAndCached();
    void otherTokenTypeDisablesHeaderAndCurl();
    void errorIsInlinePlainText();
    void rawMasksTokensUntilRevealed();
    void newSessionIsMaskedAgain();
    void policiesFilter_data();
    void policiesFilter();
    void ctrlCCopiesNameTabOid();
    void claimsTree();
    void historyNewestFirst();
    void accessibleNames();
    void busyShowsCancel();
    void buttonsEmitSignals();
};

void TestSessionPanel::idleInvitesToGetASession()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showIdle(u"fiddler"_s);
    QCOMPARE(panel.state(), SessionPanel::State::Idle);
    QCOMPARE(child<QLabel>(panel, "statusLabel")->text(),
             u"No session yet — press Enter to get one"_s);
    QCOMPARE(child<QLabel>(panel, "titleLabel")->text(), u"fiddler"_s);
    QVERIFY(child<QPushButton>(panel, "getSessionButton")->isEnabled());
    QVERIFY(!child<QPushButton>(panel, "copyTokenButton")->isEnabled());
    QVERIFY(!visible(panel, "sessionDetails"));
    QVERIFY(!visible(panel, "busyRow"));
    QCOMPARE(panel.remainingFraction(), 0.0);
}

void TestSessionPanel::idleWithoutProfile()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showIdle(QString());
    QCOMPARE(child<QLabel>(panel, "statusLabel")->text(), u"No profile selected"_s);
    QVERIFY(!visible(panel, "titleLabel"));
    QVERIFY(!child<QPushButton>(panel, "getSessionButton")->isEnabled());
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
    next.expiry.at = clock.now().addSecs(Lifetime);
    panel.showSession(next, profile);
    QCOMPARE(child<QProgressBar>(panel, "lifetimeBar")->value(), 1000);
}

void TestSessionPanel::errorTitle()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showBusy(u"fiddler"_s);
    QVERIFY(visible(panel, "titleLabel"));
    const Error error = makeError(ErrorKind::Timeout, u"the server did not answer in 30 s"_s);
    panel.showError(error, u"registry"_s);
    QCOMPARE(child<QLabel>(panel, "titleLabel")->text(), u"registry"_s);
    QVERIFY(visible(panel, "titleLabel"));
    panel.showError(error);
    QVERIFY(!visible(panel, "titleLabel"));
    QCOMPARE(panel.state(), SessionPanel::State::Error);
}

void TestSessionPanel::lifetime_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<SessionPanel::State>("state");
    QTest::addColumn<int>("barValue");
    QTest::addColumn<QString>("countdown");
    QTest::addColumn<bool>("copyEnabled");

    QTest::newRow("fresh") << qint64(0) << SessionPanel::State::Valid << 1000 << u"expires in 1 h"_s
                           << true;
    QTest::newRow("half used") << qint64(1800) << SessionPanel::State::Valid << 500
                               << u"expires in 30 min"_s << true;
    QTest::newRow("exactly 80 % used")
        << qint64(2880) << SessionPanel::State::Valid << 200 << u"expires in 12 min"_s << true;
    QTest::newRow("past 80 %") << qint64(2890) << SessionPanel::State::Expiring << 197
                               << u"expires in 11 min"_s << true;
    QTest::newRow("last seconds") << qint64(3590) << SessionPanel::State::Expiring << 3
                                  << u"expires in 10 s"_s << true;
    QTest::newRow("at expiry") << qint64(3600) << SessionPanel::State::Expired << 0
                               << u"expires now"_s << false;
    QTest::newRow("after expiry") << qint64(3780) << SessionPanel::State::Expired << 0
                                  << u"expired 3 min ago"_s << false;
}

void TestSessionPanel::lifetime()
{
    QFETCH(qint64, elapsed);
    QFETCH(SessionPanel::State, state);
    QFETCH(int, barValue);
    QFETCH(QString, countdown);
    QFETCH(bool, copyEnabled);

    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showSession(makeSession(), makeProfile());
    QCOMPARE(panel.state(), SessionPanel::State::Valid);

    clock.advance(elapsed);
    panel.refresh();
    QCOMPARE(panel.state(), state);
    QCOMPARE(child<QProgressBar>(panel, "lifetimeBar")->value(), barValue);
    QCOMPARE(std::lround(panel.remainingFraction() * 1000), long(barValue));
    QCOMPARE(child<QLabel>(panel, "countdownLabel")->text(), countdown);
    QCOMPARE(child<QPushButton>(panel, "copyTokenButton")->isEnabled(), copyEnabled);
    QCOMPARE(child<QPushButton>(panel, "copyHeaderButton")->isEnabled(), copyEnabled);
    QCOMPARE(child<QPushButton>(panel, "copyCurlButton")->isEnabled(), copyEnabled);
    QVERIFY(child<QPushButton>(panel, "getSessionButton")->isEnabled());
}

void TestSessionPanel::barColourFollowsState()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    auto *bar = child<QProgressBar>(panel, "lifetimeBar");
    panel.showSession(makeSession(), makeProfile());
    const QColor valid = bar->palette().color(QPalette::Highlight);
    QCOMPARE(valid, panel.palette().color(QPalette::Highlight));

    clock.advance(3000);
    panel.refresh();
    QCOMPARE(panel.state(), SessionPanel::State::Expiring);
    const QColor expiring = bar->palette().color(QPalette::Highlight);
    QCOMPARE(expiring, panel.palette().color(QPalette::Link));
    QVERIFY(expiring != valid);

    clock.advance(700);
    panel.refresh();
    QCOMPARE(panel.state(), SessionPanel::State::Expired);
    const QColor expired = bar->palette().color(QPalette::Highlight);
    QCOMPARE(expired, panel.palette().color(QPalette::Mid));
    QVERIFY(expired != expiring);
    QVERIFY(expired != valid);
}

void TestSessionPanel::cachedSessionCountsFromIssuedAt_data()
{
    QTest::addColumn<bool>("cached");
    QTest::addColumn<qint64>("issuedBeforeNow");
    QTest::addColumn<int>("barValue");

    // The session lives 3600 s from Start; "now" is Start either way.
    QTest::newRow("fresh: counts from now") << false << qint64(3600) << 1000;
    QTest::newRow("cached: counts from iat") << true << qint64(3600) << 500;
    QTest::newRow("cached, iat in the future: counts from now") << true << qint64(-60) << 1000;
}

void TestSessionPanel::cachedSessionCountsFromIssuedAt()
{
    QFETCH(bool, cached);
    QFETCH(qint64, issuedBeforeNow);
    QFETCH(int, barValue);

    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showSession(makeSession(Start.addSecs(-issuedBeforeNow), cached), makeProfile());
    QCOMPARE(child<QProgressBar>(panel, "lifetimeBar")->value(), barValue);
}

void TestSessionPanel::sessionFacts()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showSession(makeSession(), makeProfile());
    const QDateTime expiresAt = Start.addSecs(Lifetime);
    QCOMPARE(child<QLabel>(panel, "tokenTypeValue")->text(), u"bearer"_s);
    QCOMPARE(child<QLabel>(panel, "expiresLocalValue")->text(), localText(expiresAt));
    QCOMPARE(child<QLabel>(panel, "expiresUtcValue")->text(), u"2030-01-01T11:00:00Z"_s);
    QCOMPARE(child<QLabel>(panel, "subjectValue")->text(),
             u"8f1c2a3b-0000-4000-8000-0000000000aa"_s);
    QCOMPARE(child<QLabel>(panel, "nameValue")->text(), u"fiddler-app"_s);
    QCOMPARE(child<QLabel>(panel, "generationValue")->text(), u"3.x"_s);
    QCOMPARE(child<QLabel>(panel, "deviceValue")->text(), u"no device configured"_s);
    QCOMPARE(child<QLabel>(panel, "clientSecretValue")->text(), u"yes"_s);
    QVERIFY(visible(panel, "sessionDetails"));
    for (auto *label : panel.findChildren<QLabel *>()) {
        if (!label->objectName().endsWith(u"Caption"_s))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
}

void TestSessionPanel::expirySource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");
    QTest::newRow("exp") << u"id_token_exp"_s << u"from the id_token exp"_s;
    QTest::newRow("seconds") << u"expires_in_s"_s << u"from expires_in (seconds)"_s;
    QTest::newRow("milliseconds") << u"expires_in_ms"_s << u"from expires_in (milliseconds)"_s;
}

void TestSessionPanel::expirySource()
{
    QFETCH(QString, source);
    QFETCH(QString, text);
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Session session = makeSession();
    session.expiry.source = source;
    session.expiry.sourcesDisagree = false;
    panel.showSession(session, makeProfile());
    QCOMPARE(child<QLabel>(panel, "expirySourceValue")->text(), text);
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

    const QString text = child<QLabel>(panel, "expirySourceValue")->text();
    QVERIFY2(text.contains(u"from expires_in (seconds)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"from the id_token exp"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2030-01-01T10:30:00Z"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2030-01-01T11:00:00Z"_s), qPrintable(text));
    QCOMPARE(child<QLabel>(panel, "expiresUtcValue")->text(), u"2030-01-01T10:30:00Z"_s);
}

void TestSessionPanel::deviceWarning_data()
{
    QTest::addColumn<bool>("configured");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<bool>("warned");
    QTest::newRow("no device") << false << false << false;
    QTest::newRow("device authenticated") << true << true << false;
    QTest::newRow("device not authenticated") << true << false << true;
}

void TestSessionPanel::deviceWarning()
{
    QFETCH(bool, configured);
    QFETCH(bool, authenticated);
    QFETCH(bool, warned);

    ManualClock clock(Start);
    SessionPanel panel(clock);
    Profile profile = makeProfile();
    if (configured) {
        profile.deviceMode = DeviceMode::Secret;
        profile.deviceId = u"dev-42"_s;
    }
    Session session = makeSession();
    session.deviceMode = profile.deviceMode;
    session.deviceAuthenticated = authenticated;
    panel.showSession(session, profile);

    QCOMPARE(visible(panel, "deviceWarningLabel"), warned);
    if (warned) {
        QCOMPARE(child<QLabel>(panel, "deviceWarningLabel")->text(),
                 u"The server did not authenticate device dev-42: it granted an "
                 "application-only session"_s);
    }
    QCOMPARE(child<QLabel>(panel, "deviceValue")->text(),
             !configured ? u"no device configured"_s : (authenticated ? u"yes"_s : u"no"_s));
}

void TestSessionPanel::notesAndCached()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Session session = makeSession();
    panel.showSession(session, makeProfile());
    QVERIFY(!visible(panel, "notesLabel"));
    QVERIFY(!visible(panel, "cachedLabel"));

    session.obtainedBy = ObtainedBy::Cache;
    session.notes = QStringList {u"client secret not checked"_s, u"second\nline"_s};
    panel.showSession(session, makeProfile());
    QVERIFY(visible(panel, "cachedLabel"));
    QVERIFY(child<QLabel>(panel, "cachedLabel")->text().contains(u"cached"_s));
    QVERIFY(visible(panel, "notesLabel"));
    const QStringList lines = child<QLabel>(panel, "notesLabel")->text().split(u'\n');
    QCOMPARE(lines.size(), 2); // a newline inside a note cannot add a line
    QCOMPARE(lines.first(), u"client secret not checked"_s);
}

void TestSessionPanel::otherTokenTypeDisablesHeaderAndCurl()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    Session session = makeSession();
    session.tokenType = u"mac"_s;
    session.tokenTypeClass = TokenTypeClass::Other;
    panel.showSession(session, makeProfile());
    QVERIFY(child<QPushButton>(panel, "copyTokenButton")->isEnabled());
    QVERIFY(!child<QPushButton>(panel, "copyHeaderButton")->isEnabled());
    QVERIFY(!child<QPushButton>(panel, "copyCurlButton")->isEnabled());
    QCOMPARE(child<QLabel>(panel, "tokenTypeValue")->text(), u"mac"_s);
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
    panel.showError(error);

    QCOMPARE(panel.state(), SessionPanel::State::Error);
    auto *label = child<QLabel>(panel, "errorLabel");
    QVERIFY(label->isVisibleTo(&panel));
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(label->wordWrap());
    QVERIFY(label->text().contains(error.message));
    QVERIFY(label->text().contains(u"invalid_client"_s));
    QVERIFY(label->text().contains(u"<b>bad</b> secret"_s));
    QVERIFY(label->text().contains(u"401"_s));
    QVERIFY(!visible(panel, "sessionDetails"));
    QVERIFY(!child<QPushButton>(panel, "copyTokenButton")->isEnabled());
    QVERIFY(child<QPushButton>(panel, "getSessionButton")->isEnabled());
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        QVERIFY(!qobject_cast<QDialog *>(window));

    panel.showError(makeError(ErrorKind::Network, u"cannot reach the server"_s));
    QCOMPARE(label->text(), u"cannot reach the server"_s);
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
        const QString text = raw->toPlainText();
        return !text.contains(session.accessToken) && !text.contains(session.idToken)
            && !text.contains(session.refreshToken)
            && text.contains(QString(session.accessToken.left(6) + u'…'))
            && text.contains(u"\"token_type\": \"bearer\""_s);
    };
    const auto revealed = [&] {
        const QString text = raw->toPlainText();
        return text.contains(session.accessToken) && text.contains(session.idToken)
            && text.contains(session.refreshToken);
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
    panel.showSession(session, makeProfile());
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

    // The context menu offers the same copy.
    QGuiApplication::clipboard()->clear();
    view->clearSelection();
    view->selectRow(1);
    QCOMPARE(view->actions().size(), 1);
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
    view->actions().first()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QString(u"Read Clinical Data\t"_s + ReadClinicalOid));
}

void TestSessionPanel::claimsTree()
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
    QVERIFY(exp->text(1).contains(localText(expiresAt)));
    QVERIFY(exp->text(1).contains(utcText(expiresAt)));
    QVERIFY(childItem(root, u"iat"_s)->text(1).contains(utcText(Start)));

    QVERIFY(child<QLabel>(panel, "signatureLabel")->text().contains(u"Signature not verified"_s));
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
    QCOMPARE(table->item(0, 0)->text(), localText(failed.at));
    QCOMPARE(table->item(0, 1)->text(), u"gui"_s);
    QCOMPARE(table->item(0, 2)->text(), failed.message);
    QCOMPARE(table->item(0, 3)->text(), u"45"_s);
    QCOMPARE(table->item(1, 2)->text(), u"cached session reused"_s);
    QCOMPARE(table->item(2, 0)->text(), localText(ok.at));
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
    panel.showSession(makeSession(), makeProfile());
    child<QCheckBox>(panel, "revealCheck")->setChecked(true);

    QList<QWidget *> controls;
    for (auto *button : panel.findChildren<QAbstractButton *>())
        controls.append(button);
    QVERIFY(controls.size() >= 6);
    for (const char *name : {"policyFilterEdit", "policiesView", "claimsTree", "rawEdit",
                             "historyTable", "tabs", "lifetimeBar", "busyBar", "errorLabel"})
        controls.append(child<QWidget>(panel, name));
    for (QWidget *control : controls) {
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QVERIFY(!control->accessibleName().contains(AccessToken));
        QVERIFY(!control->toolTip().contains(AccessToken));
    }
    QVERIFY(!panel.windowTitle().contains(AccessToken));
}

void TestSessionPanel::busyShowsCancel()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    QSignalSpy cancel(&panel, &SessionPanel::cancelRequested);
    panel.showBusy(u"fiddler"_s);
    QCOMPARE(panel.state(), SessionPanel::State::Busy);
    auto *bar = child<QProgressBar>(panel, "busyBar");
    QVERIFY(bar->isVisibleTo(&panel));
    QCOMPARE(bar->minimum(), 0);
    QCOMPARE(bar->maximum(), 0); // indeterminate
    auto *button = child<QPushButton>(panel, "cancelButton");
    QVERIFY(button->isVisibleTo(&panel));
    QVERIFY(!child<QPushButton>(panel, "getSessionButton")->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(cancel.count(), 1);

    panel.showSession(makeSession(), makeProfile());
    QVERIFY(!button->isVisibleTo(&panel));
    panel.showIdle(u"fiddler"_s);
    QVERIFY(!button->isVisibleTo(&panel));
}

void TestSessionPanel::buttonsEmitSignals()
{
    ManualClock clock(Start);
    SessionPanel panel(clock);
    panel.showSession(makeSession(), makeProfile());
    const QList<std::pair<const char *, void (SessionPanel::*)()>> buttons {
        {"getSessionButton", &SessionPanel::getSessionRequested},
        {"copyHeaderButton", &SessionPanel::copyHeaderRequested},
        {"copyTokenButton", &SessionPanel::copyTokenRequested},
        {"copyCurlButton", &SessionPanel::copyCurlRequested},
    };
    for (const auto &[name, signal] : buttons) {
        QSignalSpy spy(&panel, signal);
        QTest::mouseClick(child<QPushButton>(panel, name), Qt::LeftButton);
        QVERIFY2(spy.count() == 1, name);
    }
}

QTEST_MAIN(TestSessionPanel)
#include "tst_sessionpanel.moc"
