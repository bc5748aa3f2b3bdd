// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttable.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace Switchyard::Gui {

// One bar chart of a ChartTable (stacked or grouped), with a summary line under it: exact values in
// a tooltip on hover, a click on a bar asks for the Logs of the requests it counts, and the chart can
// be saved as PNG and its data as CSV. The only class that knows Qt Charts draws it.
class UsageChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageChart)

public:
    // `name`: the object-name stem of this chart's widgets ("overviewSpend" → overviewSpendChartView…).
    UsageChart(const QString &name, const QString &accessibleName, QWidget *parent = nullptr);
    ~UsageChart() override;

    void setTable(const ChartTable &table);
    [[nodiscard]] const ChartTable &table() const { return m_table; }
    [[nodiscard]] QChart *chart() const { return m_chart; } // for the tests: the drawn series
    [[nodiscard]] QString summaryText() const;

    // What hovering and clicking bar `category` of series `series` do.
    [[nodiscard]] QString tooltipText(int category, int seriesIndex) const;
    void activateBar(int category, int seriesIndex);

    bool exportPng(const QString &path, QString *error) const;
    bool exportCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    void barActivated(const Switchyard::Usage::RowFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();

    ChartTable m_table;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_summary;
};

} // namespace Switchyard::Gui
