// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDebug>
#include <QWidget>

// The GUI tests find controls by object name, as a user's assistive tools would; a missing one fails
// the test at once and lists what the window does have.
template<typename T> T *child(QWidget &window, const char *name)
{
    T *w = window.findChild<T *>(QLatin1StringView(name));
    if (!w) {
        for (const QWidget *c : window.findChildren<QWidget *>())
            qWarning() << c->metaObject()->className() << c->objectName();
        qFatal("no widget %s", name);
    }
    return w;
}
