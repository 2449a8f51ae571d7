/**
 * A home plan in a link: the trigger points a therapist chose, each on its side, and the areas
 * where the client feels pain (their warnings must show at home too), packed into a short code
 * that fits a QR code, so the plan goes home on the client's phone with nothing on a server.
 * Notes, pain ratings and the client's name stay on the therapist's device.
 *
 * The code is a version digit, then base64url of bytes:
 *
 *   [figure] [n points] n × [3 bytes: side bit, 23-bit hash of the point id]
 *   [n areas] n × [area code] [2 bytes: checksum of everything before]
 *
 * A point travels as a hash of its id, not as its place in a list, so adding points to the
 * atlas never changes what an old link means; a test keeps the atlas free of hash collisions.
 * A point this version does not know (a newer atlas) is skipped and counted, never guessed.
 * The code is 8 characters for an empty plan, 4 more for each point and 1⅓ for each area:
 * 40 points (the session's most) and 20 areas make 195, which with the app's address fits a
 * QR code of version 13 at medium error correction (a phone camera reads it off a screen).
 */
import type { Figure } from './anatomy/build.ts';
import { areaFromCode, regionCode } from './encoding.ts';
import { sameArea, type BodyArea, type Side } from './regions.ts';

export const PLAN_VERSION = 1;
/** The most points and areas one plan carries (a byte each for the counts; a QR code's room). */
export const PLAN_MAX_POINTS = 40;
export const PLAN_MAX_AREAS = 40;

export interface PlanPoint {
  triggerPointId: string;
  side: Side;
}

export interface Plan {
  points: readonly PlanPoint[];
  areas: readonly BodyArea[];
  figure: Figure;
}

/** Why a code could not be read, in words the plan page can say. */
export type PlanProblem =
  /** No code at all. */
  | 'empty'
  /** Not a plan code of this app (another link, some text). */
  | 'foreign'
  /** Made by a newer version of the app, which this one cannot read. */
  | 'newer'
  /** Cut off: the end is missing (a link copied in part). */
  | 'truncated'
  /** A character changed, added or lost: the checksum does not match. */
  | 'damaged';

export type PlanReading =
  | {
      ok: true;
      plan: Plan;
      /** How many points of the code this version does not know (skipped). */
      unknownPoints: number;
      /** How many areas of the code this version does not know (skipped). */
      unknownAreas: number;
    }
  | { ok: false; problem: PlanProblem };

const FIGURES = ['male', 'female'] as const satisfies readonly Figure[];
const HASH_BITS = 23;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** FNV-1a, 32 bits, over the UTF-16 code units (ids are ASCII). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The 23-bit code a trigger point id travels as. */
export function pointHash(triggerPointId: string): number {
  return fnv1a(triggerPointId) & HASH_MASK;
}

/**
 * CRC-16/CCITT: it catches every change of up to 16 bits in a row, so any one character changed
 * (6 bits) or two side by side, always.
 */
function checksum(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** The bytes of a base64url text, or undefined if it has a character outside the alphabet. */
function fromBase64Url(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of text) {
    const v = VALUE.get(ch);
    if (v === undefined) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 255);
    }
  }
  return Uint8Array.from(bytes);
}

/**
 * The code of a plan. Points and areas past the plan's most, and repeats, are left out (the
 * session already holds no more than that).
 */
export function encodePlan(plan: Plan): string {
  const points = unique(
    plan.points,
    (a, b) => a.triggerPointId === b.triggerPointId && a.side === b.side,
  );
  const areas = unique(plan.areas, sameArea);
  const bytes: number[] = [plan.figure === 'female' ? 1 : 0];
  const shownPoints = points.slice(0, PLAN_MAX_POINTS);
  bytes.push(shownPoints.length);
  for (const p of shownPoints) {
    const n = ((p.side === 'right' ? 1 : 0) << HASH_BITS) | pointHash(p.triggerPointId);
    bytes.push((n >> 16) & 255, (n >> 8) & 255, n & 255);
  }
  const shownAreas = areas.slice(0, PLAN_MAX_AREAS);
  bytes.push(shownAreas.length);
  for (const a of shownAreas) bytes.push(regionCode(a));
  const body = Uint8Array.from(bytes);
  const sum = checksum(body);
  return `${PLAN_VERSION}${toBase64Url(Uint8Array.from([...body, sum >> 8, sum & 255]))}`;
}

/** The bytes a well-formed body declares it has (its counts say), or undefined if it cannot tell yet. */
function declaredLength(bytes: Uint8Array): number | undefined {
  const points = bytes[1];
  if (points === undefined) return undefined;
  const areas = bytes[2 + points * 3];
  if (areas === undefined) return undefined;
  return 2 + points * 3 + 1 + areas + 2;
}

/**
 * Reads a plan code. Never throws: anything that is not a whole, unchanged code of this version
 * gives the problem in words the page can say. `pointIds` are the trigger points this version
 * knows; a point of the code that is not among them is skipped and counted.
 */
export function decodePlan(code: string, pointIds: Iterable<string>): PlanReading {
  const text = code.trim();
  if (!text) return { ok: false, problem: 'empty' };
  const version = text[0]!;
  if (!/[0-9]/.test(version) || version === '0') return { ok: false, problem: 'foreign' };
  if (Number(version) > PLAN_VERSION) return { ok: false, problem: 'newer' };
  const bytes = fromBase64Url(text.slice(1));
  if (!bytes) return { ok: false, problem: 'foreign' };
  const expected = declaredLength(bytes);
  // Too short to hold what it says it holds: cut off.
  if (expected === undefined || bytes.length < expected) return { ok: false, problem: 'truncated' };
  // Anything after the end, or a character whose unused bits are not as written, is damage.
  if (bytes.length > expected || toBase64Url(bytes) !== text.slice(1))
    return { ok: false, problem: 'damaged' };
  const body = bytes.subarray(0, expected - 2);
  const sum = (bytes[expected - 2]! << 8) | bytes[expected - 1]!;
  if (checksum(body) !== sum) return { ok: false, problem: 'damaged' };
  const figureByte = body[0]!;
  if (figureByte > 1) return { ok: false, problem: 'damaged' };

  const known = new Map<number, string>();
  for (const id of pointIds) known.set(pointHash(id), id);
  const points: PlanPoint[] = [];
  let unknownPoints = 0;
  const count = body[1]!;
  for (let i = 0; i < count; i++) {
    const at = 2 + i * 3;
    const n = (body[at]! << 16) | (body[at + 1]! << 8) | body[at + 2]!;
    const id = known.get(n & HASH_MASK);
    if (!id) {
      unknownPoints++;
      continue;
    }
    const point: PlanPoint = { triggerPointId: id, side: n >> HASH_BITS ? 'right' : 'left' };
    if (!points.some((p) => p.triggerPointId === id && p.side === point.side)) points.push(point);
  }
  const areas: BodyArea[] = [];
  let unknownAreas = 0;
  const areaStart = 2 + count * 3;
  for (let i = 0; i < body[areaStart]!; i++) {
    const area = areaFromCode(body[areaStart + 1 + i]!);
    if (!area) unknownAreas++;
    else if (!areas.some((a) => sameArea(a, area))) areas.push(area);
  }
  return {
    ok: true,
    plan: { points, areas, figure: FIGURES[figureByte]! },
    unknownPoints,
    unknownAreas,
  };
}

/** The app's address of a plan (in the fragment): `/plan?p=<code>`. */
export function planPath(plan: Plan): string {
  return `/plan?p=${encodePlan(plan)}`;
}

function unique<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[] {
  return items.filter((item, i) => items.findIndex((other) => same(item, other)) === i);
}
