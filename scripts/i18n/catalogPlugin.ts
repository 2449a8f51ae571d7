/**
 * Build step for the message catalogues. Every text the app shows lives in JSON files per
 * language under data/i18n/<lang>/ (ui.json, atlas.json, safety.json, muscles/<id>.json), as
 * ICU messages. Importing one with `?catalog` gives a module with two parts:
 *   - `messages`: every string compiled for @lingui/core (so no message parser ships), by id;
 *   - `shape`: the file's structure with each string replaced by its id, so code can still walk
 *     "the steps of the pressure technique" as an array.
 * The interface's messages are flat, and their ids are their keys.
 * `?catalog&pseudo` gives the same module with every string pseudo-localised (accented and
 * lengthened, placeholders and ICU syntax kept), for the `en-XA` test locale.
 * The JSON is validated against the facts by `validateCatalogues` (scripts/i18n/validate.ts),
 * which the tests run.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';
import { pseudolocalise } from './pseudo.ts';

const PREFIX = '\0i18n-catalog:';

/** The id namespace of a catalogue file: "ui", "atlas", "safety" or "m.<muscle id>". */
export function catalogNamespace(file: string): string {
  const parts = file.split(/[\\/]/);
  const name = parts.at(-1)!.replace(/\.json$/, '');
  return parts.at(-2) === 'muscles' ? `m.${name}` : name;
}

export interface CompiledCatalog {
  shape: unknown;
  messages: Record<string, unknown>;
}

/**
 * Compiles one catalogue's JSON: ids at the leaves of the shape, compiled messages by id. The
 * interface's ids are its keys (code asks for "results.likely"); every other catalogue numbers
 * its messages ("a1f", "upper-trapezius#3"), so the ids cost a few bytes, not a path.
 */
export function compileCatalog(json: unknown, namespace: string, pseudo = false): CompiledCatalog {
  const messages: Record<string, unknown> = {};
  let counter = 0;
  const prefix =
    namespace === 'atlas'
      ? 'a'
      : namespace === 'safety'
        ? 's'
        : namespace === 'search'
          ? 'w'
          : `${namespace.replace(/^m\./, '')}#`;
  const walk = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      const compiled = compileMessage(value);
      const id =
        namespace === 'ui' ? path.slice('ui.'.length) : `${prefix}${(counter++).toString(36)}`;
      messages[id] = pseudo ? pseudolocalise(compiled) : compiled;
      return id;
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}.${i}`));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, walk(item, `${path}.${key}`)]),
      );
    }
    throw new Error(`${path}: a catalogue holds only text, lists and groups`);
  };
  return { shape: walk(json, namespace), messages };
}

export function catalogPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'referral-explorer:catalogues',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(source, importer) {
      const [path, query] = source.split('?');
      if (!query || !/(^|&)catalog(&|$)/.test(query) || !path?.endsWith('.json')) return null;
      const file = path.startsWith('/')
        ? resolve(root, `.${path}`)
        : resolve(importer ? resolve(importer, '..') : root, path);
      return `${PREFIX}${file}?${query}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [file, query = ''] = id.slice(PREFIX.length).split('?');
      this.addWatchFile(file!);
      const namespace = catalogNamespace(relative(root, file!));
      const json: unknown = JSON.parse(readFileSync(file!, 'utf8'));
      const { shape, messages } = compileCatalog(json, namespace, /(^|&)pseudo(&|$)/.test(query));
      return [
        `export const shape = ${JSON.stringify(shape)};`,
        `export const messages = ${JSON.stringify(messages)};`,
      ].join('\n');
    },
  };
}
