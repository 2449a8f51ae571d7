import { isFigure, type Figure } from '../domain/anatomy/build.ts';
import type { AtlasIndex } from '../domain/atlasIndex.ts';
import { isRegionId, isSide, sameArea, type BodyArea } from '../domain/regions.ts';
import { isLocale } from '../state/i18n.ts';
import type { ChosenTriggerPoint } from '../state/selectionStore.ts';
import { isViewName, type ViewName } from '../domain/view.ts';

/** A part of a link that could not be used. */
export interface IgnoredPart {
  /**
   * `link`: the query could not be read at all; `area`, `tp`, `view`, `body`, `lang`: that
   * parameter's value; `param`: a parameter the explorer does not know (its name); `more`: how
   * many further parts were left out, past those listed.
   */
  part: 'link' | 'area' | 'tp' | 'view' | 'body' | 'lang' | 'param' | 'more';
  value: string;
}

/** Everything the URL holds: a link or a reload restores exactly this. */
export interface UrlState {
  areas: BodyArea[];
  chosen: ChosenTriggerPoint | null;
  view: ViewName;
  /** The figure shown; the male one unless the link says `body=female`. */
  figure: Figure;
}

export interface ParsedUrlState extends UrlState {
  /** The parts of the link that could not be used, and what they said (clipped). */
  ignored: IgnoredPart[];
  /** Whether the link named a view (rather than falling back to the front). */
  hasView: boolean;
}

/** At most this many areas come from a link (more would be a list no one reads). */
export const MAX_AREAS = 40;
/** At most this many ignored parts are named; the rest are counted (a `more` part). */
export const MAX_NAMED_IGNORED = 8;
/** Parameters the explorer reads, besides `lang` (which the start-up reads). */
const KNOWN = new Set(['areas', 'tp', 'view', 'body', 'lang']);

/**
 * Reads `?areas=left.temple,right.neck-side&tp=left.upper-trapezius-tp1&view=back&body=female`.
 * Never throws, whatever the input: anything malformed, unknown, repeated or past the limits is
 * left out and reported in `ignored`, so every part of a link is either used or named there
 * (or counted, past the first few).
 */
export function parseUrlState(
  search: string,
  index: Pick<AtlasIndex, 'triggerPoint'>,
): ParsedUrlState {
  const result: ParsedUrlState = {
    areas: [],
    chosen: null,
    view: 'front',
    figure: 'male',
    ignored: [],
    hasView: false,
  };
  const ignored: IgnoredPart[] = [];
  const ignore = (part: IgnoredPart['part'], value: string) =>
    ignored.push({ part, value: clip(value) });
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    result.ignored.push({ part: 'link', value: '' });
    return result;
  }
  // Every `areas` counts (a link may repeat it); empty pieces say nothing and are skipped.
  let extraAreas = 0;
  for (const list of params.getAll('areas')) {
    for (const piece of list.split(',')) {
      if (!piece) continue;
      const area = parseArea(piece);
      if (!area) ignore('area', piece);
      else if (result.areas.some((a) => sameArea(a, area))) continue;
      else if (result.areas.length >= MAX_AREAS) extraAreas++;
      else result.areas.push(area);
    }
  }
  // One trigger point, view, figure and language: a repeat that disagrees is left out.
  const single = (key: string, read: (value: string) => boolean) => {
    const values = params.getAll(key).filter(Boolean);
    const [first] = values;
    if (first === undefined) return;
    if (!read(first)) ignore(key as IgnoredPart['part'], first);
    for (const other of values.slice(1))
      if (other !== first) ignore(key as IgnoredPart['part'], other);
  };
  single('tp', (tp) => {
    const [side, id] = splitSide(tp);
    if (!side || !id || !index.triggerPoint(id)) return false;
    result.chosen = { id, side };
    return true;
  });
  single('view', (view) => {
    if (!isViewName(view)) return false;
    result.view = view;
    result.hasView = true;
    return true;
  });
  single('body', (figure) => {
    if (!isFigure(figure)) return false;
    result.figure = figure;
    return true;
  });
  single('lang', isLocale);
  const unknown = new Set<string>();
  for (const key of params.keys()) if (!KNOWN.has(key)) unknown.add(key);
  for (const key of unknown) ignore('param', key);

  result.ignored = ignored.slice(0, MAX_NAMED_IGNORED);
  const more = ignored.length - result.ignored.length + extraAreas;
  if (more > 0) result.ignored.push({ part: 'more', value: String(more) });
  return result;
}

/** The query string for a state ('' when there is nothing to say). */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.areas.length)
    params.set('areas', state.areas.map((a) => `${a.side}.${a.region}`).join(','));
  if (state.chosen) params.set('tp', `${state.chosen.side}.${state.chosen.id}`);
  if (state.view !== 'front') params.set('view', state.view);
  if (state.figure !== 'male') params.set('body', state.figure);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

function parseArea(text: string): BodyArea | undefined {
  const [side, region] = splitSide(text);
  return side && region && isRegionId(region) ? { region, side } : undefined;
}

function splitSide(text: string): [BodyArea['side'] | undefined, string | undefined] {
  const dot = text.indexOf('.');
  if (dot < 0) return [undefined, undefined];
  const side = text.slice(0, dot);
  return [isSide(side) ? side : undefined, text.slice(dot + 1)];
}

/** At most 40 characters of what a link said, whole characters (never half a surrogate pair). */
function clip(text: string): string {
  const characters = Array.from(text.length > 200 ? text.slice(0, 200) : text);
  return characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : characters.join('');
}
