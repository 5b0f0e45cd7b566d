#pragma once

#include <QObject>

namespace lectern {

class Microphone;
class PrompterController;

// Voice-paced prompting: while on, the prompter's text moves only while the
// microphone hears the speaker, easing to a stop when they fall silent (after
// the voice logic's hang time) and back when they speak again. Off, the
// prompter runs as set. Device-free: it only joins the microphone's verdict to
// the controller's voiceHold.
class VoicePacer : public QObject
{
    Q_OBJECT

public:
    VoicePacer(Microphone *microphone, PrompterController *prompter, QObject *parent = nullptr);

    bool enabled() const { return m_enabled; }
    void setEnabled(bool on);

private:
    void update();

    Microphone *m_microphone;
    PrompterController *m_prompter;
    bool m_enabled = false;
};

} // namespace lectern
