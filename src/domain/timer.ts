/**
 * The guided timer's plan, as pure data: press (or stretch) and hold, rest, repeat. The UI asks
 * `timerAt(plan, elapsed)` what to show; it never counts seconds itself, so pausing, a slow tab
 * or a late tick can never make the count drift.
 */

export type PhaseKind = 'hold' | 'rest';

export interface Phase {
  kind: PhaseKind;
  /** 1-based round this phase belongs to. */
  round: number;
  seconds: number;
}

export interface TimerPlan {
  phases: readonly Phase[];
  rounds: number;
  totalSeconds: number;
}

/** `rounds` holds of `holdSeconds`, with `restSeconds` between them (none after the last). */
export function planTimer(rounds: number, holdSeconds: number, restSeconds: number): TimerPlan {
  const n = Math.max(1, Math.floor(rounds));
  const phases: Phase[] = [];
  for (let round = 1; round <= n; round++) {
    phases.push({ kind: 'hold', round, seconds: Math.max(1, holdSeconds) });
    if (round < n && restSeconds > 0) phases.push({ kind: 'rest', round, seconds: restSeconds });
  }
  return { phases, rounds: n, totalSeconds: phases.reduce((t, p) => t + p.seconds, 0) };
}

export interface TimerReading {
  /** The current phase, or null when the timer has finished. */
  phase: Phase | null;
  phaseIndex: number;
  /** Whole seconds left in the current phase (counts 30, 29, … 1). */
  secondsLeft: number;
  /** 0..1 through the current phase. */
  progress: number;
  done: boolean;
}

/** What the timer shows after `elapsedMs` of running time. */
export function timerAt(plan: TimerPlan, elapsedMs: number): TimerReading {
  let t = Math.max(0, elapsedMs) / 1000;
  for (let i = 0; i < plan.phases.length; i++) {
    const phase = plan.phases[i]!;
    if (t < phase.seconds) {
      return {
        phase,
        phaseIndex: i,
        secondsLeft: Math.ceil(phase.seconds - t),
        progress: t / phase.seconds,
        done: false,
      };
    }
    t -= phase.seconds;
  }
  return { phase: null, phaseIndex: plan.phases.length, secondsLeft: 0, progress: 1, done: true };
}

/** "1:05", "0:30". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Hold choices for a hold-time range: the minimum, then every 15 s, up to the maximum. */
export function holdChoices(min: number, max: number): number[] {
  const out: number[] = [];
  for (let s = min; s < max; s += 15) out.push(s);
  out.push(max);
  return [...new Set(out)];
}
