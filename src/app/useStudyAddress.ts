import { useEffect, useRef } from 'react';
import { useSearch } from 'wouter';
import { isFigure } from '../domain/anatomy/build.ts';
import { isSide, type Side } from '../domain/regions.ts';
import { useNoticeStore } from '../state/noticeStore.ts';
import { showStudied, useStudyStore } from '../state/studyStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import { currentPath, currentSearch, navigate } from './hashLocation.ts';

/** Parameters of the address that belong to no page, kept as they are. */
const KEPT = ['lang'];

interface StudyAddress {
  muscleId: string | null;
  side: Side;
  focus: string | null;
}

/** Reads `?muscle=upper-trapezius&point=upper-trapezius-tp2&side=right&body=female`. */
export function parseStudyAddress(search: string): StudyAddress & { figure?: string } {
  const params = new URLSearchParams(search);
  const side = params.get('side') ?? '';
  const figure = params.get('body') ?? undefined;
  return {
    muscleId: params.get('muscle'),
    side: isSide(side) ? side : 'left',
    focus: params.get('point'),
    ...(figure ? { figure } : {}),
  };
}

function serialize(): string {
  const { muscleId, side, focus } = useStudyStore.getState();
  const { figure } = useViewStore.getState();
  const params = new URLSearchParams();
  for (const key of KEPT) {
    const value = new URLSearchParams(currentSearch()).get(key);
    if (value !== null) params.set(key, value);
  }
  if (muscleId) params.set('muscle', muscleId);
  if (muscleId && focus) params.set('point', focus);
  if (muscleId && side !== 'left') params.set('side', side);
  if (figure !== 'male') params.set('body', figure);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Keeps the atlas page's address and what is studied in step: a link opens the muscle it
 * names (turned to show it); opening or closing a muscle adds a history entry so Back returns
 * to the list, while a side, a single trigger point or the figure only replace the address.
 */
export function useStudyAddress(): void {
  const search = useSearch();
  const arrived = useRef(true);

  useEffect(() => {
    const parsed = parseStudyAddress(search);
    const before = useStudyStore.getState();
    const first = arrived.current;
    arrived.current = false;
    useStudyStore.getState().restore(parsed);
    if (parsed.figure && isFigure(parsed.figure)) useViewStore.getState().setFigure(parsed.figure);
    const now = useStudyStore.getState();
    if (parsed.muscleId && !now.muscleId) {
      useNoticeStore
        .getState()
        .notify('notice.muscleUnknown', { value: parsed.muscleId.slice(0, 40) });
      navigate(`${currentPath()}${serialize()}`, { replace: true });
    }
    const moved =
      now.muscleId !== before.muscleId || now.side !== before.side || now.focus !== before.focus;
    if (now.muscleId && (first || moved)) showStudied();
    else if (!now.muscleId && (first || moved)) useViewStore.getState().showView('front');
  }, [search]);

  useEffect(() => {
    const write = (step: boolean) => {
      const from = currentSearch();
      const next = serialize();
      if (next === (from ? `?${from}` : '')) return;
      navigate(`${currentPath()}${next}`, { replace: !step });
    };
    const unsubscribeStudy = useStudyStore.subscribe((s, prev) => {
      if (s.muscleId !== prev.muscleId) write(true);
      else if (s.side !== prev.side || s.focus !== prev.focus) write(false);
    });
    const unsubscribeView = useViewStore.subscribe((s, prev) => {
      if (s.figure !== prev.figure) write(false);
    });
    return () => {
      unsubscribeStudy();
      unsubscribeView();
    };
  }, []);
}
