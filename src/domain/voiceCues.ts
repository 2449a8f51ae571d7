/**
 * What a guided timer says, and when, as pure data generated from the technique's numbers
 * (rounds, hold, rest, pressure range). The UI turns each cue into a sentence of the catalogue
 * in the app's language and speaks it, or chimes where the browser cannot speak; the same cues
 * mark the same moments either way.
 */
import type { TimerPlan } from './timer.ts';

/**
 * - `round`: "Round 2 of 3" (only when there is more than one round);
 * - `press`: "Press now, about 6 out of 10" (or "Stretch now" for a stretch);
 * - `warning`: "10 seconds left" in a hold;
 * - `release`: "Release. Rest for 30 seconds";
 * - `done`: "Release. All rounds done".
 */
export const CUE_KINDS = ['round', 'press', 'warning', 'release', 'done'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface Cue {
  kind: CueKind;
  /** Seconds of running time from the start of the timer. */
  at: number;
  /** 1-based round the cue belongs to. */
  round: number;
  rounds: number;
  /** `warning`: seconds left in the hold; `release`: seconds of rest. */
  seconds?: number;
  /** `press`, for pressure: how hard, on the 0–10 scale (the middle of the technique's range). */
  level?: number;
}

export interface CueOptions {
  /** The technique's pressure range on the 0–10 scale; left out for a stretch. */
  pressure?: { min: number; max: number };
  /** Seconds before the end of a hold to say how long is left. */
  warningSeconds?: number;
}

/** The warning most timers use: long enough to get ready to let go, short enough to hold on. */
export const WARNING_SECONDS = 10;

/**
 * The cues of a timer plan, in the order they are said (cues at the same moment keep their
 * order: the round, then what to do). A hold gets its "seconds left" warning only when the
 * warning falls in its second half, so a short hold is not talked over.
 */
export function cueScript(plan: TimerPlan, options: CueOptions = {}): Cue[] {
  const warning = options.warningSeconds ?? WARNING_SECONDS;
  const level = options.pressure
    ? Math.round((options.pressure.min + options.pressure.max) / 2)
    : undefined;
  const { rounds } = plan;
  const cues: Cue[] = [];
  let at = 0;
  plan.phases.forEach((phase, i) => {
    const { round } = phase;
    const end = at + phase.seconds;
    if (phase.kind === 'hold') {
      if (rounds > 1) cues.push({ kind: 'round', at, round, rounds });
      cues.push(
        level === undefined
          ? { kind: 'press', at, round, rounds }
          : { kind: 'press', at, round, rounds, level },
      );
      if (warning > 0 && phase.seconds >= 2 * warning) {
        cues.push({ kind: 'warning', at: end - warning, round, rounds, seconds: warning });
      }
      const next = plan.phases[i + 1];
      if (!next) cues.push({ kind: 'done', at: end, round, rounds });
      else if (next.kind === 'rest') {
        cues.push({ kind: 'release', at: end, round, rounds, seconds: next.seconds });
      }
      // A hold followed straight by the next hold (no rest) is marked by that hold's own cues.
    }
    at = end;
  });
  return cues;
}

/** The cues due once `elapsedSeconds` of running time have passed, after the first `said`. */
export function cuesDue(script: readonly Cue[], said: number, elapsedSeconds: number): Cue[] {
  const due: Cue[] = [];
  for (let i = said; i < script.length && script[i]!.at <= elapsedSeconds; i++)
    due.push(script[i]!);
  return due;
}
