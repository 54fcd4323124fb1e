#include "diagnostic.h"

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

} // namespace Trellis::Core
