// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QTcpSocket>

#include <memory>

// A deliberately simple, blocking HTTP/1.1 client for tests, independent of Switchyard's parser:
// it writes raw bytes and reads back one response (Content-Length, chunked, or until close).
struct TestResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;                      // de-chunked
    QList<QByteArray> chunks;             // chunk payloads as framed by the server
    bool complete = false;
    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

class TestClient
{
public:
    explicit TestClient(quint16 port);
    bool connect();
    // TLS to 127.0.0.1, trusting only `ca` (the server's self-signed certificate).
    bool connectTls(const QSslCertificate &ca);
    void send(const QByteArray &raw);
    // Reads one response; timeoutMs bounds the whole read.
    TestResponse read(int timeoutMs = 5000, bool headRequest = false);
    // Sends and reads in one go.
    TestResponse roundTrip(const QByteArray &raw, int timeoutMs = 5000);
    bool waitForClosed(int timeoutMs);
    void close() { m_socket->abort(); }
    QTcpSocket &socket() { return *m_socket; }

    static QByteArray post(const QByteArray &path, const QByteArray &body,
                           const QByteArray &token = "sy-test-token", const QByteArray &extraHeaders = {});
    static QByteArray get(const QByteArray &path, const QByteArray &token = "sy-test-token",
                          const QByteArray &extraHeaders = {});

private:
    bool fill(qsizetype needed, int deadlineMs);
    QByteArray readLine(int deadlineMs, bool *ok);
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};
