target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/configresolver.h ${CMAKE_CURRENT_LIST_DIR}/configresolver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dbtproject.h ${CMAKE_CURRENT_LIST_DIR}/dbtproject.cpp
    ${CMAKE_CURRENT_LIST_DIR}/properties.h
    ${CMAKE_CURRENT_LIST_DIR}/sandbox.h ${CMAKE_CURRENT_LIST_DIR}/sandbox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspacediscovery.h ${CMAKE_CURRENT_LIST_DIR}/workspacediscovery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yamldocument.h ${CMAKE_CURRENT_LIST_DIR}/yamldocument.cpp
)
target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/propertyfileparser.h ${CMAKE_CURRENT_LIST_DIR}/propertyfileparser.cpp)
