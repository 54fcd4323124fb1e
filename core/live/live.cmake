# core/live: the workspace as the editor sees it while the user types (in-place updates, rules
# re-checked, states published from a worker thread). Only adds sources to trellis_core.
target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/livemesh.h ${CMAKE_CURRENT_LIST_DIR}/livemesh.cpp
    ${CMAKE_CURRENT_LIST_DIR}/livemeshservice.h ${CMAKE_CURRENT_LIST_DIR}/livemeshservice.cpp
)
