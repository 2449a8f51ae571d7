/**
 * The students' quiz, generated from the atlas (no hand-written question lists). Three kinds:
 *   - `pattern`: the body shows a trigger point's referral pattern; which muscle is it?
 *   - `refers`: a muscle's trigger point is named and marked; where does it refer?
 *   - `point`: an X marks a trigger point; which muscle is it?
 * Pure and seeded: the same seed and options give the same round, so tests and a shared round
 * are reproducible. A question never offers two right answers: a muscle whose pattern matches
 * the one shown, or whose trigger point lies where the X is, is never a wrong choice.
 */
import type { Vec3 } from './anatomy/landmarks.ts';
import { resolvePlacement } from './anatomy/placement.ts';
import type { BodyAreaGroup, MuscleFacts, TriggerPointFacts } from './atlas.ts';
import type { AtlasIndex, TriggerPointEntry } from './atlasIndex.ts';
import { DisplayBuilder, type BodyDisplay } from './display.ts';
import { patternAreas } from './ranking.ts';
import { REGION_IDS, SIDES, sameArea, type BodyArea, type RegionId, type Side } from './regions.ts';

export const QUIZ_KINDS = ['pattern', 'refers', 'point'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

/** A round is ten questions unless asked otherwise. */
export const ROUND_SIZE = 10;
/** Choices offered for "which muscle?" (the right one and three plausible wrong ones). */
export const CHOICES = 4;
/** Trigger points of two muscles closer than this (metres) could not be told apart by an X. */
export const SAME_SPOT_METRES = 0.04;
/** Areas offered in the list for "where does it refer?" (when the pattern has fewer). */
const AREA_OPTIONS = 10;

/** What is asked and remembered: one kind of question about one trigger point. */
export function cardId(kind: QuizKind, triggerPointId: string): string {
  return `${kind}:${triggerPointId}`;
}

export function parseCardId(id: string): { kind: QuizKind; triggerPointId: string } | undefined {
  const at = id.indexOf(':');
  const kind = id.slice(0, at);
  if (at < 0 || !(QUIZ_KINDS as readonly string[]).includes(kind)) return undefined;
  return { kind: kind as QuizKind, triggerPointId: id.slice(at + 1) };
}

interface QuestionBase {
  /** Its card (`kind:triggerPointId`): the same question whatever the side or the choices. */
  card: string;
  triggerPointId: string;
  muscleId: string;
  side: Side;
}

/** "Which muscle?": pick one of `choices` (muscle ids, in the order shown). */
export interface ChoiceQuestion extends QuestionBase {
  kind: 'pattern' | 'point';
  choices: readonly string[];
}

/** "Where does it refer?": pick areas on the body, or from `options` in the list. */
export interface AreaQuestion extends QuestionBase {
  kind: 'refers';
  essential: readonly BodyArea[];
  spillover: readonly BodyArea[];
  /** The areas the list offers: the whole pattern and plausible others, in body order. */
  options: readonly BodyArea[];
}

export type Question = ChoiceQuestion | AreaQuestion;

export type Grade = 'right' | 'partly' | 'wrong';

export interface Judgement {
  grade: Grade;
  /** 0 to 1: partial credit for a spillover area, less for a wrong one. */
  credit: number;
}

export type Answer =
  { kind: 'choice'; muscleId: string } | { kind: 'areas'; areas: readonly BodyArea[] };

/** A small, fast, well-distributed seeded generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const sameSet = <T>(a: Set<T>, b: Set<T>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Memoised per trigger point: the quiz compares every pair in a body area many times. */
function memo<T>(compute: (tp: TriggerPointFacts) => T): (tp: TriggerPointFacts) => T {
  const cache = new WeakMap<TriggerPointFacts, T>();
  return (tp) => {
    if (!cache.has(tp)) cache.set(tp, compute(tp));
    return cache.get(tp)!;
  };
}

/** The main areas of a pattern, sides included (for a trigger point on the left). */
const mainAreas = memo(
  (tp) => new Set(patternAreas(tp.referral.essential, 'left').map((a) => `${a.side}.${a.region}`)),
);

/** Every region a pattern reaches, main or sometimes. */
const reach = memo(
  (tp): Set<RegionId> =>
    new Set([...tp.referral.essential, ...tp.referral.spillover].map((z) => z.region)),
);

/**
 * Two patterns a student could not be sure to tell apart on the body: the same main areas
 * (sides included), whatever the spillover. Strict on purpose: a wrong choice must be wrong.
 */
function samePattern(a: TriggerPointFacts, b: TriggerPointFacts): boolean {
  return sameSet(mainAreas(a), mainAreas(b));
}

/** Where a trigger point lies on the reference figure. */
const pointOf = memo((tp): Vec3 => resolvePlacement(tp.placement, 'left').point);

function distance(a: TriggerPointFacts, b: TriggerPointFacts): number {
  const p = pointOf(a);
  const q = pointOf(b);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** How many regions of the shown pattern a muscle's patterns also reach (its plausibility). */
function overlap(shown: TriggerPointFacts, muscle: MuscleFacts): number {
  const wanted = reach(shown);
  let best = 0;
  for (const tp of muscle.triggerPoints) {
    const theirs = reach(tp);
    best = Math.max(best, [...wanted].filter((r) => theirs.has(r)).length);
  }
  return best;
}

/**
 * Wrong choices a student could believe: for a pattern, muscles of the same body area and
 * those whose patterns reach the same regions; for an X, the muscles whose trigger points lie
 * nearest. Never a muscle that would also be right. Undefined if there are not enough.
 */
function distractors(
  kind: 'pattern' | 'point',
  entry: TriggerPointEntry,
  index: AtlasIndex,
  random: () => number,
): string[] | undefined {
  const { muscle, triggerPoint } = entry;
  const ranked = index.atlas.muscles
    .filter((m) => m.id !== muscle.id)
    .filter((m) =>
      kind === 'pattern'
        ? !m.triggerPoints.some((tp) => samePattern(tp, triggerPoint))
        : !m.triggerPoints.some((tp) => distance(tp, triggerPoint) < SAME_SPOT_METRES),
    )
    .map((m) => {
      const sameArea = m.group === muscle.group;
      const closeness =
        kind === 'pattern'
          ? overlap(triggerPoint, m)
          : -Math.min(...m.triggerPoints.map((tp) => distance(tp, triggerPoint)));
      return {
        id: m.id,
        sameArea,
        closeness,
        plausible: sameArea || (kind === 'pattern' && closeness > 0),
      };
    })
    .filter((c) => c.plausible)
    .sort(
      (a, b) =>
        Number(b.sameArea) - Number(a.sameArea) ||
        b.closeness - a.closeness ||
        a.id.localeCompare(b.id),
    );
  if (ranked.length < CHOICES - 1) return undefined;
  // Variety between rounds: three of the six most plausible.
  const pool = ranked.slice(0, Math.max(CHOICES - 1, 6));
  return shuffled(pool, random)
    .slice(0, CHOICES - 1)
    .map((c) => c.id);
}

/** The areas offered in the list for "where does it refer?": the pattern and its neighbours'. */
function areaOptions(
  entry: TriggerPointEntry,
  side: Side,
  index: AtlasIndex,
  random: () => number,
): BodyArea[] {
  const { muscle, triggerPoint } = entry;
  const pattern = [
    ...patternAreas(triggerPoint.referral.essential, side),
    ...patternAreas(triggerPoint.referral.spillover, side),
  ];
  // Other areas, from the patterns of other trigger points of the same body area.
  const others: BodyArea[] = [];
  for (const m of index.atlas.muscles) {
    if (m.group !== muscle.group) continue;
    for (const tp of m.triggerPoints) {
      for (const area of patternAreas(tp.referral.essential, side))
        if (![...pattern, ...others].some((a) => sameArea(a, area))) others.push(area);
    }
  }
  const extra = shuffled(others, random).slice(0, Math.max(0, AREA_OPTIONS - pattern.length));
  const order = (a: BodyArea) => REGION_IDS.indexOf(a.region) * 2 + SIDES.indexOf(a.side);
  return [...pattern, ...extra].sort((a, b) => order(a) - order(b));
}

/** One question of a kind about a trigger point, or undefined if the atlas cannot make it fair. */
export function makeQuestion(
  kind: QuizKind,
  triggerPointId: string,
  index: AtlasIndex,
  seed: number,
): Question | undefined {
  const entry = index.triggerPoint(triggerPointId);
  if (!entry) return undefined;
  const random = seededRandom(seed);
  const side: Side = random() < 0.5 ? 'left' : 'right';
  const base = {
    card: cardId(kind, triggerPointId),
    triggerPointId,
    muscleId: entry.muscle.id,
    side,
  };
  if (kind === 'refers') {
    const essential = patternAreas(entry.triggerPoint.referral.essential, side);
    if (essential.length === 0) return undefined;
    return {
      ...base,
      kind,
      essential,
      spillover: patternAreas(entry.triggerPoint.referral.spillover, side),
      options: areaOptions(entry, side, index, random),
    };
  }
  const wrong = distractors(kind, entry, index, random);
  if (!wrong) return undefined;
  return { ...base, kind, choices: shuffled([entry.muscle.id, ...wrong], random) };
}

const cardCache = new WeakMap<AtlasIndex, Map<string, readonly string[]>>();

/**
 * Every card the atlas can ask, per kind (optionally of one body area), in atlas order.
 * Worked out once per atlas, kinds and area: it weighs every muscle against every other.
 */
export function availableCards(
  index: AtlasIndex,
  kinds: readonly QuizKind[] = QUIZ_KINDS,
  area: BodyAreaGroup | null = null,
): readonly string[] {
  const byKey = cardCache.get(index) ?? new Map<string, readonly string[]>();
  cardCache.set(index, byKey);
  // In the one order of QUIZ_KINDS, so the answer never depends on the order asked in.
  const wanted = QUIZ_KINDS.filter((k) => kinds.includes(k));
  const key = `${wanted.join()}|${area ?? ''}`;
  const known = byKey.get(key);
  if (known) return known;
  const out: string[] = [];
  for (const kind of wanted) {
    for (const { muscle, triggerPoint } of index.triggerPoints) {
      if (area !== null && muscle.group !== area) continue;
      // The seed does not change whether a fair question exists, only which one.
      if (makeQuestion(kind, triggerPoint.id, index, 1)) out.push(cardId(kind, triggerPoint.id));
    }
  }
  byKey.set(key, out);
  return out;
}

export interface RoundOptions {
  seed: number;
  kinds?: readonly QuizKind[];
  /** Only muscles of this body area; null for all. */
  area?: BodyAreaGroup | null;
  size?: number;
  /** Cards due again, most overdue first: asked before any other. */
  due?: readonly string[];
  /** Cards asked before: after the due ones, new cards come first. */
  seen?: ReadonlySet<string>;
}

/**
 * A round: balanced across the kinds asked for (ten questions of three kinds are four, three and
 * three, the seed choosing which kind gets the extra one), and within each kind the due cards
 * first (most overdue first), then cards never asked, then the rest; each card at most once, in a
 * shuffled order. A kind with too few cards leaves its places to the others. `cards` (the
 * available ones) may be passed in when already known.
 */
export function createRound(
  index: AtlasIndex,
  options: RoundOptions,
  cards: readonly string[] = availableCards(index, options.kinds, options.area ?? null),
): Question[] {
  const random = seededRandom(options.seed);
  const size = options.size ?? ROUND_SIZE;
  const available = new Set(cards);
  const seen = options.seen ?? new Set<string>();
  const due = (options.due ?? []).filter((c) => available.has(c));
  const dueSet = new Set(due);
  const fresh = shuffled(
    cards.filter((c) => !dueSet.has(c) && !seen.has(c)),
    random,
  );
  const again = shuffled(
    cards.filter((c) => !dueSet.has(c) && seen.has(c)),
    random,
  );
  const byPriority = [...due, ...fresh, ...again];
  const kindOf = (card: string) => parseCardId(card)!.kind;
  const kinds = shuffled(
    QUIZ_KINDS.filter((k) => byPriority.some((c) => kindOf(c) === k)),
    random,
  );
  const picked = new Set<string>();
  kinds.forEach((kind, i) => {
    const quota = Math.floor(size / kinds.length) + (i < size % kinds.length ? 1 : 0);
    for (const card of byPriority.filter((c) => kindOf(c) === kind).slice(0, quota))
      picked.add(card);
  });
  for (const card of byPriority) {
    if (picked.size >= size) break;
    picked.add(card);
  }
  return shuffled([...picked], random).flatMap((card, i) => {
    const parsed = parseCardId(card)!;
    const question = makeQuestion(
      parsed.kind,
      parsed.triggerPointId,
      index,
      (options.seed * 31 + i * 7919) >>> 0,
    );
    return question ? [question] : [];
  });
}

/** How an answer fares. */
export function judge(question: Question, answer: Answer): Judgement {
  if (question.kind !== 'refers') {
    const right = answer.kind === 'choice' && answer.muscleId === question.muscleId;
    return { grade: right ? 'right' : 'wrong', credit: right ? 1 : 0 };
  }
  const picks = answer.kind === 'areas' ? answer.areas : [];
  const inSet = (set: readonly BodyArea[], a: BodyArea) => set.some((b) => sameArea(a, b));
  const main = picks.filter((a) => inSet(question.essential, a)).length;
  const sometimes = picks.filter((a) => inSet(question.spillover, a)).length;
  const wrong = picks.length - main - sometimes;
  const raw = (main + 0.5 * sometimes - wrong) / question.essential.length;
  const credit = Math.round(Math.min(1, Math.max(0, raw)) * 100) / 100;
  const grade: Grade =
    main === question.essential.length && wrong === 0 ? 'right' : credit > 0 ? 'partly' : 'wrong';
  return { grade, credit: grade === 'right' ? 1 : Math.min(credit, 0.99) };
}

/**
 * What the body shows for a question: before the answer, the clue (a pattern, an X, the areas
 * picked so far); after it, the right answer (the X and the muscle's outline, the pattern, or
 * each area marked right, wrong or missed).
 */
export function quizDisplay(
  question: Question | null,
  state: { picks: readonly BodyArea[]; answered: boolean },
  index: AtlasIndex,
  hovered: BodyArea | null = null,
): BodyDisplay {
  const display = new DisplayBuilder();
  const entry = question ? index.triggerPoint(question.triggerPointId) : undefined;
  if (question && entry) {
    const { side } = question;
    const marker = {
      triggerPointId: entry.triggerPoint.id,
      side,
      placement: entry.triggerPoint.placement,
    };
    if (question.kind === 'pattern') {
      display.pattern(entry.triggerPoint, side);
      if (state.answered) display.marker(marker).outline({ muscleId: entry.muscle.id, side });
    } else if (question.kind === 'point') {
      display.marker(marker);
      if (state.answered)
        display.pattern(entry.triggerPoint, side).outline({ muscleId: entry.muscle.id, side });
    } else if (question.kind === 'refers') {
      display.marker(marker);
      const inSet = (set: readonly BodyArea[], a: BodyArea) => set.some((b) => sameArea(a, b));
      if (!state.answered) {
        for (const area of state.picks) display.paint(area, { pain: 1 });
      } else {
        for (const area of question.spillover) display.paint(area, { referral: 'spillover' });
        for (const area of question.essential)
          display.paint(area, { mark: inSet(state.picks, area) ? 'correct' : 'missed' });
        for (const area of state.picks) {
          if (inSet(question.spillover, area)) display.paint(area, { mark: 'correct' });
          else if (!inSet(question.essential, area)) display.paint(area, { mark: 'wrong' });
        }
      }
    }
  }
  if (hovered) display.paint(hovered, { hovered: true });
  return display.build();
}
