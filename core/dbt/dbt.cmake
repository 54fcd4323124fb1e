target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/sqlcalls.h
    ${CMAKE_CURRENT_LIST_DIR}/staticsqlanalyzer.h ${CMAKE_CURRENT_LIST_DIR}/staticsqlanalyzer.cpp
)
