#pragma once

#include <QObject>

namespace lectern {

class Microphone;
class PrompterController;

// Voice-paced prompting: while on, the prompter's text moves only while the
// microphone hears the speaker, easing to a stop when they fall silent (after
// the voice logic's hang time) and back when they speak again. Off, the
// prompter runs as set. With followRate, the prompter's speed also follows
// the speaker's measured rate (字/分钟 over the last 25 s of voice), within
// kMinCpm–kMaxCpm and by at most kStepCpm a second, so it never lurches (the
// controller's speed ramp smooths each step further). Device-free: it only
// joins the microphone's verdicts to the controller.
class VoicePacer : public QObject
{
    Q_OBJECT

public:
    VoicePacer(Microphone *microphone, PrompterController *prompter, QObject *parent = nullptr);

    static constexpr int kMinCpm = 120;
    static constexpr int kMaxCpm = 400;
    static constexpr int kStepCpm = 10;  // per second
    static constexpr int kDeadbandCpm = 5; // closer than this: left alone

    bool enabled() const { return m_enabled; }
    void setEnabled(bool on);
    bool followRate() const { return m_followRate; }
    void setFollowRate(bool on) { m_followRate = on; }
    // The speed a second later, from the speed now and the rate measured (0: none yet).
    static int nextSpeed(int current, double measuredCpm);

private:
    void update();
    void levelTick();

    Microphone *m_microphone;
    PrompterController *m_prompter;
    bool m_enabled = false;
    bool m_followRate = false;
    int m_ticks = 0; // the microphone's meter ticks: one per 50 ms of sound
};

} // namespace lectern
