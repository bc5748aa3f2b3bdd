// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagechart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace Switchyard::Gui {

namespace {

// Past this many bars, only every few are named on the axis.
constexpr int kMaxAxisLabels = 12;

// What a bar's height is drawn in: dollars for money (the table keeps micro-dollars).
double drawn(ChartTable::Unit unit, double value)
{
    return unit == ChartTable::Unit::Micros ? value / 1e6 : value;
}

QString axisFormat(ChartTable::Unit unit, double max)
{
    switch (unit) {
    case ChartTable::Unit::Micros: return max < 0.1 ? QStringLiteral("$%.4f") : QStringLiteral("$%.2f");
    case ChartTable::Unit::Percent: return QStringLiteral("%.0f %%");
    case ChartTable::Unit::Milliseconds: return QStringLiteral("%d ms");
    case ChartTable::Unit::Count:
    case ChartTable::Unit::Tokens: break;
    }
    return QStringLiteral("%d");
}

} // namespace

UsageChart::UsageChart(const QString &name, const QString &accessibleName, QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)), m_summary(new QLabel(this))
{
    setObjectName(name + QStringLiteral("UsageChart"));
    setAccessibleName(accessibleName);
    m_view->setObjectName(name + QStringLiteral("ChartView"));
    m_view->setAccessibleName(accessibleName);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    // Keyboard users reach the numbers through the summary and the CSV export; the view takes focus so
    // that Tab passes through the chart in order.
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_summary->setObjectName(name + QStringLiteral("SummaryLabel"));
    m_summary->setAccessibleName(tr("%1: summary").arg(accessibleName));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_chart->setAnimationOptions(QChart::NoAnimation); // a refresh every few seconds must not replay one
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    applyPalette();
}

UsageChart::~UsageChart() = default;

void UsageChart::setTable(const ChartTable &table)
{
    m_table = table;
    rebuild();
    m_summary->setText(m_table.summary);
}

QString UsageChart::summaryText() const
{
    return m_summary->text();
}

void UsageChart::rebuild()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle(m_table.title);
    if (m_table.series.isEmpty() || m_table.categories.isEmpty())
        return;
    QAbstractBarSeries *bars = m_table.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                               : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double max = 0;
    for (int s = 0; s < m_table.series.size(); ++s) {
        auto *set = new QBarSet(m_table.series[s].name);
        for (int c = 0; c < m_table.categoryCount(); ++c)
            set->append(drawn(m_table.unit, m_table.value(c, s)));
        connect(set, &QBarSet::hovered, this, [this, s](bool status, int index) {
            if (status)
                QToolTip::showText(QCursor::pos(), tooltipText(index, s), m_view);
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this, [this, s](int index) { activateBar(index, s); });
        bars->append(set);
    }
    for (int c = 0; c < m_table.categoryCount(); ++c) {
        if (m_table.stacked) {
            max = std::max(max, drawn(m_table.unit, m_table.categoryTotal(c)));
        } else {
            for (int s = 0; s < m_table.series.size(); ++s)
                max = std::max(max, drawn(m_table.unit, m_table.value(c, s)));
        }
    }
    m_chart->addSeries(bars);
    QAbstractAxis *x = nullptr;
    const int n = m_table.categoryCount();
    if (n > kMaxAxisLabels) {
        // Thirty labels side by side do not fit: bars stand at 0, 1, 2… on a value axis that names
        // every few of them (the tooltip names each bar in full).
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setRange(-0.5, n - 0.5);
        axis->setStartValue(-0.5);
        axis->setGridLineVisible(false);
        const int step = (n + kMaxAxisLabels - 1) / kMaxAxisLabels;
        for (int c = (n - 1) % step; c < n; c += step) // the newest bar always named
            axis->append(m_table.categories[c], c);
        x = axis;
    } else {
        auto *axis = new QBarCategoryAxis;
        axis->append(m_table.categories);
        x = axis;
    }
    auto *y = new QValueAxis;
    const double top = max > 0 ? max * 1.1 : (m_table.unit == ChartTable::Unit::Micros ? 0.01 : 1.0);
    y->setRange(0, top);
    y->applyNiceNumbers();
    y->setLabelFormat(axisFormat(m_table.unit, top));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    m_chart->legend()->setVisible(m_table.series.size() > 1);
    applyPalette();
}

QString UsageChart::tooltipText(int category, int seriesIndex) const
{
    return m_table.tooltip(category, seriesIndex);
}

void UsageChart::activateBar(int category, int seriesIndex)
{
    if (category < 0 || category >= m_table.categoryCount())
        return;
    Q_EMIT barActivated(m_table.filterFor(category, seriesIndex));
}

bool UsageChart::exportPng(const QString &path, QString *error) const
{
    const QPixmap pixmap = m_view->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error =
                file.errorString().isEmpty() ? tr("The image could not be written.") : file.errorString();
        return false;
    }
    return true;
}

bool UsageChart::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray csv = m_table.toCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void UsageChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

// The chart follows the application's palette (a dark theme included) instead of its own light theme.
void UsageChart::applyPalette()
{
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.base());
    m_chart->setTitleBrush(p.text());
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setGridLineColor(p.color(QPalette::Mid));
    }
}

} // namespace Switchyard::Gui
