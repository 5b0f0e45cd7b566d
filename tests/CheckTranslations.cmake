# Fails when the Chinese translation has an entry that is not translated.
file(READ "${TS}" content)
string(FIND "${content}" "type=\"unfinished\"" at)
if(NOT at EQUAL -1)
    message(FATAL_ERROR "${TS} has untranslated entries (type=\"unfinished\"): run the update_translations target and translate them")
endif()
string(REGEX MATCHALL "<message" messages "${content}")
list(LENGTH messages count)
message(STATUS "${TS}: ${count} messages, all translated")
