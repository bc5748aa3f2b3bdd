// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/jsonpatch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Switchyard::Providers::replaceTopLevelString;

class TestJsonPatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replace_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("replaced");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("simple") << QByteArray("{\"model\":\"smart\",\"messages\":[]}") << true
                                << QByteArray("{\"model\":\"gpt-4o\",\"messages\":[]}");
        QTest::newRow("later")
            << QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"model\"}], \"model\" : \"smart\"}")
            << true
            << QByteArray(
                   "{\"messages\":[{\"role\":\"user\",\"content\":\"model\"}], \"model\" : \"gpt-4o\"}");
        QTest::newRow("nested-model-untouched")
            << QByteArray("{\"metadata\":{\"model\":\"x\"},\"model\":\"smart\"}") << true
            << QByteArray("{\"metadata\":{\"model\":\"x\"},\"model\":\"gpt-4o\"}");
        QTest::newRow("escaped-strings")
            << QByteArray(
                   "{\"messages\":[{\"content\":\"a \\\"quoted\\\" } ] { text\"}],\"model\":\"smart\"}")
            << true
            << QByteArray(
                   "{\"messages\":[{\"content\":\"a \\\"quoted\\\" } ] { text\"}],\"model\":\"gpt-4o\"}");
        QTest::newRow("whitespace") << QByteArray("{\n  \"model\"\t:\n \"smart\"\n}") << true
                                    << QByteArray("{\n  \"model\"\t:\n \"gpt-4o\"\n}");
        QTest::newRow("duplicate-last-wins") << QByteArray("{\"model\":\"a\",\"model\":\"b\"}") << true
                                             << QByteArray("{\"model\":\"a\",\"model\":\"gpt-4o\"}");
        QTest::newRow("numbers-and-literals")
            << QByteArray("{\"temperature\":0.5,\"stream\":true,\"stop\":null,\"model\":\"smart\"}") << true
            << QByteArray("{\"temperature\":0.5,\"stream\":true,\"stop\":null,\"model\":\"gpt-4o\"}");
        QTest::newRow("absent") << QByteArray("{\"messages\":[]}") << false << QByteArray();
        QTest::newRow("not-string") << QByteArray("{\"model\":3}") << false << QByteArray();
        QTest::newRow("escaped-key") << QByteArray("{\"mod\\u0065l\":\"smart\"}") << false << QByteArray();
    }

    void replace()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, replaced);
        QFETCH(QByteArray, expected);
        QByteArray json = input;
        QCOMPARE(replaceTopLevelString(json, "model", "gpt-4o"), replaced);
        if (replaced) {
            QCOMPARE(json, expected);
            QVERIFY(!QJsonDocument::fromJson(json).isNull());
        }
    }

    void quoting()
    {
        QByteArray json("{\"model\":\"x\"}");
        QVERIFY(replaceTopLevelString(json, "model", "we\"ird\\na\nme"));
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QLatin1String("model")).toString(),
                 QStringLiteral("we\"ird\\na\nme"));
    }
};

QTEST_GUILESS_MAIN(TestJsonPatch)
#include "tst_jsonpatch.moc"
