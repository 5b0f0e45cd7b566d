#pragma once

#include <QStringList>

namespace lectern::cli::AttendanceCommand {

// lectern signin MEETING PERSON [--at "YYYY-MM-DD HH:MM"] [--retro | --amend REASON]
int signIn(const QStringList &args);
// lectern undo MEETING PERSON --reason R
int undo(const QStringList &args);
// lectern leave MEETING PERSON --reason R [--approver A]
int leave(const QStringList &args);
// lectern absent MEETING PERSON --reason R
int absent(const QStringList &args);

} // namespace lectern::cli::AttendanceCommand
