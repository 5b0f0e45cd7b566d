pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// Settings the secretary changes on this machine (remembered in its
// configuration file): the language, switched at once, the looks, the
// screens' roles and the sound devices.
ColumnLayout {
    id: tab
    spacing: Window.height / 60

    ConsoleText { text: qsTr("Language"); font.bold: true }
    RowLayout {
        ConsoleButton {
            objectName: "languageChinese"
            text: "简体中文"
            checkable: true
            checked: App.language === "zh_CN"
            onClicked: App.language = "zh_CN"
        }
        ConsoleButton {
            objectName: "languageEnglish"
            text: "English"
            checkable: true
            checked: App.language === "en"
            onClicked: App.language = "en"
        }
    }
    ConsoleText { text: qsTr("Looks"); font.bold: true }
    RowLayout {
        Repeater {
            model: [
                { key: "standard", label: qsTr("Standard (dark)") },
                { key: "official", label: qsTr("Official document") },
                { key: "high_contrast", label: qsTr("High contrast") }
            ]
            ConsoleButton {
                required property var modelData
                objectName: "theme_" + modelData.key
                text: modelData.label
                checkable: true
                checked: App.theme === modelData.key
                onClicked: App.theme = modelData.key
            }
        }
    }
    ConsoleText { text: qsTr("Screens"); font.bold: true }
    ConsoleText {
        text: qsTr("What each screen is for, remembered on this machine. Automatic: the console on the main screen, then left to right the speaker's teleprompter and the projected pages.")
        color: Theme.dimText
        sizeFactor: 0.85
    }
    Repeater {
        model: ScreenLayout.screens
        RowLayout {
            id: screenRow
            required property var modelData
            required property int index
            ConsoleText {
                Layout.fillWidth: false
                Layout.preferredWidth: Window.width / 4
                text: qsTr("Screen %1: %2 (%3×%4)").arg(screenRow.index + 1).arg(screenRow.modelData.label)
                          .arg(screenRow.modelData.width).arg(screenRow.modelData.height)
                elide: Text.ElideRight
                wrapMode: Text.NoWrap
            }
            Repeater {
                model: [
                    { key: "", label: qsTr("Automatic") },
                    { key: "console", label: qsTr("Console") },
                    { key: "prompter", label: qsTr("Teleprompter") },
                    { key: "projection", label: qsTr("Projection") },
                    { key: "signin", label: qsTr("Sign-in") }
                ]
                ConsoleButton {
                    required property var modelData
                    objectName: "screen" + screenRow.index + "_" + (modelData.key || "auto")
                    text: modelData.label
                    checkable: true
                    // Chosen here, or (automatic) the role the kiosk gave it.
                    checked: (App.screenRoles[screenRow.modelData.key] || "") === modelData.key
                    highlighted: modelData.key !== "" && screenRow.modelData.role === modelData.key
                    onClicked: App.setScreenRole(screenRow.modelData.key, modelData.key)
                }
            }
        }
    }
    ConsoleText { text: qsTr("Sound"); font.bold: true }
    ConsoleText {
        text: qsTr("The microphone records the meeting and lets the prompter follow the speaker; the speakers play the chime, the tick and recordings. Unplugged, the system's default stands in.")
        color: Theme.dimText
        sizeFactor: 0.85
    }
    Repeater {
        // One row for the microphones, one for the speakers; the lists follow plugging in and out.
        model: [
            { kind: "input", label: qsTr("Microphone") },
            { kind: "output", label: qsTr("Speakers") }
        ]
        RowLayout {
            id: soundRow
            required property var modelData
            readonly property bool isInput: modelData.kind === "input"
            readonly property var devices: isInput ? App.audio.inputs : App.audio.outputs
            readonly property string chosen: isInput ? App.audio.inputId : App.audio.outputId
            function choose(id) { if (isInput) App.audio.inputId = id; else App.audio.outputId = id }
            ConsoleText {
                Layout.fillWidth: false
                Layout.preferredWidth: Window.width / 10
                text: soundRow.modelData.label
            }
            Flow {
                Layout.fillWidth: true
                spacing: Window.height / 120
                ConsoleButton {
                    objectName: soundRow.modelData.kind + "_default"
                    text: qsTr("System default")
                    checkable: true
                    checked: soundRow.chosen === ""
                    onClicked: soundRow.choose("")
                }
                Repeater {
                    model: soundRow.devices
                    ConsoleButton {
                        required property var modelData
                        objectName: soundRow.modelData.kind + "_" + modelData.id
                        text: modelData.name
                        checkable: true
                        checked: soundRow.chosen === modelData.id
                        onClicked: soundRow.choose(modelData.id)
                    }
                }
                ConsoleText {
                    width: implicitWidth
                    visible: soundRow.devices.length === 0
                    text: soundRow.isInput ? qsTr("No microphone is connected.") : qsTr("No speakers are connected.")
                    color: Theme.error
                }
                ConsoleButton {
                    objectName: "soundTest"
                    visible: !soundRow.isInput && soundRow.devices.length > 0
                    text: qsTr("Play a test sound")
                    onClicked: testSound.play()
                }
            }
        }
    }
    SoundCue {
        id: testSound
        name: "chime"
        deviceId: App.audio.outputId
    }
    // The room's server (扫码签到 and the remote): on or off, its port, the
    // room's Wi-Fi for the code phones join by. Saved into this machine's
    // configuration and applied at once.
    RowLayout {
        id: lanRow
        ConsoleText { Layout.fillWidth: false; text: qsTr("Phones in the room"); font.bold: true }
        ConsoleButton {
            id: lanOn
            objectName: "lanEnabled"
            text: qsTr("Sign-in by phone and the remote")
            checkable: true
            checked: App.lan.enabled
        }
        ConsoleField {
            id: lanPort
            objectName: "lanPort"
            label: qsTr("Port")
            text: String(App.lan.port)
            input.inputMethodHints: Qt.ImhDigitsOnly
        }
        ConsoleField {
            id: wifiName
            objectName: "wifiName"
            label: qsTr("Wi-Fi")
            text: App.lan.wifiName
            placeholder: qsTr("the room's network name (optional)")
        }
        ConsoleField {
            id: wifiPassword
            objectName: "wifiPassword"
            label: qsTr("Password")
            placeholder: qsTr("unchanged when left empty")
            input.echoMode: TextInput.PasswordEchoOnEdit
        }
        ConsoleButton {
            objectName: "lanSave"
            text: qsTr("Apply")
            onClicked: lanProblem.problem = App.setRoomNetwork(lanOn.checked, parseInt(lanPort.text), wifiName.text, wifiPassword.text)
        }
    }
    // What applying said, else how the server is.
    ConsoleText {
        id: lanProblem
        objectName: "lanProblem"
        property string problem
        text: problem.length > 0 ? problem
              : App.lan.running ? qsTr("Running at %1").arg(App.lan.address)
              : App.lan.error.length > 0 ? App.lan.error : qsTr("Off")
        color: problem.length > 0 || App.lan.error.length > 0 ? Theme.error : Theme.dimText
        sizeFactor: 0.85
    }
    RowLayout {
        ConsoleText { text: qsTr("Data folder: %1").arg(App.dataDir); color: Theme.dimText }
        ConsoleButton {
            objectName: "quitKiosk"
            text: qsTr("Quit Lectern")
            onClicked: Qt.quit()
        }
    }
    Item { Layout.fillHeight: true }
}
