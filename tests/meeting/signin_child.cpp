// The child of tst_crash: signs in every expected person of meeting 1 who is
// not signed in yet, one by one, and prints "ack ID" after each sign-in has
// returned Recorded (committed). The parent kills it at random moments.
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"

#include <QCoreApplication>
#include <cstdio>

using namespace lectern;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    MeetingStore store(QString::fromLocal8Bit(argv[1]));
    const Meeting m = *meetings::byId(store.db(), 1);
    const AttendanceState done = attendance::current(store.db(), m);
    for (const Expected &e : meetings::expected(store.db(), 1)) {
        if (done.people.value(e.personId).presence == Presence::Present)
            continue;
        const QDateTime now = QDateTime::currentDateTime();
        if (attendance::signIn(store.db(), 1, e.personId, now, now) == attendance::Outcome::Recorded) {
            std::printf("ack %lld\n", static_cast<long long>(e.personId));
            std::fflush(stdout);
        }
    }
    std::printf("done\n");
    std::fflush(stdout);
    return 0;
}
