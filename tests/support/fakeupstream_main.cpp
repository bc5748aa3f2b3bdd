// SPDX-License-Identifier: GPL-3.0-or-later
// A standalone fake OpenAI-compatible provider, for the npm client test and manual trials.

#include "fakeupstream.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    quint16 port = 0;
    const QStringList args = app.arguments();
    const qsizetype i = args.indexOf(QStringLiteral("--port"));
    if (i >= 0 && i + 1 < args.size())
        port = quint16(args.at(i + 1).toUInt());
    FakeUpstream upstream;
    if (!upstream.start(port)) {
        std::fprintf(stderr, "fake-upstream: cannot listen\n");
        return 1;
    }
    std::printf("fake-upstream listening on %s\n", upstream.baseUrl().constData());
    std::fflush(stdout);
    return app.exec();
}
