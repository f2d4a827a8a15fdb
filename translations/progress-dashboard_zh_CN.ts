<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportSheetsCommand</name>
    <message numerus="yes">
        <source>Import %n figure(s) from sheets</source>
        <translation>
            <numerusform>从填报表导入 %n 项数值</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be saved.</source>
        <translation>导入结果未能保存。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s) of figures and tasks from sheets</source>
        <translation>
            <numerusform>从填报表导入 %n 行数据和任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasurementCommands</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>添加进度数据</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>修改进度数据</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation>删除进度数据</translation>
    </message>
</context>
<context>
    <name>MeetingBuilder</name>
    <message>
        <source>The meeting needs a title.</source>
        <translation>请填写会议名称。</translation>
    </message>
    <message>
        <source>No indicator in the chosen scope is behind.</source>
        <translation>所选范围内没有进度滞后的指标。</translation>
    </message>
    <message>
        <source>No indicator is in the chosen scope.</source>
        <translation>所选范围内没有指标。</translation>
    </message>
    <message>
        <source>No indicator in the chosen scope has figures yet.</source>
        <translation>所选范围内的指标均尚未填报。</translation>
    </message>
    <message>
        <source>No indicator or task in the chosen scope is behind.</source>
        <translation>所选范围内没有滞后的指标或任务。</translation>
    </message>
    <message>
        <source>No indicator or task is in the chosen scope.</source>
        <translation>所选范围内没有指标或任务。</translation>
    </message>
    <message>
        <source>No indicator or task in the chosen scope has been reported on yet.</source>
        <translation>所选范围内的指标和任务尚未报送。</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <source>Record meeting decision</source>
        <translation>记录议定事项</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
</context>
<context>
    <name>MeetingMinutes</name>
    <message>
        <source>The data file holds no meeting yet.</source>
        <translation>数据文件中尚无会议记录。</translation>
    </message>
    <message>
        <source>There is no meeting number %1.</source>
        <translation>没有编号为 %1 的会议。</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PlanFilterModel</name>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) match the filter</source>
        <translation>
            <numerusform>%n 项指标中有 %1 项符合筛选条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s) match the filter</source>
        <translation>
            <numerusform>%n 项任务中有 %1 项符合筛选条件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n 项指标</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>M/d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（数据日期：%2）</translation>
    </message>
    <message>
        <source>%1 · %2/%3</source>
        <translation>%1 · %2/%3</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>完成率/差距</translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>无量化目标</translation>
    </message>
    <message>
        <source>Lead unit: %1</source>
        <translation>牵头单位：%1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>完成时限：%1</translation>
    </message>
    <message>
        <source>Deadline: %1 (the year&apos;s end)</source>
        <translation>完成时限：%1（报告未明确，按年底计）</translation>
    </message>
    <message>
        <source>Progress on %1: %2</source>
        <translation>%1 进展情况：%2</translation>
    </message>
    <message>
        <source>Its indicators: %1</source>
        <translation>所含指标：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), %1 overdue</source>
        <translation>
            <numerusform>%n 项任务，%1 项逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>No file name given for the PDF.</source>
        <translation>未指定 PDF 文件名。</translation>
    </message>
    <message>
        <source>Cannot write the PDF to %1: it is a folder.</source>
        <translation>无法将 PDF 写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Nothing to print on.</source>
        <translation>没有可供输出的打印设备。</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>Meeting held on %1</source>
        <translation>会议日期：%1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Expected by now: %1</source>
        <translation>序时进度：%1</translation>
    </message>
    <message>
        <source>Indicators reviewed: %1 of %2    Decisions recorded: %3</source>
        <translation>已审议指标：%1 / %2 项    议定事项：%3 项</translation>
    </message>
    <message>
        <source>No indicator was marked as reviewed.</source>
        <translation>没有标记为已审议的指标。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Cannot paint the pages.</source>
        <translation>无法绘制页面。</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>无法新建页面。</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Cannot finish the pages.</source>
        <translation>无法完成页面输出。</translation>
    </message>
    <message>
        <source>The data file holds no plan.</source>
        <translation>数据文件中没有计划。</translation>
    </message>
    <message>
        <source>The plan has no area number %1.</source>
        <translation>计划中没有第 %1 个工作领域。</translation>
    </message>
    <message>
        <source>The plan does not have that part.</source>
        <translation>计划中没有该板块。</translation>
    </message>
    <message>
        <source>Expected by now</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>No quantified targets.</source>
        <translation>无量化目标。</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Progress of the targets</source>
        <translation>目标任务完成进度</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This part sets no quantified targets.</source>
        <translation>本部分未设定量化目标。</translation>
    </message>
    <message>
        <source>Completion by indicator</source>
        <translation>各指标完成率</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Status by part</source>
        <translation>各板块进度状态</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 indicators · reported %2/%1 · mean completion of reported %3 · expected by now %4</source>
        <translation>共 %1 项指标 · 已填报 %2/%1 · 已填报指标平均完成率 %3 · 序时进度 %4</translation>
    </message>
    <message>
        <source>Indicators: %1    Reported: %2/%1    Mean completion of reported: %3    Expected by now: %4</source>
        <translation>指标数：%1    已填报：%2/%1    已填报指标平均完成率：%3    序时进度：%4</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已填报</translation>
    </message>
    <message>
        <source>Completion / gap</source>
        <translation>完成率/差距</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>主持人：%1</translation>
    </message>
    <message>
        <source>Recorder: %1</source>
        <translation>记录人：%1</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>参会人员：%1</translation>
    </message>
    <message>
        <source>There is no indicator with the code &quot;%1&quot;.</source>
        <translation>没有编码为“%1”的指标。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the codes of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a status, how many indicators have it, their codes</comment>
        <translation>%1（%2 项）：%3</translation>
    </message>
    <message>
        <source>Only what is behind or not reported</source>
        <translation>仅滞后及未填报指标</translation>
    </message>
    <message>
        <source>Only what is behind</source>
        <translation>仅滞后指标</translation>
    </message>
    <message>
        <source>Nothing in this part is behind or unreported.</source>
        <translation>本部分没有滞后或未填报的指标。</translation>
    </message>
    <message>
        <source>Nothing in this part is behind.</source>
        <translation>本部分没有滞后的指标。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 indicators</source>
        <comment>the filter&apos;s name, indicators shown, indicators in the part</comment>
        <translation>%1：列出 %2 项，本部分共 %3 项指标</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>报告原文</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quotation from the report</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>进度数据</translation>
    </message>
    <message>
        <source>No figure recorded on or before this date.</source>
        <translation>截至该日期尚未录入数据。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 leads no indicator in this part of the plan.</source>
        <translation>本部分没有由 %1 牵头的指标。</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>进展情况：%1</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>存在问题：%1</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>下步打算：%1</translation>
    </message>
    <message>
        <source>Progress this round</source>
        <translation>本期进展</translation>
    </message>
    <message>
        <source>This part has no tasks.</source>
        <translation>本部分没有工作任务。</translation>
    </message>
    <message>
        <source>No task in this part is lagging or overdue.</source>
        <translation>本部分没有滞后或逾期的工作任务。</translation>
    </message>
    <message>
        <source>%1: ledger of tasks</source>
        <comment>a part&apos;s 台账 sheet title: the part&apos;s name, then 重点工作任务台账</comment>
        <translation>%1重点工作任务台账</translation>
    </message>
    <message>
        <source>Tasks: %1    Overdue: %2</source>
        <translation>工作任务：%1 项    逾期：%2 项</translation>
    </message>
    <message>
        <source>Shown: %1 lagging or overdue</source>
        <comment>tasks on a behind-only 台账 sheet</comment>
        <translation>列出：滞后或逾期 %1 项</translation>
    </message>
    <message>
        <source>Task</source>
        <comment>台账: 工作任务</comment>
        <translation>工作任务</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <comment>台账: 牵头单位</comment>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Progress</source>
        <comment>台账: 进展情况, the latest round&apos;s words</comment>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <comment>the statuses of a task&apos;s indicators</comment>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <comment>a task&apos;s 完成时限 in the minutes</comment>
        <translation>完成时限 %1</translation>
    </message>
    <message>
        <source>Indicators reviewed: %1 of %2    Tasks reviewed: %3 of %4    Decisions recorded: %5</source>
        <translation>已审议指标：%1/%2    已审议任务：%3/%4    形成意见：%5 条</translation>
    </message>
    <message>
        <source>No indicator or task was marked as reviewed.</source>
        <translation>没有指标或任务被标记为已审议。</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>percentage points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>%1, within the %2 cap</source>
        <translation>%1，在 %2 控制线内</translation>
    </message>
    <message>
        <source>%1, %2 over the cap</source>
        <translation>%1，超出控制线 %2</translation>
    </message>
    <message>
        <source>%1, at the target</source>
        <translation>%1，达到目标</translation>
    </message>
    <message>
        <source>%1, %2 below the target</source>
        <translation>%1，低于目标 %2</translation>
    </message>
    <message>
        <source>%1, %2 above the target</source>
        <translation>%1，高于目标 %2</translation>
    </message>
    <message>
        <source>within cap</source>
        <translation>控制线内</translation>
    </message>
    <message>
        <source>at target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <source>%1 pp below</source>
        <translation>低%1个百分点</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>低%1</translation>
    </message>
    <message>
        <source>%1 pp over</source>
        <translation>超%1个百分点</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>超%1</translation>
    </message>
    <message>
        <source>%1 pp above</source>
        <translation>高%1个百分点</translation>
    </message>
    <message>
        <source>%1 above</source>
        <translation>高%1</translation>
    </message>
    <message>
        <source>At this pace about %1 by year end</source>
        <translation>按当前进度，年底约 %1</translation>
    </message>
    <message>
        <source>≈%1 by year end</source>
        <translation>年底约 %1</translation>
    </message>
    <message>
        <source>reported %1/%2</source>
        <translation>已填报 %1/%2</translation>
    </message>
    <message>
        <source>mean completion of reported %1</source>
        <translation>已填报指标平均完成率 %1</translation>
    </message>
    <message>
        <source>no completion yet</source>
        <translation>尚无完成率</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot Open Data File</source>
        <translation>无法打开数据文件</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <source>Open Data File</source>
        <translation>打开数据文件</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2).</source>
        <translation>最近一次备份为 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <source>The report text is empty.</source>
        <translation>报告正文为空。</translation>
    </message>
    <message>
        <source>The file is not a text file (it contains binary data).</source>
        <translation>该文件不是文本文件（含有二进制数据）。</translation>
    </message>
    <message>
        <source>The file does not look like a government work report: no numbered work areas (（一）, 一、, 一是…) were found.</source>
        <translation>该文件不像是政府工作报告：未找到带编号的工作领域（（一）、一、、一是……）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SetIndicatorFieldCommand</name>
    <message>
        <source>Edit indicator</source>
        <translation>修改指标</translation>
    </message>
</context>
<context>
    <name>SetIndicatorFieldsCommand</name>
    <message numerus="yes">
        <source>Set responsible unit of %n indicator(s)</source>
        <translation>
            <numerusform>设置 %n 项指标的牵头单位</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
</context>
<context>
    <name>SetRoundScheduleCommand</name>
    <message>
        <source>Change reporting schedule</source>
        <translation>修改报送安排</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常推进</translation>
    </message>
    <message>
        <source>Slightly behind</source>
        <translation>略有滞后</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>严重滞后</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>未填报</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
    <message>
        <source>Set task status</source>
        <translation>设置任务状态</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>修改任务</translation>
    </message>
    <message>
        <source>Add task progress</source>
        <translation>添加任务进展</translation>
    </message>
    <message>
        <source>Edit task progress</source>
        <translation>修改任务进展</translation>
    </message>
    <message>
        <source>Delete task progress</source>
        <translation>删除任务进展</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>pd::BackupController</name>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>恢复备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Put the data file back as one of its automatic backups</source>
        <translation>将数据文件恢复为某个自动备份</translation>
    </message>
    <message>
        <source>&amp;Check Data File…</source>
        <translation>检查数据文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Read the whole data file and report any damage</source>
        <translation>完整读取数据文件，报告发现的损坏</translation>
    </message>
    <message>
        <source>No backup could be taken: %1</source>
        <translation>未能创建备份：%1</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>No data file is open.</source>
        <translation>没有打开数据文件。</translation>
    </message>
    <message>
        <source>Put %1 back as it was on %2?</source>
        <translation>将 %1 恢复到 %2 时的状态吗？</translation>
    </message>
    <message>
        <source>A copy of the file as it is now is kept first, as a backup at the top of the list: restoring that copy undoes this.</source>
        <translation>恢复前会先将文件的当前状态保存为一份备份，列在备份列表最上方；恢复这份备份即可撤销本次恢复。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cannot Restore Backup</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>Backup restored. The file as it was before is kept as a backup: File → Restore Backup… lists it first.</source>
        <translation>备份已恢复。恢复前的文件已保存为一份备份，列在“文件 → 恢复备份…”的最上方。</translation>
    </message>
    <message>
        <source>Check Data File</source>
        <translation>检查数据文件</translation>
    </message>
    <message>
        <source>%1 was read in full: no damage found.</source>
        <translation>已完整读取 %1，未发现损坏。</translation>
    </message>
    <message>
        <source>The latest backup is from %1: File → Restore Backup… puts it back.</source>
        <translation>最近一次备份时间为 %1，可通过“文件 → 恢复备份…”恢复。</translation>
    </message>
    <message>
        <source>There is no backup of this file.</source>
        <translation>此文件没有备份。</translation>
    </message>
</context>
<context>
    <name>pd::BackupListDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups of %1, taken when it is opened and at most once an hour while it is edited. Restoring one first keeps a copy of the file as it is now, listed at the top here: restore that copy to undo.</source>
        <translation>%1 的备份：每次打开时备份，编辑期间最多每小时备份一次。恢复某个备份前，会先将文件的当前状态保存为一份备份，列在此列表最上方；如需撤销，恢复这份备份即可。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>备份时机</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据条数</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>No backups of this file yet.</source>
        <translation>此文件尚无备份。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>pd::Backups</name>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup %1 is no longer there.</source>
        <translation>备份 %1 已不存在。</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1.</source>
        <translation>未能将备份复制到 %1。</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>无法恢复备份：%1</translation>
    </message>
    <message>
        <source>The current data file could not be kept as a backup.</source>
        <translation>未能将当前数据文件保存为备份。</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>未能将备份移动到 %1。</translation>
    </message>
    <message>
        <source>At open</source>
        <translation>打开时</translation>
    </message>
    <message>
        <source>While editing</source>
        <translation>编辑期间</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before a bulk change</source>
        <translation>批量修改前</translation>
    </message>
</context>
<context>
    <name>pd::CommandLine</name>
    <message>
        <source>The plan&apos;s title.</source>
        <translation>计划标题。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Replace the plan the data file holds.</source>
        <translation>替换数据文件中已有的计划。</translation>
    </message>
    <message>
        <source>The report&apos;s text file.</source>
        <translation>工作报告的文本文件。</translation>
    </message>
    <message>
        <source>usage: progress-dashboard import-report REPORT.txt --db FILE [--title TEXT] [--replace]</source>
        <translation>用法：progress-dashboard import-report 报告.txt --db 文件 [--title 文本] [--replace]</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2 parts and sections, %3 indicators.</source>
        <translation>已导入“%1”：%2 个板块和章节，%3 项指标。</translation>
    </message>
    <message>
        <source>Tasks: %1 in the work areas, %2 in government self-building</source>
        <translation>工作任务：工作板块 %1 项，政府自身建设 %2 项</translation>
    </message>
    <message>
        <source>The date figures are taken at.</source>
        <translation>数据截至的日期。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>usage: progress-dashboard export-json --db FILE [--as-of YYYY-MM-DD] [--out FILE]</source>
        <translation>用法：progress-dashboard export-json --db 文件 [--as-of YYYY-MM-DD] [--out 文件]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是有效日期，请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <source>The indicator&apos;s code.</source>
        <translation>指标编码。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The actual value.</source>
        <translation>实际值。</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The date of the value (default: today).</source>
        <translation>数据日期（默认为今天）。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是有效数字。</translation>
    </message>
    <message>
        <source>there is no indicator with the code &quot;%1&quot;.</source>
        <translation>没有编码为“%1”的指标。</translation>
    </message>
    <message>
        <source>%1 is outside the plan&apos;s year %2.</source>
        <translation>%1 不在计划年度（%2年）内。</translation>
    </message>
    <message>
        <source>Recorded %1 for %2 %3 on %4.</source>
        <translation>已记录：%2 %3，%4 实际值 %1。</translation>
    </message>
    <message>
        <source>Only the work area numbered N.</source>
        <translation>仅输出第 N 个工作领域。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only one part: main, government or livelihood.</source>
        <translation>仅输出一个板块：main（主要预期目标）、government（政府自身建设）或 livelihood（民生实事）。</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>--area and --part cannot be used together.</source>
        <translation>--area 和 --part 不能同时使用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area number; write 1, 2, 3…</source>
        <translation>“%1”不是工作领域编号，请填写 1、2、3……</translation>
    </message>
    <message>
        <source>unknown part &quot;%1&quot;; use main, government or livelihood.</source>
        <translation>未知板块“%1”，请使用 main、government 或 livelihood。</translation>
    </message>
    <message>
        <source>export-pdf needs the GUI libraries; run it with a display or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>export-pdf 需要图形界面库；请在有显示器的环境中运行，或设置 QT_QPA_PLATFORM=offscreen。</translation>
    </message>
    <message>
        <source>The meeting&apos;s number (default: the latest meeting).</source>
        <translation>会议编号（默认为最近一次会议）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>usage: progress-dashboard export-minutes --db FILE --out OUT.pdf [--meeting ID]</source>
        <translation>用法：progress-dashboard export-minutes --db 文件 --out 输出.pdf [--meeting 编号]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting number.</source>
        <translation>“%1”不是有效的会议编号。</translation>
    </message>
    <message>
        <source>export-minutes needs the GUI libraries; run it with a display or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>export-minutes 需要图形界面库；请在有显示器的环境中运行，或设置 QT_QPA_PLATFORM=offscreen。</translation>
    </message>
    <message>
        <source>Open this data file.</source>
        <translation>打开此数据文件。</translation>
    </message>
    <message>
        <source>Show the figures as of this date.</source>
        <translation>显示截至此日期的数据。</translation>
    </message>
    <message>
        <source>Open on the indicator with this code.</source>
        <translation>打开时选中此编码的指标。</translation>
    </message>
    <message>
        <source>Start in meeting mode.</source>
        <translation>以会议模式启动。</translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN (Chinese) or en (English); overrides the choice in View → Language for this run.</source>
        <translation>界面语言：zh_CN（中文）或 en（英文）；本次运行时覆盖“视图 → 语言”中的选择。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; did you mean &quot;--%2&quot;?</source>
        <translation>未知选项“%1”；是否要使用“--%2”？</translation>
    </message>
    <message>
        <source>usage: progress-dashboard [OPTIONS] [FILE]     opens the window
       progress-dashboard COMMAND [OPTIONS]   works without a window or a display

Track a government work report&apos;s targets through the year.

Window options:
</source>
        <translation>用法：progress-dashboard [选项] [文件]     打开窗口
      progress-dashboard 子命令 [选项]   无需窗口或显示器

全年跟踪政府工作报告各项目标的完成进度。

窗口选项：
</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
子命令：
</translation>
    </message>
    <message>
        <source>
Run &quot;progress-dashboard COMMAND --help&quot; for a command&apos;s options; --version prints the version.
</source>
        <translation>
运行“progress-dashboard 子命令 --help”查看该子命令的选项；--version 显示版本号。
</translation>
    </message>
    <message>
        <source>progress-dashboard --help lists the options.</source>
        <translation>progress-dashboard --help 列出所有选项。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; did you mean &quot;%2&quot;? (progress-dashboard --help lists the commands)</source>
        <translation>未知子命令“%1”；是否要使用“%2”？（progress-dashboard --help 列出所有子命令）</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; progress-dashboard --help lists the commands.</source>
        <translation>未知子命令“%1”；progress-dashboard --help 列出所有子命令。</translation>
    </message>
    <message>
        <source>Show this command&apos;s usage and options.</source>
        <translation>显示此子命令的用法和选项。</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>选项：
</translation>
    </message>
    <message>
        <source>Read a work report&apos;s text into a data file.</source>
        <translation>将工作报告文本导入数据文件。</translation>
    </message>
    <message>
        <source>Write the plan, its indicators and their figures as JSON.</source>
        <translation>以 JSON 格式输出计划、指标及其进度数据。</translation>
    </message>
    <message>
        <source>Record a figure for one indicator.</source>
        <translation>为一项指标录入进度数据。</translation>
    </message>
    <message>
        <source>Print a review meeting&apos;s minutes to PDF.</source>
        <translation>将调度会议纪要输出为 PDF。</translation>
    </message>
    <message>
        <source>The data file.</source>
        <translation>数据文件。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a figure the checks find doubtful (ten times the target, below zero, lower than the last figure…).</source>
        <translation>录入校验认为可疑的数值（超过目标十倍、小于零、低于上一期数值等）。</translation>
    </message>
    <message>
        <source>Replace the figure already recorded on that date.</source>
        <translation>替换该日期已录入的数值。</translation>
    </message>
    <message>
        <source>%1 Use --replace to replace it.</source>
        <translation>%1 如需替换，请加 --replace。</translation>
    </message>
    <message>
        <source>%1 Use --force to record it anyway.</source>
        <translation>%1 如确认无误，请加 --force 录入。</translation>
    </message>
    <message>
        <source>Print progress sheets (the book, an area, a part or one indicator; or only what is behind) to PDF.</source>
        <translation>将进度表（全部、某个工作领域、某个板块或单项指标；或仅滞后指标）输出为 PDF。</translation>
    </message>
    <message>
        <source>List a data file&apos;s automatic backups, newest first: when, why, size, figures, path.</source>
        <translation>列出数据文件的自动备份（最新的在前）：备份时间、时机、大小、数据条数、路径。</translation>
    </message>
    <message>
        <source>Check a data file for damage, without changing it; prints &quot;ok&quot; or what is wrong.</source>
        <translation>检查数据文件是否损坏，不作任何修改；输出“ok”或发现的问题。</translation>
    </message>
    <message>
        <source>It has no automatic backup.</source>
        <translation>该文件没有自动备份。</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2).</source>
        <translation>最近一次备份为 %1（%2）。</translation>
    </message>
    <message>
        <source>No backup could be taken, so the plan was not replaced: %1</source>
        <translation>未能创建备份，因此未替换计划：%1</translation>
    </message>
    <message>
        <source>Write to FILE, not standard output (&quot;-&quot;: standard output).</source>
        <translation>写入指定文件，而非标准输出（“-”表示标准输出）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a percentage, but %2 is counted in %3.</source>
        <translation>“%1”是百分数，但 %2 的计量单位是 %3。</translation>
    </message>
    <message>
        <source>The PDF file to write (&quot;-&quot;: standard output).</source>
        <translation>要写入的 PDF 文件（“-”表示标准输出）。</translation>
    </message>
    <message>
        <source>Only the indicator with this code, on a sheet of its own (its row, the report&apos;s words, its figures).</source>
        <translation>仅输出此编码的指标，单独成页（含其表格行、报告原文和进度数据）。</translation>
    </message>
    <message>
        <source>Only the indicators slightly or seriously behind; every part stays in the contents and the summary.</source>
        <translation>仅输出略有滞后或严重滞后的指标；目录和汇总中仍列出全部板块。</translation>
    </message>
    <message>
        <source>With --behind: also the indicators that have not reported.</source>
        <translation>与 --behind 同用：同时输出未填报的指标。</translation>
    </message>
    <message>
        <source>--indicator cannot be used with --area or --part.</source>
        <translation>--indicator 不能与 --area 或 --part 同时使用。</translation>
    </message>
    <message>
        <source>--indicator cannot be used with --behind.</source>
        <translation>--indicator 不能与 --behind 同时使用。</translation>
    </message>
    <message>
        <source>--unreported goes with --behind.</source>
        <translation>--unreported 须与 --behind 一起使用。</translation>
    </message>
    <message>
        <source>Check the pages&apos; structure only (faster on a big file).</source>
        <translation>仅检查数据页结构（文件较大时更快）。</translation>
    </message>
    <message>
        <source>usage: progress-dashboard check --db FILE [--quick]</source>
        <translation>用法：progress-dashboard check --db 文件 [--quick]</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>usage: progress-dashboard backups --db FILE</source>
        <translation>用法：progress-dashboard backups --db 文件</translation>
    </message>
    <message>
        <source>No backups of %1 yet.</source>
        <translation>%1 尚无备份。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Write the responsible units&apos; sheets to fill in (a workbook per unit in a folder, or one workbook with a sheet per unit), or the whole ledger (--ledger), as XLSX.</source>
        <translation>导出各责任单位填报用的 XLSX 报表（文件夹中每个单位一个工作簿，或一个工作簿中每个单位一张工作表），或用 --ledger 导出完整台账。</translation>
    </message>
    <message>
        <source>Write the indicators with their latest figures and statuses as CSV (UTF-8 with BOM, for Excel and WPS).</source>
        <translation>将各项指标及其最新数值和状态导出为 CSV（带 BOM 的 UTF-8，供 Excel 和 WPS 打开）。</translation>
    </message>
    <message>
        <source>A folder (one workbook per unit) or a FILE.xlsx (one sheet per unit).</source>
        <translation>一个文件夹（每个单位一个工作簿）或一个 FILE.xlsx（每个单位一张工作表）。</translation>
    </message>
    <message>
        <source>DIR|FILE.xlsx</source>
        <translation>DIR|FILE.xlsx</translation>
    </message>
    <message>
        <source>Only this lead unit&apos;s indicators (未分配: those with none).</source>
        <translation>只导出该牵头单位的指标（未分配：没有牵头单位的指标）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The whole ledger (台账) as one workbook: every indicator, one column per month.</source>
        <translation>将完整台账导出为一个工作簿：全部指标，每月一列。</translation>
    </message>
    <message>
        <source>The date figures are taken at (default: today, kept inside the plan&apos;s year).</source>
        <translation>取数日期（默认：今天，限定在规划年度内）。</translation>
    </message>
    <message>
        <source>--ledger and --unit cannot be used together.</source>
        <translation>--ledger 与 --unit 不能同时使用。</translation>
    </message>
    <message>
        <source>--ledger writes one workbook: give --out FILE.xlsx.</source>
        <translation>--ledger 只生成一个工作簿：请指定 --out FILE.xlsx。</translation>
    </message>
    <message>
        <source>%1 is no folder; give a folder, or a name ending in .xlsx.</source>
        <translation>%1 不是文件夹；请指定一个文件夹，或以 .xlsx 结尾的文件名。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Write to FILE (&quot;-&quot;: standard output).</source>
        <translation>写入 FILE（“-”：标准输出）。</translation>
    </message>
    <message>
        <source>usage: progress-dashboard export-csv --db FILE --out FILE|- [--as-of YYYY-MM-DD]</source>
        <translation>用法：progress-dashboard export-csv --db FILE --out FILE|- [--as-of YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Read the units&apos; filled-in sheets (XLSX or CSV) back: new and changed figures and texts in one step, each refused row with its reason (--refused: a workbook to send back).</source>
        <translation>读入各单位填好的填报表（XLSX 或 CSV）：新增和修改的数值及文字一步导入，每个退回的行附退回原因（--refused：生成退回用的工作簿）。</translation>
    </message>
    <message>
        <source>Read a unit assignment sheet (XLSX or CSV: 编码, 牵头单位 and optionally 配合单位) and give the indicators their units in one step.</source>
        <translation>读入责任分工表（XLSX 或 CSV：编码、牵头单位，可选配合单位），一步为各项指标设置责任单位。</translation>
    </message>
    <message>
        <source>List, per responsible unit, the indicators without a figure for a reporting round and how late they are; write the reminders (催报单) as PDF or XLSX.</source>
        <translation>按责任单位列出某一填报轮次尚未填报数值的指标及逾期天数；将催报单输出为 PDF 或 XLSX。</translation>
    </message>
    <message>
        <source>The reporting round the sheets ask figures for; its end is the as-of date (default: the current round).</source>
        <translation>填报表所对应的填报轮次，以该轮次结束日为截至日期（默认：当前轮次）。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>usage: progress-dashboard export-xlsx --db FILE --out DIR|FILE.xlsx [--unit NAME | --ledger] [--round YYYY-MM | --as-of YYYY-MM-DD]</source>
        <translation>用法：progress-dashboard export-xlsx --db FILE --out DIR|FILE.xlsx [--unit NAME | --ledger] [--round YYYY-MM | --as-of YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--round and --as-of cannot be used together: a round&apos;s figures are as of its end.</source>
        <translation>--round 与 --as-of 不能同时使用：一个轮次的数值截至该轮次结束日。</translation>
    </message>
    <message>
        <source>The reporting round (default: the current round, the latest whose month is over).</source>
        <translation>填报轮次（默认：当前轮次，即所在月份已结束的最近一个轮次）。</translation>
    </message>
    <message>
        <source>Write the reminders (催报单), a page per unit, to this PDF.</source>
        <translation>将催报单写入此 PDF，每个单位一页。</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>Write the reminders to this workbook: a summary sheet and a sheet per unit.</source>
        <translation>将催报单写入此工作簿：一张汇总表，每个单位一张工作表。</translation>
    </message>
    <message>
        <source>OUT.xlsx</source>
        <translation>OUT.xlsx</translation>
    </message>
    <message>
        <source>Who sends the reminders, at their foot (default: the office the data file names, else the plan&apos;s government&apos;s 督查室).</source>
        <translation>催报单的落款单位（默认：数据文件中记录的单位，否则为计划所属政府的督查室）。</translation>
    </message>
    <message>
        <source>usage: progress-dashboard unreported --db FILE [--round YYYY-MM] [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--office TEXT]</source>
        <translation>用法：progress-dashboard unreported --db FILE [--round YYYY-MM] [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--office TEXT]</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) without a figure</source>
        <translation>
            <numerusform>%n 项指标中有 %1 项未填报数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>not due yet</source>
        <translation>未到截止日</translation>
    </message>
    <message>
        <source>Total: every unit has reported for round %1 (%2 indicator(s)).</source>
        <translation>合计：%1 轮次各单位均已报送（共 %2 项指标）。</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 indicator(s) of %2 unit(s) late by %n day(s).</source>
        <translation>
            <numerusform>合计：%2 个单位的 %1 项指标未报送，已逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1 indicator(s) of %2 unit(s) without a figure yet; none late before %3.</source>
        <translation>合计：%2 个单位的 %1 项指标尚未填报数值；%3 前均不算逾期。</translation>
    </message>
    <message>
        <source>Nobody to remind: no reminder written.</source>
        <translation>无需催报：未生成催报单。</translation>
    </message>
    <message>
        <source>Say what would change; write nothing.</source>
        <translation>只列出将会发生的修改，不写入任何内容。</translation>
    </message>
    <message>
        <source>The assignment sheet.</source>
        <translation>责任分工表。</translation>
    </message>
    <message>
        <source>usage: progress-dashboard import-units FILE --db FILE [--dry-run]</source>
        <translation>用法：progress-dashboard import-units FILE --db FILE [--dry-run]</translation>
    </message>
    <message>
        <source>A temporary folder for the dry run cannot be made.</source>
        <translation>无法为试运行创建临时文件夹。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be read.</source>
        <translation>无法读取数据文件 %1。</translation>
    </message>
    <message>
        <source>refused: %1 row %2: %3</source>
        <translation>退回：%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>unit sheet %1</source>
        <translation>责任分工表 %1</translation>
    </message>
    <message>
        <source>Would assign %1, unchanged %2, refused %3.</source>
        <translation>将设置 %1 项，未变 %2 项，退回 %3 项。</translation>
    </message>
    <message>
        <source>Assigned %1, unchanged %2, refused %3.</source>
        <translation>已设置 %1 项，未变 %2 项，退回 %3 项。</translation>
    </message>
    <message>
        <source>Read the sheets and say what would be imported, writing nothing to the data file.</source>
        <translation>读取填报表并列出将导入的内容，不写入数据文件。</translation>
    </message>
    <message>
        <source>Write the refused rows, with their reasons, to a workbook to send back.</source>
        <translation>将退回的行及退回原因写入工作簿，以便退回各单位。</translation>
    </message>
    <message>
        <source>The units&apos; sheets: XLSX workbooks or CSV files.</source>
        <translation>各单位的填报表：XLSX 工作簿或 CSV 文件。</translation>
    </message>
    <message>
        <source>usage: progress-dashboard import-xlsx FILE... --db FILE [--dry-run] [--refused OUT.xlsx]</source>
        <translation>用法：progress-dashboard import-xlsx FILE... --db FILE [--dry-run] [--refused OUT.xlsx]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1%2: %3 new, %4 changed, %5 unchanged, %6 refused, %7 left blank.</source>
        <translation>%1%2：新增 %3 行，修改 %4 行，未变 %5 行，退回 %6 行，空白 %7 行。</translation>
    </message>
    <message>
        <source>  refused: row %1 (%2) %3: %4</source>
        <translation>  退回：第 %1 行（%2）%3：%4</translation>
    </message>
    <message>
        <source>No row was refused: %1 was not written.</source>
        <translation>没有退回的行：未生成 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %n refused row(s) to %1.</source>
        <translation>
            <numerusform>已将退回的 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written; %n figure(s) would be imported (%1 new, %2 changed).</source>
        <translation>
            <numerusform>试运行：未写入任何内容；将导入 %n 项数值（新增 %1 项，修改 %2 项）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) (%1 new, %2 changed).</source>
        <translation>
            <numerusform>已导入 %n 项数值（新增 %1 项，修改 %2 项）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有需要导入的内容。</translation>
    </message>
    <message>
        <source>The round&apos;s progress (进展情况).</source>
        <translation>本期进展情况。</translation>
    </message>
    <message>
        <source>The problems met (存在问题).</source>
        <translation>存在问题。</translation>
    </message>
    <message>
        <source>What comes next (下步打算).</source>
        <translation>下步打算。</translation>
    </message>
    <message>
        <source>usage: progress-dashboard record --db FILE --indicator CODE --value NUMBER [--date YYYY-MM-DD] [--note TEXT] [--progress TEXT] [--problems TEXT] [--next-steps TEXT] [--force] [--replace]</source>
        <translation>用法：progress-dashboard record --db FILE --indicator CODE --value NUMBER [--date YYYY-MM-DD] [--note TEXT] [--progress TEXT] [--problems TEXT] [--next-steps TEXT] [--force] [--replace]</translation>
    </message>
    <message>
        <source>Only the indicators this unit leads (牵头单位).</source>
        <translation>仅输出该单位牵头的指标。</translation>
    </message>
    <message>
        <source>The 台账 sheet of each part instead: its tasks with their lead unit, deadline, latest progress and status (with --behind: the tasks lagging or overdue).</source>
        <translation>改为输出各板块的台账：列出各项工作任务及其牵头单位、完成时限、最新进展情况和状态（与 --behind 同用：仅列出滞后或逾期的任务）。</translation>
    </message>
    <message>
        <source>usage: progress-dashboard export-pdf --db FILE --out OUT.pdf [--area N | --part main|government|livelihood | --indicator CODE] [--behind [--unreported]] [--unit NAME] [--ledger] [--as-of YYYY-MM-DD]</source>
        <translation>用法：progress-dashboard export-pdf --db FILE --out OUT.pdf [--area N | --part main|government|livelihood | --indicator CODE] [--behind [--unreported]] [--unit NAME] [--ledger] [--as-of YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--ledger cannot be used with --indicator.</source>
        <translation>--ledger 不能与 --indicator 同时使用。</translation>
    </message>
    <message>
        <source>Write a copy of the whole data (plan, figures, tasks, meetings) to a data file for a meeting without network.</source>
        <translation>把全部数据（计划、数据、任务、会议）写入一个数据文件，供无网络的会议使用。</translation>
    </message>
    <message>
        <source>Send the meeting decisions taken in an offline copy back to the data it was copied from; decisions changed there meanwhile are listed, not overwritten.</source>
        <translation>把离线副本中形成的会议意见送回原数据；原数据在此期间改动过的意见只列出，不覆盖。</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written; %n row(s) would be imported (%1 new, %2 changed), %3 of them tasks.</source>
        <translation>
            <numerusform>试运行：未写入任何内容；将导入 %n 行（新增 %1，修改 %2），其中任务 %3 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) (%1 new, %2 changed), %3 of them tasks.</source>
        <translation>
            <numerusform>已导入 %n 行（新增 %1，修改 %2），其中任务 %3 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>要写入的副本。</translation>
    </message>
    <message>
        <source>usage: progress-dashboard offline-copy --db FILE --out COPY.sqlite</source>
        <translation>用法：progress-dashboard offline-copy --db 文件 --out 副本.sqlite</translation>
    </message>
    <message>
        <source>The copy cannot be written over the data file itself.</source>
        <translation>副本不能覆盖数据文件本身。</translation>
    </message>
    <message>
        <source>Wrote the offline copy %1.</source>
        <translation>已写入离线副本 %1。</translation>
    </message>
    <message>
        <source>The data file to send to (default: the one it was copied from).</source>
        <translation>发送到的数据文件（默认为副本的来源文件）。</translation>
    </message>
    <message>
        <source>Only say what would be sent; change nothing.</source>
        <translation>只列出将发送的内容，不做任何修改。</translation>
    </message>
    <message>
        <source>usage: progress-dashboard send-decisions --db COPY [--to FILE] [--dry-run]</source>
        <translation>用法：progress-dashboard send-decisions --db 副本 [--to 文件] [--dry-run]</translation>
    </message>
    <message>
        <source>%1 is not an offline copy.</source>
        <translation>%1 不是离线副本。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>没有发送任何内容。</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
    <message>
        <source>Create or change a login on a shared server: for a responsible unit, which may then change only the figures and tasks it leads, or for the supervision office, which may change everything.</source>
        <translation>在共享服务器上创建或修改登录用户：责任单位用户只能修改本单位牵头的数据和任务，督查室用户可修改全部内容。</translation>
    </message>
    <message>
        <source>Set up a plan on a PostgreSQL server: the schema in an empty database, then the built-in plan or a report (--report).</source>
        <translation>在 PostgreSQL 服务器上建立计划：在空数据库中建立表结构，再载入内置计划或指定的报告（--report）。</translation>
    </message>
    <message>
        <source>Open the plan shared on this PostgreSQL server instead of a file (the password from PGPASSWORD or ~/.pgpass, else asked).</source>
        <translation>打开此 PostgreSQL 服务器上共享的计划，而不是文件（密码取自 PGPASSWORD 或 ~/.pgpass，否则询问）。</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>The server, as its owner (the user of server-init).</source>
        <translation>服务器地址，以其所有者身份连接（即 server-init 所用的用户）。</translation>
    </message>
    <message>
        <source>The login to create or change.</source>
        <translation>要创建或修改的登录用户。</translation>
    </message>
    <message>
        <source>The responsible unit it answers for, as the plan names it.</source>
        <translation>该用户所属的责任单位（与计划中的名称一致）。</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>A login of the supervision office (may change everything).</source>
        <translation>督查室用户（可修改全部内容）。</translation>
    </message>
    <message>
        <source>Read the login&apos;s password from the first line of standard input (else it has none: the server&apos;s own authentication applies).</source>
        <translation>从标准输入的第一行读取该用户的密码（否则不设密码，由服务器自身的认证方式决定）。</translation>
    </message>
    <message>
        <source>usage: progress-dashboard server-user --server URL --user NAME (--unit UNIT | --office) [--password-stdin]</source>
        <translation>用法：progress-dashboard server-user --server 地址 --user 名称 (--unit 单位 | --office) [--password-stdin]</translation>
    </message>
    <message>
        <source>No unit is named &quot;%1&quot; in the units&apos; list or as a lead unit.</source>
        <translation>单位名单和牵头单位中都没有名为“%1”的单位。</translation>
    </message>
    <message>
        <source>User %1 works for the supervision office: it may change everything.</source>
        <translation>用户 %1 属于督查室：可修改全部内容。</translation>
    </message>
    <message>
        <source>User %1 answers for %2: it may change the figures and tasks %2 leads, and read the rest.</source>
        <translation>用户 %1 属于 %2：可修改 %2 牵头的数据和任务，其余只读。</translation>
    </message>
    <message>
        <source>The work report&apos;s text file to load (as import-report reads it); the built-in Chengdu 2024 report when not given.</source>
        <translation>要载入的政府工作报告文本文件（按 import-report 的方式读取）；不指定时载入内置的成都 2024 年报告。</translation>
    </message>
    <message>
        <source>usage: progress-dashboard server-init --server postgresql://user@host:port/db [--report REPORT.txt]</source>
        <translation>用法：progress-dashboard server-init --server postgresql://用户@主机:端口/数据库 [--report 报告.txt]</translation>
    </message>
    <message>
        <source>The database %1 already holds a plan; nothing was changed.</source>
        <translation>数据库 %1 中已有计划；未做任何修改。</translation>
    </message>
    <message>
        <source>Set up %1 with &quot;%2&quot;: %3 parts and sections, %4 indicators, %5 tasks.</source>
        <translation>已在 %1 中建立“%2”：%3 个部分和章节，%4 项指标，%5 项任务。</translation>
    </message>
</context>
<context>
    <name>pd::CsvReader</name>
    <message>
        <source>The file is too large for a sheet: more than %1 MB.</source>
        <translation>文件过大，不像是填报表：超过 %1 MB。</translation>
    </message>
    <message>
        <source>The file has no cells: there is nothing to import.</source>
        <translation>文件中没有任何单元格：没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>pd::DataFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Could not finish writing %1.</source>
        <translation>未能写完 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
</context>
<context>
    <name>pd::DateField</name>
    <message>
        <source>Pick the date from a calendar (Alt+↓)</source>
        <translation>从日历中选择日期（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>pd::EntryCheck</name>
    <message>
        <source>%1 is below zero; the target is %2.</source>
        <translation>%1 小于零；目标为 %2。</translation>
    </message>
    <message>
        <source>%1 is more than ten times the target of %2; is the unit right?</source>
        <translation>目标为 %2，%1 超过目标的十倍，请核对单位。</translation>
    </message>
    <message>
        <source>%1 is beyond ±100 percentage points for a rate; the target is %2.</source>
        <translation>%1 超出了增速的合理范围（±100 个百分点）；目标为 %2。</translation>
    </message>
    <message>
        <source>%1 is lower than %2 recorded on %3, but this figure only grows through the year.</source>
        <translation>%1 低于 %3 录入的 %2，而该指标为累计值，全年只增不减。</translation>
    </message>
    <message>
        <source>%1 already has a figure: %2.</source>
        <translation>%1 已有数值：%2。</translation>
    </message>
</context>
<context>
    <name>pd::ImportPreview</name>
    <message>
        <source>No main expected targets (主要预期目标) were found; check the report&apos;s plan part.</source>
        <translation>未找到主要预期目标，请检查报告的工作安排部分。</translation>
    </message>
    <message>
        <source>Area %1 (%2) has no quantified target.</source>
        <translation>第 %1 方面（%2）没有量化目标。</translation>
    </message>
    <message>
        <source>The report mentions livelihood projects (民生实事) but lists none; no livelihood part is created.</source>
        <translation>报告提到民生实事，但没有列出具体项目；不创建民生实事部分。</translation>
    </message>
    <message>
        <source>Left out as a forecast, not a target: %1</source>
        <translation>视为预计数而非目标，未导入：%1</translation>
    </message>
    <message>
        <source>Left out as a past figure, not a target: %1</source>
        <translation>视为已完成的数据而非目标，未导入：%1</translation>
    </message>
    <message>
        <source>Main target stated without a figure (not tracked): %1</source>
        <translation>未量化的主要预期目标（不跟踪）：%1</translation>
    </message>
    <message numerus="yes">
        <source>Main targets: %n</source>
        <translation>
            <numerusform>主要预期目标：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Work areas: %1, with %n indicator(s)</source>
        <translation>
            <numerusform>工作方面：%1 个，共 %n 项指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Government self-building: %n indicator(s)</source>
        <translation>
            <numerusform>政府自身建设：%n 项指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Livelihood projects: %1, with %n indicator(s)</source>
        <translation>
            <numerusform>民生实事：%1 项，共 %n 项指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indicators in all: %n</source>
        <translation>
            <numerusform>指标合计：%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ImportedSheets</name>
    <message>
        <source>The imported files could not be read: %1</source>
        <translation>无法读取已导入文件的记录：%1</translation>
    </message>
</context>
<context>
    <name>pd::IndicatorPane</name>
    <message>
        <source>From the report</source>
        <translation>报告原文</translation>
    </message>
    <message>
        <source>Progress figures</source>
        <translation>进度数据</translation>
    </message>
    <message>
        <source>Indicator details</source>
        <translation>指标信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>指标类型</translation>
    </message>
    <message>
        <source>Baseline (last year)</source>
        <translation>基数（上年）</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Co-operating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>≥ at least (以上, 不少于)</source>
        <translation>≥ 不低于（以上、不少于）</translation>
    </message>
    <message>
        <source>≈ about (左右)</source>
        <translation>≈ 左右</translation>
    </message>
    <message>
        <source>≤ at most (以内)</source>
        <translation>≤ 不超过（以内、控制在）</translation>
    </message>
    <message>
        <source>= exactly</source>
        <translation>= 等于</translation>
    </message>
    <message>
        <source>Count: something to build or do</source>
        <translation>数量型：要建设或完成的数量</translation>
    </message>
    <message>
        <source>Level: a ratio or level to reach</source>
        <translation>水平型：要达到的比率或水平</translation>
    </message>
    <message>
        <source>Growth: a growth rate</source>
        <translation>增速型：增长率</translation>
    </message>
    <message>
        <source>Cap: an upper limit</source>
        <translation>控制型：不超过的上限</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the figure for this date (Enter)</source>
        <translation>添加该日期的数据（Enter）</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Delete the selected figures (Del)</source>
        <translation>删除所选数据（Del）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>e.g. 市发展改革委</source>
        <translation>如：市发展改革委</translation>
    </message>
    <message>
        <source>Target &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>目标 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>last year %1</source>
        <translation>上年 %1</translation>
    </message>
    <message>
        <source>actual &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>截至 %2 实际 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是有效数字。</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>Earlier meeting decisions</source>
        <translation>以往会议议定事项</translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation>责任单位：%1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>完成时限 %1</translation>
    </message>
    <message>
        <source>Plan curve</source>
        <translation>计划进度</translation>
    </message>
    <message>
        <source>straight line; or planned totals, e.g. Q1 100; Q2 300</source>
        <translation>按时间均匀推进；或填写计划累计值，如 Q1 100; Q2 300</translation>
    </message>
    <message>
        <source>Planned cumulative values by date (&quot;2024-06-30 300&quot;, or Q1…Q4 for quarter ends); &quot;expected by now&quot; then follows this curve instead of the share of the year.</source>
        <translation>按日期填写计划累计值（如“2024-06-30 300”，或用 Q1…Q4 表示各季度末）；“序时进度”将按此计划曲线计算，而不按时间比例。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>completion &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>完成率 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>expected by now %1</source>
        <translation>序时进度 %1</translation>
    </message>
    <message>
        <source>expected by the plan curve %1 (%2)</source>
        <translation>按计划进度应完成 %1（%2）</translation>
    </message>
    <message>
        <source>judged against the bound at every date</source>
        <translation>按目标值随时对照，不按序时进度</translation>
    </message>
    <message>
        <source>Check the Figure</source>
        <translation>请核对数值</translation>
    </message>
    <message>
        <source>Replace it with the new figure?</source>
        <translation>用新数值替换它吗？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Record it anyway?</source>
        <translation>仍要录入吗？</translation>
    </message>
    <message>
        <source>&amp;Record Anyway</source>
        <translation>仍然录入(&amp;R)</translation>
    </message>
    <message>
        <source>stretch %1%2</source>
        <translation>力争 %1%2</translation>
    </message>
    <message>
        <source>Progress (进展情况)</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Problems (存在问题)</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Next steps (下步打算)</source>
        <translation>下步打算</translation>
    </message>
</context>
<context>
    <name>pd::LanguageManager</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message>
        <source>Progress Dashboard</source>
        <translation>政府工作报告进度看板</translation>
    </message>
    <message>
        <source>%1 — Progress Dashboard</source>
        <translation>%1 — 进度看板</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;Open Data File…</source>
        <translation>打开数据文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Read another work report (plain text) into a new data file</source>
        <translation>将另一份工作报告（纯文本）读入新的数据文件</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>Read changes made by other programs (F5)</source>
        <translation>读取其他程序所做的修改（F5）</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>全部展开(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Show the figures as of today</source>
        <translation>显示截至今天的数据</translation>
    </message>
    <message>
        <source>&amp;About Progress Dashboard</source>
        <translation>关于进度看板(&amp;A)</translation>
    </message>
    <message>
        <source> As of: </source>
        <translation> 截至：</translation>
    </message>
    <message>
        <source>Statuses, charts and roll-ups are computed at this date</source>
        <translation>状态、图表和汇总均按此日期计算</translation>
    </message>
    <message>
        <source>Search names, codes and report text (Ctrl+F)</source>
        <translation>搜索名称、编码和报告原文（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All parts</source>
        <translation>全部板块</translation>
    </message>
    <message>
        <source>Main targets</source>
        <translation>主要预期目标</translation>
    </message>
    <message>
        <source>Work areas</source>
        <translation>工作领域</translation>
    </message>
    <message>
        <source>Government self-building</source>
        <translation>政府自身建设</translation>
    </message>
    <message>
        <source>Livelihood projects</source>
        <translation>民生实事</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>数据文件：%1</translation>
    </message>
    <message>
        <source>No data file open</source>
        <translation>未打开数据文件</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Progress Dashboard data (*.sqlite *.pdb *.db);;All files (*)</source>
        <translation>进度看板数据文件 (*.sqlite *.pdb *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Data File</source>
        <translation>打开数据文件</translation>
    </message>
    <message>
        <source>Cannot Open Data File</source>
        <translation>无法打开数据文件</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation>无法另存副本</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>已将副本保存到 %1</translation>
    </message>
    <message>
        <source>Import Work Report</source>
        <translation>导入工作报告</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Import Report</source>
        <translation>无法导入报告</translation>
    </message>
    <message>
        <source>New Data File for %1</source>
        <translation>为“%1”新建数据文件</translation>
    </message>
    <message>
        <source>Choose a new file; the open data file is not replaced.</source>
        <translation>请选择一个新文件，当前打开的数据文件不会被替换。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n indicator(s).</source>
        <translation>
            <numerusform>已导入 %n 项指标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>About Progress Dashboard</source>
        <translation>关于进度看板</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Progress Dashboard %1&lt;/h3&gt;&lt;p&gt;Tracks the targets of a government work report through the year: progress figures, statuses against the share of the year elapsed (序时进度), charts and printed progress sheets.&lt;/p&gt;&lt;p&gt;Everything is kept in one local data file; nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;政府工作报告进度看板 %1&lt;/h3&gt;&lt;p&gt;全年跟踪政府工作报告各项目标任务的完成进度：录入进度数据，对照序时进度判断各项指标状态，提供图表和可打印的进度表。&lt;/p&gt;&lt;p&gt;全部数据保存在一个本地数据文件中，不会发送到任何地方。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot Read the Data File</source>
        <translation>无法读取数据文件</translation>
    </message>
    <message>
        <source>&amp;New from Report…</source>
        <translation>从工作报告新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Welcome Tips</source>
        <translation>欢迎提示(&amp;W)</translation>
    </message>
    <message>
        <source>Show again what this window holds and how to enter progress</source>
        <translation>再次显示本窗口的内容说明和进度录入方法</translation>
    </message>
    <message>
        <source>All behind (%1 %2 + %3 %4)</source>
        <translation>全部滞后（%1 %2 + %3 %4）</translation>
    </message>
    <message>
        <source>Undo history cleared: another program changed the file</source>
        <translation>撤销记录已清空：其他程序修改了该文件</translation>
    </message>
    <message>
        <source>All behind</source>
        <translation>全部滞后</translation>
    </message>
    <message numerus="yes">
        <source>%n statuses</source>
        <translation>
            <numerusform>%n 种状态</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only indicators in these statuses</source>
        <translation>仅显示处于这些状态的指标</translation>
    </message>
    <message>
        <source>No matches for “%1”. Press Esc to clear the search.</source>
        <translation>没有与“%1”匹配的结果。按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation>%1 已不存在，已从最近打开的文件中移除。</translation>
    </message>
    <message numerus="yes">
        <source>Another program changed the data file: its changes are shown. The undo history (%n step(s)) was cleared, since undoing it could overwrite those changes.</source>
        <translation>
            <numerusform>其他程序修改了数据文件，已显示其修改。撤销记录（%n 步）已清除，因为撤销可能覆盖这些修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program changed the data file: its changes are shown.</source>
        <translation>其他程序修改了数据文件，已显示其修改。</translation>
    </message>
    <message>
        <source>The data file is as shown: no other program has changed it (undo history kept).</source>
        <translation>数据文件与显示一致：没有其他程序修改过它（撤销记录已保留）。</translation>
    </message>
    <message>
        <source>Export &amp;Sheets…</source>
        <translation>导出填报表(&amp;S)…</translation>
    </message>
    <message>
        <source>Show &amp;Tasks</source>
        <translation>显示任务(&amp;T)</translation>
    </message>
    <message>
        <source>Show the report&apos;s tasks (台账) with their indicators beneath, or the indicators only (Ctrl+Shift+T)</source>
        <translation>显示报告中的工作任务（台账），指标列在各任务之下；或只显示指标（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <source>Task: %1 %2</source>
        <translation>任务：%1 %2</translation>
    </message>
    <message>
        <source>Task: overdue (%1)</source>
        <translation>任务：逾期（%1）</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Show only the indicators and tasks this unit leads</source>
        <translation>仅显示该单位牵头的指标和任务</translation>
    </message>
    <message numerus="yes">
        <source>%n task filter(s)</source>
        <translation>
            <numerusform>%n 个任务筛选条件</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches: nothing has the chosen statuses, unit or deadline in this part.</source>
        <translation>没有匹配结果：本部分没有符合所选状态、单位或完成时限的内容。</translation>
    </message>
    <message>
        <source>%1 — %2 as %3</source>
        <translation>%1 — %2（用户 %3）</translation>
    </message>
</context>
<context>
    <name>pd::MeasurementTableModel</name>
    <message>
        <source>The date is not valid; write it as YYYY-MM-DD.</source>
        <translation>日期无效，请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <source>The date %1 is outside the plan&apos;s year %2.</source>
        <translation>日期 %1 不在计划年度（%2年）内。</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>请输入数值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是有效数字。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n measurement(s)</source>
        <translation>
            <numerusform>删除 %n 条进度数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered %1</source>
        <translation>录入时间：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>%1 already has a figure; change or delete that one instead.</source>
        <translation>%1 已有数值，请修改或删除该条数值。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下步打算</translation>
    </message>
</context>
<context>
    <name>pd::MeetingController</name>
    <message>
        <source>&amp;Meeting Mode</source>
        <translation>会议模式(&amp;M)</translation>
    </message>
    <message>
        <source>Review the plan full screen, area by area, and record the meeting&apos;s decisions</source>
        <translation>全屏逐个工作领域审议计划，并记录会议议定事项</translation>
    </message>
    <message>
        <source>Meetin&amp;gs…</source>
        <translation>会议记录(&amp;G)…</translation>
    </message>
    <message>
        <source>Reopen a past meeting or export its minutes</source>
        <translation>重新打开以往会议或导出会议纪要</translation>
    </message>
    <message>
        <source>Export &amp;Minutes…</source>
        <translation>导出会议纪要(&amp;M)…</translation>
    </message>
    <message>
        <source>Write the latest meeting&apos;s minutes as a PDF file</source>
        <translation>将最近一次会议的纪要导出为 PDF 文件</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>导出会议纪要</translation>
    </message>
    <message>
        <source>There is no meeting yet. Start one with View → Meeting Mode.</source>
        <translation>尚无会议记录。请通过“视图 → 会议模式”开始一次会议。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes written to %1</source>
        <translation>会议纪要已导出到 %1</translation>
    </message>
</context>
<context>
    <name>pd::MeetingListDialog</name>
    <message>
        <source>Meetings</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标数</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审议</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>&amp;Open in Meeting Mode</source>
        <translation>在会议模式中打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export Minutes…</source>
        <translation>导出会议纪要(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete Meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Delete the meeting &quot;%1&quot; with its decisions? You can undo this with Edit → Undo.</source>
        <translation>确定删除会议“%1”及其议定事项吗？可通过“编辑 → 撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>pd::MeetingModeWindow</name>
    <message>
        <source>Meeting Mode — %1</source>
        <translation>会议模式 — %1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Only behind (B)</source>
        <translation>仅看滞后（B）</translation>
    </message>
    <message>
        <source>No indicator in this meeting is behind.
Press B to show all.</source>
        <translation>本次会议没有进度滞后的指标。
按 B 显示全部。</translation>
    </message>
    <message>
        <source>This meeting has no indicators.</source>
        <translation>本次会议没有指标。</translation>
    </message>
    <message>
        <source>Reviewed (R)</source>
        <translation>已审议（R）</translation>
    </message>
    <message>
        <source>&amp;Decision (D)</source>
        <translation>议定事项(&amp;D)</translation>
    </message>
    <message>
        <source>Responsible &amp;unit</source>
        <translation>责任单位(&amp;U)</translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation>完成时限(&amp;L)</translation>
    </message>
    <message>
        <source>What the meeting decided or instructed</source>
        <translation>会议议定或部署的事项</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) in this part</source>
        <translation>
            <numerusform>本部分共 %n 项指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the agenda</source>
        <translation>
            <numerusform>%n 项列入议程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n 项滞后</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>M/d</source>
        <comment>short date of a figure</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>From the report: %1</source>
        <translation>报告原文：%1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 前完成</translation>
    </message>
    <message>
        <source>Earlier meeting (%1, %2): %3</source>
        <translation>以往会议（%1，%2）：%3</translation>
    </message>
    <message>
        <source>mean completion of reported · reported %1/%2 · expected %3%</source>
        <translation>已填报指标平均完成率 · 已填报 %1/%2 · 序时进度 %3%</translation>
    </message>
    <message>
        <source>→ Space PgDn next · ← PgUp back · Home End first, last · 1–9 area · M main targets · L livelihood · G government · B only behind · R mark reviewed · Shift+R remove the mark · D decision (Enter or Esc back) · Ctrl+Z undo · Esc leave</source>
        <translation>→ Space PgDn 下一页 · ← PgUp 上一页 · Home End 首页、末页 · 1–9 工作领域 · M 主要预期目标 · L 民生实事 · G 政府自身建设 · B 仅看滞后 · R 标记已审议 · Shift+R 取消标记 · D 议定事项（Enter 或 Esc 返回） · Ctrl+Z 撤销 · Esc 退出</translation>
    </message>
    <message>
        <source>This is the last slide.</source>
        <translation>已是最后一页。</translation>
    </message>
    <message>
        <source>This is the first slide.</source>
        <translation>已是第一页。</translation>
    </message>
    <message>
        <source>%1: no indicator is behind. Press B to show all slides.</source>
        <translation>%1：没有进度滞后的指标。按 B 显示全部页面。</translation>
    </message>
    <message>
        <source>Area %1 is not on this meeting&apos;s agenda.</source>
        <translation>第 %1 个工作领域未列入本次会议议程。</translation>
    </message>
    <message>
        <source>The main targets are not on this meeting&apos;s agenda.</source>
        <translation>主要预期目标未列入本次会议议程。</translation>
    </message>
    <message>
        <source>The livelihood projects are not on this meeting&apos;s agenda.</source>
        <translation>民生实事未列入本次会议议程。</translation>
    </message>
    <message>
        <source>Government self-building is not on this meeting&apos;s agenda.</source>
        <translation>政府自身建设未列入本次会议议程。</translation>
    </message>
    <message>
        <source>This is a part&apos;s summary: R marks an indicator&apos;s slide as reviewed.</source>
        <translation>这是板块汇总页：R 用于将指标页标记为已审议。</translation>
    </message>
    <message>
        <source>Already marked as reviewed. Shift+R removes the mark.</source>
        <translation>已标记为已审议。按 Shift+R 取消标记。</translation>
    </message>
    <message>
        <source>Not marked as reviewed. R marks it.</source>
        <translation>尚未标记为已审议。按 R 标记。</translation>
    </message>
    <message>
        <source>Marked as reviewed.</source>
        <translation>已标记为已审议。</translation>
    </message>
    <message>
        <source>The reviewed mark is removed.</source>
        <translation>已取消已审议标记。</translation>
    </message>
    <message>
        <source>This is a part&apos;s summary: decisions are typed on an indicator&apos;s slide.</source>
        <translation>这是板块汇总页：议定事项请在指标页中填写。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下步打算</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>No indicator or task in this meeting is behind.
Press B to show all.</source>
        <translation>本次会议没有滞后的指标或任务。
按 B 显示全部。</translation>
    </message>
    <message>
        <source>This meeting has no indicators or tasks.</source>
        <translation>本次会议没有指标或任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>任务 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lagging</source>
        <translation>
            <numerusform>滞后 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>工作任务 %1</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>完成时限 %1</translation>
    </message>
    <message>
        <source>Lead unit: %1</source>
        <translation>牵头单位：%1</translation>
    </message>
    <message>
        <source>Co-units: %1</source>
        <translation>配合单位：%1</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>相关指标：%1</translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation>尚未报送进展情况。</translation>
    </message>
</context>
<context>
    <name>pd::MeetingStartDialog</name>
    <message>
        <source>Progress review meeting %1-%2</source>
        <comment>default meeting title; %1 is the year, %2 the month (1-12): %1年%2月进度调度会</comment>
        <translation>%1年%2月进度调度会</translation>
    </message>
    <message>
        <source>Meeting Mode</source>
        <translation>会议模式</translation>
    </message>
    <message>
        <source>&amp;Continue the latest meeting: %1 (%2)</source>
        <translation>继续最近一次会议(&amp;C)：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Continue the latest meeting (there is none yet)</source>
        <translation>继续最近一次会议(&amp;C)（尚无会议）</translation>
    </message>
    <message>
        <source>Start a &amp;new meeting</source>
        <translation>开始新会议(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>会议名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>会议日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>数据截至(&amp;A)：</translation>
    </message>
    <message>
        <source>The &amp;whole plan</source>
        <translation>整个计划(&amp;W)</translation>
    </message>
    <message>
        <source>The selected area: %1</source>
        <translation>所选工作领域：%1</translation>
    </message>
    <message>
        <source>The selected area (select one in the tree first)</source>
        <translation>所选工作领域（请先在左侧树中选择）</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Indicators:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Names or units, separated by 、 or commas</source>
        <translation>姓名或单位，用“、”或逗号分隔</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>主持人(&amp;H)：</translation>
    </message>
    <message>
        <source>Attend&amp;ees:</source>
        <translation>参会人员(&amp;E)：</translation>
    </message>
    <message>
        <source>Rec&amp;order:</source>
        <translation>记录人(&amp;O)：</translation>
    </message>
    <message numerus="yes">
        <source>Every &amp;reported indicator (%n)</source>
        <translation>
            <numerusform>全部已填报指标(&amp;R)（%n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reported and &amp;behind only (%n)</source>
        <translation>
            <numerusform>仅已填报且滞后的指标(&amp;B)（%n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every indicator, &amp;including those with no figures (%n)</source>
        <translation>
            <numerusform>全部指标，包括未填报的指标(&amp;I)（%n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) with no figures as of %1 get no slide; choose the last option to include them.</source>
        <translation>
            <numerusform>截至 %1 尚未填报的 %n 项指标不列入会议页面；如需列入，请选择最后一项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>工作任务：</translation>
    </message>
    <message numerus="yes">
        <source>Also walk the tas&amp;ks, overdue and lagging first (%n)</source>
        <translation>
            <numerusform>同时调度工作任务，逾期、滞后的优先(&amp;K)（%n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::MeetingStore</name>
    <message>
        <source>No data file is open.</source>
        <translation>未打开数据文件。</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>请填写会议名称。</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>该会议已不存在。</translation>
    </message>
    <message>
        <source>The meeting item no longer exists.</source>
        <translation>该会议议题已不存在。</translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>无法读取会议：%1</translation>
    </message>
    <message>
        <source>The meeting&apos;s items could not be read: %1</source>
        <translation>无法读取会议议题：%1</translation>
    </message>
    <message>
        <source>The earlier decisions could not be read: %1</source>
        <translation>无法读取以往会议意见：%1</translation>
    </message>
</context>
<context>
    <name>pd::OfflineCopy</name>
    <message>
        <source>No data is open to copy.</source>
        <translation>没有打开可复制的数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) to send</source>
        <translation>
            <numerusform>待发送意见 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) with changed participants</source>
        <translation>
            <numerusform>参会人员有改动的会议 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) created offline: %1</source>
        <translation>
            <numerusform>离线新建的会议 %n 个：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) already the same there</source>
        <translation>
            <numerusform>%n 条意见原数据中已相同</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent, changed there meanwhile: %1 · %2: &quot;%3&quot; there, &quot;%4&quot; here</source>
        <translation>未发送，原数据在此期间已改动：%1 · %2：原数据为“%3”，副本为“%4”</translation>
    </message>
    <message>
        <source>Not sent, no longer there: %1</source>
        <translation>未发送，原数据中已不存在：%1</translation>
    </message>
    <message>
        <source>This data file is not an offline copy.</source>
        <translation>此数据文件不是离线副本。</translation>
    </message>
    <message>
        <source>offline copy %1</source>
        <translation>离线副本 %1</translation>
    </message>
</context>
<context>
    <name>pd::OfflineCopyController</name>
    <message>
        <source>Take &amp;Offline Copy…</source>
        <translation>生成离线副本(&amp;O)…</translation>
    </message>
    <message>
        <source>Write everything open now to a data file for a laptop, to hold a meeting without network</source>
        <translation>把当前全部数据写入一个数据文件，带到无网络的会场使用</translation>
    </message>
    <message>
        <source>Send Meeting &amp;Decisions…</source>
        <translation>发送会议意见(&amp;D)…</translation>
    </message>
    <message>
        <source>Send the decisions taken in this offline copy back to the data it was taken from</source>
        <translation>把在此离线副本中形成的会议意见送回原数据</translation>
    </message>
    <message>
        <source>The copy cannot be written over the open file itself.</source>
        <translation>副本不能覆盖当前打开的文件本身。</translation>
    </message>
    <message>
        <source>The open file is not an offline copy.</source>
        <translation>当前打开的文件不是离线副本。</translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>%1 offline copy %2.sqlite</source>
        <comment>file name: the data file&apos;s name and today&apos;s date</comment>
        <translation>%1 离线副本 %2.sqlite</translation>
    </message>
    <message>
        <source>Take Offline Copy</source>
        <translation>生成离线副本</translation>
    </message>
    <message>
        <source>Data files (*.sqlite)</source>
        <translation>数据文件 (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot Take an Offline Copy</source>
        <translation>无法生成离线副本</translation>
    </message>
    <message>
        <source>Offline Copy Written</source>
        <translation>离线副本已生成</translation>
    </message>
    <message>
        <source>The offline copy is %1.

Take it to the meeting, open it there, and afterwards use File → Send Meeting Decisions… in it to send the decisions back.</source>
        <translation>离线副本为 %1。

把它带到会场打开使用；会后在副本中用“文件 → 发送会议意见…”把会议意见送回。</translation>
    </message>
    <message>
        <source>&amp;Open the Copy</source>
        <translation>打开副本(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Stay Here</source>
        <translation>留在此处(&amp;S)</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Where Is %1?</source>
        <translation>%1 在哪里？</translation>
    </message>
    <message>
        <source>Cannot Send Meeting Decisions</source>
        <translation>无法发送会议意见</translation>
    </message>
    <message>
        <source>Send Meeting Decisions</source>
        <translation>发送会议意见</translation>
    </message>
    <message>
        <source>Nothing to send to %1.</source>
        <translation>没有需要发送到 %1 的内容。</translation>
    </message>
    <message>
        <source>Send to %1:</source>
        <translation>发送到 %1：</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n decision(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 发送 %n 条意见。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::OutputFile</name>
    <message>
        <source>Cannot write %1: it is a loop of links.</source>
        <translation>无法写入 %1：链接形成了循环。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a link in a shared folder made by another user.</source>
        <translation>无法写入 %1：这是其他用户在共享文件夹中创建的链接。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a link to %2, which does not exist.</source>
        <translation>无法写入 %1：它链接到的 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a device, not a file; use &quot;-&quot; for standard output.</source>
        <translation>无法写入 %1：这是设备而不是文件；如需输出到标准输出，请使用“-”。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file.</source>
        <translation>无法写入 %1：这不是普通文件。</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>the file is not open.</source>
        <translation>文件未打开。</translation>
    </message>
</context>
<context>
    <name>pd::OverviewChartView</name>
    <message>
        <source>Expected by now %1%</source>
        <translation>序时进度 %1%</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1% complete · %2 %3</source>
        <translation>完成 %1% · %2 %3</translation>
    </message>
</context>
<context>
    <name>pd::OverviewPane</name>
    <message numerus="yes">
        <source>As of %1 · expected by now (序时进度) %2% · %n indicator(s)</source>
        <translation>
            <numerusform>截至 %1 · 序时进度 %2% · 共 %n 项指标</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion by indicator</source>
        <translation>各指标完成率</translation>
    </message>
    <message>
        <source>Completion by part and area</source>
        <translation>各板块及工作领域完成率</translation>
    </message>
    <message>
        <source>reported %1/%2</source>
        <translation>已填报 %1/%2</translation>
    </message>
    <message>
        <source>mean completion of reported</source>
        <translation>填报项平均完成率</translation>
    </message>
    <message>
        <source>reported %1/%2, no completion share</source>
        <translation>已填报 %1/%2，均为非完成率指标</translation>
    </message>
    <message>
        <source>This part sets no quantified targets: its commitments are qualitative, so there are no figures to track here.</source>
        <translation>本部分未设定量化目标：其任务均为定性要求，因此没有需要跟踪的数据。</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: &lt;b&gt;%2 of %n unit(s) late&lt;/b&gt; (due %3)</source>
        <translation>
            <numerusform>%1 轮次：&lt;b&gt;%n 个单位中有 %2 个逾期&lt;/b&gt;（截止日 %3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %2 of %n unit(s) still to report by %3</source>
        <translation>
            <numerusform>%1 轮次：%n 个单位中有 %2 个尚待报送，截止日 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1: every unit has reported</source>
        <translation>%1 轮次：各单位均已报送</translation>
    </message>
    <message>
        <source>Who has not reported…</source>
        <translation>谁未报送…</translation>
    </message>
</context>
<context>
    <name>pd::PlanCurve</name>
    <message>
        <source>&quot;%1&quot; is not a point of a plan curve; write a date and a value, as &quot;2024-06-30 300&quot; or &quot;Q2 300&quot;.</source>
        <translation>“%1”不是有效的计划进度点，请写日期和数值，如“2024-06-30 300”或“Q2 300”。</translation>
    </message>
    <message>
        <source>%1 is not a date in the plan&apos;s year %2.</source>
        <translation>%1 不是计划年度（%2年）内的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是有效数字。</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 重复填写。</translation>
    </message>
</context>
<context>
    <name>pd::PlanStore</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; the data file cannot be saved there.</source>
        <translation>文件夹 %1 为只读，无法在此保存数据文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a data file.</source>
        <translation>%1 是文件夹，不是数据文件。</translation>
    </message>
    <message>
        <source>The data file %1 is read-only.</source>
        <translation>数据文件 %1 为只读。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be read: %2</source>
        <translation>无法读取数据文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Progress Dashboard data file.</source>
        <translation>%1 不是进度看板的数据文件。</translation>
    </message>
    <message>
        <source>%1 belongs to another program, not Progress Dashboard.</source>
        <translation>%1 属于其他程序，不是进度看板的数据文件。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Progress Dashboard; please update the app to open it.</source>
        <translation>%1 由更高版本的进度看板保存，请升级本软件后再打开。</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>无法打开数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The data file could not be upgraded: %1</source>
        <translation>数据文件未能升级：%1</translation>
    </message>
    <message>
        <source>The data file already holds a plan; use --replace to overwrite it.</source>
        <translation>数据文件中已有计划；如需覆盖，请使用 --replace。</translation>
    </message>
    <message>
        <source>The data file could not be updated: %1</source>
        <translation>数据文件未能更新：%1</translation>
    </message>
    <message>
        <source>The plan&apos;s tree is malformed.</source>
        <translation>计划的层级结构有误。</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>The measurement no longer exists.</source>
        <translation>该条进度数据已不存在。</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>该指标已不存在。</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是有效数字。</translation>
    </message>
    <message>
        <source>Unknown comparator &quot;%1&quot;.</source>
        <translation>未知的比较方式“%1”。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;.</source>
        <translation>未知的指标类型“%1”。</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 已存在，无法替换。</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2</source>
        <translation>副本未能写入 %1：%2</translation>
    </message>
    <message>
        <source>No data file is open.</source>
        <translation>没有打开数据文件。</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>无法读取计划：%1</translation>
    </message>
    <message>
        <source>The plan&apos;s sections could not be read: %1</source>
        <translation>无法读取计划的章节：%1</translation>
    </message>
    <message>
        <source>The indicators could not be read: %1</source>
        <translation>无法读取指标：%1</translation>
    </message>
    <message>
        <source>The measurements could not be read: %1</source>
        <translation>无法读取填报数据：%1</translation>
    </message>
    <message>
        <source>The change log could not be read: %1</source>
        <translation>无法读取修改记录：%1</translation>
    </message>
    <message>
        <source>%1 is the open data file; choose another name for the copy.</source>
        <translation>%1 是正在使用的数据文件，请为副本另选文件名。</translation>
    </message>
    <message>
        <source>The copy could not be moved to %1.</source>
        <translation>副本无法移动到 %1。</translation>
    </message>
    <message>
        <source>The data file&apos;s version could not be read: %1</source>
        <translation>无法读取数据文件的版本：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>The data file could not be read: %1</source>
        <translation>无法读取数据文件：%1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>The data file %1 does not exist.</source>
        <translation>数据文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2) and was left as it is; restore the latest backup (File → Restore Backup…).</source>
        <translation>数据文件 %1 已损坏（%2），未对其作任何改动；请恢复最近一次备份（“文件 → 恢复备份…”）。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; free some space and try again. Nothing was changed.</source>
        <translation>%1 所在的磁盘已满，请释放部分空间后重试。未作任何修改。</translation>
    </message>
    <message>
        <source>it is cut short after %1 bytes</source>
        <translation>文件在 %1 字节处被截断</translation>
    </message>
    <message>
        <source>its first page is broken</source>
        <translation>首个数据页已损坏</translation>
    </message>
    <message>
        <source>it is cut short: %1 of %2 bytes</source>
        <translation>文件被截断：应有 %2 字节，仅有 %1 字节</translation>
    </message>
    <message>
        <source>page %1 cannot be read</source>
        <translation>第 %1 个数据页无法读取</translation>
    </message>
    <message>
        <source>its pages cannot be read</source>
        <translation>数据页无法读取</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: the disk is full.</source>
        <translation>副本未能写入 %1：磁盘已满。</translation>
    </message>
    <message>
        <source>Only text fields can be set for many indicators at once.</source>
        <translation>只有文本字段可以批量设置。</translation>
    </message>
    <message>
        <source>The responsible units could not be read: %1</source>
        <translation>无法读取责任单位：%1</translation>
    </message>
    <message>
        <source>A responsible unit needs a name.</source>
        <translation>请填写责任单位名称。</translation>
    </message>
    <message>
        <source>The list already holds a unit named &quot;%1&quot;.</source>
        <translation>列表中已有名为“%1”的单位。</translation>
    </message>
    <message>
        <source>The responsible unit no longer exists.</source>
        <translation>该责任单位已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%1 leads %n indicator(s); give them another unit first.</source>
        <translation>
            <numerusform>%1 牵头 %n 项指标，请先为这些指标另行指定牵头单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>无法读取设置：%1</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s QPSQL driver is missing (Debian: libqt6sql6-psql).</source>
        <translation>本程序无法连接 PostgreSQL 服务器：缺少 Qt 的 QPSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The database user could not be read: %1</source>
        <translation>无法读取数据库用户：%1</translation>
    </message>
    <message>
        <source>The figure no longer exists; another program removed it.</source>
        <translation>该数据已不存在：已被其他程序删除。</translation>
    </message>
</context>
<context>
    <name>pd::PostgresDialect</name>
    <message>
        <source>The database %1 holds another program&apos;s tables, not a Progress Dashboard plan; give Progress Dashboard an empty database of its own.</source>
        <translation>数据库 %1 中是其他程序的表，不是进度看板的计划；请为进度看板单独建立一个空数据库。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not Progress Dashboard.</source>
        <translation>数据库 %1 属于其他程序，不是进度看板的数据库。</translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer version of Progress Dashboard; please update the app to use it.</source>
        <translation>数据库 %1 由更新版本的进度看板建立；请升级本程序后再使用。</translation>
    </message>
    <message>
        <source>the server reports damaged data</source>
        <translation>服务器报告数据损坏</translation>
    </message>
    <message>
        <source>The server of %1 runs PostgreSQL %2; Progress Dashboard needs version 10 or later.</source>
        <translation>%1 的服务器运行 PostgreSQL %2；进度看板需要 10 或更高版本。</translation>
    </message>
    <message>
        <source>The database&apos;s version could not be read: %1</source>
        <translation>无法读取数据库的版本：%1</translation>
    </message>
    <message>
        <source>%1 is a database on a server: its copies are the server&apos;s backups (pg_dump), not a copy of a file.</source>
        <translation>%1 是服务器上的数据库：其副本由服务器备份（pg_dump）生成，而不是复制文件。</translation>
    </message>
    <message>
        <source>The data file could not be updated: %1</source>
        <translation>无法更新数据：%1</translation>
    </message>
    <message>
        <source>The server of %1 refused the password of %2; check the password (or PGPASSWORD, ~/.pgpass).</source>
        <translation>%1 的服务器拒绝了 %2 的密码；请检查密码（或 PGPASSWORD、~/.pgpass）。</translation>
    </message>
    <message>
        <source>The server of %1 has no database %2; create it first (createdb), then run server-init.</source>
        <translation>%1 的服务器上没有数据库 %2；请先建立数据库（createdb），再运行 server-init。</translation>
    </message>
    <message>
        <source>The server of %1 has no user %2.</source>
        <translation>%1 的服务器上没有用户 %2。</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached: %2</source>
        <translation>无法连接 %1 的服务器：%2</translation>
    </message>
</context>
<context>
    <name>pd::PrintController</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>所选内容：%1</translation>
    </message>
    <message>
        <source>The whole book</source>
        <translation>全部进度表（汇编）</translation>
    </message>
    <message>
        <source>Print which progress sheets?</source>
        <translation>打印哪些进度表？</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Laying out the progress sheets…</source>
        <translation>正在排版进度表…</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>progress-%1.pdf</source>
        <translation>进度表-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <source>Progress sheets of the selected area, part or indicator, or the whole book</source>
        <translation>所选工作领域、板块或指标的进度表，或全部进度表</translation>
    </message>
    <message>
        <source>This indicator: %1 %2</source>
        <translation>本项指标：%1 %2</translation>
    </message>
    <message>
        <source>Only what is behind (slightly or seriously)</source>
        <translation>仅滞后指标（略有滞后或严重滞后）</translation>
    </message>
    <message>
        <source>Also what has not reported</source>
        <translation>同时包括未填报指标</translation>
    </message>
    <message>
        <source>The ledger of tasks (台账) instead of the progress sheets</source>
        <translation>工作任务台账（代替进度表）</translation>
    </message>
    <message>
        <source>Lead &amp;unit:</source>
        <translation>牵头单位(&amp;U)：</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>pd::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>pd::RefusedSheetWriter</name>
    <message>
        <source>No row was refused: there is nothing to send back.</source>
        <translation>没有退回的行：无需退回。</translation>
    </message>
    <message>
        <source>The workbook could not be made in a temporary folder.</source>
        <translation>无法在临时文件夹中生成工作簿。</translation>
    </message>
    <message>
        <source>The workbook could not be made: %1</source>
        <translation>无法生成工作簿：%1</translation>
    </message>
</context>
<context>
    <name>pd::ReminderSheet</name>
    <message>
        <source>Every unit has reported for round %1: there is nobody to remind.</source>
        <translation>%1 轮次各单位均已报送：无需催报。</translation>
    </message>
</context>
<context>
    <name>pd::ReminderWorkbook</name>
    <message>
        <source>The workbook could not be made in a temporary folder.</source>
        <translation>无法在临时文件夹中生成工作簿。</translation>
    </message>
    <message>
        <source>The workbook could not be made: %1</source>
        <translation>无法生成工作簿：%1</translation>
    </message>
</context>
<context>
    <name>pd::ReportPreviewDialog</name>
    <message>
        <source>Import Preview: %1</source>
        <translation>导入预览：%1</translation>
    </message>
    <message>
        <source>Part, area or indicator</source>
        <translation>部分、方面或指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>报告原文</translation>
    </message>
    <message>
        <source>&amp;Create Data File…</source>
        <translation>创建数据文件(&amp;C)…</translation>
    </message>
    <message>
        <source>stretch %1%2</source>
        <translation>力争 %1%2</translation>
    </message>
    <message>
        <source>&amp;Warnings (%1)</source>
        <translation>提示(&amp;W)（%1）</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>没有需要核对的内容。</translation>
    </message>
</context>
<context>
    <name>pd::ReportingRound</name>
    <message>
        <source>&quot;%1&quot; is not a reporting round; write it as YYYY-MM (2024-06).</source>
        <translation>“%1”不是有效的填报轮次，请按 YYYY-MM 格式填写（如 2024-06）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reporting round: rounds are quarterly, named by the quarter&apos;s last month (%2-03, %2-06, %2-09, %2-12).</source>
        <translation>“%1”不是有效的填报轮次：轮次按季度划分，以季度最后一个月命名（%2-03、%2-06、%2-09、%2-12）。</translation>
    </message>
</context>
<context>
    <name>pd::RoundSettings</name>
    <message>
        <source>%1 is not a round of the plan&apos;s year %2.</source>
        <translation>%1 不是计划年度（%2年）内的轮次。</translation>
    </message>
</context>
<context>
    <name>pd::ServerAddress</name>
    <message>
        <source>A server address starts with postgresql://, as in postgresql://user@host:5432/database.</source>
        <translation>服务器地址以 postgresql:// 开头，例如 postgresql://用户@主机:5432/数据库。</translation>
    </message>
    <message>
        <source>Leave the password out of the server address: it is asked for, or read from PGPASSWORD or ~/.pgpass.</source>
        <translation>服务器地址中不要写密码：密码会单独询问，或从 PGPASSWORD、~/.pgpass 读取。</translation>
    </message>
    <message>
        <source>The server address has an unclosed [ in its host.</source>
        <translation>服务器地址的主机部分有未闭合的 [。</translation>
    </message>
    <message>
        <source>The server address has something after its host: %1</source>
        <translation>服务器地址的主机之后有多余内容：%1</translation>
    </message>
    <message>
        <source>The server address has an unknown setting &quot;%1&quot; (known: host, port, user, dbname, sslmode).</source>
        <translation>服务器地址中有未知的设置“%1”（可用：host、port、user、dbname、sslmode）。</translation>
    </message>
    <message>
        <source>The server address&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>服务器地址中的端口“%1”不是有效的端口号。</translation>
    </message>
    <message>
        <source>The server address names no database: add it after the host, as in postgresql://user@host:5432/database.</source>
        <translation>服务器地址中没有数据库名：请加在主机之后，例如 postgresql://用户@主机:5432/数据库。</translation>
    </message>
</context>
<context>
    <name>pd::ServerConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>留空则使用 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>a host name, or a socket folder such as /run/postgresql</source>
        <translation>主机名，或套接字目录（如 /run/postgresql）</translation>
    </message>
    <message>
        <source>The plan is shared on a PostgreSQL server: each responsible unit signs in with its own user, and the server decides what it may change. The password is not kept.</source>
        <translation>计划共享在 PostgreSQL 服务器上：各责任单位以各自的用户登录，由服务器决定其可修改的内容。密码不会被保存。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Give the server&apos;s host and the database.</source>
        <translation>请填写服务器主机和数据库。</translation>
    </message>
</context>
<context>
    <name>pd::ServerController</name>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Work on the plan shared on a PostgreSQL server instead of a data file</source>
        <translation>使用 PostgreSQL 服务器上共享的计划，而不是数据文件</translation>
    </message>
    <message>
        <source>Server %1 · user %2</source>
        <translation>服务器 %1 · 用户 %2</translation>
    </message>
</context>
<context>
    <name>pd::ServerRights</name>
    <message>
        <source>The server refused a change of the rights: %1</source>
        <translation>服务器拒绝修改权限：%1</translation>
    </message>
    <message>
        <source>Rights are kept by a server; a data file has none.</source>
        <translation>权限由服务器管理；数据文件没有权限设置。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use lower-case letters, digits and _ (starting with a letter).</source>
        <translation>“%1”不能用作用户名：请使用小写字母、数字和 _（以字母开头）。</translation>
    </message>
    <message>
        <source>A unit&apos;s user needs the unit it answers for.</source>
        <translation>单位用户须指定其所属的责任单位。</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>服务器没有响应。</translation>
    </message>
    <message>
        <source>no unit yet</source>
        <translation>尚无牵头单位</translation>
    </message>
    <message>
        <source>The server refused the change of %1 (led by %2): user %3 may not change it.</source>
        <translation>服务器拒绝修改 %1（牵头单位：%2）：用户 %3 无权修改。</translation>
    </message>
    <message>
        <source>The server refused the change of %1: it is led by %2, and user %3 answers for %4.</source>
        <translation>服务器拒绝修改 %1：其牵头单位为 %2，而用户 %3 属于 %4。</translation>
    </message>
</context>
<context>
    <name>pd::SheetFileReader</name>
    <message>
        <source>%1 is a folder, not a sheet file.</source>
        <translation>%1 是文件夹，不是填报表文件。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is too large for a sheet: more than %1 MB.</source>
        <translation>文件过大，不像是填报表：超过 %1 MB。</translation>
    </message>
</context>
<context>
    <name>pd::SheetImportController</name>
    <message>
        <source>&amp;Import Sheets…</source>
        <translation>导入填报表(&amp;I)…</translation>
    </message>
    <message>
        <source>Read the units&apos; filled-in sheets (XLSX or CSV) back, with a preview of every row</source>
        <translation>读入各单位填好的填报表（XLSX 或 CSV），逐行预览</translation>
    </message>
    <message>
        <source>Import Sheets</source>
        <translation>导入填报表</translation>
    </message>
    <message>
        <source>No data file is open.</source>
        <translation>没有打开数据文件。</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>填报表 (*.xlsx *.csv *.txt);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>pd::SheetImportDialog</name>
    <message>
        <source>Save &amp;Refused Rows…</source>
        <translation>保存退回的行(&amp;R)…</translation>
    </message>
    <message>
        <source>Import Sheets</source>
        <translation>导入填报表</translation>
    </message>
    <message>
        <source>All rows (%1)</source>
        <translation>全部行（%1）</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Figure(s)</source>
        <translation>
            <numerusform>导入 %n 项数值(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Write the refused rows with their reasons to a workbook to send back to the units</source>
        <translation>将退回的行及退回原因写入工作簿，以便退回各单位</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>%1 轮次</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 refused</source>
        <translation>新增 %1，修改 %2，未变 %3，退回 %4</translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) left blank</source>
        <translation>
            <numerusform>；空白 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>无法导入</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) from the sheets; Undo takes them all back.</source>
        <translation>
            <numerusform>已从填报表导入 %n 项数值；撤销可将其全部撤回。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Refused Rows</source>
        <translation>保存退回的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Cannot Import Sheets</source>
        <translation>无法导入填报表</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Row(s)</source>
        <translation>
            <numerusform>导入 %n 行(&amp;I)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of figures and tasks from the sheets; Undo takes them all back.</source>
        <translation>
            <numerusform>已从填报表导入 %n 行数据和任务；撤销可全部撤回。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SheetImportModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1，工作表 %2，第 %3 行</translation>
    </message>
    <message>
        <source>%1 · row %2</source>
        <translation>%1 · 第 %2 行</translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <translation>%3：%1 → %2</translation>
    </message>
    <message>
        <source>New texts for the figure of %1</source>
        <translation>%1 数值的文字说明有更新</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>已录入</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File · Row</source>
        <translation>文件 · 行</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Progress / Problems / Next steps</source>
        <translation>进展情况/存在问题/下步打算</translation>
    </message>
    <message>
        <source>Reason / Change</source>
        <translation>退回原因/修改内容</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>状态 %1 → %2</translation>
    </message>
    <message>
        <source>new 进展情况 for %1</source>
        <translation>新增 %1 的进展情况</translation>
    </message>
    <message>
        <source>the 进展情况 of %1 replaced</source>
        <translation>替换 %1 的进展情况</translation>
    </message>
    <message>
        <source>Indicator / Task</source>
        <translation>指标 / 任务</translation>
    </message>
    <message>
        <source>Figure / Status</source>
        <translation>数值 / 状态</translation>
    </message>
</context>
<context>
    <name>pd::SheetImportPreview</name>
    <message>
        <source>The same file as %1, byte for byte: left out.</source>
        <translation>与 %1 完全相同（逐字节一致）：已略过。</translation>
    </message>
    <message>
        <source>Already imported on %1 by %2 (%3 figures), as %4: the same file, byte for byte. Left out.</source>
        <translation>已于 %1 由 %2 导入（%3 项数值），文件名为 %4：为同一文件（逐字节一致）。已略过。</translation>
    </message>
    <message>
        <source>Sheet %1 is hidden: left aside.</source>
        <translation>工作表 %1 已隐藏：已略过。</translation>
    </message>
    <message>
        <source>Sheet %1 names no responsible unit (牵头单位): its rows are not checked against their lead units.</source>
        <translation>工作表 %1 未注明责任单位（牵头单位）：不核对其各行的牵头单位。</translation>
    </message>
    <message>
        <source>No indicator code (编码).</source>
        <translation>未填写指标编码（编码）。</translation>
    </message>
    <message>
        <source>No indicator has the code %1.</source>
        <translation>没有编码为 %1 的指标。</translation>
    </message>
    <message>
        <source>The sheet&apos;s unit %1 is no responsible unit of this plan.</source>
        <translation>该表的单位 %1 不是本计划的责任单位。</translation>
    </message>
    <message>
        <source>%1 is led by %2: its figures come from that unit&apos;s sheet, not from %3.</source>
        <translation>%1 由 %2 牵头：其数值应来自该单位的填报表，而非 %3。</translation>
    </message>
    <message>
        <source>%1 has no lead unit: %2 does not answer for it.</source>
        <translation>%1 没有牵头单位：不由 %2 负责填报。</translation>
    </message>
    <message>
        <source>%1 is led by %2; %3 is one of its co-units (配合单位), whose figures the lead unit reports.</source>
        <translation>%1 由 %2 牵头；%3 是其配合单位，数值由牵头单位报送。</translation>
    </message>
    <message>
        <source>%1 is led by %2, not by %3: a unit answering for an indicator that is not its own.</source>
        <translation>%1 由 %2 牵头，而非 %3：该单位填报了不属于本单位的指标。</translation>
    </message>
    <message>
        <source>%1 in 截至日期 is not a date; write it as %2-06-30.</source>
        <translation>截至日期中的 %1 不是有效日期，请按 %2-06-30 的格式填写。</translation>
    </message>
    <message>
        <source>No date: 截至日期 is empty and the title gives none.</source>
        <translation>没有日期：截至日期为空，表格标题中也没有注明。</translation>
    </message>
    <message>
        <source>%1 is outside the plan&apos;s year %2.</source>
        <translation>%1 不在计划年度（%2年）内。</translation>
    </message>
    <message>
        <source>Texts without a figure: %1 has no figure on %2 to add them to; fill in 本期数值.</source>
        <translation>有文字而无数值：%1 在 %2 没有可附加文字的数值，请填写本期数值。</translation>
    </message>
    <message>
        <source>Row %1 of %2 gives another figure or other texts for %3 on %4.</source>
        <translation>%2 的第 %1 行为 %3 在 %4 填写了不同的数值或文字。</translation>
    </message>
    <message>
        <source>The same as row %1 of %2.</source>
        <translation>与 %2 的第 %1 行相同。</translation>
    </message>
    <message>
        <source>%1 in 本期数值 is a date, not a number.</source>
        <translation>本期数值中的 %1 是日期，不是数字。</translation>
    </message>
    <message>
        <source>%1 is a percentage, but %2 is counted in %3.</source>
        <translation>%1 是百分数，但 %2 的计量单位是 %3。</translation>
    </message>
    <message>
        <source>%1 in 本期数值 is not a number; write the figure alone, in %2, without its unit.</source>
        <translation>本期数值中的 %1 不是数字，请只填写以 %2 计的数值，不带单位。</translation>
    </message>
    <message>
        <source>the target&apos;s unit</source>
        <translation>目标的计量单位</translation>
    </message>
    <message>
        <source>Sheet %1 has no header row (编码 … 本期数值, or 编码, 工作任务 … 本期状态): left aside.</source>
        <translation>工作表 %1 没有表头行（编码 … 本期数值，或 编码、工作任务 … 本期状态）：已略过。</translation>
    </message>
    <message>
        <source>No sheet has the header row of a unit&apos;s sheet (编码, 指标 … 本期数值, 截至日期) or of its task sheet (编码, 工作任务 … 本期状态, 截至日期, 进展情况).</source>
        <translation>没有工作表带有填报表的表头行（编码、指标 … 本期数值、截至日期）或任务表的表头行（编码、工作任务 … 本期状态、截至日期、进展情况）。</translation>
    </message>
    <message>
        <source>Task %1 is led by %2: its progress comes from that unit&apos;s sheet, not from %3.</source>
        <translation>任务 %1 由 %2 牵头：其进展应由该单位报送，而非 %3。</translation>
    </message>
    <message>
        <source>Task %1 has no lead unit: %2 does not answer for it.</source>
        <translation>任务 %1 尚无牵头单位：%2 不负责报送。</translation>
    </message>
    <message>
        <source>Task %1 is led by %2; %3 is one of its co-units (配合单位), whose progress the lead unit reports.</source>
        <translation>任务 %1 由 %2 牵头；%3 是其配合单位，进展由牵头单位报送。</translation>
    </message>
    <message>
        <source>Task %1 is led by %2, not by %3: a unit answering for a task that is not its own.</source>
        <translation>任务 %1 由 %2 牵头，不是 %3：不能报送非本单位牵头的任务。</translation>
    </message>
    <message>
        <source>No task code (编码).</source>
        <translation>没有任务编码。</translation>
    </message>
    <message>
        <source>No task has the code %1.</source>
        <translation>没有编码为 %1 的任务。</translation>
    </message>
    <message>
        <source>%1 in 本期状态 is not a status a unit reports: write 未启动, 推进中, 已完成 or 滞后.</source>
        <translation>本期状态中的“%1”不是可报送的状态：请填写 未启动、推进中、已完成 或 滞后。</translation>
    </message>
    <message>
        <source>Only a date: fill in 本期状态 or 进展情况 (or both).</source>
        <translation>只有日期：请填写本期状态或进展情况（或两者）。</translation>
    </message>
    <message>
        <source>Row %1 of %2 gives another status or 进展情况 for task %3 in %4.</source>
        <translation>%2 第 %1 行对任务 %3 在 %4 给出了不同的状态或进展情况。</translation>
    </message>
</context>
<context>
    <name>pd::SheetsExportDialog</name>
    <message>
        <source>One workbook per unit, in a &amp;folder</source>
        <translation>每个单位一个工作簿，存入文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>One &amp;workbook, a sheet per unit</source>
        <translation>一个工作簿，每个单位一张工作表(&amp;W)</translation>
    </message>
    <message>
        <source>The whole &amp;ledger (台账): every indicator, a column per month</source>
        <translation>完整台账(&amp;L)：全部指标，每月一列</translation>
    </message>
    <message>
        <source>Export Sheets</source>
        <translation>导出填报表</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Export Sheets to a Folder</source>
        <translation>将报表导出到文件夹</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n workbook(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个工作簿写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (figures as of %2)</source>
        <translation>%1（数据截至 %2）</translation>
    </message>
    <message>
        <source>Sheets for the responsible units to fill in for a reporting round, with the figures as of its end (the ledger: as of %1).</source>
        <translation>供各责任单位按填报轮次填写的填报表，数据截至该轮次结束日（台账：截至 %1）。</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>填报轮次(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>pd::StoreTarget</name>
    <message>
        <source>A plan on a PostgreSQL server instead of a data file: postgresql://user@host:port/db (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>使用 PostgreSQL 服务器上的计划，而不是数据文件：postgresql://用户@主机:端口/数据库（密码取自 PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The database %1 holds no plan yet; fill it first with progress-dashboard server-init --server URL.</source>
        <translation>数据库 %1 中还没有计划；请先运行 progress-dashboard server-init --server 地址。</translation>
    </message>
</context>
<context>
    <name>pd::TargetChartView</name>
    <message>
        <source>%1: target %2</source>
        <translation>%1：目标 %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Expected by now (%1%)</source>
        <translation>序时进度（%1%）</translation>
    </message>
    <message>
        <source>Actual %1 %2</source>
        <translation>实际 %1 %2</translation>
    </message>
    <message>
        <source>Bound %1</source>
        <translation>目标线 %1</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>基数 %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>Stretch %1</source>
        <translation>力争 %1</translation>
    </message>
</context>
<context>
    <name>pd::TaskPane</name>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation>“%1”不是有效日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>From the report</source>
        <translation>报告原文</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>任务信息</translation>
    </message>
    <message>
        <source>Progress (进展情况) by round</source>
        <translation>各轮次进展情况</translation>
    </message>
    <message>
        <source>Its indicators</source>
        <translation>所含指标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Co-operating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>e.g. 市发展改革委</source>
        <translation>如：市发展改革委</translation>
    </message>
    <message>
        <source>separated by 、</source>
        <translation>用“、”分隔</translation>
    </message>
    <message>
        <source>What was done this round (one entry a month; Ctrl+Enter adds it)</source>
        <translation>本期完成的工作（每月一条；按 Ctrl+Enter 添加）</translation>
    </message>
    <message>
        <source>&amp;Add Progress</source>
        <translation>添加进展(&amp;A)</translation>
    </message>
    <message>
        <source>Add the progress for this date&apos;s month, or change the entry that month has</source>
        <translation>添加该日期所在月份的进展，或修改该月已有的记录</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Delete the selected progress entries (Del)</source>
        <translation>删除所选进展记录（Del）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Progress (进展情况)</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Past its deadline (%1) at %2 and not done</source>
        <translation>截至 %2 已超过完成时限（%1），尚未完成</translation>
    </message>
    <message>
        <source>as the report states it</source>
        <translation>按报告所定</translation>
    </message>
    <message>
        <source>the year&apos;s end: the report states none</source>
        <translation>年底（报告未明确时限）</translation>
    </message>
    <message>
        <source>Entered by %1 on %2</source>
        <translation>%1 于 %2 录入</translation>
    </message>
    <message>
        <source>none: the task sets no quantified target</source>
        <translation>无：该任务未设定量化目标</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 done on average, %2 of %3 reported</source>
        <translation>平均完成 %1，%3 项中已填报 %2 项</translation>
    </message>
    <message>
        <source>%1 of %2 reported</source>
        <translation>%2 项中已填报 %1 项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the plan&apos;s year (yyyy-MM-dd).</source>
        <translation>“%1”不是计划年度内的有效日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>Write the progress (进展情况) first.</source>
        <translation>请先填写进展情况。</translation>
    </message>
    <message>
        <source>Delete task progress</source>
        <translation>删除任务进展</translation>
    </message>
</context>
<context>
    <name>pd::TaskStore</name>
    <message>
        <source>No data file is open.</source>
        <translation>没有打开数据文件。</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>无法读取工作任务：%1</translation>
    </message>
    <message>
        <source>The progress of the task could not be read: %1</source>
        <translation>无法读取该任务的进展情况：%1</translation>
    </message>
    <message>
        <source>The progress of the tasks could not be read: %1</source>
        <translation>无法读取各任务的进展情况：%1</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>The deadline is not a valid date.</source>
        <translation>完成时限不是有效日期。</translation>
    </message>
    <message>
        <source>The status is not valid.</source>
        <translation>状态无效。</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>Write the progress (进展情况) first.</source>
        <translation>请先填写进展情况。</translation>
    </message>
    <message>
        <source>The task already has its progress for %1; change that entry instead.</source>
        <translation>该任务已有 %1 的进展记录，请修改该条记录。</translation>
    </message>
    <message>
        <source>The progress entry no longer exists.</source>
        <translation>该进展记录已不存在。</translation>
    </message>
    <message>
        <source>The task or its entry no longer exists; another program removed it.</source>
        <translation>该任务或其进展记录已不存在：已被其他程序删除。</translation>
    </message>
</context>
<context>
    <name>pd::TrendChartView</name>
    <message>
        <source>%1: progress through %2</source>
        <translation>%1：%2年进度</translation>
    </message>
    <message>
        <source>No measurements yet</source>
        <translation>尚无进度数据</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划进度</translation>
    </message>
    <message>
        <source>Bound %1</source>
        <translation>目标线 %1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Plan curve</source>
        <translation>计划进度</translation>
    </message>
</context>
<context>
    <name>pd::UnitAssignments</name>
    <message>
        <source>No code in this row.</source>
        <translation>该行没有编码。</translation>
    </message>
    <message>
        <source>No indicator has the code %1.</source>
        <translation>没有编码为 %1 的指标。</translation>
    </message>
    <message>
        <source>No lead unit given for %1.</source>
        <translation>未填写 %1 的牵头单位。</translation>
    </message>
    <message>
        <source>%1 is given again in row %2, which is taken.</source>
        <translation>%1 在第 %2 行再次出现，以该行为准。</translation>
    </message>
    <message>
        <source>No sheet in the file has the headers 编码 and 牵头单位 (or 责任单位).</source>
        <translation>文件中没有带“编码”和“牵头单位”（或“责任单位”）表头的工作表。</translation>
    </message>
</context>
<context>
    <name>pd::UnitsController</name>
    <message>
        <source>Responsible &amp;Units…</source>
        <translation>责任单位(&amp;U)…</translation>
    </message>
    <message>
        <source>The list of units that lead or help with the plan&apos;s work</source>
        <translation>牵头或配合计划各项工作的单位名单</translation>
    </message>
    <message>
        <source>Import Unit &amp;Assignments…</source>
        <translation>导入责任分工表(&amp;A)…</translation>
    </message>
    <message>
        <source>Read a sheet of codes and their lead (and co-operating) units, from Excel or WPS</source>
        <translation>读入列有编码及其牵头单位（和配合单位）的表格，支持 Excel 或 WPS 文件</translation>
    </message>
    <message>
        <source>Set &amp;Responsible Unit…</source>
        <translation>设置牵头单位(&amp;R)…</translation>
    </message>
    <message>
        <source>Give the indicators selected in the tree (or under a selected area) a lead unit</source>
        <translation>为树中所选指标（或所选工作领域下的指标）设置牵头单位</translation>
    </message>
    <message>
        <source>Select the indicators (or an area) in the tree first.</source>
        <translation>请先在树中选择指标（或工作领域）。</translation>
    </message>
    <message>
        <source>Set Responsible Unit</source>
        <translation>设置牵头单位</translation>
    </message>
    <message numerus="yes">
        <source>Lead unit (牵头单位) of %n indicator(s):</source>
        <translation>
            <numerusform>%n 项指标的牵头单位：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the lead unit of %n indicator(s).</source>
        <translation>
            <numerusform>已清除 %n 项指标的牵头单位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 now leads %n indicator(s).</source>
        <translation>
            <numerusform>%1 现牵头 %n 项指标。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>Assigned %1, unchanged %2, refused %3.</source>
        <translation>已设置 %1 项，未变 %2 项，退回 %3 项。</translation>
    </message>
    <message>
        <source>Import unit assignments from %1</source>
        <translation>从 %1 导入责任分工</translation>
    </message>
    <message>
        <source>Import Unit Assignments</source>
        <translation>导入责任分工表</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>责任分工表 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>pd::UnitsDialog</name>
    <message>
        <source>Responsible Units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>The units that lead (牵头) or help with (配合) the plan&apos;s work. The lead-unit fields complete from this list, and File → Export Sheets… writes a workbook for each.</source>
        <translation>牵头或配合计划各项工作的单位。填写牵头单位时可从此名单自动补全；“文件 → 导出填报表…”为每个单位生成一个工作簿。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add Units &amp;Named in the Plan</source>
        <translation>添加计划中提及的单位(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add Unit</source>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>Name of the unit:</source>
        <translation>单位名称：</translation>
    </message>
</context>
<context>
    <name>pd::UnreportedController</name>
    <message>
        <source>Who Has Not &amp;Reported…</source>
        <translation>谁未报送(&amp;R)…</translation>
    </message>
    <message>
        <source>The units whose figures for a reporting round are missing, and their reminders</source>
        <translation>某一填报轮次尚未报送数值的单位及其催报单</translation>
    </message>
</context>
<context>
    <name>pd::UnreportedDialog</name>
    <message>
        <source>Who Has Not Reported</source>
        <translation>谁未报送</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>The day of the month after a round&apos;s end by which its figures are due (in a shorter month: its last day)</source>
        <translation>轮次结束后次月的报送截止日（该月天数不足时为该月最后一天）</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Keep this schedule in the data file (Edit → Undo takes it back)</source>
        <translation>将此报送安排保存到数据文件（可通过“编辑 → 撤销”撤回）</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>填报轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>Units report &amp;every</source>
        <translation>报送周期(&amp;E)</translation>
    </message>
    <message>
        <source>due on &amp;day</source>
        <translation>截止于次月(&amp;D)</translation>
    </message>
    <message>
        <source>of the month after</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Unit / Code</source>
        <translation>单位/编码</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Last figure</source>
        <translation>最近数值</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>最近日期</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>&amp;Print Reminders (催报单)…</source>
        <translation>打印催报单(&amp;P)…</translation>
    </message>
    <message>
        <source>A PDF with a page for each unit that has not reported</source>
        <translation>生成 PDF，每个未报送的单位一页</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>另存为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>The same reminders as a workbook: a summary and a sheet per unit</source>
        <translation>以工作簿形式保存同样的催报单：一张汇总表，每个单位一张工作表</translation>
    </message>
    <message>
        <source>Who sends the reminders, printed at their foot (kept in the data file)</source>
        <translation>催报单的落款单位，打印在页脚（保存在数据文件中）</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>落款单位(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 (figures as of %2, due %3)</source>
        <translation>%1（数据截至 %2，截止日 %3）</translation>
    </message>
    <message>
        <source>%1 — current</source>
        <translation>%1 — 当前轮次</translation>
    </message>
    <message>
        <source>The plan has no reporting rounds.</source>
        <translation>该计划没有填报轮次。</translation>
    </message>
    <message>
        <source>Cannot read the data file: %1</source>
        <translation>无法读取数据文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>Every unit has reported for this round (%n indicator(s)).</source>
        <translation>
            <numerusform>本轮次各单位均已报送（共 %n 项指标）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n unit(s) late</source>
        <translation>
            <numerusform>%n 个单位中有 %1 个逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n unit(s) still to report</source>
        <translation>
            <numerusform>%n 个单位中有 %1 个尚待报送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %n indicator(s) without a figure in this round</source>
        <translation>
            <numerusform>%1 · %n 项指标中有 %2 项本轮次未填报数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n indicator(s) without a figure</source>
        <translation>
            <numerusform>%n 项指标中有 %1 项未填报数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未填报</translation>
    </message>
    <message>
        <source>Cannot Change the Schedule</source>
        <translation>无法修改报送安排</translation>
    </message>
    <message>
        <source>The office could not be kept in the data file: %1</source>
        <translation>未能将落款单位保存到数据文件：%1</translation>
    </message>
    <message>
        <source>Print Reminders</source>
        <translation>打印催报单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Print the Reminders</source>
        <translation>无法打印催报单</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Save Reminders as Excel</source>
        <translation>将催报单另存为 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot Save the Reminders</source>
        <translation>无法保存催报单</translation>
    </message>
</context>
<context>
    <name>pd::UnreportedList</name>
    <message>
        <source>Round %1 (figures as of %2), due %3</source>
        <translation>%1 轮次（数据截至 %2），截止日 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) late.</source>
        <translation>
            <numerusform>%1：逾期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: due today.</source>
        <translation>%1：今天截止。</translation>
    </message>
    <message numerus="yes">
        <source>%1: due in %n day(s).</source>
        <translation>
            <numerusform>%1：还有 %n 天截止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::WelcomeBanner</name>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Welcome.&lt;/b&gt; This window holds &lt;b&gt;%1&lt;/b&gt;: %n quantified target(s) taken from the report, in its parts and work areas on the left. To enter progress, select an indicator, type the figure (it goes to the entry row at the top of the right pane, beside its date) and press Enter; every change is saved at once (Ctrl+Z undoes it). The statuses compare each figure with the share of the year elapsed (序时进度) at the &lt;i&gt;As of&lt;/i&gt; date. Data file: &lt;code&gt;%2&lt;/code&gt; (Help → Welcome Tips shows this again)</source>
        <translation>
            <numerusform>&lt;b&gt;欢迎使用。&lt;/b&gt;本窗口载入的是&lt;b&gt;%1&lt;/b&gt;：从报告中提取的 %n 项量化目标，按板块和工作领域列在左侧。录入进度时，请选中一项指标，输入数值（填入右侧窗格顶部的录入行，日期旁边），然后按 Enter；每次修改都会立即保存（按 Ctrl+Z 可撤销）。各项状态是将数值与&lt;i&gt;截至&lt;/i&gt;日期的序时进度对比得出的。数据文件：&lt;code&gt;%2&lt;/code&gt;（通过“帮助 → 欢迎提示”可再次查看本说明）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::XlsxReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation>该文件不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read (%1). Open it in Excel or WPS, save it again and import the new file.</source>
        <translation>工作簿已损坏，无法读取（%1）。请在 Excel 或 WPS 中打开并重新保存，然后导入新文件。</translation>
    </message>
    <message>
        <source>the zip archive cannot be opened</source>
        <translation>无法打开 zip 压缩包</translation>
    </message>
    <message>
        <source>the zip archive&apos;s list of parts cannot be read</source>
        <translation>无法读取 zip 压缩包的文件列表</translation>
    </message>
    <message>
        <source>the zip archive holds nothing</source>
        <translation>zip 压缩包为空</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>The workbook is encrypted with a password. Save it again without a password in Excel or WPS and import that file.</source>
        <translation>该工作簿已用密码加密。请在 Excel 或 WPS 中取消密码后重新保存，再导入该文件。</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked</source>
        <translation>无法解压 %1</translation>
    </message>
    <message>
        <source>%1 is corrupt</source>
        <translation>%1 已损坏</translation>
    </message>
    <message>
        <source>The workbook is too large to read: a part of it unpacks to more than %1 MB.</source>
        <translation>工作簿过大，无法读取：其中一部分解压后超过 %1 MB。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: the cell reference &quot;%2&quot;</source>
        <translation>%1：单元格引用“%2”无效</translation>
    </message>
    <message>
        <source>%1: a cell names a shared string that does not exist</source>
        <translation>%1：某个单元格引用了不存在的共享字符串</translation>
    </message>
    <message>
        <source>%1: the number &quot;%2&quot;</source>
        <translation>%1：数字“%2”无效</translation>
    </message>
    <message>
        <source>The workbook is too large to read: it has more than %1 cells.</source>
        <translation>工作簿过大，无法读取：单元格超过 %1 个。</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Save it again without a password in Excel or WPS and import that file.</source>
        <translation>该工作簿受密码保护。请在 Excel 或 WPS 中取消密码后重新保存，再导入该文件。</translation>
    </message>
    <message>
        <source>This is an Excel 97–2003 workbook (.xls). Save it in Excel or WPS as an Excel workbook (.xlsx) and import that file.</source>
        <translation>这是 Excel 97–2003 工作簿（.xls）。请在 Excel 或 WPS 中另存为 Excel 工作簿（.xlsx），再导入该文件。</translation>
    </message>
    <message>
        <source>The file is a zip archive, not an Excel workbook (.xlsx).</source>
        <translation>该文件是 zip 压缩包，不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The workbook has no cells: there is nothing to import.</source>
        <translation>工作簿中没有任何单元格：没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>pd::XlsxSheets</name>
    <message>
        <source>The workbook could not be made: %1</source>
        <translation>无法生成工作簿：%1</translation>
    </message>
    <message>
        <source>The workbook could not be made in a temporary folder.</source>
        <translation>无法在临时文件夹中生成工作簿。</translation>
    </message>
    <message>
        <source>The plan has no indicators.</source>
        <translation>该规划没有指标。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>No indicator or task has &quot;%1&quot; as its lead unit.</source>
        <translation>没有以“%1”为牵头单位的指标或任务。</translation>
    </message>
</context>
</TS>
