#include "dbtbuiltins.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Trellis::Core::Ide {

namespace {

using namespace std::string_view_literals;

// Sorted for binary search.
constexpr std::array kContextNames = {
    "adapter"sv,   "config"sv,         "doc"sv,     "env_var"sv,       "exceptions"sv,
    "execute"sv,   "fromjson"sv,       "graph"sv,   "invocation_id"sv, "is_incremental"sv,
    "log"sv,       "model"sv,          "modules"sv, "ref"sv,           "return"sv,
    "run_query"sv, "run_started_at"sv, "source"sv,  "statement"sv,     "target"sv,
    "this"sv,      "tojson"sv,         "var"sv,
};
static_assert(std::is_sorted(kContextNames.begin(), kContextNames.end()));

// The macro folder core/dbt compiles in (see core/dbt/dbt.cmake).
constexpr auto kBuiltinMacroFolder = ":/trellis/dbt/macros";

QStringList readMacroNames()
{
    static const QRegularExpression definition(QStringLiteral(R"(\{%-?\s*macro\s+(\w+)\s*\()"));
    QStringList names;
    QDirIterator files(QLatin1String(kBuiltinMacroFolder), {QStringLiteral("*.sql")}, QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (const auto &match : definition.globalMatch(text)) {
            const QString name = match.captured(1);
            if (!name.contains(QLatin1String("__")))
                names.append(name);
        }
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

} // namespace

bool DbtBuiltins::isContextName(std::string_view lowerName)
{
    return std::binary_search(kContextNames.begin(), kContextNames.end(), lowerName);
}

QStringList DbtBuiltins::contextNames()
{
    QStringList names;
    for (std::string_view name : kContextNames)
        names.append(QString::fromLatin1(name.data(), qsizetype(name.size())));
    return names;
}

const QStringList &DbtBuiltins::macroNames()
{
    static const QStringList names = readMacroNames();
    return names;
}

} // namespace Trellis::Core::Ide
