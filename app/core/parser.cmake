set(PD_PARSER_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ReportParser.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportParser.cpp
)
