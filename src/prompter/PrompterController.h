#pragma once

#include "Clock.h"
#include "KeyMap.h"
#include "PrompterViewState.h"
#include "ReadingPlan.h"
#include "speech/ReadingPosition.h"
#include "speech/SpeechModel.h"
#include "document/LiveEdit.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <limits>
#include <memory>

namespace lectern {


// The one reading position and pace that every prompter, projector and
// operator view follows. Position is measured in Han characters read (see
// ReadingPlan), speed in 字/分钟; views turn the anchor into pixels from their
// own layout, so a change of font, width or mirroring cannot move the place.
// Time comes from an injectable Clock. A view on screen calls tick() once per
// frame (frame-locked scrolling); with no view ticking (a projector-only set-up,
// a headless test, voice pacing) the controller ticks itself at 60 Hz, and only
// while it moves.
class PrompterController : public lectern::ReadingPosition
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(lectern::SpeechModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int countdown READ countdown NOTIFY stateChanged)
    Q_PROPERTY(int speed READ speed WRITE setSpeed NOTIFY speedChanged)
    Q_PROPERTY(double currentSpeed READ currentSpeed NOTIFY positionChanged)
    Q_PROPERTY(double position READ position WRITE setPosition NOTIFY positionChanged)
    Q_PROPERTY(int total READ total NOTIFY modelChanged)
    Q_PROPERTY(double anchorFraction READ anchorFraction NOTIFY positionChanged)
    Q_PROPERTY(int blockRow READ blockRow NOTIFY positionChanged)
    Q_PROPERTY(int sentenceStart READ sentenceStart NOTIFY positionChanged)
    Q_PROPERTY(int sentenceEnd READ sentenceEnd NOTIFY positionChanged)
    Q_PROPERTY(double progress READ progress NOTIFY positionChanged)
    Q_PROPERTY(double elapsedSeconds READ elapsedSeconds NOTIFY positionChanged)
    Q_PROPERTY(double remainingSeconds READ remainingSeconds NOTIFY positionChanged)
    Q_PROPERTY(int targetSeconds READ targetSeconds WRITE setTargetSeconds NOTIFY targetSecondsChanged)
    Q_PROPERTY(double scheduleSeconds READ scheduleSeconds NOTIFY positionChanged)
    Q_PROPERTY(int sectionCount READ sectionCount NOTIFY modelChanged)
    Q_PROPERTY(int sectionNumber READ sectionNumber NOTIFY positionChanged)
    Q_PROPERTY(QString sectionTitle READ sectionTitle NOTIFY positionChanged)
    Q_PROPERTY(QStringList sectionTitles READ sectionTitles NOTIFY modelChanged)
    Q_PROPERTY(bool blanked READ blanked WRITE setBlanked NOTIFY blankedChanged)
    // N pressed once: a second press within kNextItemWindowMs moves to the agenda's next item.
    Q_PROPERTY(bool nextItemArmed READ nextItemArmed NOTIFY nextItemArmedChanged)
    // What is under the reading line: the sentence being read (for the UI map and the console).
    // Changes only when the reading moves into another sentence (not on every scrolled frame).
    Q_PROPERTY(QString sentenceText READ sentenceText NOTIFY sentenceChanged)
    // The speaker has stopped talking (voice-paced prompting): while running,
    // the text eases to a stop and waits, and eases back when this clears.
    // The state stays Running: nobody pressed pause.
    Q_PROPERTY(bool voiceHold READ voiceHold WRITE setVoiceHold NOTIFY voiceHoldChanged)
    // Seconds of 3-2-1 before the text moves (0–10; tests use 0).
    Q_PROPERTY(int countdownSeconds READ countdownSeconds WRITE setCountdownSeconds NOTIFY countdownSecondsChanged)
    // How the speaker's view looks; the type-size and mirror keys change it.
    Q_PROPERTY(lectern::PrompterViewState *viewState READ viewState WRITE setViewState NOTIFY viewStateChanged)

public:
    enum State { Idle, Countdown, Running, Paused, Finished };
    Q_ENUM(State)


    static constexpr int kSpeedStep = 10;
    static constexpr double kRampPerSecond = 150; // 字/分钟 per second: a step of 10 takes 1/15 s
    static constexpr int kDefaultCountdownSeconds = 3;
    static constexpr int kSelfTickMs = 16;
    static constexpr double kNudgeChars = 8;

    explicit PrompterController(QObject *parent = nullptr);
    ~PrompterController() override;

    void setClock(std::shared_ptr<Clock> clock);
    void setDocument(const Document &document); // without a model (tests, CLI)
    void reviseDocument(const LiveEdit &edit);   // after the model's live edit

    SpeechModel *model() const { return m_model; }
    void setModel(SpeechModel *model);

    State state() const { return m_state; }
    int countdown() const { return m_countdown; }
    int speed() const { return m_speed; }
    void setSpeed(int speed);
    double currentSpeed() const { return m_currentSpeed; }
    double position() const { return m_position; }
    void setPosition(double position);
    int total() const { return m_plan.total(); }
    Anchor anchor() const override { return m_point.anchor; }
    bool underway() const override { return m_state != Idle; }
    double anchorFraction() const { return m_point.fraction; }
    int blockRow() const { return m_blockRow; }
    // The sentence being read, as offsets in the current block's text.
    int sentenceStart() const { return m_sentence.first; }
    int sentenceEnd() const { return m_sentence.second; }
    double progress() const { return total() > 0 ? m_position / total() : 0; }
    // Wall time since the speech started, pauses included: applause costs time too.
    double elapsedSeconds() const { return elapsedMs() / 1000.0; }
    double remainingSeconds() const;
    int targetSeconds() const { return m_targetSeconds; }
    void setTargetSeconds(int seconds);
    // The target as the operator typed it (parseDurationText): false, and
    // the target unchanged, when it reads as no duration.
    Q_INVOKABLE bool setTargetFromText(const QString &text);
    double scheduleSeconds() const;
    int sectionCount() const { return int(m_sections.size()); }
    int sectionNumber() const;
    QString sectionTitle() const;
    QStringList sectionTitles() const;
    bool blanked() const { return m_blanked; }
    void setBlanked(bool on);
    bool voiceHold() const { return m_voiceHold; }
    void setVoiceHold(bool on);
    int countdownSeconds() const { return m_countdownSeconds; }
    void setCountdownSeconds(int seconds);
    PrompterViewState *viewState() const { return m_viewState; }
    void setViewState(PrompterViewState *state);

    const ReadingPlan &plan() const { return m_plan; }
    qint64 elapsedMs() const;
    // Back where a crash or a power cut left the speech: at `position`, paused,
    // with `elapsedMs` already on the clock (the speaker starts it again).
    void resumeAt(double position, qint64 elapsedMs);

public slots:
    void start();        // countdown, then run
    void pause();
    void resume();       // no countdown: the speaker is mid-sentence
    void togglePause();
    void faster() { setSpeed(m_speed + kSpeedStep); }
    void slower() { setSpeed(m_speed - kSpeedStep); }
    void nudge(double chars);
    void home();
    void end();
    void nextSection();
    void previousSection();
    void jumpToSection(int number); // 1-based
    void setAnchor(int block, int offset);
    void beginDrag();  // a finger holds the text: stop moving
    void endDrag();    // carry on as before the drag
    void tick();       // one frame of a view: advance by the time since the last tick
    // Every prompter key of every window comes here (KeyMap); true when it was ours.
    bool handleKey(int key, int modifiers);

    bool nextItemArmed() const { return m_nextArmedMs >= 0; }
    QString sentenceText() const;
    // The sentence after it (in the next paragraph when this one ends): the
    // remote's "next line".
    QString nextSentenceText() const;
    // idle, countdown, running, paused, finished: how files and the remote name a state.
    static QString stateKey(State s);
    // The operator asks the speaker to look up (the remote's cue): the
    // speaker's screen flashes.
    Q_INVOKABLE void cueLookUp() { emit lookUpCued(); }

signals:
    // N pressed twice: the Application moves the agenda on.
    void nextItemRequested();
    void nextItemArmedChanged();
    void sentenceChanged();
    void lookUpCued();
    void modelChanged();
    void stateChanged();
    void speedChanged();
    void targetSecondsChanged();
    void blankedChanged();
    void voiceHoldChanged();
    void countdownSecondsChanged();
    void viewStateChanged();

private:
    void advance();
    void updateSelfTick();
    void setState(State state);
    void updatePoint();
    double sectionStart(int index) const;

    std::shared_ptr<Clock> m_clock;
    QPointer<SpeechModel> m_model;
    Document m_document;
    ReadingPlan m_plan;
    QList<int> m_sections; // block ids of the section headings
    ReadingPlan::Point m_point;
    int m_blockRow = 0;
    std::pair<int, int> m_sentence{0, 0};
    int m_sentenceBlock = 0; // the block m_sentence is in

    State m_state = Idle;
    State m_stateBeforeDrag = Idle;
    qint64 m_nextArmedMs = -1; // when N was pressed once; -1: not armed
    QTimer m_disarm;
    int m_countdown = 0;
    qint64 m_countdownStartMs = 0;
    qint64 m_lastTickMs = -1;
    // The clock time the speech started running (before the clock's own zero
    // when a resumed speech had time on it already); kNotStarted before.
    static constexpr qint64 kNotStarted = std::numeric_limits<qint64>::min();
    qint64 m_startedMs = kNotStarted;
    qint64 m_finishedElapsedMs = 0;
    int m_speed = 180;
    double m_currentSpeed = 0;
    double m_position = 0;
    int m_targetSeconds = 0;
    qint64 m_targetStartElapsedMs = 0;
    double m_targetStartPosition = 0;
    bool m_blanked = false;
    bool m_voiceHold = false;
    int m_countdownSeconds = kDefaultCountdownSeconds;
    QPointer<PrompterViewState> m_viewState;
    QTimer m_selfTick; // drives the controller when no view does (see tick())
};

} // namespace lectern
