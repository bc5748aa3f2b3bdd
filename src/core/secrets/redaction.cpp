// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction.h"

#include <QRegularExpression>

namespace Switchyard::Secrets {

QString redactSecrets(QString text, const QList<QByteArray> &knownSecrets)
{
    static const QString redacted = QStringLiteral("[redacted]");
    for (const QByteArray &secret : knownSecrets) {
        if (secret.size() >= 4)
            text.replace(QString::fromUtf8(secret), redacted);
    }
    // Key shapes: OpenAI/Anthropic/OpenRouter/DeepSeek "sk-…", Groq "gsk_…", xAI "xai-…", Google
    // "AIza…", our own app tokens "sy-…", and whatever follows "Bearer ".
    static const QRegularExpression shapes(QStringLiteral(
        "(?:\\b(?:sk|gsk|xai|sy|pplx|fw|tgp)[-_][A-Za-z0-9_\\-\\*]{6,}|\\bAIza[0-9A-Za-z_\\-]{10,}"
        "|(?<=Bearer )[^\\s\"',]+)"));
    text.replace(shapes, redacted);
    return text;
}

} // namespace Switchyard::Secrets
