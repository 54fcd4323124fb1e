#include "constrainedtable.h"

#include "core/engine/sqltypemap.h"

#include <QJsonArray>

namespace Trellis::Core::Build {

namespace {

QString quoted(const QString &identifier)
{
    return RelationName::quoteIdentifier(identifier);
}

QString quotedList(const QStringList &columns)
{
    QStringList out;
    for (const QString &column : columns)
        out.append(quoted(column));
    return out.join(QStringLiteral(", "));
}

// Every constraint with the columns it applies to: column-level ones name their column.
struct Constraint
{
    QString type;
    QStringList columns;
    QJsonObject definition;
};

std::vector<Constraint> constraintsOf(const Node &node)
{
    std::vector<Constraint> all;
    for (const ColumnDeclaration &column : node.columns) {
        for (const QJsonValue &value : column.constraints) {
            const QJsonObject definition = value.toObject();
            all.push_back(
                {definition.value(QLatin1String("type")).toString(), {column.name}, definition});
        }
    }
    for (const QJsonValue &value : node.constraints) {
        const QJsonObject definition = value.toObject();
        all.push_back({definition.value(QLatin1String("type")).toString(),
                       ConstrainedTable::names(definition.value(QLatin1String("columns"))),
                       definition});
    }
    return all;
}

QString named(const QJsonObject &definition)
{
    const QString name = definition.value(QLatin1String("name")).toString();
    return name.isEmpty() ? QString() : QStringLiteral("CONSTRAINT %1 ").arg(quoted(name));
}

} // namespace

QStringList ConstrainedTable::names(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        out.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QString ConstrainedTable::strictType(const QString &contractType)
{
    switch (SqlTypeMap::kindOf(contractType)) {
    case ValueKind::Integer:
    case ValueKind::Boolean:
        return QStringLiteral("INTEGER");
    case ValueKind::Real:
        return QStringLiteral("REAL");
    case ValueKind::Text:
    case ValueKind::Date:
    case ValueKind::Timestamp:
    case ValueKind::Time:
        return QStringLiteral("TEXT");
    case ValueKind::Blob:
        return QStringLiteral("BLOB");
    case ValueKind::Numeric:
    case ValueKind::Unknown:
        break;
    }
    return QStringLiteral("ANY");
}

QString ConstrainedTable::createStatement(const RelationName &target, const Node &node)
{
    QStringList definitions;
    QStringList tableConstraints;
    const std::vector<Constraint> constraints = constraintsOf(node);
    for (const ColumnDeclaration &column : node.columns) {
        QString definition = quoted(column.name) + QLatin1Char(' ') + strictType(column.dataType);
        for (const QJsonValue &value : column.constraints) {
            const QJsonObject constraint = value.toObject();
            const QString type = constraint.value(QLatin1String("type")).toString();
            if (type == QLatin1String("not_null"))
                definition += QStringLiteral(" NOT NULL");
            else if (type == QLatin1String("unique"))
                definition += QStringLiteral(" ") + named(constraint) + QStringLiteral("UNIQUE");
            else if (type == QLatin1String("primary_key"))
                definition
                    += QStringLiteral(" ") + named(constraint) + QStringLiteral("PRIMARY KEY");
            else if (type == QLatin1String("check"))
                definition += QStringLiteral(" %1CHECK (%2)")
                                  .arg(named(constraint),
                                       constraint.value(QLatin1String("expression")).toString());
        }
        definitions.append(definition);
    }
    for (const QJsonValue &value : node.constraints) {
        const QJsonObject constraint = value.toObject();
        const QString type = constraint.value(QLatin1String("type")).toString();
        const QStringList columns
            = ConstrainedTable::names(constraint.value(QLatin1String("columns")));
        if (type == QLatin1String("check"))
            tableConstraints.append(
                QStringLiteral("%1CHECK (%2)")
                    .arg(named(constraint),
                         constraint.value(QLatin1String("expression")).toString()));
        else if ((type == QLatin1String("unique") || type == QLatin1String("primary_key"))
                 && !columns.isEmpty())
            tableConstraints.append(QStringLiteral("%1%2 (%3)")
                                        .arg(named(constraint),
                                             type == QLatin1String("unique")
                                                 ? QStringLiteral("UNIQUE")
                                                 : QStringLiteral("PRIMARY KEY"),
                                             quotedList(columns)));
        else if (type == QLatin1String("not_null")) {
            for (const QString &column : columns)
                tableConstraints.append(
                    QStringLiteral("CHECK (%1 IS NOT NULL)").arg(quoted(column)));
        }
    }
    return QStringLiteral("CREATE TABLE %1 (\n    %2\n) STRICT")
        .arg(target.quoted(), (definitions + tableConstraints).join(QStringLiteral(",\n    ")));
}

QString ConstrainedTable::insertStatement(const RelationName &target, const Node &node,
                                          const QString &query)
{
    QStringList columns;
    for (const ColumnDeclaration &column : node.columns)
        columns.append(column.name);
    const QString list = quotedList(columns);
    // The line breaks keep a final "-- comment" in the model from swallowing the parenthesis.
    return QStringLiteral("INSERT INTO %1 (%2)\nSELECT %2 FROM (\n%3\n) AS model_subq")
        .arg(target.quoted(), list, query);
}

std::vector<ConstraintProbe> ConstrainedTable::probes(const Node &node, const QString &query)
{
    std::vector<ConstraintProbe> probes;
    const QString from = QStringLiteral("FROM (\n%1\n) AS model_subq").arg(query);
    for (const Constraint &constraint : constraintsOf(node)) {
        const QString columns = quotedList(constraint.columns);
        const QString on = constraint.columns.join(QStringLiteral(", "));
        if (constraint.type == QLatin1String("not_null")) {
            QStringList tests;
            for (const QString &column : constraint.columns)
                tests.append(quoted(column) + QStringLiteral(" IS NULL"));
            probes.push_back({tr("not_null on %1").arg(on),
                              QStringLiteral("SELECT * %1 WHERE %2")
                                  .arg(from, tests.join(QStringLiteral(" OR ")))});
        } else if (constraint.type == QLatin1String("unique")
                   || constraint.type == QLatin1String("primary_key")) {
            probes.push_back(
                {tr("%1 on %2").arg(constraint.type, on),
                 QStringLiteral(
                     "SELECT %1, count(*) AS n_records %2 GROUP BY %1 HAVING count(*) > 1")
                     .arg(columns, from)});
        } else if (constraint.type == QLatin1String("check")) {
            const QString name = constraint.definition.value(QLatin1String("name")).toString();
            const QString expression
                = constraint.definition.value(QLatin1String("expression")).toString();
            probes.push_back({tr("check %1").arg(name.isEmpty() ? expression : name),
                              QStringLiteral("SELECT * %1 WHERE NOT (%2)").arg(from, expression)});
        }
    }
    return probes;
}

Result<std::vector<ConstraintProbe>>
ConstrainedTable::foreignKeyProbes(const Node &node, const RelationName &built,
                                   const RelationRenderer &renderer)
{
    std::vector<ConstraintProbe> probes;
    for (const Constraint &constraint : constraintsOf(node)) {
        if (constraint.type != QLatin1String("foreign_key"))
            continue;
        QString to = constraint.definition.value(QLatin1String("to")).toString();
        QStringList toColumns
            = ConstrainedTable::names(constraint.definition.value(QLatin1String("to_columns")));
        if (to.isEmpty()) {
            // The older form: expression: "other_table (id)".
            const QString expression
                = constraint.definition.value(QLatin1String("expression")).toString();
            const qsizetype open = expression.indexOf(QLatin1Char('('));
            to = expression.left(open).trimmed();
            if (open > 0)
                toColumns = expression.mid(open + 1)
                                .remove(QLatin1Char(')'))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else {
            Result<QString> relation = renderer(to);
            if (!relation)
                return fail(relation.error());
            to = *relation;
        }
        if (to.isEmpty() || toColumns.size() != constraint.columns.size())
            continue;
        QStringList join;
        QStringList present;
        for (qsizetype i = 0; i < toColumns.size(); ++i) {
            join.append(QStringLiteral("parent.%1 = child.%2")
                            .arg(quoted(toColumns[i].trimmed()), quoted(constraint.columns[i])));
            present.append(
                QStringLiteral("child.%1 IS NOT NULL").arg(quoted(constraint.columns[i])));
        }
        probes.push_back(
            {tr("foreign_key %1 → %2").arg(constraint.columns.join(QStringLiteral(", ")), to),
             QStringLiteral("SELECT child.* FROM %1 AS child WHERE %2 AND NOT EXISTS "
                            "(SELECT 1 FROM %3 AS parent WHERE %4)")
                 .arg(built.quoted(), present.join(QStringLiteral(" AND ")), to,
                      join.join(QStringLiteral(" AND ")))});
    }
    return probes;
}

} // namespace Trellis::Core::Build
