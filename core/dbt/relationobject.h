#pragma once

#include "core/jinja/object.h"

#include <string>

namespace Trellis::Core::Dbt {

// Where a node lives in the warehouse. In Trellis's SQLite workspace each dbt schema is an
// attached database, so a relation renders as "schema"."identifier" (the database is kept for
// templates that read it, not printed).
struct Relation
{
    std::string database;
    std::string schema;
    std::string identifier;
    std::string type; // "table", "view", "cte" when known (execute mode), else empty

    std::string rendered() const;
};

// dbt's Relation as templates see it: `{{ this }}`, `{{ ref('x') }}`, `this.schema`,
// `this.identifier`, `this.type`, `this.is_table`, `relation.render()`,
// `relation.include(database=false)`.
class RelationObject final : public Jinja::Object
{
public:
    explicit RelationObject(Relation relation);
    static Jinja::Value make(Relation relation);

    const Relation &relation() const { return m_relation; }

    std::string typeName() const override { return "Relation"; }
    Jinja::Value attribute(std::string_view name) const override;
    std::string str() const override { return m_relation.rendered(); }
    std::string repr() const override { return "<SQLiteRelation " + m_relation.rendered() + ">"; }

private:
    Relation m_relation;
};

} // namespace Trellis::Core::Dbt
