// SPDX-License-Identifier: GPL-3.0-or-later
#include "localcall.h"

#include "http/httpexchange.h"
#include "http/httpserver.h"

#include <QMetaObject>
#include <QMutex>

namespace Switchyard {

// Lives in the serving worker's thread (through the exchange) and in the caller's (the LocalCall):
// whichever ends first. Each event is posted to the LocalCall's thread while the lock keeps the
// LocalCall from being destroyed in between; events posted to it are dropped by Qt if it is deleted
// before they are delivered.
class LocalCall::Sink final : public Http::LocalResponseSink
{
public:
    explicit Sink(LocalCall *call) : m_call(call) {}

    void detach()
    {
        const QMutexLocker lock(&m_mutex);
        m_call = nullptr;
    }

    void head(int status, const Http::HttpHeaders &headers, bool streamed) override
    {
        post([status, headers, streamed](LocalCall *call) {
            call->m_status = status;
            call->m_headers = headers;
            call->m_streamed = streamed;
            Q_EMIT call->headReceived();
        });
    }

    void data(QByteArrayView bytes) override
    {
        post([data = bytes.toByteArray()](LocalCall *call) {
            call->m_body += data;
            Q_EMIT call->dataReceived(data);
        });
    }

    void finished() override
    {
        post([](LocalCall *call) {
            call->m_finished = true;
            Q_EMIT call->finished();
        });
    }

private:
    template<typename F> void post(F &&f)
    {
        const QMutexLocker lock(&m_mutex);
        if (!m_call)
            return;
        LocalCall *call = m_call;
        QMetaObject::invokeMethod(
            call,
            [call, f = std::forward<F>(f)] {
                if (!call->m_cancelled)
                    f(call);
            },
            Qt::QueuedConnection);
    }

    QMutex m_mutex;
    LocalCall *m_call;
};

LocalCall::LocalCall(Http::HttpServer *server, QObject *parent)
    : QObject(parent), m_server(server), m_sink(std::make_shared<Sink>(this))
{
}

std::shared_ptr<Http::LocalResponseSink> LocalCall::sink() const
{
    return m_sink;
}

LocalCall::~LocalCall()
{
    m_sink->detach();
    if (!m_finished && !m_cancelled && m_server)
        m_server->cancelLocal(m_id);
}

void LocalCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_sink->detach();
    if (m_server)
        m_server->cancelLocal(m_id);
}

} // namespace Switchyard
