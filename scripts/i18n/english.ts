/**
 * The atlas in one language, put together in Node from the JSON catalogues exactly as the app
 * does it in the browser (the same compiler, the same assembly), for the tests, the scripts and
 * anyone reading the data. The app itself never imports this: it loads each catalogue when it
 * is needed (src/state/i18n.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setupI18n } from '@lingui/core';
import { EVERYDAY_CONDITIONS, atlas } from '../../data/index.ts';
import type { TextAtlas } from '../../src/domain/atlas.ts';
import {
  assembleMuscle,
  assembleOtherCause,
  assemblePressureCaution,
  assembleRedFlag,
  assembleRegion,
  type AtlasShape,
  type Format,
  type MuscleProseShape,
  type SafetyShape,
  type SearchShape,
} from '../../src/domain/assemble.ts';
import { compileCatalog } from './catalogPlugin.ts';

// From the project root (where every script and test runs): in a browser-like test environment
// import.meta.url is not a file URL.
const ROOT = pathToFileURL(resolve(process.cwd(), 'data/i18n') + sep);

export interface Language {
  lang: string;
  atlas: AtlasShape;
  safety: SafetyShape;
  search: SearchShape;
  ui: Record<string, string>;
  muscles: ReadonlyMap<string, MuscleProseShape>;
  fmt: Format;
  /** The raw JSON of every file, by path relative to data/i18n/<lang>/. */
  raw: ReadonlyMap<string, unknown>;
}

/** Reads and compiles every catalogue of a language. */
export function loadLanguage(lang = 'en', pseudo = false): Language {
  const dir = new URL(`${lang}/`, ROOT);
  const messages: Record<string, unknown> = {};
  const raw = new Map<string, unknown>();
  const read = (file: string, namespace: string) => {
    const json: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    raw.set(file, json);
    const compiled = compileCatalog(json, namespace, pseudo);
    Object.assign(messages, compiled.messages);
    return compiled.shape;
  };
  const ui = read('ui.json', 'ui') as Record<string, string>;
  const atlasShape = read('atlas.json', 'atlas') as AtlasShape;
  const safety = read('safety.json', 'safety') as SafetyShape;
  const search = read('search.json', 'search') as SearchShape;
  const muscles = new Map<string, MuscleProseShape>();
  for (const file of readdirSync(new URL('muscles/', dir))) {
    if (!file.endsWith('.json')) continue;
    const id = file.slice(0, -'.json'.length);
    muscles.set(id, read(`muscles/${file}`, `m.${id}`) as MuscleProseShape);
  }
  const i18n = setupI18n({ locale: lang, messages: { [lang]: messages as never } });
  return {
    lang,
    atlas: atlasShape,
    safety,
    search,
    ui,
    muscles,
    fmt: (id, values) => i18n._(id, values),
    raw,
  };
}

/** The whole atlas in a language: every record with its words. */
export function textAtlas(language: Language): TextAtlas {
  const { fmt } = language;
  const muscleOfTp = new Map<string, string>();
  for (const m of atlas.muscles) for (const tp of m.triggerPoints) muscleOfTp.set(tp.id, m.id);
  return {
    ...atlas,
    regions: atlas.regions.map((r) => assembleRegion(r, language.atlas, language.search, fmt)),
    muscles: atlas.muscles.map((m) =>
      assembleMuscle(
        m,
        language.atlas,
        language.search,
        (id) => language.muscles.get(id),
        (tp) => muscleOfTp.get(tp),
        fmt,
      ),
    ),
    redFlags: atlas.redFlags.map((f) => assembleRedFlag(f, language.safety, fmt)),
    otherCauses: atlas.otherCauses.map((c) => assembleOtherCause(c, language.safety, fmt)),
    pressureCautions: atlas.pressureCautions.map((c) =>
      assemblePressureCaution(c, language.safety, fmt),
    ),
  };
}

export const english = loadLanguage('en');
/** The atlas in English. */
export const englishAtlas: TextAtlas = textAtlas(english);

/** What people call their pain, with its words in a language, for the search. */
export function conditions(language: Language) {
  return EVERYDAY_CONDITIONS.map((c) => {
    const words = language.search.conditions[c.id]!;
    return {
      ...c,
      name: language.fmt(words.name),
      synonyms: words.synonyms.map((w) => language.fmt(w)),
    };
  });
}
