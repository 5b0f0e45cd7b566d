pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lectern

// Settings the secretary changes on this machine (remembered in its
// configuration file): the language, switched at once, and the looks.
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
    ConsoleText { text: qsTr("Data folder: %1").arg(App.dataDir); color: Theme.dimText }
    ConsoleButton {
        objectName: "quitKiosk"
        text: qsTr("Quit Lectern")
        onClicked: Qt.quit()
    }
    Item { Layout.fillHeight: true }
}
