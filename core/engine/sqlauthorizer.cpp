#include "sqlauthorizer.h"

#include <sqlite3.h>

#include <cstring>

namespace Trellis::Core {

namespace {

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

bool equalsIgnoringCase(const char *a, const char *b)
{
    return a && b && sqlite3_stricmp(a, b) == 0;
}

// SQLite refuses direct writes to these itself; it writes them on behalf of CREATE and DROP,
// which the authorizer then judges by the CREATE/DROP action that follows.
bool isSchemaTable(const char *table)
{
    return equalsIgnoringCase(table, "sqlite_master") || equalsIgnoringCase(table, "sqlite_schema")
        || equalsIgnoringCase(table, "sqlite_temp_master")
        || equalsIgnoringCase(table, "sqlite_temp_schema");
}

// PRAGMAs that take an argument but only read: the table-introspection ones.
bool isReadingPragma(const char *name)
{
    static const char *const kReading[]
        = { "table_info",    "table_xinfo",      "index_list",        "index_info",
            "index_xinfo",   "foreign_key_list", "foreign_key_check", "integrity_check",
            "quick_check",   "function_list",    "pragma_list",       "collation_list",
            "database_list", "table_list",       "module_list",       "compile_options" };
    for (const char *pragma : kReading) {
        if (equalsIgnoringCase(name, pragma))
            return true;
    }
    return false;
}

} // namespace

SqlAuthorizer::SqlAuthorizer(sqlite3 *db, std::optional<RelationName> buildTarget)
    : m_db(db)
    , m_target(std::move(buildTarget))
{
    sqlite3_set_authorizer(m_db, &SqlAuthorizer::callback, this);
}

SqlAuthorizer::~SqlAuthorizer()
{
    sqlite3_set_authorizer(m_db, nullptr, nullptr);
}

void SqlAuthorizer::hardenConnection(sqlite3 *db)
{
    sqlite3_enable_load_extension(db, 0);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    // Debian builds with SQLITE_ENABLE_FTS3_TOKENIZER, which lets SQL hand FTS3 a raw pointer.
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, nullptr);
    // Defensive mode forbids writable_schema, journal_mode=OFF and writes to shadow tables,
    // sqlite_dbpage, etc.; Trellis never needs any of them.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // Functions named in a view or trigger of a schema run only if flagged innocuous.
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
}

int SqlAuthorizer::callback(void *self, int action, const char *arg1, const char *arg2,
                            const char *database, const char *trigger)
{
    Q_UNUSED(trigger)
    return static_cast<SqlAuthorizer *>(self)->decide(action, arg1, arg2, database);
}

int SqlAuthorizer::deny(QString message)
{
    // The first refusal explains the statement; later ones are consequences.
    if (m_denial.isEmpty())
        m_denial = std::move(message);
    return SQLITE_DENY;
}

int SqlAuthorizer::checkWrite(const char *verb, const char *database, const char *table)
{
    if (m_target && m_target->matches(fromUtf8(database), fromUtf8(table)))
        return SQLITE_OK;
    // AUTOINCREMENT and ANALYZE keep bookkeeping tables in the target's own database.
    const bool bookkeeping = equalsIgnoringCase(table, "sqlite_sequence")
        || std::strncmp(table ? table : "", "sqlite_stat", 11) == 0;
    if (m_target && bookkeeping
        && m_target->schema.compare(fromUtf8(database), Qt::CaseInsensitive) == 0)
        return SQLITE_OK;
    const QString relation = RelationName { fromUtf8(database), fromUtf8(table) }.quoted();
    if (!m_target)
        return deny(tr("Trellis refused %1 on %2: a preview may not change the database")
                        .arg(QString::fromLatin1(verb), relation));
    return deny(tr("Trellis refused %1 on %2: a model may only write the relation it builds (%3)")
                    .arg(QString::fromLatin1(verb), relation, m_target->quoted()));
}

int SqlAuthorizer::decide(int action, const char *arg1, const char *arg2, const char *database)
{
    switch (action) {
    case SQLITE_READ:
    case SQLITE_SELECT:
    case SQLITE_RECURSIVE:
    case SQLITE_ANALYZE:
    case SQLITE_REINDEX:
        return SQLITE_OK;

    case SQLITE_FUNCTION:
        if (equalsIgnoringCase(arg2, "load_extension"))
            return deny(
                tr("Trellis refused load_extension(): models may not load SQLite extensions"));
        if (equalsIgnoringCase(arg2, "fts3_tokenizer"))
            return deny(tr("Trellis refused fts3_tokenizer(): models may not register tokenizers"));
        return SQLITE_OK;

    case SQLITE_ATTACH:
        return deny(tr("Trellis refused ATTACH: models may not attach databases"));
    case SQLITE_DETACH:
        return deny(tr("Trellis refused DETACH: models may not detach databases"));

    case SQLITE_PRAGMA:
        if (!arg2 || isReadingPragma(arg1))
            return SQLITE_OK;
        return deny(tr("Trellis refused PRAGMA %1: models may not change connection settings")
                        .arg(fromUtf8(arg1)));

    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        return deny(tr("Trellis refused %1: models may not control transactions; Trellis runs "
                       "each model in its own")
                        .arg(fromUtf8(arg1).toUpper()));

    case SQLITE_CREATE_TRIGGER:
    case SQLITE_CREATE_TEMP_TRIGGER:
    case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_TEMP_TRIGGER:
        return deny(tr("Trellis refused a trigger: models may not create or drop triggers"));

    case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_VTABLE:
        return deny(tr("Trellis refused a virtual table: models may not create or drop virtual "
                       "tables"));

    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        if (isSchemaTable(arg1))
            return SQLITE_OK;
        return checkWrite(action == SQLITE_INSERT       ? "INSERT"
                              : action == SQLITE_UPDATE ? "UPDATE"
                                                        : "DELETE",
                          database, arg1);

    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_TEMP_TABLE:
        return checkWrite("CREATE TABLE", database, arg1);
    case SQLITE_CREATE_VIEW:
    case SQLITE_CREATE_TEMP_VIEW:
        return checkWrite("CREATE VIEW", database, arg1);
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_TEMP_TABLE:
        return checkWrite("DROP TABLE", database, arg1);
    case SQLITE_DROP_VIEW:
    case SQLITE_DROP_TEMP_VIEW:
        return checkWrite("DROP VIEW", database, arg1);
    // Indexes belong to their table: arg2 names it.
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_TEMP_INDEX:
        return checkWrite("CREATE INDEX", database, arg2);
    case SQLITE_DROP_INDEX:
    case SQLITE_DROP_TEMP_INDEX:
        return checkWrite("DROP INDEX", database, arg2);
    // ALTER TABLE passes the database in arg1 and the table in arg2.
    case SQLITE_ALTER_TABLE:
        return checkWrite("ALTER TABLE", arg1, arg2);

    default:
        return deny(
            tr("Trellis refused an operation it does not know (SQLite action %1)").arg(action));
    }
}

} // namespace Trellis::Core
