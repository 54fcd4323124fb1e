#include "diagnostic.h"

#include <tuple>

namespace Trellis::Core {

Diagnostic Diagnostic::fromError(const Error &error, Severity severity, QString code)
{
    return {severity, std::move(code), error.file, error.line, error.column, error.message};
}

QString Diagnostic::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

std::optional<Severity> Diagnostic::severityFromName(const QString &name)
{
    for (const Severity severity : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (name.compare(severityName(severity), Qt::CaseInsensitive) == 0)
            return severity;
    }
    return std::nullopt;
}

QString Diagnostic::toString() const
{
    return QStringLiteral("%1:%2:%3: %4 %5: %6")
        .arg(file)
        .arg(line)
        .arg(column)
        .arg(severityName(severity), code, message);
}

bool operator<(const Diagnostic &a, const Diagnostic &b)
{
    return std::tie(a.file, a.line, a.column, a.code, a.message, a.nodeId)
        < std::tie(b.file, b.line, b.column, b.code, b.message, b.nodeId);
}

} // namespace Trellis::Core
