// Regular expressions through QRegularExpression (PCRE2). Compiled patterns are cached per
// registered function, and so per connection and thread; no locking is needed.

#include "sqlfunctions_p.h"

#include <QHash>
#include <QRegularExpression>

namespace Trellis::Core::SqlFunctionsPrivate {

namespace {

// What the Snowflake "parameters" / Postgres "flags" string asks for.
struct RegexFlags
{
    QRegularExpression::PatternOptions options;
    bool extract = false; // 'e': return the first group instead of the whole match
};

std::optional<RegexFlags> parseFlags(std::string_view flags)
{
    RegexFlags parsed;
    for (char c : flags) {
        switch (c) {
        case 'c': // the last of c and i wins, as in Snowflake
            parsed.options &= ~QRegularExpression::CaseInsensitiveOption;
            break;
        case 'i':
            parsed.options |= QRegularExpression::CaseInsensitiveOption;
            break;
        case 'm':
            parsed.options |= QRegularExpression::MultilineOption;
            break;
        case 's':
            parsed.options |= QRegularExpression::DotMatchesEverythingOption;
            break;
        case 'x':
            parsed.options |= QRegularExpression::ExtendedPatternSyntaxOption;
            break;
        case 'e':
            parsed.extract = true;
            break;
        case 'g': // Postgres's "global": regexp_replace replaces every match anyway
            break;
        default:
            return std::nullopt;
        }
    }
    return parsed;
}

// A bounded cache of compiled patterns. Models use a handful of constant patterns, so a full
// cache is simply emptied rather than tracked for recency.
class RegexCache
{
public:
    const QRegularExpression &get(const QString &pattern,
                                  QRegularExpression::PatternOptions options, bool anchored)
    {
        const QString key = QString::number(int(options)) + (anchored ? u'A' : u'S') + pattern;
        auto it = m_entries.find(key);
        if (it != m_entries.end())
            return *it;
        if (m_entries.size() >= kCapacity)
            m_entries.clear();
        QRegularExpression re(anchored ? QRegularExpression::anchoredPattern(pattern) : pattern,
                              options);
        re.optimize();
        return *m_entries.insert(key, std::move(re));
    }

    static void destroy(void *cache) { delete static_cast<RegexCache *>(cache); }

private:
    static constexpr qsizetype kCapacity = 64;
    QHash<QString, QRegularExpression> m_entries;
};

QString qText(sqlite3_value *value)
{
    const std::string_view text = textOf(value);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

void resultQString(sqlite3_context *context, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// Compiles (or finds) the pattern; on failure reports an error naming the function.
const QRegularExpression *compile(sqlite3_context *context, const char *function,
                                  sqlite3_value *pattern, const RegexFlags &flags, bool anchored)
{
    auto *cache = static_cast<RegexCache *>(sqlite3_user_data(context));
    const QRegularExpression &re = cache->get(qText(pattern), flags.options, anchored);
    if (re.isValid())
        return &re;
    resultError(context,
                FunctionText::tr("%1(): invalid regular expression '%2': %3 at offset %4")
                    .arg(QString::fromLatin1(function), qText(pattern), re.errorString())
                    .arg(re.patternErrorOffset()));
    return nullptr;
}

std::optional<RegexFlags> flagsArgument(sqlite3_context *context, const char *function, int argc,
                                        sqlite3_value **argv, int index)
{
    if (index >= argc)
        return RegexFlags {};
    if (auto flags = parseFlags(textOf(argv[index])))
        return flags;
    resultError(context,
                FunctionText::tr("%1(): unknown regular expression parameter in '%2'")
                    .arg(QString::fromLatin1(function), qText(argv[index])));
    return std::nullopt;
}

// Whole-string match (Snowflake anchors REGEXP_LIKE, RLIKE and REGEXP implicitly).
bool matchesWhole(sqlite3_context *context, const char *function, sqlite3_value *subject,
                  sqlite3_value *pattern, const RegexFlags &flags, bool &ok)
{
    const QRegularExpression *re = compile(context, function, pattern, flags, true);
    ok = re != nullptr;
    return ok && re->match(qText(subject)).hasMatch();
}

// regexp_like(subject, pattern[, parameters]) and rlike(...).
void regexpLike(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (!checkArgumentCount(context, "regexp_like", argc, 2, 3))
        return;
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const auto flags = flagsArgument(context, "regexp_like", argc, argv, 2);
    bool ok = false;
    if (!flags)
        return;
    const bool matched = matchesWhole(context, "regexp_like", argv[0], argv[1], *flags, ok);
    if (ok)
        sqlite3_result_int(context, matched);
}

// regexp(pattern, subject): the function behind "subject REGEXP pattern" (SQLite passes the
// pattern first).
void regexpOperator(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    bool ok = false;
    const bool matched = matchesWhole(context, "regexp", argv[1], argv[0], RegexFlags {}, ok);
    if (ok)
        sqlite3_result_int(context, matched);
}

// The UTF-16 index of a 1-based character position argument (clamped to the text).
qsizetype startIndex(const QString &subject, sqlite3_value *position)
{
    const qint64 wanted = qMax<qint64>(1, sqlite3_value_int64(position)) - 1;
    qsizetype index = 0;
    for (qint64 seen = 0; seen < wanted && index < subject.size(); ++seen)
        index += subject.at(index).isHighSurrogate() ? 2 : 1;
    return qMin(index, subject.size());
}

// regexp_replace(subject, pattern[, replacement[, flags]]) (Postgres form) or
// regexp_replace(subject, pattern, replacement, position[, occurrence[, parameters]])
// (Snowflake form). Replaces every match unless an occurrence is given; \1…\9 in the
// replacement insert groups and \\ a backslash.
void regexpReplace(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (!checkArgumentCount(context, "regexp_replace", argc, 2, 6))
        return;
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const QString subject = qText(argv[0]);
    const QString replacement = argc >= 3 ? qText(argv[2]) : QString();
    qsizetype from = 0;
    qint64 occurrence = 0;
    int flagsIndex = 3;
    const bool snowflakeForm = argc >= 4 && sqlite3_value_numeric_type(argv[3]) == SQLITE_INTEGER;
    if (snowflakeForm) {
        from = startIndex(subject, argv[3]);
        occurrence = argc >= 5 ? sqlite3_value_int64(argv[4]) : 0;
        flagsIndex = 5;
    }
    const auto flags = flagsArgument(context, "regexp_replace", argc, argv, flagsIndex);
    if (!flags)
        return;
    const QRegularExpression *re = compile(context, "regexp_replace", argv[1], *flags, false);
    if (!re)
        return;

    QString result = subject.left(from);
    qsizetype copiedUpTo = from;
    qint64 seen = 0;
    QRegularExpressionMatchIterator it = re->globalMatch(subject, from);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        ++seen;
        if (occurrence > 0 && seen != occurrence)
            continue;
        result += QStringView(subject).mid(copiedUpTo, match.capturedStart() - copiedUpTo);
        for (qsizetype i = 0; i < replacement.size(); ++i) {
            const QChar c = replacement.at(i);
            if (c == u'\\' && i + 1 < replacement.size()) {
                const QChar next = replacement.at(i + 1);
                if (next.isDigit()) {
                    result += match.captured(next.digitValue());
                    ++i;
                    continue;
                }
                if (next == u'\\') {
                    result += u'\\';
                    ++i;
                    continue;
                }
            }
            result += c;
        }
        copiedUpTo = match.capturedEnd();
        if (occurrence > 0)
            break;
    }
    result += QStringView(subject).mid(copiedUpTo);
    resultQString(context, result);
}

// regexp_substr(subject, pattern[, position[, occurrence[, parameters[, group]]]]): the
// occurrence-th match (1-based) at or after position, or NULL.
void regexpSubstr(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (!checkArgumentCount(context, "regexp_substr", argc, 2, 6))
        return;
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const QString subject = qText(argv[0]);
    const qsizetype from = argc >= 3 ? startIndex(subject, argv[2]) : 0;
    const qint64 occurrence = argc >= 4 ? qMax<qint64>(1, sqlite3_value_int64(argv[3])) : 1;
    const auto flags = flagsArgument(context, "regexp_substr", argc, argv, 4);
    if (!flags)
        return;
    int group = flags->extract ? 1 : 0;
    if (argc >= 6)
        group = int(sqlite3_value_int64(argv[5]));
    const QRegularExpression *re = compile(context, "regexp_substr", argv[1], *flags, false);
    if (!re)
        return;
    if (group < 0 || group > re->captureCount())
        return resultError(
            context, FunctionText::tr("regexp_substr(): the pattern has no group %1").arg(group));
    QRegularExpressionMatchIterator it = re->globalMatch(subject, from);
    for (qint64 seen = 1; it.hasNext(); ++seen) {
        const QRegularExpressionMatch match = it.next();
        if (seen == occurrence) {
            if (match.capturedStart(group) < 0)
                return sqlite3_result_null(context);
            return resultQString(context, match.captured(group));
        }
    }
    sqlite3_result_null(context);
}

// regexp_count(subject, pattern[, position[, parameters]]).
void regexpCount(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (!checkArgumentCount(context, "regexp_count", argc, 2, 4))
        return;
    if (anyNull(argc, argv))
        return sqlite3_result_null(context);
    const QString subject = qText(argv[0]);
    const qsizetype from = argc >= 3 ? startIndex(subject, argv[2]) : 0;
    const auto flags = flagsArgument(context, "regexp_count", argc, argv, 3);
    if (!flags)
        return;
    const QRegularExpression *re = compile(context, "regexp_count", argv[1], *flags, false);
    if (!re)
        return;
    qint64 count = 0;
    for (QRegularExpressionMatchIterator it = re->globalMatch(subject, from); it.hasNext();
         it.next())
        ++count;
    sqlite3_result_int64(context, count);
}

void addRegex(Registrar &r, const char *name, int nArg, ScalarFn fn)
{
    r.scalar(name, nArg, fn, true, new RegexCache, &RegexCache::destroy);
}

} // namespace

void addRegexFunctions(Registrar &r)
{
    addRegex(r, "regexp", 2, regexpOperator);
    addRegex(r, "regexp_like", -1, regexpLike);
    addRegex(r, "rlike", -1, regexpLike);
    addRegex(r, "regexp_replace", -1, regexpReplace);
    addRegex(r, "regexp_substr", -1, regexpSubstr);
    addRegex(r, "regexp_count", -1, regexpCount);
}

} // namespace Trellis::Core::SqlFunctionsPrivate
