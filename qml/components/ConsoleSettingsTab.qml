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
    ConsoleText {
        text: qsTr("Screens: %1 connected. The main window is on screen %2; with two screens the speaker's teleprompter goes to the second, with three the projected pages to the third.")
                  .arg(ScreenLayout.count).arg(App.options.screen)
        color: Theme.dimText
    }
    ConsoleText { text: qsTr("Data folder: %1").arg(App.dataDir); color: Theme.dimText }
    ConsoleButton {
        objectName: "quitKiosk"
        text: qsTr("Quit Lectern")
        onClicked: Qt.quit()
    }
    Item { Layout.fillHeight: true }
}
