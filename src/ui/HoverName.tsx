import { useEffect, useRef } from 'react';
import { useAtlasWords, useT } from '../state/i18n.ts';
import { pointerStore } from '../state/pointer.ts';
import { useQuizStore } from '../state/quizStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import { areaName } from './format.ts';

/** Names the area under the pointer while areas are being picked in the quiz. */
export function HoverName() {
  const t = useT();
  const words = useAtlasWords();
  const hovered = useViewStore((s) => s.hovered);
  const picked = useQuizStore((s) =>
    hovered ? s.picks.some((a) => a.region === hovered.region && a.side === hovered.side) : false,
  );
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const place = ({ x, y }: { x: number; y: number }) => {
      if (ref.current) ref.current.style.transform = `translate(${x + 14}px, ${y + 14}px)`;
    };
    place(pointerStore.getState());
    return pointerStore.subscribe(place);
  }, [hovered]);
  if (!hovered) return null;
  return (
    <div ref={ref} className="hover-tooltip" role="tooltip">
      <strong>{areaName(words, hovered)}</strong>
      <span>{t('tooltip.action', { selected: picked ? 'yes' : 'no' })}</span>
    </div>
  );
}
