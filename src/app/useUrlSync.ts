import { useEffect } from 'react';
import { atlas } from '../../data/index.ts';
import { useNoticeStore } from '../state/noticeStore.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import { parseUrlState, serializeUrlState } from './urlState.ts';

/**
 * Keeps the URL and the stores in step: the link restores the view on load, each change adds a
 * history entry (so Back undoes it), and Back/Forward restore the state they point to.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const apply = (notify: boolean) => {
      const parsed = parseUrlState(window.location.search, atlas);
      useSelectionStore.getState().restore(parsed.areas, parsed.chosen);
      if (parsed.view !== useViewStore.getState().view)
        useViewStore.getState().showView(parsed.view);
      useViewStore.getState().setFigure(parsed.figure);
      if (notify && parsed.ignored.length) {
        useNoticeStore
          .getState()
          .notify(
            `Part of this link could not be read and was left out: ${parsed.ignored.join(', ')}.`,
          );
      }
    };
    apply(true);
    // A link naming areas but no view (a shared "it hurts here") turns the body to show the first
    // of them, instead of leaving it behind the body in the front view.
    const params = new URLSearchParams(window.location.search);
    const first = useSelectionStore.getState().areas[0];
    if (first && !params.has('view') && !params.has('tp')) useViewStore.getState().focusArea(first);

    const write = () => {
      const { areas, chosen } = useSelectionStore.getState();
      const { view, figure } = useViewStore.getState();
      const search = serializeUrlState({ areas: [...areas], chosen, view, figure });
      if (search !== window.location.search) {
        window.history.pushState(
          null,
          '',
          `${window.location.pathname}${search}${window.location.hash}`,
        );
      }
    };
    const unsubscribeSelection = useSelectionStore.subscribe((s, prev) => {
      if (s.areas !== prev.areas || s.chosen !== prev.chosen) write();
    });
    const unsubscribeView = useViewStore.subscribe((s, prev) => {
      if (s.view !== prev.view || s.figure !== prev.figure) write();
    });
    const onPop = () => apply(false);
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribeSelection();
      unsubscribeView();
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
