#include "relationobject.h"

#include "core/jinja/callable.h"

namespace Trellis::Core::Dbt {

namespace {

void appendQuoted(std::string &out, const std::string &name)
{
    out += '"';
    for (const char c : name) {
        if (c == '"')
            out += '"'; // SQL doubles a quote inside a quoted identifier
        out += c;
    }
    out += '"';
}

} // namespace

std::string Relation::rendered() const
{
    // dbt names an ephemeral model's CTE bare: __dbt__cte__name.
    if (type == "cte")
        return identifier;
    std::string out;
    if (!schema.empty()) {
        appendQuoted(out, schema);
        out += '.';
    }
    appendQuoted(out, identifier);
    return out;
}

RelationObject::RelationObject(Relation relation)
    : m_relation(std::move(relation))
{ }

Jinja::Value RelationObject::make(Relation relation)
{
    return Jinja::Value::object(Jinja::makeRef<RelationObject>(std::move(relation)));
}

Jinja::Value RelationObject::attribute(std::string_view name) const
{
    using Jinja::Value;
    if (name == "database")
        return Value::string(m_relation.database);
    if (name == "schema")
        return Value::string(m_relation.schema);
    if (name == "identifier" || name == "name" || name == "table")
        return Value::string(m_relation.identifier);
    if (name == "type")
        return m_relation.type.empty() ? Value::none() : Value::string(m_relation.type);
    if (name == "is_table")
        return Value::boolean(m_relation.type == "table");
    if (name == "is_view")
        return Value::boolean(m_relation.type == "view");
    if (name == "is_cte")
        return Value::boolean(m_relation.type == "cte");
    if (name == "render") {
        const std::string rendered = m_relation.rendered();
        return Jinja::NativeFunction::make("render", [rendered](Jinja::CallContext &, Jinja::Arguments &)
                                               -> Result<Value> { return Value::string(rendered); });
    }
    // Variants of the relation (quoting, parts included) render the same in SQLite: the same
    // relation is the faithful answer.
    if (name == "include" || name == "quote" || name == "incorporate") {
        const Value self = Value::object(Jinja::Ref<Object>(const_cast<RelationObject *>(this)));
        return Jinja::NativeFunction::make(std::string(name), [self](Jinja::CallContext &, Jinja::Arguments &)
                                               -> Result<Value> { return self; });
    }
    return Object::attribute(name);
}

} // namespace Trellis::Core::Dbt
