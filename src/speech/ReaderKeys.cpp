#include "ReaderKeys.h"

namespace lectern {

ReaderKeys::Action ReaderKeys::actionFor(int key, int modifiers)
{
    // Ctrl/Alt/Meta combinations belong to the application (Ctrl+Q quits).
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return None;
    switch (key) {
    case Qt::Key_Home: return Top;
    case Qt::Key_End: return Bottom;
    case Qt::Key_PageDown:
    case Qt::Key_Space: return PageDown;
    case Qt::Key_PageUp: return PageUp;
    default: return None;
    }
}

} // namespace lectern
