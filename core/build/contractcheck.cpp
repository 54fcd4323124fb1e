#include "contractcheck.h"

#include "core/engine/queryresult.h"
#include "core/engine/sqltypemap.h"

#include <algorithm>

namespace Trellis::Core::Build {

namespace {

enum class Family { Integer, Number, Text, Blob, Any };

Family familyOf(const QString &type)
{
    const QString upper = type.trimmed().toUpper();
    // What ColumnTypeTally reports for values.
    if (upper == QLatin1String("NULL") || upper == QLatin1String("MIXED") || upper.isEmpty()
        || upper == QLatin1String("ANY"))
        return Family::Any;
    switch (SqlTypeMap::kindOf(type)) {
    case ValueKind::Integer:
    case ValueKind::Boolean:
        return Family::Integer;
    case ValueKind::Real:
    case ValueKind::Numeric:
        return Family::Number;
    case ValueKind::Text:
    case ValueKind::Date:
    case ValueKind::Timestamp:
    case ValueKind::Time:
        return Family::Text;
    case ValueKind::Blob:
        return Family::Blob;
    case ValueKind::Unknown:
        break;
    }
    return Family::Any;
}

} // namespace

QString ContractCheck::definitionType(const SqlRows &sample, qsizetype index)
{
    const QString declared = sample.declaredTypes.value(index);
    if (!declared.isEmpty())
        return declared;
    ColumnTypeTally tally;
    for (const QVariantList &row : sample.rows)
        tally.add(row.value(index));
    return tally.type();
}

bool ContractCheck::compatible(const QString &definitionType, const QString &contractType)
{
    const Family definition = familyOf(definitionType);
    const Family contract = familyOf(contractType);
    if (definition == Family::Any || contract == Family::Any || definition == contract)
        return true;
    return contract == Family::Number && definition == Family::Integer;
}

std::vector<ContractMismatch> ContractCheck::compare(const SqlRows &sample,
                                                     const std::vector<ColumnDeclaration> &contract)
{
    std::vector<ContractMismatch> mismatches;
    const auto inContract = [&](const QString &name) -> const ColumnDeclaration * {
        for (const ColumnDeclaration &column : contract) {
            if (column.name.compare(name, Qt::CaseInsensitive) == 0)
                return &column;
        }
        return nullptr;
    };
    for (qsizetype i = 0; i < sample.names.size(); ++i) {
        const QString &name = sample.names[i];
        const QString type = definitionType(sample, i);
        const ColumnDeclaration *declared = inContract(name);
        if (!declared)
            mismatches.push_back({name, type, QString(), QStringLiteral("missing in contract")});
        else if (!compatible(type, declared->dataType))
            mismatches.push_back(
                {name, type, declared->dataType, QStringLiteral("data type mismatch")});
    }
    for (const ColumnDeclaration &column : contract) {
        const bool defined
            = std::any_of(sample.names.begin(), sample.names.end(), [&](const QString &name) {
                  return name.compare(column.name, Qt::CaseInsensitive) == 0;
              });
        if (!defined)
            mismatches.push_back(
                {column.name, QString(), column.dataType, QStringLiteral("missing in definition")});
    }
    std::stable_sort(mismatches.begin(), mismatches.end(),
                     [](const ContractMismatch &a, const ContractMismatch &b) {
                         return a.columnName < b.columnName;
                     });
    return mismatches;
}

QString ContractCheck::message(const std::vector<ContractMismatch> &mismatches)
{
    // The table as agate prints it in dbt's message.
    const QStringList headers{QStringLiteral("column_name"), QStringLiteral("definition_type"),
                              QStringLiteral("contract_type"), QStringLiteral("mismatch_reason")};
    std::vector<QStringList> rows;
    for (const ContractMismatch &m : mismatches)
        rows.push_back({m.columnName, m.definitionType, m.contractType, m.reason});
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        qsizetype width = headers[c].size();
        for (const QStringList &row : rows)
            width = std::max(width, row[c].size());
        widths.append(width);
    }
    const auto line = [&](const QStringList &cells) {
        QString out = QStringLiteral("|");
        for (qsizetype c = 0; c < cells.size(); ++c)
            out += QLatin1Char(' ') + cells[c].leftJustified(widths[c]) + QStringLiteral(" |");
        return out + QLatin1Char('\n');
    };
    QStringList rule;
    for (const qsizetype width : widths)
        rule.append(QString(width, QLatin1Char('-')));
    QString table = line(headers) + line(rule);
    for (const QStringList &row : rows)
        table += line(row);
    return tr("This model has an enforced contract that failed.\nPlease ensure the name, "
              "data_type, and "
              "number of columns in your contract match the columns in your model's "
              "definition.\n\n")
        + table;
}

} // namespace Trellis::Core::Build
