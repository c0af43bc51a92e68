// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "profiledelegate.h"
#include "profilelistmodel.h"
#include "statusstyle.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace sdsm;
using sdsm::gui::ProfileDelegate;
using sdsm::gui::ProfileListModel;
using Badge = sdsm::ProfileStatus;

namespace {

const QDateTime Start = QDateTime::fromString(u"2030-01-01T10:00:00Z"_s, Qt::ISODate);

// A private profile file and data folder; nothing exists until something writes.
struct World
{
    World()
        : clock(Start)
    {
        paths.profilesFile = dir.filePath(u"config/santedb-session-manager/profiles.json"_s);
        paths.dataDir = dir.filePath(u"data/santedb-session-manager"_s);
        workspace = std::make_unique<Workspace>(paths, clock);
    }

    Profile add(const QString &name, const QStringList &tags = {})
    {
        Profile p;
        p.name = name;
        p.tags = tags;
        p.server = QUrl(u"https://%1.example.org:8443"_s.arg(name));
        p.clientId = name + u"-app"_s;
        auto added = workspace->addProfile(p);
        if (!added.ok())
            qFatal("cannot add a test profile: %s", qPrintable(added.error().message));
        return added.value();
    }

    void setState(const QUuid &uuid, const QString &result, std::optional<qint64> secondsLeft)
    {
        const auto written = workspace->state().update(uuid, [&](ProfileState &s) {
            s.lastResult = result;
            s.lastAt = clock.now();
            s.expiresAt = secondsLeft ? clock.now().addSecs(*secondsLeft) : QDateTime();
        });
        if (!written.ok())
            qFatal("cannot write the test state: %s", qPrintable(written.error().message));
    }

    QTemporaryDir dir;
    AppPaths paths;
    ManualClock clock;
    std::unique_ptr<Workspace> workspace;
};

Badge badgeAt(const ProfileListModel &model, int row)
{
    return model.index(row).data(ProfileListModel::StatusRole).value<Badge>();
}

QString badgeTextAt(const ProfileListModel &model, int row)
{
    return model.index(row).data(ProfileListModel::StatusTextRole).toString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProfileListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badges_data();
    void badges();
    void roles();
    void allTagsOnceEachInOrder();
    void aFirstLoadInTheBackgroundShowsTheSameRows();
    void aReloadReplacesAFirstLoadStillRunning();
    void aDamagedFileReadInTheBackgroundIsReported();
    void profileAddedElsewhereAppears();
    void stateWrittenElsewhereUpdatesInPlace();
    void corruptFileThenFixed();
    void newerSchemaWarns();
    void refreshChangesBadges();
    void expiringSoonThreshold();
    void workingAndLifetimeFromTheWindow();
    void delegateColoursFromPalette_data();
    void delegateColoursFromPalette();
    void delegateSizeFollowsFont();
};

void TestProfileListModel::badges_data()
{
    QTest::addColumn<QString>("lastResult");
    QTest::addColumn<std::optional<qint64>>("secondsLeft");
    QTest::addColumn<Badge>("badge");
    QTest::addColumn<QString>("text");

    const std::optional<qint64> none;
    QTest::newRow("never tried") << QString() << none << Badge::NoSession << u"No session"_s;
    QTest::newRow("valid") << u"ok"_s << std::optional<qint64>(720) << Badge::Valid
                           << u"12 min left"_s;
    QTest::newRow("cached, hours")
        << u"cached"_s << std::optional<qint64>(7500) << Badge::Valid << u"2 h 5 min left"_s;
    QTest::newRow("days") << u"ok"_s << std::optional<qint64>(3 * 86400) << Badge::Valid
                          << u"3 days left"_s;
    // One rounding rule everywhere: whole minutes, rounded down, as the panel and the CLI say.
    QTest::newRow("59 min 59 s") << u"ok"_s << std::optional<qint64>(3599) << Badge::Valid
                                 << u"59 min left"_s;
    QTest::newRow("expiring") << u"ok"_s << std::optional<qint64>(60) << Badge::Expiring
                              << u"Expiring: 1 min left"_s;
    QTest::newRow("expiring, seconds")
        << u"ok"_s << std::optional<qint64>(20) << Badge::Expiring << u"Expiring: 20 s left"_s;
    QTest::newRow("at expiry") << u"ok"_s << std::optional<qint64>(0) << Badge::Expired
                               << u"Expired"_s;
    QTest::newRow("expired") << u"ok"_s << std::optional<qint64>(-3600) << Badge::Expired
                             << u"Expired"_s;
    QTest::newRow("refused") << u"oauth"_s << none << Badge::Failed << u"Refused by the server"_s;
    QTest::newRow("failed after a session")
        << u"network"_s << std::optional<qint64>(900) << Badge::Failed << u"Server unreachable"_s;
    QTest::newRow("secret missing")
        << u"secret_missing"_s << none << Badge::Failed << u"Secret missing"_s;
    QTest::newRow("cancelled") << u"interrupted"_s << none << Badge::Cancelled << u"Cancelled"_s;
    // A cancel is not a failure: the session it interrupted is still there.
    QTest::newRow("cancelled, session kept")
        << u"interrupted"_s << std::optional<qint64>(900) << Badge::Valid << u"15 min left"_s;
    QTest::newRow("session forgotten") << u"ok"_s << none << Badge::NoSession << u"No session"_s;
}

void TestProfileListModel::badges()
{
    QFETCH(QString, lastResult);
    QFETCH(std::optional<qint64>, secondsLeft);
    QFETCH(Badge, badge);
    QFETCH(QString, text);

    World world;
    const Profile profile = world.add(u"fiddler"_s);
    if (!lastResult.isEmpty())
        world.setState(profile.uuid, lastResult, secondsLeft);

    ProfileListModel model(*world.workspace, world.clock);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(badgeAt(model, 0), badge);
    QCOMPARE(badgeTextAt(model, 0), text);
    QCOMPARE(model.index(0).data(ProfileListModel::ExpiresAtRole).toDateTime(),
             secondsLeft && !lastResult.isEmpty() ? Start.addSecs(*secondsLeft) : QDateTime());
}

void TestProfileListModel::roles()
{
    World world;
    const Profile first = world.add(u"fiddler"_s);
    const Profile second = world.add(u"registry"_s);
    world.setState(second.uuid, u"ok"_s, 600);
    ProfileListModel model(*world.workspace, world.clock);

    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.loadError().isEmpty());
    QVERIFY(model.loadWarning().isEmpty());
    const QModelIndex index = model.index(1);
    QCOMPARE(index.data().toString(), u"registry"_s);
    QCOMPARE(index.data(ProfileListModel::NameRole).toString(), u"registry"_s);
    QCOMPARE(index.data(ProfileListModel::UuidRole).value<QUuid>(), second.uuid);
    QCOMPARE(index.data(ProfileListModel::ServerRole).toString(),
             u"https://registry.example.org:8443"_s);
    const QString search = index.data(ProfileListModel::SearchTextRole).toString();
    QVERIFY(search.contains(u"registry"_s));
    QVERIFY(search.contains(u"https://registry.example.org:8443"_s));
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(u"Valid"_s));

    QCOMPARE(model.rowOf(first.uuid), 0);
    QCOMPARE(model.rowOf(second.uuid), 1);
    QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
    QVERIFY(model.profileAt(1) == second);
    QCOMPARE(model.stateAt(1).lastResult, u"ok"_s);
    QVERIFY(model.stateAt(0).lastResult.isEmpty());
    QVERIFY(model.profileAt(2).uuid.isNull());
    QVERIFY(model.profileAt(-1).uuid.isNull());
    QCOMPARE(model.rowCount(model.index(0)), 0);
}

// The tag filter's choices: every tag of every profile once, in case-insensitive order.
void TestProfileListModel::allTagsOnceEachInOrder()
{
    World world;
    world.add(u"one"_s, {u"zeta"_s, u"alpha"_s});
    world.add(u"two"_s, {u"alpha"_s, u"Mid"_s});
    world.add(u"three"_s, {u"zeta"_s});
    world.add(u"four"_s);
    ProfileListModel model(*world.workspace, world.clock);
    QCOMPARE(model.allTags(), (QStringList {u"alpha"_s, u"Mid"_s, u"zeta"_s}));
}

// The window's model reads the files on another thread while the widgets are built: the rows it
// shows then are the ones an immediate read shows, and a change seen meanwhile still arrives.
void TestProfileListModel::aFirstLoadInTheBackgroundShowsTheSameRows()
{
    World world;
    world.add(u"fiddler"_s);
    const Profile second = world.add(u"registry"_s);
    world.setState(second.uuid, u"ok"_s, 600);
    ProfileListModel now(*world.workspace, world.clock);
    ProfileListModel later(*world.workspace, world.clock, nullptr,
                           ProfileListModel::FirstLoad::InBackground);
    QSignalSpy reloaded(&later, &ProfileListModel::reloaded);
    QCOMPARE(later.rowCount(), 0);
    later.finishFirstLoad();
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(later.rowCount(), now.rowCount());
    for (int row = 0; row < now.rowCount(); ++row) {
        QVERIFY(later.profileAt(row) == now.profileAt(row));
        QCOMPARE(later.stateAt(row).toJson(), now.stateAt(row).toJson());
        QCOMPARE(badgeTextAt(later, row), badgeTextAt(now, row));
    }
    QCOMPARE(badgeAt(later, 1), Badge::Valid);
    // Once only: a second call has nothing left to show.
    later.finishFirstLoad();
    QCOMPARE(reloaded.count(), 1);

    // The files were watched from the start.
    world.add(u"third"_s);
    QTRY_COMPARE(later.rowCount(), 3);
}

void TestProfileListModel::aReloadReplacesAFirstLoadStillRunning()
{
    World world;
    world.add(u"fiddler"_s);
    ProfileListModel model(*world.workspace, world.clock, nullptr,
                           ProfileListModel::FirstLoad::InBackground);
    world.add(u"registry"_s);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    // The older reading is not shown over the newer one.
    model.finishFirstLoad();
    QCOMPARE(model.rowCount(), 2);
}

void TestProfileListModel::aDamagedFileReadInTheBackgroundIsReported()
{
    World world;
    world.add(u"fiddler"_s);
    QVERIFY(writeFile(world.paths.profilesFile, "{\"schema\": 1, \"profiles\": [tru"_ba));
    ProfileListModel model(*world.workspace, world.clock, nullptr,
                           ProfileListModel::FirstLoad::InBackground);
    model.finishFirstLoad();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY2(model.loadError().contains(QDir::toNativeSeparators(world.paths.profilesFile)),
             qPrintable(model.loadError()));
}

void TestProfileListModel::profileAddedElsewhereAppears()
{
    World world; // no folder and no file yet: the model must see both being created
    ProfileListModel model(*world.workspace, world.clock);
    QSignalSpy reloaded(&model, &ProfileListModel::reloaded);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.loadError().isEmpty());

    world.add(u"first"_s);
    QTRY_COMPARE(model.rowCount(), 1);

    // Like the CLI: its own ProfileStore over the same file.
    ProfileStore cli(world.paths.profilesFile);
    for (const QString &name : {u"second"_s, u"third"_s}) {
        Profile p;
        p.uuid = QUuid::createUuid();
        p.name = name;
        p.server = QUrl(u"https://cli.example.org"_s);
        p.clientId = u"cli-app"_s;
        const auto saved = cli.update([&p](QList<Profile> &list) -> Result<void> {
            list.append(p);
            return {};
        });
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QTRY_COMPARE(model.rowCount(), name == u"second"_s ? 2 : 3);
        QCOMPARE(model.index(model.rowCount() - 1).data().toString(), name);
    }
    QVERIFY(reloaded.count() >= 3);
}

void TestProfileListModel::stateWrittenElsewhereUpdatesInPlace()
{
    World world;
    const Profile profile = world.add(u"fiddler"_s);
    world.add(u"other"_s);
    ProfileListModel model(*world.workspace, world.clock);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(badgeAt(model, 0), Badge::NoSession);

    StateStore other(world.paths.stateDir());
    const auto written = other.update(profile.uuid, [](ProfileState &s) {
        s.lastResult = u"ok"_s;
        s.expiresAt = Start.addSecs(1800);
    });
    QVERIFY(written.ok());
    QTRY_COMPARE(badgeAt(model, 0), Badge::Valid);
    QCOMPARE(badgeTextAt(model, 0), u"30 min left"_s);
    // The same profiles in the same order: rows are updated, not reset, so selection stays.
    QCOMPARE(reset.count(), 0);
    QVERIFY(!changed.isEmpty());
    for (const auto &arguments : std::as_const(changed))
        QCOMPARE(arguments.at(0).toModelIndex().row(), 0);
}

void TestProfileListModel::corruptFileThenFixed()
{
    World world;
    world.add(u"fiddler"_s);
    world.add(u"registry"_s);
    ProfileListModel model(*world.workspace, world.clock);
    QCOMPARE(model.rowCount(), 2);
    const QByteArray good = readFile(world.paths.profilesFile);
    QVERIFY(!good.isEmpty());

    QVERIFY(writeFile(world.paths.profilesFile, "{\"schema\": 1, \"profiles\": [tru"_ba));
    QTRY_VERIFY(!model.loadError().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY2(model.loadError().contains(QDir::toNativeSeparators(world.paths.profilesFile)),
             qPrintable(model.loadError()));

    QVERIFY(writeFile(world.paths.profilesFile, good));
    QTRY_COMPARE(model.rowCount(), 2);
    QVERIFY(model.loadError().isEmpty());
}

void TestProfileListModel::newerSchemaWarns()
{
    World world;
    const Profile profile = world.add(u"fiddler"_s);
    const QJsonObject newer {{u"schema"_s, 2}, {u"profiles"_s, QJsonArray {profile.toJson()}}};
    QVERIFY(writeFile(world.paths.profilesFile, QJsonDocument(newer).toJson()));
    ProfileListModel model(*world.workspace, world.clock);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.loadError().isEmpty());
    QVERIFY2(model.loadWarning().contains(u"newer version"_s), qPrintable(model.loadWarning()));
}

void TestProfileListModel::refreshChangesBadges()
{
    World world;
    world.add(u"idle"_s);
    const Profile active = world.add(u"active"_s);
    world.setState(active.uuid, u"ok"_s, 600);
    ProfileListModel model(*world.workspace, world.clock);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(badgeAt(model, 1), Badge::Valid);

    model.refresh();
    QCOMPARE(changed.count(), 0); // nothing moved

    world.clock.advance(500);
    model.refresh();
    QCOMPARE(badgeAt(model, 1), Badge::Expiring);
    QCOMPARE(badgeTextAt(model, 1), u"Expiring: 1 min left"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);

    world.clock.advance(100);
    model.refresh();
    QCOMPARE(badgeAt(model, 1), Badge::Expired);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);
    QCOMPARE(badgeAt(model, 0), Badge::NoSession);
}

void TestProfileListModel::expiringSoonThreshold()
{
    World world;
    const Profile profile = world.add(u"fiddler"_s);
    world.setState(profile.uuid, u"ok"_s, 600);
    ProfileListModel model(*world.workspace, world.clock);
    QCOMPARE(badgeAt(model, 0), Badge::Valid);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setExpiringSoonSeconds(900);
    QCOMPARE(badgeAt(model, 0), Badge::Expiring);
    QCOMPARE(changed.count(), 1);
    model.setExpiringSoonSeconds(60);
    QCOMPARE(badgeAt(model, 0), Badge::Valid);
}

void TestProfileListModel::workingAndLifetimeFromTheWindow()
{
    World world;
    const Profile profile = world.add(u"fiddler"_s);
    world.setState(profile.uuid, u"cached"_s, 600);
    ProfileListModel model(*world.workspace, world.clock);
    QCOMPARE(badgeAt(model, 0), Badge::Valid);

    model.setWorking(profile.uuid, true);
    QCOMPARE(badgeAt(model, 0), Badge::Working);
    QCOMPARE(badgeTextAt(model, 0), u"Getting a session…"_s);
    model.setWorking(profile.uuid, false);
    QCOMPARE(badgeAt(model, 0), Badge::Valid);

    // A cached session's state does not say when it began; the window knows, and then the list
    // says "expiring" in the last fifth of the lifetime, as the panel's bar does.
    model.setLifetimeStart(profile.uuid, Start.addSecs(-3600));
    QCOMPARE(badgeAt(model, 0), Badge::Expiring);
    model.setLifetimeStart(profile.uuid, QDateTime());
    QCOMPARE(badgeAt(model, 0), Badge::Valid);
}

void TestProfileListModel::delegateColoursFromPalette_data()
{
    QTest::addColumn<Badge>("badge");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("dark");
    for (const bool dark : {false, true}) {
        const char *scheme = dark ? "dark" : "light";
        for (const auto &[name, status] :
             {std::pair {"valid", Badge::Valid}, std::pair {"no session", Badge::NoSession},
              std::pair {"expiring", Badge::Expiring}, std::pair {"expired", Badge::Expired},
              std::pair {"failed", Badge::Failed}, std::pair {"cancelled", Badge::Cancelled},
              std::pair {"working", Badge::Working}})
            QTest::addRow("%s, %s", name, scheme) << status << false << dark;
        QTest::addRow("selected, %s", scheme) << Badge::Valid << true << dark;
    }
}

void TestProfileListModel::delegateColoursFromPalette()
{
    QFETCH(Badge, badge);
    QFETCH(bool, selected);
    QFETCH(bool, dark);

    QStandardItemModel model;
    auto *item = new QStandardItem(u"fiddler"_s);
    model.appendRow(item);
    item->setData(u"https://fiddler.example.org"_s, ProfileListModel::ServerRole);
    item->setData(QVariant::fromValue(badge), ProfileListModel::StatusRole);
    item->setData(u"Badge text"_s, ProfileListModel::StatusTextRole);

    QPalette palette;
    const QColor base = dark ? QColor(30, 31, 34) : QColor(250, 250, 250);
    const QColor text = dark ? QColor(230, 230, 230) : QColor(10, 10, 10);
    for (const QPalette::ColorRole r : {QPalette::Base, QPalette::Window})
        palette.setColor(r, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Highlight, QColor(17, 34, 201));
    palette.setColor(QPalette::HighlightedText, QColor(240, 241, 3));

    ProfileDelegate delegate;
    QStyleOptionViewItem option;
    option.palette = palette;
    option.font = QFont();
    option.font.setPointSize(12);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    if (selected)
        option.state |= QStyle::State_Selected;
    const QSize size = delegate.sizeHint(option, model.index(0, 0));
    option.rect = QRect(QPoint(0, 0), QSize(size.width() * 2, size.height()));

    QImage image(option.rect.size(), QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Base));
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    // The badge is outlined in its status's colour, the one chosen for contrast with this
    // palette, even on a selected row.
    const QColor ink = sdsm::gui::statusstyle::toneColour(sdsm::statusTone(badge), palette);
    QVERIFY2(sdsm::gui::statusstyle::contrastRatio(ink, base) >= 4.5, qPrintable(ink.name()));
    int matches = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = image.width() / 2; x < image.width(); ++x)
            matches += image.pixel(x, y) == ink.rgb() ? 1 : 0;
    }
    QVERIFY2(matches > 10, qPrintable(u"%1 pixels in the badge half"_s.arg(matches)));
}

void TestProfileListModel::delegateSizeFollowsFont()
{
    World world;
    const Profile profile = world.add(u"fiddler"_s);
    world.setState(profile.uuid, u"ok"_s, 600);
    ProfileListModel model(*world.workspace, world.clock);
    ProfileDelegate delegate;
    QStyleOptionViewItem option;
    option.font.setPointSize(10);
    const QSize small = delegate.sizeHint(option, model.index(0));
    option.font.setPointSize(20);
    const QSize large = delegate.sizeHint(option, model.index(0));
    QVERIFY(large.height() > small.height());
    QVERIFY(large.width() > small.width());
    const QFontMetrics metrics(option.font);
    QVERIFY(large.height() >= 2 * metrics.height() * 8 / 10);
    QVERIFY(large.width() > metrics.horizontalAdvance(badgeTextAt(model, 0)));
}

QTEST_MAIN(TestProfileListModel)
#include "tst_profilelistmodel.moc"
