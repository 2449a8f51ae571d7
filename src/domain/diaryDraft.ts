/**
 * The diary's form as data: the entry being written (or changed) before it is saved. Pure, so
 * the quick paths (a tap on the body, "same as last time", an intensity slider) are tested
 * without a browser; the draft store only holds one of these.
 */
import {
  QUALITIES,
  clampIntensity,
  normaliseEntry,
  type AreaIntensity,
  type DiaryEntry,
  type DoneTechnique,
  type Quality,
} from './diary.ts';
import { sameArea, type BodyArea } from './regions.ts';

/** The intensity an area starts at when it is added: the middle of the scale, to move either way. */
export const DEFAULT_INTENSITY = 5;

export interface DiaryDraft {
  /** The id of the entry being changed, or null for a new entry. */
  editing: string | null;
  /** When the entry is about (ISO 8601, UTC), or null for "now, when it is saved". */
  at: string | null;
  areas: readonly AreaIntensity[];
  qualities: readonly Quality[];
  note: string;
  done: readonly DoneTechnique[];
}

export const EMPTY_DRAFT: DiaryDraft = {
  editing: null,
  at: null,
  areas: [],
  qualities: [],
  note: '',
  done: [],
};

/** A draft to change an entry: everything as saved, the same time. */
export function draftFromEntry(entry: DiaryEntry): DiaryDraft {
  return {
    editing: entry.id,
    at: entry.at,
    areas: entry.areas.map((a) => ({ ...a })),
    qualities: [...entry.qualities],
    note: entry.note,
    done: entry.done.map((d) => ({ ...d })),
  };
}

/**
 * A new draft that starts where the last entry left off: the same areas at the same
 * intensities and the same words for the pain, to adjust; no note, nothing done yet.
 */
export function draftLike(entry: DiaryEntry): DiaryDraft {
  return {
    ...EMPTY_DRAFT,
    areas: entry.areas.map((a) => ({ ...a })),
    qualities: [...entry.qualities],
  };
}

export function hasArea(draft: DiaryDraft, area: BodyArea): boolean {
  return draft.areas.some((a) => sameArea(a, area));
}

/** Adds an area at the default intensity (an area already there is left as it is). */
export function addDraftArea(draft: DiaryDraft, area: BodyArea): DiaryDraft {
  if (hasArea(draft, area)) return draft;
  return {
    ...draft,
    areas: [...draft.areas, { region: area.region, side: area.side, intensity: DEFAULT_INTENSITY }],
  };
}

export function removeDraftArea(draft: DiaryDraft, area: BodyArea): DiaryDraft {
  return { ...draft, areas: draft.areas.filter((a) => !sameArea(a, area)) };
}

/** A tap on the body: adds the area, or takes it away if it is already in the entry. */
export function toggleDraftArea(draft: DiaryDraft, area: BodyArea): DiaryDraft {
  return hasArea(draft, area) ? removeDraftArea(draft, area) : addDraftArea(draft, area);
}

export function setDraftIntensity(
  draft: DiaryDraft,
  area: BodyArea,
  intensity: number,
): DiaryDraft {
  return {
    ...draft,
    areas: draft.areas.map((a) =>
      sameArea(a, area) ? { ...a, intensity: clampIntensity(intensity) } : a,
    ),
  };
}

export function toggleDraftQuality(draft: DiaryDraft, quality: Quality): DiaryDraft {
  const on = draft.qualities.includes(quality);
  return {
    ...draft,
    qualities: QUALITIES.filter((q) => (q === quality ? !on : draft.qualities.includes(q))),
  };
}

/**
 * Whether there is anything to save: an area (even at 0, "checked and it did not hurt"),
 * something done, or a note.
 */
export function canSaveDraft(draft: DiaryDraft): boolean {
  return draft.areas.length > 0 || draft.done.length > 0 || draft.note.trim() !== '';
}

/** The entry the draft describes; `now` (ISO) is its time when the draft has none of its own. */
export function entryFromDraft(draft: DiaryDraft, id: string, now: string): DiaryEntry {
  return normaliseEntry({
    id: draft.editing ?? id,
    at: draft.at ?? now,
    areas: draft.areas,
    qualities: draft.qualities,
    note: draft.note,
    done: draft.done,
  });
}
