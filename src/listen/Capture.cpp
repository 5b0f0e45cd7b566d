#include "Capture.h"

namespace lectern::capture {

QAudioFormat formatFor(const QAudioDevice &device, int sampleRate)
{
    QAudioFormat format;
    format.setSampleRate(sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return device.isFormatSupported(format) ? format : device.preferredFormat();
}

void toMono(const QAudioFormat &format, const QByteArray &bytes, std::vector<float> *out)
{
    const int frameBytes = format.bytesPerFrame();
    const int channels = format.channelCount();
    const int sampleBytes = format.bytesPerSample();
    out->clear();
    if (frameBytes <= 0 || channels <= 0)
        return;
    const qsizetype frames = bytes.size() / frameBytes;
    out->resize(size_t(frames));
    for (qsizetype f = 0; f < frames; ++f) {
        float sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += format.normalizedSampleValue(bytes.constData() + f * frameBytes + c * sampleBytes);
        (*out)[size_t(f)] = sum / float(channels);
    }
}

} // namespace lectern::capture
