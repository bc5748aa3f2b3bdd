// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Switchyard::Gui {

class AppController;

// Your own prices (the config's "prices"), over the built-in catalog: a model the catalog does not know
// (a local or new one) is recorded as unpriced until it has one here. US dollars per 1M tokens, as the
// providers publish them; saved through the controller and used from the next request on.
class PriceEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceEditor)

public:
    explicit PriceEditor(AppController *controller, QWidget *parent = nullptr);

    enum Column
    {
        ProviderColumn,
        ModelColumn,
        InputColumn,
        OutputColumn,
        CachedInputColumn, // empty: at the input rate
        CacheWriteColumn,  // empty: at the input rate
        ColumnCount
    };

public Q_SLOTS:
    void addRow(const QString &provider = {}, const QString &model = {});
    void save();

private:
    void load();
    void updateButtons();

    AppController *m_controller;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
    QLabel *m_message;
    bool m_dirty = false; // edited since the last load or save: the config's changes do not overwrite it
};

} // namespace Switchyard::Gui
