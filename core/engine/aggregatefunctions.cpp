// Aggregates warehouses have and SQLite lacks. bool_or/bool_and are also window functions
// (they keep counts, so a row can leave the frame again).

#include "sqlfunctions_p.h"

#include <string>

namespace Trellis::Core::SqlFunctionsPrivate {

namespace {

struct TruthCounts
{
    qint64 nonNull;
    qint64 trues;
};

bool truthOf(sqlite3_value *value)
{
    return sqlite3_value_type(value) == SQLITE_INTEGER ? sqlite3_value_int64(value) != 0
                                                       : sqlite3_value_double(value) != 0.0;
}

void truthStep(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (isNull(argv[0]))
        return;
    auto *counts
        = static_cast<TruthCounts *>(sqlite3_aggregate_context(context, sizeof(TruthCounts)));
    if (!counts)
        return sqlite3_result_error_nomem(context);
    ++counts->nonNull;
    counts->trues += truthOf(argv[0]) ? 1 : 0;
}

void truthInverse(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (isNull(argv[0]))
        return;
    auto *counts
        = static_cast<TruthCounts *>(sqlite3_aggregate_context(context, sizeof(TruthCounts)));
    if (!counts)
        return;
    --counts->nonNull;
    counts->trues -= truthOf(argv[0]) ? 1 : 0;
}

// NULLs are ignored; no non-NULL input gives NULL (as in Postgres and Snowflake).
template<bool Any> void truthValue(sqlite3_context *context)
{
    auto *counts = static_cast<TruthCounts *>(sqlite3_aggregate_context(context, 0));
    if (!counts || counts->nonNull == 0)
        return sqlite3_result_null(context);
    sqlite3_result_int(context, Any ? counts->trues > 0 : counts->trues == counts->nonNull);
}

// any_value: the first non-NULL value seen (a legitimate "any" value, and deterministic).
struct FirstValue
{
    sqlite3_value *value;
};

void anyValueStep(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *first = static_cast<FirstValue *>(sqlite3_aggregate_context(context, sizeof(FirstValue)));
    if (!first)
        return sqlite3_result_error_nomem(context);
    if (!first->value && !isNull(argv[0]))
        first->value = sqlite3_value_dup(argv[0]);
}

void anyValueFinal(sqlite3_context *context)
{
    auto *first = static_cast<FirstValue *>(sqlite3_aggregate_context(context, 0));
    if (!first || !first->value)
        return sqlite3_result_null(context);
    sqlite3_result_value(context, first->value);
    sqlite3_value_free(first->value);
    first->value = nullptr;
}

struct Joined
{
    std::string *text;
};

// listagg(x[, separator]) / string_agg(x, separator): NULLs are skipped. SQLite 3.40 has no
// ORDER BY inside aggregates: the order is the order rows arrive in.
void joinStep(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (isNull(argv[0]))
        return;
    auto *joined = static_cast<Joined *>(sqlite3_aggregate_context(context, sizeof(Joined)));
    if (!joined)
        return sqlite3_result_error_nomem(context);
    if (!joined->text) {
        joined->text = new std::string;
    } else if (argc == 2 && !isNull(argv[1])) {
        joined->text->append(textOf(argv[1]));
    }
    joined->text->append(textOf(argv[0]));
}

// Only NULLs (or no rows): listagg gives '' as Snowflake does, string_agg NULL as Postgres does.
template<bool EmptyIsNull> void joinFinal(sqlite3_context *context)
{
    auto *joined = static_cast<Joined *>(sqlite3_aggregate_context(context, 0));
    if (!joined || !joined->text) {
        if (EmptyIsNull)
            return sqlite3_result_null(context);
        return resultText(context, {});
    }
    resultText(context, *joined->text);
    delete joined->text;
    joined->text = nullptr;
}

} // namespace

void addAggregateFunctions(Registrar &r)
{
    for (const char *name : { "bool_or", "boolor_agg", "logical_or" })
        r.window(name, 1, truthStep, truthValue<true>, truthValue<true>, truthInverse);
    for (const char *name : { "bool_and", "booland_agg", "logical_and" })
        r.window(name, 1, truthStep, truthValue<false>, truthValue<false>, truthInverse);
    r.aggregate("any_value", 1, anyValueStep, anyValueFinal);
    r.aggregate("listagg", 1, joinStep, joinFinal<false>);
    r.aggregate("listagg", 2, joinStep, joinFinal<false>);
    if (!Registrar::builtInSince(3044000))
        r.aggregate("string_agg", 2, joinStep, joinFinal<true>);
}

} // namespace Trellis::Core::SqlFunctionsPrivate
