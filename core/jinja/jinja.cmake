# The Jinja engine (Trellis::Core::Jinja); included by core/CMakeLists.txt.
set(trellis_jinja_sources
    ${CMAKE_CURRENT_LIST_DIR}/ast.h
    ${CMAKE_CURRENT_LIST_DIR}/builtinfilters.h
    ${CMAKE_CURRENT_LIST_DIR}/builtinfilters.cpp
    ${CMAKE_CURRENT_LIST_DIR}/builtinglobals.h
    ${CMAKE_CURRENT_LIST_DIR}/builtinglobals.cpp
    ${CMAKE_CURRENT_LIST_DIR}/builtinmethods.h
    ${CMAKE_CURRENT_LIST_DIR}/builtinmethods.cpp
    ${CMAKE_CURRENT_LIST_DIR}/builtintests.h
    ${CMAKE_CURRENT_LIST_DIR}/builtintests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/callable.h
    ${CMAKE_CURRENT_LIST_DIR}/callable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dict.h
    ${CMAKE_CURRENT_LIST_DIR}/dict.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dictview.h
    ${CMAKE_CURRENT_LIST_DIR}/dictview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/environment.h
    ${CMAKE_CURRENT_LIST_DIR}/environment.cpp
    ${CMAKE_CURRENT_LIST_DIR}/jsonconversion.h
    ${CMAKE_CURRENT_LIST_DIR}/jsonconversion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lexer.h
    ${CMAKE_CURRENT_LIST_DIR}/lexer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/loopcontext.h
    ${CMAKE_CURRENT_LIST_DIR}/loopcontext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/macrofunction.h
    ${CMAKE_CURRENT_LIST_DIR}/macrofunction.cpp
    ${CMAKE_CURRENT_LIST_DIR}/markup.h
    ${CMAKE_CURRENT_LIST_DIR}/markup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nameresolver.h
    ${CMAKE_CURRENT_LIST_DIR}/nameresolver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/namespaceobject.h
    ${CMAKE_CURRENT_LIST_DIR}/namespaceobject.cpp
    ${CMAKE_CURRENT_LIST_DIR}/object.h
    ${CMAKE_CURRENT_LIST_DIR}/object.cpp
    ${CMAKE_CURRENT_LIST_DIR}/operators.h
    ${CMAKE_CURRENT_LIST_DIR}/outputbuffer.h
    ${CMAKE_CURRENT_LIST_DIR}/outputbuffer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outputsizehint.h
    ${CMAKE_CURRENT_LIST_DIR}/operators.cpp
    ${CMAKE_CURRENT_LIST_DIR}/parser.h
    ${CMAKE_CURRENT_LIST_DIR}/parser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rangeobject.h
    ${CMAKE_CURRENT_LIST_DIR}/rangeobject.cpp
    ${CMAKE_CURRENT_LIST_DIR}/refcounted.h
    ${CMAKE_CURRENT_LIST_DIR}/renderer.h
    ${CMAKE_CURRENT_LIST_DIR}/renderer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/renderfile.h
    ${CMAKE_CURRENT_LIST_DIR}/renderfile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/renderlimits.h
    ${CMAKE_CURRENT_LIST_DIR}/scope.h
    ${CMAKE_CURRENT_LIST_DIR}/shorttext.h
    ${CMAKE_CURRENT_LIST_DIR}/smallobjectpool.h
    ${CMAKE_CURRENT_LIST_DIR}/smallobjectpool.cpp
    ${CMAKE_CURRENT_LIST_DIR}/template.h
    ${CMAKE_CURRENT_LIST_DIR}/template.cpp
    ${CMAKE_CURRENT_LIST_DIR}/templatemodule.h
    ${CMAKE_CURRENT_LIST_DIR}/templatemodule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textformatter.h
    ${CMAKE_CURRENT_LIST_DIR}/textformatter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/token.h
    ${CMAKE_CURRENT_LIST_DIR}/utf8.h
    ${CMAKE_CURRENT_LIST_DIR}/utf8.cpp
    ${CMAKE_CURRENT_LIST_DIR}/value.h
    ${CMAKE_CURRENT_LIST_DIR}/value.cpp
)
target_sources(trellis_core PRIVATE ${trellis_jinja_sources})

# The interpreter is the hottest code Trellis runs (every model, macro and YAML value renders
# through it): optimised builds compile it at -O3, whose extra inlining takes about 4% off the
# instructions of a render. Qt makes the code position-independent (-fPIC), under which GCC
# assumes any function of ours could be replaced at load time and so inlines none across
# functions of one file; nothing is replaced in a static library, and saying so
# (-fno-semantic-interposition) takes another 2% off. Calling the C and C++ runtimes through
# their GOT entries rather than PLT stubs (-fno-plt) saves a jump on each of the ~2,000 such
# calls of a render. The many small, hot functions run measurably faster each starting on a
# 32-byte boundary (GCC's default is 16): 1.6-2% more renders per second, for some 8 kB of
# padding. Debug builds keep their own flags. At -O3, GCC 12 wrongly warns that
# `"text" + std::string` overlaps itself (-Wrestrict, GCC bug 105329).
set_source_files_properties(${trellis_jinja_sources} PROPERTIES
    COMPILE_OPTIONS
    "$<$<CONFIG:Release,RelWithDebInfo>:-O3;-fno-semantic-interposition;-fno-plt;-falign-functions=32;-Wno-restrict>")
