#include "RecordingWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <sndfile.h>
#include <vector>

namespace lectern::audio {
namespace {

SNDFILE *openFlac(const QString &path, int sampleRate)
{
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = 1;
    info.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    return sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
}

} // namespace

RecordingWriter::~RecordingWriter()
{
    close();
}

bool RecordingWriter::open(const QString &path, int sampleRate)
{
    close();
    m_path = path;
    m_error.clear();
    m_frames = 0;
    m_sampleRate = sampleRate;
    m_file = openFlac(path, sampleRate);
    if (!m_file) {
        m_error = path + QStringLiteral(": ") + QCoreApplication::translate("lectern::RecordingWriter", "cannot be written (%1)").arg(QString::fromLocal8Bit(sf_strerror(nullptr)));
        return false;
    }
    // Out-of-range samples are clipped, never wrapped around into a crack.
    sf_command(m_file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    return true;
}

bool RecordingWriter::write(const float *samples, size_t count)
{
    if (!m_file)
        return false;
    const sf_count_t written = sf_write_float(m_file, samples, sf_count_t(count));
    m_frames += written;
    if (written != sf_count_t(count)) {
        m_error = m_path + QStringLiteral(": ") + QCoreApplication::translate("lectern::RecordingWriter", "the disk refused the recording (%1)").arg(QString::fromLocal8Bit(sf_strerror(m_file)));
        return false;
    }
    return true;
}

void RecordingWriter::sync()
{
    if (m_file)
        sf_write_sync(m_file);
}

bool RecordingWriter::close()
{
    if (!m_file)
        return true;
    const int result = sf_close(m_file);
    m_file = nullptr;
    if (result != 0 && m_error.isEmpty())
        m_error = m_path + QStringLiteral(": ") + QCoreApplication::translate("lectern::RecordingWriter", "could not be finished (%1)").arg(QString::fromLocal8Bit(sf_error_number(result)));
    return result == 0;
}

Repair repairRecording(const QString &path)
{
    Repair out;
    SF_INFO info{};
    SNDFILE *in = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    if (!in) {
        out.error = path + QStringLiteral(": ") + QCoreApplication::translate("lectern::RecordingWriter", "no sound could be kept (%1)").arg(QString::fromLocal8Bit(sf_strerror(nullptr)));
        return out;
    }
    out.sampleRate = info.samplerate;
    // A whole file knows its length; one cut off says "unknown" (the largest count).
    if (info.frames > 0 && info.frames < SF_COUNT_MAX) {
        out.frames = info.frames;
        sf_close(in);
        return out;
    }
    const QString repaired = path + QStringLiteral(".repair");
    SNDFILE *outFile = openFlac(repaired, info.samplerate);
    if (!outFile) {
        sf_close(in);
        out.error = repaired + QStringLiteral(": ") + QCoreApplication::translate("lectern::RecordingWriter", "cannot be written (%1)").arg(QString::fromLocal8Bit(sf_strerror(nullptr)));
        return out;
    }
    // Read to the first error: the last block of a cut-off file is usually half there.
    std::vector<float> block(size_t(4096) * size_t(info.channels));
    std::vector<float> mono(4096);
    bool written = true;
    for (;;) {
        const sf_count_t got = sf_readf_float(in, block.data(), 4096);
        if (got <= 0)
            break;
        for (sf_count_t i = 0; i < got; ++i) {
            float sum = 0;
            for (int c = 0; c < info.channels; ++c)
                sum += block[size_t(i) * size_t(info.channels) + size_t(c)];
            mono[size_t(i)] = sum / float(info.channels);
        }
        if (sf_write_float(outFile, mono.data(), got) != got) {
            written = false;
            break;
        }
        out.frames += got;
    }
    sf_close(in);
    written = sf_close(outFile) == 0 && written;
    if (!written) {
        QFile::remove(repaired);
        out.error = repaired + QStringLiteral(": ") + QCoreApplication::translate("lectern::RecordingWriter", "the repaired copy could not be written");
        return out;
    }
    if (out.frames == 0) {
        QFile::remove(repaired);
        out.error = path + QStringLiteral(": ") + QCoreApplication::translate("lectern::RecordingWriter", "holds no sound (cut off before the first block)");
        return out;
    }
    // rename(2) replaces the original in one step: there is always one whole file.
    if (std::rename(QFile::encodeName(repaired).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(repaired);
        out.error = path + QStringLiteral(": ") + QCoreApplication::translate("lectern::RecordingWriter", "the repaired copy could not replace it");
        return out;
    }
    out.rewritten = true;
    return out;
}

} // namespace lectern::audio
