import type { BodyDisplay } from '../domain/display.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { formatList, useAtlasWords, useT } from '../state/i18n.ts';
import { useExplorerDisplay } from '../state/useExplorerDisplay.ts';
import { useViewStore } from '../state/viewStore.ts';
import { areaInText } from './format.ts';

/**
 * The text alternative of the 3D body: which way it is turned and what it shows, from the same
 * display the body paints (the explorer's by default).
 */
export function BodyDescription({ display: given }: { display?: BodyDisplay } = {}) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const explorer = useExplorerDisplay();
  const display = given ?? explorer;
  const turnedByHand = useViewStore((s) => s.turnedByHand);
  const view = useViewStore((s) => s.view);
  const command = useViewStore((s) => s.command);
  const facing = turnedByHand
    ? t('description.byHand')
    : !command || command.kind === 'view'
      ? t('description.view', { view })
      : command.kind === 'focus-area'
        ? t('description.area', { area: areaInText(words, command.area) })
        : t('description.point');
  const pain = display.areas.filter((a) => a.pain === 1).map((a) => areaInText(words, a.area));
  // Heat, hottest first: the order says how much each area hurt.
  const heat = display.areas
    .filter((a) => (a.pain ?? 0) > 0 && a.pain !== 1)
    .sort((a, b) => (b.pain ?? 0) - (a.pain ?? 0))
    .map((a) => areaInText(words, a.area));
  const shown = display.markers.map((m) => {
    const entry = index.triggerPoint(m.triggerPointId);
    return entry
      ? t('description.marker', {
          muscle: words.muscleName(entry.muscle.id),
          point: words.triggerPointName(m.triggerPointId),
          side: m.side,
        })
      : '';
  });
  return (
    <p className="visually-hidden" aria-live="polite">
      {t('description.body', { facing })}{' '}
      {pain.length
        ? t('description.pain', { areas: formatList(pain) })
        : heat.length
          ? t('description.heat', { areas: formatList(heat) })
          : t('description.nothing')}{' '}
      {shown.join(' ')}
    </p>
  );
}
