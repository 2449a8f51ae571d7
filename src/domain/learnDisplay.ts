/**
 * What the body shows while a student studies one muscle: every trigger point at once, each
 * numbered and in its own pattern colour (so overlapping patterns can be told apart), or one of
 * them alone with the others kept as pale numbered markers for context. Pure: the learn page
 * derives it from what is chosen, the body paints it.
 */
import type { AtlasIndex } from './atlasIndex.ts';
import { DisplayBuilder, PATTERN_COLOURS, type BodyDisplay } from './display.ts';
import type { BodyArea, Side } from './regions.ts';

export interface MuscleStudy {
  muscleId: string;
  side: Side;
  /** The one trigger point shown with its pattern; null shows every one. */
  focus: string | null;
}

/** The colour index of a muscle's n-th trigger point (0-based), as the body and the card use it. */
export function patternOf(position: number): number {
  return position % PATTERN_COLOURS;
}

/** The number shown beside a muscle's n-th trigger point (0-based), as on the card. */
export function markerLabel(position: number): string {
  return String(position + 1);
}

export function muscleStudyDisplay(
  study: MuscleStudy | null,
  index: AtlasIndex,
  hovered: BodyArea | null = null,
): BodyDisplay {
  const display = new DisplayBuilder();
  const muscle = study ? index.muscle(study.muscleId) : undefined;
  if (study && muscle) {
    const focus = muscle.triggerPoints.some((tp) => tp.id === study.focus) ? study.focus : null;
    const points = muscle.triggerPoints.map((tp, position) => ({ tp, position }));
    // A pattern shown alone is the only one painted; all of them are painted in their order,
    // the first to claim an area keeping its colour there.
    for (const { tp, position } of points)
      if (focus === null || tp.id === focus) display.pattern(tp, study.side, patternOf(position));
    for (const { tp, position } of points) {
      display.marker({
        triggerPointId: tp.id,
        side: study.side,
        placement: tp.placement,
        label: markerLabel(position),
        pattern: patternOf(position),
        ...(focus === null || tp.id === focus ? {} : { muted: true }),
      });
    }
    display.outline({ muscleId: muscle.id, side: study.side });
  }
  if (hovered) display.paint(hovered, { hovered: true });
  return display.build();
}
