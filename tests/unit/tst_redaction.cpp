// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/redaction.h"

#include <QTest>

using Switchyard::Secrets::redactSecrets;

class TestRedaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redact_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("openai-masked") << QStringLiteral("Incorrect API key provided: sk-proj-****abcd.")
                                       << QStringLiteral("Incorrect API key provided: [redacted].");
        QTest::newRow("anthropic") << QStringLiteral("key sk-ant-api03-AbCdEf123456 is invalid")
                                   << QStringLiteral("key [redacted] is invalid");
        QTest::newRow("groq") << QStringLiteral("gsk_abcdefghijklmnop") << QStringLiteral("[redacted]");
        QTest::newRow("google") << QStringLiteral("key=AIzaSyA1234567890abcdef")
                                << QStringLiteral("key=[redacted]");
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer abc.def-ghi")
                                << QStringLiteral("Authorization: Bearer [redacted]");
        QTest::newRow("app-token") << QStringLiteral("token sy-AbCdEfGhIjKl")
                                   << QStringLiteral("token [redacted]");
        QTest::newRow("known") << QStringLiteral("the key is hunter2hunter2")
                               << QStringLiteral("the key is [redacted]");
        QTest::newRow("innocent") << QStringLiteral("a task-based sky-high model")
                                  << QStringLiteral("a task-based sky-high model");
    }

    void redact()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(redactSecrets(input, {QByteArrayLiteral("hunter2hunter2")}), expected);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
