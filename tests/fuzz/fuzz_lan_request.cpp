// The room's server's own parsing of what phones send: where a request ends
// in a connection's bytes (fed in pieces of any size: the same verdict as
// fed whole), the cookie header, and a sign-in's signature strokes. A clear
// verdict or refusal, never a crash, and a signature taken only when it is one.
#include "lan/HttpExchange.h"
#include "lan/PhoneSignature.h"
#include "lan/RequestFramer.h"
#include "records/SignatureStrokes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdlib>

using namespace lectern;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int piece = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    lan::RequestFramer whole(512 * 1024, 16 * 1024);
    const auto once = whole.feed(bytes);
    lan::RequestFramer pieces(512 * 1024, 16 * 1024);
    auto verdict = lan::RequestFramer::Verdict::More;
    for (qsizetype at = 0; at < bytes.size() && verdict == lan::RequestFramer::Verdict::More; at += piece)
        verdict = pieces.feed(bytes.mid(at, piece));
    if (verdict != once || (once == lan::RequestFramer::Verdict::More && whole.requestsDone() != pieces.requestsDone()))
        std::abort(); // how the bytes arrive must not change what they are

    lan::HttpAsk ask;
    ask.headers.insert("cookie", bytes);
    const QString cookie = ask.cookie("lectern_phone");
    if (cookie.contains(u';'))
        std::abort();

    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QByteArray signature = lan::signatureFromPhone(doc.object().value(QStringLiteral("signature")));
    if (!signature.isEmpty()) {
        const records::SignatureStrokes s = records::SignatureStrokes::fromJson(signature);
        if (s.isEmpty() || s.width <= 0 || s.height <= 0)
            std::abort(); // kept as a signature only when the door could draw it
    }
    return 0;
}
