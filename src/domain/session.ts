/**
 * A therapist's session: the trigger points found in it (each on a side, with an optional note
 * and pain rating), in the order the therapist wants to explain them, and the areas the client
 * reported. Pure data and pure changes; the session store saves them, the session page shows
 * them, and `sessionDisplay` turns one into what the body paints.
 */
import type { AtlasIndex } from './atlasIndex.ts';
import { DisplayBuilder, PATTERN_COLOURS, type BodyDisplay } from './display.ts';
import { sameArea, type BodyArea, type Side } from './regions.ts';
import type { ViewName } from './view.ts';

/** The longest note a finding keeps (a line or two, not a case history). */
export const NOTE_MAX_LENGTH = 500;
/** The longest name a session keeps. */
export const SESSION_NAME_MAX_LENGTH = 80;
/** How many findings one session holds: more than a session explains, fewer than a QR code fits. */
export const MAX_FINDINGS = 40;

/** One trigger point the therapist found, on the client's own side. */
export interface Finding {
  /** Unique within its session, stable across reorders and edits. */
  id: string;
  triggerPointId: string;
  side: Side;
  /** The therapist's words ("active, reproduces the headache"); empty for none. */
  note: string;
  /** How much it hurt when pressed, 0 to 10, if the therapist asked. */
  pain?: number;
}

export interface Session {
  id: string;
  /** Whatever the therapist calls it ("Tuesday, neck and headache"); empty for unnamed. */
  name: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  findings: readonly Finding[];
  /** Where the client said it hurts, in the order they were added. */
  areas: readonly BodyArea[];
}

/** Every session kept on this device, and which one is open. */
export interface SessionBook {
  sessions: readonly Session[];
  /** The open session's id; always one of `sessions` (there is always one open). */
  currentId: string;
}

export function emptySession(id: string, createdAt: string, name = ''): Session {
  return { id, name, createdAt, findings: [], areas: [] };
}

export function sameFinding(
  a: Pick<Finding, 'triggerPointId' | 'side'>,
  b: Pick<Finding, 'triggerPointId' | 'side'>,
): boolean {
  return a.triggerPointId === b.triggerPointId && a.side === b.side;
}

/** Whether the session already holds this trigger point on this side. */
export function hasFinding(
  session: Session,
  point: Pick<Finding, 'triggerPointId' | 'side'>,
): boolean {
  return session.findings.some((f) => sameFinding(f, point));
}

/**
 * Adds a finding at the end, with the client's areas it came with (those not yet in the
 * session). A point already in the session on that side, or a full session, changes nothing.
 */
export function addFinding(
  session: Session,
  finding: Finding,
  areas: readonly BodyArea[] = [],
): Session {
  if (hasFinding(session, finding) || session.findings.length >= MAX_FINDINGS) return session;
  return withAreas({ ...session, findings: [...session.findings, finding] }, areas);
}

export function removeFinding(session: Session, id: string): Session {
  return { ...session, findings: session.findings.filter((f) => f.id !== id) };
}

/** Moves a finding up (-1) or down (+1) the list; at either end it stays where it is. */
export function moveFinding(session: Session, id: string, delta: -1 | 1): Session {
  const at = session.findings.findIndex((f) => f.id === id);
  const to = at + delta;
  if (at < 0 || to < 0 || to >= session.findings.length) return session;
  const findings = [...session.findings];
  [findings[at], findings[to]] = [findings[to]!, findings[at]!];
  return { ...session, findings };
}

/** Changes one finding's note or pain rating (`pain: undefined` clears the rating). */
export function editFinding(
  session: Session,
  id: string,
  change: Partial<Pick<Finding, 'note' | 'pain'>>,
): Session {
  return {
    ...session,
    findings: session.findings.map((f) => {
      if (f.id !== id) return f;
      const next: Finding = { ...f };
      if (change.note !== undefined) next.note = change.note.slice(0, NOTE_MAX_LENGTH);
      if ('pain' in change) {
        if (change.pain === undefined) delete next.pain;
        else next.pain = Math.round(Math.min(10, Math.max(0, change.pain)));
      }
      return next;
    }),
  };
}

/** Adds the areas not yet in the session, keeping the order they came in. */
export function withAreas(session: Session, areas: readonly BodyArea[]): Session {
  const fresh = areas.filter(
    (a, i) =>
      !session.areas.some((b) => sameArea(a, b)) && areas.findIndex((b) => sameArea(a, b)) === i,
  );
  return fresh.length ? { ...session, areas: [...session.areas, ...fresh] } : session;
}

/** Adds the area, or removes it if the session has it (a click on the session's body). */
export function toggleArea(session: Session, area: BodyArea): Session {
  return session.areas.some((a) => sameArea(a, area))
    ? { ...session, areas: session.areas.filter((a) => !sameArea(a, area)) }
    : { ...session, areas: [...session.areas, area] };
}

/** The pattern colour of the finding at `position` in the list (colours repeat after six). */
export function patternOf(position: number): number {
  return position % PATTERN_COLOURS;
}

export interface SessionDisplayOptions {
  /** Shows this finding alone in full (the present view); the others as small numbered marks. */
  focusId?: string;
  hovered?: BodyArea | null;
}

/**
 * The session's body: the client's areas as pain, every finding's X numbered as in the list
 * and its pattern in the finding's colour (the first finding listed keeps an area it shares
 * with a later one). With a focus, that finding's pattern, X and muscle outline, and the others
 * as small, pale numbered marks for context.
 */
export function sessionDisplay(
  session: Pick<Session, 'findings' | 'areas'>,
  index: AtlasIndex,
  options: SessionDisplayOptions = {},
): BodyDisplay {
  const display = new DisplayBuilder();
  for (const area of session.areas) display.paint(area, { pain: 1 });
  const focused = session.findings.some((f) => f.id === options.focusId);
  session.findings.forEach((finding, position) => {
    const entry = index.triggerPoint(finding.triggerPointId);
    if (!entry) return;
    const pattern = patternOf(position);
    const inFocus = !focused || finding.id === options.focusId;
    if (inFocus) display.pattern(entry.triggerPoint, finding.side, pattern);
    if (focused && inFocus) display.outline({ muscleId: entry.muscle.id, side: finding.side });
    display.marker({
      triggerPointId: finding.triggerPointId,
      side: finding.side,
      placement: entry.triggerPoint.placement,
      label: String(position + 1),
      pattern,
      ...(inFocus ? {} : { muted: true }),
    });
  });
  if (options.hovered) display.paint(options.hovered, { hovered: true });
  return display.build();
}

/**
 * The standard view that shows most of the findings' X marks at once: the back when more of
 * them are pressed from behind than from the front, the front otherwise.
 */
export function viewForFindings(
  findings: readonly Pick<Finding, 'triggerPointId'>[],
  index: AtlasIndex,
): ViewName {
  let front = 0;
  let back = 0;
  for (const f of findings) {
    const facing = index.triggerPoint(f.triggerPointId)?.triggerPoint.placement.facing;
    if (facing === 'front') front++;
    else if (facing === 'back') back++;
  }
  return back > front ? 'back' : 'front';
}
