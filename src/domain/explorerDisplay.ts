import type { AtlasIndex } from './atlasIndex.ts';
import { DisplayBuilder, type BodyDisplay } from './display.ts';
import type { BodyArea, Side } from './regions.ts';

/** A trigger point chosen on one side of the body. */
export interface ChosenTriggerPoint {
  id: string;
  side: Side;
}

export interface ExplorerState {
  /** Where it hurts. */
  areas: readonly BodyArea[];
  chosen: ChosenTriggerPoint | null;
  hovered: BodyArea | null;
}

/**
 * The explorer's body: the painful areas, the chosen trigger point with its pattern (solid
 * essential zones, stippled spillover) and its muscle's outline, and the area under the pointer.
 */
export function explorerDisplay(state: ExplorerState, index: AtlasIndex): BodyDisplay {
  const display = new DisplayBuilder();
  for (const area of state.areas) display.paint(area, { pain: 1 });
  const entry = state.chosen ? index.triggerPoint(state.chosen.id) : undefined;
  if (state.chosen && entry) {
    const { side } = state.chosen;
    display
      .pattern(entry.triggerPoint, side)
      .marker({
        triggerPointId: entry.triggerPoint.id,
        side,
        placement: entry.triggerPoint.placement,
      })
      .outline({ muscleId: entry.muscle.id, side });
  }
  if (state.hovered) display.paint(state.hovered, { hovered: true });
  return display.build();
}
