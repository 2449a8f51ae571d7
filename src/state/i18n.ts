/**
 * The app's language: one @lingui/core instance holds every compiled message of the active
 * locale; catalogues arrive as the screens need them. The interface and atlas names of the
 * default language come with the app; the warnings' words load when there is first one to show
 * (an area chosen, a point opened: every screen that shows a technique waits for them); a
 * muscle's detailed words load when it is first shown (and are prefetched for the top results).
 *
 * `en-XA` is a pseudo-locale: English, accented and lengthened, through exactly the same path,
 * so a test can see any text that bypasses the catalogues.
 */
import { setupI18n, type Messages } from '@lingui/core';
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { atlas } from '../../data/index.ts';
import * as enAtlas from '../../data/i18n/en/atlas.json?catalog';
import * as enUi from '../../data/i18n/en/ui.json?catalog';
import type enUiJson from '../../data/i18n/en/ui.json';
import type { MuscleFacts } from '../domain/atlas.ts';
import {
  assembleMuscle,
  assembleRegion,
  proseDependencies,
  type AtlasShape,
  type Format,
  type MuscleProseShape,
  type SafetyShape,
  type SearchShape,
} from '../domain/assemble.ts';
import type {
  Muscle,
  OtherCauseProse,
  PressureCautionProse,
  RedFlagProse,
} from '../domain/atlas.ts';
import type { Region, RegionId } from '../domain/regions.ts';

/** Languages with catalogues of their own (a language is a folder of data/i18n). */
export const LANGUAGES = ['en'] as const;
export const PSEUDO_LOCALE = 'en-XA';
export type Locale = (typeof LANGUAGES)[number] | typeof PSEUDO_LOCALE;

export function isLocale(value: string): value is Locale {
  return (LANGUAGES as readonly string[]).includes(value) || value === PSEUDO_LOCALE;
}

/** A key of the interface catalogue (data/i18n/en/ui.json). */
export type UiKey = keyof typeof enUiJson;
export type Values = Record<string, string | number>;

interface Catalog {
  shape: unknown;
  messages: Record<string, unknown>;
}

/** Where each locale's catalogues come from; each entry is a chunk of its own. */
const loaders: Record<
  Locale,
  {
    ui: () => Promise<Catalog>;
    atlas: () => Promise<Catalog>;
    safety: () => Promise<Catalog>;
    search: () => Promise<Catalog>;
    muscle: (id: string) => Promise<Catalog> | undefined;
  }
> = {
  en: {
    ui: () => Promise.resolve(enUi),
    atlas: () => Promise.resolve(enAtlas),
    safety: () => import('../../data/i18n/en/safety.json?catalog'),
    search: () => import('../../data/i18n/en/search.json?catalog'),
    muscle: (id) => globMuscle(EN_MUSCLES, id),
  },
  'en-XA': {
    ui: () => import('../../data/i18n/en/ui.json?catalog&pseudo'),
    atlas: () => import('../../data/i18n/en/atlas.json?catalog&pseudo'),
    safety: () => import('../../data/i18n/en/safety.json?catalog&pseudo'),
    search: () => import('../../data/i18n/en/search.json?catalog&pseudo'),
    muscle: (id) => globMuscle(PSEUDO_MUSCLES, id),
  },
};

const EN_MUSCLES = import.meta.glob<Catalog>('../../data/i18n/en/muscles/*.json', {
  query: '?catalog',
});
const PSEUDO_MUSCLES = import.meta.glob<Catalog>('../../data/i18n/en/muscles/*.json', {
  query: '?catalog&pseudo',
});

function globMuscle(files: Record<string, () => Promise<Catalog>>, id: string) {
  return files[`../../data/i18n/en/muscles/${id}.json`]?.();
}

const i18n = setupI18n({
  locale: 'en',
  messages: { en: { ...enUi.messages, ...enAtlas.messages } as Messages },
  // A missing message shows its id, loudly in development, so it is found and fixed.
  missing: (locale, id) => {
    if (import.meta.env.DEV) console.warn(`Missing message "${id}" in ${locale}`);
    return id;
  },
});

interface I18nState {
  locale: Locale;
  /** The names every screen needs: set once the locale's atlas catalogue is in. */
  atlas: AtlasShape;
  /** The warnings' words, once loaded. */
  safety: SafetyShape | null;
  /** Other names, complaints and region descriptions, once loaded. */
  search: SearchShape | null;
  /** Each muscle's detailed words, once loaded. */
  muscles: ReadonlyMap<string, MuscleProseShape>;
  /** Bumped whenever messages arrive, so what shows them renders again. */
  version: number;
}

export const useI18nStore = create<I18nState>()(() => ({
  locale: 'en',
  atlas: enAtlas.shape as AtlasShape,
  safety: null,
  search: null,
  muscles: new Map(),
  version: 0,
}));

const pending = new Map<string, Promise<void>>();

function take(catalog: Catalog): void {
  i18n.load(useI18nStore.getState().locale, catalog.messages as Messages);
}

/**
 * How list words ("and", "or") are shown: Intl.ListFormat gives them in the language; in the
 * pseudo-locale they are pseudo-localised too, by the same library the catalogues use.
 */
let listWords: (literal: string) => string = (literal) => literal;

/** Switches the language: its interface and names, then its warnings if they were in use. */
export async function setLocale(locale: Locale): Promise<void> {
  const warningsShown = useI18nStore.getState().safety !== null;
  if (locale === PSEUDO_LOCALE) {
    const { default: pseudo } = await import('pseudolocale');
    listWords = (literal) => pseudo(literal, { prepend: '', append: '' });
  } else listWords = (literal) => literal;
  const source = loaders[locale];
  const [ui, names] = await Promise.all([source.ui(), source.atlas()]);
  pending.clear();
  i18n.load(locale, { ...ui.messages, ...names.messages } as Messages);
  i18n.activate(locale);
  useI18nStore.setState((s) => ({
    locale,
    atlas: names.shape as AtlasShape,
    safety: null,
    search: null,
    muscles: new Map(),
    version: s.version + 1,
  }));
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  if (warningsShown) await loadSafety();
}

/** Loads a catalogue of the active language once, and puts its shape in the store. */
function loadOnce(part: 'safety' | 'search'): Promise<void> {
  const { locale } = useI18nStore.getState();
  const key = `${locale}:${part}`;
  let done = pending.get(key);
  if (!done) {
    done = loaders[locale][part]().then((catalog) => {
      take(catalog);
      useI18nStore.setState((s) => ({ [part]: catalog.shape, version: s.version + 1 }));
    });
    pending.set(key, done);
  }
  return done;
}

/** Loads the warnings' words of the active language (once). */
export function loadSafety(): Promise<void> {
  return loadOnce('safety');
}

/** Loads the other names, complaints and region descriptions of the active language (once). */
export function loadSearchWords(): Promise<void> {
  return loadOnce('search');
}

/**
 * Loads the detailed words of muscles (and of the muscles they share words with). Resolves when
 * all are in; a muscle without a catalogue is an error the validation test rules out.
 */
export function loadMuscles(
  ids: readonly string[],
  findMuscle: (id: string) => MuscleFacts | undefined,
  muscleOfTp: (tpId: string) => string | undefined,
): Promise<void> {
  const { locale } = useI18nStore.getState();
  const needed = new Set<string>();
  for (const id of ids) {
    const facts = findMuscle(id);
    if (facts) for (const dep of proseDependencies(facts, muscleOfTp)) needed.add(dep);
  }
  return Promise.all(
    [...needed].map((id) => {
      const key = `${locale}:m:${id}`;
      let done = pending.get(key);
      if (!done) {
        const load = loaders[locale].muscle(id);
        done = load
          ? load.then(
              (catalog) => {
                take(catalog);
                useI18nStore.setState((s) => {
                  const muscles = new Map(s.muscles);
                  muscles.set(id, catalog.shape as MuscleProseShape);
                  return { muscles, version: s.version + 1 };
                });
              },
              (error: unknown) => {
                // A failed fetch (a dropped connection) is tried again on the next request.
                pending.delete(key);
                throw error;
              },
            )
          : Promise.reject(new Error(`No words for muscle "${id}"`));
        pending.set(key, done);
      }
      return done;
    }),
  ).then(() => undefined);
}

/** Text for a message id in the active language. */
export const format: Format = (id, values) => i18n._(id, values);

/** Text for an interface message. */
export function t(key: UiKey, values?: Values): string {
  return i18n._(key, values);
}

/** A list in the active language's style: "a, b and c". */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return listParts(items.length, type)
    .map((part) => (typeof part === 'number' ? items[part] : part))
    .join('');
}

/**
 * A list of `count` items in the active language's style, as parts: each item's position
 * between the words that join them ([0, ", ", 1, " and ", 2]), for a list of links.
 */
export function listParts(
  count: number,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): (number | string)[] {
  const locale = useI18nStore.getState().locale;
  const items = Array.from({ length: count }, (_, i) => String(i));
  return new Intl.ListFormat(locale === PSEUDO_LOCALE ? 'en' : locale, { type })
    .formatToParts(items)
    .map((part) => (part.type === 'literal' ? listWords(part.value) : Number(part.value)));
}

/**
 * A date or time in the active language's style ("Tue 3 Mar, 08:15"); in the pseudo-locale its
 * words are pseudo-localised too, like the list words, so a test can tell it came through here.
 */
export function formatDate(at: number | string, options: Intl.DateTimeFormatOptions): string {
  const locale = useI18nStore.getState().locale;
  const date = typeof at === 'number' ? new Date(at) : new Date(Date.parse(at));
  return new Intl.DateTimeFormat(locale === PSEUDO_LOCALE ? 'en' : locale, options)
    .formatToParts(date)
    .map((part) =>
      part.type === 'literal' || /\p{L}/u.test(part.value) ? listWords(part.value) : part.value,
    )
    .join('');
}

/** A number with at most one decimal, in the active language's style ("6.5"). */
export function formatNumber(x: number): string {
  const locale = useI18nStore.getState().locale;
  return new Intl.NumberFormat(locale === PSEUDO_LOCALE ? 'en' : locale, {
    maximumFractionDigits: 1,
  }).format(x);
}

/** `t`, re-rendering the component when the language or its messages change. */
export function useT(): typeof t {
  useI18nStore((s) => s.version);
  return t;
}

/** The names of the atlas in the active language. */
export interface AtlasWords {
  muscleName: (id: string) => string;
  triggerPointName: (id: string) => string;
  regionLabel: (id: RegionId) => string;
  regionGroup: (id: keyof AtlasShape['regionGroups']) => string;
  bodyArea: (id: keyof AtlasShape['bodyAreas']) => string;
  figure: (id: keyof AtlasShape['figures']) => string;
  shortcut: (id: string) => string;
}

export function atlasWords(shape: AtlasShape): AtlasWords {
  return {
    muscleName: (id) => format(shape.muscles[id] ?? id),
    triggerPointName: (id) => format(shape.triggerPoints[id] ?? id),
    regionLabel: (id) => format(shape.regions[id]),
    regionGroup: (id) => format(shape.regionGroups[id]),
    bodyArea: (id) => format(shape.bodyAreas[id]),
    figure: (id) => format(shape.figures[id]),
    shortcut: (id) => format(shape.shortcuts[id] ?? id),
  };
}

/** The atlas's names in the active language (re-renders when it changes). */
export function useAtlasWords(): AtlasWords {
  const shape = useI18nStore((s) => s.atlas);
  const version = useI18nStore((s) => s.version);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => atlasWords(shape), [shape, version]);
}

/** Other names, complaints and what each region covers, in the active language. */
export interface SearchWords {
  aliases: (id: string) => string[];
  complaints: (tpId: string) => string[];
  region: (id: RegionId) => Region;
  /** An everyday name for a pain ("Migraine") and its other names. */
  condition: (id: string) => { name: string; synonyms: string[] };
}

/** The search words, or null until loaded (a call with `load` starts loading them). */
export function useSearchWords(load = true): SearchWords | null {
  const atlasShape = useI18nStore((s) => s.atlas);
  const search = useI18nStore((s) => s.search);
  const version = useI18nStore((s) => s.version);
  return useMemo(() => {
    if (!search) {
      if (load) void loadSearchWords();
      return null;
    }
    const all = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => format(id));
    const regionFacts = new Map(atlas.regions.map((r) => [r.id, r]));
    return {
      aliases: (id) => all(search.muscles[id]?.aliases),
      complaints: (id) => all(search.triggerPoints[id]?.complaints),
      region: (id) => assembleRegion(regionFacts.get(id)!, atlasShape, search, format),
      condition: (id) => {
        const words = search.conditions[id];
        return { name: words ? format(words.name) : id, synonyms: all(words?.synonyms) };
      },
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [atlasShape, search, version, load]);
}

/**
 * Starts loading the detailed words of muscles a person is likely to open next (the top
 * results), once the browser is idle, so that choosing one shows its technique at once instead
 * of a "loading" line. Loads nothing already loaded or on its way.
 */
export function usePrefetchMuscleWords(
  ids: readonly string[],
  findMuscle: (id: string) => MuscleFacts | undefined,
  muscleOfTp: (tpId: string) => string | undefined,
): void {
  const key = ids.join(' ');
  useEffect(() => {
    if (!key) return undefined;
    const wanted = key.split(' ');
    const start = () => {
      void loadSearchWords();
      loadMuscles(wanted, findMuscle, muscleOfTp).catch(() => {
        // Only a head start: opening the muscle loads it again and reports a failure there.
      });
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(start, { timeout: 1500 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(start, 200);
    return () => clearTimeout(handle);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

/** A muscle with its words, or undefined while they load (loading starts on first call). */
export function useMuscleWords(
  facts: MuscleFacts | undefined,
  findMuscle: (id: string) => MuscleFacts | undefined,
  muscleOfTp: (tpId: string) => string | undefined,
): Muscle | undefined {
  const shape = useI18nStore((s) => s.atlas);
  const search = useI18nStore((s) => s.search);
  const muscles = useI18nStore((s) => s.muscles);
  const version = useI18nStore((s) => s.version);
  return useMemo(() => {
    if (!facts) return undefined;
    const needed = proseDependencies(facts, muscleOfTp);
    if (!search || !needed.every((id) => muscles.has(id))) {
      void loadSearchWords();
      void loadMuscles([facts.id], findMuscle, muscleOfTp);
      return undefined;
    }
    return assembleMuscle(facts, shape, search, (id) => muscles.get(id), muscleOfTp, format);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [facts, shape, search, muscles, version]);
}

/** The warnings' words in the active language. */
export interface SafetyWords {
  redFlag: (id: string) => RedFlagProse;
  otherCause: (id: string) => OtherCauseProse;
  caution: (id: string) => PressureCautionProse;
}

/** The warnings' words, or null until they have loaded (the first call starts loading them). */
export function useSafetyWords(): SafetyWords | null {
  const safety = useI18nStore((s) => s.safety);
  const version = useI18nStore((s) => s.version);
  return useMemo(() => {
    if (!safety) {
      void loadSafety();
      return null;
    }
    const words = <T extends object>(group: Record<string, T>, id: string, what: string): T => {
      const shape = group[id];
      if (!shape) throw new Error(`No words for ${what} "${id}"`);
      return Object.fromEntries(
        Object.entries(shape).map(([k, v]) => [k, format(v as string)]),
      ) as T;
    };
    return {
      redFlag: (id) => words(safety.redFlags, id, 'red flag') as RedFlagProse,
      otherCause: (id) => words(safety.otherCauses, id, 'other cause') as OtherCauseProse,
      caution: (id) =>
        words(safety.pressureCautions, id, 'pressure caution') as PressureCautionProse,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [safety, version]);
}
