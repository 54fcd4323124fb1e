#include "agatetable.h"

#include "core/dbt/contextmembers.h"
#include "core/dbt/hostobject.h"

namespace Trellis::Core::Dbt {

using Jinja::Value;

namespace {

Value names(const QStringList &list)
{
    std::vector<Value> items;
    for (const QString &name : list)
        items.push_back(Value::string(name.toStdString()));
    return Value::tuple(std::move(items));
}

// One row: row[0], row['name'], iteration over the values, len(row), keys() and values().
class AgateRow final : public Jinja::Object
{
public:
    AgateRow(QStringList names, std::vector<Value> values)
        : m_names(std::move(names))
        , m_values(std::move(values))
    { }

    std::string typeName() const override { return "Row"; }
    Value item(const Value &key) const override
    {
        if (key.isInt()) {
            std::int64_t index = key.asInt();
            if (index < 0)
                index += std::int64_t(m_values.size());
            if (index >= 0 && index < std::int64_t(m_values.size()))
                return m_values[std::size_t(index)];
            return Jinja::missingItem(
                Value::object(Jinja::Ref<Object>(const_cast<AgateRow *>(this))), key);
        }
        const qsizetype column = m_names.indexOf(QString::fromStdString(key.str()));
        if (column >= 0)
            return m_values[std::size_t(column)];
        return Jinja::missingItem(Value::object(Jinja::Ref<Object>(const_cast<AgateRow *>(this))),
                                  key);
    }
    Value attribute(std::string_view name) const override
    {
        if (name == "keys")
            return constantFunction("keys", names(m_names));
        if (name == "values")
            return constantFunction("values", Value::tuple(m_values));
        return item(Value::string(std::string(name)));
    }
    bool isIterable() const override { return true; }
    Result<std::vector<Value>> iterate(Jinja::CallContext &) const override { return m_values; }
    std::optional<std::int64_t> length() const override { return m_values.size(); }
    std::string repr() const override { return "<agate.Row>"; }

private:
    QStringList m_names;
    std::vector<Value> m_values;
};

} // namespace

AgateTable::AgateTable(QueryTable table)
    : m_names(std::move(table.columnNames))
    , m_types(std::move(table.columnTypes))
{
    for (const QVariantList &row : std::as_const(table.rows)) {
        std::vector<Value> cells;
        cells.reserve(std::size_t(m_names.size()));
        for (qsizetype i = 0; i < m_names.size(); ++i)
            cells.push_back(cell(row.value(i)));
        m_rows.push_back(Value::object(Jinja::makeRef<AgateRow>(m_names, cells)));
        m_cells.push_back(std::move(cells));
    }
}

Value AgateTable::make(QueryTable table)
{
    return Value::object(Jinja::makeRef<AgateTable>(std::move(table)));
}

Value AgateTable::cell(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
        return Value::integer(value.toLongLong());
    case QMetaType::Double:
        return Value::number(value.toDouble());
    case QMetaType::QString:
        return Value::string(value.toString().toStdString());
    case QMetaType::QByteArray:
        return Value::string(value.toByteArray().toStdString());
    default:
        return Value::none();
    }
}

Value AgateTable::dataTuples() const
{
    std::vector<Value> tuples;
    for (const std::vector<Value> &cells : m_cells)
        tuples.push_back(Value::tuple(cells));
    return Value::list(std::move(tuples));
}

Value AgateTable::columnObjects() const
{
    std::vector<Value> columns;
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        std::vector<Value> values;
        for (const std::vector<Value> &cells : m_cells)
            values.push_back(cells[std::size_t(i)]);
        auto column = Jinja::makeRef<HostObject>("Column");
        column->set("name", Value::string(m_names[i].toStdString()));
        column->set("data_type", Value::string(m_types.value(i).toStdString()));
        column->set("values", constantFunction("values", Value::tuple(std::move(values))));
        columns.push_back(Value::object(column));
    }
    return Value::tuple(std::move(columns));
}

Value AgateTable::attribute(std::string_view name) const
{
    if (name == "rows")
        return Value::tuple(m_rows);
    if (name == "columns")
        return columnObjects();
    if (name == "column_names")
        return names(m_names);
    if (name == "column_types")
        return names(m_types);
    if (name == "print_table")
        return constantFunction("print_table", Value::none());
    return Object::attribute(name);
}

Value AgateTable::item(const Value &key) const
{
    if (key.isInt()) {
        const std::int64_t index = key.asInt();
        if (index >= 0 && index < std::int64_t(m_rows.size()))
            return m_rows[std::size_t(index)];
    }
    return Jinja::missingItem(Value::object(Jinja::Ref<Object>(const_cast<AgateTable *>(this))),
                              key);
}

Result<std::vector<Value>> AgateTable::iterate(Jinja::CallContext &) const
{
    return m_rows;
}

} // namespace Trellis::Core::Dbt
