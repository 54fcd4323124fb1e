#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace Trellis::Core::Ide {

enum class YamlTokenKind : std::uint8_t {
    Text, // indentation, spaces
    Key, // a key dbt does not know (often a typo)
    DbtKey, // a key of dbt's property schema
    Indicator, // - : | > [ ] { } ,
    String, // 'quoted' or "quoted"
    Number,
    Constant, // true, false, null, ~
    Value, // a plain scalar
    Comment,
    Jinja, // {{ … }} inside a value
    DocumentMarker, // --- and ...
    BlockText, // the lines of a | or > block scalar
};
inline constexpr int kYamlTokenKindCount = int(YamlTokenKind::BlockText) + 1;

struct YamlToken
{
    qsizetype start;
    qsizetype length;
    YamlTokenKind kind;
};

struct YamlScanResult
{
    std::vector<YamlToken> tokens;
    std::vector<int> lineStates; // the state after each line break, as YamlScanner::scan takes it
    int end = -1;
};

// Splits block-style YAML (UTF-8) into tokens line by line, for colouring. The only state
// carried from line to line is an open block scalar (`description: |`), given as the column its
// lines must be indented past, or -1; an editor keeps it per line and restarts anywhere.
// Stateless and thread-safe.
class YamlScanner
{
public:
    static YamlScanResult scan(const char *text, qsizetype length, int blockColumn = -1);
};

} // namespace Trellis::Core::Ide
