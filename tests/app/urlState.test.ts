import { describe, expect, it } from 'vitest';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { atlas } from '../../data/index.ts';
import { parseUrlState, serializeUrlState } from '../../src/app/urlState.ts';

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
    expect(parsed.ignored.length).toBe(3);
  });

  it('caps a huge list of areas', () => {
    const many = Array.from({ length: 500 }, () => 'left.temple').join(',');
    expect(parseUrlState(`?areas=${many}`, index).areas).toHaveLength(1);
  });
});
