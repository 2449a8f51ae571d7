import { useMemo } from 'react';
import { Link } from 'wouter';
import { muscleGroups, foldText, type MuscleListWords } from '../domain/muscleList.ts';
import { regionsByGroup } from '../domain/regionStudy.ts';
import type { MuscleProgress } from '../domain/schedule.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useAtlasWords, useI18nStore, useSearchWords, useT } from '../state/i18n.ts';
import { useProgress } from '../state/learnStore.ts';
import { useStudyStore } from '../state/studyStore.ts';
import { BodyAreaSelect } from './BodyAreaSelect.tsx';
import { ForgetProgress } from './ProgressOverview.tsx';

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

/**
 * The atlas: every muscle by body area, A to Z, each with how far the student has come with it;
 * or every area where it may hurt, each opening the muscles that refer there. Narrowed as you
 * type.
 */
export function MuscleAtlas() {
  const t = useT();
  const browse = useStudyStore((s) => s.browse);
  const query = useStudyStore((s) => s.query);
  const { filter, browseBy } = useStudyStore.getState();
  return (
    <section className="muscle-atlas" aria-labelledby="atlas-title">
      <p className="quiz-link">
        <Link href="/learn/quiz">{t('quiz.open')}</Link>
      </p>
      <h2 id="atlas-title">{t(browse === 'areas' ? 'atlas.areas.title' : 'atlas.title')}</h2>
      <p className="atlas-intro">{t(browse === 'areas' ? 'atlas.areas.intro' : 'atlas.intro')}</p>
      <div className="side-switch atlas-browse" role="group" aria-label={t('atlas.browse')}>
        {(['muscles', 'areas'] as const).map((b) => (
          <button key={b} type="button" aria-pressed={browse === b} onClick={() => browseBy(b)}>
            {t(b === 'areas' ? 'atlas.browse.areas' : 'atlas.browse.muscles')}
          </button>
        ))}
      </div>
      <div className={browse === 'areas' ? 'atlas-filters single' : 'atlas-filters'} role="search">
        <label>
          <span>{t(browse === 'areas' ? 'atlas.areas.filter' : 'atlas.filter')}</span>
          <input
            type="search"
            value={query}
            placeholder={browse === 'areas' ? undefined : t('atlas.filter.placeholder')}
            onChange={(e) => filter(e.target.value)}
          />
        </label>
        {browse === 'muscles' && <AreaFilter />}
      </div>
      {browse === 'areas' ? <AreaList /> : <MuscleList />}
    </section>
  );
}

function AreaFilter() {
  const area = useStudyStore((s) => s.area);
  return (
    <BodyAreaSelect label="atlas.area" value={area} onChange={useStudyStore.getState().showArea} />
  );
}

/** The muscles by body area, each with its progress; a line of learned muscles per area. */
function MuscleList() {
  const t = useT();
  const words = useAtlasWords();
  const { open } = useStudyStore.getState();
  const groups = useFilteredGroups();
  const progress = useProgress();
  const count = groups.reduce((n, g) => n + g.muscles.length, 0);
  return (
    <>
      <p className="atlas-count" role="status">
        {t('atlas.count', { count })}
      </p>
      <ForgetProgress />
      {groups.map((group) => {
        const learned = group.muscles.filter(
          (m) => progress.byMuscle.get(m.id)?.state === 'learned',
        ).length;
        return (
          <section key={group.area} className="atlas-group" aria-labelledby={`atlas-${group.area}`}>
            <div className="atlas-group-head">
              <h3 id={`atlas-${group.area}`}>{words.bodyArea(group.area)}</h3>
              {progress.ready && (
                <span className="atlas-group-progress">
                  {t('atlas.group.progress', { learned, count: group.muscles.length })}
                </span>
              )}
            </div>
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
                      {progress.ready && <ProgressBadge progress={progress.byMuscle.get(m.id)} />}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {count === 0 && <p className="atlas-none">{t('atlas.none')}</p>}
    </>
  );
}

/** "New", "Asked 2 of 6", "Learned", "1 due again": one muscle's progress in the quiz. */
function ProgressBadge({ progress }: { progress: MuscleProgress | undefined }) {
  const t = useT();
  if (!progress) return null;
  return (
    <span className="progress-badge" data-state={progress.state}>
      {t('atlas.progress', {
        state: progress.state,
        seen: progress.seen,
        total: progress.total,
        due: progress.due,
      })}
    </span>
  );
}

/** Every area of the body by region group, each a link to its page, narrowed as you type. */
function AreaList() {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const query = useStudyStore((s) => s.query);
  const groups = useMemo(() => {
    const typed = foldText(query);
    return regionsByGroup()
      .map(({ group, regions }) => ({
        group,
        regions: regions.filter((r) => !typed || foldText(words.regionLabel(r)).includes(typed)),
      }))
      .filter((g) => g.regions.length > 0);
  }, [query, words]);
  const count = groups.reduce((n, g) => n + g.regions.length, 0);
  return (
    <>
      <p className="atlas-count" role="status">
        {t('atlas.areas.count', { count })}
      </p>
      {groups.map(({ group, regions }) => (
        <section key={group} className="atlas-group" aria-labelledby={`areas-${group}`}>
          <h3 id={`areas-${group}`}>{words.regionGroup(group)}</h3>
          <ul>
            {regions.map((region) => (
              <li key={region}>
                <Link className="atlas-muscle" href={`/learn/region/${region}`}>
                  <span>{words.regionLabel(region)}</span>
                  <span className="atlas-meta">
                    {t('atlas.areas.muscles', {
                      count: new Set(index.referringTo(region).map((e) => e.muscle.id)).size,
                    })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {count === 0 && <p className="atlas-none">{t('atlas.areas.none')}</p>}
    </>
  );
}
