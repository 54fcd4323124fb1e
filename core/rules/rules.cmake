target_sources(trellis_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accessrules.h ${CMAKE_CURRENT_LIST_DIR}/accessrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/breakingchangerules.h ${CMAKE_CURRENT_LIST_DIR}/breakingchangerules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chainedviewsrule.h ${CMAKE_CURRENT_LIST_DIR}/chainedviewsrule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/contractrules.h ${CMAKE_CURRENT_LIST_DIR}/contractrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cyclefinder.h ${CMAKE_CURRENT_LIST_DIR}/cyclefinder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/daggovernancerules.h ${CMAKE_CURRENT_LIST_DIR}/daggovernancerules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataproductscorecard.h ${CMAKE_CURRENT_LIST_DIR}/dataproductscorecard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentationrules.h ${CMAKE_CURRENT_LIST_DIR}/documentationrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duplicatesourcerule.h ${CMAKE_CURRENT_LIST_DIR}/duplicatesourcerule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/findingsformat.h ${CMAKE_CURRENT_LIST_DIR}/findingsformat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/governancerules.h ${CMAKE_CURRENT_LIST_DIR}/governancerules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/grouprules.h ${CMAKE_CURRENT_LIST_DIR}/grouprules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hardcodedreferencerule.h ${CMAKE_CURRENT_LIST_DIR}/hardcodedreferencerule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/meshchecker.h ${CMAKE_CURRENT_LIST_DIR}/meshchecker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modelfanoutrule.h ${CMAKE_CURRENT_LIST_DIR}/modelfanoutrule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modellayer.h ${CMAKE_CURRENT_LIST_DIR}/modellayer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/namingrules.h ${CMAKE_CURRENT_LIST_DIR}/namingrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodecyclerule.h ${CMAKE_CURRENT_LIST_DIR}/nodecyclerule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/projectcoverage.h ${CMAKE_CURRENT_LIST_DIR}/projectcoverage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/projectdependencyrules.h ${CMAKE_CURRENT_LIST_DIR}/projectdependencyrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rejoiningrule.h ${CMAKE_CURRENT_LIST_DIR}/rejoiningrule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rule.h ${CMAKE_CURRENT_LIST_DIR}/rule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rulecodes.h
    ${CMAKE_CURRENT_LIST_DIR}/rulecontext.h ${CMAKE_CURRENT_LIST_DIR}/rulecontext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rulesettings.h ${CMAKE_CURRENT_LIST_DIR}/rulesettings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rulethresholds.h
    ${CMAKE_CURRENT_LIST_DIR}/sourcefreshnessrule.h ${CMAKE_CURRENT_LIST_DIR}/sourcefreshnessrule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/statemanifest.h ${CMAKE_CURRENT_LIST_DIR}/statemanifest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/structurerules.h ${CMAKE_CURRENT_LIST_DIR}/structurerules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/testingrules.h ${CMAKE_CURRENT_LIST_DIR}/testingrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/toomanyjoinsrule.h ${CMAKE_CURRENT_LIST_DIR}/toomanyjoinsrule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/versionrules.h ${CMAKE_CURRENT_LIST_DIR}/versionrules.cpp
)
