import { isFigure, type Figure } from '../domain/anatomy/build.ts';
import type { AtlasIndex } from '../domain/atlasIndex.ts';
import { isRegionId, isSide, sameArea, type BodyArea } from '../domain/regions.ts';
import type { ChosenTriggerPoint } from '../state/selectionStore.ts';
import { isViewName, type ViewName } from '../domain/view.ts';

/** A part of a link that could not be used. */
export interface IgnoredPart {
  part: 'link' | 'area' | 'tp' | 'view' | 'body';
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

const MAX_AREAS = 40;

/**
 * Reads `?areas=left.temple,right.neck-side&tp=left.upper-trapezius-tp1&view=back&body=female`.
 * Never throws: anything malformed or unknown is left out and reported in `ignored`.
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
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    result.ignored.push({ part: 'link', value: '' });
    return result;
  }
  const areas = params.get('areas');
  if (areas) {
    for (const part of areas.split(',').slice(0, MAX_AREAS)) {
      const area = parseArea(part);
      if (!area) result.ignored.push({ part: 'area', value: clip(part) });
      else if (!result.areas.some((a) => sameArea(a, area))) result.areas.push(area);
    }
  }
  const tp = params.get('tp');
  if (tp) {
    const [side, id] = splitSide(tp);
    if (side && id && index.triggerPoint(id)) result.chosen = { id, side };
    else result.ignored.push({ part: 'tp', value: clip(tp) });
  }
  const view = params.get('view');
  if (view) {
    if (isViewName(view)) {
      result.view = view;
      result.hasView = true;
    } else result.ignored.push({ part: 'view', value: clip(view) });
  }
  const figure = params.get('body');
  if (figure) {
    if (isFigure(figure)) result.figure = figure;
    else result.ignored.push({ part: 'body', value: clip(figure) });
  }
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

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
