// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Link, Router } from 'wouter';
import {
  moveQueryIntoFragment,
  useHashLocation,
  useHashSearch,
} from '../../src/app/hashLocation.ts';
import { useExplorerAddress } from '../../src/app/useExplorerAddress.ts';
import { resetNoticeStore, useNoticeStore } from '../../src/state/noticeStore.ts';
import { resetSelectionStore, useSelectionStore } from '../../src/state/selectionStore.ts';
import { resetViewStore, useViewStore } from '../../src/state/viewStore.ts';

function Synced() {
  useExplorerAddress();
  return null;
}

const open = (address: string) => {
  window.history.replaceState(null, '', address);
  moveQueryIntoFragment();
  return render(
    <Router hook={useHashLocation} searchHook={useHashSearch}>
      <Synced />
    </Router>,
  );
};

describe('the explorer address', () => {
  beforeEach(() => {
    resetViewStore();
    resetSelectionStore();
    resetNoticeStore();
  });

  it('restores the areas of a link and turns the body to show the first', () => {
    open('/#/?areas=left.low-back,right.calf');
    expect(useSelectionStore.getState().areas).toEqual([
      { region: 'low-back', side: 'left' },
      { region: 'calf', side: 'right' },
    ]);
    expect(useViewStore.getState().command).toMatchObject({
      kind: 'focus-area',
      area: { region: 'low-back', side: 'left' },
    });
  });

  it('moves an old link’s query into the fragment, where the server never sees it', () => {
    open('/?areas=left.temple&lang=en');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/?areas=left.temple&lang=en');
    expect(useSelectionStore.getState().areas).toEqual([{ region: 'temple', side: 'left' }]);
  });

  it('keeps a view the link names', () => {
    open('/#/?areas=left.low-back&view=left');
    expect(useViewStore.getState().command).toMatchObject({ kind: 'view', view: 'left' });
  });

  it('leaves the body facing front with nothing in the link', () => {
    open('/#/');
    expect(useViewStore.getState().command).toBeNull();
    expect(useViewStore.getState().view).toBe('front');
  });

  it('adds a history entry for each area and trigger point, and only replaces it for a turn of the body', () => {
    open('/#/');
    const before = window.history.length;
    act(() => useSelectionStore.getState().addArea({ region: 'temple', side: 'left' }));
    expect(window.location.hash).toBe('#/?areas=left.temple');
    expect(window.history.length).toBe(before + 1);
    act(() => useViewStore.getState().showView('back'));
    expect(window.location.hash).toBe('#/?areas=left.temple&view=back');
    expect(window.history.length).toBe(before + 1);
  });

  it('keeps the language of the address when the view changes', () => {
    open('/#/?lang=en-XA');
    act(() => useSelectionStore.getState().addArea({ region: 'calf', side: 'right' }));
    expect(new URLSearchParams(window.location.hash.split('?')[1]).get('lang')).toBe('en-XA');
  });

  it('says what it could not use in a link', () => {
    open('/#/?areas=left.nowhere,left.temple');
    expect(useSelectionStore.getState().areas).toEqual([{ region: 'temple', side: 'left' }]);
    expect(useNoticeStore.getState().notices[0]).toMatchObject({ key: 'notice.linkIgnored' });
  });

  it('says what it could not use in a link pasted into the address bar of the open app', () => {
    open('/#/?areas=left.temple');
    expect(useNoticeStore.getState().notices).toEqual([]);
    act(() => {
      window.location.hash = '#/?areas=left.calf,left.<b>&view=sideways';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(useSelectionStore.getState().areas).toEqual([{ region: 'calf', side: 'left' }]);
    expect(useNoticeStore.getState().notices).toMatchObject([{ key: 'notice.linkIgnored' }]);
  });

  it('restores the view Back returns to', () => {
    open('/#/');
    act(() => useSelectionStore.getState().addArea({ region: 'temple', side: 'left' }));
    act(() => useSelectionStore.getState().addArea({ region: 'calf', side: 'left' }));
    act(() => {
      window.history.replaceState(null, '', '/#/?areas=left.temple');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(useSelectionStore.getState().areas).toEqual([{ region: 'temple', side: 'left' }]);
  });
});

describe('links inside the app', () => {
  it('are written as fragment addresses, so a new tab opens the same page', () => {
    const { getByRole } = render(
      <Router hook={useHashLocation} searchHook={useHashSearch}>
        <Link href="/session">Session</Link>
      </Router>,
    );
    expect(getByRole('link', { name: 'Session' })).toHaveAttribute('href', '#/session');
  });
});
