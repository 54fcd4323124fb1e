#include "seedloader.h"

#include "csvreader.h"
#include "datetimevalue.h"
#include "seedtypeinference.h"
#include "sqliteerror.h"
#include "sqltypemap.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>

#include <sqlite3.h>

#include <charconv>

namespace Trellis::Core {

namespace {

// How a column's values are bound.
enum class Binding { Integer, Real, Text, Boolean, Date, Timestamp };

struct ColumnPlan
{
    QString name;
    QString declaredType;
    Binding binding = Binding::Text;
    bool overridden = false;
    SeedTypeInference inference;
};

Binding bindingFor(SeedType type)
{
    switch (type) {
    case SeedType::Integer:
        return Binding::Integer;
    case SeedType::Number:
        return Binding::Real;
    case SeedType::Date:
        return Binding::Date;
    case SeedType::Timestamp:
        return Binding::Timestamp;
    case SeedType::Boolean:
        return Binding::Boolean;
    case SeedType::Text:
        break;
    }
    return Binding::Text;
}

Binding bindingFor(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Integer:
        return Binding::Integer;
    case ValueKind::Real:
    case ValueKind::Numeric:
        return Binding::Real;
    case ValueKind::Boolean:
        return Binding::Boolean;
    case ValueKind::Date:
        return Binding::Date;
    case ValueKind::Timestamp:
        return Binding::Timestamp;
    default:
        break;
    }
    return Binding::Text;
}

// What to_boolean accepts, so a column_types boolean takes more than true/false.
int looseBoolean(std::string_view value)
{
    if (const int strict = SeedTypeInference::booleanValue(value); strict >= 0)
        return strict;
    QByteArray lower = QByteArray(value.data(), qsizetype(value.size())).trimmed().toLower();
    if (lower == "t" || lower == "yes" || lower == "y" || lower == "1")
        return 1;
    if (lower == "f" || lower == "no" || lower == "n" || lower == "0")
        return 0;
    return -1;
}

bool fits(Binding binding, std::string_view value)
{
    switch (binding) {
    case Binding::Integer:
        return SeedTypeInference::isInteger(value);
    case Binding::Real:
        return SeedTypeInference::isNumber(value);
    case Binding::Boolean:
        return looseBoolean(value) >= 0;
    case Binding::Date:
    case Binding::Timestamp:
        return DateTimeValue::parse(value).has_value();
    case Binding::Text:
        return true;
    }
    return true;
}

const char *bindingName(Binding binding)
{
    switch (binding) {
    case Binding::Integer:
        return QT_TRANSLATE_NOOP("Trellis::Core::SeedLoader", "an integer");
    case Binding::Real:
        return QT_TRANSLATE_NOOP("Trellis::Core::SeedLoader", "a number");
    case Binding::Boolean:
        return QT_TRANSLATE_NOOP("Trellis::Core::SeedLoader", "a boolean");
    case Binding::Date:
        return QT_TRANSLATE_NOOP("Trellis::Core::SeedLoader", "a date");
    case Binding::Timestamp:
        return QT_TRANSLATE_NOOP("Trellis::Core::SeedLoader", "a timestamp");
    case Binding::Text:
        break;
    }
    return QT_TRANSLATE_NOOP("Trellis::Core::SeedLoader", "text");
}

std::string_view trimmed(std::string_view value)
{
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
        value.remove_suffix(1);
    return value;
}

// Binds one non-null value. Returns false only if a value that passed the first pass fails to
// convert now, which would be a bug; the caller reports it rather than inserting garbage.
bool bindValue(sqlite3_stmt *statement, int index, Binding binding, std::string_view value,
               std::string &scratch)
{
    switch (binding) {
    case Binding::Integer: {
        std::string_view digits = trimmed(value);
        if (!digits.empty() && digits.front() == '+')
            digits.remove_prefix(1);
        long long parsed = 0;
        const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
        if (result.ec != std::errc())
            return false;
        return sqlite3_bind_int64(statement, index, parsed) == SQLITE_OK;
    }
    case Binding::Real: {
        std::string_view number = trimmed(value);
        if (!number.empty() && number.front() == '+')
            number.remove_prefix(1);
        double parsed = 0;
        const auto result = std::from_chars(number.data(), number.data() + number.size(), parsed);
        if (result.ec != std::errc() && result.ec != std::errc::result_out_of_range)
            return false;
        return sqlite3_bind_double(statement, index, parsed) == SQLITE_OK;
    }
    case Binding::Boolean:
        return sqlite3_bind_int(statement, index, looseBoolean(value)) == SQLITE_OK;
    case Binding::Date:
    case Binding::Timestamp: {
        const std::string_view text = trimmed(value);
        // Canonical text (the common case) is bound as it is; anything else is normalised so
        // comparisons and SQLite's date functions see one format.
        const bool canonical
            = binding == Binding::Date ? text.size() == 10 : (text.size() == 19 && text[10] == ' ');
        if (!canonical) {
            const auto parsed = DateTimeValue::parse(text);
            if (!parsed)
                return false;
            scratch = binding == Binding::Date ? parsed->asDate().toString()
                                               : parsed->asTimestamp().toString();
            return sqlite3_bind_text(statement, index, scratch.data(), int(scratch.size()),
                                     SQLITE_STATIC)
                == SQLITE_OK;
        }
        return sqlite3_bind_text(statement, index, text.data(), int(text.size()), SQLITE_STATIC)
            == SQLITE_OK;
    }
    case Binding::Text:
        break;
    }
    return sqlite3_bind_text(statement, index, value.data(), int(value.size()), SQLITE_STATIC)
        == SQLITE_OK;
}

// Finalizes the statement and rolls the savepoint back unless released.
class LoadTransaction
{
public:
    explicit LoadTransaction(sqlite3 *db)
        : m_db(db)
    { }
    ~LoadTransaction()
    {
        if (m_statement)
            sqlite3_finalize(m_statement);
        if (m_open) {
            sqlite3_exec(m_db, "ROLLBACK TO trellis_seed; RELEASE trellis_seed;", nullptr, nullptr,
                         nullptr);
        }
    }
    bool begin()
    {
        m_open
            = sqlite3_exec(m_db, "SAVEPOINT trellis_seed;", nullptr, nullptr, nullptr) == SQLITE_OK;
        return m_open;
    }
    bool commit()
    {
        if (m_statement) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        if (sqlite3_exec(m_db, "RELEASE trellis_seed;", nullptr, nullptr, nullptr) != SQLITE_OK)
            return false;
        m_open = false;
        return true;
    }
    sqlite3_stmt **statement() { return &m_statement; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_open = false;
};

} // namespace

SeedLoader::SeedLoader(sqlite3 *db)
    : m_db(db)
{ }

SeedLoader::Outcome SeedLoader::loadFile(const QString &csvPath, const RelationName &table,
                                         const SeedOptions &options) const
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QList<Error> { Error { csvPath, 0, 0, file.errorString() } });
    // Mapping avoids copying a large seed; an empty file cannot be mapped and needs no bytes.
    if (file.size() == 0)
        return loadData(QByteArrayView(), csvPath, table, options);
    if (uchar *mapped = file.map(0, file.size())) {
        QByteArrayView bytes(reinterpret_cast<const char *>(mapped), file.size());
        Outcome outcome = loadData(bytes, csvPath, table, options);
        file.unmap(mapped);
        return outcome;
    }
    const QByteArray bytes = file.readAll();
    return loadData(bytes, csvPath, table, options);
}

SeedLoader::Outcome SeedLoader::loadData(QByteArrayView csv, const QString &fileName,
                                         const RelationName &table,
                                         const SeedOptions &options) const
{
    QElapsedTimer timer;
    timer.start();
    QList<Error> problems;
    qint64 problemCount = 0;
    auto problem = [&](qint64 line, const QString &message) {
        ++problemCount;
        if (problems.size() < kMaxReportedProblems)
            problems.append(Error { fileName, int(line), 0, message });
    };

    CsvReader reader(csv, options.delimiter);
    std::vector<std::string_view> fields;
    if (reader.next(fields) != CsvReader::Status::Record)
        return fail(QList<Error> {
            Error { fileName, 1, 0, tr("a seed needs a header row naming its columns") } });

    std::vector<ColumnPlan> columns(fields.size());
    QSet<QString> seen;
    QMap<QString, QString> unusedTypes = options.columnTypes;
    for (size_t i = 0; i < fields.size(); ++i) {
        ColumnPlan &column = columns[i];
        column.name = QString::fromUtf8(fields[i].data(), qsizetype(fields[i].size()));
        if (column.name.trimmed().isEmpty())
            problem(1, tr("column %1 has no name in the header").arg(i + 1));
        else if (seen.contains(column.name.toLower()))
            problem(1, tr("column '%1' appears twice in the header").arg(column.name));
        seen.insert(column.name.toLower());
        if (auto it = options.columnTypes.find(column.name); it != options.columnTypes.end()) {
            column.overridden = true;
            column.declaredType = SqlTypeMap::declaredType(*it);
            column.binding = bindingFor(SqlTypeMap::kindOf(*it));
            unusedTypes.remove(column.name);
        }
    }
    for (auto it = unusedTypes.cbegin(); it != unusedTypes.cend(); ++it)
        problem(1, tr("column_types names '%1', which is not a column of this seed").arg(it.key()));
    if (!problems.isEmpty())
        return fail(problems);

    // First pass: types and problems. Bad records are remembered by ordinal so the second pass
    // skips exactly those.
    std::vector<qint64> badRecords;
    qint64 ordinal = 0;
    for (;; ++ordinal) {
        const CsvReader::Status status = reader.next(fields);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Fatal) {
            problem(reader.recordLine(), tr(reader.problem()));
            badRecords.push_back(ordinal);
            break;
        }
        if (status == CsvReader::Status::BadRecord) {
            problem(reader.recordLine(), tr(reader.problem()));
            badRecords.push_back(ordinal);
            continue;
        }
        if (fields.size() != columns.size()) {
            problem(reader.recordLine(),
                    tr("%1 fields, but the header has %2 columns")
                        .arg(fields.size())
                        .arg(columns.size()));
            badRecords.push_back(ordinal);
            continue;
        }
        bool good = true;
        for (size_t i = 0; i < columns.size(); ++i) {
            ColumnPlan &column = columns[i];
            if (!column.overridden) {
                column.inference.add(fields[i]);
            } else if (!SeedTypeInference::isNull(fields[i]) && !fits(column.binding, fields[i])) {
                problem(reader.recordLine(),
                        tr("'%1' in column '%2' is not %3 (column_types says %4)")
                            .arg(QString::fromUtf8(fields[i].data(), qsizetype(fields[i].size())),
                                 column.name, tr(bindingName(column.binding)),
                                 options.columnTypes.value(column.name)));
                good = false;
            }
        }
        if (!good)
            badRecords.push_back(ordinal);
    }
    if (problemCount > problems.size())
        problems.append(Error { fileName, 0, 0,
                                tr("… and %1 more problems").arg(problemCount - problems.size()) });
    if (problemCount > 0 && !options.skipBadRows)
        return fail(problems);

    SeedReport report;
    report.warnings = problems;
    for (ColumnPlan &column : columns) {
        if (!column.overridden) {
            const SeedType type = column.inference.type();
            column.declaredType = QString::fromLatin1(SeedTypeInference::sqlType(type));
            column.binding = bindingFor(type);
        }
        report.columns.append(SeedColumn { column.name, column.declaredType });
    }

    // Second pass: replace the table inside one savepoint.
    LoadTransaction transaction(m_db);
    auto sqlFailure = [&](const QByteArray &sql = {}) {
        Error error = SqliteError::fromConnection(m_db, sql);
        error.file = fileName;
        error.line = 0;
        error.column = 0;
        error.message = tr("cannot load the seed into %1: %2").arg(table.quoted(), error.message);
        return fail(QList<Error> { error });
    };
    if (!transaction.begin())
        return sqlFailure();
    QString create
        = QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1 (").arg(table.quoted());
    QString insert = QStringLiteral("INSERT INTO %1 VALUES (").arg(table.quoted());
    for (size_t i = 0; i < columns.size(); ++i) {
        if (i > 0) {
            create += QStringLiteral(", ");
            insert += QLatin1Char(',');
        }
        create += RelationName::quoteIdentifier(columns[i].name) + QLatin1Char(' ')
            + columns[i].declaredType;
        insert += QLatin1Char('?');
    }
    create += QStringLiteral(");");
    insert += QLatin1Char(')');
    const QByteArray createUtf8 = create.toUtf8();
    if (sqlite3_exec(m_db, createUtf8.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlFailure(createUtf8);
    const QByteArray insertUtf8 = insert.toUtf8();
    if (sqlite3_prepare_v3(m_db, insertUtf8.constData(), int(insertUtf8.size()),
                           SQLITE_PREPARE_PERSISTENT, transaction.statement(), nullptr)
        != SQLITE_OK)
        return sqlFailure(insertUtf8);
    sqlite3_stmt *statement = *transaction.statement();

    reader.restart();
    reader.next(fields); // the header
    std::vector<std::string> scratch(columns.size());
    auto nextBad = badRecords.cbegin();
    for (qint64 record = 0;; ++record) {
        const CsvReader::Status status = reader.next(fields);
        if (status == CsvReader::Status::End || status == CsvReader::Status::Fatal)
            break;
        if (nextBad != badRecords.cend() && *nextBad == record) {
            ++nextBad;
            continue;
        }
        for (size_t i = 0; i < columns.size(); ++i) {
            const int index = int(i) + 1;
            if (SeedTypeInference::isNull(fields[i])) {
                sqlite3_bind_null(statement, index);
            } else if (!bindValue(statement, index, columns[i].binding, fields[i], scratch[i])) {
                return fail(QList<Error> { Error {
                    fileName, int(reader.recordLine()), 0,
                    tr("cannot convert '%1' in column '%2'")
                        .arg(QString::fromUtf8(fields[i].data(), qsizetype(fields[i].size())),
                             columns[i].name) } });
            }
        }
        if (sqlite3_step(statement) != SQLITE_DONE) {
            Error error = SqliteError::fromConnection(m_db);
            error.file = fileName;
            error.line = int(reader.recordLine());
            return fail(QList<Error> { error });
        }
        sqlite3_reset(statement);
        ++report.rowCount;
    }
    if (!transaction.commit())
        return sqlFailure();
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace Trellis::Core
