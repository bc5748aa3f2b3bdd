// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceeditor.h"

#include "appcontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Switchyard::Gui {

namespace {

// Micro-dollars per 1M tokens as the user reads them: dollars, without trailing zeros.
QString dollars(qint64 micros)
{
    return micros < 0 ? QString()
                      : QLocale::c()
                            .toString(double(micros) / 1e6, 'f', 6)
                            .remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

} // namespace

PriceEditor::PriceEditor(AppController *controller, QWidget *parent)
    : QGroupBox(tr("Your prices (US$ per 1M tokens, over the built-in catalog)"), parent),
      m_controller(controller), m_table(new QTableWidget(0, ColumnCount, this)),
      m_add(new QPushButton(tr("Add pri&ce"), this)), m_remove(new QPushButton(tr("Remove price"), this)),
      m_save(new QPushButton(tr("Save prices"), this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("pricesGroupBox"));
    m_table->setObjectName(QStringLiteral("pricesTableWidget"));
    m_table->setAccessibleName(tr("Your prices"));
    m_table->setHorizontalHeaderLabels(
        {tr("Provider"), tr("Model"), tr("Input"), tr("Output"), tr("Cached input"), tr("Cache write")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setToolTip(
        tr("Provider: a provider's name, a preset (e.g. openai) or a kind. Model: exact, or the "
           "name of dated versions (gpt-4o covers gpt-4o-2024-08-06). Cached input and cache "
           "write may stay empty: they are then billed at the input rate."));
    m_table->setMinimumHeight(110);
    m_add->setObjectName(QStringLiteral("addPriceButton"));
    m_remove->setObjectName(QStringLiteral("removePriceButton"));
    m_remove->setAccessibleName(tr("Remove the selected price"));
    m_save->setObjectName(QStringLiteral("savePricesButton"));
    m_message->setObjectName(QStringLiteral("pricesMessageLabel"));
    m_message->setAccessibleName(tr("Result of saving the prices"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            m_dirty = true;
            updateButtons();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &PriceEditor::save);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        m_dirty = true;
        updateButtons();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PriceEditor::updateButtons);
    connect(m_controller, &AppController::configChanged, this, [this] {
        if (!m_dirty)
            load();
    });
    load();
}

void PriceEditor::load()
{
    const QSignalBlocker blocker(m_table);
    const QList<Config::PriceOverride> &prices = m_controller->config().prices;
    m_table->setRowCount(int(prices.size()));
    for (int row = 0; row < prices.size(); ++row) {
        const Config::PriceOverride &p = prices[row];
        const QStringList cells{
            p.provider,           p.model, dollars(p.input), dollars(p.output), dollars(p.cachedInput),
            dollars(p.cacheWrite)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_dirty = false;
    updateButtons();
}

void PriceEditor::addRow(const QString &provider, const QString &model)
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        const QStringList cells{provider, model, QString(), QString(), QString(), QString()};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_dirty = true;
    m_table->setCurrentCell(row, provider.isEmpty() ? ProviderColumn : InputColumn);
    m_table->editItem(m_table->currentItem());
    updateButtons();
}

void PriceEditor::save()
{
    QList<Config::PriceOverride> prices;
    QStringList problems;
    auto cell = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    // Dollars (a dot or the locale's decimal separator) to micro-dollars; empty → `empty`, bad → nullopt.
    auto micros = [](const QString &text, std::optional<qint64> empty) -> std::optional<qint64> {
        if (text.isEmpty())
            return empty;
        bool ok = false;
        double value = QLocale::c().toDouble(text, &ok);
        if (!ok)
            value = QLocale().toDouble(text, &ok);
        if (!ok || !std::isfinite(value) || value < 0 || value > 1e6)
            return std::nullopt;
        return qRound64(value * 1e6);
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Config::PriceOverride p;
        p.provider = cell(row, ProviderColumn);
        p.model = cell(row, ModelColumn);
        if (p.provider.isEmpty() && p.model.isEmpty() && cell(row, InputColumn).isEmpty() &&
            cell(row, OutputColumn).isEmpty())
            continue; // an empty row left over: nothing to save
        const std::optional<qint64> input = micros(cell(row, InputColumn), std::nullopt);
        const std::optional<qint64> output = micros(cell(row, OutputColumn), std::nullopt);
        const std::optional<qint64> cached = micros(cell(row, CachedInputColumn), qint64(-1));
        const std::optional<qint64> write = micros(cell(row, CacheWriteColumn), qint64(-1));
        if (p.provider.isEmpty() || p.model.isEmpty())
            problems << tr("Row %1: name the provider and the model.").arg(row + 1);
        else if (!input || !output)
            problems
                << tr("Row %1: the input and output prices must be numbers of dollars (0 or more), e.g. 2.5.")
                       .arg(row + 1);
        else if (!cached || !write)
            problems
                << tr("Row %1: the cached input and cache write prices must be empty or numbers of dollars.")
                       .arg(row + 1);
        else {
            p.input = *input;
            p.output = *output;
            p.cachedInput = *cached;
            p.cacheWrite = *write;
            prices.append(p);
        }
    }
    if (!problems.isEmpty()) {
        m_message->setText(tr("Not saved: %1").arg(problems.join(QLatin1Char(' '))));
        return;
    }
    Config::Config next = m_controller->config();
    next.prices = prices;
    QStringList errors;
    if (!m_controller->apply(next, &errors)) {
        m_message->setText(tr("Not saved: %1").arg(errors.join(QLatin1Char('\n'))));
        return;
    }
    load();
    m_message->setText(tr("Saved. Requests from now on are priced with them; those already recorded keep "
                          "the price they had."));
}

void PriceEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
    m_save->setEnabled(m_dirty);
}

} // namespace Switchyard::Gui
