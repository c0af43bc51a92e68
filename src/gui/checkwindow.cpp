// SPDX-License-Identifier: Apache-2.0
#include "checkwindow.h"

#include "checkresultmodel.h"
#include "clock.h"
#include "identitycheck.h"
#include "textrules.h"
#include "workspace.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sdsm::gui {

namespace {

// Time left is shown in whole minutes once more than a minute is left.
constexpr int TimeRefreshMs = 15000;

const QString SelectionKey = u"selection"_s;
const QString AllKey = u"all"_s;
const QString TagPrefix = u"tag:"_s;

} // namespace

CheckWindow::CheckWindow(Workspace &workspace, const Clock &clock, SessionOptions defaults,
                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_clock(clock)
    , m_defaults(std::move(defaults))
    , m_model(new CheckResultModel(clock, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_scope(new QComboBox)
    , m_jobs(new QSpinBox)
    , m_rate(new QDoubleSpinBox)
    , m_policies(new QLineEdit)
    , m_fresh(new QCheckBox)
    , m_start(new QPushButton)
    , m_cancel(new QPushButton)
    , m_progress(new QProgressBar)
    , m_summary(new QLabel)
    , m_table(new QTableView)
    , m_export(new QPushButton)
    , m_close(new QPushButton)
{
    setObjectName(u"CheckWindow"_s);
    setWindowTitle(tr("Check identities"));
    // A window of its own beside the main window, with the usual buttons to resize it.
    setWindowFlags(windowFlags() | Qt::WindowMinMaxButtonsHint);
    setModal(false);
    buildLayout();

    auto *ticker = new QTimer(this);
    ticker->setInterval(TimeRefreshMs);
    connect(ticker, &QTimer::timeout, m_model, &CheckResultModel::refreshTimes);
    ticker->start();

    const QSize wanted(fontMetrics().averageCharWidth() * 200, fontMetrics().height() * 34);
    const QSize available = screen() ? screen()->availableGeometry().size() * 9 / 10 : wanted;
    resize(wanted.boundedTo(available));
    updateState();
}

CheckWindow::~CheckWindow() = default;

void CheckWindow::buildLayout()
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CheckResultModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);

    m_scope->setObjectName(u"scopeCombo"_s);
    auto *scopeLabel = new QLabel(tr("&Profiles:"));
    scopeLabel->setBuddy(m_scope);
    m_scope->setAccessibleName(tr("Profiles to check"));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CheckWindow::updateState);

    m_jobs->setObjectName(u"jobsSpin"_s);
    m_jobs->setRange(1, IdentityCheckOptions::MaxJobs);
    m_jobs->setValue(IdentityCheckOptions::DefaultJobs);
    m_jobs->setAccessibleName(tr("Concurrent jobs"));
    m_jobs->setToolTip(tr("How many identities are tried at once"));
    auto *jobsLabel = new QLabel(tr("Concurrent &jobs:"));
    jobsLabel->setBuddy(m_jobs);

    m_rate->setObjectName(u"rateSpin"_s);
    m_rate->setRange(0, 1000);
    m_rate->setDecimals(2);
    m_rate->setValue(0);
    m_rate->setSpecialValueText(tr("No limit"));
    m_rate->setSuffix(tr(" per second"));
    m_rate->setAccessibleName(tr("Rate limit, identities started per second"));
    m_rate->setToolTip(tr("At most this many identities are started per second"));
    auto *rateLabel = new QLabel(tr("&Rate limit:"));
    rateLabel->setBuddy(m_rate);

    m_policies->setObjectName(u"policiesEdit"_s);
    m_policies->setPlaceholderText(tr("Policy OIDs, separated by spaces"));
    m_policies->setAccessibleName(tr("Expected policies"));
    m_policies->setToolTip(
        tr("An identity whose session lacks one of these policies counts as failing"));
    m_policies->setClearButtonEnabled(true);
    auto *policiesLabel = new QLabel(tr("Expected polic&ies:"));
    policiesLabel->setBuddy(m_policies);

    m_fresh->setObjectName(u"freshCheck"_s);
    m_fresh->setText(tr("Request ne&w sessions"));
    m_fresh->setToolTip(tr("Ask the server for every identity, even one with a valid cached "
                           "session; a check never caches the sessions it gets"));

    m_start->setObjectName(u"startButton"_s);
    m_start->setText(tr("&Start"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &CheckWindow::start);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Stop the check (Esc)"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &CheckWindow::cancel);

    m_progress->setObjectName(u"checkProgress"_s);
    m_progress->setAccessibleName(tr("Check progress"));
    m_progress->setTextVisible(true);

    m_summary->setObjectName(u"checkSummary"_s);
    m_summary->setAccessibleName(tr("Check summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(u"checkResults"_s);
    m_table->setAccessibleName(tr("Check results"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next control instead of walking its cells.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    // Unsorted at first: the rows in the order they are checked, until a header is clicked.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CheckResultModel::MessageColumn, QHeaderView::Stretch);
    // Fixed widths, so columns do not jump while rows fill in: each fits its usual texts (and
    // the result's icon, and the sort arrow); the message takes the rest, its whole text in the
    // tooltip, as the profile's name is. Rarer, longer texts are elided, with the same tooltip.
    const int ch = fontMetrics().averageCharWidth();
    const QFontMetrics cellText = m_table->fontMetrics();
    const QFontMetrics headerText = header->fontMetrics();
    m_table->setColumnWidth(CheckResultModel::ProfileColumn, 24 * ch);
    for (int column = CheckResultModel::ResultColumn; column < CheckResultModel::ColumnCount;
         ++column) {
        if (column == CheckResultModel::MessageColumn)
            continue;
        const QStringList texts = m_model->typicalTexts(column);
        int width = headerText.horizontalAdvance(texts.first()) + 2 * ch + headerText.height();
        int cell = 0;
        for (const QString &text : texts.mid(1))
            cell = std::max(cell, cellText.horizontalAdvance(text));
        if (column == CheckResultModel::ResultColumn)
            cell += style()->pixelMetric(QStyle::PM_SmallIconSize) + ch;
        m_table->setColumnWidth(column, std::max(width, cell + 2 * ch));
    }

    m_export->setObjectName(u"exportButton"_s);
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Save the results as CSV or JSON (no tokens)"));
    m_export->setAutoDefault(false);
    connect(m_export, &QPushButton::clicked, this, &CheckWindow::exportResults);
    m_close->setObjectName(u"closeButton"_s);
    m_close->setText(tr("Cl&ose"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

    auto *options = new QGridLayout;
    options->addWidget(scopeLabel, 0, 0);
    options->addWidget(m_scope, 0, 1);
    options->addWidget(jobsLabel, 0, 2);
    options->addWidget(m_jobs, 0, 3);
    options->addWidget(policiesLabel, 1, 0);
    options->addWidget(m_policies, 1, 1);
    options->addWidget(rateLabel, 1, 2);
    options->addWidget(m_rate, 1, 3);
    options->addWidget(m_fresh, 2, 1, 1, 3);
    options->setColumnStretch(1, 1);

    auto *run = new QHBoxLayout;
    run->addWidget(m_start);
    run->addWidget(m_cancel);
    run->addWidget(m_progress, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_export);
    bottom->addStretch();
    bottom->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addLayout(run);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    // In reading order: what, how, go, the results, what to do with them.
    const QList<QWidget *> order {m_scope, m_jobs,   m_policies, m_rate,   m_fresh,
                                  m_start, m_cancel, m_table,    m_export, m_close};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void CheckWindow::setProfiles(const QList<Profile> &all, const QList<QUuid> &selected)
{
    m_all = all;
    m_selected.clear();
    for (const QUuid &uuid : selected) {
        if (std::any_of(all.cbegin(), all.cend(), [&](const Profile &p) { return p.uuid == uuid; }))
            m_selected << uuid;
    }
    fillScope();
}

void CheckWindow::fillScope()
{
    const QString chosen = m_scope->currentData().toString();
    QStringList tags;
    for (const Profile &p : std::as_const(m_all))
        tags += p.tags;
    tags = normalizeTags(tags);
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    if (!m_selected.isEmpty())
        m_scope->addItem(tr("Selected (%n)", nullptr, int(m_selected.size())), SelectionKey);
    for (const QString &tag : std::as_const(tags)) {
        const auto count = std::count_if(m_all.cbegin(), m_all.cend(),
                                         [&](const Profile &p) { return p.hasAnyTag({tag}); });
        m_scope->addItem(tr("Tag %1 (%n)", nullptr, int(count)).arg(oneLineText(tag)),
                         QString(TagPrefix + tag));
    }
    m_scope->addItem(tr("All profiles (%n)", nullptr, int(m_all.size())), AllKey);
    const int kept = m_scope->findData(chosen);
    m_scope->setCurrentIndex(kept >= 0 ? kept : 0);
    updateState();
}

void CheckWindow::chooseSelection()
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(SelectionKey)));
}

void CheckWindow::chooseAll()
{
    m_scope->setCurrentIndex(m_scope->findData(AllKey));
}

bool CheckWindow::chooseTag(const QString &tag)
{
    const int index = m_scope->findData(QString(TagPrefix + tag));
    if (index >= 0)
        m_scope->setCurrentIndex(index);
    return index >= 0;
}

QList<Profile> CheckWindow::chosenProfiles() const
{
    const QString key = m_scope->currentData().toString();
    QList<Profile> chosen;
    for (const Profile &p : m_all) {
        if (key == AllKey || (key == SelectionKey && m_selected.contains(p.uuid))
            || (key.startsWith(TagPrefix) && p.hasAnyTag({key.mid(TagPrefix.size())})))
            chosen << p;
    }
    return chosen;
}

const IdentityCheck *CheckWindow::check() const
{
    return m_check;
}

bool CheckWindow::isRunning() const
{
    return m_check && !m_check->isFinished();
}

std::optional<QStringList> CheckWindow::expectedPolicies()
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    const QStringList oids = m_policies->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &oid : oids) {
        if (containsForbiddenCharacter(oid)) {
            m_summary->setText(tr("The expected policies need policy OIDs, such as "
                                  "1.3.6.1.4.1.33349.3.1.5.9.2.1.0, separated by spaces."));
            m_policies->setFocus(Qt::OtherFocusReason);
            return std::nullopt;
        }
    }
    return oids;
}

void CheckWindow::start()
{
    if (isRunning())
        return;
    const QList<Profile> profiles = chosenProfiles();
    if (profiles.isEmpty()) {
        m_summary->setText(tr("There are no profiles to check."));
        return;
    }
    const auto policies = expectedPolicies();
    if (!policies)
        return;
    IdentityCheckOptions options;
    options.jobs = m_jobs->value();
    options.ratePerSecond = m_rate->value();
    options.expectedPolicies = *policies;
    options.session = m_defaults;
    options.session.fresh = m_fresh->isChecked();

    if (m_check)
        m_check->deleteLater(); // finished; the new check's rows replace its own
    m_model->reset(profiles);
    auto *check = new IdentityCheck(m_workspace.sessions(), m_clock, profiles, options, this);
    m_check = check;
    const auto present = [this, check](qsizetype index) {
        m_model->update(index, check->results().at(index));
        updateProgress();
    };
    connect(check, &IdentityCheck::identityStarted, this, present);
    connect(check, &IdentityCheck::identityChecked, this, present);
    connect(check, &IdentityCheck::finished, this, [this] {
        updateState();
        m_summary->setText(summaryText());
        m_table->setFocus(Qt::OtherFocusReason);
        Q_EMIT checkFinished();
    });
    m_summary->clear();
    check->start();
    updateState();
    m_cancel->setFocus(Qt::OtherFocusReason);
}

void CheckWindow::cancel()
{
    if (isRunning())
        m_check->cancel();
}

void CheckWindow::updateProgress()
{
    const int total = m_check ? int(m_check->results().size()) : 0;
    const int done = m_check ? int(m_check->doneCount()) : 0;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    const QString text = m_check ? tr("%1 of %2 checked").arg(done).arg(total) : tr("Not started");
    m_progress->setFormat(text);
    m_progress->setAccessibleDescription(text);
}

void CheckWindow::updateState()
{
    const bool running = isRunning();
    m_start->setEnabled(!running && !chosenProfiles().isEmpty());
    m_cancel->setEnabled(running);
    m_export->setEnabled(m_check && !running);
    for (QWidget *w : {static_cast<QWidget *>(m_scope), static_cast<QWidget *>(m_jobs),
                       static_cast<QWidget *>(m_rate), static_cast<QWidget *>(m_policies),
                       static_cast<QWidget *>(m_fresh)})
        w->setEnabled(!running);
    updateProgress();
}

QString CheckWindow::summaryText() const
{
    if (!m_check)
        return {};
    const QList<IdentityResult> &results = m_check->results();
    const auto count = [&](IdentityResult::Outcome outcome) {
        return int(std::count_if(results.cbegin(), results.cend(),
                                 [&](const IdentityResult &r) { return r.outcome == outcome; }));
    };
    QString text = tr("%1 of %n identities work.", nullptr, int(results.size()))
                       .arg(count(IdentityResult::Outcome::Ok));
    if (const int skipped = count(IdentityResult::Outcome::Skipped))
        text += u' ' + tr("%n skipped: the password is asked for each time.", nullptr, skipped);
    const bool cancelled =
        std::any_of(results.cbegin(), results.cend(), [](const IdentityResult &r) {
            return r.error && r.error->kind == ErrorKind::Interrupted;
        });
    if (cancelled)
        text += u' ' + tr("The check was cancelled.");
    return text;
}

QString CheckWindow::exportTo(const QString &path, ExportFormat format) const
{
    if (!m_check)
        return tr("There are no results to export yet.");
    // The message is the core's sentence, as the table shows it.
    QByteArray bytes;
    if (format == ExportFormat::Json) {
        bytes = QJsonDocument(IdentityCheck::toJson(m_check->results())).toJson();
    } else {
        QString text = IdentityCheck::csvHeader();
        for (const IdentityResult &r : m_check->results())
            text += IdentityCheck::toCsv(r);
        bytes = text.toUtf8();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("The results could not be written to %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void CheckWindow::exportResults()
{
    if (!m_check || isRunning())
        return;
    const QString csv = tr("CSV files (*.csv)");
    const QString json = tr("JSON files (*.json)");
    auto *dialog =
        new QFileDialog(this, tr("Export check results"), QString(), csv + u";;"_s + json);
    dialog->setObjectName(u"exportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(u"identity-check.csv"_s);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, json](const QString &filter) {
        dialog->setDefaultSuffix(filter == json ? u"json"_s : u"csv"_s);
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const ExportFormat format =
            path.endsWith(u".json"_s, Qt::CaseInsensitive) ? ExportFormat::Json : ExportFormat::Csv;
        const QString problem = exportTo(path, format);
        m_summary->setText(
            problem.isEmpty()
                ? tr("Exported to %1 (no tokens).").arg(QDir::toNativeSeparators(path))
                : problem);
    });
    // open(), not exec(): the check window's event loop is never nested.
    dialog->open();
}

void CheckWindow::reject()
{
    // Esc stops a running check first; once it has stopped, Esc closes the window.
    if (isRunning() && !m_closing)
        return cancel();
    QDialog::reject();
}

void CheckWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window stops the check: nobody would see its results.
    m_closing = true;
    cancel();
    QDialog::closeEvent(event);
    m_closing = false;
}

} // namespace sdsm::gui
