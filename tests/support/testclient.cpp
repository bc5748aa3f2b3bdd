// SPDX-License-Identifier: GPL-3.0-or-later
#include "testclient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslSocket>

QJsonObject TestResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

TestClient::TestClient(quint16 port) : m_port(port), m_socket(std::make_unique<QTcpSocket>()) {}

bool TestClient::connectTls(const QSslCertificate &ca)
{
    auto ssl = std::make_unique<QSslSocket>();
    QSslConfiguration tls = ssl->sslConfiguration();
    tls.setCaCertificates({ca});
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl->setSslConfiguration(tls);
    ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    const bool ok = ssl->waitForEncrypted(5000);
    m_socket = std::move(ssl);
    return ok;
}

bool TestClient::connect()
{
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    return m_socket->waitForConnected(3000);
}

void TestClient::send(const QByteArray &raw)
{
    m_socket->write(raw);
    m_socket->waitForBytesWritten(3000);
}

bool TestClient::fill(qsizetype needed, int deadlineMs)
{
    QDeadlineTimer deadline(deadlineMs);
    while (m_buffer.size() < needed) {
        if (m_socket->bytesAvailable() == 0 &&
            !m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            return false;
        m_buffer += m_socket->readAll();
        if (deadline.hasExpired() && m_buffer.size() < needed)
            return false;
    }
    return true;
}

QByteArray TestClient::readLine(int deadlineMs, bool *ok)
{
    QDeadlineTimer deadline(deadlineMs);
    while (true) {
        const qsizetype nl = m_buffer.indexOf("\r\n");
        if (nl >= 0) {
            QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 2);
            *ok = true;
            return line;
        }
        if (!fill(m_buffer.size() + 1, int(qMax<qint64>(1, deadline.remainingTime())))) {
            *ok = false;
            return {};
        }
    }
}

TestResponse TestClient::read(int timeoutMs, bool headRequest)
{
    TestResponse r;
    QDeadlineTimer deadline(timeoutMs);
    auto left = [&] { return int(qMax<qint64>(1, deadline.remainingTime())); };
    bool ok = false;
    QByteArray status;
    do {
        status = readLine(left(), &ok);
        if (!ok)
            return r;
        r.headers.clear();
        r.status = status.split(' ').value(1).toInt();
        while (true) {
            const QByteArray line = readLine(left(), &ok);
            if (!ok)
                return r;
            if (line.isEmpty())
                break;
            const qsizetype colon = line.indexOf(':');
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
    } while (r.status == 100); // interim response: read the final one
    if (headRequest || r.status == 204 || r.status == 304) {
        r.complete = true;
        return r;
    }
    if (r.headers.value("transfer-encoding").toLower() == "chunked") {
        while (true) {
            const QByteArray sizeLine = readLine(left(), &ok);
            if (!ok)
                return r;
            const qsizetype size = sizeLine.toLongLong(&ok, 16);
            if (!ok)
                return r;
            if (size == 0) {
                readLine(left(), &ok); // final CRLF (no trailers)
                r.complete = ok;
                return r;
            }
            if (!fill(size + 2, left()))
                return r;
            const QByteArray data = m_buffer.left(size);
            m_buffer.remove(0, size + 2);
            r.chunks.append(data);
            r.body += data;
        }
    }
    if (r.headers.contains("content-length")) {
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (!fill(length, left()))
            return r;
        r.body = m_buffer.left(length);
        m_buffer.remove(0, length);
        r.complete = true;
        return r;
    }
    // Until close.
    while (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->waitForReadyRead(left()))
        m_buffer += m_socket->readAll();
    m_buffer += m_socket->readAll();
    r.body = std::exchange(m_buffer, {});
    r.complete = true;
    return r;
}

TestResponse TestClient::roundTrip(const QByteArray &raw, int timeoutMs)
{
    send(raw);
    return read(timeoutMs, raw.startsWith("HEAD "));
}

bool TestClient::waitForClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket->state() == QAbstractSocket::ConnectedState) {
        if (!m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (deadline.hasExpired())
                return m_socket->state() != QAbstractSocket::ConnectedState;
        } else {
            m_buffer += m_socket->readAll();
        }
    }
    return true;
}

QByteArray TestClient::post(const QByteArray &path, const QByteArray &body, const QByteArray &token,
                            const QByteArray &extraHeaders)
{
    QByteArray raw = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!token.isEmpty())
        raw += "Authorization: Bearer " + token + "\r\n";
    raw += extraHeaders;
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return raw;
}

QByteArray TestClient::get(const QByteArray &path, const QByteArray &token, const QByteArray &extraHeaders)
{
    QByteArray raw = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        raw += "Authorization: Bearer " + token + "\r\n";
    return raw + extraHeaders + "\r\n";
}
