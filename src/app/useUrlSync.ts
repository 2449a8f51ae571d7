import { useEffect } from 'react';
import { atlasIndex } from '../state/atlasStore.ts';
import { formatList, t } from '../state/i18n.ts';
import { showTriggerPoint } from '../state/intents.ts';
import { useNoticeStore } from '../state/noticeStore.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import { parseUrlState, serializeUrlState } from './urlState.ts';

/**
 * Keeps the URL and the stores in step: the link restores the view on load, each change adds a
 * history entry (so Back undoes it), and Back/Forward restore the state they point to. The link
 * is read once per navigation, and a restored view turns the body to what it shows.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const apply = (notify: boolean) => {
      const parsed = parseUrlState(window.location.search, atlasIndex());
      const before = useSelectionStore.getState().chosen;
      useSelectionStore.getState().restore(parsed.areas, parsed.chosen);
      const view = useViewStore.getState();
      if (parsed.view !== view.view || parsed.hasView) view.showView(parsed.view);
      view.setFigure(parsed.figure);
      if (notify && parsed.ignored.length) {
        const parts = parsed.ignored.map((p) => t('notice.linkPart', { ...p }));
        useNoticeStore.getState().notify('notice.linkIgnored', { parts: formatList(parts) });
      }
      // Turn the body to what the link shows: its trigger point, or else (with no view named)
      // its first area, so a shared "it hurts here" is not left behind the body.
      const chosen = parsed.chosen;
      if (chosen && (chosen.id !== before?.id || chosen.side !== before.side || notify))
        showTriggerPoint(chosen);
      else if (!chosen && !parsed.hasView && parsed.areas[0] && notify)
        view.focusArea(parsed.areas[0]);
    };
    apply(true);

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
