# core/build: building a mesh into the SQLite workspace (compile in execute mode, materialize,
# contracts, constraints, data tests). Included by core/CMakeLists.txt.
target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/buildoutcome.h
    ${CMAKE_CURRENT_LIST_DIR}/buildledger.h ${CMAKE_CURRENT_LIST_DIR}/buildledger.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodecompiler.h ${CMAKE_CURRENT_LIST_DIR}/nodecompiler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contractcheck.h ${CMAKE_CURRENT_LIST_DIR}/contractcheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/constrainedtable.h ${CMAKE_CURRENT_LIST_DIR}/constrainedtable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/materializer.h ${CMAKE_CURRENT_LIST_DIR}/materializer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/datatestrunner.h ${CMAKE_CURRENT_LIST_DIR}/datatestrunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/buildrunner.h ${CMAKE_CURRENT_LIST_DIR}/buildrunner.cpp
)
# Build and test outcomes as findings for the editors and the problems panel.
target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/outcomediagnostics.h ${CMAKE_CURRENT_LIST_DIR}/outcomediagnostics.cpp)
# The CTEs of a query, and the query that previews one of them.
target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ctequery.h ${CMAKE_CURRENT_LIST_DIR}/ctequery.cpp)
