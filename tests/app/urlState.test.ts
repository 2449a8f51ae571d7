import { describe, expect, it } from 'vitest';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { atlas } from '../../data/index.ts';
import { parseUrlState, serializeUrlState } from '../../src/app/urlState.ts';
import { REGION_IDS } from '../../src/domain/regions.ts';

const index = createAtlasIndex(atlas);

describe('the URL state', () => {
  it('round-trips areas, the chosen trigger point, the view and the figure', () => {
    const state = {
      areas: [
        { region: 'temple', side: 'left' },
        { region: 'neck-side', side: 'right' },
      ] as const,
      chosen: { id: 'upper-trapezius-tp1', side: 'left' } as const,
      view: 'back' as const,
      figure: 'female' as const,
    };
    const search = serializeUrlState({ ...state, areas: [...state.areas] });
    expect(search).toBe(
      '?areas=left.temple,right.neck-side&tp=left.upper-trapezius-tp1&view=back&body=female',
    );
    expect(parseUrlState(search, index)).toEqual({
      ...state,
      areas: [...state.areas],
      ignored: [],
      hasView: true,
    });
  });

  it('is empty for the default view with nothing selected', () => {
    expect(serializeUrlState({ areas: [], chosen: null, view: 'front', figure: 'male' })).toBe('');
    expect(parseUrlState('', index)).toEqual({
      areas: [],
      chosen: null,
      hasView: false,
      view: 'front',
      figure: 'male',
      ignored: [],
    });
  });

  it.each([
    ['?areas=left.nowhere', { part: 'area', value: 'left.nowhere' }],
    ['?areas=middle.temple', { part: 'area', value: 'middle.temple' }],
    ['?areas=temple', { part: 'area', value: 'temple' }],
    ['?tp=left.not-a-point', { part: 'tp', value: 'left.not-a-point' }],
    ['?tp=upper-trapezius-tp1', { part: 'tp', value: 'upper-trapezius-tp1' }],
    ['?view=upside-down', { part: 'view', value: 'upside-down' }],
    ['?body=robot', { part: 'body', value: 'robot' }],
    ['?lang=xx', { part: 'lang', value: 'xx' }],
    ['?utm_source=chat', { part: 'param', value: 'utm_source' }],
    ['?view=back&view=left', { part: 'view', value: 'left' }],
    [`?tp=left.${'x'.repeat(500)}`, { part: 'tp', value: `left.${'x'.repeat(35)}…` }],
  ] as const)('ignores %s and says so', (search, ignored) => {
    const parsed = parseUrlState(search, index);
    expect(parsed.ignored).toEqual([ignored]);
    expect(parsed.areas).toEqual([]);
    expect(parsed.chosen).toBeNull();
  });

  it('keeps the good parts of a half-broken link', () => {
    const parsed = parseUrlState(
      '?areas=left.temple,,bogus,left.temple,right.calf&view=%E0%A4%A',
      index,
    );
    expect(parsed.areas).toEqual([
      { region: 'temple', side: 'left' },
      { region: 'calf', side: 'right' },
    ]);
    // The empty piece between the commas said nothing; "bogus" and the broken view are named.
    expect(parsed.ignored).toEqual([
      { part: 'area', value: 'bogus' },
      { part: 'view', value: '\ufffd%A' },
    ]);
  });

  it('reads a repeated list of areas as one, and a repeated value that agrees as one', () => {
    const parsed = parseUrlState('?areas=left.temple&areas=right.calf&view=back&view=back', index);
    expect(parsed.areas).toEqual([
      { region: 'temple', side: 'left' },
      { region: 'calf', side: 'right' },
    ]);
    expect(parsed.view).toBe('back');
    expect(parsed.ignored).toEqual([]);
  });

  it('keeps the first 40 different areas of a huge list and counts the rest it left out', () => {
    const same = Array.from({ length: 500 }, () => 'left.temple').join(',');
    expect(parseUrlState(`?areas=${same}`, index)).toMatchObject({ ignored: [] });
    expect(parseUrlState(`?areas=${same}`, index).areas).toHaveLength(1);
    const different = REGION_IDS.slice(0, 25).flatMap((r) => [`left.${r}`, `right.${r}`]);
    const parsed = parseUrlState(`?areas=${different.join(',')}`, index);
    expect(parsed.areas).toHaveLength(40);
    expect(parsed.ignored).toEqual([{ part: 'more', value: '10' }]);
  });

  it('names at most eight parts it left out, and counts the others', () => {
    const bad = Array.from({ length: 20 }, (_, i) => `left.nowhere-${i}`).join(',');
    const parsed = parseUrlState(`?areas=${bad}&x=1`, index);
    expect(parsed.ignored).toHaveLength(9);
    expect(parsed.ignored.slice(0, 8).every((p) => p.part === 'area')).toBe(true);
    expect(parsed.ignored[8]).toEqual({ part: 'more', value: '13' });
  });
});
