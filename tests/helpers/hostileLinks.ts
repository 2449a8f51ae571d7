/**
 * Generated hostile links for the URL fuzz tests (unit, component and end to end): malformed,
 * truncated, oversized and hostile addresses of every page, built with fast-check so a failing
 * case shrinks to the smallest link that still fails and a seed replays it.
 *
 * A link is the fragment the app routes on, without the `#`: `/path?query`. Every page in
 * `PAGES` is fuzzed: add a route to src/app/modes.ts and it is covered here.
 */
import fc from 'fast-check';
import { atlas } from '../../data/index.ts';
import { FIGURES } from '../../src/domain/anatomy/build.ts';
import { REGION_IDS, SIDES } from '../../src/domain/regions.ts';
import { VIEWS } from '../../src/domain/view.ts';
import { MODES } from '../../src/app/modes.ts';

/** The app's pages, one per mode: every one is fuzzed. */
export const PAGES: readonly string[] = MODES.map((m) => m.path);

/** Global the markup payloads would set if any of it ever ran. */
export const PWNED = '__referralExplorerPwned';
/** Attribute every markup payload carries: an element with it in the page was injected. */
export const INJECTED = 'data-injected';

const TP_IDS = atlas.muscles.flatMap((m) => m.triggerPoints.map((tp) => tp.id));

/** Script, markup, template and prototype fragments, each of which must stay plain text. */
export const PAYLOADS: readonly string[] = [
  `<script>window.${PWNED}=1</script>`,
  `<img src=x onerror="window.${PWNED}=1" ${INJECTED}>`,
  `"><svg onload=window.${PWNED}=1 ${INJECTED}>`,
  `'><iframe ${INJECTED} src="javascript:window.${PWNED}=1"></iframe>`,
  `</p><h1 ${INJECTED}>Hacked</h1>`,
  `<a ${INJECTED} href="javascript:window.${PWNED}=1">click</a>`,
  `javascript:window.${PWNED}=1`,
  `data:text/html,<script>window.${PWNED}=1</script>`,
  '{area}',
  '{value, select, other {{value}}}',
  '{0, plural, one {#} other {# #}}',
  '${window.__referralExplorerPwned=1}',
  '{{constructor.constructor("return this")()}}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '&lt;script&gt;',
  '&#60;script&#62;',
  '\u0000',
  '\u202egnp.exe',
  '\ud83d\ude00\u200d\ud83d\udd25',
  '../../../../etc/passwd',
  "' OR '1'='1",
  '%00',
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  '%3Cscript%3Ewindow.__referralExplorerPwned%3D1%3C%2Fscript%3E',
  '%253Cscript%253E',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '-1e309',
  '0x7fffffff',
  '9'.repeat(400),
  '\t\n\r',
  ' ',
];

const side = fc.constantFrom(...SIDES);
const region = fc.constantFrom(...REGION_IDS);
const tpId = fc.constantFrom(...TP_IDS);
const payload = fc.constantFrom(...PAYLOADS);
const junk = fc.oneof(
  { weight: 4, arbitrary: payload },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt({ min: 10n ** 20n, max: 10n ** 60n }).map(String) },
);
const wrongSide = fc.oneof(
  fc.constantFrom('sideways', 'LEFT', 'Right', 'both', 'middle', '', 'left ', '0', '-1'),
  junk,
);

/** An area token: sometimes valid (links mix good and bad), mostly wrong in one way. */
const areaToken = fc.oneof(
  { weight: 2, arbitrary: fc.tuple(side, region).map(([s, r]) => `${s}.${r}`) },
  { weight: 2, arbitrary: fc.tuple(wrongSide, region).map(([s, r]) => `${s}.${r}`) },
  { weight: 2, arbitrary: fc.tuple(side, junk).map(([s, r]) => `${s}.${r}`) },
  { weight: 1, arbitrary: region },
  { weight: 1, arbitrary: fc.tuple(side, region).map(([s, r]) => `${s}.${r}.${r}`) },
  { weight: 1, arbitrary: fc.tuple(side, region).map(([s, r]) => `${r}.${s}`) },
  { weight: 2, arbitrary: junk },
);

const tpToken = fc.oneof(
  fc.tuple(side, tpId).map(([s, id]) => `${s}.${id}`),
  fc.tuple(wrongSide, tpId).map(([s, id]) => `${s}.${id}`),
  fc.tuple(side, junk).map(([s, id]) => `${s}.${id}`),
  tpId,
  fc.tuple(side, region).map(([s, r]) => `${s}.${r}`),
  junk,
);
const viewToken = fc.oneof(
  fc.constantFrom(...VIEWS),
  fc.constantFrom('top', 'FRONT', 'Back '),
  junk,
);
const bodyToken = fc.oneof(fc.constantFrom(...FIGURES), fc.constantFrom('robot', 'Male'), junk);
const langToken = fc.oneof(fc.constantFrom('en', 'en-XA', 'fr', 'xx', 'EN', 'en-US'), junk);

/** A value as it may appear in a link: encoded, raw (so its `&`, `=` and `#` split it), or both. */
const written = (value: fc.Arbitrary<string>) =>
  fc
    .tuple(value, fc.constantFrom('encoded', 'raw', 'twice'))
    .map(([v, how]) =>
      how === 'raw'
        ? v
        : how === 'encoded'
          ? encodeURIComponent(v).replace(/%2C/g, ',')
          : encodeURIComponent(encodeURIComponent(v)),
    );
const safeEncode = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return v; // a lone surrogate: written raw, as a hand-edited link might be
  }
};
const writtenSafe = (value: fc.Arbitrary<string>) =>
  fc.tuple(value, fc.boolean()).map(([v, raw]) => (raw ? v : safeEncode(v).replace(/%2C/g, ',')));

const param = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(areaToken, { minLength: 1, maxLength: 6 })
      .chain((tokens) => writtenSafe(fc.constant(tokens.join(','))))
      .map((v) => `areas=${v}`),
  },
  { weight: 2, arbitrary: writtenSafe(tpToken).map((v) => `tp=${v}`) },
  { weight: 2, arbitrary: writtenSafe(viewToken).map((v) => `view=${v}`) },
  { weight: 1, arbitrary: writtenSafe(bodyToken).map((v) => `body=${v}`) },
  { weight: 1, arbitrary: writtenSafe(langToken).map((v) => `lang=${v}`) },
  {
    weight: 2,
    arbitrary: fc.tuple(writtenSafe(junk), writtenSafe(junk)).map(([k, v]) => `${k}=${v}`),
  },
  {
    weight: 1,
    arbitrary: written(fc.constantFrom(...PAYLOADS.filter((p) => !p.includes('\ud83d')))),
  },
  { weight: 1, arbitrary: fc.constantFrom('=', '&', '==', 'areas', 'areas=', 'tp=&tp=', '?', '#') },
);

/** Oversized: huge values, thousands of areas, many parameters. */
const oversized = fc.oneof(
  fc
    .tuple(
      fc.array(
        fc.tuple(side, region).map(([s, r]) => `${s}.${r}`),
        { minLength: 41, maxLength: 300 },
      ),
    )
    .map(([tokens]) => `areas=${tokens.join(',')}`),
  fc
    .tuple(areaToken, fc.integer({ min: 200, max: 3000 }))
    .map(([t, n]) => `areas=${Array.from({ length: n }, () => safeEncode(t)).join(',')}`),
  fc
    .tuple(payload, fc.integer({ min: 1000, max: 60_000 }))
    .map(([p, n]) => `tp=left.${safeEncode(p).repeat(Math.ceil(n / Math.max(1, p.length)))}`),
  fc
    .integer({ min: 100, max: 2000 })
    .map((n) => Array.from({ length: n }, (_, i) => `k${i}=v`).join('&')),
  fc.integer({ min: 10_000, max: 120_000 }).map((n) => `view=${'9'.repeat(n)}`),
);

/** An unknown page, or a known one written oddly. */
const unknownPath = fc.oneof(
  fc.constantFrom(
    '/nope',
    '/session-old',
    '//',
    '///',
    '/../..',
    '/%2e%2e/%2e%2e',
    '/<script>alert(1)</script>',
    `/<img src=x onerror=window.${PWNED}=1 ${INJECTED}>`,
    '/javascript:alert(1)',
    '/\u202e',
    '/%00',
    '/index.html',
    '/ ',
    '/EXPLORER',
    '/#/',
    'no-slash',
    '',
  ),
  fc.string({ maxLength: 20 }).map((s) => `/${s}`),
  fc.integer({ min: 200, max: 20_000 }).map((n) => `/${'a'.repeat(n)}`),
);

const path = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PAGES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...PAGES).map((p) => `${p === '/' ? '' : p}/extra/part`),
  },
  { weight: 1, arbitrary: unknownPath },
);

const query = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(param, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('&')),
  },
  { weight: 1, arbitrary: oversized },
);

/** A whole link: a page and a query; sometimes cut short anywhere, as a pasted link may be. */
export const hostileLink: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(path, query).map(([p, q]) => `${p}?${q}`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(path, query, fc.double({ min: 0.05, max: 0.95, noNaN: true }))
      .map(([p, q, at]) => {
        const link = `${p}?${q}`;
        return link.slice(0, Math.max(1, Math.floor(link.length * at)));
      }),
  },
  { weight: 1, arbitrary: path },
);

/** A fixed sample of links, the same on every run (for the browser, where shrinking is too slow). */
export function sampleLinks(count: number, seed = 20261202): string[] {
  return fc.sample(hostileLink, { numRuns: count, seed });
}
