#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Trellis::Core::Ide {

// Where the cursor is in a dbt property file: the keys of the mappings around it, outermost
// first, sequence levels left out (`models[].columns[].data_type` is path {models, columns} and
// key data_type), whether a key or a value is being typed, and the `name:` of the entry it is in.
struct YamlCursorContext
{
    enum class Kind { None, Key, Value };

    Kind kind = Kind::None;
    QStringList path;
    QString key; // Value: the key whose value is typed; Key: the key on the line
    QString prefix;
    qsizetype replaceStart = 0;
    qsizetype replaceEnd = 0;
    QString entryName; // `name:` of the innermost mapping, empty when it has none
    QStringList siblingKeys; // keys the mapping has above the cursor
};

// Reads block-style YAML by indentation around one position; no full parse, so it works on the
// half-typed, invalid files an editor holds. Flow style (`{a: b}`) is not looked into. Pure.
class YamlCursorAnalyzer
{
public:
    static YamlCursorContext analyze(QStringView text, qsizetype offset);
};

} // namespace Trellis::Core::Ide
