#pragma once

#include <QJsonArray>
#include <QString>

namespace lectern::bench {

// Meetings, headless, in a temporary data directory:
//  - search_5000_keystroke: every prefix of 200 queries typed over a roster of
//    5,000 generated names (initials, full pinyin, Chinese), timed per keystroke;
//  - durable_signin: 300 sign-ins, each committed (WAL, synchronous=FULL)
//    before it returns, timed one by one, on the disk of `dir`;
//  - export_signin_pdf_500: the sign-in sheet of 500 signed people as a PDF
//    (three runs; needs a QGuiApplication for the fonts).
// p50/p99/max in ms; one JSON object per case.
QJsonArray runMeetingBenchmarks(const QString &dir);

} // namespace lectern::bench
