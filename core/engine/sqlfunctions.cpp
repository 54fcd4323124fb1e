#include "sqlfunctions.h"

#include "sqlfunctions_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace Trellis::Core {

namespace SqlFunctionsPrivate {

namespace {

// Pure functions may appear in views, indexes and CHECK constraints even with
// trusted_schema=OFF only when they are flagged innocuous.
constexpr int kPureFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;

} // namespace

void Registrar::record(const char *name, int rc)
{
    if (rc != SQLITE_OK && m_failure == SQLITE_OK)
        m_failure = rc;
    const QString text = QString::fromLatin1(name);
    if (std::find(m_names.begin(), m_names.end(), text) == m_names.end())
        m_names.push_back(text);
}

void Registrar::scalar(const char *name, int nArg, ScalarFn fn, bool deterministic, void *userData,
                       void (*destroy)(void *))
{
    const int flags = deterministic ? kPureFlags : (SQLITE_UTF8 | SQLITE_INNOCUOUS);
    record(name,
           sqlite3_create_function_v2(m_db, name, nArg, flags, userData, fn, nullptr, nullptr,
                                      destroy));
}

void Registrar::aggregate(const char *name, int nArg, ScalarFn step, FinalFn final)
{
    record(name,
           sqlite3_create_function_v2(m_db, name, nArg, kPureFlags, nullptr, nullptr, step, final,
                                      nullptr));
}

void Registrar::window(const char *name, int nArg, ScalarFn step, FinalFn final, FinalFn value,
                       ScalarFn inverse)
{
    record(name,
           sqlite3_create_window_function(m_db, name, nArg, kPureFlags, nullptr, step, final, value,
                                          inverse, nullptr));
}

bool Registrar::builtInSince(int versionNumber)
{
    return sqlite3_libversion_number() >= versionNumber;
}

bool checkArgumentCount(sqlite3_context *context, const char *name, int argc, int minimum,
                        int maximum)
{
    if (argc >= minimum && argc <= maximum)
        return true;
    const QString fn = QString::fromLatin1(name);
    if (minimum == maximum)
        resultError(context, FunctionText::tr("%1() takes %2 arguments").arg(fn).arg(minimum));
    else
        resultError(
            context,
            FunctionText::tr("%1() takes %2 to %3 arguments").arg(fn).arg(minimum).arg(maximum));
    return false;
}

} // namespace SqlFunctionsPrivate

namespace {

std::vector<QString> registerOn(sqlite3 *db, int *failure)
{
    SqlFunctionsPrivate::Registrar registrar(db);
    SqlFunctionsPrivate::addDateFunctions(registrar);
    SqlFunctionsPrivate::addTextFunctions(registrar);
    SqlFunctionsPrivate::addRegexFunctions(registrar);
    SqlFunctionsPrivate::addAggregateFunctions(registrar);
    if (failure)
        *failure = registrar.failureCode();
    return registrar.names();
}

} // namespace

Result<void> SqlFunctions::registerAll(sqlite3 *db)
{
    int failure = SQLITE_OK;
    registerOn(db, &failure);
    if (failure != SQLITE_OK)
        return fail(
            Error { {},
                    0,
                    0,
                    SqlFunctionsPrivate::FunctionText::tr("cannot register SQL functions: %1")
                        .arg(QString::fromUtf8(sqlite3_errstr(failure))) });
    return {};
}

QStringList SqlFunctions::names()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        sqlite3_close_v2(db);
        return {};
    }
    const std::vector<QString> registered = registerOn(db, nullptr);
    sqlite3_close_v2(db);
    QStringList names(registered.begin(), registered.end());
    names.sort();
    return names;
}

} // namespace Trellis::Core
