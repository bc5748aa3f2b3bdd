// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/usagestore.h"

#include <QAbstractTableModel>
#include <QList>

namespace Switchyard::Gui {

// The busiest provider/models of a period for the Overview: a thin adapter over the store's rollup
// rows grouped by model, ranked by requests or by spend.
class TopModelsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopModelsModel)

public:
    enum Column
    {
        ModelColumn,
        RequestsColumn,
        SpendColumn,
        ColumnCount
    };
    enum class Rank
    {
        Requests,
        Spend
    };
    static constexpr int kMaxRows = 5;
    static constexpr int ValueRole = Qt::UserRole; // the number behind a cell (requests, micro-dollars)

    explicit TopModelsModel(QObject *parent = nullptr);
    ~TopModelsModel() override;

    // Rows grouped by "provider/model" (any bucketing: they are summed per model).
    void setRows(const QList<Usage::UsageRow> &rows);
    void setRank(Rank rank);
    [[nodiscard]] Rank rank() const { return m_rank; }
    [[nodiscard]] const Usage::UsageRow &entry(int row) const { return m_shown[row]; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<Usage::UsageRow> m_all; // one per model
    QList<Usage::UsageRow> m_shown;
    Rank m_rank = Rank::Requests;
};

} // namespace Switchyard::Gui
