# core/engine: the SQLite workspace (connections, authorizer, SQL functions, dialect rewriting,
# seed loading, previews). Included by core/CMakeLists.txt; only adds sources to trellis_core.
target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/sqliteconnection.h ${CMAKE_CURRENT_LIST_DIR}/sqliteconnection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqliteerror.h ${CMAKE_CURRENT_LIST_DIR}/sqliteerror.cpp
    ${CMAKE_CURRENT_LIST_DIR}/relationname.h ${CMAKE_CURRENT_LIST_DIR}/relationname.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datetimevalue.h ${CMAKE_CURRENT_LIST_DIR}/datetimevalue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlfunctions.h ${CMAKE_CURRENT_LIST_DIR}/sqlfunctions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlfunctions_p.h
    ${CMAKE_CURRENT_LIST_DIR}/datefunctions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textfunctions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/regexfunctions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/aggregatefunctions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlauthorizer.h ${CMAKE_CURRENT_LIST_DIR}/sqlauthorizer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspacedatabase.h ${CMAKE_CURRENT_LIST_DIR}/workspacedatabase.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlscanner.h ${CMAKE_CURRENT_LIST_DIR}/sqlscanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqltypemap.h ${CMAKE_CURRENT_LIST_DIR}/sqltypemap.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dialectrewriter.h ${CMAKE_CURRENT_LIST_DIR}/dialectrewriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csvreader.h ${CMAKE_CURRENT_LIST_DIR}/csvreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/seedtypeinference.h ${CMAKE_CURRENT_LIST_DIR}/seedtypeinference.cpp
    ${CMAKE_CURRENT_LIST_DIR}/seedloader.h ${CMAKE_CURRENT_LIST_DIR}/seedloader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/previewsql.h ${CMAKE_CURRENT_LIST_DIR}/previewsql.cpp
    ${CMAKE_CURRENT_LIST_DIR}/queryresult.h ${CMAKE_CURRENT_LIST_DIR}/queryresult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/queryworker.h ${CMAKE_CURRENT_LIST_DIR}/queryworker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/queryrunner.h ${CMAKE_CURRENT_LIST_DIR}/queryrunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlitevalue.h ${CMAKE_CURRENT_LIST_DIR}/sqlitevalue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/guardedsql.h ${CMAKE_CURRENT_LIST_DIR}/guardedsql.cpp
)
