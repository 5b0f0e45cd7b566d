import QtQuick
import Lectern

// The projected pages (--mode paged), on the screen this window covers. Every
// key goes to the navigator (clicker keys, page numbers, blank screens,
// sections, overview, clock, type size); this page only shows its state.
FocusScope {
    id: root

    Binding { target: App.pages; property: "speech"; value: App.session.model }
    // Pages take the shape of this screen (16:9, 4:3 …) on a canvas 1080 units high.
    Binding { target: App.pages; property: "canvasWidth"; value: root.height > 0 ? Math.round(1080 * root.width / root.height) : 1920 }

    Keys.onPressed: (event) => { event.accepted = App.navigator.handleKey(event.key, event.modifiers) }

    PagedView {
        id: pagedView
        objectName: "pagedView"
        anchors.fill: parent
        pages: App.pages
        navigator: App.navigator
        title: App.session.title
        focus: true
    }

    PageOverview {
        objectName: "pageOverview"
        anchors.fill: parent
        visible: App.navigator.overview
        pages: App.pages
        navigator: App.navigator
        onChosen: App.navigator.overview = false
    }
}
