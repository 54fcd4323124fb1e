#pragma once

#include "core/dbt/executehost.h"
#include "core/jinja/object.h"

namespace Trellis::Core::Dbt {

// The result of run_query() as templates use dbt's agate table: `table.rows` (each row indexable
// by position or column name, and iterable), `table.columns` (each with `name` and `values()`),
// `table.column_names`, `table.column_types`, `len(table)`, iteration over the rows and
// `table.print_table()` (prints nothing). Immutable; shares its rows between copies.
class AgateTable final : public Jinja::Object
{
public:
    explicit AgateTable(QueryTable table);
    static Jinja::Value make(QueryTable table);

    std::string typeName() const override { return "Table"; }
    Jinja::Value attribute(std::string_view name) const override;
    Jinja::Value item(const Jinja::Value &key) const override;
    bool isIterable() const override { return true; }
    Result<std::vector<Jinja::Value>> iterate(Jinja::CallContext &context) const override;
    std::optional<std::int64_t> length() const override { return m_rows.size(); }

    // A SQL value as templates see it: int, float, string or None.
    static Jinja::Value cell(const QVariant &value);
    // `data` of load_result(): a list of tuples.
    Jinja::Value dataTuples() const;

private:
    Jinja::Value columnObjects() const;

    QStringList m_names;
    QStringList m_types;
    std::vector<std::vector<Jinja::Value>> m_cells; // per row, one value per column
    std::vector<Jinja::Value> m_rows; // the same rows as row objects
};

} // namespace Trellis::Core::Dbt
