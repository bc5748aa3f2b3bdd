// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesstokens.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Switchyard::Config {

QByteArray AccessTokens::newSecret()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    return QByteArrayLiteral("sy-") +
           raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> AccessTokens::create(Config &config, const QString &name, const Options &options,
                                               QString *error)
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!namePattern.match(name).hasMatch()) {
        *error = QStringLiteral("'%1' is not a valid app name (letters, digits, '.', '_', '-'; at most 64)")
                     .arg(name);
        return std::nullopt;
    }
    for (const AccessToken &t : config.tokens) {
        if (t.name == name) {
            *error = QStringLiteral("there is already a token for app '%1'%2")
                         .arg(name, t.enabled ? QString() : QStringLiteral(" (revoked; pick another name)"));
            return std::nullopt;
        }
    }
    for (const QString &route : options.routes) {
        const bool isRoute = config.route(route) != nullptr;
        const bool isProviderWildcard =
            route.endsWith(QLatin1String("/*")) && config.provider(route.chopped(2));
        const qsizetype slash = route.indexOf(QLatin1Char('/'));
        const bool isProviderModel = slash > 0 && config.provider(QStringView(route).left(slash));
        if (!isRoute && !isProviderWildcard && !isProviderModel) {
            *error = QStringLiteral("'%1' is neither a route nor provider/model of this config").arg(route);
            return std::nullopt;
        }
    }
    const QByteArray secret = newSecret();
    AccessToken token;
    token.name = name;
    token.sha256 = QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
    token.routes = options.routes;
    token.created = QDateTime::currentDateTimeUtc();
    token.created.setTime(
        QTime(token.created.time().hour(), token.created.time().minute(), token.created.time().second()));
    if (options.expiresInDays > 0)
        token.expires = token.created.addDays(options.expiresInDays);
    token.requestsPerMinute = options.requestsPerMinute;
    token.budget = options.budget;
    config.tokens.append(token);
    return secret;
}

bool AccessTokens::revoke(Config &config, const QString &name, QString *error)
{
    for (AccessToken &t : config.tokens) {
        if (t.name == name) {
            t.enabled = false;
            return true;
        }
    }
    *error = QStringLiteral("there is no token for app '%1'").arg(name);
    return false;
}

} // namespace Switchyard::Config
