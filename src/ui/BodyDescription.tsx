import { atlas } from '../../data/index.ts';
import { findTriggerPoint } from '../domain/lookup.ts';
import { areaLabel } from '../domain/regions.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { useViewStore } from '../state/viewStore.ts';

/** The text alternative of the 3D body: what is selected and what is shown on it. */
export function BodyDescription() {
  const areas = useSelectionStore((s) => s.areas);
  const chosen = useSelectionStore((s) => s.chosen);
  const view = useViewStore((s) => s.view);
  const entry = chosen ? findTriggerPoint(atlas, chosen.id) : undefined;
  const selected = areas.length
    ? `Selected: ${areas.map((a) => areaLabel(a).toLowerCase()).join(', ')}.`
    : 'Nothing selected.';
  const shown =
    entry && chosen
      ? ` Showing ${entry.muscle.name} (${entry.triggerPoint.name}) on your ${chosen.side} side and its referral pattern.`
      : '';
  return (
    <p className="visually-hidden" aria-live="polite">
      3D body, {view} view. {selected}
      {shown}
    </p>
  );
}
