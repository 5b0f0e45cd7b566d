#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The reader's key map (the default mode's scrolling list of the speech):
// what each key means is decided here, like the prompter's and the pages'
// key maps; the view only scrolls.
class ReaderKeys : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    enum Action { None, Top, Bottom, PageDown, PageUp };
    Q_ENUM(Action)

    using QObject::QObject;

    // Home/End, PageDown/Space (a clicker's forward), PageUp (its back).
    Q_INVOKABLE static lectern::ReaderKeys::Action actionFor(int key, int modifiers);
};

} // namespace lectern
