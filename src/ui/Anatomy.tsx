import { useId } from 'react';
import type { MuscleAnatomy } from '../domain/atlas.ts';
import { useT } from '../state/i18n.ts';

/** "About this muscle": where it starts and ends, what it does and its nerve (technique page, muscle card). */
export function Anatomy({ anatomy }: { anatomy: MuscleAnatomy }) {
  const t = useT();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-anatomy`}>
      <h3 id={`${id}-anatomy`}>{t('details.anatomy')}</h3>
      <dl className="facts">
        <dt>{t('anatomy.origin')}</dt>
        <dd>{anatomy.origin}</dd>
        <dt>{t('anatomy.insertion')}</dt>
        <dd>{anatomy.insertion}</dd>
        <dt>{t('anatomy.action')}</dt>
        <dd>{anatomy.action}</dd>
        <dt>{t('anatomy.nerve')}</dt>
        <dd>{anatomy.innervation}</dd>
      </dl>
    </section>
  );
}
