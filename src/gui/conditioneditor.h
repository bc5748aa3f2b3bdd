// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;

namespace Switchyard::Gui {

// Edits one node of a rule's condition tree: its kind, and for that kind the operator and value with
// an editor that suits it (names with wildcards, a header and how to test it, a token range, yes/no,
// keyword or regex, a time window and days, a spend threshold). Emits edited() on every change the
// user makes, never on setCondition().
class ConditionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionEditor)

public:
    explicit ConditionEditor(QWidget *parent = nullptr);

    void setCondition(const Config::RuleCondition &condition); // its children are not edited here
    [[nodiscard]] Config::RuleCondition condition() const;     // without children
    void setProblem(const QString &problem);                   // shown under the editor; empty hides it

    // A new condition of `kind` with usable starting values.
    static Config::RuleCondition defaultFor(Config::RuleCondition::Kind kind);

Q_SIGNALS:
    void edited();

private:
    void kindChosen();
    void changed();
    void updateEnabled();

    Config::RuleCondition m_condition; // the kinds' fields the editors do not show are kept
    bool m_loading = false;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLineEdit *m_names;
    QLineEdit *m_headerName;
    QComboBox *m_headerOp;
    QLineEdit *m_headerValue;
    QComboBox *m_tokensOp;
    QSpinBox *m_tokensMin;
    QSpinBox *m_tokensMax;
    QComboBox *m_flag;
    QComboBox *m_messageOp;
    QLineEdit *m_messageText;
    QCheckBox *m_allDay;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QList<QCheckBox *> m_days;
    QComboBox *m_spendScope;
    QComboBox *m_spendPeriod;
    QDoubleSpinBox *m_spendAmount;
    QLabel *m_problem;
};

} // namespace Switchyard::Gui
