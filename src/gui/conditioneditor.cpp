// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditioneditor.h"

#include "rulechecks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Switchyard::Gui {

namespace {

using Config::RuleCondition;
using Kind = RuleCondition::Kind;

enum Page
{
    GroupPage,
    NamesPage,
    HeaderPage,
    TokensPage,
    FlagPage,
    MessagePage,
    TimePage,
    SpendPage
};

enum HeaderOp
{
    HeaderPresent,
    HeaderAbsent,
    HeaderEquals,
    HeaderMatches
};

enum TokensOp
{
    AtLeast,
    AtMost,
    Between
};

constexpr Kind kKinds[] = {Kind::Model,     Kind::App,      Kind::Header, Kind::PromptTokens,
                           Kind::HasImages, Kind::HasTools, Kind::Stream, Kind::LastUserMessage,
                           Kind::Time,      Kind::Spend,    Kind::All,    Kind::Any,
                           Kind::Not};

Page pageOf(Kind kind)
{
    switch (kind) {
    case Kind::All:
    case Kind::Any:
    case Kind::Not: return GroupPage;
    case Kind::Model:
    case Kind::App: return NamesPage;
    case Kind::Header: return HeaderPage;
    case Kind::PromptTokens: return TokensPage;
    case Kind::HasImages:
    case Kind::HasTools:
    case Kind::Stream: return FlagPage;
    case Kind::LastUserMessage: return MessagePage;
    case Kind::Time: return TimePage;
    case Kind::Spend: return SpendPage;
    }
    return GroupPage;
}

template<typename W> W *named(W *w, const char *name, const QString &accessible)
{
    w->setObjectName(QLatin1StringView(name));
    w->setAccessibleName(accessible);
    return w;
}

} // namespace

ConditionEditor::ConditionEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *kindRow = new QFormLayout;
    m_kind = named(new QComboBox(this), "rulesConditionKindComboBox", tr("Condition"));
    for (Kind k : kKinds)
        m_kind->addItem(RuleChecks::kindName(k), int(k));
    auto *kindLabel = new QLabel(tr("&Condition:"), this);
    kindLabel->setBuddy(m_kind);
    kindRow->addRow(kindLabel, m_kind);
    layout->addLayout(kindRow);

    m_pages = named(new QStackedWidget(this), "rulesConditionStackedWidget", tr("Condition settings"));
    layout->addWidget(m_pages);

    // Group: its conditions are the tree's children.
    auto *group = new QLabel(tr("A group holds conditions: add them with the buttons above the tree. "
                                "\"Not\" holds exactly one."),
                             m_pages);
    group->setObjectName(QStringLiteral("rulesConditionGroupLabel"));
    group->setWordWrap(true);
    m_pages->addWidget(group);

    auto addForm = [this] {
        auto *page = new QWidget(m_pages);
        auto *form = new QFormLayout(page);
        form->setContentsMargins(0, 0, 0, 0);
        m_pages->addWidget(page);
        return form;
    };
    auto row = [](QFormLayout *form, const QString &label, QWidget *field) {
        auto *l = new QLabel(label, field->parentWidget());
        l->setBuddy(field);
        form->addRow(l, field);
    };

    QFormLayout *names = addForm();
    m_names =
        named(new QLineEdit(names->parentWidget()), "rulesConditionNamesLineEdit", tr("Names or patterns"));
    m_names->setPlaceholderText(tr("gpt-4o, claude-*  (comma-separated; * and ? are wildcards)"));
    row(names, tr("&Is one of:"), m_names);

    QFormLayout *header = addForm();
    m_headerName =
        named(new QLineEdit(header->parentWidget()), "rulesConditionHeaderNameLineEdit", tr("Header name"));
    m_headerName->setPlaceholderText(tr("x-team"));
    m_headerOp = named(new QComboBox(header->parentWidget()), "rulesConditionHeaderOperatorComboBox",
                       tr("Header test"));
    m_headerOp->addItem(tr("is present"), HeaderPresent);
    m_headerOp->addItem(tr("is absent"), HeaderAbsent);
    m_headerOp->addItem(tr("equals one of"), HeaderEquals);
    m_headerOp->addItem(tr("matches the regular expression"), HeaderMatches);
    m_headerValue =
        named(new QLineEdit(header->parentWidget()), "rulesConditionHeaderValueLineEdit", tr("Header value"));
    row(header, tr("&Header:"), m_headerName);
    row(header, tr("&Test:"), m_headerOp);
    row(header, tr("&Value:"), m_headerValue);

    QFormLayout *tokens = addForm();
    m_tokensOp = named(new QComboBox(tokens->parentWidget()), "rulesConditionTokensOperatorComboBox",
                       tr("Prompt token test"));
    m_tokensOp->addItem(tr("at least"), AtLeast);
    m_tokensOp->addItem(tr("at most"), AtMost);
    m_tokensOp->addItem(tr("between (inclusive)"), Between);
    m_tokensMin = named(new QSpinBox(tokens->parentWidget()), "rulesConditionTokensMinSpinBox",
                        tr("Minimum prompt tokens"));
    m_tokensMax = named(new QSpinBox(tokens->parentWidget()), "rulesConditionTokensMaxSpinBox",
                        tr("Maximum prompt tokens"));
    for (QSpinBox *s : {m_tokensMin, m_tokensMax}) {
        s->setRange(0, 1'000'000'000);
        s->setGroupSeparatorShown(true);
    }
    row(tokens, tr("&Prompt tokens (estimated):"), m_tokensOp);
    row(tokens, tr("M&inimum:"), m_tokensMin);
    row(tokens, tr("M&aximum:"), m_tokensMax);

    QFormLayout *flag = addForm();
    m_flag = named(new QComboBox(flag->parentWidget()), "rulesConditionFlagComboBox", tr("Expected value"));
    m_flag->addItem(tr("yes"), true);
    m_flag->addItem(tr("no"), false);
    row(flag, tr("&Is:"), m_flag);

    QFormLayout *message = addForm();
    m_messageOp = named(new QComboBox(message->parentWidget()), "rulesConditionMessageOperatorComboBox",
                        tr("Message test"));
    m_messageOp->addItem(tr("contains the keyword (any case)"), false);
    m_messageOp->addItem(tr("matches the regular expression"), true);
    m_messageText = named(new QLineEdit(message->parentWidget()), "rulesConditionMessageLineEdit",
                          tr("Keyword or regular expression"));
    row(message, tr("&Test:"), m_messageOp);
    row(message, tr("&Text:"), m_messageText);

    QFormLayout *time = addForm();
    m_allDay = named(new QCheckBox(tr("The &whole day"), time->parentWidget()),
                     "rulesConditionAllDayCheckBox", tr("The whole day"));
    m_from =
        named(new QTimeEdit(time->parentWidget()), "rulesConditionFromTimeEdit", tr("From (local time)"));
    m_to = named(new QTimeEdit(time->parentWidget()), "rulesConditionToTimeEdit",
                 tr("Until (local time, not included)"));
    m_from->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("HH:mm"));
    time->addRow(m_allDay);
    row(time, tr("&From:"), m_from);
    row(time, tr("&Until:"), m_to);
    auto *days = new QWidget(time->parentWidget());
    auto *daysLayout = new QGridLayout(days); // two rows: the page stays narrow beside the tester
    daysLayout->setContentsMargins(0, 0, 0, 0);
    const std::pair<const char *, QString> dayNames[] = {
        {"rulesConditionMonCheckBox", tr("Mon")}, {"rulesConditionTueCheckBox", tr("Tue")},
        {"rulesConditionWedCheckBox", tr("Wed")}, {"rulesConditionThuCheckBox", tr("Thu")},
        {"rulesConditionFriCheckBox", tr("Fri")}, {"rulesConditionSatCheckBox", tr("Sat")},
        {"rulesConditionSunCheckBox", tr("Sun")}};
    for (const auto &[name, text] : dayNames) {
        auto *box = named(new QCheckBox(text, days), name, text);
        daysLayout->addWidget(box, int(m_days.size()) / 4, int(m_days.size()) % 4);
        m_days.append(box);
    }
    time->addRow(tr("Days:"), days);

    QFormLayout *spend = addForm();
    m_spendScope =
        named(new QComboBox(spend->parentWidget()), "rulesConditionSpendScopeComboBox", tr("Whose spend"));
    m_spendScope->addItem(tr("the app's"), QStringLiteral("app"));
    m_spendScope->addItem(tr("the route's"), QStringLiteral("route"));
    m_spendScope->addItem(tr("everything's"), QStringLiteral("total"));
    m_spendPeriod =
        named(new QComboBox(spend->parentWidget()), "rulesConditionSpendPeriodComboBox", tr("Period"));
    m_spendPeriod->addItem(tr("today"), QStringLiteral("day"));
    m_spendPeriod->addItem(tr("this month"), QStringLiteral("month"));
    m_spendAmount = named(new QDoubleSpinBox(spend->parentWidget()), "rulesConditionSpendAmountDoubleSpinBox",
                          tr("At or above, in US dollars"));
    m_spendAmount->setRange(0, 1'000'000);
    m_spendAmount->setDecimals(2);
    m_spendAmount->setPrefix(QStringLiteral("$"));
    row(spend, tr("&Spend:"), m_spendScope);
    row(spend, tr("&Period:"), m_spendPeriod);
    row(spend, tr("At or &above:"), m_spendAmount);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("rulesConditionProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 2px;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConditionEditor::kindChosen);
    for (QLineEdit *e : {m_names, m_headerName, m_headerValue, m_messageText})
        connect(e, &QLineEdit::textEdited, this, &ConditionEditor::changed);
    for (QComboBox *c : {m_headerOp, m_tokensOp, m_flag, m_messageOp, m_spendScope, m_spendPeriod})
        connect(c, &QComboBox::currentIndexChanged, this, &ConditionEditor::changed);
    for (QSpinBox *s : {m_tokensMin, m_tokensMax})
        connect(s, &QSpinBox::valueChanged, this, &ConditionEditor::changed);
    connect(m_spendAmount, &QDoubleSpinBox::valueChanged, this, &ConditionEditor::changed);
    for (QTimeEdit *t : {m_from, m_to})
        connect(t, &QTimeEdit::timeChanged, this, &ConditionEditor::changed);
    connect(m_allDay, &QCheckBox::toggled, this, &ConditionEditor::changed);
    for (QCheckBox *d : std::as_const(m_days))
        connect(d, &QCheckBox::toggled, this, &ConditionEditor::changed);
    setCondition(RuleCondition());
}

RuleCondition ConditionEditor::defaultFor(Kind kind)
{
    RuleCondition c;
    c.kind = kind;
    switch (kind) {
    case Kind::PromptTokens: c.min = 1000; break;
    case Kind::Time:
        c.fromMinute = 9 * 60;
        c.toMinute = 18 * 60;
        break;
    case Kind::Spend:
        c.scope = QStringLiteral("app");
        c.period = QStringLiteral("day");
        c.min = 0;
        break;
    default: break;
    }
    return c;
}

void ConditionEditor::setCondition(const RuleCondition &condition)
{
    m_loading = true;
    m_condition = condition;
    m_condition.children.clear();
    const RuleCondition &c = m_condition;
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    m_pages->setCurrentIndex(pageOf(c.kind));
    m_names->setText(c.values.join(QLatin1String(", ")));
    m_headerName->setText(c.name);
    const HeaderOp op = !c.values.isEmpty()    ? HeaderEquals
                        : !c.pattern.isEmpty() ? HeaderMatches
                        : c.present            ? HeaderPresent
                                               : HeaderAbsent;
    if (c.kind == Kind::Header) {
        m_headerOp->setCurrentIndex(m_headerOp->findData(op));
        m_headerValue->setText(op == HeaderEquals ? c.values.join(QLatin1String(", ")) : c.pattern);
    }
    m_tokensOp->setCurrentIndex(m_tokensOp->findData(c.min >= 0 && c.max >= 0 ? Between
                                                     : c.max >= 0             ? AtMost
                                                                              : AtLeast));
    m_tokensMin->setValue(int(qMax<qint64>(0, c.min)));
    m_tokensMax->setValue(int(qMax<qint64>(0, c.max)));
    m_flag->setCurrentIndex(c.flag ? 0 : 1);
    m_messageOp->setCurrentIndex(c.pattern.isEmpty() ? 0 : 1);
    if (c.kind == Kind::LastUserMessage)
        m_messageText->setText(c.pattern.isEmpty() ? c.contains : c.pattern);
    m_allDay->setChecked(c.fromMinute < 0);
    const int from = qMax(0, c.fromMinute);
    const int to = qMax(0, c.toMinute) % (24 * 60); // 24:00 shows as 00:00 (the end of the day)
    m_from->setTime(QTime(from / 60, from % 60));
    m_to->setTime(QTime(to / 60, to % 60));
    for (int i = 0; i < m_days.size(); ++i)
        m_days[i]->setChecked(c.days & (1u << i));
    m_spendScope->setCurrentIndex(qMax(0, m_spendScope->findData(c.scope)));
    m_spendPeriod->setCurrentIndex(qMax(0, m_spendPeriod->findData(c.period)));
    m_spendAmount->setValue(double(qMax<qint64>(0, c.min)) / 1e6);
    updateEnabled();
    m_loading = false;
}

RuleCondition ConditionEditor::condition() const
{
    return m_condition;
}

void ConditionEditor::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ConditionEditor::kindChosen()
{
    if (m_loading)
        return;
    const auto kind = Kind(m_kind->currentData().toInt());
    RuleCondition next = defaultFor(kind);
    // Between model and app, and between the yes/no kinds, what was typed carries over.
    if ((kind == Kind::Model || kind == Kind::App) &&
        (m_condition.kind == Kind::Model || m_condition.kind == Kind::App))
        next.values = m_condition.values;
    if (pageOf(kind) == FlagPage && pageOf(m_condition.kind) == FlagPage)
        next.flag = m_condition.flag;
    setCondition(next);
    Q_EMIT edited();
}

void ConditionEditor::changed()
{
    if (m_loading)
        return;
    RuleCondition &c = m_condition;
    switch (c.kind) {
    case Kind::All:
    case Kind::Any:
    case Kind::Not: break;
    case Kind::Model:
    case Kind::App: c.values = RuleChecks::splitList(m_names->text()); break;
    case Kind::Header: {
        c.name = m_headerName->text().trimmed().toLower();
        const auto op = HeaderOp(m_headerOp->currentData().toInt());
        c.values = op == HeaderEquals ? RuleChecks::splitList(m_headerValue->text()) : QStringList();
        c.pattern = op == HeaderMatches ? m_headerValue->text() : QString();
        c.present = op != HeaderAbsent;
        break;
    }
    case Kind::PromptTokens: {
        const auto op = TokensOp(m_tokensOp->currentData().toInt());
        c.min = op == AtMost ? -1 : m_tokensMin->value();
        c.max = op == AtLeast ? -1 : m_tokensMax->value();
        break;
    }
    case Kind::HasImages:
    case Kind::HasTools:
    case Kind::Stream: c.flag = m_flag->currentData().toBool(); break;
    case Kind::LastUserMessage:
        if (m_messageOp->currentData().toBool()) {
            c.pattern = m_messageText->text();
            c.contains.clear();
        } else {
            c.contains = m_messageText->text();
            c.pattern.clear();
        }
        break;
    case Kind::Time: {
        if (m_allDay->isChecked()) {
            c.fromMinute = -1;
            c.toMinute = -1;
        } else {
            c.fromMinute = m_from->time().hour() * 60 + m_from->time().minute();
            c.toMinute = m_to->time().hour() * 60 + m_to->time().minute();
            if (c.toMinute == 0 && c.fromMinute > 0)
                c.toMinute = 24 * 60; // "until 00:00": the end of the day, as the config writes it
        }
        c.days = 0;
        for (int i = 0; i < m_days.size(); ++i) {
            if (m_days[i]->isChecked())
                c.days |= quint8(1u << i);
        }
        break;
    }
    case Kind::Spend:
        c.scope = m_spendScope->currentData().toString();
        c.period = m_spendPeriod->currentData().toString();
        c.min = qRound64(m_spendAmount->value() * 1e6);
        break;
    }
    updateEnabled();
    Q_EMIT edited();
}

void ConditionEditor::updateEnabled()
{
    const auto headerOp = HeaderOp(m_headerOp->currentData().toInt());
    m_headerValue->setEnabled(headerOp == HeaderEquals || headerOp == HeaderMatches);
    const auto tokensOp = TokensOp(m_tokensOp->currentData().toInt());
    m_tokensMin->setEnabled(tokensOp != AtMost);
    m_tokensMax->setEnabled(tokensOp != AtLeast);
    m_from->setEnabled(!m_allDay->isChecked());
    m_to->setEnabled(!m_allDay->isChecked());
}

} // namespace Switchyard::Gui
