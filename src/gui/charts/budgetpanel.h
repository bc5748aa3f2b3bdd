// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budgetforecast.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

namespace Switchyard::Gui {

// Every budget of the config as a bar of spend against its limit, with the forecast to the period's
// end beside it; the bar turns the warning colour past the budget's warning percentage and the error
// colour at the limit.
class BudgetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetPanel)

public:
    explicit BudgetPanel(QWidget *parent = nullptr);
    ~BudgetPanel() override;

    void setLines(const QList<BudgetLine> &lines, qint64 nowMs);
    [[nodiscard]] const QList<BudgetLine> &lines() const { return m_lines; }
    [[nodiscard]] const QList<BudgetForecast> &forecasts() const { return m_forecasts; }
    [[nodiscard]] QString toCsv() const; // RFC 4180, money in dollars

    static QString title(const BudgetLine &line);
    // The progress bar's look for a state (also what the tests read back from its "budgetState").
    static void style(QProgressBar *bar, BudgetForecast::State state);

private:
    struct Row
    {
        QLabel *name = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *forecast = nullptr;
    };

    QList<BudgetLine> m_lines;
    QList<BudgetForecast> m_forecasts;
    QList<Row> m_rows;
    QGridLayout *m_grid;
    QLabel *m_empty;
};

} // namespace Switchyard::Gui
