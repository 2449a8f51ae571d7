/**
 * Checks one language's catalogues against the facts: every record of the atlas has its words,
 * no words belong to a record that does not exist, every message is valid ICU and names only the
 * placeholders its place allows, no text is empty or a placeholder, and no number that lives in a
 * field is written out again in a step (it must be a placeholder, so the two can never disagree).
 * A translation is checked against English the same way: same ids, same placeholders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { parse } from '@messageformat/parser';
import { atlas } from '../../data/index.ts';
import { COMPLAINT_SHORTCUTS } from '../../data/shortcuts.ts';
import { EVERYDAY_CONDITIONS } from '../../data/conditions.ts';
import { BODY_AREAS } from '../../src/domain/atlas.ts';
import { FIGURES } from '../../src/domain/anatomy/build.ts';
import { REGION_GROUPS, REGION_IDS } from '../../src/domain/regions.ts';

export interface TextProblem {
  path: string;
  message: string;
}

// From the project root (where every script and test runs): in a browser-like test environment
// import.meta.url is not a file URL.
const ROOT = pathToFileURL(resolve(process.cwd(), 'data/i18n') + sep);
const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|lorem ipsum|XXX)\b/i;

/** Placeholders each kind of text may use. */
const PRESSURE_VALUES = [
  'pressureMin',
  'pressureMax',
  'holdMin',
  'holdMax',
  'rounds',
  'roundsLeft',
  'rest',
];
const STRETCH_VALUES = ['hold', 'repetitions', 'repetitionsLeft'];

/** Numbers a field holds, written out in a step instead of a placeholder. */
const WRITTEN_PRESSURE = [
  /\b\d+\s*(?:to|–|-)\s*\d+\s*out of 10\b/i,
  /\b\d+\s*(?:to|–|-)\s*\d+\s*seconds\b/i,
  /\bhold(?: it| the hold)? for \d+ seconds\b/i,
  /\b(?:twice more|(?:one|two|three|four|five) more times)\b/i,
  /\b(?:two|three|four|five) rounds\b/i,
];
const WRITTEN_STRETCH = [
  /\bhold(?: it| the stretch| this| there)? for \d+(?: to \d+)? seconds\b/i,
  /^Repeat (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) times\b/i,
  /\brepeat twice more\b/i,
];

/** The names of every placeholder in a compiled message (plural and select arguments included). */
export function placeholders(compiled: unknown, out = new Set<string>()): Set<string> {
  const parts = Array.isArray(compiled) ? compiled : [compiled];
  for (const part of parts) {
    // A placeholder is [name], [name, type] or [name, type, { branch: parts }].
    if (!Array.isArray(part) || typeof part[0] !== 'string') continue;
    out.add(part[0]);
    const branches: unknown = part[2];
    if (branches && typeof branches === 'object' && !Array.isArray(branches))
      for (const branch of Object.values(branches)) placeholders(branch, out);
  }
  return out;
}

function readJson(file: URL, problems: TextProblem[], path: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ path, message: `not valid JSON: ${String(error)}` });
    return undefined;
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** A language's catalogues as parsed JSON (undefined where a file is missing or unreadable). */
export interface LanguageFiles {
  ui: unknown;
  atlas: unknown;
  search: unknown;
  safety: unknown;
  muscles: ReadonlyMap<string, unknown>;
}

/** Reads a language's catalogues from data/i18n/<lang>/, reporting files that are not JSON. */
export function readLanguage(lang: string, problems: TextProblem[] = []): LanguageFiles {
  const dir = new URL(`${lang}/`, ROOT);
  const muscles = new Map<string, unknown>();
  for (const file of readdirSync(new URL('muscles/', dir))) {
    if (file.endsWith('.json'))
      muscles.set(
        file.slice(0, -5),
        readJson(new URL(`muscles/${file}`, dir), problems, `muscles/${file}`),
      );
  }
  return {
    ui: readJson(new URL('ui.json', dir), problems, 'ui.json'),
    atlas: readJson(new URL('atlas.json', dir), problems, 'atlas.json'),
    search: readJson(new URL('search.json', dir), problems, 'search.json'),
    safety: readJson(new URL('safety.json', dir), problems, 'safety.json'),
    muscles,
  };
}

/** Reads and checks a language (a translation against English). */
export function validateLanguage(lang: string): TextProblem[] {
  const problems: TextProblem[] = [];
  const files = readLanguage(lang, problems);
  const english = lang === 'en' ? files : readLanguage('en');
  return [...problems, ...validateTexts(files, english)];
}

/** Checks a language's catalogues against the facts, and its interface against English's. */
export function validateTexts(files: LanguageFiles, english: LanguageFiles = files): TextProblem[] {
  const problems: TextProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  /** Checks one message: real text, valid ICU, only the placeholders allowed here. */
  const message = (value: unknown, path: string, allowed: readonly string[] = []) => {
    if (typeof value !== 'string') {
      report(path, 'must be text');
      return;
    }
    if (value.trim() === '') {
      report(path, 'empty text');
      return;
    }
    if (PLACEHOLDER.test(value)) report(path, 'placeholder text');
    let compiled: unknown;
    try {
      // The compiler logs and passes a broken message through; the parser says what is wrong.
      parse(value);
      compiled = compileMessage(value);
    } catch (error) {
      report(path, `not a valid ICU message: ${String(error)}`);
      return;
    }
    for (const name of placeholders(compiled))
      if (!allowed.includes(name)) report(path, `uses {${name}}, which nothing fills here`);
  };
  const list = (value: unknown, path: string, allowed: readonly string[] = [], min = 1) => {
    if (!Array.isArray(value)) {
      report(path, 'must be a list');
      return;
    }
    if (value.length < min) report(path, `needs at least ${min}`);
    value.forEach((item, i) => message(item, `${path}[${i}]`, allowed));
  };
  const group = (
    value: unknown,
    path: string,
    fields: Record<string, 'text' | 'list' | 'optional' | 'optionalList'>,
  ) => {
    if (!isObject(value)) {
      report(path, 'missing');
      return;
    }
    for (const [field, kind] of Object.entries(fields)) {
      if (kind === 'optional') {
        if (value[field] !== undefined) message(value[field], `${path}.${field}`);
      } else if (kind === 'optionalList') {
        list(value[field], `${path}.${field}`, [], 0);
      } else if (kind === 'text') message(value[field], `${path}.${field}`);
      else list(value[field], `${path}.${field}`);
    }
    for (const key of Object.keys(value))
      if (!(key in fields)) report(`${path}.${key}`, 'no such field');
  };
  /** Every key of a map of records is a known id, and every known id is there. */
  const keyed = (value: unknown, path: string, ids: readonly string[]): Json => {
    if (!isObject(value)) {
      report(path, 'missing');
      return {};
    }
    for (const id of ids) if (!(id in value)) report(`${path}.${id}`, 'missing');
    for (const key of Object.keys(value))
      if (!ids.includes(key)) report(`${path}.${key}`, 'no such record');
    return value;
  };

  // ---- ui.json: flat messages, same keys and placeholders as English ----------------------
  const ui = files.ui;
  const englishUi = isObject(english.ui) ? english.ui : {};
  if (!isObject(ui)) report('ui.json', 'missing');
  else {
    for (const [key, value] of Object.entries(ui)) {
      if (!(key in englishUi)) {
        report(`ui.${key}`, 'not in the English catalogue');
        continue;
      }
      let allowed: string[] = [];
      try {
        allowed = [...placeholders(compileMessage(String(englishUi[key])))];
      } catch {
        // English's own message is reported when English is checked.
      }
      message(value, `ui.${key}`, allowed);
    }
    for (const key of Object.keys(englishUi)) if (!(key in ui)) report(`ui.${key}`, 'missing');
  }

  // ---- atlas.json ---------------------------------------------------------------------------
  const names = files.atlas;
  const muscleIds = atlas.muscles.map((m) => m.id);
  const tpIds = atlas.muscles.flatMap((m) => m.triggerPoints.map((t) => t.id));
  if (!isObject(names)) report('atlas.json', 'missing');
  else {
    for (const [field, ids] of [
      ['muscles', muscleIds],
      ['triggerPoints', tpIds],
      ['regions', REGION_IDS],
      ['regionGroups', REGION_GROUPS],
      ['bodyAreas', BODY_AREAS],
      ['figures', FIGURES],
      ['shortcuts', COMPLAINT_SHORTCUTS.map((s) => s.id)],
    ] as const) {
      const map = keyed(names[field], `atlas.${field}`, ids);
      for (const [id, value] of Object.entries(map)) message(value, `atlas.${field}.${id}`);
    }
  }

  // ---- search.json --------------------------------------------------------------------------
  const search = files.search;
  if (!isObject(search)) report('search.json', 'missing');
  else {
    const muscles = keyed(search.muscles, 'search.muscles', muscleIds);
    for (const [id, value] of Object.entries(muscles)) {
      group(value, `search.muscles.${id}`, { aliases: 'optionalList' });
      const aliases =
        isObject(value) && Array.isArray(value.aliases) ? value.aliases.map(String) : [];
      if (new Set(aliases.map((a) => a.toLowerCase())).size !== aliases.length)
        report(`search.muscles.${id}.aliases`, 'an alias is listed twice');
    }
    const tps = keyed(search.triggerPoints, 'search.triggerPoints', tpIds);
    for (const [id, value] of Object.entries(tps))
      group(value, `search.triggerPoints.${id}`, { complaints: 'list' });
    const regions = keyed(search.regions, 'search.regions', REGION_IDS);
    for (const [id, value] of Object.entries(regions))
      group(value, `search.regions.${id}`, { description: 'text', synonyms: 'optionalList' });
    const conditions = keyed(
      search.conditions,
      'search.conditions',
      EVERYDAY_CONDITIONS.map((c) => c.id),
    );
    for (const [id, value] of Object.entries(conditions))
      group(value, `search.conditions.${id}`, { name: 'text', synonyms: 'optionalList' });
  }

  // ---- safety.json --------------------------------------------------------------------------
  const safety = files.safety;
  if (isObject(safety)) {
    const flags = keyed(
      safety.redFlags,
      'safety.redFlags',
      atlas.redFlags.map((f) => f.id),
    );
    for (const [id, v] of Object.entries(flags))
      group(v, `safety.redFlags.${id}`, { title: 'text', signs: 'text', advice: 'text' });
    const causes = keyed(
      safety.otherCauses,
      'safety.otherCauses',
      atlas.otherCauses.map((c) => c.id),
    );
    for (const [id, v] of Object.entries(causes))
      group(v, `safety.otherCauses.${id}`, { name: 'text', feelsLike: 'text', whatToDo: 'text' });
    const cautions = keyed(
      safety.pressureCautions,
      'safety.pressureCautions',
      atlas.pressureCautions.map((c) => c.id),
    );
    for (const [id, v] of Object.entries(cautions))
      group(v, `safety.pressureCautions.${id}`, { condition: 'text', advice: 'text' });
  }

  // ---- muscles/<id>.json -------------------------------------------------------------------
  for (const id of files.muscles.keys()) {
    if (!atlas.muscles.some((m) => m.id === id)) report(`muscles/${id}`, 'no such muscle');
  }
  for (const facts of atlas.muscles) {
    const at = `muscles/${facts.id}`;
    const prose = files.muscles.get(facts.id);
    if (!isObject(prose)) {
      report(at, 'missing');
      continue;
    }
    const own = (part: string) =>
      facts.proseFrom?.[part as keyof typeof facts.proseFrom] === undefined;
    const allowedKeys = [
      'anatomy',
      'triggerPoints',
      'pressure',
      'therapistOnly',
      'stretch',
      'selfCare',
      'perpetuatingFactors',
      'precautions',
    ];
    for (const key of Object.keys(prose))
      if (!allowedKeys.includes(key)) report(`${at}.${key}`, 'no such field');
    group(prose.anatomy, `${at}.anatomy`, {
      origin: 'text',
      insertion: 'text',
      action: 'text',
      innervation: 'text',
    });
    const tps = keyed(
      prose.triggerPoints,
      `${at}.triggerPoints`,
      facts.triggerPoints.map((t) => t.id),
    );
    for (const tp of facts.triggerPoints) {
      const words = tps[tp.id];
      if (!isObject(words)) continue;
      const fields: Record<string, 'text' | 'list' | 'optional'> = { location: 'text' };
      if (tp.depth === 'deep') fields.depthNote = 'text';
      else fields.depthNote = 'optional';
      if (tp.symptomsFrom === undefined) fields.symptoms = 'list';
      group(words, `${at}.triggerPoints.${tp.id}`, fields);
    }
    for (const [part, present] of [
      ['pressure', Boolean(facts.pressure)],
      ['stretch', true],
      ['selfCare', true],
      ['perpetuatingFactors', true],
      ['precautions', true],
    ] as const) {
      const shared = !own(part);
      if (shared && prose[part] !== undefined)
        report(`${at}.${part}`, `shared with ${facts.proseFrom?.[part]}: write it there only`);
      if (!shared && present && prose[part] === undefined) report(`${at}.${part}`, 'missing');
      if (!present && prose[part] !== undefined)
        report(`${at}.${part}`, 'this muscle has no such technique');
    }
    if (facts.therapistOnly) message(prose.therapistOnly, `${at}.therapistOnly`);
    else if (prose.therapistOnly !== undefined)
      report(`${at}.therapistOnly`, 'only for a therapist-only muscle');
    if (isObject(prose.pressure)) {
      const p = prose.pressure;
      group({ ...p, steps: undefined, stopIf: undefined }, `${at}.pressure`, {
        position: 'text',
        tool: 'text',
        direction: 'text',
        releaseFeel: 'text',
        steps: 'optional',
        stopIf: 'optional',
      });
      list(p.steps, `${at}.pressure.steps`, PRESSURE_VALUES, 3);
      list(p.stopIf, `${at}.pressure.stopIf`);
      writtenTwice(p.steps, WRITTEN_PRESSURE, `${at}.pressure.steps`, report);
    }
    if (isObject(prose.stretch)) {
      const s = prose.stretch;
      group({ ...s, steps: undefined, avoid: undefined }, `${at}.stretch`, {
        position: 'text',
        breathing: 'text',
        feel: 'text',
        steps: 'optional',
        avoid: 'optional',
      });
      list(s.steps, `${at}.stretch.steps`, STRETCH_VALUES, 2);
      list(s.avoid, `${at}.stretch.avoid`);
      writtenTwice(s.steps, WRITTEN_STRETCH, `${at}.stretch.steps`, report);
    }
    for (const part of ['selfCare', 'perpetuatingFactors', 'precautions'])
      if (prose[part] !== undefined) list(prose[part], `${at}.${part}`);
  }
  return problems;
}

function writtenTwice(
  steps: unknown,
  patterns: readonly RegExp[],
  path: string,
  report: (p: string, m: string) => void,
) {
  if (!Array.isArray(steps)) return;
  steps.forEach((step, i) => {
    const hit = patterns.map((p) => String(step).match(p)?.[0]).find(Boolean);
    if (hit)
      report(
        `${path}[${i}]`,
        `"${hit}" writes out a number the technique holds: use its placeholder`,
      );
  });
}

/** The languages with catalogues (folders of data/i18n). */
export function languages(): string[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}
