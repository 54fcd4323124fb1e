#pragma once

#include <QString>

namespace Trellis::Core {

// A relation as compiled SQL names it: "schema"."name". Schema is the attached database's name
// ("main" for the workspace file itself). SQLite compares both case-insensitively (ASCII).
struct RelationName
{
    QString schema;
    QString name;

    // "schema"."name" with embedded double quotes doubled, ready to splice into SQL.
    QString quoted() const;
    bool matches(QStringView otherSchema, QStringView otherName) const;

    // Doubles embedded quotes and wraps in double quotes.
    static QString quoteIdentifier(QStringView identifier);
};

} // namespace Trellis::Core
