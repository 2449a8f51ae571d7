import { useEffect, useMemo, useRef, useState } from 'react';
import { formatClock, planTimer, timerAt } from '../domain/timer.ts';
import { useT } from '../state/i18n.ts';
import { chime, prepareSound, requestWakeLock } from './cues.ts';

type Status = 'idle' | 'running' | 'paused' | 'done';

interface GuidedTimerProps {
  /** "pressure" or "stretch": names the buttons and phases. */
  kind: 'pressure' | 'stretch';
  rounds: number;
  /** Hold time choices in seconds; the first is the default. */
  holdChoices: readonly number[];
  restSeconds: number;
}

const TICK_MS = 200;

/**
 * A press-and-hold (or stretch-and-hold) countdown: rounds counted, rest between them, a gentle
 * cue at the end of each phase, pause and resume, and the screen kept awake while it runs.
 * Rendered only once the warnings before the technique are confirmed (`AfterWarnings`).
 */
export function GuidedTimer({ kind, rounds, holdChoices, restSeconds }: GuidedTimerProps) {
  const t = useT();
  const [hold, setHold] = useState(holdChoices[0] ?? 30);
  const plan = useMemo(() => planTimer(rounds, hold, restSeconds), [rounds, hold, restSeconds]);
  const [status, setStatus] = useState<Status>('idle');
  const [elapsed, setElapsed] = useState(0);
  // Running time is measured from timestamps, not by counting ticks, so it never drifts.
  const startedAt = useRef(0);
  const banked = useRef(0);
  const lastPhase = useRef(0);
  const wakeLock = useRef<Awaited<ReturnType<typeof requestWakeLock>>>(undefined);

  const reading = timerAt(plan, elapsed);

  useEffect(() => {
    if (status !== 'running') return undefined;
    const id = window.setInterval(() => {
      const now = banked.current + (Date.now() - startedAt.current);
      setElapsed(now);
      const r = timerAt(plan, now);
      if (r.phaseIndex !== lastPhase.current) {
        lastPhase.current = r.phaseIndex;
        chime();
      }
      if (r.done) setStatus('done');
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [status, plan]);

  // Keep the screen awake while running; take it back if the tab was hidden and shown again.
  useEffect(() => {
    if (status !== 'running') return undefined;
    let cancelled = false;
    const acquire = () => {
      void requestWakeLock().then((lock) => {
        if (cancelled) void lock?.release();
        else wakeLock.current = lock;
      });
    };
    acquire();
    const onVisible = () => {
      if (document.visibilityState === 'visible') acquire();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisible);
      void wakeLock.current?.release();
      wakeLock.current = undefined;
    };
  }, [status]);

  const start = () => {
    prepareSound();
    banked.current = 0;
    lastPhase.current = 0;
    startedAt.current = Date.now();
    setElapsed(0);
    setStatus('running');
  };
  const pause = () => {
    banked.current += Date.now() - startedAt.current;
    setElapsed(banked.current);
    setStatus('paused');
  };
  const resume = () => {
    prepareSound();
    startedAt.current = Date.now();
    setStatus('running');
  };
  const stop = () => {
    banked.current = 0;
    setElapsed(0);
    setStatus('idle');
  };

  const label = t('timer.label', { kind });
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
        <button type="button" className="timer-start" onClick={start}>
          {t('timer.start', { kind, rounds: plan.rounds, seconds: hold })}
        </button>
      </div>
    );
  }

  const phase = reading.phase;
  const phaseText = reading.done
    ? t('timer.done')
    : phase?.kind === 'rest'
      ? t('timer.rest')
      : t('timer.hold', { kind, round: phase?.round ?? 1, rounds: plan.rounds });
  return (
    <div className={`timer timer-${phase?.kind ?? 'done'}`} role="group" aria-label={label}>
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
      {reading.done && <p className="timer-done">{t('timer.finished', { kind })}</p>}
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
      </div>
    </div>
  );
}
