import { useEffect, useRef } from 'react';
import { useSearch } from 'wouter';
import { atlasIndex } from '../state/atlasStore.ts';
import { formatList, t } from '../state/i18n.ts';
import { showTriggerPoint } from '../state/intents.ts';
import { useNoticeStore } from '../state/noticeStore.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import { currentPath, currentSearch, navigate } from './hashLocation.ts';
import { parseUrlState, serializeUrlState, type UrlState } from './urlState.ts';

/** Parameters of the address that are not the explorer's view, kept as they are. */
const KEPT = ['lang'];

function stateNow(): UrlState {
  const { areas, chosen } = useSelectionStore.getState();
  const { view, figure } = useViewStore.getState();
  return { areas: [...areas], chosen, view, figure };
}

function withKept(search: string, from: string): string {
  const params = new URLSearchParams(search);
  const old = new URLSearchParams(from);
  for (const key of KEPT) {
    const value = old.get(key);
    if (value !== null) params.set(key, value);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/**
 * Keeps the explorer's address and its stores in step. The address is read once per change:
 * on arrival and on Back/Forward it restores the view (turning the body to what it shows) and
 * says what it could not use; each step a person takes (an area, a trigger point) adds a
 * history entry so Back undoes it, while turning the body or switching the figure only
 * replaces the address.
 */
export function useExplorerAddress(): void {
  const search = useSearch();
  const arrived = useRef(true);

  useEffect(() => {
    const parsed = parseUrlState(`?${search}`, atlasIndex());
    const current = stateNow();
    const first = arrived.current;
    arrived.current = false;
    // Said on arrival and whenever the address changes from outside (a pasted link, Back to an
    // old one), even when what it could use is what is shown: the app itself only ever writes
    // addresses it can read in full.
    if (parsed.ignored.length) {
      const parts = parsed.ignored.map((p) => t('notice.linkPart', { ...p }));
      useNoticeStore.getState().notify('notice.linkIgnored', { parts: formatList(parts) });
    }
    if (serializeUrlState(parsed) === serializeUrlState(current) && !first) return;
    const before = current.chosen;
    useSelectionStore.getState().restore(parsed.areas, parsed.chosen);
    const view = useViewStore.getState();
    if (parsed.view !== view.view || (first && parsed.hasView)) view.showView(parsed.view);
    view.setFigure(parsed.figure);
    // Turn the body to what the address shows: its trigger point, or else (with no view named)
    // its first area, so a shared "it hurts here" is not left behind the body.
    const chosen = parsed.chosen;
    if (chosen && (first || chosen.id !== before?.id || chosen.side !== before.side))
      showTriggerPoint(chosen);
    else if (!chosen && !parsed.hasView && parsed.areas[0] && first)
      view.focusArea(parsed.areas[0]);
  }, [search]);

  useEffect(() => {
    const write = (step: boolean) => {
      const from = currentSearch();
      const next = withKept(serializeUrlState(stateNow()), from);
      if (next === (from ? `?${from}` : '')) return;
      navigate(`${currentPath()}${next}`, { replace: !step });
    };
    const unsubscribeSelection = useSelectionStore.subscribe((s, prev) => {
      if (s.areas !== prev.areas || s.chosen !== prev.chosen) write(true);
    });
    const unsubscribeView = useViewStore.subscribe((s, prev) => {
      if (s.view !== prev.view || s.figure !== prev.figure) write(false);
    });
    return () => {
      unsubscribeSelection();
      unsubscribeView();
    };
  }, []);
}
