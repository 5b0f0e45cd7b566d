#include "SpeakerPace.h"

#include "Meetings.h"
#include "document/Timing.h"
#include "store/Database.h"

#include <cmath>

namespace lectern::agenda {
namespace {

// Running time of one item's reading from the prompter's log, if it was read to the end.
std::optional<qint64> readingMs(const store::Database &db, qint64 itemId)
{
    store::Statement s = db.prepare("SELECT kind, at FROM prompter_log WHERE item_id = ?1 ORDER BY id");
    s.bind(1, itemId);
    qint64 ms = 0;
    QDateTime since;
    bool finished = false;
    while (s.step()) {
        const QString kind = s.text(0);
        const QDateTime at = meetings::timeFromText(s.text(1));
        if (kind == u"started" || kind == u"resumed") {
            since = at;
            finished = false;
        } else if (since.isValid()) { // paused or finished: a span ends
            ms += std::max<qint64>(0, since.msecsTo(at));
            since = {};
            finished = kind == u"finished";
        }
    }
    if (!finished)
        return std::nullopt;
    return ms;
}

} // namespace

std::optional<int> learnedPace(const store::Database &db, qint64 personId)
{
    if (personId <= 0)
        return std::nullopt;
    store::Statement s = db.prepare("SELECT i.id, d.han_chars FROM agenda_item i JOIN agenda_draft d ON d.item_id = i.id "
                                    "WHERE i.speaker_id = ?1 AND d.han_chars > 0");
    s.bind(1, personId);
    qint64 han = 0;
    qint64 ms = 0;
    while (s.step()) {
        const auto read = readingMs(db, s.integer(0));
        if (!read || *read < kMinReadingMs)
            continue;
        han += s.integer(1);
        ms += *read;
    }
    if (ms <= 0)
        return std::nullopt;
    return SpeakingRate::clamp(int(std::lround(double(han) * 60'000.0 / double(ms))));
}

QHash<qint64, int> learnedPaces(const store::Database &db, const QList<AgendaItem> &items)
{
    QHash<qint64, int> out;
    for (const AgendaItem &it : items)
        if (it.speakerId > 0 && !out.contains(it.speakerId))
            if (const auto pace = learnedPace(db, it.speakerId))
                out.insert(it.speakerId, *pace);
    return out;
}

} // namespace lectern::agenda
