target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/docreferences.h ${CMAKE_CURRENT_LIST_DIR}/docreferences.cpp
    ${CMAKE_CURRENT_LIST_DIR}/manifest.h ${CMAKE_CURRENT_LIST_DIR}/manifest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/manifestbuilder.h ${CMAKE_CURRENT_LIST_DIR}/manifestbuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/manifestjson.h ${CMAKE_CURRENT_LIST_DIR}/manifestjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/node.h ${CMAKE_CURRENT_LIST_DIR}/node.cpp
    ${CMAKE_CURRENT_LIST_DIR}/refresolver.h ${CMAKE_CURRENT_LIST_DIR}/refresolver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/testnaming.h ${CMAKE_CURRENT_LIST_DIR}/testnaming.cpp
    ${CMAKE_CURRENT_LIST_DIR}/upstreammanifest.h ${CMAKE_CURRENT_LIST_DIR}/upstreammanifest.cpp
)
target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/selector.h ${CMAKE_CURRENT_LIST_DIR}/selector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/selectorgraph.h ${CMAKE_CURRENT_LIST_DIR}/selectorgraph.cpp
    ${CMAKE_CURRENT_LIST_DIR}/selectormethod.h ${CMAKE_CURRENT_LIST_DIR}/selectormethod.cpp
    ${CMAKE_CURRENT_LIST_DIR}/selectorparser.h ${CMAKE_CURRENT_LIST_DIR}/selectorparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/selectorpattern.h ${CMAKE_CURRENT_LIST_DIR}/selectorpattern.cpp
)
