import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { DoneTechnique } from '../domain/diary.ts';
import type { Side } from '../domain/regions.ts';
import { formatClock, planTimer, timerAt } from '../domain/timer.ts';
import { cueScript, cuesDue, type Cue } from '../domain/voiceCues.ts';
import { PSEUDO_LOCALE, useI18nStore, useT, t as translate } from '../state/i18n.ts';
import { useDiaryStore } from '../state/diaryStore.ts';
import { useVoiceStore } from '../state/voiceStore.ts';
import {
  chime,
  prepareSound,
  requestWakeLock,
  speak,
  stopSpeaking,
  warmVoices,
  type ChimeKind,
} from './cues.ts';
import { TimerLogOffer } from './TimerLogOffer.tsx';

type Status = 'idle' | 'running' | 'paused' | 'done';

interface GuidedTimerProps {
  /** "pressure" or "stretch": names the buttons and phases. */
  kind: 'pressure' | 'stretch';
  rounds: number;
  /** Hold time choices in seconds; the first is the default. */
  holdChoices: readonly number[];
  restSeconds: number;
  /** How hard to press, on the 0–10 scale: the voice says the middle of it. */
  pressure?: { min: number; max: number };
  /** The trigger point and side worked on, for the diary entry a finished timer offers. */
  point?: { triggerPointId: string; side: Side };
}

const TICK_MS = 200;

/** The sentence a cue is said with, in the active language. */
function cueText(cue: Cue, kind: GuidedTimerProps['kind']): string {
  switch (cue.kind) {
    case 'round':
      return translate('timer.voice.round', { round: cue.round, rounds: cue.rounds });
    case 'press':
      return translate('timer.voice.press', {
        kind,
        hasLevel: cue.level === undefined ? 'no' : 'yes',
        level: cue.level ?? 0,
      });
    case 'warning':
      return translate('timer.voice.warning', { seconds: cue.seconds ?? 0 });
    case 'release':
      return translate('timer.voice.release', { kind, seconds: cue.seconds ?? 0 });
    case 'done':
      return translate('timer.voice.done', { kind });
  }
}

/** The chime for cues said at one moment: the weightiest of them. */
function chimeOf(cues: readonly Cue[]): ChimeKind {
  const has = (k: Cue['kind']) => cues.some((c) => c.kind === k);
  if (has('done')) return 'done';
  if (has('release')) return 'release';
  if (has('press') || has('round')) return 'press';
  return 'warning';
}

/** Clicks on a control inside the timer do their own job; anywhere else pauses or resumes. */
function onControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a, select, input, label') !== null;
}

/**
 * A press-and-hold (or stretch-and-hold) countdown that talks the person through it: rounds
 * counted, rest between them, each step said aloud in the app's language (or chimed where the
 * browser cannot speak, or vibrated when muted), pause and resume by a tap anywhere on it or
 * Space, and the screen kept awake while it runs. When it finishes it offers to log itself in
 * the diary. Rendered only once the warnings before the technique are confirmed (`AfterWarnings`).
 */
export function GuidedTimer({
  kind,
  rounds,
  holdChoices,
  restSeconds,
  pressure,
  point,
}: GuidedTimerProps) {
  const t = useT();
  const muted = useVoiceStore((s) => s.muted);
  const [hold, setHold] = useState(holdChoices[0] ?? 30);
  const plan = useMemo(() => planTimer(rounds, hold, restSeconds), [rounds, hold, restSeconds]);
  const pointId = point?.triggerPointId;
  const side = point?.side;
  const pressureMin = pressure?.min;
  const pressureMax = pressure?.max;
  const script = useMemo(
    () =>
      cueScript(
        plan,
        pressureMin === undefined || pressureMax === undefined
          ? {}
          : { pressure: { min: pressureMin, max: pressureMax } },
      ),
    [plan, pressureMin, pressureMax],
  );
  const [status, setStatus] = useState<Status>('idle');
  const [resumed, setResumed] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const [finished, setFinished] = useState<DoneTechnique | null>(null);
  // Running time is measured from timestamps, not by counting ticks, so it never drifts.
  const startedAt = useRef(0);
  const banked = useRef(0);
  const said = useRef(0);
  const area = useRef<HTMLDivElement>(null);
  const focusOnStart = useRef(false);
  const ended = useRef(false);
  const wakeLock = useRef<Awaited<ReturnType<typeof requestWakeLock>>>(undefined);

  useEffect(() => {
    void useVoiceStore.getState().open();
    warmVoices();
  }, []);

  /**
   * Says (or chimes) every cue due after `ms` of running time that has not been said yet. Reads
   * the mute and the language at that moment, so a change applies to the next cue.
   */
  const sayDue = useCallback(
    (ms: number) => {
      const due = cuesDue(script, said.current, ms / 1000);
      if (due.length === 0) return;
      said.current += due.length;
      const lang = useI18nStore.getState().locale;
      if (useVoiceStore.getState().muted) chime(chimeOf(due), true);
      else if (
        !speak(
          due.map((cue) => cueText(cue, kind)),
          lang === PSEUDO_LOCALE ? 'en' : lang,
        )
      )
        chime(chimeOf(due));
    },
    [script, kind],
  );

  useEffect(() => {
    if (status !== 'running') return undefined;
    const id = window.setInterval(() => {
      const now = banked.current + (Date.now() - startedAt.current);
      setElapsed(now);
      sayDue(now);
      // Once: ticks may still come before the finished timer renders.
      if (timerAt(plan, now).done && !ended.current) {
        ended.current = true;
        setStatus('done');
        const done: DoneTechnique =
          pointId && side
            ? {
                technique: kind,
                triggerPointId: pointId,
                side,
                rounds: plan.rounds,
                holdSeconds: hold,
              }
            : { technique: kind, rounds: plan.rounds, holdSeconds: hold };
        setFinished(done);
        useDiaryStore.getState().offerTimerEntry(done);
      }
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [status, plan, kind, pointId, side, hold, sayDue]);

  // Keep the screen awake while running; let it go while the tab is hidden (the browser does
  // too) and take it back when the tab is shown again.
  useEffect(() => {
    if (status !== 'running') return undefined;
    let cancelled = false;
    const release = () => {
      void wakeLock.current?.release().catch(() => undefined);
      wakeLock.current = undefined;
    };
    const acquire = () => {
      void requestWakeLock().then((lock) => {
        if (cancelled || document.visibilityState === 'hidden') void lock?.release();
        else wakeLock.current = lock;
      });
    };
    acquire();
    const onVisibility = () => {
      if (document.visibilityState === 'visible') acquire();
      else release();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisibility);
      release();
    };
  }, [status]);

  // The start button is gone once the timer runs: keep the keyboard on the timer, where Space
  // pauses, rather than dropping it to the top of the page.
  useEffect(() => {
    if (status !== 'running' || !focusOnStart.current) return;
    focusOnStart.current = false;
    area.current?.focus({ preventScroll: true });
  }, [status]);

  // Leaving the page mid-sentence stops the voice.
  useEffect(() => () => stopSpeaking(), []);

  const start = () => {
    prepareSound();
    banked.current = 0;
    said.current = 0;
    ended.current = false;
    startedAt.current = Date.now();
    setElapsed(0);
    setFinished(null);
    setResumed(false);
    setStatus('running');
    // The first words come with the tap itself (some browsers speak only after one).
    sayDue(0);
    focusOnStart.current = true;
  };
  const pause = () => {
    banked.current += Date.now() - startedAt.current;
    setElapsed(banked.current);
    stopSpeaking();
    setStatus('paused');
  };
  const resume = () => {
    prepareSound();
    startedAt.current = Date.now();
    setResumed(true);
    setStatus('running');
  };
  const stop = () => {
    banked.current = 0;
    stopSpeaking();
    setElapsed(0);
    setStatus('idle');
  };
  const toggle = () => {
    if (status === 'running') pause();
    else if (status === 'paused') resume();
  };
  const onAreaClick = (e: MouseEvent) => {
    if (!onControl(e.target)) toggle();
  };
  const onAreaKey = (e: KeyboardEvent) => {
    if (e.key !== ' ' || onControl(e.target)) return;
    e.preventDefault();
    toggle();
  };

  const label = t('timer.label', { kind });
  const muteButton = (
    <button
      type="button"
      className="timer-mute"
      aria-pressed={muted}
      onClick={() => {
        if (!muted) stopSpeaking();
        void useVoiceStore.getState().setMuted(!muted);
      }}
    >
      <SpeakerIcon muted={muted} /> {t('timer.mute')}
    </button>
  );

  if (status === 'idle') {
    return (
      <div className="timer" role="group" aria-label={label}>
        {holdChoices.length > 1 && (
          <label className="timer-hold">
            {t('timer.holdFor')}{' '}
            <select value={hold} onChange={(e) => setHold(Number(e.target.value))}>
              {holdChoices.map((s) => (
                <option key={s} value={s}>
                  {t('timer.seconds', { seconds: s })}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="timer-buttons">
          <button type="button" className="timer-start" onClick={start}>
            {t('timer.start', { kind, rounds: plan.rounds, seconds: hold })}
          </button>
          {muteButton}
        </div>
        <p className="timer-note">{t('timer.mute.hint', { muted: muted ? 'yes' : 'no' })}</p>
      </div>
    );
  }

  const reading = timerAt(plan, elapsed);
  const phase = reading.phase;
  const phaseText = reading.done
    ? t('timer.done')
    : phase?.kind === 'rest'
      ? t('timer.rest')
      : t('timer.hold', { kind, round: phase?.round ?? 1, rounds: plan.rounds });
  const live = status !== 'done';
  return (
    <div
      ref={area}
      className={`timer timer-${phase?.kind ?? 'done'}${status === 'paused' ? ' timer-paused' : ''}${live ? ' timer-live' : ''}`}
      role="group"
      aria-label={label}
      tabIndex={live ? 0 : undefined}
      onClick={live ? onAreaClick : undefined}
      onKeyDown={live ? onAreaKey : undefined}
    >
      <p className="timer-phase" aria-live="polite">
        {phaseText}
      </p>
      {!reading.done && (
        <>
          <p
            className="timer-clock"
            aria-live="off"
            aria-label={t('timer.left', { seconds: reading.secondsLeft })}
          >
            {formatClock(reading.secondsLeft)}
          </p>
          <progress
            className="timer-progress"
            max={1}
            value={reading.progress}
            aria-hidden="true"
          />
        </>
      )}
      <p className="timer-state" role="status">
        {status === 'paused' ? (
          t('timer.paused')
        ) : status === 'running' && resumed ? (
          <span className="visually-hidden">{t('timer.going')}</span>
        ) : null}
      </p>
      {status === 'running' && <p className="timer-note">{t('timer.tapHint')}</p>}
      {reading.done && <p className="timer-done">{t('timer.finished', { kind })}</p>}
      {status === 'done' && finished && <TimerLogOffer done={finished} />}
      <div className="timer-buttons">
        {status === 'running' && (
          <button type="button" onClick={pause}>
            {t('timer.pause')}
          </button>
        )}
        {status === 'paused' && (
          <button type="button" onClick={resume}>
            {t('timer.resume')}
          </button>
        )}
        {status === 'done' ? (
          <button type="button" onClick={start}>
            {t('timer.again')}
          </button>
        ) : (
          <button type="button" onClick={stop}>
            {t('timer.stop')}
          </button>
        )}
        {muteButton}
      </div>
    </div>
  );
}

/** A speaker, with sound waves when the timer speaks and a cross when it is muted. */
function SpeakerIcon({ muted }: { muted: boolean }) {
  return (
    <svg className="timer-mute-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2 6h2.5L8 3v10L4.5 10H2z" fill="currentColor" />
      <path
        d={muted ? 'M10.5 6l4 4m0-4l-4 4' : 'M10.5 5.5a3.5 3.5 0 0 1 0 5M12.5 3.5a6 6 0 0 1 0 9'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      />
    </svg>
  );
}
