# core/layout: Graphviz (cgraph + gvc) in-process, returning plain geometry.
target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/layoutrequest.h
    ${CMAKE_CURRENT_LIST_DIR}/layouterror.h
    ${CMAKE_CURRENT_LIST_DIR}/layoutgeometry.h
    ${CMAKE_CURRENT_LIST_DIR}/layoutgeometry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/layoutattributes.h
    ${CMAKE_CURRENT_LIST_DIR}/layoutattributes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/graphvizcontext.h
    ${CMAKE_CURRENT_LIST_DIR}/graphvizcontext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/graphviznames.h
    ${CMAKE_CURRENT_LIST_DIR}/graphviznames.cpp
    ${CMAKE_CURRENT_LIST_DIR}/graphvizlayout.h
    ${CMAKE_CURRENT_LIST_DIR}/graphvizlayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/layoutservice.h
    ${CMAKE_CURRENT_LIST_DIR}/layoutservice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/projectgraph.h
    ${CMAKE_CURRENT_LIST_DIR}/projectgraph.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lineagepreparation.h
    ${CMAKE_CURRENT_LIST_DIR}/lineagepreparation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lineagenodefacts.h
    ${CMAKE_CURRENT_LIST_DIR}/lineagenodefacts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lineagegraph.h
    ${CMAKE_CURRENT_LIST_DIR}/lineagegraph.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dotwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/dotwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lineageselection.h
    ${CMAKE_CURRENT_LIST_DIR}/lineageselection.cpp
)

# The layout plugins are loaded by hand (see graphvizcontext.h). Where pkg-config says libgvc
# lives is the last place looked, after $GVBINDIR and the folder of the libgvc actually loaded.
pkg_get_variable(_trellis_graphviz_libdir libgvc libdir)
if(_trellis_graphviz_libdir)
    set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/graphvizcontext.cpp APPEND PROPERTY
        COMPILE_DEFINITIONS "TRELLIS_GRAPHVIZ_PLUGIN_DIR=\"${_trellis_graphviz_libdir}/graphviz\"")
endif()
# dlopen/dladdr: part of libc since glibc 2.34, libdl before.
target_link_libraries(trellis_core PRIVATE ${CMAKE_DL_LIBS})
