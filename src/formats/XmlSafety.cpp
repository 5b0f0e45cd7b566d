#include "XmlSafety.h"

#include <QXmlStreamReader>
#include <algorithm>

namespace lectern {
namespace {

enum class Prolog { HasDtd, NoDtd, Unfinished };

Prolog scanProlog(const QByteArray &xmlBytes)
{
    QXmlStreamReader xml(xmlBytes);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return Prolog::HasDtd;
        if (token == QXmlStreamReader::StartElement)
            return Prolog::NoDtd;
        if (token == QXmlStreamReader::Invalid)
            return xml.error() == QXmlStreamReader::PrematureEndOfDocumentError ? Prolog::Unfinished : Prolog::NoDtd;
    }
    return Prolog::Unfinished;
}

} // namespace

bool declaresDtd(const QByteArray &xmlBytes)
{
    // The reader decodes all the bytes it is given at once: give it the head
    // of the part, where the prolog is, and the whole only if the prolog is longer.
    const Prolog head = scanProlog(QByteArray::fromRawData(xmlBytes.constData(), std::min<qsizetype>(xmlBytes.size(), 64 * 1024)));
    if (head != Prolog::Unfinished || xmlBytes.size() <= 64 * 1024)
        return head == Prolog::HasDtd;
    return scanProlog(xmlBytes) == Prolog::HasDtd;
}

} // namespace lectern
