// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/requesthandler.h"

#include <QByteArray>
#include <QString>

namespace Switchyard::Api {

// The OpenAI error envelope: {"error":{"message","type","param","code"}}
// (https://platform.openai.com/docs/guides/error-codes, checked 2026-11-25).
struct OpenAiError
{
    int status = 500;
    QString message;
    QString type;  // invalid_request_error, authentication_error, permission_error, not_found_error,
                   // rate_limit_error, server_error, upstream_error, timeout_error
    QString code;  // machine-readable detail, or empty for null
    QString param; // the offending request field, or empty for null

    [[nodiscard]] QByteArray body() const;
    [[nodiscard]] Http::HttpResponse response() const;
    // The same error as one SSE event, for failures after a stream has started.
    [[nodiscard]] QByteArray sseEvent() const;

    // A sensible type for a status (used for errors the wire layer found).
    static QString typeForStatus(int status);
};

} // namespace Switchyard::Api
