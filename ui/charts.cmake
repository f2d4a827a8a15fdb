set(PD_CHART_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/ChartStyle.h ${CMAKE_CURRENT_LIST_DIR}/ChartStyle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TargetChartView.h ${CMAKE_CURRENT_LIST_DIR}/TargetChartView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TrendChartView.h ${CMAKE_CURRENT_LIST_DIR}/TrendChartView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OverviewChartView.h ${CMAKE_CURRENT_LIST_DIR}/OverviewChartView.cpp
)
