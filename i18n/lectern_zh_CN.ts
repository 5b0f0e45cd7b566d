<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsoleAgendaTab</name>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="44"/>
        <source>This meeting has no agenda. Add items with: lectern agenda add MEETING --title … --kind …</source>
        <translation>本会议没有议程。添加议程项：lectern agenda add 会议 --title … --kind …</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="45"/>
        <source>Now: %1 %2  ·  Next: %3</source>
        <translation>正在进行：%1 %2  ·  下一项：%3</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="46"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="47"/>
        <source>Not started  ·  Next: %1</source>
        <translation>尚未开始  ·  下一项：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="61"/>
        <source>Projected end %1 · planned end %2 · %3</source>
        <translation>预计结束 %1 · 计划结束 %2 · %3</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="62"/>
        <source>%1 over</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="62"/>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="63"/>
        <source>Projected end %1</source>
        <translation>预计结束 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="64"/>
        <source>items %1</source>
        <translation>各项合计 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="65"/>
        <source>the agenda is longer than the meeting</source>
        <translation>议程长于会议时间</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="71"/>
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="72"/>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="73"/>
        <source>Add a 10-minute break</source>
        <translation>加 10 分钟休息</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="80"/>
        <source>Re-time</source>
        <translation>重新定时</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="94"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="105"/>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="160"/>
        <source>plan %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="161"/>
        <source>from %1</source>
        <translation>预计 %1 开始</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="176"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="182"/>
        <source>Play next</source>
        <translation>下一个进行</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="188"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>ConsoleConfirm</name>
    <message>
        <location filename="../qml/components/ConsoleConfirm.qml" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleConfirm.qml" line="54"/>
        <source>Start anyway</source>
        <translation>仍然开始</translation>
    </message>
</context>
<context>
    <name>ConsoleDecisionsTab</name>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="27"/>
        <source>Item</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="51"/>
        <source>This meeting has no agenda item to decide on.</source>
        <translation>本次会议没有可议定的议程项。</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="63"/>
        <source>Reason or opinion</source>
        <translation>原因或意见</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="64"/>
        <source>why a member withdraws, or an absent member&apos;s written opinion</source>
        <translation>成员回避的原因，或缺席成员的书面意见</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="106"/>
        <source>Withdraws</source>
        <translation>回避</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="113"/>
        <source>Written opinion</source>
        <translation>书面意见</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="127"/>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="136"/>
        <source>show of hands</source>
        <translation>举手表决</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="136"/>
        <source>secret ballot</source>
        <translation>无记名投票</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="137"/>
        <source>named vote</source>
        <translation>记名投票</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="144"/>
        <source>deferred</source>
        <translation>暂缓表决</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="147"/>
        <source>For</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="148"/>
        <source>Against</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="149"/>
        <source>Abstaining</source>
        <translation>弃权</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="153"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="154"/>
        <source>a revote says why it is held</source>
        <translation>重新表决须注明原因</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="154"/>
        <source>for a deferral, why</source>
        <translation>暂缓表决的原因</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="159"/>
        <source>Record the revote</source>
        <translation>记录重新表决</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="159"/>
        <source>Record the vote</source>
        <translation>记录表决</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="174"/>
        <source>Decided (议定事项)</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="190"/>
        <source>Save the decision</source>
        <translation>保存议定事项</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="193"/>
        <source>On the record</source>
        <translation>已记录</translation>
    </message>
</context>
<context>
    <name>ConsoleLiveEdit</name>
    <message>
        <location filename="../qml/components/ConsoleLiveEdit.qml" line="22"/>
        <source>Text on the screens:</source>
        <translation>屏幕上的讲稿：</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleLiveEdit.qml" line="22"/>
        <source>Text of:</source>
        <translation>讲稿：</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleLiveEdit.qml" line="86"/>
        <source>Choose a paragraph above</source>
        <translation>请在上方选择一段</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleLiveEdit.qml" line="93"/>
        <source>Change the paragraph</source>
        <translation>修改此段</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleLiveEdit.qml" line="99"/>
        <source>Insert after it</source>
        <translation>在其后插入</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleLiveEdit.qml" line="105"/>
        <source>Delete it</source>
        <translation>删除此段</translation>
    </message>
</context>
<context>
    <name>ConsoleMeetingsTab</name>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="49"/>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="102"/>
        <source>Meeting %1 · %2</source>
        <translation>会议 %1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="103"/>
        <source>A new meeting</source>
        <translation>新会议</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="106"/>
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="107"/>
        <source>Kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="107"/>
        <source>e.g. 党组会, 办公会</source>
        <translation>如：党组会、办公会</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="108"/>
        <source>Session</source>
        <translation>届次</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="108"/>
        <source>e.g. 第3次</source>
        <translation>如：第3次</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="109"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="110"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="111"/>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="112"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="113"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="114"/>
        <source>Grace (min)</source>
        <translation>迟到宽限（分钟）</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="125"/>
        <source>%1 of the %2 people on the roster expected (see the list on the right); the chair and the recorder named here take their roles unless the list was changed.</source>
        <translation>名单上 %2 人中应到 %1 人（见右侧名单）；未改动名单时，此处填写的主持人和记录人按其职责列入。</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="117"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="117"/>
        <source>Create meeting</source>
        <translation>创建会议</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="140"/>
        <source>Roster: %1 people</source>
        <translation>名单：%1 人</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="151"/>
        <source>Rows not imported:</source>
        <translation>未导入的行：</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="171"/>
        <source>Who is expected, as what</source>
        <translation>应到人员及身份</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="175"/>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="179"/>
        <source>Nobody</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="212"/>
        <source>Attends</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="212"/>
        <source>Observes</source>
        <translation>列席</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="212"/>
        <source>Chairs</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="212"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="212"/>
        <source>Not expected</source>
        <translation>不参加</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="219"/>
        <source>This meeting</source>
        <translation>本次会议</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="227"/>
        <source>Open the sign-in</source>
        <translation>开始签到</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="233"/>
        <source>Teleprompter</source>
        <translation>提词器</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="237"/>
        <source>Projected pages</source>
        <translation>投影翻页</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="50"/>
        <source>Console</source>
        <translation>会务</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Speech</source>
        <translation>讲稿</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Record</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Phones</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Decisions</source>
        <translation>议定</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="80"/>
        <source>● Recording %1</source>
        <translation>● 录音中 %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="80"/>
        <source>Recording waits for a microphone</source>
        <translation>录音等待麦克风</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="88"/>
        <source>No meeting chosen</source>
        <translation>未选择会议</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="95"/>
        <source>Home screen</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="125"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
</context>
<context>
    <name>ConsolePhonesTab</name>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="25"/>
        <source>The room&apos;s network</source>
        <translation>会场网络</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="29"/>
        <source>Off. Phones can sign in and the remote can work once lan.enabled is true in the configuration (see config/README.md).</source>
        <translation>未开启。在配置中把 lan.enabled 设为 true 后，即可扫码签到和使用遥控（见 config/README.md）。</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="30"/>
        <source>On at %1 · %2 connections · %3 remotes</source>
        <translation>已开启：%1 · 连接 %2 个 · 遥控 %3 个</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="31"/>
        <source>Not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="31"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="37"/>
        <source>The operator&apos;s remote: open %1 on a phone or tablet on the room&apos;s network, or scan the code; pair it with the code below or the administrator&apos;s PIN. %2?view is the chair&apos;s view, without controls.</source>
        <translation>会务遥控：在会场网络中的手机或平板上打开 %1，或扫描二维码；用下面的配对码或管理员密码配对。%2?view 为主持人查看页，不能操作。</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="52"/>
        <source>New pairing code</source>
        <translation>生成配对码</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="63"/>
        <source>(valid 5 minutes, once)</source>
        <translation>（5 分钟内有效，仅用一次）</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="77"/>
        <source>Signed in by phone: %1</source>
        <translation>扫码签到：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="77"/>
        <source>Choose a meeting under Meetings first.</source>
        <translation>请先在“会议”中选择一个会议。</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="92"/>
        <source>Refused</source>
        <translation>已拒绝的请求</translation>
    </message>
</context>
<context>
    <name>ConsoleRecordTab</name>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="30"/>
        <source>Choose a meeting under Meetings first.</source>
        <translation>请先在“会议”中选择一个会议。</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="33"/>
        <source>Notes</source>
        <translation>会议内容</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="51"/>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="71"/>
        <source>Save the record</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="82"/>
        <source>The meeting</source>
        <translation>会议状态</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="86"/>
        <source>Close the meeting (no more sign-ins)</source>
        <translation>结束会议（停止签到）</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="93"/>
        <source>Finalize (seal the record)</source>
        <translation>定稿（封存记录）</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="100"/>
        <source>Nothing can change afterwards. Finalize?</source>
        <translation>定稿后不可再修改。确定定稿吗？</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="103"/>
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="107"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="111"/>
        <source>Export the sign-in sheet, the record and the attendance to:</source>
        <translation>将签到表、会议记录和出勤表导出到：</translation>
    </message>
</context>
<context>
    <name>ConsoleRecordings</name>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="26"/>
        <source>Audio recording</source>
        <translation>会议录音</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="29"/>
        <source>● Recording: %1</source>
        <translation>● 正在录音：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="30"/>
        <source>● Recording another meeting (%1)</source>
        <translation>● 正在为另一场会议录音（%1）</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="31"/>
        <source>Waiting for a microphone to record</source>
        <translation>等待麦克风接入后继续录音</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="32"/>
        <source>Not recording</source>
        <translation>未在录音</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="38"/>
        <source>Stop recording</source>
        <translation>停止录音</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="38"/>
        <source>Record this meeting&apos;s audio</source>
        <translation>为本次会议录音</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="86"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="86"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="92"/>
        <source>Playing %1</source>
        <translation>正在播放 %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSettingsTab</name>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="14"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="31"/>
        <source>Looks</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="35"/>
        <source>Standard (dark)</source>
        <translation>标准（深色）</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="36"/>
        <source>Official document</source>
        <translation>公文样式</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="37"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="49"/>
        <source>Screens</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="51"/>
        <source>What each screen is for, remembered on this machine. Automatic: the console on the main screen, then left to right the speaker&apos;s teleprompter and the projected pages.</source>
        <translation>每块屏幕的用途，本机会记住。自动：会务在主屏幕，其余从左到右依次为讲话人提词器和投影翻页。</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="64"/>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>屏幕 %1：%2（%3×%4）</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="71"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="72"/>
        <source>Console</source>
        <translation>会务</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="73"/>
        <source>Teleprompter</source>
        <translation>提词器</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="74"/>
        <source>Projection</source>
        <translation>投影</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="75"/>
        <source>Sign-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="90"/>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="92"/>
        <source>The microphone records the meeting and lets the prompter follow the speaker; the speakers play the chime, the tick and recordings. Unplugged, the system&apos;s default stands in.</source>
        <translation>麦克风用于会议录音和提词器跟随讲话；扬声器播放签到提示音、倒计时声和录音。所选设备拔出时，改用系统默认设备。</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="99"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="100"/>
        <source>Speakers</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="119"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="138"/>
        <source>No microphone is connected.</source>
        <translation>未连接麦克风。</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="138"/>
        <source>No speakers are connected.</source>
        <translation>未连接扬声器。</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="144"/>
        <source>Play a test sound</source>
        <translation>播放测试音</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="160"/>
        <source>Phones in the room</source>
        <translation>会场手机</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="164"/>
        <source>Sign-in by phone and the remote</source>
        <translation>扫码签到与遥控</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="171"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="178"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="180"/>
        <source>the room&apos;s network name (optional)</source>
        <translation>会场网络名称（可不填）</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="185"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="186"/>
        <source>unchanged when left empty</source>
        <translation>留空则不变</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="191"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="201"/>
        <source>Running at %1</source>
        <translation>运行中：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="202"/>
        <source>Off</source>
        <translation>未开启</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="207"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="210"/>
        <source>Quit Lectern</source>
        <translation>退出讲台</translation>
    </message>
</context>
<context>
    <name>ConsoleSpeechTab</name>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="32"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="41"/>
        <source>Taken out or joined (%1): put a line back if it belongs to the speech</source>
        <translation>已删除或合并的行（%1）：如属讲稿内容，可恢复</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="69"/>
        <source>Line %1 · %2
%3</source>
        <translation>第 %1 行 · %2
%3</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="80"/>
        <source>Take out</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="80"/>
        <source>Put back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="93"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="132"/>
        <source>Blanks to fill (%1)</source>
        <translation>待填空白（%1）</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="133"/>
        <source>No blanks left to fill</source>
        <translation>没有待填的空白</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="152"/>
        <source>“%1” ×%2: %3</source>
        <translation>“%1” ×%2：%3</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="161"/>
        <source>Fill in</source>
        <translation>填写</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="168"/>
        <source>Fill all</source>
        <translation>全部填入</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="177"/>
        <source>Filled: %1</source>
        <translation>已填：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="184"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="190"/>
        <source>Use this speech</source>
        <translation>使用此讲稿</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="196"/>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="228"/>
        <source>In use: %1</source>
        <translation>正在使用：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="198"/>
        <source>Could not save the choice in %1</source>
        <translation>无法在 %1 中保存所选讲稿</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="207"/>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="218"/>
        <source>Use as this item&apos;s draft</source>
        <translation>用作该项讲稿</translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="221"/>
        <source>Kept as the draft of %1</source>
        <translation>已存为 %1 的讲稿</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../qml/components/ErrorPanel.qml" line="14"/>
        <source>The speech could not be opened</source>
        <translation>无法打开讲话稿</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../qml/components/FileChooser.qml" line="15"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../qml/components/FileChooser.qml" line="29"/>
        <source>Path of a %1 file</source>
        <translation>%1 文件的路径</translation>
    </message>
    <message>
        <location filename="../qml/components/FileChooser.qml" line="43"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location filename="../qml/components/FileChooser.qml" line="62"/>
        <source>No %1 file on a USB stick or in %2.</source>
        <translation>U 盘和 %2 中没有 %1 文件。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="44"/>
        <source>Lectern</source>
        <translation>讲台</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="84"/>
        <source>Scan to sign in</source>
        <translation>扫码签到</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="107"/>
        <source>No meeting is set up</source>
        <translation>尚未设置会议</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="126"/>
        <source>The speech entries open the sample speech: “%1”. Set up a meeting in the console.</source>
        <translation>讲稿入口将打开示例讲稿《%1》。请在“会务”中设置会议。</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="140"/>
        <source>Now: %1 %2</source>
        <translation>正在进行：%1 %2</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="141"/>
        <source>First: %1</source>
        <translation>第一项：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="154"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="155"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="156"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="157"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="158"/>
        <source>Not yet arrived</source>
        <translation>未到</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="159"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="202"/>
        <source>Sign-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="203"/>
        <source>At the door, by name or initials</source>
        <translation>在门口按姓名或拼音首字母签到</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="203"/>
        <source>Needs a meeting (console)</source>
        <translation>需先在“会务”中设置会议</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="212"/>
        <source>Teleprompter</source>
        <translation>提词器</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="222"/>
        <source>Projected pages</source>
        <translation>投影翻页</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="231"/>
        <source>Console</source>
        <translation>会务</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="239"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="247"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>HomeTile</name>
    <message>
        <location filename="../qml/components/HomeTile.qml" line="54"/>
        <source>Administrator PIN</source>
        <translation>需管理员密码</translation>
    </message>
</context>
<context>
    <name>LetterKeys</name>
    <message>
        <location filename="../qml/components/LetterKeys.qml" line="61"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../qml/components/LetterKeys.qml" line="61"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="48"/>
        <source>Lectern — %1</source>
        <translation>讲台 — %1</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="48"/>
        <source>Lectern</source>
        <translation>讲台</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="162"/>
        <source>The clock is behind the latest record: nothing is recorded until it is set.</source>
        <translation>时钟早于最近一条记录：在校准时钟之前不会记录任何内容。</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="185"/>
        <source>Resumed from where it was at %1</source>
        <translation>已从 %1 的位置恢复</translation>
    </message>
</context>
<context>
    <name>OperatorConsole</name>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="23"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="24"/>
        <source>Starting in %1</source>
        <translation>%1 秒后开始</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="25"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="26"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="27"/>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="52"/>
        <source>Speaker screen (preview)</source>
        <translation>讲者屏（预览）</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="102"/>
        <source>Item: %1 · %2</source>
        <translation>本项：%1 · %2</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="103"/>
        <source>%1 over</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="103"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="104"/>
        <source>Next item: %1</source>
        <translation>下一项：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="114"/>
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="119"/>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="124"/>
        <source>Edit the text</source>
        <translation>修改讲稿</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="133"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="133"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="137"/>
        <source>To the beginning</source>
        <translation>回到开头</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="149"/>
        <source>%1 chars/min</source>
        <translation>%1 字/分钟</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="160"/>
        <source>Target duration</source>
        <translation>目标时长</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="182"/>
        <source>Elapsed %1 · remaining %2</source>
        <translation>已用 %1 · 剩余 %2</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="188"/>
        <source>Ahead %1</source>
        <translation>提前 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="189"/>
        <source>Behind %1</source>
        <translation>落后 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="193"/>
        <source>Next: %1</source>
        <translation>下一节：%1</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="194"/>
        <source>Last section</source>
        <translation>最后一节</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="216"/>
        <source>Projector page %1 / %2</source>
        <translation>投影第 %1 / %2 页</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="232"/>
        <source>Follow the speaker</source>
        <translation>跟随讲者</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="243"/>
        <source>Follow the voice</source>
        <translation>跟随语音</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="253"/>
        <source>Take their pace</source>
        <translation>跟随语速</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="273"/>
        <source>Speaking · %1 chars/min</source>
        <translation>正在讲话 · %1 字/分钟</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="274"/>
        <source>Listening</source>
        <translation>正在聆听</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="280"/>
        <source>Mirror</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="287"/>
        <source>Smaller</source>
        <translation>字号减小</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="292"/>
        <source>Larger</source>
        <translation>字号增大</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="296"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="296"/>
        <source>Blank</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="322"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PagedView</name>
    <message>
        <location filename="../qml/components/PagedView.qml" line="41"/>
        <source>(continued)</source>
        <translation>（续上页）</translation>
    </message>
    <message>
        <location filename="../qml/components/PagedView.qml" line="76"/>
        <source>Following the speaker</source>
        <translation>跟随讲者</translation>
    </message>
    <message>
        <location filename="../qml/components/PagedView.qml" line="91"/>
        <source>(continued on the next page)</source>
        <translation>（接下页）</translation>
    </message>
    <message>
        <location filename="../qml/components/PagedView.qml" line="107"/>
        <source>Go to page %1 …</source>
        <translation>转到第 %1 页 …</translation>
    </message>
    <message>
        <location filename="../qml/components/PagedView.qml" line="108"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../qml/components/PinDialog.qml" line="79"/>
        <source>Set the administrator PIN</source>
        <translation>设置管理员密码</translation>
    </message>
    <message>
        <location filename="../qml/components/PinDialog.qml" line="79"/>
        <source>Administrator PIN</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <location filename="../qml/components/PinDialog.qml" line="126"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../qml/components/PinDialog.qml" line="126"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../qml/components/PinDialog.qml" line="142"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../qml/windows/ProjectorWindow.qml" line="23"/>
        <source>Lectern — projector</source>
        <translation>讲台 — 投影屏</translation>
    </message>
</context>
<context>
    <name>PrompterHud</name>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="78"/>
        <source>Elapsed %1</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="81"/>
        <source>Remaining %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="84"/>
        <source>%1 chars/min</source>
        <translation>%1 字/分钟</translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="89"/>
        <source>Ahead %1</source>
        <translation>提前 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="90"/>
        <source>Behind %1</source>
        <translation>落后 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="106"/>
        <source>Item %1</source>
        <translation>本项 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="114"/>
        <source>N again: next item, %1</source>
        <translation>再按 N：下一项，%1</translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="114"/>
        <source>N again: end this item</source>
        <translation>再按 N：结束本项</translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="125"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="133"/>
        <source>Waiting for your voice</source>
        <translation>等待讲话</translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="133"/>
        <source>Following your voice</source>
        <translation>跟随语音</translation>
    </message>
</context>
<context>
    <name>PrompterView</name>
    <message>
        <location filename="../qml/components/PrompterView.qml" line="282"/>
        <source>Look up</source>
        <translation>请抬头</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../qml/pages/ReaderPage.qml" line="23"/>
        <source>%1 characters · about %2 min at 180 characters/min · %3 lines removed · %4 placeholders to fill</source>
        <translation>%1 字 · 按每分钟 180 字约 %2 分钟 · 已删除 %3 行 · 待填占位符 %4 处</translation>
    </message>
</context>
<context>
    <name>RecordingBadge</name>
    <message>
        <location filename="../qml/components/RecordingBadge.qml" line="21"/>
        <source>● Recording %1</source>
        <translation>● 录音中 %1</translation>
    </message>
    <message>
        <location filename="../qml/components/RecordingBadge.qml" line="21"/>
        <source>Recording waits for a microphone</source>
        <translation>录音等待麦克风</translation>
    </message>
</context>
<context>
    <name>SignInCard</name>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="43"/>
        <source>Not on the list</source>
        <translation>名单上没有我</translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="53"/>
        <source>Please write your name and unit below</source>
        <translation>请在下方手写您的姓名和单位</translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="65"/>
        <source>Already signed in at %1</source>
        <translation>您已于 %1 签到</translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="75"/>
        <source>Please sign below</source>
        <translation>请在下方签名</translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="101"/>
        <source>Sign here</source>
        <translation>在此签名</translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="118"/>
        <source>Confirm</source>
        <translation>确认签到</translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="125"/>
        <source>Sign again</source>
        <translation>重新签名</translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="130"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="70"/>
        <source>Sign-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="84"/>
        <source>%1 %2 · expected %3 · present %4 · on leave %5 · absent %6 · late %7 · %8%</source>
        <translation>%1 %2 · 应到 %3 · 实到 %4 · 请假 %5 · 缺席 %6 · 迟到 %7 · 出席率 %8%</translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="85"/>
        <source>%1 %2 · expected %3 · present %4 · on leave %5 · not yet arrived %6 · late %7 · %8%</source>
        <translation>%1 %2 · 应到 %3 · 实到 %4 · 请假 %5 · 未到 %6 · 迟到 %7 · 出席率 %8%</translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="157"/>
        <source>Type the first letters of your name, e.g. ZS for 张三</source>
        <translation>请输入姓名拼音首字母，如“张三”输入 ZS</translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="201"/>
        <source>%1 · signed in</source>
        <translation>%1 · 已签到</translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="223"/>
        <source>My name is not on the list</source>
        <translation>名单上没有我的名字</translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="264"/>
        <source>Or scan with your phone</source>
        <translation>或用手机扫码签到</translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="293"/>
        <source>Not on the room&apos;s Wi-Fi? Scan this first: %1</source>
        <translation>未连会场 Wi-Fi？请先扫此码连接：%1</translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="382"/>
        <source>%1 signed in (late)</source>
        <translation>%1 签到成功（迟到）</translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="382"/>
        <source>%1 signed in. Thank you!</source>
        <translation>%1 签到成功，谢谢！</translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="387"/>
        <source>Not recorded. Please ask the staff.</source>
        <translation>未能记录，请联系工作人员。</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../qml/windows/SignInWindow.qml" line="19"/>
        <source>Lectern — sign-in</source>
        <translation>讲台 — 签到</translation>
    </message>
</context>
<context>
    <name>SpeakerWindow</name>
    <message>
        <location filename="../qml/windows/SpeakerWindow.qml" line="28"/>
        <source>Lectern — speaker</source>
        <translation>讲台 — 讲者屏</translation>
    </message>
</context>
<context>
    <name>lectern::AgendaController</name>
    <message>
        <location filename="../src/app/AgendaController.cpp" line="81"/>
        <source>%1 is a vote without a quorum (%2). Start it anyway? The record will say so.</source>
        <translation>“%1”是表决事项，未达法定人数（%2）。仍要开始吗？会议记录将如实注明。</translation>
    </message>
    <message>
        <location filename="../src/app/AgendaController.cpp" line="334"/>
        <location filename="../src/app/AgendaController.cpp" line="406"/>
        <location filename="../src/app/AgendaController.cpp" line="446"/>
        <source>the meeting is finalized: its agenda is sealed</source>
        <translation>会议已定稿：议程已封存</translation>
    </message>
    <message>
        <location filename="../src/app/AgendaController.cpp" line="336"/>
        <source>the meeting is closed</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <location filename="../src/app/AgendaController.cpp" line="338"/>
        <source>that item is no longer on the agenda</source>
        <translation>该议程项已不在议程中</translation>
    </message>
    <message>
        <location filename="../src/app/AgendaController.cpp" line="375"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../src/app/AgendaController.cpp" line="407"/>
        <source>that paragraph is no longer in the draft</source>
        <translation>该段已不在讲稿中</translation>
    </message>
</context>
<context>
    <name>lectern::AgendaDraft</name>
    <message>
        <location filename="../src/meeting/AgendaDraft.cpp" line="149"/>
        <source>item %1 has no draft</source>
        <translation>议程项 %1 没有讲稿</translation>
    </message>
</context>
<context>
    <name>lectern::Application</name>
    <message>
        <location filename="../src/app/Application.cpp" line="205"/>
        <source>The port is a number from 1 to 65535.</source>
        <translation>端口应为 1 到 65535 之间的数字。</translation>
    </message>
</context>
<context>
    <name>lectern::AttendanceCommand</name>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="32"/>
        <source>give MEETING and PERSON (an id or a name)</source>
        <translation>请给出 会议 和 人员（编号或姓名）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="67"/>
        <source>%1 already signed in; nothing new recorded</source>
        <translation>%1 已签到，未重复记录</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="70"/>
        <source>%1 has no sign-in or leave to undo at meeting %2</source>
        <translation>%1 在会议 %2 没有可撤销的签到或请假</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="74"/>
        <source>meeting %1 is finalized: only an amendment changes it (--amend REASON)</source>
        <translation>会议 %1 已定稿：只能以更正方式修改（--amend 原因）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="75"/>
        <source>meeting %1 is closed: sign-ins are not taken (an administrator can enter one afterwards with --retro)</source>
        <translation>会议 %1 已结束，不再接受签到（管理员可用 --retro 补签）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="80"/>
        <source>the meeting or the person is gone</source>
        <translation>会议或人员已不存在</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="83"/>
        <source>nothing recorded: %1; set the clock (lectern doctor checks it)</source>
        <translation>未记录：%1；请校准时钟（可用 lectern doctor 检查）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="108"/>
        <source>--at takes &quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation>--at 的格式为“YYYY-MM-DD HH:MM”</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="117"/>
        <source>%1 signed in by amendment (chained to the sealed record)</source>
        <translation>%1 以更正方式签到（已接入定稿记录的哈希链）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="119"/>
        <source>%1 signed in afterwards (补签)</source>
        <translation>%1 已补签</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="119"/>
        <source>%1 signed in</source>
        <translation>%1 已签到</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="133"/>
        <source>--reason is required: an undo is kept in the record with why</source>
        <translation>必须用 --reason 说明原因：撤销会连同原因记入记录</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="139"/>
        <source>%1: sign-in undone</source>
        <translation>%1：签到已撤销</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="153"/>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="174"/>
        <source>--reason is required</source>
        <translation>必须用 --reason 说明原因</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="160"/>
        <source>%1: on leave</source>
        <translation>%1：已请假</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="180"/>
        <source>%1: marked absent</source>
        <translation>%1：已登记缺席</translation>
    </message>
</context>
<context>
    <name>lectern::AttendanceSheet</name>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="29"/>
        <source>entered afterwards</source>
        <translation>补签</translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="31"/>
        <source>by phone (scanned the room&apos;s code)</source>
        <translation>扫码签到</translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="35"/>
        <source>approved by %1</source>
        <translation>批准人：%1</translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="82"/>
        <source>walk-in</source>
        <translation>临时参会</translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="102"/>
        <location filename="../src/records/AttendanceSheet.cpp" line="106"/>
        <location filename="../src/records/AttendanceSheet.cpp" line="108"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="103"/>
        <source>%1 (%2: %3)</source>
        <translation>%1（%2：%3）</translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="118"/>
        <source>%1-%2-%3 %4</source>
        <translation>%1年%2月%3日 %4</translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="127"/>
        <source>%1-%2-%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
</context>
<context>
    <name>lectern::AudioCommand</name>
    <message>
        <location filename="../src/cli/AudioCommand.cpp" line="20"/>
        <source>say analyze FILE</source>
        <translation>请用 analyze 文件</translation>
    </message>
    <message>
        <location filename="../src/cli/AudioCommand.cpp" line="44"/>
        <source>%1: %2 s, voice %3 s in %4 stretches, %5 syllables, %6 字/分钟</source>
        <translation>%1：%2 秒，有声 %3 秒，共 %4 段，%5 个音节，%6 字/分钟</translation>
    </message>
    <message>
        <location filename="../src/cli/AudioCommand.cpp" line="53"/>
        <source>  unfinished: its writer never closed it (a crash or a kill); this is the sound that decodes, and the next start of the kiosk repairs it</source>
        <translation>  未写完：录音未正常结束（崩溃或被强行终止）；以上为可解码的部分，讲台下次启动时会修复该文件</translation>
    </message>
</context>
<context>
    <name>lectern::AudioFile</name>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="19"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="21"/>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="23"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="27"/>
        <source>not a sound file this can read (%1)</source>
        <translation>不是可读取的音频文件（%1）</translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="35"/>
        <source>an impossible sample rate or channel count</source>
        <translation>采样率或声道数不合理</translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="60"/>
        <source>the file holds no sound</source>
        <translation>文件中没有声音</translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="40"/>
        <location filename="../src/audio/AudioFile.cpp" line="57"/>
        <source>longer than %1 hours</source>
        <translation>长于 %1 小时</translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="66"/>
        <source>cannot be read to the end (%1)</source>
        <translation>无法读到结尾（%1）</translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="70"/>
        <source>truncated: %1 of %2 seconds are there</source>
        <translation>文件不完整：%2 秒中只有 %1 秒</translation>
    </message>
</context>
<context>
    <name>lectern::Backups</name>
    <message>
        <location filename="../src/store/Backups.cpp" line="153"/>
        <source>The database %1 was damaged (%2). It was moved to %3 and the backup %4 was restored: anything recorded after that backup is missing.</source>
        <translation>数据库 %1 已损坏（%2）。损坏的文件已移至 %3，并已恢复备份 %4：该备份之后记录的内容已丢失。</translation>
    </message>
    <message>
        <location filename="../src/store/Backups.cpp" line="160"/>
        <source>The database %1 was damaged (%2) and there is no good backup. It was moved to %3 and a new, empty database was started.</source>
        <translation>数据库 %1 已损坏（%2），且没有可用的备份。损坏的文件已移至 %3，已新建一个空数据库。</translation>
    </message>
</context>
<context>
    <name>lectern::BenchCommand</name>
    <message>
        <location filename="../src/cli/bench/BenchCommand.cpp" line="96"/>
        <source>lectern bench: --sizes takes type sizes from 0 (the default) to 400, not %1</source>
        <translation>lectern bench：--sizes 取 0（默认字号）到 400 之间的字号，而不是 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/bench/BenchCommand.cpp" line="104"/>
        <source>lectern bench: unexpected argument %1</source>
        <translation>lectern bench：无法识别的参数 %1</translation>
    </message>
</context>
<context>
    <name>lectern::Cli</name>
    <message>
        <location filename="../src/cli/Cli.cpp" line="39"/>
        <source>  lectern inspect FILE [--json] [--rate N] [--keep LINE,...] [--fill X=VALUE]  show a speech&apos;s structure</source>
        <translation>  lectern inspect 文件 [--json] [--rate N] [--keep 行号,...] [--fill X=内容]  显示讲稿结构</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="41"/>
        <source>  lectern paginate FILE [--size WxH] [--font-px N | --auto-fit] [--min-px N] [--json]  the projected pages</source>
        <translation>  lectern paginate 文件 [--size 宽x高] [--font-px N | --auto-fit] [--min-px N] [--json]  投影分页</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="43"/>
        <source>  lectern bench [--json] [--runs N] [--inputs DIR] [--prompter [--scroll-seconds S] [--sizes PX,...]] [--lan]  run the benchmarks</source>
        <translation>  lectern bench [--json] [--runs N] [--inputs 目录] [--prompter [--scroll-seconds 秒] [--sizes 像素,...]] [--lan]  运行性能测试</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="45"/>
        <source>  lectern roster import FILE | roster search QUERY | roster rename PERSON --name N [--unit U]   [--json] [--data-dir DIR]</source>
        <translation>  lectern roster import 文件 | roster search 查询 | roster rename 人员 --name 姓名 [--unit 单位]   [--json] [--data-dir 目录]</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="47"/>
        <source>  lectern meeting create --title T --start &quot;YYYY-MM-DD HH:MM&quot; [--end …] [--place P] [--session S] [--grace-min N] [--expect all|FILE] [--chair N] [--recorder N] [--observers A,B]
          | meeting list | meeting show MEETING | meeting speech MEETING FILE | meeting record MEETING [--notes T] [--decisions T]
          | meeting close MEETING | meeting finalize MEETING   [--json] [--data-dir DIR]</source>
        <translation>  lectern meeting create --title 名称 --start “YYYY-MM-DD HH:MM” [--end …] [--place 地点] [--session 届次] [--grace-min 分钟] [--expect all|文件] [--chair 主持人] [--recorder 记录人] [--observers 列席甲,乙]
          | meeting list | meeting show 会议 | meeting speech 会议 讲稿文件 | meeting record 会议 [--notes 内容] [--decisions 决定]
          | meeting close 会议 | meeting finalize 会议   [--json] [--data-dir 目录]</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="51"/>
        <source>  lectern agenda add MEETING --title T --kind K [--matter 干部任免|重大事项] [--speaker NAME|ID [--role R]] [--minutes N] [--draft FILE] [--observers A,B]
          | agenda list MEETING | agenda move MEETING ITEM --to POSITION | agenda remove MEETING ITEM
          | agenda draft MEETING ITEM FILE | agenda matter MEETING ITEM M | agenda start MEETING ITEM | agenda next MEETING | agenda text MEETING ITEM
          | agenda edit MEETING ITEM --block N --text T | --after N --text T | --block N --delete
          [--json] [--data-dir DIR]   the meeting&apos;s agenda (议程), live edits included</source>
        <translation>  lectern agenda add 会议 --title 名称 --kind 类别 [--matter 干部任免|重大事项] [--speaker 姓名|编号 [--role 职务]] [--minutes 分钟] [--draft 文件] [--observers 甲,乙]
          | agenda list 会议 | agenda move 会议 议程项 --to 位置 | agenda remove 会议 议程项
          | agenda draft 会议 议程项 文件 | agenda matter 会议 议程项 事项类别 | agenda start 会议 议程项 | agenda next 会议 | agenda text 会议 议程项
          | agenda edit 会议 议程项 --block 段 --text 内容 | --after 段 --text 内容 | --block 段 --delete
          [--json] [--data-dir 目录]   会议议程（含现场修改；--observers：本项列席；--matter：决定法定人数）</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="57"/>
        <source>  lectern lan url MEETING [--config FILE] [--json]   the sign-in address the room&apos;s code shows now (扫码签到)</source>
        <translation>  lectern lan url 会议 [--config 文件] [--json]       会场二维码此刻的签到地址（扫码签到）</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="59"/>
        <source>  lectern verify MEETING [--json]                   check a finalized meeting&apos;s seal (exit 1: altered)</source>
        <translation>  lectern verify 会议 [--json]                   校验定稿会议的记录（退出码 1：已被改动）</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="61"/>
        <source>  lectern signin MEETING PERSON [--at &quot;YYYY-MM-DD HH:MM&quot;] [--retro | --amend REASON]  sign someone in (--retro: 补签; --amend: after finalizing)</source>
        <translation>  lectern signin 会议 人员 [--at “YYYY-MM-DD HH:MM”] [--retro | --amend 原因]  签到（--retro：补签；--amend：定稿后更正）</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="63"/>
        <source>  lectern undo MEETING PERSON --reason R            undo a sign-in (kept in the record)</source>
        <translation>  lectern undo 会议 人员 --reason 原因            撤销签到（保留在记录中）</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="65"/>
        <source>  lectern leave MEETING PERSON --reason R [--approver A]  mark leave (请假)</source>
        <translation>  lectern leave 会议 人员 --reason 原因 [--approver 批准人]  登记请假</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="67"/>
        <source>  lectern absent MEETING PERSON --reason R          mark someone absent, with why</source>
        <translation>  lectern absent 会议 人员 --reason 原因          登记缺席及原因</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="69"/>
        <source>  lectern recuse MEETING ITEM PERSON --reason R    a member withdraws from an item (回避)</source>
        <translation>  lectern recuse 会议 议程项 人员 --reason 原因    成员就该议题回避</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="71"/>
        <source>  lectern vote MEETING ITEM --method 举手|无记名|记名 --for N --against N --abstain N [--ballots &quot;NAME=同意,…&quot;]
          [--deferred] [--reason R]   record a vote (a revote with its reason) and its result</source>
        <translation>  lectern vote 会议 议程项 --method 举手|无记名|记名 --for 票数 --against 票数 --abstain 票数 [--ballots &quot;姓名=同意,…&quot;]
          [--deferred] [--reason 原因]   记录表决及结果（重新表决须注明原因）</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="74"/>
        <source>  lectern opinion MEETING ITEM PERSON (--text T | --file F)  an absent member&apos;s written opinion (书面意见)</source>
        <translation>  lectern opinion 会议 议程项 人员 (--text 内容 | --file 文件)  缺席成员的书面意见</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="76"/>
        <source>  lectern decision MEETING ITEM --text T          what was decided on the item (议定事项)</source>
        <translation>  lectern decision 会议 议程项 --text 内容          该议题的议定事项</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="78"/>
        <source>  lectern export MEETING --what signin|record|attendance|minutes --format pdf|xlsx|csv|docx --out FILE  the forms offices file</source>
        <translation>  lectern export 会议 --what signin|record|attendance|minutes --format pdf|xlsx|csv|docx --out 文件  导出签到表、会议记录、考勤表、会议纪要</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="80"/>
        <source>  lectern audio analyze FILE [--json]            voice stretches and speaking rate (字/分钟) of a recording</source>
        <translation>  lectern audio analyze 文件 [--json]            录音中的有声段落和语速（字/分钟）</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="82"/>
        <source>  lectern clock [--json] | clock accept --reason R   the clock against the records; accept it after a clock that ran ahead</source>
        <translation>  lectern clock [--json] | clock accept --reason R   时钟与记录比对；时钟曾超前而已校正后，确认当前时钟</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="84"/>
        <source>  lectern central init | central room add NAME | central room list   --conninfo URI [--json]  the organisation&apos;s central store (PostgreSQL)
  lectern central directory import FILE | central book --room ROOM --file BOOKING.json   --conninfo URI   the directory and bookings each kiosk takes
  lectern central verify --conninfo URI [--room ROOM [--meeting N]] [--json]   re-check every sealed record on the server
  lectern central report --conninfo URI --person NAME|ID | --unit UNIT | --room ROOM [--from DATE] [--to DATE] [--json] [--xlsx FILE]</source>
        <translation>  lectern central init | central room add 会议室 | central room list   --conninfo 连接串 [--json]  单位的中心数据库（PostgreSQL）
  lectern central directory import 文件 | central book --room 会议室 --file 预约.json   --conninfo 连接串   各会议室终端获取的通讯录和会议预约
  lectern central verify --conninfo 连接串 [--room 会议室 [--meeting 编号]] [--json]   在服务器上重新核验每份封存记录
  lectern central report --conninfo 连接串 --person 姓名|编号 | --unit 单位 | --room 会议室 [--from 日期] [--to 日期] [--json] [--xlsx 文件]</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="89"/>
        <source>  lectern sync [--conninfo URI] [--json] [--data-dir DIR]   send this room&apos;s records to the central store (one round)</source>
        <translation>  lectern sync [--conninfo 连接串] [--json] [--data-dir 目录]   将本会议室的记录发送到中心数据库（一轮）</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="91"/>
        <source>  lectern doctor [--json] [--data-dir DIR]        is the room ready: screens, renderer, fonts, sound, disk, database, clock, server</source>
        <translation>  lectern doctor [--json] [--data-dir DIR]        会场是否就绪：屏幕、渲染、字体、声音、磁盘、数据库、时钟、会场服务</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="92"/>
        <source>  lectern help                                  this text</source>
        <translation>  lectern help                                  显示本说明</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="105"/>
        <source>Usage:
  lectern [--speech FILE] [--mode home|reader|prompter|paged|signin|console] [--mirror] [--windowed] [--lang zh_CN|en]
          [--data-dir DIR] [--self-test]                                 start the kiosk (--help: every option)
</source>
        <translation>用法：
  lectern [--speech 文件] [--mode home|reader|prompter|paged|signin|console] [--mirror] [--windowed] [--lang zh_CN|en]
          [--data-dir 目录] [--self-test]                                 启动讲台（--help：全部选项）
</translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="137"/>
        <source>lectern: unknown command &quot;%1&quot;</source>
        <translation>lectern：未知命令“%1”</translation>
    </message>
</context>
<context>
    <name>lectern::ClockCheck</name>
    <message>
        <location filename="../src/meeting/ClockCheck.cpp" line="63"/>
        <source>the clock says %1: it was never set, or the PC&apos;s battery is flat</source>
        <translation>时钟显示 %1：从未设置过，或电脑主板电池没电了</translation>
    </message>
    <message>
        <location filename="../src/meeting/ClockCheck.cpp" line="66"/>
        <source>the clock says %1, before the latest record (%2): sign-ins would be dated in the past</source>
        <translation>时钟显示 %1，早于最近一条记录（%2）：签到时间会记成过去的时间</translation>
    </message>
</context>
<context>
    <name>lectern::ClockCommand</name>
    <message>
        <location filename="../src/cli/meeting/ClockCommand.cpp" line="22"/>
        <source>say nothing, or accept --reason R</source>
        <translation>不带参数，或 accept --reason R</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ClockCommand.cpp" line="25"/>
        <source>--reason is required</source>
        <translation>必须给出 --reason</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ClockCommand.cpp" line="42"/>
        <source>the clock is right: %1</source>
        <translation>时钟正常：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ClockCommand.cpp" line="46"/>
        <source>lectern clock accept: the clock is right; nothing to accept</source>
        <translation>lectern clock accept：时钟正常，无需确认</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ClockCommand.cpp" line="51"/>
        <source>lectern clock accept: %1; set the clock instead</source>
        <translation>lectern clock accept：%1；请先校准时钟</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ClockCommand.cpp" line="59"/>
        <source>the clock is accepted as %1 (records up to %2 were written by a clock ahead of it; kept, with the reason)</source>
        <translation>已确认当前时钟为 %1（%2 及之前的记录由超前的时钟写入；已连同原因一并保存）</translation>
    </message>
</context>
<context>
    <name>lectern::CommandArgs</name>
    <message>
        <location filename="../src/cli/meeting/CommandArgs.cpp" line="31"/>
        <source>%1: %2 needs a value</source>
        <translation>%1：%2 需要一个值</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/CommandArgs.cpp" line="36"/>
        <source>%1: unknown option %2</source>
        <translation>%1：未知选项 %2</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/CommandArgs.cpp" line="73"/>
        <source>give the meeting&apos;s id</source>
        <translation>请给出会议编号</translation>
    </message>
</context>
<context>
    <name>lectern::Configuration</name>
    <message>
        <location filename="../src/app/Configuration.cpp" line="30"/>
        <source>expected %1</source>
        <translation>应为%1</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="38"/>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="48"/>
        <source>true or false</source>
        <translation> true 或 false</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="58"/>
        <source>a string</source>
        <translation>一个字符串</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="70"/>
        <source>&quot;half&quot; or &quot;two_thirds&quot;</source>
        <translation>&quot;half&quot; 或 &quot;two_thirds&quot;</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="81"/>
        <source>&quot;zh_CN&quot; or &quot;en&quot;</source>
        <translation>“zh_CN”或“en”</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="88"/>
        <source>&quot;home&quot;, &quot;reader&quot;, &quot;prompter&quot;, &quot;paged&quot;, &quot;signin&quot; or &quot;console&quot;</source>
        <translation>&quot;home&quot;、&quot;reader&quot;、&quot;prompter&quot;、&quot;paged&quot;、&quot;signin&quot; 或 &quot;console&quot;</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="95"/>
        <source>&quot;standard&quot;, &quot;official&quot; or &quot;high_contrast&quot;</source>
        <translation>&quot;standard&quot;、&quot;official&quot; 或 &quot;high_contrast&quot;</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="106"/>
        <source>an object of screen → &quot;console&quot;, &quot;prompter&quot;, &quot;projection&quot; or &quot;signin&quot;</source>
        <translation>屏幕 → &quot;console&quot;、&quot;prompter&quot;、&quot;projection&quot; 或 &quot;signin&quot; 的对象</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="121"/>
        <source>expected 0 (automatic) or a whole number from 8 to 400</source>
        <translation>应为 0（自动）或 8 到 400 之间的整数</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="136"/>
        <source>a list of IP addresses (empty: all)</source>
        <translation>IP 地址列表（空：全部）</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="146"/>
        <source>&quot;WPA&quot;, &quot;WEP&quot; or &quot;nopass&quot;</source>
        <translation>&quot;WPA&quot;、&quot;WEP&quot; 或 &quot;nopass&quot;</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="156"/>
        <source>&quot;members&quot; or &quot;present&quot;</source>
        <translation>&quot;members&quot; 或 &quot;present&quot;</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="164"/>
        <source>a folder path</source>
        <translation>一个文件夹路径</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="188"/>
        <source>%1: not a JSON object (%2); its settings are not used</source>
        <translation>%1：不是 JSON 对象（%2），其中的设置未被采用</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="196"/>
        <source>%1: unknown section %2 (ignored)</source>
        <translation>%1：未知的部分 %2（已忽略）</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="206"/>
        <source>%1: unknown key %2 (ignored)</source>
        <translation>%1：未知的键 %2（已忽略）</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="212"/>
        <source>%1: %2 = %3: %4; the previous value is kept</source>
        <translation>%1：%2 = %3：%4；保留原值</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="226"/>
        <source>%1: no such file; its settings are not used</source>
        <translation>%1：文件不存在，其中的设置未被采用</translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="296"/>
        <source>%1: not JSON (%2); the setting is not saved</source>
        <translation>%1：不是 JSON（%2）；设置未保存</translation>
    </message>
</context>
<context>
    <name>lectern::DecisionDesk</name>
    <message>
        <location filename="../src/app/DecisionDesk.cpp" line="115"/>
        <source>written opinion: %1</source>
        <translation>书面意见：%1</translation>
    </message>
    <message>
        <location filename="../src/app/DecisionDesk.cpp" line="133"/>
        <source>no agenda item is chosen</source>
        <translation>未选择议程项</translation>
    </message>
    <message>
        <location filename="../src/app/DecisionDesk.cpp" line="160"/>
        <source>choose how the vote was taken</source>
        <translation>请选择表决方式</translation>
    </message>
</context>
<context>
    <name>lectern::Decisions</name>
    <message>
        <location filename="../src/meeting/DecisionRules.cpp" line="9"/>
        <source>general matter</source>
        <translation>一般事项</translation>
    </message>
    <message>
        <location filename="../src/meeting/DecisionRules.cpp" line="10"/>
        <source>appointment (干部任免)</source>
        <translation>干部任免</translation>
    </message>
    <message>
        <location filename="../src/meeting/DecisionRules.cpp" line="11"/>
        <source>major matter (重大事项)</source>
        <translation>重大事项</translation>
    </message>
</context>
<context>
    <name>lectern::DoctorCommand</name>
    <message>
        <location filename="../src/cli/DoctorCommand.cpp" line="20"/>
        <source>takes no arguments</source>
        <translation>不带参数</translation>
    </message>
    <message>
        <location filename="../src/cli/DoctorCommand.cpp" line="45"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../src/cli/DoctorCommand.cpp" line="47"/>
        <source>The room is ready.</source>
        <translation>会场已就绪。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/DoctorCommand.cpp" line="48"/>
        <source>The room is not ready: %n problem(s).</source>
        <translation>
            <numerusform>会场尚未就绪：%n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::Document</name>
    <message>
        <location filename="../src/document/Document.cpp" line="43"/>
        <source>watermark or advertising line</source>
        <translation>水印或广告</translation>
    </message>
    <message>
        <location filename="../src/document/Document.cpp" line="45"/>
        <source>page number or page header</source>
        <translation>页码或页眉</translation>
    </message>
    <message>
        <location filename="../src/document/Document.cpp" line="51"/>
        <source>page metadata at the top of a Markdown file (front matter)</source>
        <translation>Markdown 文件开头的网页元数据（前置信息）</translation>
    </message>
    <message>
        <location filename="../src/document/Document.cpp" line="53"/>
        <source>a picture (its address and caption)</source>
        <translation>图片（地址与图注）</translation>
    </message>
    <message>
        <location filename="../src/document/Document.cpp" line="55"/>
        <source>web page markup (HTML tags, link addresses, code fences) taken out of the line</source>
        <translation>网页标记（HTML 标签、链接地址等）已从该行移除</translation>
    </message>
    <message>
        <location filename="../src/document/Document.cpp" line="47"/>
        <source>line break inside a sentence, joined to the previous line</source>
        <translation>句中断行，已与上一行合并</translation>
    </message>
    <message>
        <location filename="../src/document/Document.cpp" line="49"/>
        <source>invisible characters (zero-width or text-direction controls) taken out of the line</source>
        <translation>不可见字符（零宽字符或文字方向控制符），已从该行去除</translation>
    </message>
</context>
<context>
    <name>lectern::DocxReader</name>
    <message>
        <location filename="../src/document/DocxReader.cpp" line="113"/>
        <source>damaged document body (XML error at line %1: %2)</source>
        <translation>文档正文已损坏（XML 第 %1 行出错：%2）</translation>
    </message>
    <message>
        <location filename="../src/document/DocxReader.cpp" line="302"/>
        <source>%1 declares a DTD, which Word documents never do (refused: its entities could expand without limit)</source>
        <translation>%1 声明了 DTD，Word 文档从不这样做（已拒绝：其实体可能无限展开）</translation>
    </message>
    <message>
        <location filename="../src/document/DocxReader.cpp" line="334"/>
        <source>not a Word document (no %1 in the archive)</source>
        <translation>不是 Word 文档（压缩包中没有 %1）</translation>
    </message>
</context>
<context>
    <name>lectern::ExportCommand</name>
    <message>
        <location filename="../src/cli/meeting/ExportCommand.cpp" line="24"/>
        <source>give the meeting&apos;s id</source>
        <translation>请给出会议编号</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ExportCommand.cpp" line="34"/>
        <source>--what signin or record with --format pdf, --what minutes with --format docx, or --what attendance with --format xlsx or csv</source>
        <translation>--what signin 或 record 配 --format pdf，--what minutes 配 --format docx，--what attendance 配 --format xlsx 或 csv</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ExportCommand.cpp" line="37"/>
        <source>--out FILE is required</source>
        <translation>必须用 --out 给出文件</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ExportCommand.cpp" line="62"/>
        <source>written: %1</source>
        <translation>已写出：%1</translation>
    </message>
</context>
<context>
    <name>lectern::ExportFolders</name>
    <message>
        <location filename="../src/console/ExportFolders.cpp" line="56"/>
        <source>Drive %1</source>
        <translation>U 盘 %1</translation>
    </message>
    <message>
        <location filename="../src/console/ExportFolders.cpp" line="61"/>
        <source>This computer (%1)</source>
        <translation>本机（%1）</translation>
    </message>
</context>
<context>
    <name>lectern::InspectCommand</name>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="20"/>
        <source>before the title</source>
        <translation>标题前</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="21"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="22"/>
        <source>speaker</source>
        <translation>讲话人</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="23"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="24"/>
        <source>occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="25"/>
        <source>salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="26"/>
        <source>heading %1</source>
        <translation>%1 级标题</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="27"/>
        <source>point</source>
        <translation>要点</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="28"/>
        <source>paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="29"/>
        <source>closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="37"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="50"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="52"/>
        <source> (encoding %1)</source>
        <translation>（编码 %1）</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="55"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="55"/>
        <source>Speaker</source>
        <translation>讲话人</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="55"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="56"/>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="57"/>
        <source>Salutation</source>
        <translation>称呼</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="57"/>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="59"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="61"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="64"/>
        <source>Structure (%1 blocks):</source>
        <translation>结构（%1 块）：</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="71"/>
        <source>Removed or joined lines (%1):</source>
        <translation>已清除或合并的行（%1）：</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="73"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="77"/>
        <source>Placeholders to fill in (%1):</source>
        <translation>待填写的占位符（%1）：</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="81"/>
        <source>block %1, offset %2</source>
        <translation>第 %1 块，第 %2 字</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="86"/>
        <source>%1 Han characters; about %2 at %3 characters per minute</source>
        <translation>共 %1 字；按 %3 字/分钟约需 %2</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="122"/>
        <source>lectern inspect: --rate must be a number from %1 to %2</source>
        <translation>lectern inspect：--rate 必须是 %1 到 %2 之间的数</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="129"/>
        <source>lectern inspect: --keep takes line numbers such as 3,7</source>
        <translation>lectern inspect：--keep 需要行号，如 3,7</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="136"/>
        <source>lectern inspect: --fill takes PLACEHOLDER=VALUE, such as X=临江市</source>
        <translation>lectern inspect：--fill 需要“占位符=内容”，如 X=临江市</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="141"/>
        <source>lectern inspect: unexpected argument %1</source>
        <translation>lectern inspect：无法识别的参数 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="148"/>
        <source>lectern inspect: no file given (lectern inspect FILE [--json])</source>
        <translation>lectern inspect：没有指定文件（lectern inspect 文件 [--json]）</translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="161"/>
        <source>%1: no placeholder %2 to fill</source>
        <translation>%1：没有可填写的占位符 %2</translation>
    </message>
</context>
<context>
    <name>lectern::ItemMembersModel</name>
    <message>
        <location filename="../src/app/ItemMembersModel.cpp" line="21"/>
        <source>present</source>
        <translation>在场</translation>
    </message>
    <message>
        <location filename="../src/app/ItemMembersModel.cpp" line="22"/>
        <source>on leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../src/app/ItemMembersModel.cpp" line="23"/>
        <source>recused</source>
        <translation>回避</translation>
    </message>
    <message>
        <location filename="../src/app/ItemMembersModel.cpp" line="24"/>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
</context>
<context>
    <name>lectern::KioskApp</name>
    <message>
        <location filename="../src/kiosk/KioskApp.cpp" line="95"/>
        <source>lectern: the user interface failed to load</source>
        <translation>lectern：界面加载失败</translation>
    </message>
</context>
<context>
    <name>lectern::KioskOptions</name>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="21"/>
        <source>lectern: --%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>lectern：--%1 须为 %2 到 %3 之间的数，而不是“%4”</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="39"/>
        <source>Speech file (.txt, .docx, .md); default: the sample speech.</source>
        <translation>讲稿文件（.txt、.docx、.md）；默认为示例讲稿。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="41"/>
        <source>home (default), reader, prompter, paged, signin or console.</source>
        <translation>home（默认）、reader、prompter、paged、signin 或 console。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="44"/>
        <source>lectern: --mode must be home, reader, prompter, paged, signin or console, not &quot;%1&quot;</source>
        <translation>lectern：--mode 须为 home、reader、prompter、paged、signin 或 console，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="46"/>
        <source>The prompter follows the speaker&apos;s voice (needs a microphone).</source>
        <translation>提词器跟随讲话人的语音（需要麦克风）。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="48"/>
        <source>Record the meeting&apos;s audio from the start (the console&apos;s meeting, else today&apos;s open one).</source>
        <translation>启动即为会议录音（会务中选定的会议，否则为今天进行中的会议）。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="50"/>
        <source>Start the prompter mirrored (beam-splitter glass).</source>
        <translation>提词器以镜像方式启动（用于分光玻璃）。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="52"/>
        <source>Run in a window instead of full screen.</source>
        <translation>以窗口方式运行，而非全屏。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="54"/>
        <source>Interface language: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="56"/>
        <source>Where Lectern keeps its data (default: the user&apos;s data directory).</source>
        <translation>讲台保存数据的目录（默认：用户数据目录）。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="59"/>
        <source>Smallest body size on projected pages, in pixels of a 1080-high page (default 60).</source>
        <translation>投影页正文的最小字号，以 1080 像素高的页面计（默认 60）。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="62"/>
        <source>Screen for the main window: 1 = primary, then left to right (e.g. the projector for --mode paged).</source>
        <translation>主窗口所在屏幕：1 为主屏，其余从左到右编号（例如 --mode paged 时的投影屏）。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="64"/>
        <source>Seconds of 3-2-1 before the prompter moves (0 to 10, default 3).</source>
        <translation>提词开始前的倒计时秒数（0 到 10，默认 3）。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="67"/>
        <source>Sign-in screen: show no names until something is typed (for sensitive meetings).</source>
        <translation>签到屏：输入之前不显示任何姓名（用于敏感会议）。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="70"/>
        <source>A configuration file (JSON; config/README.md) over the machine&apos;s own; the command line wins over both.</source>
        <translation>配置文件（JSON，见 config/README.md），优先于本机配置；命令行选项又优先于两者。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="72"/>
        <source>Load the interface and the speech, check them, and quit.</source>
        <translation>加载界面和讲稿，自检后退出。</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="119"/>
        <source>lectern: unknown option --%1 (lectern --help lists them)</source>
        <translation>lectern：未知选项 --%1（lectern --help 列出全部选项）</translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="124"/>
        <source>lectern: unexpected argument &quot;%1&quot; (use --speech FILE)</source>
        <translation>lectern：多余的参数“%1”（请用 --speech 文件）</translation>
    </message>
</context>
<context>
    <name>lectern::Labels</name>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="10"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="11"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="12"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="13"/>
        <source>finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="21"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="28"/>
        <source>attending</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="29"/>
        <source>observing</source>
        <translation>列席</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="30"/>
        <source>chairing</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="31"/>
        <source>recording</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="51"/>
        <source>late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="51"/>
        <source>present</source>
        <translation>已到</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="52"/>
        <source>on leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="53"/>
        <location filename="../src/meeting/Labels.cpp" line="55"/>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="55"/>
        <source>not yet arrived</source>
        <translation>未到</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="75"/>
        <source>chair&apos;s links</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="76"/>
        <source>speech</source>
        <translation>讲话</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="77"/>
        <source>report</source>
        <translation>汇报</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="78"/>
        <source>remarks</source>
        <translation>发言</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="79"/>
        <source>deliberation</source>
        <translation>审议</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="80"/>
        <source>vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="81"/>
        <source>break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="89"/>
        <source>to come</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="90"/>
        <source>now</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="91"/>
        <source>done</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="92"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>lectern::LanCommand</name>
    <message>
        <location filename="../src/cli/meeting/LanCommand.cpp" line="22"/>
        <source>usage: lectern lan url MEETING [--config FILE] [--data-dir DIR] [--json]</source>
        <translation>用法：lectern lan url 会议 [--config 文件] [--data-dir 目录] [--json]</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/LanCommand.cpp" line="45"/>
        <source>MEETING is a meeting&apos;s number (lectern meeting list)</source>
        <translation>会议须为会议编号（lectern meeting list 可列出）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/LanCommand.cpp" line="55"/>
        <source>no meeting %1</source>
        <translation>没有会议 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/LanCommand.cpp" line="60"/>
        <source>meeting %1 is closed: it takes no sign-ins</source>
        <translation>会议 %1 已结束，不再签到</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/LanCommand.cpp" line="88"/>
        <source>note: the room&apos;s server is off (lan.enabled is false)</source>
        <translation>注意：会场服务未开启（lan.enabled 为 false）</translation>
    </message>
</context>
<context>
    <name>lectern::LanService</name>
    <message>
        <location filename="../src/app/LanService.cpp" line="142"/>
        <source>an old code (a photo of the screen?)</source>
        <translation>过期的二维码（可能是屏幕照片）</translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="144"/>
        <source>a code that is not this room&apos;s</source>
        <translation>不是本会场的二维码</translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="146"/>
        <source>a second person from one phone (代签)</source>
        <translation>同一手机为第二人签到（代签）</translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="148"/>
        <source>too many requests</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="150"/>
        <source>a sign-in without scanning</source>
        <translation>未扫码直接签到</translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="152"/>
        <source>a wrong pairing code or PIN</source>
        <translation>配对码或密码错误</translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="154"/>
        <source>a request too large to read</source>
        <translation>请求过大，未读取</translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="156"/>
        <source>a request that never finished</source>
        <translation>请求超时未完成</translation>
    </message>
</context>
<context>
    <name>lectern::MeetingCommand</name>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="37"/>
        <source>--title is required</source>
        <translation>必须用 --title 给出会议名称</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="39"/>
        <source>--start takes &quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation>--start 的格式为“YYYY-MM-DD HH:MM”</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="43"/>
        <source>--grace-min takes minutes from 0 to %1</source>
        <translation>--grace-min 取 0 到 %1 分钟</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="41"/>
        <source>--end takes &quot;YYYY-MM-DD HH:MM&quot;, after the start</source>
        <translation>--end 的格式为“YYYY-MM-DD HH:MM”，且须晚于开始时间</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="96"/>
        <source>meeting %1 created, %2 people expected</source>
        <translation>已创建会议 %1，应到 %2 人</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="172"/>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="173"/>
        <source>expected %1, present %2, on leave %3, absent %4, late %5, attendance %6%</source>
        <translation>应到 %1，实到 %2，请假 %3，缺席 %4，迟到 %5，出席率 %6%</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="175"/>
        <source>; not started: %1 not yet arrived</source>
        <translation>；会议未开始：未到 %1 人</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="180"/>
        <source>walk-in</source>
        <translation>临时参会</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="186"/>
        <source>  item %1  %2  %3  %4  %5</source>
        <translation>  议程 %1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="191"/>
        <source>  recording %1  %2  %3  %4  %5</source>
        <translation>  录音 %1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="203"/>
        <source>lectern meeting close: meeting %1 is already %2</source>
        <translation>lectern meeting close：会议 %1 已是“%2”状态</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="206"/>
        <source>meeting %1 closed</source>
        <translation>会议 %1 已结束</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="218"/>
        <source>lectern meeting finalize: close meeting %1 first</source>
        <translation>lectern meeting finalize：请先结束会议 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="220"/>
        <source>lectern meeting finalize: meeting %1 is still being recorded; stop the recording first</source>
        <translation>lectern meeting finalize：会议 %1 仍在录音，请先停止录音</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="221"/>
        <source>lectern meeting finalize: meeting %1 is already finalized</source>
        <translation>lectern meeting finalize：会议 %1 已定稿</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="230"/>
        <source>meeting %1 finalized: %2 records sealed; fingerprint %3</source>
        <translation>会议 %1 已定稿：封存 %2 条记录；指纹 %3</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="250"/>
        <source>lectern meeting record: meeting %1 is finalized</source>
        <translation>lectern meeting record：会议 %1 已定稿</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="253"/>
        <source>record of meeting %1 saved</source>
        <translation>会议 %1 的记录已保存</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="263"/>
        <source>give the meeting&apos;s id and the speech file</source>
        <translation>请给出会议编号和讲稿文件</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="282"/>
        <source>lectern meeting speech: meeting %1 is finalized</source>
        <translation>lectern meeting speech：会议 %1 已定稿</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="292"/>
        <source>speech of meeting %1 kept (SHA-256 %2)</source>
        <translation>会议 %1 的讲稿已存档（SHA-256 %2）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="331"/>
        <source>meeting %1: the record is intact (%2 records; fingerprint %3)</source>
        <translation>会议 %1：记录完好（%2 条记录；指纹 %3）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="336"/>
        <source>lectern verify: meeting %1 was altered: %2</source>
        <translation>lectern verify：会议 %1 的记录已被改动：%2</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="369"/>
        <source>lectern meeting: say create, list, show, speech, record, close or finalize</source>
        <translation>lectern meeting：请用 create、list、show、speech、record、close 或 finalize</translation>
    </message>
</context>
<context>
    <name>lectern::MeetingConsole</name>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="97"/>
        <source>expected %1 · present %2 · on leave %3 · absent %4 · late %5</source>
        <translation>应到 %1 · 实到 %2 · 请假 %3 · 缺席 %4 · 迟到 %5</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="100"/>
        <source> · not started: %1 not yet arrived</source>
        <translation> · 会议未开始：未到 %1 人</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="209"/>
        <source>The meeting needs a title.</source>
        <translation>请填写会议名称。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="212"/>
        <source>The start time must be written as 2026-12-06 09:00.</source>
        <translation>开始时间请按 2026-12-06 09:00 的格式填写。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="215"/>
        <source>The end time must be written as 2026-12-06 11:00, after the start.</source>
        <translation>结束时间请按 2026-12-06 11:00 的格式填写，且晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="218"/>
        <source>The grace period is a number of minutes from 0 to %1.</source>
        <translation>迟到宽限须为 0 到 %1 之间的分钟数。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="234"/>
        <source>This meeting is closed; its details can no longer be changed.</source>
        <translation>该会议已结束，会议信息不能再修改。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="237"/>
        <source>Meeting saved: %1 people expected.</source>
        <translation>会议已保存：应到 %1 人。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="240"/>
        <source>Meeting created: %1 people expected.</source>
        <translation>会议已创建：应到 %1 人。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="260"/>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="268"/>
        <source>%1: %2 new, %3 updated, %4 rejected</source>
        <translation>%1：新增 %2 人，更新 %3 人，未导入 %4 行</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="283"/>
        <source>Choose a meeting first.</source>
        <translation>请先选择会议。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="293"/>
        <source>This meeting is finalized; its record can no longer be changed.</source>
        <translation>该会议已定稿，记录不能再修改。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="296"/>
        <source>Record saved.</source>
        <translation>记录已保存。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="311"/>
        <source>Only an open meeting can be closed.</source>
        <translation>只有进行中的会议才能结束。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="314"/>
        <source>Meeting closed: the door takes no more sign-ins.</source>
        <translation>会议已结束：停止签到。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="330"/>
        <source>This meeting is already finalized.</source>
        <translation>该会议已定稿。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="331"/>
        <source>The meeting is still being recorded: stop the recording first.</source>
        <translation>会议仍在录音，请先停止录音。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="332"/>
        <source>Close the meeting before finalizing it.</source>
        <translation>请先结束会议，再定稿。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="337"/>
        <source>Meeting finalized: %1 records sealed, fingerprint %2.</source>
        <translation>会议已定稿：封存 %1 条记录，指纹 %2。</translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="358"/>
        <source>%1 files written to %2</source>
        <translation>已将 %1 个文件写入 %2</translation>
    </message>
</context>
<context>
    <name>lectern::MeetingExport</name>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="34"/>
        <source>not a folder that can be written to</source>
        <translation>不是可写入的文件夹</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="45"/>
        <source>sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="47"/>
        <source>meeting record</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="49"/>
        <source>minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="51"/>
        <location filename="../src/records/MeetingExport.cpp" line="53"/>
        <source>attendance</source>
        <translation>出勤表</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="61"/>
        <source>recording %1</source>
        <translation>录音 %1</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="65"/>
        <source>the recording %1 could not be copied</source>
        <translation>录音 %1 无法复制</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="67"/>
        <source>the copy of %1 does not have the recorded SHA-256 (the file was changed or the copy failed)</source>
        <translation>%1 的副本与记录的 SHA-256 不符（文件已被改动或复制失败）</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="73"/>
        <source>written opinion %1</source>
        <translation>书面意见 %1</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="76"/>
        <location filename="../src/records/MeetingExport.cpp" line="105"/>
        <source>could not be written</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="79"/>
        <source>the written opinion %1 does not have its recorded SHA-256</source>
        <translation>书面意见 %1 与记录的 SHA-256 不符</translation>
    </message>
</context>
<context>
    <name>lectern::MeetingListModel</name>
    <message>
        <location filename="../src/console/MeetingListModel.cpp" line="25"/>
        <source>%1 of %2 present</source>
        <translation>实到 %1 / 应到 %2</translation>
    </message>
</context>
<context>
    <name>lectern::MeetingRecordPdf</name>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="31"/>
        <source>%1:%2</source>
        <translation>%1时%2分</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="87"/>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="102"/>
        <source>from %1, %2 long (%3)</source>
        <translation>%1 起，时长 %2（%3）</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="105"/>
        <source>; SHA-256 %1</source>
        <translation>；SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="53"/>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="128"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="59"/>
        <source>%1. %2 %3</source>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="61"/>
        <source> — %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="63"/>
        <source>; planned %1</source>
        <translation>；计划 %1</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="65"/>
        <source>; actual %1 to %2 (%3)</source>
        <translation>；实际 %1至%2（%3）</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="68"/>
        <source>, %1 over</source>
        <translation>，超时 %1</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="75"/>
        <source>; attended by %1</source>
        <translation>；参加：%1</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="77"/>
        <source>; sitting in: %1</source>
        <translation>；本项列席：%1</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="79"/>
        <source>; %1</source>
        <translation>；%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/records/MeetingRecordPdf.cpp" line="82"/>
        <source>; %n live edit(s)</source>
        <translation>
            <numerusform>；现场修改 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="84"/>
        <source>; draft SHA-256 %1</source>
        <translation>；讲稿 SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="132"/>
        <source>Meeting</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="133"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="134"/>
        <source>%1, %2 to %3</source>
        <translation>%1&#x3000;%2至%3</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="136"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="137"/>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="138"/>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="139"/>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="140"/>
        <source>expected %1, present %2, on leave %3, absent %4</source>
        <translation>应到 %1 人，实到 %2 人，请假 %3 人，缺席 %4 人</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="142"/>
        <source>; not started: %1 not yet arrived</source>
        <translation>；会议未开始：未到 %1 人</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="143"/>
        <source>Present</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="144"/>
        <source>Observers</source>
        <translation>列席人员</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="145"/>
        <source>Absent, and why</source>
        <translation>缺席人员及原因</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="146"/>
        <source>Content</source>
        <translation>会议内容</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="147"/>
        <source>Decisions</source>
        <translation>决定事项</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="152"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="158"/>
        <source>Audio recording</source>
        <translation>会议录音</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="167"/>
        <source>Meeting record</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="173"/>
        <source>Chair (signature): ____________&#x3000;&#x3000;&#x3000;Recorder (signature): ____________</source>
        <translation>主持人（签字）：____________&#x3000;&#x3000;&#x3000;记录人（签字）：____________</translation>
    </message>
</context>
<context>
    <name>lectern::MeetingRecorder</name>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="128"/>
        <source>There is no open meeting to record.</source>
        <translation>没有进行中的会议可以录音。</translation>
    </message>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="134"/>
        <location filename="../src/listen/MeetingRecorder.cpp" line="191"/>
        <source>Meeting %1 cannot be recorded: it is closed, finalized or not there.</source>
        <translation>会议 %1 无法录音：会议已结束、已定稿或不存在。</translation>
    </message>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="138"/>
        <source>No microphone is connected: the meeting is not being recorded.</source>
        <translation>未连接麦克风：会议没有在录音。</translation>
    </message>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="184"/>
        <source>%1: locked by another recorder</source>
        <translation>%1：正被另一个录音程序使用</translation>
    </message>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="241"/>
        <source>no sound was recorded</source>
        <translation>没有录到声音</translation>
    </message>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="258"/>
        <source>The microphone is gone: recording waits for one to be plugged in.</source>
        <translation>麦克风已断开：接入麦克风后继续录音。</translation>
    </message>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="273"/>
        <source>The microphone %1 could not be opened: the meeting is not being recorded.</source>
        <translation>无法打开麦克风 %1：会议没有在录音。</translation>
    </message>
</context>
<context>
    <name>lectern::Microphone</name>
    <message>
        <location filename="../src/listen/Microphone.cpp" line="59"/>
        <source>No microphone is connected.</source>
        <translation>没有连接麦克风。</translation>
    </message>
    <message>
        <location filename="../src/listen/Microphone.cpp" line="71"/>
        <source>The microphone %1 could not be opened.</source>
        <translation>无法打开麦克风 %1。</translation>
    </message>
</context>
<context>
    <name>lectern::Migrations</name>
    <message>
        <location filename="../src/store/Migrations.cpp" line="17"/>
        <source>%1: the database is from a newer Lectern (schema version %2; this one knows up to %3); update Lectern instead of opening it with this one</source>
        <translation>%1：该数据库来自更新版本的讲台（结构版本 %2，本版本最高支持 %3）；请升级讲台，不要用本版本打开</translation>
    </message>
</context>
<context>
    <name>lectern::Minutes</name>
    <message>
        <location filename="../src/records/Minutes.cpp" line="27"/>
        <source>Minutes of %1</source>
        <translation>%1纪要</translation>
    </message>
    <message>
        <location filename="../src/records/Minutes.cpp" line="30"/>
        <source>%1 %2 to %3</source>
        <translation>%1 %2至%3</translation>
    </message>
    <message>
        <location filename="../src/records/Minutes.cpp" line="31"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/records/Minutes.cpp" line="47"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>lectern::PaginateCommand</name>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="38"/>
        <source>lectern paginate: --size takes WIDTHxHEIGHT, such as 1920x1080</source>
        <translation>lectern paginate：--size 需要“宽x高”，如 1920x1080</translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="46"/>
        <source>lectern paginate: --font-px must be a number from 8 to 400</source>
        <translation>lectern paginate：--font-px 必须是 8 到 400 之间的数</translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="53"/>
        <source>lectern paginate: --min-px must be a number from 8 to 400</source>
        <translation>lectern paginate：--min-px 必须是 8 到 400 之间的数</translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="57"/>
        <source>lectern paginate: unexpected argument %1</source>
        <translation>lectern paginate：无法识别的参数 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="64"/>
        <source>lectern paginate: no file given (lectern paginate FILE [--size WxH] [--font-px N | --auto-fit] [--json])</source>
        <translation>lectern paginate：没有指定文件（lectern paginate 文件 [--size 宽x高] [--font-px 字号 | --auto-fit] [--json]）</translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="109"/>
        <source>%1: %2 pages at %3 px on %4×%5</source>
        <translation>%1：共 %2 页，字号 %3 像素，画面 %4×%5</translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="112"/>
        <source>— page %1 — from block %2:%3 to %4:%5</source>
        <translation>— 第 %1 页 — 自第 %2 块第 %3 字至第 %4 块第 %5 字</translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="114"/>
        <source> (continued)</source>
        <translation>（续上页）</translation>
    </message>
</context>
<context>
    <name>lectern::PdfPages</name>
    <message>
        <location filename="../src/records/PdfPages.cpp" line="55"/>
        <location filename="../src/records/PdfPages.cpp" line="86"/>
        <source>cannot write the PDF</source>
        <translation>无法写出 PDF</translation>
    </message>
    <message>
        <location filename="../src/records/PdfPages.cpp" line="79"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>lectern::PeopleLookup</name>
    <message>
        <location filename="../src/cli/meeting/PeopleLookup.cpp" line="18"/>
        <source>no person with id %1</source>
        <translation>没有编号为 %1 的人员</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/PeopleLookup.cpp" line="28"/>
        <source>nobody named %1 on the roster</source>
        <translation>名单中没有名为 %1 的人员</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/PeopleLookup.cpp" line="35"/>
        <source>%1 names %2 people; give the id: %3</source>
        <translation>名为 %1 的有 %2 人，请给出编号：%3</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/PeopleLookup.cpp" line="48"/>
        <source>no meeting %1 (lectern meeting list shows them)</source>
        <translation>没有会议 %1（lectern meeting list 可列出全部会议）</translation>
    </message>
</context>
<context>
    <name>lectern::PinEntry</name>
    <message>
        <location filename="../src/app/PinEntry.cpp" line="29"/>
        <source>Wrong PIN; next try in %1 s</source>
        <translation>密码错误，%1 秒后可再试</translation>
    </message>
    <message>
        <location filename="../src/app/PinEntry.cpp" line="74"/>
        <source>A PIN has %1 to %2 digits</source>
        <translation>密码为 %1 到 %2 位数字</translation>
    </message>
    <message>
        <location filename="../src/app/PinEntry.cpp" line="76"/>
        <source>Type the same PIN again</source>
        <translation>请再输入一次相同的密码</translation>
    </message>
    <message>
        <location filename="../src/app/PinEntry.cpp" line="79"/>
        <source>The two PINs differ; start again</source>
        <translation>两次输入的密码不一致，请重新设置</translation>
    </message>
    <message>
        <location filename="../src/app/PinEntry.cpp" line="81"/>
        <source>The PIN could not be set</source>
        <translation>无法设置密码</translation>
    </message>
    <message>
        <location filename="../src/app/PinEntry.cpp" line="98"/>
        <source>The PIN could not be checked</source>
        <translation>请再输入一次相同的密码</translation>
    </message>
</context>
<context>
    <name>lectern::PlaceholderFill</name>
    <message>
        <location filename="../src/document/PlaceholderFill.cpp" line="43"/>
        <location filename="../src/document/PlaceholderFill.cpp" line="52"/>
        <source>Fill %1 with %2</source>
        <translation>将 %1 填为 %2</translation>
    </message>
</context>
<context>
    <name>lectern::Quorum</name>
    <message>
        <location filename="../src/meeting/Quorum.cpp" line="75"/>
        <source>expected %1</source>
        <translation>应到 %1</translation>
    </message>
    <message>
        <location filename="../src/meeting/Quorum.cpp" line="77"/>
        <source> (%1 recused)</source>
        <translation>（回避 %1）</translation>
    </message>
    <message>
        <location filename="../src/meeting/Quorum.cpp" line="78"/>
        <source> · present %1 · needed %2 · %3</source>
        <translation> · 实到 %1 · 需 %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/meeting/Quorum.cpp" line="81"/>
        <source>quorum</source>
        <translation>已达</translation>
    </message>
    <message>
        <location filename="../src/meeting/Quorum.cpp" line="81"/>
        <source>no quorum</source>
        <translation>未达</translation>
    </message>
</context>
<context>
    <name>lectern::RecordingPlayer</name>
    <message>
        <location filename="../src/listen/RecordingPlayer.cpp" line="51"/>
        <source>The recording cannot be played: %1</source>
        <translation>录音无法播放：%1</translation>
    </message>
    <message>
        <location filename="../src/listen/RecordingPlayer.cpp" line="65"/>
        <source>No speakers are connected: nothing can be played.</source>
        <translation>未连接扬声器：无法播放。</translation>
    </message>
</context>
<context>
    <name>lectern::RecordingWriter</name>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="37"/>
        <location filename="../src/audio/RecordingWriter.cpp" line="95"/>
        <source>cannot be written (%1)</source>
        <translation>无法写入（%1）</translation>
    </message>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="52"/>
        <source>the disk refused the recording (%1)</source>
        <translation>磁盘拒绝写入录音（%1）</translation>
    </message>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="71"/>
        <source>could not be finished (%1)</source>
        <translation>无法完成文件（%1）</translation>
    </message>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="81"/>
        <source>no sound could be kept (%1)</source>
        <translation>未能保留任何声音（%1）</translation>
    </message>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="122"/>
        <source>the repaired copy could not be written</source>
        <translation>无法写出修复后的副本</translation>
    </message>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="127"/>
        <source>holds no sound (cut off before the first block)</source>
        <translation>没有声音（在第一段写入前就已中断）</translation>
    </message>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="133"/>
        <source>the repaired copy could not replace it</source>
        <translation>修复后的副本无法替换原文件</translation>
    </message>
</context>
<context>
    <name>lectern::Recordings</name>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="78"/>
        <source>recording</source>
        <translation>录音中</translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="79"/>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="80"/>
        <source>recovered after an interruption</source>
        <translation>中断后已恢复</translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="81"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="176"/>
        <source>cut off by an interruption; %1 s kept</source>
        <translation>因意外中断截止，保留 %1 秒</translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="182"/>
        <source>the file is missing</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="184"/>
        <source>cut off by an interruption; nothing could be kept (%1)</source>
        <translation>因意外中断截止，未能保留任何声音（%1）</translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="221"/>
        <source>recording %1 (%2) is missing</source>
        <translation>录音 %1（%2）不存在</translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="223"/>
        <source>recording %1 (%2) was changed: its SHA-256 is not the one recorded</source>
        <translation>录音 %1（%2）已被改动：其 SHA-256 与记录不符</translation>
    </message>
</context>
<context>
    <name>lectern::ResumeState</name>
    <message>
        <location filename="../src/app/ResumeState.cpp" line="48"/>
        <source>the saved state is torn or damaged (%1); starting afresh</source>
        <translation>保存的状态不完整或已损坏（%1），将从头开始</translation>
    </message>
    <message>
        <location filename="../src/app/ResumeState.cpp" line="65"/>
        <source>the saved state has impossible values; starting afresh</source>
        <translation>保存的状态数值不合理，将从头开始</translation>
    </message>
</context>
<context>
    <name>lectern::RoomChecks</name>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="65"/>
        <source>screens</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="66"/>
        <source>renderer</source>
        <translation>渲染</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="67"/>
        <source>fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="68"/>
        <source>sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="69"/>
        <source>disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="70"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="71"/>
        <source>clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="72"/>
        <source>room server</source>
        <translation>会场服务</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="83"/>
        <source>no display here (%1): run it in the kiosk&apos;s session, or with DISPLAY=:0, to see the screens</source>
        <translation>此处没有显示器（%1）：请在讲台的会话中运行，或加 DISPLAY=:0，以查看屏幕</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="87"/>
        <source>the display has no screen connected</source>
        <translation>显示器未连接任何屏幕</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="101"/>
        <source>no role</source>
        <translation>无用途</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="129"/>
        <source>%1; no display here to measure frames on</source>
        <translation>%1；此处没有显示器，无法测量帧率</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="131"/>
        <source>%1, %2 frames a second</source>
        <translation>%1，每秒 %2 帧</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="151"/>
        <source>missing: %1 (fonts-noto-cjk, fonts-arphic-uming, fonts-wqy-zenhei)</source>
        <translation>缺少：%1（fonts-noto-cjk、fonts-arphic-uming、fonts-wqy-zenhei）</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="152"/>
        <source>speech %1, %2, %3; PDFs %4, %5</source>
        <translation>讲稿 %1、%2、%3；PDF %4、%5</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="163"/>
        <source>microphone: %1; speakers: %2 (recording and voice pacing need a microphone)</source>
        <translation>麦克风：%1；扬声器：%2（录音和跟随语音提词需要麦克风）</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="164"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="165"/>
        <source>microphone: %1; speakers: %2</source>
        <translation>麦克风：%1；扬声器：%2</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="176"/>
        <source>%1 GB free for %2: %3 hours of recording (FLAC)</source>
        <translation>%2 所在磁盘剩余 %1 GB：可录音 %3 小时（FLAC）</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="187"/>
        <source>no backup yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="191"/>
        <source>last backup %1</source>
        <translation>最近备份 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="194"/>
        <source>none yet: the kiosk makes it at its first start</source>
        <translation>尚未建立：讲台首次启动时建立</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="200"/>
        <source>%1 is damaged (%2): the kiosk will set it aside and restore the newest good backup at its next start; %3</source>
        <translation>%1 已损坏（%2）：讲台下次启动时会将其移开，并恢复最近的完好备份；%3</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="201"/>
        <source>%1 whole; %2</source>
        <translation>%1 完好；%2</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="222"/>
        <source>%1, after every record</source>
        <translation>%1，晚于所有记录</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="228"/>
        <source>off (lan.enabled)</source>
        <translation>未开启（lan.enabled）</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="236"/>
        <source>on, but this PC has no address on a network: phones cannot reach %1</source>
        <translation>已开启，但本机没有网络地址：手机无法访问 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="237"/>
        <source>on: phones reach %1</source>
        <translation>已开启：手机访问 %1</translation>
    </message>
</context>
<context>
    <name>lectern::RosterCommand</name>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="23"/>
        <source>give one roster file (.xlsx or CSV)</source>
        <translation>请给出一个名单文件（.xlsx 或 CSV）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="48"/>
        <source>%1 new, %2 updated, %3 rejected</source>
        <translation>新增 %1 人，更新 %2 人，拒收 %3 行</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="50"/>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="58"/>
        <source>give one search, such as zs or 张</source>
        <translation>请给出一个查询，如 zs 或 张</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="87"/>
        <source>give PERSON and --name NAME [--unit UNIT]</source>
        <translation>请给出人员和 --name 姓名 [--unit 单位]</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="98"/>
        <source>person %1 is now %2 (%3)</source>
        <translation>人员 %1 已改为 %2（%3）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="101"/>
        <source>%1 (%2) is already on the roster</source>
        <translation>名单中已有 %1（%2）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="104"/>
        <source>person %1 is on the sealed record of a finalized meeting</source>
        <translation>人员 %1 在已定稿会议的封存记录中</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="129"/>
        <source>lectern roster: say import FILE, search QUERY or rename PERSON --name NAME</source>
        <translation>lectern roster：请用 import 文件、search 查询 或 rename 人员 --name 姓名</translation>
    </message>
</context>
<context>
    <name>lectern::RosterImport</name>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="136"/>
        <source>no name column (a header row with 姓名 or name)</source>
        <translation>没有姓名列（表头须有“姓名”或 name）</translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="156"/>
        <source>no name</source>
        <translation>没有姓名</translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="160"/>
        <source>the name is longer than 64 characters</source>
        <translation>姓名超过 64 个字</translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="165"/>
        <source>the same name and unit as row %1</source>
        <translation>与第 %1 行姓名和单位相同</translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="179"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="208"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="212"/>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="216"/>
        <source>the file is larger than 20 MB</source>
        <translation>文件大于 20 MB</translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="227"/>
        <source>the file changed while it was read; try again once it is copied</source>
        <translation>读取时文件发生了变化，请待复制完成后再试</translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="233"/>
        <source>old Excel .xls format is not read; save it as .xlsx or CSV</source>
        <translation>不支持旧版 Excel .xls 格式，请另存为 .xlsx 或 CSV</translation>
    </message>
</context>
<context>
    <name>lectern::Seal</name>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="118"/>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="118"/>
        <source>item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="118"/>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="119"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="119"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="119"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="120"/>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="120"/>
        <source>method</source>
        <translation>表决方式</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="121"/>
        <source>votes for</source>
        <translation>同意票数</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="121"/>
        <source>votes against</source>
        <translation>不同意票数</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="122"/>
        <source>abstentions</source>
        <translation>弃权票数</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="122"/>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="123"/>
        <source>basis</source>
        <translation>计票依据</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="123"/>
        <source>ballots</source>
        <translation>记名票</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="124"/>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="124"/>
        <source>file hash</source>
        <translation>文件哈希</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="125"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="132"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="240"/>
        <source>the meeting is not finalized: there is no seal to check</source>
        <translation>会议尚未定稿，没有可校验的封存记录</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="246"/>
        <source>the seal is missing (finalized, yet no link is stored)</source>
        <translation>封存记录缺失（已定稿，但没有任何链节）</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="283"/>
        <source>link %1 (%2 %3): %4</source>
        <translation>第 %1 链节（%2 %3）：%4</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="289"/>
        <source>a link is missing before it (links out of sequence)</source>
        <translation>其前有链节缺失（链节序号不连续）</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="292"/>
        <source>the stored link was altered (its hash does not follow from the one before)</source>
        <translation>已存链节被改动（其哈希与前一链节不相接）</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="298"/>
        <source>this expected person was deleted</source>
        <translation>该应到人员已被删除</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="304"/>
        <source>this attendance event was deleted</source>
        <translation>该考勤事件已被删除</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="306"/>
        <source>the attendance events were re-ordered</source>
        <translation>考勤事件的顺序被调换</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="316"/>
        <source>this agenda item was deleted</source>
        <translation>该议程项被删除</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="321"/>
        <source>this agenda event was deleted</source>
        <translation>该议程事件被删除</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="323"/>
        <source>the agenda events were re-ordered</source>
        <translation>议程事件的顺序被改动</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="329"/>
        <source>this decision (recusal, vote, opinion or decision text) was deleted</source>
        <translation>该议定记录（回避、表决、书面意见或议定事项）已被删除</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="331"/>
        <source>the decisions were re-ordered</source>
        <translation>议定记录的顺序被改动</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="337"/>
        <source>the vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="338"/>
        <source>a recusal</source>
        <translation>回避记录</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="339"/>
        <source>a written opinion</source>
        <translation>书面意见</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="340"/>
        <source>the decision&apos;s text</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="342"/>
        <source>%1 on agenda item %2 (%3) was changed since it was sealed: %4</source>
        <translation>第 %2 项议程（%3）的%1在封存后被改动：%4</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="347"/>
        <source>this recording&apos;s row was deleted</source>
        <translation>这段录音的记录已被删除</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="354"/>
        <source>agenda item %1 (%2) was changed since it was sealed</source>
        <translation>议程第 %1 项（%2）自封存后被改动</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="357"/>
        <source>the row was changed since it was sealed</source>
        <translation>该行在封存后被修改</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="362"/>
        <source>person %1 was added to the expected list after sealing</source>
        <translation>人员 %1 在封存后被加入应到名单</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="367"/>
        <source>attendance event %1 was inserted after sealing, outside the chain</source>
        <translation>考勤事件 %1 在封存后被插入，不在哈希链内</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="372"/>
        <source>agenda item %1 (%2) was added after sealing, outside the chain</source>
        <translation>议程第 %1 项（%2）是封存后在链外添加的</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="377"/>
        <source>agenda event %1 was inserted after sealing, outside the chain</source>
        <translation>议程事件 %1 是封存后在链外插入的</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="382"/>
        <source>decision %1 was inserted after sealing, outside the chain</source>
        <translation>议定记录 %1 是封存后插入的，不在哈希链中</translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="387"/>
        <source>recording %1 was added after sealing, outside the chain</source>
        <translation>录音 %1 是封存后加入的，不在哈希链内</translation>
    </message>
</context>
<context>
    <name>lectern::SignInDesk</name>
    <message>
        <location filename="../src/signin/SignInDesk.cpp" line="82"/>
        <source>No meeting is open for sign-in.</source>
        <translation>当前没有可签到的会议。</translation>
    </message>
    <message>
        <location filename="../src/signin/SignInDesk.cpp" line="231"/>
        <source>Walk-in %1</source>
        <translation>临时参会人员 %1</translation>
    </message>
</context>
<context>
    <name>lectern::SignInSheetPdf</name>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="55"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="57"/>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="59"/>
        <source>Place: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="62"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="63"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="63"/>
        <source>Time</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="64"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="64"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="75"/>
        <source>Not on the list (walk-ins)</source>
        <translation>名单外人员（临时参会）</translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="90"/>
        <source>Expected %1, present %2, on leave %3, absent %4, late %5; attendance %6%; walk-ins %7</source>
        <translation>应到 %1 人，实到 %2 人，请假 %3 人，缺席 %4 人，迟到 %5 人；出席率 %6%；临时参会 %7 人</translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="95"/>
        <source>; the meeting had not started: %1 not yet arrived</source>
        <translation>；会议尚未开始：未到 %1 人</translation>
    </message>
</context>
<context>
    <name>lectern::SpeechChoice</name>
    <message>
        <location filename="../src/document/SpeechChoice.cpp" line="33"/>
        <source>not a reviewed-speech file of this version</source>
        <translation>不是本版本的讲稿审阅文件</translation>
    </message>
</context>
<context>
    <name>lectern::SpeechImporter</name>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="44"/>
        <location filename="../src/document/SpeechImporter.cpp" line="140"/>
        <source>the file is %1 MB, more than the limit of %2 MB</source>
        <translation>文件有 %1 MB，超过 %2 MB 的上限</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="47"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="49"/>
        <source>old Word .doc format is not supported; save it as .docx or .txt</source>
        <translation>不支持旧版 Word .doc 格式，请另存为 .docx 或 .txt</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="51"/>
        <source>PDF is not supported; copy its text into a .txt file</source>
        <translation>不支持 PDF，请把文字复制到 .txt 文件中</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="60"/>
        <source>not a .docx file (it is not a zip archive)</source>
        <translation>不是 .docx 文件（不是 zip 压缩包）</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="86"/>
        <source>the file has no visible text (only invisible characters)</source>
        <translation>文件中没有可见文字（只有不可见字符）</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="91"/>
        <source>no speech text found</source>
        <translation>没有找到讲话正文</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="92"/>
        <source>no speech text found (only %1 advertising or page lines)</source>
        <translation>没有找到讲话正文（只有 %1 行广告或页码）</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="108"/>
        <source>only %1 of its %2 Chinese characters could be read; the rest was not understood (please report this file)</source>
        <translation>其 %2 个汉字中只读出了 %1 个，其余未能识别（请报告此文件）</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="132"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="134"/>
        <source>is a directory, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="137"/>
        <source>is not a regular file (a pipe, a device or a socket)</source>
        <translation>不是普通文件（是管道、设备或套接字）</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="144"/>
        <location filename="../src/document/SpeechImporter.cpp" line="149"/>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="151"/>
        <source>the file changed while it was read; try again once it is copied</source>
        <translation>读取时文件发生了变化，请待复制完成后再试</translation>
    </message>
</context>
<context>
    <name>lectern::SpeechReview</name>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="149"/>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="150"/>
        <source>Speaker: %1</source>
        <translation>讲话人：%1</translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="151"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="152"/>
        <source>Occasion: %1</source>
        <translation>场合：%1</translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="153"/>
        <source>Salutation: %1</source>
        <translation>称呼：%1</translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="154"/>
        <source>Closing: %1</source>
        <translation>结束语：%1</translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="161"/>
        <source>%1 headings, %2 points, %3 paragraphs</source>
        <translation>小标题 %1 个，要点 %2 条，段落 %3 段</translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="163"/>
        <source>%1 lines above the title kept for you to judge</source>
        <translation>标题前有 %1 行已保留，请审阅</translation>
    </message>
</context>
<context>
    <name>lectern::SpeechSettings</name>
    <message>
        <location filename="../src/app/SpeechSettings.cpp" line="64"/>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <location filename="../src/app/SpeechSettings.cpp" line="75"/>
        <source>cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../src/app/SpeechSettings.cpp" line="80"/>
        <source>prompter settings not saved: %1</source>
        <translation>提词设置未能保存：%1</translation>
    </message>
</context>
<context>
    <name>lectern::SyncService</name>
    <message>
        <location filename="../src/app/SyncService.cpp" line="145"/>
        <source>connecting to the central store…</source>
        <translation>正在连接中心数据库…</translation>
    </message>
    <message>
        <location filename="../src/app/SyncService.cpp" line="145"/>
        <source>central store: %1</source>
        <translation>中心数据库：%1</translation>
    </message>
    <message>
        <location filename="../src/app/SyncService.cpp" line="146"/>
        <source>all sent to the central store (%1)</source>
        <translation>已全部同步（%1）</translation>
    </message>
    <message>
        <location filename="../src/app/SyncService.cpp" line="146"/>
        <source>nothing to send yet</source>
        <translation>暂无待同步记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/SyncService.cpp" line="147"/>
        <source>%n record(s) not yet sent, last sent %1</source>
        <translation>
            <numerusform>未同步 %n 条，最近同步 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/SyncService.cpp" line="148"/>
        <source>%n record(s) not yet sent</source>
        <translation>
            <numerusform>未同步 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/SyncService.cpp" line="150"/>
        <source> — the central store cannot be reached</source>
        <translation>——中心数据库无法连接</translation>
    </message>
    <message>
        <location filename="../src/app/SyncService.cpp" line="154"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>lectern::TabularExport</name>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="29"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="29"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="30"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="30"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="31"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="32"/>
        <source>Signed in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="32"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/records/XlsxTable.cpp" line="17"/>
        <source>cannot create the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="60"/>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <location filename="../src/records/XlsxTable.cpp" line="63"/>
        <source>cannot write the file</source>
        <translation>无法写出文件</translation>
    </message>
</context>
<context>
    <name>lectern::TextDecoder</name>
    <message>
        <location filename="../src/formats/TextDecoder.cpp" line="109"/>
        <location filename="../src/formats/TextDecoder.cpp" line="151"/>
        <source>not a text file (binary content)</source>
        <translation>不是文本文件（二进制内容）</translation>
    </message>
    <message>
        <location filename="../src/formats/TextDecoder.cpp" line="123"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../src/formats/TextDecoder.cpp" line="144"/>
        <source>the file says it is %1 but is damaged or truncated</source>
        <translation>文件标明是 %1 编码，但内容已损坏或不完整</translation>
    </message>
    <message>
        <location filename="../src/formats/TextDecoder.cpp" line="162"/>
        <source>invalid UTF-8 at byte %1 (damaged or truncated file)</source>
        <translation>第 %1 字节处不是有效的 UTF-8（文件损坏或不完整）</translation>
    </message>
    <message>
        <location filename="../src/formats/TextDecoder.cpp" line="177"/>
        <source>unknown text encoding (not UTF-8, UTF-16, GB18030/GBK or Big5)</source>
        <translation>无法识别的文字编码（不是 UTF-8、UTF-16、GB18030/GBK 或 Big5）</translation>
    </message>
</context>
<context>
    <name>lectern::XlsxSheet</name>
    <message>
        <location filename="../src/formats/XlsxSheet.cpp" line="111"/>
        <source>damaged sheet (%1, XML error at line %2: %3)</source>
        <translation>工作表已损坏（%1，XML 第 %2 行出错：%3）</translation>
    </message>
    <message>
        <location filename="../src/formats/XlsxSheet.cpp" line="135"/>
        <source>xl/sharedStrings.xml declares a DTD, which Excel never writes (refused)</source>
        <translation>xl/sharedStrings.xml 声明了 DTD，Excel 从不这样写（已拒绝）</translation>
    </message>
    <message>
        <location filename="../src/formats/XlsxSheet.cpp" line="150"/>
        <source>not an Excel workbook (no xl/workbook.xml)</source>
        <translation>不是 Excel 工作簿（没有 xl/workbook.xml）</translation>
    </message>
    <message>
        <location filename="../src/formats/XlsxSheet.cpp" line="154"/>
        <source>%1 declares a DTD, which Excel never writes (refused)</source>
        <translation>%1 声明了 DTD，Excel 从不这样写（已拒绝）</translation>
    </message>
    <message>
        <location filename="../src/formats/XlsxSheet.cpp" line="170"/>
        <source>the sheet has more than %1 rows</source>
        <translation>工作表超过 %1 行</translation>
    </message>
</context>
<context>
    <name>lectern::ZipArchive</name>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="23"/>
        <source>cannot read the archive</source>
        <translation>无法读取压缩包</translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="31"/>
        <source>not a zip archive (damaged or not a .docx)</source>
        <translation>不是 zip 压缩包（已损坏或不是 .docx）</translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="32"/>
        <source>damaged or truncated archive (%1)</source>
        <translation>压缩包已损坏或不完整（%1）</translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="41"/>
        <source>archive has %1 entries, more than the limit of %2</source>
        <translation>压缩包有 %1 个条目，超过 %2 个的上限</translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="55"/>
        <source>archive entry %1 expands to %2 MB, more than the limit of %3 MB (zip bomb?)</source>
        <translation>压缩包条目 %1 解压后有 %2 MB，超过 %3 MB 的上限（疑似压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="60"/>
        <source>archive entry %1 expands %2 times, more than the limit of %3:1 (zip bomb?)</source>
        <translation>压缩包条目 %1 解压后膨胀 %2 倍，超过 %3:1 的上限（疑似压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="78"/>
        <source>archive has no %1</source>
        <translation>压缩包中没有 %1</translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="83"/>
        <source>cannot open %1 in the archive (%2)</source>
        <translation>无法打开压缩包中的 %1（%2）</translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="102"/>
        <source>archive entry %1 expands past its declared size or the limit (zip bomb?)</source>
        <translation>压缩包条目 %1 解压后超过声明的大小或上限（疑似压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="106"/>
        <source>archive entry %1 is damaged or truncated</source>
        <translation>压缩包条目 %1 已损坏或不完整</translation>
    </message>
</context>
<context>
    <name>lectern::ZipWriter</name>
    <message>
        <location filename="../src/formats/ZipWriter.cpp" line="49"/>
        <source>cannot be written there</source>
        <translation>无法写入该位置</translation>
    </message>
</context>
<context>
    <name>lectern::central</name>
    <message>
        <location filename="../src/central/CentralRooms.cpp" line="34"/>
        <source>a room needs a name</source>
        <translation>会议室须有名称</translation>
    </message>
    <message>
        <location filename="../src/central/CentralRooms.cpp" line="40"/>
        <source>there is already a room named %1</source>
        <translation>已有名为 %1 的会议室</translation>
    </message>
    <message>
        <location filename="../src/central/CentralSchema.cpp" line="223"/>
        <source>the central store is at version %1, newer than this program&apos;s %2: upgrade Lectern first</source>
        <translation>中心数据库为第 %1 版，比本程序的第 %2 版新：请先升级讲台</translation>
    </message>
    <message>
        <location filename="../src/central/PgConnection.cpp" line="46"/>
        <source>the central server&apos;s connection string is not one libpq reads: %1</source>
        <translation>中心服务器的连接串无法识别：%1</translation>
    </message>
    <message>
        <location filename="../src/central/PgConnection.cpp" line="63"/>
        <source>cannot reach the central server (%1): %2</source>
        <translation>无法连接中心服务器（%1）：%2</translation>
    </message>
    <message>
        <location filename="../src/central/PgConnection.cpp" line="92"/>
        <location filename="../src/central/PgConnection.cpp" line="113"/>
        <location filename="../src/central/PgConnection.cpp" line="132"/>
        <source>the central server refused: %1</source>
        <translation>中心服务器拒绝：%1</translation>
    </message>
    <message>
        <location filename="../src/central/PgConnection.cpp" line="154"/>
        <source>(a connection string libpq cannot read)</source>
        <translation>（无法识别的连接串）</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="27"/>
        <source>expected person %1 has no name</source>
        <translation>第 %1 位应到人员没有姓名</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="32"/>
        <source>%1 is not in the directory (lectern central directory import)</source>
        <translation>通讯录中没有 %1（lectern central directory import）</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="34"/>
        <source>there are %1 people named %2 in the directory: give the unit too</source>
        <translation>通讯录中有 %1 人名为 %2：请同时给出单位</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="47"/>
        <source>&quot;%1&quot; is not a time such as 2026-12-08 09:00: %2</source>
        <translation>“%1”不是形如 2026-12-08 09:00 的时间：%2</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="65"/>
        <source>expected person %1 has the role &quot;%2&quot;: say attend, observe, chair or record</source>
        <translation>第 %1 位应到人员的身份为“%2”：应为 attend、observe、chair 或 record</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="68"/>
        <source>%1 is expected twice</source>
        <translation>%1 在应到名单中出现两次</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="79"/>
        <source>agenda item %1 has no title</source>
        <translation>第 %1 个议程项没有标题</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="82"/>
        <source>agenda item %1 has the kind &quot;%2&quot;, which is not an item&apos;s kind</source>
        <translation>第 %1 个议程项的类别“%2”不是议程项类别</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="85"/>
        <source>agenda item %1 has the matter &quot;%2&quot;, which is not one</source>
        <translation>第 %1 个议程项的事项类别“%2”无效</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="101"/>
        <source>the directory would be empty: nobody to publish</source>
        <translation>通讯录将为空：没有可发布的人员</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="133"/>
        <source>the booking has no title</source>
        <translation>预约没有会议名称</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="137"/>
        <source>the booking ends before it starts</source>
        <translation>预约的结束时间早于开始时间</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="143"/>
        <location filename="../src/central/CentralReport.cpp" line="93"/>
        <location filename="../src/central/CentralVerify.cpp" line="257"/>
        <source>there is no room named %1 on the central store</source>
        <translation>中心数据库中没有名为 %1 的会议室</translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="152"/>
        <source>there is no booking %1 to change</source>
        <translation>没有可修改的预约 %1</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="74"/>
        <location filename="../src/central/CentralVerify.cpp" line="99"/>
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="75"/>
        <location filename="../src/central/CentralVerify.cpp" line="89"/>
        <location filename="../src/central/CentralVerify.cpp" line="100"/>
        <location filename="../src/central/CentralVerify.cpp" line="109"/>
        <location filename="../src/central/CentralVerify.cpp" line="117"/>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="76"/>
        <source>session</source>
        <translation>届次</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="77"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="78"/>
        <source>planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="79"/>
        <source>planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="80"/>
        <location filename="../src/central/CentralVerify.cpp" line="104"/>
        <location filename="../src/central/CentralVerify.cpp" line="129"/>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="81"/>
        <location filename="../src/central/CentralVerify.cpp" line="105"/>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="82"/>
        <source>chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="83"/>
        <source>recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="84"/>
        <source>grace minutes</source>
        <translation>迟到宽限（分钟）</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="86"/>
        <source>role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="88"/>
        <location filename="../src/central/CentralVerify.cpp" line="118"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="90"/>
        <location filename="../src/central/CentralVerify.cpp" line="110"/>
        <location filename="../src/central/CentralVerify.cpp" line="119"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="91"/>
        <source>time recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="92"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="93"/>
        <source>approver</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="94"/>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="95"/>
        <source>amendment</source>
        <translation>补正</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="96"/>
        <source>channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="98"/>
        <source>position</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="101"/>
        <source>speaker</source>
        <translation>发言人</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="102"/>
        <source>speaker&apos;s role</source>
        <translation>发言人职务</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="103"/>
        <location filename="../src/central/CentralVerify.cpp" line="133"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="106"/>
        <source>time spent</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="108"/>
        <location filename="../src/central/CentralVerify.cpp" line="116"/>
        <source>item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="111"/>
        <source>block</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="112"/>
        <source>before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="113"/>
        <source>after</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="114"/>
        <source>detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="120"/>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="121"/>
        <source>votes for</source>
        <translation>同意票数</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="122"/>
        <source>votes against</source>
        <translation>不同意票数</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="123"/>
        <source>abstentions</source>
        <translation>弃权票数</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="124"/>
        <source>basis</source>
        <translation>计票依据</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="125"/>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="126"/>
        <location filename="../src/central/CentralVerify.cpp" line="132"/>
        <source>file hash</source>
        <translation>文件哈希</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="128"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="130"/>
        <source>sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="131"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="134"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="202"/>
        <source>link %1 (%2 %3): %4</source>
        <translation>第 %1 环（%2 %3）：%4</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="209"/>
        <source>this link is there twice (one was added on the server)</source>
        <translation>此环出现两次（其一是在服务器上添加的）</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="210"/>
        <source>a link is missing before it (links out of sequence)</source>
        <translation>其前缺少一环（顺序不连续）</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="213"/>
        <source>the stored link was altered (its hash does not follow from the one before)</source>
        <translation>存储的此环被改动（其哈希与前一环不衔接）</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="221"/>
        <source>the room&apos;s row for it is not on the server (deleted there, or never sent)</source>
        <translation>服务器上没有会议室为此发送的记录（已在服务器上删除，或从未发送）</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="223"/>
        <source>the room sent that this row was removed after it was sealed</source>
        <translation>会议室发送过此记录在封存后被删除</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="225"/>
        <source>the server holds this row %1 times</source>
        <translation>服务器上此记录有 %1 份</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="230"/>
        <source>the server&apos;s copy differs from what was sealed: %1: %2 → %3</source>
        <translation>服务器上的记录与封存时不同：%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="236"/>
        <source>no link of the seal is on the server</source>
        <translation>服务器上没有此封存链的任何一环</translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="245"/>
        <source>%1 %2 is on the server outside the chain (inserted after sealing)</source>
        <translation>%1 %2 在服务器上但不在链中（封存后插入）</translation>
    </message>
    <message>
        <location filename="../src/central/Receive.cpp" line="141"/>
        <source>booking %1 (%2) names someone no longer in the directory</source>
        <translation>预约 %1（%2）中有人已不在通讯录中</translation>
    </message>
    <message>
        <location filename="../src/central/Receive.cpp" line="210"/>
        <source>booking %1 (%2) could not be applied: %3</source>
        <translation>预约 %1（%2）无法应用：%3</translation>
    </message>
</context>
<context>
    <name>lectern::cli::AgendaCommand</name>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="41"/>
        <source>no meeting %1</source>
        <translation>没有会议 %1</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="42"/>
        <source>meeting %1 has no such item (lectern agenda list %1 shows them)</source>
        <translation>会议 %1 没有该议程项（lectern agenda list %1 可列出）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="43"/>
        <source>meeting %1 is finalized: its agenda is sealed</source>
        <translation>会议 %1 已定稿：议程已封存</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="44"/>
        <source>meeting %1 is closed</source>
        <translation>会议 %1 已结束</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="45"/>
        <source>the item has started and is part of the record; skip it instead</source>
        <translation>该议程项已开始，属于会议记录；请改为跳过</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="46"/>
        <source>no such position in the agenda</source>
        <translation>议程中没有该位置</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="47"/>
        <source>the draft could not be read</source>
        <translation>无法读取讲稿</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="48"/>
        <source>no such paragraph in the draft</source>
        <translation>讲稿中没有该段</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="49"/>
        <source>the item has recusals, votes, opinions or a decision on the record; skip it instead</source>
        <translation>该议程项已有回避、表决、书面意见或议定事项的记录，属于会议记录；请改为跳过</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="50"/>
        <source>no such person on the roster</source>
        <translation>名单中没有此人</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="93"/>
        <source>--kind takes one of %1 (or 主持, 讲话, 汇报, 发言, 审议, 表决, 休息)</source>
        <translation>--kind 取值为 %1（或 主持、讲话、汇报、发言、审议、表决、休息）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="98"/>
        <source>--matter takes 干部任免 or 重大事项 (appointment, major); none: a general matter</source>
        <translation>--matter 取 干部任免 或 重大事项（appointment、major）；不填为一般事项</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="101"/>
        <source>--title is required</source>
        <translation>必须给出 --title</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="104"/>
        <source>--minutes takes a number of minutes from 0 to 1440</source>
        <translation>--minutes 取 0 到 1440 之间的分钟数</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="170"/>
        <source>item %1 added to meeting %2 at position %3</source>
        <translation>议程项 %1 已添加到会议 %2 的第 %3 项</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="191"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="202"/>
        <source>planned %1 min; projected end %2</source>
        <translation>计划 %1 分钟；预计结束 %2</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="204"/>
        <source> — %1 min past the planned end %2</source>
        <translation> —— 超过计划结束时间 %2 约 %1 分钟</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="205"/>
        <source> — within the planned end %1</source>
        <translation> —— 在计划结束时间 %1 之前</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="209"/>
        <source>the agenda is longer than the meeting</source>
        <translation>议程长于会议时间</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="221"/>
        <source>--to takes the new position (1 is the first)</source>
        <translation>--to 取新的位置（1 为第一项）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="225"/>
        <source>item %1 moved to position %2</source>
        <translation>议程项 %1 已移到第 %2 项</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="237"/>
        <source>item %1 removed</source>
        <translation>议程项 %1 已删除</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="256"/>
        <source>draft of item %1 kept: %2 Han characters (SHA-256 %3)</source>
        <translation>议程项 %1 的讲稿已存档：%2 个汉字（SHA-256 %3）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="307"/>
        <source>say --block N --text T, --after N --text T, or --block N --delete</source>
        <translation>请使用 --block 段 --text 内容、--after 段 --text 内容，或 --block 段 --delete</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="311"/>
        <source>item %1 edited</source>
        <translation>议程项 %1 已修改</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="328"/>
        <source>warning: item %1 is a vote without a quorum (%2); started anyway, and recorded so</source>
        <translation>警告：议程项 %1 是表决事项，未达法定人数（%2）；已照常开始，并记入会议记录</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="334"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="361"/>
        <source>item %1 started</source>
        <translation>议程项 %1 已开始</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="346"/>
        <source>the matter is 干部任免, 重大事项 or 一般 (appointment, major, general)</source>
        <translation>事项类别为 干部任免、重大事项 或 一般（appointment、major、general）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="350"/>
        <source>item %1: %2</source>
        <translation>议程项 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="361"/>
        <source>the last item ended</source>
        <translation>最后一项已结束</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="453"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="454"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="459"/>
        <source>give the meeting&apos;s id</source>
        <translation>请给出会议编号</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="455"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="456"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="458"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="460"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="461"/>
        <source>give the meeting&apos;s id and the item&apos;s</source>
        <translation>请给出会议编号和议程项编号</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="457"/>
        <source>give the meeting&apos;s id, the item&apos;s and the draft file</source>
        <translation>请给出会议编号、议程项编号和讲稿文件</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="462"/>
        <source>give the meeting&apos;s id, the item&apos;s and its matter (干部任免, 重大事项 or 一般)</source>
        <translation>请给出会议编号、议程项编号和事项类别（干部任免、重大事项或一般）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="476"/>
        <source>lectern agenda: say add, list, move, remove, draft, matter, start, next, text or edit</source>
        <translation>lectern agenda：请用 add、list、move、remove、draft、matter、start、next、text 或 edit</translation>
    </message>
</context>
<context>
    <name>lectern::cli::CentralCommand</name>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="41"/>
        <source>the central store is at version %1 already</source>
        <translation>中心数据库已是第 %1 版</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="42"/>
        <source>the central store is at version %1 (was %2)</source>
        <translation>中心数据库现为第 %1 版（原为第 %2 版）</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="50"/>
        <source>room %1 added (role %2). Put this in that kiosk&apos;s configuration as central.conninfo; the password is not shown again:
%3</source>
        <translation>已添加会议室 %1（角色 %2）。请将下面的连接串写入该会议室讲台配置的 central.conninfo；密码不会再次显示：
%3</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="63"/>
        <source>no rooms yet (lectern central room add NAME)</source>
        <translation>尚无会议室（lectern central room add 名称）</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="79"/>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CentralCommand.cpp" line="80"/>
        <source>%n row(s) rejected; the directory is unchanged</source>
        <translation>
            <numerusform>%n 行被拒绝；通讯录未改动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="85"/>
        <source>the directory is at version %1: %2 people (%3 new, %4 gone); each kiosk takes it at its next sync</source>
        <translation>通讯录已更新至第 %1 版：共 %2 人（新增 %3，移除 %4）；各终端下次同步时获取</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="96"/>
        <source>say --room ROOM and --file BOOKING.json</source>
        <translation>请给出 --room 会议室 和 --file 预约.json</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="104"/>
        <source>over 1 MB: not a booking</source>
        <translation>超过 1 MB：不是会议预约</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="111"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation>不是 JSON（第 %2 字节处%1）</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="112"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="119"/>
        <source>booking %1 (version %2) for %3; its kiosk takes it at its next sync</source>
        <translation>已为%3预约会议 %1（第 %2 版）；该会议室终端下次同步时获取</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="143"/>
        <source>say init, room add NAME, room list, directory import FILE, book, verify or report, each with --conninfo URI</source>
        <translation>请使用 init、room add 会议室、room list、directory import 文件、book、verify 或 report，并给出 --conninfo 连接串</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="145"/>
        <source>--conninfo is required: the central server, as libpq takes it (postgresql://user@host/db?sslmode=require)</source>
        <translation>必须给出 --conninfo：中心服务器的连接串（如 postgresql://用户@主机/数据库?sslmode=require）</translation>
    </message>
</context>
<context>
    <name>lectern::cli::CentralReportCommand</name>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="28"/>
        <source>(no kind)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="47"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="49"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="49"/>
        <source>Signed in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="61"/>
        <source>%1  %2  %3  expected %4, present %5</source>
        <translation>%1  %2  %3  应到 %4，实到 %5</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="65"/>
        <location filename="../src/cli/CentralReportCommand.cpp" line="173"/>
        <source>no meetings found</source>
        <translation>未找到会议</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="111"/>
        <source>--meeting takes the meeting&apos;s number on its room&apos;s kiosk</source>
        <translation>--meeting 取该会议在其会议室终端上的编号</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="113"/>
        <source>--meeting needs --room: each room numbers its own meetings</source>
        <translation>--meeting 需要同时给出 --room：各会议室各自编号</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="125"/>
        <source>%1, meeting %2 (%3) was altered on the server: %4</source>
        <translation>%1，会议 %2（%3）在服务器上被改动：%4</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="127"/>
        <source>%1, meeting %2 (%3): intact (%4 records; fingerprint %5)</source>
        <translation>%1，会议 %2（%3）：完好（%4 条记录；指纹 %5）</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="135"/>
        <source>no sealed meeting on the central store yet</source>
        <translation>中心数据库中尚无封存的会议</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="147"/>
        <source>say one of --person NAME|ID, --unit UNIT or --room ROOM</source>
        <translation>请给出 --person 姓名|编号、--unit 单位 或 --room 会议室 之一</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="152"/>
        <source>--from and --to take dates as 2026-01-31</source>
        <translation>--from 和 --to 取形如 2026-01-31 的日期</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="154"/>
        <source>--to is before --from</source>
        <translation>--to 早于 --from</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="160"/>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Kind</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Present</source>
        <translation>实到</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Rate</source>
        <translation>出勤率</translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="166"/>
        <source>%1  %2  %3  expected %4, present %5 (late %6), on leave %7, absent %8: %9</source>
        <translation>%1  %2  %3  应到 %4，实到 %5（迟到 %6），请假 %7，缺席 %8：%9</translation>
    </message>
</context>
<context>
    <name>lectern::cli::DecisionCommand</name>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="148"/>
        <source>--reason is required: a withdrawal (回避) is recorded with why</source>
        <translation>必须给出 --reason：回避须记录原因</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="150"/>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="240"/>
        <source>give MEETING, ITEM and PERSON</source>
        <translation>请给出 会议、议程项 和 人员</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="157"/>
        <source>%1 withdraws from item %2 (%3)</source>
        <translation>%1 就议程项 %2 回避（%3）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="171"/>
        <source>--method takes 举手, 无记名 or 记名 (hands, secret, named)</source>
        <translation>--method 取 举手、无记名 或 记名（hands、secret、named）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="175"/>
        <source>--for, --against and --abstain take a whole number from 0</source>
        <translation>--for、--against 和 --abstain 须为不小于 0 的整数</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="183"/>
        <source>--ballots is for a named vote (--method 记名)</source>
        <translation>--ballots 仅用于记名表决（--method 记名）</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="185"/>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="260"/>
        <source>give MEETING and ITEM</source>
        <translation>请给出 会议 和 议程项</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="195"/>
        <source>--ballots takes NAME=同意|不同意|弃权, separated by commas: &quot;%1&quot; is not one</source>
        <translation>--ballots 的格式为 姓名=同意|不同意|弃权，以逗号分隔：“%1”不合格式</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="207"/>
        <source>item %1: %2, %3 for, %4 against, %5 abstaining — %6</source>
        <translation>议程项 %1：%2，同意 %3 票，不同意 %4 票，弃权 %5 票——%6</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="220"/>
        <source>give the opinion&apos;s --text or its scanned --file</source>
        <translation>请给出书面意见的 --text 或扫描件 --file</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="226"/>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="230"/>
        <source>larger than %1 MB</source>
        <translation>超过 %1 MB</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="235"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="248"/>
        <source>written opinion of %1 kept with item %2</source>
        <translation>%1 的书面意见已随议程项 %2 保存</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="258"/>
        <source>--text is required: what the meeting decided on the item (议定事项)</source>
        <translation>必须给出 --text：该议题的议定事项</translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="267"/>
        <source>decision of item %1 recorded</source>
        <translation>议程项 %1 的议定事项已记录</translation>
    </message>
</context>
<context>
    <name>lectern::cli::SyncCommand</name>
    <message>
        <location filename="../src/cli/SyncCommand.cpp" line="23"/>
        <source>takes no arguments, only --conninfo URI</source>
        <translation>不接受参数，只有 --conninfo 连接串</translation>
    </message>
    <message>
        <location filename="../src/cli/SyncCommand.cpp" line="27"/>
        <source>no central store is configured (central.conninfo, or --conninfo URI)</source>
        <translation>未配置中心数据库（central.conninfo，或 --conninfo 连接串）</translation>
    </message>
    <message>
        <location filename="../src/cli/SyncCommand.cpp" line="51"/>
        <source>sent %1, received %2, still to send %3</source>
        <translation>已发送 %1，已接收 %2，待发送 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/SyncCommand.cpp" line="53"/>
        <source>; %n changed booking(s) not applied: the meeting has begun here</source>
        <translation>
            <numerusform>；%n 个已修改的预约未应用：会议已在本机开始</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::decisions</name>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="198"/>
        <source>show of hands</source>
        <translation>举手表决</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="199"/>
        <source>secret ballot</source>
        <translation>无记名投票</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="200"/>
        <source>named vote</source>
        <translation>记名投票</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="203"/>
        <source>for</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="204"/>
        <source>against</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="205"/>
        <source>abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="208"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="209"/>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="210"/>
        <source>deferred</source>
        <translation>暂缓表决</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="297"/>
        <source>no such agenda item</source>
        <translation>没有该议程项</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="298"/>
        <source>no such person on the roster</source>
        <translation>名单中没有此人</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="299"/>
        <source>the meeting is finalized: its record is sealed</source>
        <translation>会议已定稿：记录已封存</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="300"/>
        <source>this machine&apos;s clock is before what is already recorded; set the clock (lectern doctor checks it)</source>
        <translation>本机时钟早于已有记录的时间；请校正时钟（lectern doctor 可检查）</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="301"/>
        <source>only a member (attending or chairing) counts for an item&apos;s quorum and vote</source>
        <translation>只有出席或主持的成员计入法定人数和表决</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="302"/>
        <source>this member has already withdrawn from the item</source>
        <translation>该成员已就此议题回避</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="303"/>
        <source>this member withdrew from the item</source>
        <translation>该成员已就此议题回避</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="304"/>
        <source>this member is present: a written opinion is an absent member&apos;s</source>
        <translation>该成员在场：书面意见仅限缺席成员</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="305"/>
        <source>the text is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="306"/>
        <source>the item was voted on before: a revote needs its reason</source>
        <translation>该议题已表决过：重新表决须注明原因</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="307"/>
        <source>more votes than members present</source>
        <translation>票数多于实到成员</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="308"/>
        <source>a ballot of someone who may not vote on the item</source>
        <translation>有无权就此议题表决者的票</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="309"/>
        <source>the file is empty or too large</source>
        <translation>文件为空或过大</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="317"/>
        <source>a withdrawal (回避) is recorded with its reason</source>
        <translation>回避须记录原因</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="359"/>
        <source>%1 has two ballots</source>
        <translation>%1 投了两票</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="361"/>
        <source>%1 withdrew from the item and does not vote</source>
        <translation>%1 已回避，不参加表决</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="363"/>
        <source>%1 is not a member present at the item</source>
        <translation>%1 不是该议题在场的成员</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="369"/>
        <source>the counts given (%1/%2/%3) are not the ballots&apos; (%4/%5/%6)</source>
        <translation>给出的票数（%1/%2/%3）与记名票（%4/%5/%6）不符</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="378"/>
        <source>a count below zero</source>
        <translation>票数小于零</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="381"/>
        <source>%1 for, %2 against and %3 abstaining make %4 votes, but only %5 of the item&apos;s %6 members are present</source>
        <translation>同意 %1、不同意 %2、弃权 %3，共 %4 票，但该议题应到 %6 人中只有 %5 人在场</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="407"/>
        <source>a written opinion is its text or a scanned file</source>
        <translation>书面意见须有内容或扫描件</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="409"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="410"/>
        <source>the file is larger than %1 MB</source>
        <translation>文件超过 %1 MB</translation>
    </message>
</context>
<context>
    <name>lectern::lan</name>
    <message>
        <location filename="../src/lan/LanServer.cpp" line="116"/>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的 %2 端口监听：%3</translation>
    </message>
    <message>
        <location filename="../src/lan/RoomSecret.cpp" line="30"/>
        <source>%1: cannot write the room&apos;s secret (%2)</source>
        <translation>%1：无法写入会场密钥（%2）</translation>
    </message>
</context>
<context>
    <name>lectern::records</name>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="27"/>
        <source>Revote %1 (%2): </source>
        <translation>第 %1 次重新表决（%2）：</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="28"/>
        <source>%1: %2 members expected</source>
        <translation>%1：应到 %2 人</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="30"/>
        <source> (%1 recused)</source>
        <translation>（回避 %1）</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="31"/>
        <source>, %1 present</source>
        <translation>，实到 %1 人</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="33"/>
        <source>; vote deferred</source>
        <translation>；暂缓表决</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="35"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="36"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="38"/>
        <source>; %1 for, %2 against, %3 abstaining</source>
        <translation>；同意 %1 票，不同意 %2 票，弃权 %3 票</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="40"/>
        <source>; no quorum (%1 needed)</source>
        <translation>；未达法定人数（需 %1 人）</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="41"/>
        <source>; %1.</source>
        <translation>；%1。</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="45"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="46"/>
        <source> Ballots: %1.</source>
        <translation>记名表决：%1。</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="46"/>
        <location filename="../src/records/MinutesDocx.cpp" line="108"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="57"/>
        <source>Decided: %1</source>
        <translation>议定：%1</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="68"/>
        <source>%1 withdrew (%2).</source>
        <translation>%1回避（%2）。</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="70"/>
        <source>Written opinion of %1</source>
        <translation>%1的书面意见</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="72"/>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="74"/>
        <source> (scanned file %1, SHA-256 %2)</source>
        <translation>（扫描件 %1，SHA-256 %2）</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="110"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="110"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="112"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="113"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="114"/>
        <source>Chair</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="115"/>
        <source>Recorder</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="116"/>
        <source>Attending</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="117"/>
        <source>Sitting in</source>
        <translation>列席</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="118"/>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="120"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="121"/>
        <source>The meeting considered the following items and decided as follows:</source>
        <translation>会议研究了以下议题，议定如下：</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="124"/>
        <source>1</source>
        <comment>heading numerals: 1 (1, 2, 3) or 一 (一, 二, 三)</comment>
        <translation>一</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="127"/>
        <source>%1. %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="129"/>
        <source>(Nothing was recorded for this item.)</source>
        <translation>（本议题未记录议定事项。）</translation>
    </message>
</context>
</TS>
