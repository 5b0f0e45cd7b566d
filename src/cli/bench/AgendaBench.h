#pragma once

#include <QJsonArray>

namespace lectern::bench {

// The agenda on a real window (run under a display or Xvfb), in a temporary
// data folder, through the kiosk's own Application:
//  - agenda_switch_to_frame_30k: from "start this item" to the first frame
//    of the prompter showing its 30,000-character draft (goal: under 100 ms);
//  - agenda_console_open_20x30k: the console's Agenda tab opened on an
//    agenda of 20 items with 30,000-character drafts, to its first frame
//    (goal: under 1 s);
//  - live_edit_to_frame: a live edit of the paragraph being read, to the
//    frame that shows it, at the default type size (goal: one frame, 16.7 ms).
// Needs a QGuiApplication. Returns one JSON object per case.
QJsonArray runAgendaBenchmarks();

} // namespace lectern::bench
