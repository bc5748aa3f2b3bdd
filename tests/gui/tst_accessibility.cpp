// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of the main window, checked the way assistive tools and keyboard users meet it: each control
// that takes focus has an accessible name (its own, its text, or its label's buddy) and an object name
// unique across the window; every page is reachable by keyboard; the window fits a small laptop screen.

#include "appcontroller.h"
#include "config/configloader.h"
#include "gateway.h"
#include "mainwindow.h"
#include "secrets/keystore.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGraphicsView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

using namespace Switchyard;

class TestAccessibility final : public QObject
{
    Q_OBJECT

private:
    // Qt's own parts of a control (a combo box's line edit, a spin box's editor, scroll bars) are named
    // by the control that holds them.
    static bool isInternal(const QWidget *w)
    {
        for (const QWidget *p = w; p; p = p->parentWidget()) {
            if (p->objectName().startsWith(QLatin1String("qt_")))
                return true;
            if (p != w && (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)))
                return true; // its editor, or the list of its popup
        }
        return false;
    }

    static bool isControl(const QWidget *w)
    {
        return (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
                qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
                qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
                qobject_cast<const QTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
                qobject_cast<const QGraphicsView *>(w)) &&
               (w->focusPolicy() & Qt::TabFocus) && !isInternal(w);
    }

    static QString describe(const QWidget *w)
    {
        QString path;
        for (const QWidget *p = w; p; p = p->parentWidget()) {
            if (!p->objectName().isEmpty()) {
                path = p->objectName() + (path.isEmpty() ? QString() : QLatin1Char('/') + path);
                if (p->objectName().endsWith(QLatin1String("Page")))
                    break;
            }
        }
        return QStringLiteral("%1 (%2)").arg(path, QString::fromLatin1(w->metaObject()->className()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyControlIsNamedAndReachable()
    {
        Config::Config config = Config::ConfigLoader::embeddedDefault();
        config.server.port = 0;
        Gateway gateway;
        QString error;
        QVERIFY2(gateway.start(config, &error), qPrintable(error));
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, QString());
        controller.setInitialConfig(config);
        Gui::MainWindow window(&gateway, &controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *sidebar = child<QListWidget>(window, "sidebarListWidget");
        auto *pages = child<QStackedWidget>(window, "pagesStackedWidget");
        QCOMPARE(sidebar->count(), pages->count());
        QStringList titles;
        for (int row = 0; row < sidebar->count(); ++row)
            titles << sidebar->item(row)->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("Overview"), QStringLiteral("Providers & Keys"),
                                      QStringLiteral("Routes"), QStringLiteral("Rules"),
                                      QStringLiteral("Apps"), QStringLiteral("Logs"),
                                      QStringLiteral("Playground"), QStringLiteral("Settings")}));

        QStringList unnamed;
        QStringList noObjectName;
        QHash<QString, QString> seen;
        QStringList duplicates;
        for (int row = 0; row < pages->count(); ++row) {
            // Every page is one keystroke away: Ctrl+<its number>.
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + row), Qt::ControlModifier);
            QCOMPARE(pages->currentIndex(), row);
            QWidget *page = pages->widget(row);
            QVERIFY2(!page->accessibleName().isEmpty(), qPrintable(page->objectName()));
            for (QWidget *w : page->findChildren<QWidget *>()) {
                if (!isControl(w))
                    continue;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << describe(w);
                if (w->objectName().isEmpty()) {
                    noObjectName << describe(w);
                } else if (seen.contains(w->objectName())) {
                    duplicates << w->objectName();
                } else {
                    seen.insert(w->objectName(), describe(w));
                }
            }
        }
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QLatin1String(", "))));
        QVERIFY2(noObjectName.isEmpty(),
                 qPrintable(QStringLiteral("no object name: ") + noObjectName.join(QLatin1String(", "))));
        QVERIFY2(duplicates.isEmpty(), qPrintable(QStringLiteral("object names used twice: ") +
                                                  duplicates.join(QLatin1String(", "))));

        // A 1366×768 laptop screen holds the window, with room for a panel.
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 700,
                 qPrintable(QStringLiteral("minimum size %1×%2").arg(minimum.width()).arg(minimum.height())));
        for (int row = 0; row < pages->count(); ++row) {
            const QSize page = pages->widget(row)->minimumSizeHint();
            QVERIFY2(page.width() <= 1000 && page.height() <= 640,
                     qPrintable(QStringLiteral("%1 needs %2×%3")
                                    .arg(pages->widget(row)->objectName())
                                    .arg(page.width())
                                    .arg(page.height())));
        }
        gateway.shutdown(1000);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
