#pragma once

#include "core/util/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace Trellis::Core {

enum class Severity { Info, Warning, Error };

// Another place a finding points at: the referenced model's declaration, the other half of a
// duplicate, the next step of a cycle. Lines and columns are 1-based; 0 means unknown.
struct RelatedLocation
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
};

// One finding the user must see: a parse error, a Jinja error, a mesh-rule violation, a failed
// test. The same value feeds the editor's squiggles, the problems panel and the CLI. `code` is
// stable and documented; `message` says what is wrong and what to do. The fields after `message`
// are optional: the end of the marked range (1-based line, and the column just past its last
// character; 0 when the finding marks a single position), the dbt unique id of the node it
// concerns (for per-node silencing and for jumping to the node), and related locations.
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString code;
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    int endLine = 0;
    int endColumn = 0;
    QString nodeId{};
    std::vector<RelatedLocation> related{};

    static Diagnostic fromError(const Error &error, Severity severity, QString code);
    static QString severityName(Severity severity);
    static std::optional<Severity> severityFromName(const QString &name);

    // "file:line:col: severity CODE: message", the form every command-line verb prints.
    QString toString() const;
};

// The order findings are listed in everywhere: by file, position, code, then message, so the
// output does not depend on the order rules ran in.
bool operator<(const Diagnostic &a, const Diagnostic &b);

} // namespace Trellis::Core
