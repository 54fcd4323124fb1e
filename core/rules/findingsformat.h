#pragma once

#include "core/diagnostics/diagnostic.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace Trellis::Core {

// Writes findings in the forms `trellis check` offers: text for people (one
// `path:line:col: severity CODE: message` per finding, related locations indented below, and a
// summary), json (an array of findings with every field), JUnit XML (one test case per finding,
// for CI dashboards) and SARIF 2.1.0 (for code review annotations). `displayPath` turns a
// finding's absolute file into the path to show. Pure functions.
class FindingsFormat
{
    Q_DECLARE_TR_FUNCTIONS(Trellis::Core::FindingsFormat)

public:
    enum class Kind { Text, Json, JUnit, Sarif };
    using PathMapper = std::function<QString(const QString &absolutePath)>;

    static std::optional<Kind> kindFromName(const QString &name);
    static QByteArray write(Kind kind, const std::vector<Diagnostic> &findings,
                            const PathMapper &displayPath);

private:
    static QByteArray text(const std::vector<Diagnostic> &findings, const PathMapper &displayPath);
    static QByteArray json(const std::vector<Diagnostic> &findings, const PathMapper &displayPath);
    static QByteArray junit(const std::vector<Diagnostic> &findings, const PathMapper &displayPath);
    static QByteArray sarif(const std::vector<Diagnostic> &findings, const PathMapper &displayPath);
};

} // namespace Trellis::Core
