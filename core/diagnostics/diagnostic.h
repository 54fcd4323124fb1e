#pragma once

#include "core/util/result.h"

#include <QString>

namespace Trellis::Core {

enum class Severity { Info, Warning, Error };

// One finding the user must see: a parse error, a Jinja error, a mesh-rule violation, a failed
// test. The same value feeds the editor's squiggles, the problems panel and the CLI. `code` is
// stable and documented; `message` says what is wrong and what to do.
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString code;
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    static Diagnostic fromError(const Error &error, Severity severity, QString code);
    static QString severityName(Severity severity);
};

} // namespace Trellis::Core
