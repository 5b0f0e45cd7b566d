<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConsoleAgendaTab</name>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="44"/>
        <source>This meeting has no agenda. Add items with: lectern agenda add MEETING --title … --kind …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="45"/>
        <source>Now: %1 %2  ·  Next: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="46"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="47"/>
        <source>Not started  ·  Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="61"/>
        <source>Projected end %1 · planned end %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="62"/>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="62"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="63"/>
        <source>Projected end %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="64"/>
        <source>items %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="65"/>
        <source>the agenda is longer than the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="71"/>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="72"/>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="73"/>
        <source>Add a 10-minute break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="80"/>
        <source>Re-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="94"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="105"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="160"/>
        <source>plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="161"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="176"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="182"/>
        <source>Play next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleAgendaTab.qml" line="188"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleConfirm</name>
    <message>
        <location filename="../qml/components/ConsoleConfirm.qml" line="49"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleConfirm.qml" line="54"/>
        <source>Start anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleDecisionsTab</name>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="27"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="51"/>
        <source>This meeting has no agenda item to decide on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="63"/>
        <source>Reason or opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="64"/>
        <source>why a member withdraws, or an absent member&apos;s written opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="106"/>
        <source>Withdraws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="113"/>
        <source>Written opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="127"/>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="136"/>
        <source>show of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="136"/>
        <source>secret ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="137"/>
        <source>named vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="144"/>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="147"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="148"/>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="149"/>
        <source>Abstaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="153"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="154"/>
        <source>a revote says why it is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="154"/>
        <source>for a deferral, why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="159"/>
        <source>Record the revote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="159"/>
        <source>Record the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="174"/>
        <source>Decided (议定事项)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="190"/>
        <source>Save the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleDecisionsTab.qml" line="193"/>
        <source>On the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleLiveEdit</name>
    <message>
        <location filename="../qml/components/ConsoleLiveEdit.qml" line="22"/>
        <source>Text on the screens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleLiveEdit.qml" line="22"/>
        <source>Text of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleLiveEdit.qml" line="86"/>
        <source>Choose a paragraph above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleLiveEdit.qml" line="93"/>
        <source>Change the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleLiveEdit.qml" line="99"/>
        <source>Insert after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleLiveEdit.qml" line="105"/>
        <source>Delete it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleMeetingsTab</name>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="49"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="102"/>
        <source>Meeting %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="103"/>
        <source>A new meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="106"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="107"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="107"/>
        <source>e.g. 党组会, 办公会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="108"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="108"/>
        <source>e.g. 第3次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="109"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="110"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="111"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="112"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="113"/>
        <source>Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="114"/>
        <source>Grace (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="125"/>
        <source>%1 of the %2 people on the roster expected (see the list on the right); the chair and the recorder named here take their roles unless the list was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="117"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="117"/>
        <source>Create meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="140"/>
        <source>Roster: %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="151"/>
        <source>Rows not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="171"/>
        <source>Who is expected, as what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="175"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="179"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="212"/>
        <source>Attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="212"/>
        <source>Observes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="212"/>
        <source>Chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="212"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="212"/>
        <source>Not expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="219"/>
        <source>This meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="227"/>
        <source>Open the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="233"/>
        <source>Teleprompter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleMeetingsTab.qml" line="237"/>
        <source>Projected pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="50"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="63"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="80"/>
        <source>● Recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="80"/>
        <source>Recording waits for a microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="88"/>
        <source>No meeting chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="95"/>
        <source>Home screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ConsolePage.qml" line="125"/>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsolePhonesTab</name>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="25"/>
        <source>The room&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="29"/>
        <source>Off. Phones can sign in and the remote can work once lan.enabled is true in the configuration (see config/README.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="30"/>
        <source>On at %1 · %2 connections · %3 remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="31"/>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="31"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="37"/>
        <source>The operator&apos;s remote: open %1 on a phone or tablet on the room&apos;s network, or scan the code; pair it with the code below or the administrator&apos;s PIN. %2?view is the chair&apos;s view, without controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="52"/>
        <source>New pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="63"/>
        <source>(valid 5 minutes, once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="77"/>
        <source>Signed in by phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="77"/>
        <source>Choose a meeting under Meetings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsolePhonesTab.qml" line="92"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleRecordTab</name>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="30"/>
        <source>Choose a meeting under Meetings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="33"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="51"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="71"/>
        <source>Save the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="82"/>
        <source>The meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="86"/>
        <source>Close the meeting (no more sign-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="93"/>
        <source>Finalize (seal the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="100"/>
        <source>Nothing can change afterwards. Finalize?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="103"/>
        <source>Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordTab.qml" line="111"/>
        <source>Export the sign-in sheet, the record and the attendance to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleRecordings</name>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="26"/>
        <source>Audio recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="29"/>
        <source>● Recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="30"/>
        <source>● Recording another meeting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="31"/>
        <source>Waiting for a microphone to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="32"/>
        <source>Not recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="38"/>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="38"/>
        <source>Record this meeting&apos;s audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="86"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="86"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleRecordings.qml" line="92"/>
        <source>Playing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSettingsTab</name>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="14"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="31"/>
        <source>Looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="35"/>
        <source>Standard (dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="36"/>
        <source>Official document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="37"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="49"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="51"/>
        <source>What each screen is for, remembered on this machine. Automatic: the console on the main screen, then left to right the speaker&apos;s teleprompter and the projected pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="64"/>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="71"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="72"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="73"/>
        <source>Teleprompter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="74"/>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="75"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="90"/>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="92"/>
        <source>The microphone records the meeting and lets the prompter follow the speaker; the speakers play the chime, the tick and recordings. Unplugged, the system&apos;s default stands in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="99"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="100"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="119"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="138"/>
        <source>No microphone is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="138"/>
        <source>No speakers are connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="144"/>
        <source>Play a test sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="160"/>
        <source>Phones in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="164"/>
        <source>Sign-in by phone and the remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="171"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="178"/>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="180"/>
        <source>the room&apos;s network name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="185"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="186"/>
        <source>unchanged when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="191"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="201"/>
        <source>Running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="202"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="207"/>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSettingsTab.qml" line="210"/>
        <source>Quit Lectern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSpeechTab</name>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="32"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="41"/>
        <source>Taken out or joined (%1): put a line back if it belongs to the speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="69"/>
        <source>Line %1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="80"/>
        <source>Take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="80"/>
        <source>Put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="93"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="132"/>
        <source>Blanks to fill (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="133"/>
        <source>No blanks left to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="152"/>
        <source>“%1” ×%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="161"/>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="168"/>
        <source>Fill all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="177"/>
        <source>Filled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="184"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="190"/>
        <source>Use this speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="196"/>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="228"/>
        <source>In use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="198"/>
        <source>Could not save the choice in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="207"/>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="218"/>
        <source>Use as this item&apos;s draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConsoleSpeechTab.qml" line="221"/>
        <source>Kept as the draft of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../qml/components/ErrorPanel.qml" line="14"/>
        <source>The speech could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../qml/components/FileChooser.qml" line="15"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FileChooser.qml" line="29"/>
        <source>Path of a %1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FileChooser.qml" line="43"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/FileChooser.qml" line="62"/>
        <source>No %1 file on a USB stick or in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="44"/>
        <source>Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="84"/>
        <source>Scan to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="107"/>
        <source>No meeting is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="126"/>
        <source>The speech entries open the sample speech: “%1”. Set up a meeting in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="140"/>
        <source>Now: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="141"/>
        <source>First: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="154"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="155"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="156"/>
        <source>On leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="157"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="158"/>
        <source>Not yet arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="159"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="202"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="203"/>
        <source>At the door, by name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="203"/>
        <source>Needs a meeting (console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="212"/>
        <source>Teleprompter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="222"/>
        <source>Projected pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="231"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="239"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="247"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeTile</name>
    <message>
        <location filename="../qml/components/HomeTile.qml" line="54"/>
        <source>Administrator PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterKeys</name>
    <message>
        <location filename="../qml/components/LetterKeys.qml" line="61"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/LetterKeys.qml" line="61"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="48"/>
        <source>Lectern — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="48"/>
        <source>Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="162"/>
        <source>The clock is behind the latest record: nothing is recorded until it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="185"/>
        <source>Resumed from where it was at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorConsole</name>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="23"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="24"/>
        <source>Starting in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="25"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="26"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="27"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="52"/>
        <source>Speaker screen (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="102"/>
        <source>Item: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="103"/>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="103"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="104"/>
        <source>Next item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="114"/>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="119"/>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="124"/>
        <source>Edit the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="133"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="133"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="137"/>
        <source>To the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="149"/>
        <source>%1 chars/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="160"/>
        <source>Target duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="182"/>
        <source>Elapsed %1 · remaining %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="188"/>
        <source>Ahead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="189"/>
        <source>Behind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="193"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="194"/>
        <source>Last section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="216"/>
        <source>Projector page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="232"/>
        <source>Follow the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="243"/>
        <source>Follow the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="253"/>
        <source>Take their pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="273"/>
        <source>Speaking · %1 chars/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="274"/>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="280"/>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="287"/>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="292"/>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="296"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="296"/>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/OperatorConsole.qml" line="322"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedView</name>
    <message>
        <location filename="../qml/components/PagedView.qml" line="41"/>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PagedView.qml" line="76"/>
        <source>Following the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PagedView.qml" line="91"/>
        <source>(continued on the next page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PagedView.qml" line="107"/>
        <source>Go to page %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PagedView.qml" line="108"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../qml/components/PinDialog.qml" line="79"/>
        <source>Set the administrator PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PinDialog.qml" line="79"/>
        <source>Administrator PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PinDialog.qml" line="126"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PinDialog.qml" line="126"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PinDialog.qml" line="142"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../qml/windows/ProjectorWindow.qml" line="23"/>
        <source>Lectern — projector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrompterHud</name>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="78"/>
        <source>Elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="81"/>
        <source>Remaining %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="84"/>
        <source>%1 chars/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="89"/>
        <source>Ahead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="90"/>
        <source>Behind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="106"/>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="114"/>
        <source>N again: next item, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="114"/>
        <source>N again: end this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="125"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="133"/>
        <source>Waiting for your voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/PrompterHud.qml" line="133"/>
        <source>Following your voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrompterView</name>
    <message>
        <location filename="../qml/components/PrompterView.qml" line="282"/>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../qml/pages/ReaderPage.qml" line="23"/>
        <source>%1 characters · about %2 min at 180 characters/min · %3 lines removed · %4 placeholders to fill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingBadge</name>
    <message>
        <location filename="../qml/components/RecordingBadge.qml" line="21"/>
        <source>● Recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/RecordingBadge.qml" line="21"/>
        <source>Recording waits for a microphone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInCard</name>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="43"/>
        <source>Not on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="53"/>
        <source>Please write your name and unit below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="65"/>
        <source>Already signed in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="75"/>
        <source>Please sign below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="101"/>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="118"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="125"/>
        <source>Sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/SignInCard.qml" line="130"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="70"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="84"/>
        <source>%1 %2 · expected %3 · present %4 · on leave %5 · absent %6 · late %7 · %8%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="85"/>
        <source>%1 %2 · expected %3 · present %4 · on leave %5 · not yet arrived %6 · late %7 · %8%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="157"/>
        <source>Type the first letters of your name, e.g. ZS for 张三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="201"/>
        <source>%1 · signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="223"/>
        <source>My name is not on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="264"/>
        <source>Or scan with your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="293"/>
        <source>Not on the room&apos;s Wi-Fi? Scan this first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="382"/>
        <source>%1 signed in (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="382"/>
        <source>%1 signed in. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SignInPage.qml" line="387"/>
        <source>Not recorded. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../qml/windows/SignInWindow.qml" line="19"/>
        <source>Lectern — sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerWindow</name>
    <message>
        <location filename="../qml/windows/SpeakerWindow.qml" line="28"/>
        <source>Lectern — speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::AgendaController</name>
    <message>
        <location filename="../src/app/AgendaController.cpp" line="81"/>
        <source>%1 is a vote without a quorum (%2). Start it anyway? The record will say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AgendaController.cpp" line="334"/>
        <location filename="../src/app/AgendaController.cpp" line="406"/>
        <location filename="../src/app/AgendaController.cpp" line="446"/>
        <source>the meeting is finalized: its agenda is sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AgendaController.cpp" line="336"/>
        <source>the meeting is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AgendaController.cpp" line="338"/>
        <source>that item is no longer on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AgendaController.cpp" line="375"/>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/AgendaController.cpp" line="407"/>
        <source>that paragraph is no longer in the draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::AgendaDraft</name>
    <message>
        <location filename="../src/meeting/AgendaDraft.cpp" line="149"/>
        <source>item %1 has no draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Application</name>
    <message>
        <location filename="../src/app/Application.cpp" line="205"/>
        <source>The port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::AttendanceCommand</name>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="32"/>
        <source>give MEETING and PERSON (an id or a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="67"/>
        <source>%1 already signed in; nothing new recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="70"/>
        <source>%1 has no sign-in or leave to undo at meeting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="74"/>
        <source>meeting %1 is finalized: only an amendment changes it (--amend REASON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="75"/>
        <source>meeting %1 is closed: sign-ins are not taken (an administrator can enter one afterwards with --retro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="80"/>
        <source>the meeting or the person is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="83"/>
        <source>nothing recorded: %1; set the clock (lectern doctor checks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="108"/>
        <source>--at takes &quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="117"/>
        <source>%1 signed in by amendment (chained to the sealed record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="119"/>
        <source>%1 signed in afterwards (补签)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="119"/>
        <source>%1 signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="133"/>
        <source>--reason is required: an undo is kept in the record with why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="139"/>
        <source>%1: sign-in undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="153"/>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="174"/>
        <source>--reason is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="160"/>
        <source>%1: on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AttendanceCommand.cpp" line="180"/>
        <source>%1: marked absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::AttendanceSheet</name>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="29"/>
        <source>entered afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="31"/>
        <source>by phone (scanned the room&apos;s code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="35"/>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="82"/>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="102"/>
        <location filename="../src/records/AttendanceSheet.cpp" line="106"/>
        <location filename="../src/records/AttendanceSheet.cpp" line="108"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="103"/>
        <source>%1 (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="118"/>
        <source>%1-%2-%3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/AttendanceSheet.cpp" line="127"/>
        <source>%1-%2-%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::AudioCommand</name>
    <message>
        <location filename="../src/cli/AudioCommand.cpp" line="20"/>
        <source>say analyze FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AudioCommand.cpp" line="44"/>
        <source>%1: %2 s, voice %3 s in %4 stretches, %5 syllables, %6 字/分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/AudioCommand.cpp" line="53"/>
        <source>  unfinished: its writer never closed it (a crash or a kill); this is the sound that decodes, and the next start of the kiosk repairs it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::AudioFile</name>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="19"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="21"/>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="23"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="27"/>
        <source>not a sound file this can read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="35"/>
        <source>an impossible sample rate or channel count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="60"/>
        <source>the file holds no sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="40"/>
        <location filename="../src/audio/AudioFile.cpp" line="57"/>
        <source>longer than %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="66"/>
        <source>cannot be read to the end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/AudioFile.cpp" line="70"/>
        <source>truncated: %1 of %2 seconds are there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Backups</name>
    <message>
        <location filename="../src/store/Backups.cpp" line="153"/>
        <source>The database %1 was damaged (%2). It was moved to %3 and the backup %4 was restored: anything recorded after that backup is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/store/Backups.cpp" line="160"/>
        <source>The database %1 was damaged (%2) and there is no good backup. It was moved to %3 and a new, empty database was started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::BenchCommand</name>
    <message>
        <location filename="../src/cli/bench/BenchCommand.cpp" line="96"/>
        <source>lectern bench: --sizes takes type sizes from 0 (the default) to 400, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/bench/BenchCommand.cpp" line="104"/>
        <source>lectern bench: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Cli</name>
    <message>
        <location filename="../src/cli/Cli.cpp" line="39"/>
        <source>  lectern inspect FILE [--json] [--rate N] [--keep LINE,...] [--fill X=VALUE]  show a speech&apos;s structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="41"/>
        <source>  lectern paginate FILE [--size WxH] [--font-px N | --auto-fit] [--min-px N] [--json]  the projected pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="43"/>
        <source>  lectern bench [--json] [--runs N] [--inputs DIR] [--prompter [--scroll-seconds S] [--sizes PX,...]] [--lan]  run the benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="45"/>
        <source>  lectern roster import FILE | roster search QUERY | roster rename PERSON --name N [--unit U]   [--json] [--data-dir DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="47"/>
        <source>  lectern meeting create --title T --start &quot;YYYY-MM-DD HH:MM&quot; [--end …] [--place P] [--session S] [--grace-min N] [--expect all|FILE] [--chair N] [--recorder N] [--observers A,B]
          | meeting list | meeting show MEETING | meeting speech MEETING FILE | meeting record MEETING [--notes T] [--decisions T]
          | meeting close MEETING | meeting finalize MEETING   [--json] [--data-dir DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="51"/>
        <source>  lectern agenda add MEETING --title T --kind K [--matter 干部任免|重大事项] [--speaker NAME|ID [--role R]] [--minutes N] [--draft FILE] [--observers A,B]
          | agenda list MEETING | agenda move MEETING ITEM --to POSITION | agenda remove MEETING ITEM
          | agenda draft MEETING ITEM FILE | agenda matter MEETING ITEM M | agenda start MEETING ITEM | agenda next MEETING | agenda text MEETING ITEM
          | agenda edit MEETING ITEM --block N --text T | --after N --text T | --block N --delete
          [--json] [--data-dir DIR]   the meeting&apos;s agenda (议程), live edits included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="57"/>
        <source>  lectern lan url MEETING [--config FILE] [--json]   the sign-in address the room&apos;s code shows now (扫码签到)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="59"/>
        <source>  lectern verify MEETING [--json]                   check a finalized meeting&apos;s seal (exit 1: altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="61"/>
        <source>  lectern signin MEETING PERSON [--at &quot;YYYY-MM-DD HH:MM&quot;] [--retro | --amend REASON]  sign someone in (--retro: 补签; --amend: after finalizing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="63"/>
        <source>  lectern undo MEETING PERSON --reason R            undo a sign-in (kept in the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="65"/>
        <source>  lectern leave MEETING PERSON --reason R [--approver A]  mark leave (请假)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="67"/>
        <source>  lectern absent MEETING PERSON --reason R          mark someone absent, with why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="69"/>
        <source>  lectern recuse MEETING ITEM PERSON --reason R    a member withdraws from an item (回避)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="71"/>
        <source>  lectern vote MEETING ITEM --method 举手|无记名|记名 --for N --against N --abstain N [--ballots &quot;NAME=同意,…&quot;]
          [--deferred] [--reason R]   record a vote (a revote with its reason) and its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="74"/>
        <source>  lectern opinion MEETING ITEM PERSON (--text T | --file F)  an absent member&apos;s written opinion (书面意见)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="76"/>
        <source>  lectern decision MEETING ITEM --text T          what was decided on the item (议定事项)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="78"/>
        <source>  lectern export MEETING --what signin|record|attendance|minutes --format pdf|xlsx|csv|docx --out FILE  the forms offices file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="80"/>
        <source>  lectern audio analyze FILE [--json]            voice stretches and speaking rate (字/分钟) of a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="82"/>
        <source>  lectern clock [--json] | clock accept --reason R   the clock against the records; accept it after a clock that ran ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="84"/>
        <source>  lectern central init | central room add NAME | central room list   --conninfo URI [--json]  the organisation&apos;s central store (PostgreSQL)
  lectern central directory import FILE | central book --room ROOM --file BOOKING.json   --conninfo URI   the directory and bookings each kiosk takes
  lectern central verify --conninfo URI [--room ROOM [--meeting N]] [--json]   re-check every sealed record on the server
  lectern central report --conninfo URI --person NAME|ID | --unit UNIT | --room ROOM [--from DATE] [--to DATE] [--json] [--xlsx FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="89"/>
        <source>  lectern sync [--conninfo URI] [--json] [--data-dir DIR]   send this room&apos;s records to the central store (one round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="91"/>
        <source>  lectern doctor [--json] [--data-dir DIR]        is the room ready: screens, renderer, fonts, sound, disk, database, clock, server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="92"/>
        <source>  lectern help                                  this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="105"/>
        <source>Usage:
  lectern [--speech FILE] [--mode home|reader|prompter|paged|signin|console] [--mirror] [--windowed] [--lang zh_CN|en]
          [--data-dir DIR] [--self-test]                                 start the kiosk (--help: every option)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/Cli.cpp" line="137"/>
        <source>lectern: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ClockCheck</name>
    <message>
        <location filename="../src/meeting/ClockCheck.cpp" line="63"/>
        <source>the clock says %1: it was never set, or the PC&apos;s battery is flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/ClockCheck.cpp" line="66"/>
        <source>the clock says %1, before the latest record (%2): sign-ins would be dated in the past</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ClockCommand</name>
    <message>
        <location filename="../src/cli/meeting/ClockCommand.cpp" line="22"/>
        <source>say nothing, or accept --reason R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ClockCommand.cpp" line="25"/>
        <source>--reason is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ClockCommand.cpp" line="42"/>
        <source>the clock is right: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ClockCommand.cpp" line="46"/>
        <source>lectern clock accept: the clock is right; nothing to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ClockCommand.cpp" line="51"/>
        <source>lectern clock accept: %1; set the clock instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ClockCommand.cpp" line="59"/>
        <source>the clock is accepted as %1 (records up to %2 were written by a clock ahead of it; kept, with the reason)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::CommandArgs</name>
    <message>
        <location filename="../src/cli/meeting/CommandArgs.cpp" line="31"/>
        <source>%1: %2 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/CommandArgs.cpp" line="36"/>
        <source>%1: unknown option %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/CommandArgs.cpp" line="73"/>
        <source>give the meeting&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Configuration</name>
    <message>
        <location filename="../src/app/Configuration.cpp" line="30"/>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="38"/>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="48"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="58"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="70"/>
        <source>&quot;half&quot; or &quot;two_thirds&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="81"/>
        <source>&quot;zh_CN&quot; or &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="88"/>
        <source>&quot;home&quot;, &quot;reader&quot;, &quot;prompter&quot;, &quot;paged&quot;, &quot;signin&quot; or &quot;console&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="95"/>
        <source>&quot;standard&quot;, &quot;official&quot; or &quot;high_contrast&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="106"/>
        <source>an object of screen → &quot;console&quot;, &quot;prompter&quot;, &quot;projection&quot; or &quot;signin&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="121"/>
        <source>expected 0 (automatic) or a whole number from 8 to 400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="136"/>
        <source>a list of IP addresses (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="146"/>
        <source>&quot;WPA&quot;, &quot;WEP&quot; or &quot;nopass&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="156"/>
        <source>&quot;members&quot; or &quot;present&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="164"/>
        <source>a folder path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="188"/>
        <source>%1: not a JSON object (%2); its settings are not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="196"/>
        <source>%1: unknown section %2 (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="206"/>
        <source>%1: unknown key %2 (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="212"/>
        <source>%1: %2 = %3: %4; the previous value is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="226"/>
        <source>%1: no such file; its settings are not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/Configuration.cpp" line="296"/>
        <source>%1: not JSON (%2); the setting is not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::DecisionDesk</name>
    <message>
        <location filename="../src/app/DecisionDesk.cpp" line="115"/>
        <source>written opinion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/DecisionDesk.cpp" line="133"/>
        <source>no agenda item is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/DecisionDesk.cpp" line="160"/>
        <source>choose how the vote was taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Decisions</name>
    <message>
        <location filename="../src/meeting/DecisionRules.cpp" line="9"/>
        <source>general matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/DecisionRules.cpp" line="10"/>
        <source>appointment (干部任免)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/DecisionRules.cpp" line="11"/>
        <source>major matter (重大事项)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::DoctorCommand</name>
    <message>
        <location filename="../src/cli/DoctorCommand.cpp" line="20"/>
        <source>takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/DoctorCommand.cpp" line="45"/>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/DoctorCommand.cpp" line="47"/>
        <source>The room is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/DoctorCommand.cpp" line="48"/>
        <source>The room is not ready: %n problem(s).</source>
        <translation>
            <numerusform>The room is not ready: %n problem.</numerusform>
            <numerusform>The room is not ready: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::Document</name>
    <message>
        <location filename="../src/document/Document.cpp" line="43"/>
        <source>watermark or advertising line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/Document.cpp" line="45"/>
        <source>page number or page header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/Document.cpp" line="51"/>
        <source>page metadata at the top of a Markdown file (front matter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/Document.cpp" line="53"/>
        <source>a picture (its address and caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/Document.cpp" line="55"/>
        <source>web page markup (HTML tags, link addresses, code fences) taken out of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/Document.cpp" line="47"/>
        <source>line break inside a sentence, joined to the previous line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/Document.cpp" line="49"/>
        <source>invisible characters (zero-width or text-direction controls) taken out of the line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::DocxReader</name>
    <message>
        <location filename="../src/document/DocxReader.cpp" line="113"/>
        <source>damaged document body (XML error at line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/DocxReader.cpp" line="302"/>
        <source>%1 declares a DTD, which Word documents never do (refused: its entities could expand without limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/DocxReader.cpp" line="334"/>
        <source>not a Word document (no %1 in the archive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ExportCommand</name>
    <message>
        <location filename="../src/cli/meeting/ExportCommand.cpp" line="24"/>
        <source>give the meeting&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ExportCommand.cpp" line="34"/>
        <source>--what signin or record with --format pdf, --what minutes with --format docx, or --what attendance with --format xlsx or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ExportCommand.cpp" line="37"/>
        <source>--out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/ExportCommand.cpp" line="62"/>
        <source>written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ExportFolders</name>
    <message>
        <location filename="../src/console/ExportFolders.cpp" line="56"/>
        <source>Drive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/ExportFolders.cpp" line="61"/>
        <source>This computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::InspectCommand</name>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="20"/>
        <source>before the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="21"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="22"/>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="23"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="24"/>
        <source>occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="25"/>
        <source>salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="26"/>
        <source>heading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="27"/>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="28"/>
        <source>paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="29"/>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="37"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="50"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="52"/>
        <source> (encoding %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="55"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="55"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="55"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="56"/>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="57"/>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="57"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="59"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="61"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="64"/>
        <source>Structure (%1 blocks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="71"/>
        <source>Removed or joined lines (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="73"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="77"/>
        <source>Placeholders to fill in (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="81"/>
        <source>block %1, offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="86"/>
        <source>%1 Han characters; about %2 at %3 characters per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="122"/>
        <source>lectern inspect: --rate must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="129"/>
        <source>lectern inspect: --keep takes line numbers such as 3,7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="136"/>
        <source>lectern inspect: --fill takes PLACEHOLDER=VALUE, such as X=临江市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="141"/>
        <source>lectern inspect: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="148"/>
        <source>lectern inspect: no file given (lectern inspect FILE [--json])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/InspectCommand.cpp" line="161"/>
        <source>%1: no placeholder %2 to fill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ItemMembersModel</name>
    <message>
        <location filename="../src/app/ItemMembersModel.cpp" line="21"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ItemMembersModel.cpp" line="22"/>
        <source>on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ItemMembersModel.cpp" line="23"/>
        <source>recused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ItemMembersModel.cpp" line="24"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::KioskApp</name>
    <message>
        <location filename="../src/kiosk/KioskApp.cpp" line="95"/>
        <source>lectern: the user interface failed to load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::KioskOptions</name>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="21"/>
        <source>lectern: --%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="39"/>
        <source>Speech file (.txt, .docx, .md); default: the sample speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="41"/>
        <source>home (default), reader, prompter, paged, signin or console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="44"/>
        <source>lectern: --mode must be home, reader, prompter, paged, signin or console, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="46"/>
        <source>The prompter follows the speaker&apos;s voice (needs a microphone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="48"/>
        <source>Record the meeting&apos;s audio from the start (the console&apos;s meeting, else today&apos;s open one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="50"/>
        <source>Start the prompter mirrored (beam-splitter glass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="52"/>
        <source>Run in a window instead of full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="54"/>
        <source>Interface language: zh_CN (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="56"/>
        <source>Where Lectern keeps its data (default: the user&apos;s data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="59"/>
        <source>Smallest body size on projected pages, in pixels of a 1080-high page (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="62"/>
        <source>Screen for the main window: 1 = primary, then left to right (e.g. the projector for --mode paged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="64"/>
        <source>Seconds of 3-2-1 before the prompter moves (0 to 10, default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="67"/>
        <source>Sign-in screen: show no names until something is typed (for sensitive meetings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="70"/>
        <source>A configuration file (JSON; config/README.md) over the machine&apos;s own; the command line wins over both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="72"/>
        <source>Load the interface and the speech, check them, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="119"/>
        <source>lectern: unknown option --%1 (lectern --help lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/kiosk/KioskOptions.cpp" line="124"/>
        <source>lectern: unexpected argument &quot;%1&quot; (use --speech FILE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Labels</name>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="10"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="11"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="12"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="13"/>
        <source>finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="21"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="28"/>
        <source>attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="29"/>
        <source>observing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="30"/>
        <source>chairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="31"/>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="51"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="51"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="52"/>
        <source>on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="53"/>
        <location filename="../src/meeting/Labels.cpp" line="55"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="55"/>
        <source>not yet arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="75"/>
        <source>chair&apos;s links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="76"/>
        <source>speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="77"/>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="78"/>
        <source>remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="79"/>
        <source>deliberation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="80"/>
        <source>vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="81"/>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="89"/>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="90"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="91"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Labels.cpp" line="92"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::LanCommand</name>
    <message>
        <location filename="../src/cli/meeting/LanCommand.cpp" line="22"/>
        <source>usage: lectern lan url MEETING [--config FILE] [--data-dir DIR] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/LanCommand.cpp" line="45"/>
        <source>MEETING is a meeting&apos;s number (lectern meeting list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/LanCommand.cpp" line="55"/>
        <source>no meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/LanCommand.cpp" line="60"/>
        <source>meeting %1 is closed: it takes no sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/LanCommand.cpp" line="88"/>
        <source>note: the room&apos;s server is off (lan.enabled is false)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::LanService</name>
    <message>
        <location filename="../src/app/LanService.cpp" line="142"/>
        <source>an old code (a photo of the screen?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="144"/>
        <source>a code that is not this room&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="146"/>
        <source>a second person from one phone (代签)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="148"/>
        <source>too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="150"/>
        <source>a sign-in without scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="152"/>
        <source>a wrong pairing code or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="154"/>
        <source>a request too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/LanService.cpp" line="156"/>
        <source>a request that never finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::MeetingCommand</name>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="37"/>
        <source>--title is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="39"/>
        <source>--start takes &quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="43"/>
        <source>--grace-min takes minutes from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="41"/>
        <source>--end takes &quot;YYYY-MM-DD HH:MM&quot;, after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="96"/>
        <source>meeting %1 created, %2 people expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="172"/>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="173"/>
        <source>expected %1, present %2, on leave %3, absent %4, late %5, attendance %6%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="175"/>
        <source>; not started: %1 not yet arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="180"/>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="186"/>
        <source>  item %1  %2  %3  %4  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="191"/>
        <source>  recording %1  %2  %3  %4  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="203"/>
        <source>lectern meeting close: meeting %1 is already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="206"/>
        <source>meeting %1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="218"/>
        <source>lectern meeting finalize: close meeting %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="220"/>
        <source>lectern meeting finalize: meeting %1 is still being recorded; stop the recording first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="221"/>
        <source>lectern meeting finalize: meeting %1 is already finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="230"/>
        <source>meeting %1 finalized: %2 records sealed; fingerprint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="250"/>
        <source>lectern meeting record: meeting %1 is finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="253"/>
        <source>record of meeting %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="263"/>
        <source>give the meeting&apos;s id and the speech file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="282"/>
        <source>lectern meeting speech: meeting %1 is finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="292"/>
        <source>speech of meeting %1 kept (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="331"/>
        <source>meeting %1: the record is intact (%2 records; fingerprint %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="336"/>
        <source>lectern verify: meeting %1 was altered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/MeetingCommand.cpp" line="369"/>
        <source>lectern meeting: say create, list, show, speech, record, close or finalize</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::MeetingConsole</name>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="97"/>
        <source>expected %1 · present %2 · on leave %3 · absent %4 · late %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="100"/>
        <source> · not started: %1 not yet arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="209"/>
        <source>The meeting needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="212"/>
        <source>The start time must be written as 2026-12-06 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="215"/>
        <source>The end time must be written as 2026-12-06 11:00, after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="218"/>
        <source>The grace period is a number of minutes from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="234"/>
        <source>This meeting is closed; its details can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="237"/>
        <source>Meeting saved: %1 people expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="240"/>
        <source>Meeting created: %1 people expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="260"/>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="268"/>
        <source>%1: %2 new, %3 updated, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="283"/>
        <source>Choose a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="293"/>
        <source>This meeting is finalized; its record can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="296"/>
        <source>Record saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="311"/>
        <source>Only an open meeting can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="314"/>
        <source>Meeting closed: the door takes no more sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="330"/>
        <source>This meeting is already finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="331"/>
        <source>The meeting is still being recorded: stop the recording first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="332"/>
        <source>Close the meeting before finalizing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="337"/>
        <source>Meeting finalized: %1 records sealed, fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/MeetingConsole.cpp" line="358"/>
        <source>%1 files written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::MeetingExport</name>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="34"/>
        <source>not a folder that can be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="45"/>
        <source>sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="47"/>
        <source>meeting record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="49"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="51"/>
        <location filename="../src/records/MeetingExport.cpp" line="53"/>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="61"/>
        <source>recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="65"/>
        <source>the recording %1 could not be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="67"/>
        <source>the copy of %1 does not have the recorded SHA-256 (the file was changed or the copy failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="73"/>
        <source>written opinion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="76"/>
        <location filename="../src/records/MeetingExport.cpp" line="105"/>
        <source>could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingExport.cpp" line="79"/>
        <source>the written opinion %1 does not have its recorded SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::MeetingListModel</name>
    <message>
        <location filename="../src/console/MeetingListModel.cpp" line="25"/>
        <source>%1 of %2 present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::MeetingRecordPdf</name>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="31"/>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="87"/>
        <source>· %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="102"/>
        <source>from %1, %2 long (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="105"/>
        <source>; SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="53"/>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="128"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="59"/>
        <source>%1. %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="61"/>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="63"/>
        <source>; planned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="65"/>
        <source>; actual %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="68"/>
        <source>, %1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="75"/>
        <source>; attended by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="77"/>
        <source>; sitting in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="79"/>
        <source>; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/records/MeetingRecordPdf.cpp" line="82"/>
        <source>; %n live edit(s)</source>
        <translation>
            <numerusform>; %n live edit</numerusform>
            <numerusform>; %n live edits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="84"/>
        <source>; draft SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="132"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="133"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="134"/>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="136"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="137"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="138"/>
        <source>Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="139"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="140"/>
        <source>expected %1, present %2, on leave %3, absent %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="142"/>
        <source>; not started: %1 not yet arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="143"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="144"/>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="145"/>
        <source>Absent, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="146"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="147"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="152"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="158"/>
        <source>Audio recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="167"/>
        <source>Meeting record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MeetingRecordPdf.cpp" line="173"/>
        <source>Chair (signature): ____________&#x3000;&#x3000;&#x3000;Recorder (signature): ____________</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::MeetingRecorder</name>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="128"/>
        <source>There is no open meeting to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="134"/>
        <location filename="../src/listen/MeetingRecorder.cpp" line="191"/>
        <source>Meeting %1 cannot be recorded: it is closed, finalized or not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="138"/>
        <source>No microphone is connected: the meeting is not being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="184"/>
        <source>%1: locked by another recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="241"/>
        <source>no sound was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="258"/>
        <source>The microphone is gone: recording waits for one to be plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/listen/MeetingRecorder.cpp" line="273"/>
        <source>The microphone %1 could not be opened: the meeting is not being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Microphone</name>
    <message>
        <location filename="../src/listen/Microphone.cpp" line="59"/>
        <source>No microphone is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/listen/Microphone.cpp" line="71"/>
        <source>The microphone %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Migrations</name>
    <message>
        <location filename="../src/store/Migrations.cpp" line="17"/>
        <source>%1: the database is from a newer Lectern (schema version %2; this one knows up to %3); update Lectern instead of opening it with this one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Minutes</name>
    <message>
        <location filename="../src/records/Minutes.cpp" line="27"/>
        <source>Minutes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/Minutes.cpp" line="30"/>
        <source>%1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/Minutes.cpp" line="31"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/Minutes.cpp" line="47"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::PaginateCommand</name>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="38"/>
        <source>lectern paginate: --size takes WIDTHxHEIGHT, such as 1920x1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="46"/>
        <source>lectern paginate: --font-px must be a number from 8 to 400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="53"/>
        <source>lectern paginate: --min-px must be a number from 8 to 400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="57"/>
        <source>lectern paginate: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="64"/>
        <source>lectern paginate: no file given (lectern paginate FILE [--size WxH] [--font-px N | --auto-fit] [--json])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="109"/>
        <source>%1: %2 pages at %3 px on %4×%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="112"/>
        <source>— page %1 — from block %2:%3 to %4:%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/PaginateCommand.cpp" line="114"/>
        <source> (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::PdfPages</name>
    <message>
        <location filename="../src/records/PdfPages.cpp" line="55"/>
        <location filename="../src/records/PdfPages.cpp" line="86"/>
        <source>cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/PdfPages.cpp" line="79"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::PeopleLookup</name>
    <message>
        <location filename="../src/cli/meeting/PeopleLookup.cpp" line="18"/>
        <source>no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/PeopleLookup.cpp" line="28"/>
        <source>nobody named %1 on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/PeopleLookup.cpp" line="35"/>
        <source>%1 names %2 people; give the id: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/PeopleLookup.cpp" line="48"/>
        <source>no meeting %1 (lectern meeting list shows them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::PinEntry</name>
    <message>
        <location filename="../src/app/PinEntry.cpp" line="29"/>
        <source>Wrong PIN; next try in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/PinEntry.cpp" line="74"/>
        <source>A PIN has %1 to %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/PinEntry.cpp" line="76"/>
        <source>Type the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/PinEntry.cpp" line="79"/>
        <source>The two PINs differ; start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/PinEntry.cpp" line="81"/>
        <source>The PIN could not be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/PinEntry.cpp" line="98"/>
        <source>The PIN could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::PlaceholderFill</name>
    <message>
        <location filename="../src/document/PlaceholderFill.cpp" line="43"/>
        <location filename="../src/document/PlaceholderFill.cpp" line="52"/>
        <source>Fill %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Quorum</name>
    <message>
        <location filename="../src/meeting/Quorum.cpp" line="75"/>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Quorum.cpp" line="77"/>
        <source> (%1 recused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Quorum.cpp" line="78"/>
        <source> · present %1 · needed %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Quorum.cpp" line="81"/>
        <source>quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Quorum.cpp" line="81"/>
        <source>no quorum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::RecordingPlayer</name>
    <message>
        <location filename="../src/listen/RecordingPlayer.cpp" line="51"/>
        <source>The recording cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/listen/RecordingPlayer.cpp" line="65"/>
        <source>No speakers are connected: nothing can be played.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::RecordingWriter</name>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="37"/>
        <location filename="../src/audio/RecordingWriter.cpp" line="95"/>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="52"/>
        <source>the disk refused the recording (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="71"/>
        <source>could not be finished (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="81"/>
        <source>no sound could be kept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="122"/>
        <source>the repaired copy could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="127"/>
        <source>holds no sound (cut off before the first block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/audio/RecordingWriter.cpp" line="133"/>
        <source>the repaired copy could not replace it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Recordings</name>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="78"/>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="79"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="80"/>
        <source>recovered after an interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="81"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="176"/>
        <source>cut off by an interruption; %1 s kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="182"/>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="184"/>
        <source>cut off by an interruption; nothing could be kept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="221"/>
        <source>recording %1 (%2) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Recordings.cpp" line="223"/>
        <source>recording %1 (%2) was changed: its SHA-256 is not the one recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ResumeState</name>
    <message>
        <location filename="../src/app/ResumeState.cpp" line="48"/>
        <source>the saved state is torn or damaged (%1); starting afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/ResumeState.cpp" line="65"/>
        <source>the saved state has impossible values; starting afresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::RoomChecks</name>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="65"/>
        <source>screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="66"/>
        <source>renderer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="67"/>
        <source>fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="68"/>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="69"/>
        <source>disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="70"/>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="71"/>
        <source>clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="72"/>
        <source>room server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="83"/>
        <source>no display here (%1): run it in the kiosk&apos;s session, or with DISPLAY=:0, to see the screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="87"/>
        <source>the display has no screen connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="101"/>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="129"/>
        <source>%1; no display here to measure frames on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="131"/>
        <source>%1, %2 frames a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="151"/>
        <source>missing: %1 (fonts-noto-cjk, fonts-arphic-uming, fonts-wqy-zenhei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="152"/>
        <source>speech %1, %2, %3; PDFs %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="163"/>
        <source>microphone: %1; speakers: %2 (recording and voice pacing need a microphone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="164"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="165"/>
        <source>microphone: %1; speakers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="176"/>
        <source>%1 GB free for %2: %3 hours of recording (FLAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="187"/>
        <source>no backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="191"/>
        <source>last backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="194"/>
        <source>none yet: the kiosk makes it at its first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="200"/>
        <source>%1 is damaged (%2): the kiosk will set it aside and restore the newest good backup at its next start; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="201"/>
        <source>%1 whole; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="222"/>
        <source>%1, after every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="228"/>
        <source>off (lan.enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="236"/>
        <source>on, but this PC has no address on a network: phones cannot reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/RoomChecks.cpp" line="237"/>
        <source>on: phones reach %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::RosterCommand</name>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="23"/>
        <source>give one roster file (.xlsx or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="48"/>
        <source>%1 new, %2 updated, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="50"/>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="58"/>
        <source>give one search, such as zs or 张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="87"/>
        <source>give PERSON and --name NAME [--unit UNIT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="98"/>
        <source>person %1 is now %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="101"/>
        <source>%1 (%2) is already on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="104"/>
        <source>person %1 is on the sealed record of a finalized meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/RosterCommand.cpp" line="129"/>
        <source>lectern roster: say import FILE, search QUERY or rename PERSON --name NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::RosterImport</name>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="136"/>
        <source>no name column (a header row with 姓名 or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="156"/>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="160"/>
        <source>the name is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="165"/>
        <source>the same name and unit as row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="179"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="208"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="212"/>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="216"/>
        <source>the file is larger than 20 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="227"/>
        <source>the file changed while it was read; try again once it is copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/RosterImport.cpp" line="233"/>
        <source>old Excel .xls format is not read; save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Seal</name>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="118"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="118"/>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="118"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="119"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="119"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="119"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="120"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="120"/>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="121"/>
        <source>votes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="121"/>
        <source>votes against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="122"/>
        <source>abstentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="122"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="123"/>
        <source>basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="123"/>
        <source>ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="124"/>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="124"/>
        <source>file hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="125"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="132"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="240"/>
        <source>the meeting is not finalized: there is no seal to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="246"/>
        <source>the seal is missing (finalized, yet no link is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="283"/>
        <source>link %1 (%2 %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="289"/>
        <source>a link is missing before it (links out of sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="292"/>
        <source>the stored link was altered (its hash does not follow from the one before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="298"/>
        <source>this expected person was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="304"/>
        <source>this attendance event was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="306"/>
        <source>the attendance events were re-ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="316"/>
        <source>this agenda item was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="321"/>
        <source>this agenda event was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="323"/>
        <source>the agenda events were re-ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="329"/>
        <source>this decision (recusal, vote, opinion or decision text) was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="331"/>
        <source>the decisions were re-ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="337"/>
        <source>the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="338"/>
        <source>a recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="339"/>
        <source>a written opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="340"/>
        <source>the decision&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="342"/>
        <source>%1 on agenda item %2 (%3) was changed since it was sealed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="347"/>
        <source>this recording&apos;s row was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="354"/>
        <source>agenda item %1 (%2) was changed since it was sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="357"/>
        <source>the row was changed since it was sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="362"/>
        <source>person %1 was added to the expected list after sealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="367"/>
        <source>attendance event %1 was inserted after sealing, outside the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="372"/>
        <source>agenda item %1 (%2) was added after sealing, outside the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="377"/>
        <source>agenda event %1 was inserted after sealing, outside the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="382"/>
        <source>decision %1 was inserted after sealing, outside the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Seal.cpp" line="387"/>
        <source>recording %1 was added after sealing, outside the chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::SignInDesk</name>
    <message>
        <location filename="../src/signin/SignInDesk.cpp" line="82"/>
        <source>No meeting is open for sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/signin/SignInDesk.cpp" line="231"/>
        <source>Walk-in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::SignInSheetPdf</name>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="55"/>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="57"/>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="59"/>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="62"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="63"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="63"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="64"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="64"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="75"/>
        <source>Not on the list (walk-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="90"/>
        <source>Expected %1, present %2, on leave %3, absent %4, late %5; attendance %6%; walk-ins %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/SignInSheetPdf.cpp" line="95"/>
        <source>; the meeting had not started: %1 not yet arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::SpeechChoice</name>
    <message>
        <location filename="../src/document/SpeechChoice.cpp" line="33"/>
        <source>not a reviewed-speech file of this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::SpeechImporter</name>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="44"/>
        <location filename="../src/document/SpeechImporter.cpp" line="140"/>
        <source>the file is %1 MB, more than the limit of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="47"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="49"/>
        <source>old Word .doc format is not supported; save it as .docx or .txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="51"/>
        <source>PDF is not supported; copy its text into a .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="60"/>
        <source>not a .docx file (it is not a zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="86"/>
        <source>the file has no visible text (only invisible characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="91"/>
        <source>no speech text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="92"/>
        <source>no speech text found (only %1 advertising or page lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="108"/>
        <source>only %1 of its %2 Chinese characters could be read; the rest was not understood (please report this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="132"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="134"/>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="137"/>
        <source>is not a regular file (a pipe, a device or a socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="144"/>
        <location filename="../src/document/SpeechImporter.cpp" line="149"/>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/document/SpeechImporter.cpp" line="151"/>
        <source>the file changed while it was read; try again once it is copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::SpeechReview</name>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="149"/>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="150"/>
        <source>Speaker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="151"/>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="152"/>
        <source>Occasion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="153"/>
        <source>Salutation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="154"/>
        <source>Closing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="161"/>
        <source>%1 headings, %2 points, %3 paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/SpeechReview.cpp" line="163"/>
        <source>%1 lines above the title kept for you to judge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::SpeechSettings</name>
    <message>
        <location filename="../src/app/SpeechSettings.cpp" line="64"/>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/SpeechSettings.cpp" line="75"/>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/SpeechSettings.cpp" line="80"/>
        <source>prompter settings not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::SyncService</name>
    <message>
        <location filename="../src/app/SyncService.cpp" line="145"/>
        <source>connecting to the central store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/SyncService.cpp" line="145"/>
        <source>central store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/SyncService.cpp" line="146"/>
        <source>all sent to the central store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/SyncService.cpp" line="146"/>
        <source>nothing to send yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/SyncService.cpp" line="147"/>
        <source>%n record(s) not yet sent, last sent %1</source>
        <translation>
            <numerusform>%n record not yet sent, last sent %1</numerusform>
            <numerusform>%n records not yet sent, last sent %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/SyncService.cpp" line="148"/>
        <source>%n record(s) not yet sent</source>
        <translation>
            <numerusform>%n record not yet sent</numerusform>
            <numerusform>%n records not yet sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/SyncService.cpp" line="150"/>
        <source> — the central store cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/SyncService.cpp" line="154"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::TabularExport</name>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="29"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="30"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="30"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="31"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="32"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="32"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/XlsxTable.cpp" line="17"/>
        <source>cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/TabularExport.cpp" line="60"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/XlsxTable.cpp" line="63"/>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::TextDecoder</name>
    <message>
        <location filename="../src/formats/TextDecoder.cpp" line="109"/>
        <location filename="../src/formats/TextDecoder.cpp" line="151"/>
        <source>not a text file (binary content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/TextDecoder.cpp" line="123"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/TextDecoder.cpp" line="144"/>
        <source>the file says it is %1 but is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/TextDecoder.cpp" line="162"/>
        <source>invalid UTF-8 at byte %1 (damaged or truncated file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/TextDecoder.cpp" line="177"/>
        <source>unknown text encoding (not UTF-8, UTF-16, GB18030/GBK or Big5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::XlsxSheet</name>
    <message>
        <location filename="../src/formats/XlsxSheet.cpp" line="111"/>
        <source>damaged sheet (%1, XML error at line %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/XlsxSheet.cpp" line="135"/>
        <source>xl/sharedStrings.xml declares a DTD, which Excel never writes (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/XlsxSheet.cpp" line="150"/>
        <source>not an Excel workbook (no xl/workbook.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/XlsxSheet.cpp" line="154"/>
        <source>%1 declares a DTD, which Excel never writes (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/XlsxSheet.cpp" line="170"/>
        <source>the sheet has more than %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ZipArchive</name>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="23"/>
        <source>cannot read the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="31"/>
        <source>not a zip archive (damaged or not a .docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="32"/>
        <source>damaged or truncated archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="41"/>
        <source>archive has %1 entries, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="55"/>
        <source>archive entry %1 expands to %2 MB, more than the limit of %3 MB (zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="60"/>
        <source>archive entry %1 expands %2 times, more than the limit of %3:1 (zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="78"/>
        <source>archive has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="83"/>
        <source>cannot open %1 in the archive (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="102"/>
        <source>archive entry %1 expands past its declared size or the limit (zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/formats/ZipArchive.cpp" line="106"/>
        <source>archive entry %1 is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ZipWriter</name>
    <message>
        <location filename="../src/formats/ZipWriter.cpp" line="49"/>
        <source>cannot be written there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::central</name>
    <message>
        <location filename="../src/central/CentralRooms.cpp" line="34"/>
        <source>a room needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralRooms.cpp" line="40"/>
        <source>there is already a room named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralSchema.cpp" line="223"/>
        <source>the central store is at version %1, newer than this program&apos;s %2: upgrade Lectern first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/PgConnection.cpp" line="46"/>
        <source>the central server&apos;s connection string is not one libpq reads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/PgConnection.cpp" line="63"/>
        <source>cannot reach the central server (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/PgConnection.cpp" line="92"/>
        <location filename="../src/central/PgConnection.cpp" line="113"/>
        <location filename="../src/central/PgConnection.cpp" line="132"/>
        <source>the central server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/PgConnection.cpp" line="154"/>
        <source>(a connection string libpq cannot read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="27"/>
        <source>expected person %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="32"/>
        <source>%1 is not in the directory (lectern central directory import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="34"/>
        <source>there are %1 people named %2 in the directory: give the unit too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="47"/>
        <source>&quot;%1&quot; is not a time such as 2026-12-08 09:00: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="65"/>
        <source>expected person %1 has the role &quot;%2&quot;: say attend, observe, chair or record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="68"/>
        <source>%1 is expected twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="79"/>
        <source>agenda item %1 has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="82"/>
        <source>agenda item %1 has the kind &quot;%2&quot;, which is not an item&apos;s kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="85"/>
        <source>agenda item %1 has the matter &quot;%2&quot;, which is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="101"/>
        <source>the directory would be empty: nobody to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="133"/>
        <source>the booking has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="137"/>
        <source>the booking ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="143"/>
        <location filename="../src/central/CentralReport.cpp" line="93"/>
        <location filename="../src/central/CentralVerify.cpp" line="257"/>
        <source>there is no room named %1 on the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralDirectory.cpp" line="152"/>
        <source>there is no booking %1 to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="74"/>
        <location filename="../src/central/CentralVerify.cpp" line="99"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="75"/>
        <location filename="../src/central/CentralVerify.cpp" line="89"/>
        <location filename="../src/central/CentralVerify.cpp" line="100"/>
        <location filename="../src/central/CentralVerify.cpp" line="109"/>
        <location filename="../src/central/CentralVerify.cpp" line="117"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="76"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="77"/>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="78"/>
        <source>planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="79"/>
        <source>planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="80"/>
        <location filename="../src/central/CentralVerify.cpp" line="104"/>
        <location filename="../src/central/CentralVerify.cpp" line="129"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="81"/>
        <location filename="../src/central/CentralVerify.cpp" line="105"/>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="82"/>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="83"/>
        <source>recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="84"/>
        <source>grace minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="86"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="88"/>
        <location filename="../src/central/CentralVerify.cpp" line="118"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="90"/>
        <location filename="../src/central/CentralVerify.cpp" line="110"/>
        <location filename="../src/central/CentralVerify.cpp" line="119"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="91"/>
        <source>time recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="92"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="93"/>
        <source>approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="94"/>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="95"/>
        <source>amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="96"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="98"/>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="101"/>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="102"/>
        <source>speaker&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="103"/>
        <location filename="../src/central/CentralVerify.cpp" line="133"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="106"/>
        <source>time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="108"/>
        <location filename="../src/central/CentralVerify.cpp" line="116"/>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="111"/>
        <source>block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="112"/>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="113"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="114"/>
        <source>detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="120"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="121"/>
        <source>votes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="122"/>
        <source>votes against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="123"/>
        <source>abstentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="124"/>
        <source>basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="125"/>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="126"/>
        <location filename="../src/central/CentralVerify.cpp" line="132"/>
        <source>file hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="128"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="130"/>
        <source>sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="131"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="134"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="202"/>
        <source>link %1 (%2 %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="209"/>
        <source>this link is there twice (one was added on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="210"/>
        <source>a link is missing before it (links out of sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="213"/>
        <source>the stored link was altered (its hash does not follow from the one before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="221"/>
        <source>the room&apos;s row for it is not on the server (deleted there, or never sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="223"/>
        <source>the room sent that this row was removed after it was sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="225"/>
        <source>the server holds this row %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="230"/>
        <source>the server&apos;s copy differs from what was sealed: %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="236"/>
        <source>no link of the seal is on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/CentralVerify.cpp" line="245"/>
        <source>%1 %2 is on the server outside the chain (inserted after sealing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/Receive.cpp" line="141"/>
        <source>booking %1 (%2) names someone no longer in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/central/Receive.cpp" line="210"/>
        <source>booking %1 (%2) could not be applied: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::cli::AgendaCommand</name>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="41"/>
        <source>no meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="42"/>
        <source>meeting %1 has no such item (lectern agenda list %1 shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="43"/>
        <source>meeting %1 is finalized: its agenda is sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="44"/>
        <source>meeting %1 is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="45"/>
        <source>the item has started and is part of the record; skip it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="46"/>
        <source>no such position in the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="47"/>
        <source>the draft could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="48"/>
        <source>no such paragraph in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="49"/>
        <source>the item has recusals, votes, opinions or a decision on the record; skip it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="50"/>
        <source>no such person on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="93"/>
        <source>--kind takes one of %1 (or 主持, 讲话, 汇报, 发言, 审议, 表决, 休息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="98"/>
        <source>--matter takes 干部任免 or 重大事项 (appointment, major); none: a general matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="101"/>
        <source>--title is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="104"/>
        <source>--minutes takes a number of minutes from 0 to 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="170"/>
        <source>item %1 added to meeting %2 at position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="191"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="202"/>
        <source>planned %1 min; projected end %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="204"/>
        <source> — %1 min past the planned end %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="205"/>
        <source> — within the planned end %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="209"/>
        <source>the agenda is longer than the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="221"/>
        <source>--to takes the new position (1 is the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="225"/>
        <source>item %1 moved to position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="237"/>
        <source>item %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="256"/>
        <source>draft of item %1 kept: %2 Han characters (SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="307"/>
        <source>say --block N --text T, --after N --text T, or --block N --delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="311"/>
        <source>item %1 edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="328"/>
        <source>warning: item %1 is a vote without a quorum (%2); started anyway, and recorded so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="334"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="361"/>
        <source>item %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="346"/>
        <source>the matter is 干部任免, 重大事项 or 一般 (appointment, major, general)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="350"/>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="361"/>
        <source>the last item ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="453"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="454"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="459"/>
        <source>give the meeting&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="455"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="456"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="458"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="460"/>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="461"/>
        <source>give the meeting&apos;s id and the item&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="457"/>
        <source>give the meeting&apos;s id, the item&apos;s and the draft file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="462"/>
        <source>give the meeting&apos;s id, the item&apos;s and its matter (干部任免, 重大事项 or 一般)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/AgendaCommand.cpp" line="476"/>
        <source>lectern agenda: say add, list, move, remove, draft, matter, start, next, text or edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::cli::CentralCommand</name>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="41"/>
        <source>the central store is at version %1 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="42"/>
        <source>the central store is at version %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="50"/>
        <source>room %1 added (role %2). Put this in that kiosk&apos;s configuration as central.conninfo; the password is not shown again:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="63"/>
        <source>no rooms yet (lectern central room add NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="79"/>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CentralCommand.cpp" line="80"/>
        <source>%n row(s) rejected; the directory is unchanged</source>
        <translation>
            <numerusform>%n row rejected; the directory is unchanged</numerusform>
            <numerusform>%n rows rejected; the directory is unchanged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="85"/>
        <source>the directory is at version %1: %2 people (%3 new, %4 gone); each kiosk takes it at its next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="96"/>
        <source>say --room ROOM and --file BOOKING.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="104"/>
        <source>over 1 MB: not a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="111"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="112"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="119"/>
        <source>booking %1 (version %2) for %3; its kiosk takes it at its next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="143"/>
        <source>say init, room add NAME, room list, directory import FILE, book, verify or report, each with --conninfo URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralCommand.cpp" line="145"/>
        <source>--conninfo is required: the central server, as libpq takes it (postgresql://user@host/db?sslmode=require)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::cli::CentralReportCommand</name>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="28"/>
        <source>(no kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="47"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="49"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="49"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="61"/>
        <source>%1  %2  %3  expected %4, present %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="65"/>
        <location filename="../src/cli/CentralReportCommand.cpp" line="173"/>
        <source>no meetings found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="111"/>
        <source>--meeting takes the meeting&apos;s number on its room&apos;s kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="113"/>
        <source>--meeting needs --room: each room numbers its own meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="125"/>
        <source>%1, meeting %2 (%3) was altered on the server: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="127"/>
        <source>%1, meeting %2 (%3): intact (%4 records; fingerprint %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="135"/>
        <source>no sealed meeting on the central store yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="147"/>
        <source>say one of --person NAME|ID, --unit UNIT or --room ROOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="152"/>
        <source>--from and --to take dates as 2026-01-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="154"/>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="160"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="48"/>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>On leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="161"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/CentralReportCommand.cpp" line="166"/>
        <source>%1  %2  %3  expected %4, present %5 (late %6), on leave %7, absent %8: %9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::cli::DecisionCommand</name>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="148"/>
        <source>--reason is required: a withdrawal (回避) is recorded with why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="150"/>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="240"/>
        <source>give MEETING, ITEM and PERSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="157"/>
        <source>%1 withdraws from item %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="171"/>
        <source>--method takes 举手, 无记名 or 记名 (hands, secret, named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="175"/>
        <source>--for, --against and --abstain take a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="183"/>
        <source>--ballots is for a named vote (--method 记名)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="185"/>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="260"/>
        <source>give MEETING and ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="195"/>
        <source>--ballots takes NAME=同意|不同意|弃权, separated by commas: &quot;%1&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="207"/>
        <source>item %1: %2, %3 for, %4 against, %5 abstaining — %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="220"/>
        <source>give the opinion&apos;s --text or its scanned --file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="226"/>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="230"/>
        <source>larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="235"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="248"/>
        <source>written opinion of %1 kept with item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="258"/>
        <source>--text is required: what the meeting decided on the item (议定事项)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/meeting/DecisionCommand.cpp" line="267"/>
        <source>decision of item %1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::cli::SyncCommand</name>
    <message>
        <location filename="../src/cli/SyncCommand.cpp" line="23"/>
        <source>takes no arguments, only --conninfo URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/SyncCommand.cpp" line="27"/>
        <source>no central store is configured (central.conninfo, or --conninfo URI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/SyncCommand.cpp" line="51"/>
        <source>sent %1, received %2, still to send %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/SyncCommand.cpp" line="53"/>
        <source>; %n changed booking(s) not applied: the meeting has begun here</source>
        <translation>
            <numerusform>; %n changed booking not applied: the meeting has begun here</numerusform>
            <numerusform>; %n changed bookings not applied: the meeting has begun here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::decisions</name>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="198"/>
        <source>show of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="199"/>
        <source>secret ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="200"/>
        <source>named vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="203"/>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="204"/>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="205"/>
        <source>abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="208"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="209"/>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="210"/>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="297"/>
        <source>no such agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="298"/>
        <source>no such person on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="299"/>
        <source>the meeting is finalized: its record is sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="300"/>
        <source>this machine&apos;s clock is before what is already recorded; set the clock (lectern doctor checks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="301"/>
        <source>only a member (attending or chairing) counts for an item&apos;s quorum and vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="302"/>
        <source>this member has already withdrawn from the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="303"/>
        <source>this member withdrew from the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="304"/>
        <source>this member is present: a written opinion is an absent member&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="305"/>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="306"/>
        <source>the item was voted on before: a revote needs its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="307"/>
        <source>more votes than members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="308"/>
        <source>a ballot of someone who may not vote on the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="309"/>
        <source>the file is empty or too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="317"/>
        <source>a withdrawal (回避) is recorded with its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="359"/>
        <source>%1 has two ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="361"/>
        <source>%1 withdrew from the item and does not vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="363"/>
        <source>%1 is not a member present at the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="369"/>
        <source>the counts given (%1/%2/%3) are not the ballots&apos; (%4/%5/%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="378"/>
        <source>a count below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="381"/>
        <source>%1 for, %2 against and %3 abstaining make %4 votes, but only %5 of the item&apos;s %6 members are present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="407"/>
        <source>a written opinion is its text or a scanned file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="409"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/meeting/Decisions.cpp" line="410"/>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::lan</name>
    <message>
        <location filename="../src/lan/LanServer.cpp" line="116"/>
        <source>cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/lan/RoomSecret.cpp" line="30"/>
        <source>%1: cannot write the room&apos;s secret (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::records</name>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="27"/>
        <source>Revote %1 (%2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="28"/>
        <source>%1: %2 members expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="30"/>
        <source> (%1 recused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="31"/>
        <source>, %1 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="33"/>
        <source>; vote deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="35"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="36"/>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="38"/>
        <source>; %1 for, %2 against, %3 abstaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="40"/>
        <source>; no quorum (%1 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="41"/>
        <source>; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="45"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="46"/>
        <source> Ballots: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="46"/>
        <location filename="../src/records/MinutesDocx.cpp" line="108"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="57"/>
        <source>Decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="68"/>
        <source>%1 withdrew (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="70"/>
        <source>Written opinion of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="72"/>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/DecisionLines.cpp" line="74"/>
        <source> (scanned file %1, SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="110"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="110"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="112"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="113"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="114"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="115"/>
        <source>Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="116"/>
        <source>Attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="117"/>
        <source>Sitting in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="118"/>
        <source>On leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="120"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="121"/>
        <source>The meeting considered the following items and decided as follows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="124"/>
        <source>1</source>
        <comment>heading numerals: 1 (1, 2, 3) or 一 (一, 二, 三)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="127"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/records/MinutesDocx.cpp" line="129"/>
        <source>(Nothing was recorded for this item.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
