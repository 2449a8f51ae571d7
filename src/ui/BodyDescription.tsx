import { areaLabel } from '../domain/regions.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useExplorerDisplay } from '../state/useExplorerDisplay.ts';
import { useViewStore } from '../state/viewStore.ts';

const VIEW_WORDS = {
  front: 'from the front',
  back: 'from the back',
  left: 'from your left side',
  right: 'from your right side',
} as const;

/**
 * The text alternative of the 3D body: which way it is turned and what it shows, from the same
 * display the body paints.
 */
export function BodyDescription() {
  const index = useAtlas();
  const display = useExplorerDisplay();
  const facing = useViewStore((s) => {
    if (s.turnedByHand) return 'turned by hand';
    const c = s.command;
    if (!c || c.kind === 'view') return `seen ${VIEW_WORDS[s.view]}`;
    if (c.kind === 'focus-area') return `turned to your ${areaLabel(c.area).toLowerCase()}`;
    return 'turned to the trigger point';
  });
  const pain = display.areas
    .filter((a) => a.pain === 1)
    .map((a) => areaLabel(a.area).toLowerCase());
  const selected = pain.length ? `Where it hurts: ${pain.join(', ')}.` : 'Nothing selected.';
  const shown = display.markers
    .map((m) => {
      const entry = index.triggerPoint(m.triggerPointId);
      return entry
        ? ` Showing ${entry.muscle.name} (${entry.triggerPoint.name}) on your ${m.side} side, with its referral pattern.`
        : '';
    })
    .join('');
  return (
    <p className="visually-hidden" aria-live="polite">
      3D body, {facing}. {selected}
      {shown}
    </p>
  );
}
