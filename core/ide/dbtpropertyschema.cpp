#include "dbtpropertyschema.h"

#include <set>
#include <string>

namespace Trellis::Core::Ide {

namespace {

// Keys per mapping. A pattern is a path joined with '/'; "*/x" matches any path ending in x.
// The first matching row wins, so specific rows come before general ones.
struct KeyRow
{
    const char *pattern;
    const char *keys; // space-separated
};

constexpr KeyRow kKeys[] = {
    {"",
     "version models sources seeds snapshots analyses macros exposures groups semantic_models "
     "metrics saved_queries unit_tests data_tests"},
    {"models",
     "name description config access group docs latest_version deprecation_date columns "
     "data_tests tests constraints versions meta tags time_spine"},
    {"models/versions",
     "v defined_in description config columns data_tests tests deprecation_date "
     "access docs constraints"},
    {"*/versions/columns",
     "include exclude name description data_type constraints data_tests tests "
     "meta tags quote"},
    {"sources",
     "name description database schema loader loaded_at_field loaded_at_query freshness "
     "quoting meta tags config tables overrides"},
    {"sources/tables",
     "name identifier description loaded_at_field loaded_at_query freshness quoting "
     "meta tags config columns data_tests tests external docs"},
    {"seeds", "name description config columns data_tests tests docs meta tags"},
    {"snapshots", "name description config columns data_tests tests docs meta tags relation"},
    {"analyses", "name description config columns docs"},
    {"macros", "name description arguments docs meta"},
    {"macros/arguments", "name type description"},
    {"exposures", "name label type maturity url description depends_on owner meta tags config"},
    {"groups", "name owner description config"},
    {"*/owner", "name email"},
    {"data_tests", "name description config"},
    {"*/columns",
     "name description data_type constraints data_tests tests meta tags quote config "
     "granularity policy_tags docs"},
    {"*/constraints",
     "type expression name to to_columns columns warn_unenforced warn_unsupported"},
    {"*/contract", "enforced alias_types"},
    {"*/freshness", "warn_after error_after filter"},
    {"*/warn_after", "count period"},
    {"*/error_after", "count period"},
    {"*/docs", "show node_color"},
    {"seeds/config",
     "column_types delimiter quote_columns enabled schema database alias tags meta "
     "docs persist_docs full_refresh group"},
    {"snapshots/config",
     "strategy unique_key updated_at check_cols snapshot_meta_column_names "
     "hard_deletes dbt_valid_to_current schema database alias enabled tags meta "
     "docs persist_docs grants"},
    {"*/config",
     "materialized access group contract enabled tags meta schema database alias docs "
     "persist_docs pre-hook post-hook unique_key incremental_strategy on_schema_change "
     "grants full_refresh sql_header event_time batch_size lookback begin severity "
     "error_if warn_if store_failures where limit"},
};

struct ValueRow
{
    const char *key;
    const char *parent; // the path's last key, or "" for anywhere
    const char *values;
};

constexpr ValueRow kValues[] = {
    {"access", "", "public protected private"},
    {"materialized", "", "view table incremental ephemeral materialized_view"},
    {"data_type", "",
     "integer bigint numeric decimal real float double varchar text string char "
     "boolean date timestamp timestamp_tz time json uuid"},
    {"enforced", "", "true false"},
    {"alias_types", "", "true false"},
    {"enabled", "", "true false"},
    {"full_refresh", "", "true false"},
    {"quote", "", "true false"},
    {"maturity", "", "low medium high"},
    {"type", "exposures", "dashboard notebook analysis ml application"},
    {"type", "constraints", "not_null unique primary_key foreign_key check custom"},
    {"period", "", "minute hour day"},
    {"on_schema_change", "", "ignore fail append_new_columns sync_all_columns"},
    {"incremental_strategy", "", "append merge delete+insert insert_overwrite microbatch"},
    {"strategy", "", "timestamp check"},
    {"hard_deletes", "", "ignore invalidate new_record"},
    {"severity", "", "error warn"},
};

bool matches(const char *pattern, const QString &path)
{
    const QString text = QString::fromLatin1(pattern);
    if (text.startsWith(QLatin1String("*/")))
        return path == text.mid(2) || path.endsWith(text.mid(1));
    return path == text;
}

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QStringList DbtPropertySchema::keysAt(const QStringList &path)
{
    const QString joined = path.join(QLatin1Char('/'));
    for (const KeyRow &row : kKeys) {
        if (matches(row.pattern, joined))
            return words(row.keys);
    }
    return {};
}

QStringList DbtPropertySchema::valuesOf(const QStringList &path, const QString &key)
{
    const QString parent = path.isEmpty() ? QString() : path.back();
    for (const ValueRow &row : kValues) {
        if (key == QLatin1String(row.key) && (!*row.parent || parent == QLatin1String(row.parent)))
            return words(row.values);
    }
    return {};
}

bool DbtPropertySchema::isKnownKey(std::string_view key)
{
    static const std::set<std::string, std::less<>> known = [] {
        std::set<std::string, std::less<>> keys;
        for (const KeyRow &row : kKeys) {
            for (const QString &word : words(row.keys))
                keys.insert(word.toStdString());
        }
        return keys;
    }();
    return known.contains(key);
}

} // namespace Trellis::Core::Ide
