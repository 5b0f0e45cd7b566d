#include "PrompterController.h"

#include "DurationText.h"

#include "document/Timing.h"
#include "speech/Sections.h"
#include "speech/SpeechModel.h"

#include <algorithm>
#include <cmath>

namespace lectern {
namespace {

// A frame that arrives this late means the app was stalled (a dialog, a
// suspended VM): the text must not leap forward by the whole gap.
constexpr qint64 kMaxFrameMs = 250;

double approach(double from, double to, double maxStep)
{
    if (from < to)
        return std::min(to, from + maxStep);
    return std::max(to, from - maxStep);
}

} // namespace

PrompterController::PrompterController(QObject *parent)
    : ReadingPosition(parent), m_clock(std::make_shared<SteadyClock>())
{
    m_selfTick.setTimerType(Qt::PreciseTimer);
    connect(&m_selfTick, &QTimer::timeout, this, [this] {
        m_selfTick.setInterval(kSelfTickMs); // no view ticks: go on at 60 Hz
        advance();
    });
    // A single N is forgotten after the window: the next press arms again.
    m_disarm.setSingleShot(true);
    connect(&m_disarm, &QTimer::timeout, this, [this] {
        m_nextArmedMs = -1;
        emit nextItemArmedChanged();
    });
}

PrompterController::~PrompterController() = default;

void PrompterController::setClock(std::shared_ptr<Clock> clock)
{
    m_clock = std::move(clock);
    m_lastTickMs = -1;
}

void PrompterController::setModel(SpeechModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
    {
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] { setDocument(m_model->document()); });
        connect(m_model, &SpeechModel::edited, this, &PrompterController::reviseDocument);
    }
    setDocument(m_model ? m_model->document() : Document{});
}

// A live edit: the text changes under the speaker, the reading goes on. The
// same text stays under the reading line (movedAnchor); the state, the clock
// and the target are untouched.
void PrompterController::reviseDocument(const LiveEdit &edit)
{
    const Anchor keep = movedAnchor(m_point.anchor, edit);
    m_document = m_model ? m_model->document() : m_document;
    m_plan = ReadingPlan(m_document);
    m_sections = sectionHeadings(m_document);
    m_position = std::clamp(m_plan.positionOf(m_document.clamp(keep)), 0.0, double(total()));
    updatePoint();
    emit modelChanged(); // the views lay out again, keeping the anchor
    emit positionChanged();
    emit sentenceChanged(); // its words may have changed where its bounds did not
}

void PrompterController::setDocument(const Document &document)
{
    m_document = document;
    m_plan = ReadingPlan(m_document);
    m_sections = sectionHeadings(m_document);
    m_position = 0;
    m_startedMs = kNotStarted;
    m_currentSpeed = 0;
    m_targetSeconds = 0;
    setState(Idle);
    updatePoint();
    emit modelChanged();
    emit targetSecondsChanged();
    emit positionChanged();
}

void PrompterController::setState(State state)
{
    if (state == m_state)
        return;
    if (state == Running && m_startedMs == kNotStarted)
        m_startedMs = m_clock->nowMs();
    if (state == Finished)
        m_finishedElapsedMs = elapsedMs();
    const bool wasUnderway = underway();
    m_state = state;
    updateSelfTick();
    if (underway() != wasUnderway)
        emit underwayChanged();
    if (state != Running)
        m_currentSpeed = 0;
    if (state != Countdown)
        m_countdown = 0;
    emit stateChanged();
}

void PrompterController::setSpeed(int speed)
{
    speed = SpeakingRate::clamp(speed);
    if (m_targetSeconds > 0) { // a hand on the speed overrides the target duration
        m_targetSeconds = 0;
        emit targetSecondsChanged();
    }
    if (speed == m_speed)
        return;
    m_speed = speed;
    emit speedChanged();
    emit positionChanged(); // remaining time depends on the speed
}

void PrompterController::setPosition(double position)
{
    position = std::clamp(position, 0.0, double(total()));
    if (m_state == Finished && position < total())
        setState(Paused);
    m_position = position;
    updatePoint();
    emit positionChanged();
}

void PrompterController::updatePoint()
{
    m_point = m_plan.pointAt(m_position);
    m_blockRow = std::max(0, m_plan.blockIndexOf(m_position));
    const Block *b = m_document.block(m_point.anchor.block);
    const std::pair<int, int> sentence = b ? ReadingPlan::sentenceAt(b->text, m_point.anchor.offset) : std::pair<int, int>{0, 0};
    const bool moved = sentence != m_sentence || m_point.anchor.block != m_sentenceBlock;
    m_sentence = sentence;
    m_sentenceBlock = m_point.anchor.block;
    if (moved)
        emit sentenceChanged();
}

void PrompterController::resumeAt(double position, qint64 elapsedMs)
{
    if (total() == 0)
        return;
    setPosition(position);
    if (m_position >= total())
        return; // finished: nothing to come back to
    m_startedMs = m_clock->nowMs() - std::max<qint64>(0, elapsedMs);
    setState(Paused);
    emit positionChanged(); // the elapsed time shown changed
}

qint64 PrompterController::elapsedMs() const
{
    if (m_startedMs == kNotStarted)
        return 0;
    if (m_state == Finished)
        return m_finishedElapsedMs;
    return m_clock->nowMs() - m_startedMs;
}

double PrompterController::remainingSeconds() const
{
    return (total() - m_position) * 60.0 / std::max(m_speed, 1);
}

bool PrompterController::setTargetFromText(const QString &text)
{
    const std::optional<int> seconds = parseDurationText(text);
    if (!seconds)
        return false;
    setTargetSeconds(*seconds);
    return true;
}

void PrompterController::setTargetSeconds(int seconds)
{
    seconds = std::max(0, seconds);
    m_targetSeconds = seconds;
    m_targetStartElapsedMs = elapsedMs();
    m_targetStartPosition = m_position;
    if (seconds > 0) {
        const int speed = SpeakingRate::clamp(int(std::lround((total() - m_position) * 60.0 / seconds)));
        if (speed != m_speed) {
            m_speed = speed;
            emit speedChanged();
        }
    }
    emit targetSecondsChanged();
    emit positionChanged();
}

double PrompterController::scheduleSeconds() const
{
    if (m_targetSeconds <= 0)
        return 0;
    const double rate = (total() - m_targetStartPosition) / m_targetSeconds; // characters per second
    if (rate <= 0)
        return 0;
    const double planned = m_targetStartPosition + rate * (elapsedMs() - m_targetStartElapsedMs) / 1000.0;
    return (m_position - planned) / rate;
}

double PrompterController::sectionStart(int index) const
{
    return m_plan.blockStart(m_sections.at(index));
}

int PrompterController::sectionNumber() const
{
    int number = 0;
    for (int i = 0; i < m_sections.size(); ++i)
        if (sectionStart(i) <= m_position + 1e-9)
            number = i + 1;
    return number;
}

QString PrompterController::sectionTitle() const
{
    const int n = sectionNumber();
    const Block *b = n > 0 ? m_document.block(m_sections[n - 1]) : nullptr;
    return b ? b->text : QString();
}

QStringList PrompterController::sectionTitles() const
{
    QStringList titles;
    for (int id : m_sections)
        if (const Block *b = m_document.block(id))
            titles.append(b->text);
    return titles;
}

void PrompterController::setBlanked(bool on)
{
    if (on == m_blanked)
        return;
    m_blanked = on;
    emit blankedChanged();
}

void PrompterController::setVoiceHold(bool on)
{
    if (on == m_voiceHold)
        return;
    m_voiceHold = on;
    emit voiceHoldChanged();
}

void PrompterController::start()
{
    if (total() == 0)
        return;
    if (m_state == Finished)
        setPosition(0);
    if (m_state == Idle || m_state == Finished)
        m_startedMs = kNotStarted; // a new reading
    m_countdownStartMs = m_clock->nowMs();
    m_state = Idle; // make setState emit
    if (m_countdownSeconds <= 0) {
        m_lastTickMs = m_clock->nowMs();
        setState(Running);
        return;
    }
    m_countdown = m_countdownSeconds;
    setState(Countdown);
}

void PrompterController::pause()
{
    if (m_state == Running || m_state == Countdown)
        setState(Paused);
}

void PrompterController::resume()
{
    if (m_state != Paused && m_state != Idle)
        return;
    m_lastTickMs = m_clock->nowMs();
    setState(Running);
}

void PrompterController::togglePause()
{
    switch (m_state) {
    case Idle:
    case Finished: start(); break;
    case Countdown:
    case Running: pause(); break;
    case Paused: resume(); break;
    }
}

void PrompterController::nudge(double chars) { setPosition(m_position + chars); }
void PrompterController::home() { setPosition(0); }
void PrompterController::end() { setPosition(total()); }

void PrompterController::nextSection()
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (sectionStart(i) > m_position + 0.5) {
            setPosition(sectionStart(i));
            return;
        }
    }
}

void PrompterController::previousSection()
{
    // Two characters into a section, "back" means its start; otherwise the one before.
    int current = sectionNumber() - 1;
    if (current >= 0 && m_position - sectionStart(current) > 2)
        setPosition(sectionStart(current));
    else if (current >= 1)
        setPosition(sectionStart(current - 1));
    else
        home();
}

void PrompterController::jumpToSection(int number)
{
    if (number >= 1 && number <= m_sections.size())
        setPosition(sectionStart(number - 1));
}

void PrompterController::setAnchor(int block, int offset)
{
    setPosition(m_plan.positionOf({block, offset}));
}

void PrompterController::beginDrag()
{
    m_stateBeforeDrag = m_state;
    pause();
}

void PrompterController::endDrag()
{
    if (m_stateBeforeDrag == Running || m_stateBeforeDrag == Countdown)
        resume();
    m_stateBeforeDrag = Idle;
}

void PrompterController::setCountdownSeconds(int seconds)
{
    seconds = std::clamp(seconds, 0, 10);
    if (seconds == m_countdownSeconds)
        return;
    m_countdownSeconds = seconds;
    emit countdownSecondsChanged();
}

void PrompterController::setViewState(PrompterViewState *state)
{
    if (state == m_viewState)
        return;
    m_viewState = state;
    emit viewStateChanged();
}

void PrompterController::updateSelfTick()
{
    const bool moving = m_state == Running || m_state == Countdown;
    if (moving && !m_selfTick.isActive())
        m_selfTick.start(kSelfTickMs);
    else if (!moving)
        m_selfTick.stop(); // idle: no timer, no CPU
}

void PrompterController::tick()
{
    // A view's frame drives the pace, locked to its frames; the controller's
    // own timer waits three frames behind it and only fires when no view ticks
    // (no second wake-up per frame while a view scrolls).
    if (m_selfTick.isActive())
        m_selfTick.start(3 * kSelfTickMs);
    advance();
}

void PrompterController::advance()
{
    const qint64 now = m_clock->nowMs();
    if (m_state == Countdown) {
        const int left = m_countdownSeconds - int((now - m_countdownStartMs) / 1000);
        if (left <= 0) {
            m_lastTickMs = now;
            setState(Running);
        } else if (left != m_countdown) {
            m_countdown = left;
            emit stateChanged();
        }
        return;
    }
    const qint64 dtMs = (m_lastTickMs < 0) ? 0 : std::clamp<qint64>(now - m_lastTickMs, 0, kMaxFrameMs);
    m_lastTickMs = now;
    if (m_state != Running || dtMs == 0)
        return;

    const double dt = dtMs / 1000.0;
    if (m_targetSeconds > 0) {
        // The pace that finishes the remaining text on time.
        const double left = m_targetSeconds - (elapsedMs() - m_targetStartElapsedMs) / 1000.0;
        if (left > 1) {
            const int speed = SpeakingRate::clamp(int(std::lround((total() - m_position) * 60.0 / left)));
            if (speed != m_speed) {
                m_speed = speed;
                emit speedChanged();
            }
        }
    }
    // Ramp towards the set speed (none while the speaker is silent); integrate
    // the average speed of the frame. The same ramp both ways: never a lurch.
    const double v0 = m_currentSpeed;
    const double v1 = approach(v0, m_voiceHold ? 0 : m_speed, kRampPerSecond * dt);
    m_currentSpeed = v1;
    m_position = std::min<double>(total(), m_position + (v0 + v1) / 2.0 / 60.0 * dt);
    if (m_position >= total())
        setState(Finished);
    updatePoint();
    emit positionChanged();
}

bool PrompterController::handleKey(int key, int modifiers)
{
    const KeyAction a = prompterActionForKey(key, Qt::KeyboardModifiers(modifiers));
    switch (a.action) {
    case PrompterAction::StartPause: togglePause(); break;
    case PrompterAction::Stop: pause(); break;
    case PrompterAction::NextSection: nextSection(); break;
    case PrompterAction::PreviousSection: previousSection(); break;
    case PrompterAction::Faster: faster(); break;
    case PrompterAction::Slower: slower(); break;
    case PrompterAction::NudgeForward: nudge(kNudgeChars); break;
    case PrompterAction::NudgeBack: nudge(-kNudgeChars); break;
    case PrompterAction::Home: home(); break;
    case PrompterAction::End: end(); break;
    case PrompterAction::JumpToSection: jumpToSection(a.argument); break;
    case PrompterAction::Blank: setBlanked(!m_blanked); break;
    case PrompterAction::FontLarger:
    case PrompterAction::FontSmaller:
    case PrompterAction::MirrorHorizontal:
    case PrompterAction::MirrorVertical:
        if (!m_viewState)
            return false;
        if (a.action == PrompterAction::FontLarger)
            m_viewState->larger();
        else if (a.action == PrompterAction::FontSmaller)
            m_viewState->smaller();
        else if (a.action == PrompterAction::MirrorHorizontal)
            m_viewState->toggleMirrorHorizontal();
        else
            m_viewState->toggleMirrorVertical();
        break;
    case PrompterAction::NextItem:
        if (m_nextArmedMs >= 0 && m_clock->nowMs() - m_nextArmedMs <= kNextItemWindowMs) {
            m_nextArmedMs = -1;
            m_disarm.stop();
            emit nextItemArmedChanged();
            emit nextItemRequested();
        } else {
            m_nextArmedMs = m_clock->nowMs();
            m_disarm.start(int(kNextItemWindowMs));
            emit nextItemArmedChanged();
        }
        break;
    case PrompterAction::None:
        return false;
    }
    return true;
}

QString PrompterController::stateKey(State s)
{
    switch (s) {
    case Idle: return QStringLiteral("idle");
    case Countdown: return QStringLiteral("countdown");
    case Running: return QStringLiteral("running");
    case Paused: return QStringLiteral("paused");
    case Finished: return QStringLiteral("finished");
    }
    return {};
}

QString PrompterController::nextSentenceText() const
{
    const Block *b = m_document.block(m_point.anchor.block);
    if (!b)
        return {};
    if (m_sentence.second < b->text.size()) {
        const auto next = ReadingPlan::sentenceAt(b->text, m_sentence.second);
        const QString rest = b->text.mid(next.first, next.second - next.first).trimmed();
        if (!rest.isEmpty())
            return rest;
    }
    // The blocks in reading order (an inserted paragraph's id is not its place).
    for (qsizetype i = m_document.indexOf(m_point.anchor.block) + 1; i > 0 && i < m_document.blocks.size(); ++i) {
        const Block &n = m_document.blocks[i];
        if (!n.text.isEmpty()) {
            const auto first = ReadingPlan::sentenceAt(n.text, 0);
            return n.text.mid(first.first, first.second - first.first).trimmed();
        }
    }
    return {};
}

QString PrompterController::sentenceText() const
{
    const Block *b = m_document.block(m_point.anchor.block);
    if (!b)
        return {};
    return b->text.mid(m_sentence.first, m_sentence.second - m_sentence.first);
}

} // namespace lectern
