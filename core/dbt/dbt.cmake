# The dbt layer (Trellis::Core::Dbt): static analysis of SQL files and dbt's parse-mode context
# for the Jinja engine; included by core/CMakeLists.txt.
target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/sqlcalls.h
    ${CMAKE_CURRENT_LIST_DIR}/staticsqlanalyzer.h ${CMAKE_CURRENT_LIST_DIR}/staticsqlanalyzer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/adapterobject.h ${CMAKE_CURRENT_LIST_DIR}/adapterobject.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contextmembers.h ${CMAKE_CURRENT_LIST_DIR}/contextmembers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datetimeobject.h ${CMAKE_CURRENT_LIST_DIR}/datetimeobject.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hostobject.h ${CMAKE_CURRENT_LIST_DIR}/hostobject.cpp
    ${CMAKE_CURRENT_LIST_DIR}/macronamespace.h ${CMAKE_CURRENT_LIST_DIR}/macronamespace.cpp
    ${CMAKE_CURRENT_LIST_DIR}/macropackage.h ${CMAKE_CURRENT_LIST_DIR}/macropackage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/parseconfigobject.h ${CMAKE_CURRENT_LIST_DIR}/parseconfigobject.cpp
    ${CMAKE_CURRENT_LIST_DIR}/parsecontext.h ${CMAKE_CURRENT_LIST_DIR}/parsecontext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/projectfilerenderer.h ${CMAKE_CURRENT_LIST_DIR}/projectfilerenderer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/projectvars.h ${CMAKE_CURRENT_LIST_DIR}/projectvars.cpp
    ${CMAKE_CURRENT_LIST_DIR}/relationobject.h ${CMAKE_CURRENT_LIST_DIR}/relationobject.cpp
    ${CMAKE_CURRENT_LIST_DIR}/valuejson.h ${CMAKE_CURRENT_LIST_DIR}/valuejson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/executehost.h
    ${CMAKE_CURRENT_LIST_DIR}/agatetable.h ${CMAKE_CURRENT_LIST_DIR}/agatetable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/executeconfigobject.h ${CMAKE_CURRENT_LIST_DIR}/executeconfigobject.cpp
    ${CMAKE_CURRENT_LIST_DIR}/executecontext.h ${CMAKE_CURRENT_LIST_DIR}/executecontext.cpp
)
# dbt's own macros, as Trellis writes them for SQLite, compiled into the library.
qt_add_resources(trellis_core "dbt_builtin_macros"
    PREFIX "/trellis/dbt"
    BASE "${CMAKE_CURRENT_LIST_DIR}"
    FILES
        ${CMAKE_CURRENT_LIST_DIR}/macros/cross_database.sql
        ${CMAKE_CURRENT_LIST_DIR}/macros/execution.sql
        ${CMAKE_CURRENT_LIST_DIR}/macros/naming.sql
        ${CMAKE_CURRENT_LIST_DIR}/macros/tests.sql
)
