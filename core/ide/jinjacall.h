#pragma once

#include "core/ide/jinjasqlscanner.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace Trellis::Core::Ide {

// A quoted argument as written: its value and where the literal sits (quotes included).
struct StringArgument
{
    QString value;
    qsizetype start = 0;
    qsizetype end = 0;
};

// A call written in Jinja code: `ref('p', 'm', v=2)`, `source('s', 't')`, `doc('x')`,
// `dbt_utils.star(...)`. Positional arguments that are not string literals stay empty, so
// `ref(var('x'))` is seen as a ref whose model is unknown.
struct JinjaCall
{
    QString callee; // dotted as written: "ref", "dbt_utils.star"
    qsizetype calleeStart = 0;
    qsizetype calleeEnd = 0;
    qsizetype open = 0; // offset of '('
    qsizetype close = -1; // offset just past ')'; -1 while unclosed
    qsizetype regionEnd = 0; // where the call stops counting: past ')' or the Jinja region's end
    std::vector<std::optional<StringArgument>> positional;
    QString version; // v= / version=, as text

    // The text of positional argument `index`, empty when missing or computed.
    QString argument(std::size_t index) const;
    // True when `offset` is on the callee's name or between its parentheses.
    bool covers(qsizetype offset) const;
};

// Finds every call in the Jinja regions of a scanned text. Pure function of its input.
class JinjaCallFinder
{
public:
    static std::vector<JinjaCall> find(QStringView text, const std::vector<Token> &tokens);
    // The innermost call covering `offset`, or nullptr.
    static const JinjaCall *at(const std::vector<JinjaCall> &calls, qsizetype offset);
};

} // namespace Trellis::Core::Ide
