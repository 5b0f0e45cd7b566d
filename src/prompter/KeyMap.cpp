#include "KeyMap.h"

namespace lectern {

KeyAction prompterActionForKey(int key, Qt::KeyboardModifiers modifiers)
{
    const bool shift = modifiers & Qt::ShiftModifier;
    // Ctrl/Alt/Meta combinations belong to the application (Ctrl+Q quits).
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return {};
    switch (key) {
    case Qt::Key_Space:
    case Qt::Key_F5:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_MediaPlay:
    case Qt::Key_MediaTogglePlayPause:
        return {PrompterAction::StartPause};
    case Qt::Key_Escape:
    case Qt::Key_MediaPause:
    case Qt::Key_MediaStop:
        return {PrompterAction::Stop};
    case Qt::Key_PageDown:
    case Qt::Key_Right:
        return {PrompterAction::NextSection};
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        return {PrompterAction::PreviousSection};
    case Qt::Key_Up:
        return {shift ? PrompterAction::NudgeBack : PrompterAction::Faster};
    case Qt::Key_Down:
        return {shift ? PrompterAction::NudgeForward : PrompterAction::Slower};
    case Qt::Key_Home:
        return {PrompterAction::Home};
    case Qt::Key_End:
        return {PrompterAction::End};
    case Qt::Key_B:
    case Qt::Key_Period:
        return {PrompterAction::Blank};
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return {PrompterAction::FontLarger};
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        return {PrompterAction::FontSmaller};
    case Qt::Key_M:
        return {PrompterAction::MirrorHorizontal};
    case Qt::Key_V:
        return {PrompterAction::MirrorVertical};
    case Qt::Key_N:
        return {PrompterAction::NextItem};
    default:
        break;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9)
        return {PrompterAction::JumpToSection, key - Qt::Key_0};
    return {};
}

} // namespace lectern
