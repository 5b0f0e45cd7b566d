#pragma once

#include <Qt>

namespace lectern {

// What a key does in the prompter. Presentation clickers send PageDown/PageUp
// (some Right/Left), B or period for a black screen, F5 to start and Esc to
// stop; an operator keyboard adds the rest.
enum class PrompterAction {
    None,
    StartPause,      // Space, F5, Shift+F5, Enter
    Stop,            // Esc: pause (the kiosk never quits on Esc)
    NextSection,     // PageDown, Right
    PreviousSection, // PageUp, Left
    Faster,          // Up: +10 字/分钟
    Slower,          // Down: −10 字/分钟
    NudgeForward,    // Shift+Down
    NudgeBack,       // Shift+Up
    Home,
    End,
    JumpToSection,   // 1–9: section N
    Blank,           // B, period
    FontLarger,      // + / =
    FontSmaller,     // −
    MirrorHorizontal,// M
    MirrorVertical,  // V
    NextItem,        // N, twice within kNextItemWindowMs: the agenda's next item
};

// The next agenda item takes two presses of N this close together: one
// press (or a clicker's stray key) only arms it, and says so on the HUD.
inline constexpr qint64 kNextItemWindowMs = 3000;

struct KeyAction
{
    PrompterAction action = PrompterAction::None;
    int argument = 0; // section number for JumpToSection
};

KeyAction prompterActionForKey(int key, Qt::KeyboardModifiers modifiers);

} // namespace lectern
