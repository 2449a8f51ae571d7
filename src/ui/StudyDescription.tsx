import { useAtlas } from '../state/atlasStore.ts';
import { useAtlasWords, useT } from '../state/i18n.ts';
import { useStudyStore } from '../state/studyStore.ts';
import { useViewStore } from '../state/viewStore.ts';

/** The text alternative of the body on the atlas page: which way it faces, what it shows. */
export function StudyDescription() {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const muscleId = useStudyStore((s) => s.muscleId);
  const side = useStudyStore((s) => s.side);
  const focus = useStudyStore((s) => s.focus);
  const turnedByHand = useViewStore((s) => s.turnedByHand);
  const view = useViewStore((s) => s.view);
  const command = useViewStore((s) => s.command);
  const facing = turnedByHand
    ? t('description.byHand')
    : !command || command.kind === 'view'
      ? t('description.view', { view })
      : t('description.point');
  const muscle = muscleId ? index.muscle(muscleId) : undefined;
  const shown = !muscle
    ? t('study.description.none')
    : focus
      ? t('study.description.one', {
          muscle: words.muscleName(muscle.id),
          point: words.triggerPointName(focus),
          side,
        })
      : t('study.description.all', {
          muscle: words.muscleName(muscle.id),
          count: muscle.triggerPoints.length,
          side,
        });
  return (
    <p className="visually-hidden" aria-live="polite">
      {t('description.body', { facing })} {shown}
    </p>
  );
}
