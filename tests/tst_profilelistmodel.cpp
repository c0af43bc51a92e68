#include "clock.h"
#include "profiledelegate.h"
#include "profilelistmodel.h"
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
using Badge = ProfileListModel::Badge;

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

    Profile add(const QString &name)
    {
        Profile p;
        p.name = name;
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
    return model.index(row).data(ProfileListModel::BadgeRole).value<Badge>();
}

QString badgeTextAt(const ProfileListModel &model, int row)
{
    return model.index(row).data(ProfileListModel::BadgeTextRole).toString();
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
    void profileAddedElsewhereAppears();
    void stateWrittenElsewhereUpdatesInPlace();
    void corruptFileThenFixed();
    void newerSchemaWarns();
    void refreshChangesBadges();
    void expiringSoonThreshold();
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
                           << u"Valid — 12 min left"_s;
    QTest::newRow("cached, hours") << u"cached"_s << std::optional<qint64>(7500) << Badge::Valid
                                   << u"Valid — 2 h 5 min left"_s;
    QTest::newRow("days") << u"ok"_s << std::optional<qint64>(3 * 86400) << Badge::Valid
                          << u"Valid — 3 days left"_s;
    QTest::newRow("expiring") << u"ok"_s << std::optional<qint64>(60) << Badge::ExpiringSoon
                              << u"Expiring — 1 min left"_s;
    QTest::newRow("expiring, seconds") << u"ok"_s << std::optional<qint64>(20)
                                       << Badge::ExpiringSoon << u"Expiring — 1 min left"_s;
    QTest::newRow("at expiry") << u"ok"_s << std::optional<qint64>(0) << Badge::Expired
                               << u"Expired"_s;
    QTest::newRow("expired") << u"ok"_s << std::optional<qint64>(-3600) << Badge::Expired
                             << u"Expired"_s;
    QTest::newRow("failed") << u"oauth"_s << none << Badge::Failed << u"Failed: oauth"_s;
    QTest::newRow("failed after a session")
        << u"network"_s << std::optional<qint64>(900) << Badge::Failed << u"Failed: network"_s;
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
    QCOMPARE(badgeTextAt(model, 0), u"Valid — 30 min left"_s);
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
    QCOMPARE(badgeAt(model, 1), Badge::ExpiringSoon);
    QCOMPARE(badgeTextAt(model, 1), u"Expiring — 2 min left"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(ProfileListModel::BadgeRole));
    QVERIFY(roles.contains(ProfileListModel::BadgeTextRole));

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
    QCOMPARE(badgeAt(model, 0), Badge::ExpiringSoon);
    QCOMPARE(changed.count(), 1);
    model.setExpiringSoonSeconds(60);
    QCOMPARE(badgeAt(model, 0), Badge::Valid);
}

void TestProfileListModel::delegateColoursFromPalette_data()
{
    QTest::addColumn<Badge>("badge");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<QPalette::ColorRole>("role");
    QTest::newRow("valid") << Badge::Valid << false << QPalette::Highlight;
    QTest::newRow("no session") << Badge::NoSession << false << QPalette::Mid;
    QTest::newRow("expiring") << Badge::ExpiringSoon << false << QPalette::Link;
    QTest::newRow("expired") << Badge::Expired << false << QPalette::PlaceholderText;
    QTest::newRow("failed") << Badge::Failed << false << QPalette::Dark;
    QTest::newRow("selected") << Badge::Valid << true << QPalette::HighlightedText;
}

void TestProfileListModel::delegateColoursFromPalette()
{
    QFETCH(Badge, badge);
    QFETCH(bool, selected);
    QFETCH(QPalette::ColorRole, role);

    QStandardItemModel model;
    auto *item = new QStandardItem(u"fiddler"_s);
    model.appendRow(item);
    item->setData(u"https://fiddler.example.org"_s, ProfileListModel::ServerRole);
    item->setData(QVariant::fromValue(badge), ProfileListModel::BadgeRole);
    item->setData(u"Badge text"_s, ProfileListModel::BadgeTextRole);

    // Colours no style would pick, so a match can only come from this palette.
    QPalette palette;
    const QList<std::pair<QPalette::ColorRole, QColor>> colours {
        {QPalette::Base, QColor(250, 250, 250)},
        {QPalette::Text, QColor(10, 10, 10)},
        {QPalette::Highlight, QColor(17, 34, 201)},
        {QPalette::HighlightedText, QColor(240, 241, 3)},
        {QPalette::Mid, QColor(130, 7, 140)},
        {QPalette::Link, QColor(3, 160, 90)},
        {QPalette::PlaceholderText, QColor(160, 90, 3)},
        {QPalette::Dark, QColor(70, 10, 20)},
        {QPalette::BrightText, QColor(255, 200, 200)},
    };
    for (const auto &[r, colour] : colours)
        palette.setColor(r, colour);

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
    const QRgb wanted = palette.color(role).rgb();
    int matches = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = image.width() / 2; x < image.width(); ++x)
            matches += image.pixel(x, y) == wanted ? 1 : 0;
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
