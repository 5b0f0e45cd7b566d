#include "AudioFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <sndfile.h>

namespace lectern::audio {

ReadSound readSoundFile(const QString &path, double maxSeconds)
{
    ReadSound out;
    auto fail = [&](const QString &why) {
        out.error = path + QStringLiteral(": ") + why;
        out.sound = {};
        return out;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("lectern::AudioFile", "no such file"));
    if (!info.isFile())
        return fail(QCoreApplication::translate("lectern::AudioFile", "is not a regular file"));
    if (info.size() == 0)
        return fail(QCoreApplication::translate("lectern::AudioFile", "the file is empty"));
    SF_INFO format{};
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &format);
    if (!file)
        return fail(QCoreApplication::translate("lectern::AudioFile", "not a sound file this can read (%1)")
                        .arg(QString::fromLocal8Bit(sf_strerror(nullptr))));
    struct Closer
    {
        SNDFILE *f;
        ~Closer() { sf_close(f); }
    } closer{file};
    if (format.samplerate < 4000 || format.samplerate > 384000 || format.channels < 1 || format.channels > 64)
        return fail(QCoreApplication::translate("lectern::AudioFile", "an impossible sample rate or channel count"));
    // No length in the header (libsndfile says 0 or "as long as can be"):
    // a take whose writer never closed it. Read what decodes.
    const bool lengthKnown = format.frames > 0 && format.frames != SF_COUNT_MAX;
    if (lengthKnown && double(format.frames) / format.samplerate > maxSeconds)
        return fail(QCoreApplication::translate("lectern::AudioFile", "longer than %1 hours").arg(maxSeconds / 3600.0));
    out.sound.sampleRate = format.samplerate;
    if (lengthKnown)
        out.sound.samples.reserve(size_t(format.frames));
    const size_t most = size_t(maxSeconds * format.samplerate);
    std::vector<float> block(size_t(4096) * size_t(format.channels));
    for (;;) {
        const sf_count_t got = sf_readf_float(file, block.data(), 4096);
        if (got <= 0)
            break;
        for (sf_count_t i = 0; i < got; ++i) {
            float sum = 0;
            for (int c = 0; c < format.channels; ++c)
                sum += block[size_t(i) * size_t(format.channels) + size_t(c)];
            out.sound.samples.push_back(sum / float(format.channels));
        }
        if (!lengthKnown && out.sound.samples.size() > most)
            return fail(QCoreApplication::translate("lectern::AudioFile", "longer than %1 hours").arg(maxSeconds / 3600.0));
    }
    if (out.sound.samples.empty())
        return fail(QCoreApplication::translate("lectern::AudioFile", "the file holds no sound"));
    if (!lengthKnown) { // the tail a kill cut mid-block is what does not decode: not an error here
        out.unfinished = true;
        return out;
    }
    if (sf_error(file) != SF_ERR_NO_ERROR)
        return fail(QCoreApplication::translate("lectern::AudioFile", "cannot be read to the end (%1)")
                        .arg(QString::fromLocal8Bit(sf_strerror(file))));
    // A header that promises more than the file holds: truncated. Say so, not half a recording.
    if (sf_count_t(out.sound.samples.size()) < format.frames)
        return fail(QCoreApplication::translate("lectern::AudioFile", "truncated: %1 of %2 seconds are there")
                        .arg(double(out.sound.samples.size()) / format.samplerate, 0, 'f', 1)
                        .arg(double(format.frames) / format.samplerate, 0, 'f', 1));
    return out;
}

} // namespace lectern::audio
