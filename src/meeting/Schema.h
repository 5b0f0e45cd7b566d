#pragma once

#include "store/Migrations.h"

namespace lectern {

// The meetings database, step by step (store::migrate). Version 1: people,
// meetings, who is expected, the append-only attendance log, the speech
// snapshot, the prompter log and the record's content. Version 2: the seal
// (hash chain) of finalized meetings and amendments.
const QList<store::Migration> &meetingSchema();

} // namespace lectern
