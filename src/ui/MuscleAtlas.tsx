import { useMemo } from 'react';
import { Link } from 'wouter';
import { muscleGroups, type MuscleListWords } from '../domain/muscleList.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useAtlasWords, useI18nStore, useSearchWords, useT } from '../state/i18n.ts';
import { useStudyStore } from '../state/studyStore.ts';
import { BodyAreaSelect } from './BodyAreaSelect.tsx';

/** The words the list filters on: names now, other names once the search words are in. */
export function useMuscleListWords(): MuscleListWords {
  const words = useAtlasWords();
  const search = useSearchWords();
  return useMemo(
    () => ({ muscleName: words.muscleName, aliases: (id) => search?.aliases(id) ?? [] }),
    [words, search],
  );
}

/** The muscles of the list as filtered now, by body area (shared by the list and the card). */
export function useFilteredGroups() {
  const index = useAtlas();
  const listWords = useMuscleListWords();
  const query = useStudyStore((s) => s.query);
  const area = useStudyStore((s) => s.area);
  const locale = useI18nStore((s) => s.locale);
  return useMemo(
    () => muscleGroups(index, listWords, query, area, locale === 'en-XA' ? 'en' : locale),
    [index, listWords, query, area, locale],
  );
}

/** Every muscle of the atlas by body area, A to Z, narrowed as you type; each opens its card. */
export function MuscleAtlas() {
  const t = useT();
  const words = useAtlasWords();
  const query = useStudyStore((s) => s.query);
  const area = useStudyStore((s) => s.area);
  const { filter, showArea, open } = useStudyStore.getState();
  const groups = useFilteredGroups();
  const count = groups.reduce((n, g) => n + g.muscles.length, 0);
  return (
    <section className="muscle-atlas" aria-labelledby="atlas-title">
      <p className="quiz-link">
        <Link href="/learn/quiz">{t('quiz.open')}</Link>
      </p>
      <h2 id="atlas-title">{t('atlas.title')}</h2>
      <p className="atlas-intro">{t('atlas.intro')}</p>
      <div className="atlas-filters" role="search">
        <label>
          <span>{t('atlas.filter')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('atlas.filter.placeholder')}
            onChange={(e) => filter(e.target.value)}
          />
        </label>
        <BodyAreaSelect label="atlas.area" value={area} onChange={showArea} />
      </div>
      <p className="atlas-count" role="status">
        {t('atlas.count', { count })}
      </p>
      {groups.map((group) => (
        <section key={group.area} className="atlas-group" aria-labelledby={`atlas-${group.area}`}>
          <h3 id={`atlas-${group.area}`}>{words.bodyArea(group.area)}</h3>
          <ul>
            {group.muscles.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="atlas-muscle"
                  data-muscle={m.id}
                  onClick={() => open(m.id)}
                >
                  <span>{words.muscleName(m.id)}</span>
                  <span className="atlas-meta">
                    {t('atlas.points', { count: m.triggerPoints.length })}
                    {m.therapistOnly && (
                      <span className="badge-therapist">{t('atlas.therapistOnly')}</span>
                    )}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {count === 0 && <p className="atlas-none">{t('atlas.none')}</p>}
    </section>
  );
}
