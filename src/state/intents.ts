/**
 * What a person does, as one call each, when it changes more than one store: choosing a trigger
 * point selects it and turns the body to show it; picking areas from a list, a search or a
 * shortcut selects them and turns the body to the first. (A click on the body itself does not
 * turn the camera: the area is already in view.)
 */
import type { ChosenTriggerPoint } from '../domain/explorerDisplay.ts';
import { sameArea, type BodyArea } from '../domain/regions.ts';
import { atlasIndex } from './atlasStore.ts';
import { useSelectionStore } from './selectionStore.ts';
import { useViewStore } from './viewStore.ts';

/** Opens a trigger point and turns the body to show it. */
export function chooseTriggerPoint(chosen: ChosenTriggerPoint): void {
  useSelectionStore.getState().choose(chosen);
  showTriggerPoint(chosen);
}

/** Turns the body to show a trigger point (where it is pressed). */
export function showTriggerPoint(chosen: ChosenTriggerPoint): void {
  const entry = atlasIndex().triggerPoint(chosen.id);
  if (entry) useViewStore.getState().focusTriggerPoint(entry.triggerPoint.placement, chosen.side);
}

/** Adds areas picked away from the body (list, search, shortcut) and turns the body to them. */
export function addAreasAndShow(areas: readonly BodyArea[]): void {
  const before = useSelectionStore.getState().areas;
  useSelectionStore.getState().addAreas(areas);
  const first = areas.find((a) => !before.some((b) => sameArea(a, b))) ?? areas[0];
  if (first) useViewStore.getState().focusArea(first);
}
