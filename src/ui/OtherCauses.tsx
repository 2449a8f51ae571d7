import type { OtherCauseFacts } from '../domain/atlas.ts';
import { useSafetyWords, useT } from '../state/i18n.ts';
import { SourceList } from './SourceList.tsx';

/**
 * "Not a muscle?": what else commonly causes pain in the selected areas, how it tends to feel
 * different, and what to do. Short: one line each until opened.
 */
export function OtherCauses({ causes }: { causes: readonly OtherCauseFacts[] }) {
  const t = useT();
  const safety = useSafetyWords();
  if (causes.length === 0 || !safety) return null;
  return (
    <section className="other-causes" aria-labelledby="other-causes-title">
      <h2 id="other-causes-title">{t('others.title')}</h2>
      <p className="other-causes-intro">{t('others.intro')}</p>
      <ul>
        {causes.map((cause) => {
          const words = safety.otherCause(cause.id);
          return (
            <li key={cause.id}>
              <details>
                <summary>
                  <span className="other-cause-kind">{t('others.kind', { kind: cause.kind })}</span>{' '}
                  {words.name}
                  {cause.urgency && (
                    <span className={`other-cause-urgency urgency-${cause.urgency}`}>
                      {t('urgency.badge', { urgency: cause.urgency })}
                    </span>
                  )}
                </summary>
                <p>{words.feelsLike}</p>
                <p>
                  <strong>{t('others.whatToDo')}</strong> {words.whatToDo}
                </p>
                <SourceList refs={cause.sources} className="sources other-cause-sources" />
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
