#include "previewsql.h"

#include "sqliteerror.h"
#include "sqlscanner.h"

namespace Trellis::Core {

qsizetype PreviewStatement::bodyIndex(qsizetype sqlIndex) const
{
    return qBound(qsizetype(0), sqlIndex - bodyOffset, bodyLength);
}

Result<PreviewStatement> PreviewSql::wrap(const QString &query, qint64 rowLimit)
{
    const QList<SqlToken> tokens = SqlScanner::scan(query);
    auto isSemicolon = [&](const SqlToken &token) {
        return token.kind == SqlToken::Kind::Punctuation && query[token.start] == u';';
    };
    auto errorAt = [&](qsizetype index, const QString &message) {
        const TextPosition position = SqliteError::positionOfIndex(query, index);
        return fail(Error { {}, position.line, position.column, message });
    };

    // The body ends with the last token that is neither trivia nor a trailing semicolon.
    qsizetype last = tokens.size() - 1;
    while (last >= 0 && (tokens[last].isTrivia() || isSemicolon(tokens[last])))
        --last;
    if (last < 0)
        return fail(Error { {}, 0, 0, tr("there is no query to preview") });

    qsizetype first = 0;
    while (tokens[first].isTrivia())
        ++first;
    const SqlToken &lead = tokens[first];
    const QStringView leadText = QStringView(query).mid(lead.start, lead.length);
    const bool selects
        = (lead.kind == SqlToken::Kind::Word
           && (leadText.compare(QLatin1String("select"), Qt::CaseInsensitive) == 0
               || leadText.compare(QLatin1String("with"), Qt::CaseInsensitive) == 0
               || leadText.compare(QLatin1String("values"), Qt::CaseInsensitive) == 0))
        || (lead.kind == SqlToken::Kind::Punctuation && query[lead.start] == u'(');
    if (!selects)
        return errorAt(lead.start,
                       tr("a preview runs a query (SELECT, WITH … SELECT or VALUES), "
                          "not '%1'")
                           .arg(leadText.toString()));
    for (qsizetype i = first; i <= last; ++i) {
        if (isSemicolon(tokens[i]))
            return errorAt(tokens[i].start,
                           tr("a preview runs one statement; remove what follows this ';'"));
    }

    PreviewStatement statement;
    const QString prefix = QStringLiteral("SELECT * FROM (\n");
    statement.bodyOffset = prefix.size();
    statement.bodyLength = tokens[last].end();
    statement.sql = prefix + query.left(statement.bodyLength) + QStringLiteral("\n) LIMIT ")
        + QString::number(rowLimit);
    return statement;
}

} // namespace Trellis::Core
