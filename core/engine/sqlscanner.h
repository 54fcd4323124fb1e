#pragma once

#include <QList>
#include <QString>

namespace Trellis::Core {

// One lexical piece of SQL text. start/length are UTF-16 indexes into the scanned QString.
struct SqlToken
{
    enum class Kind {
        Whitespace,
        LineComment, // -- … (up to, not including, the newline)
        BlockComment, // /* … */
        String, // '…' with '' inside
        QuotedIdentifier, // "…", `…` or […]
        Number,
        Word, // identifier or keyword
        Parameter, // ?, ?1, :name, @name, $name
        DoubleColon, // ::
        Punctuation, // any other single character
    };
    Kind kind;
    qsizetype start;
    qsizetype length;
    bool unterminated = false; // a string, quoted identifier or comment that never closes

    qsizetype end() const { return start + length; }
    bool isTrivia() const
    {
        return kind == Kind::Whitespace || kind == Kind::LineComment || kind == Kind::BlockComment;
    }
};

// Splits SQL into tokens the way SQLite's tokenizer would, so that rewriting never looks inside
// strings, quoted identifiers or comments. Lossless: the tokens cover the text exactly.
// Stateless and thread-safe.
class SqlScanner
{
public:
    static QList<SqlToken> scan(QStringView sql);
};

} // namespace Trellis::Core
