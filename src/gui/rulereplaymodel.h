// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/decision.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Switchyard::Gui {

// The outcome of replaying logged requests against a draft config: the requests whose route or first
// target would change, and those that cannot be told from what the log keeps, with the reason.
class RuleReplayModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleReplayModel)

public:
    enum Column
    {
        TimeColumn,
        ModelColumn, // the requested model
        AppColumn,
        OutcomeColumn, // changed / undetermined
        BeforeColumn,
        AfterColumn,
        RuleColumn,
        LoggedCostColumn,
        NewCostColumn,
        NoteColumn,
        ColumnCount
    };

    struct Entry
    {
        Routing::LoggedRequest request;
        Routing::Replayed replayed;
    };

    struct Summary
    {
        int total = 0;
        int changed = 0;
        int unchanged = 0;
        int undetermined = 0;
        qint64 loggedMicros = 0; // of the changed requests priced both before and after
        qint64 newMicros = 0;
        int unpriced = 0; // changed requests with no price before or after (left out of the sums)
    };

    explicit RuleReplayModel(QObject *parent = nullptr);

    // What the usage store's row (UsageStore::rows) tells of a request.
    static Routing::LoggedRequest loggedRequest(const QJsonObject &row);
    struct Result
    {
        QList<Entry> entries; // the changed and the undetermined ones, for the table
        Summary summary;
    };
    // Replays every row against `config`. Pure and thread-safe: the page runs it off the GUI thread.
    static Result replay(const Config::Config &config, const QList<QJsonObject> &rows);
    void setEntries(const QList<Entry> &entries);
    void clear();
    [[nodiscard]] const Entry &entry(int row) const { return m_entries.at(row); }

    static QString money(const std::optional<qint64> &micros); // "unpriced" when unknown, never $0
    static QString signedMoney(qint64 micros);                 // "+$0.0520", "−$0.0010"

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace Switchyard::Gui
