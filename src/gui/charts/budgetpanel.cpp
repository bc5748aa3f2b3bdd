// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetpanel.h"

#include "charttable.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Switchyard::Gui {

BudgetPanel::BudgetPanel(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewBudgetPanel"));
    setAccessibleName(tr("Budgets"));
    m_empty->setObjectName(QStringLiteral("overviewBudgetsEmptyLabel"));
    m_empty->setText(tr("No budgets set. Set an overall budget in Settings, or one per route or per app, and "
                        "watch them here."));
    m_empty->setWordWrap(true);
    m_grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addLayout(m_grid);
    layout->addStretch(1);
}

BudgetPanel::~BudgetPanel() = default;

QString BudgetPanel::title(const BudgetLine &line)
{
    const bool day = line.period == BudgetLine::Period::Day;
    switch (line.scope) {
    case BudgetLine::Scope::Overall: return day ? tr("Everything, today") : tr("Everything, this month");
    case BudgetLine::Scope::Route:
        return day ? tr("Route “%1”, today").arg(line.name) : tr("Route “%1”, this month").arg(line.name);
    case BudgetLine::Scope::App:
        return day ? tr("App “%1”, today").arg(line.name) : tr("App “%1”, this month").arg(line.name);
    }
    return {};
}

void BudgetPanel::style(QProgressBar *bar, BudgetForecast::State state)
{
    QPalette p = bar->parentWidget() ? bar->parentWidget()->palette() : bar->palette();
    switch (state) {
    case BudgetForecast::State::Normal: break;
    case BudgetForecast::State::Warning: p.setColor(QPalette::Highlight, QColor(0xe6, 0x8a, 0x00)); break;
    case BudgetForecast::State::Over: p.setColor(QPalette::Highlight, QColor(0xc6, 0x28, 0x28)); break;
    }
    bar->setPalette(p);
    bar->setProperty("budgetState", int(state));
}

void BudgetPanel::setLines(const QList<BudgetLine> &lines, qint64 nowMs)
{
    m_lines = lines;
    m_forecasts.clear();
    // Rows are made as budgets appear and kept, so a refresh does not rebuild the widgets under the mouse.
    while (m_rows.size() < lines.size()) {
        const int i = int(m_rows.size());
        Row row;
        row.name = new QLabel(this);
        row.name->setObjectName(QStringLiteral("overviewBudget%1NameLabel").arg(i));
        row.bar = new QProgressBar(this);
        row.bar->setObjectName(QStringLiteral("overviewBudget%1ProgressBar").arg(i));
        row.bar->setRange(0, 100);
        row.bar->setTextVisible(true);
        row.bar->setMinimumWidth(160);
        row.forecast = new QLabel(this);
        row.forecast->setObjectName(QStringLiteral("overviewBudget%1ForecastLabel").arg(i));
        row.forecast->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_grid->addWidget(row.name, i, 0);
        m_grid->addWidget(row.bar, i, 1);
        m_grid->addWidget(row.forecast, i, 2);
        m_rows.append(row);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const bool used = i < lines.size();
        row.name->setVisible(used);
        row.bar->setVisible(used);
        row.forecast->setVisible(used);
        if (!used)
            continue;
        const BudgetLine &line = lines[i];
        const BudgetForecast f = BudgetForecast::compute(line, nowMs);
        m_forecasts.append(f);
        const QString name = title(line);
        row.name->setText(name);
        row.bar->setAccessibleName(tr("%1: spend against the budget").arg(name));
        row.bar->setValue(qMin(100, f.percent()));
        row.bar->setFormat(tr("%1 of %2 (%3 %)")
                               .arg(ChartTable::usdShort(f.spentMicros), ChartTable::usdShort(f.limitMicros))
                               .arg(f.percent()));
        row.bar->setToolTip(tr("%1 of %2 spent (%3 %); warning at %4 %, requests are refused at the limit.")
                                .arg(ChartTable::usd(f.spentMicros), ChartTable::usd(f.limitMicros))
                                .arg(f.percent())
                                .arg(line.warnAtPercent));
        style(row.bar, f.state);
        row.forecast->setText(
            f.forecastOver ? tr("Forecast: %1, over the budget").arg(ChartTable::usdShort(f.forecastMicros))
                           : tr("Forecast: %1").arg(ChartTable::usdShort(f.forecastMicros)));
        row.forecast->setAccessibleName(tr("%1: forecast").arg(name));
        const QLocale locale;
        row.forecast->setToolTip(
            tr("A straight line from the spend so far: %1 in %2 of this period, continued to its end (%3 "
               "UTC). "
               "Periods are UTC days and months, as the gateway counts them.")
                .arg(ChartTable::usd(f.spentMicros),
                     tr("%L1 h").arg(double(qMax<qint64>(0, nowMs - f.periodStartMs)) / 3.6e6, 0, 'f', 1),
                     locale.toString(QDateTime::fromMSecsSinceEpoch(f.periodEndMs, Qt::UTC),
                                     QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    m_empty->setVisible(lines.isEmpty());
}

QString BudgetPanel::toCsv() const
{
    QString csv =
        QStringLiteral("budget,period_start,period_end,spent_usd,limit_usd,percent,forecast_usd\r\n");
    for (int i = 0; i < m_forecasts.size(); ++i) {
        const BudgetForecast &f = m_forecasts[i];
        const QStringList line{
            ChartTable::csvField(title(m_lines[i])),
            QDateTime::fromMSecsSinceEpoch(f.periodStartMs, Qt::UTC).toString(Qt::ISODate),
            QDateTime::fromMSecsSinceEpoch(f.periodEndMs, Qt::UTC).toString(Qt::ISODate),
            ChartTable::dollars(f.spentMicros),
            ChartTable::dollars(f.limitMicros),
            QString::number(f.percent()),
            ChartTable::dollars(f.forecastMicros),
        };
        csv += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace Switchyard::Gui
