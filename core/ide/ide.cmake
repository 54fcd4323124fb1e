# The editors' language services (Trellis::Core::Ide): scanners for Jinja-SQL and YAML, cursor
# analysis, completion, go to definition, references and hover over a manifest snapshot.
# Headless, so they are tested without widgets; included by core/CMakeLists.txt.
target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/completion.h
    ${CMAKE_CURRENT_LIST_DIR}/dbtbuiltins.h ${CMAKE_CURRENT_LIST_DIR}/dbtbuiltins.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dbtpropertyschema.h ${CMAKE_CURRENT_LIST_DIR}/dbtpropertyschema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/definitionfinder.h ${CMAKE_CURRENT_LIST_DIR}/definitionfinder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentlanguage.h ${CMAKE_CURRENT_LIST_DIR}/documentlanguage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hoverprovider.h ${CMAKE_CURRENT_LIST_DIR}/hoverprovider.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jinjacall.h ${CMAKE_CURRENT_LIST_DIR}/jinjacall.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jinjasqlscanner.h ${CMAKE_CURRENT_LIST_DIR}/jinjasqlscanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/languagesnapshot.h ${CMAKE_CURRENT_LIST_DIR}/languagesnapshot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/meshindex.h ${CMAKE_CURRENT_LIST_DIR}/meshindex.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodesummary.h ${CMAKE_CURRENT_LIST_DIR}/nodesummary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlcompletion.h ${CMAKE_CURRENT_LIST_DIR}/sqlcompletion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqlcursoranalyzer.h ${CMAKE_CURRENT_LIST_DIR}/sqlcursoranalyzer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/symbollookup.h ${CMAKE_CURRENT_LIST_DIR}/symbollookup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlcompletion.h ${CMAKE_CURRENT_LIST_DIR}/yamlcompletion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlcursoranalyzer.h ${CMAKE_CURRENT_LIST_DIR}/yamlcursoranalyzer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamlscanner.h ${CMAKE_CURRENT_LIST_DIR}/yamlscanner.cpp
)
