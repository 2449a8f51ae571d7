import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { markerLabel, patternOf } from '../domain/learnDisplay.ts';
import { neighbours } from '../domain/muscleList.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { formatList, useAtlasWords, useMuscleWords, useT } from '../state/i18n.ts';
import { useStudyStore } from '../state/studyStore.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';
import { useFilteredGroups } from './MuscleAtlas.tsx';
import { Anatomy } from './Anatomy.tsx';
import { PatternAreas } from './PatternAreas.tsx';
import { SourceList } from './SourceList.tsx';

/**
 * One muscle for a student: all its trigger points (numbered, in their colours on the body, one
 * at a time on demand), where each refers, its anatomy, where to read about its technique, and
 * its sources; previous and next within the list as filtered.
 */
export function MuscleCard({ muscleId }: { muscleId: string }) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const side = useStudyStore((s) => s.side);
  const focus = useStudyStore((s) => s.focus);
  // Without the body, showing one pattern alone has nothing to show: the words list them all.
  const bodyAvailable = useViewStore(selectBodyAvailable);
  const several = bodyAvailable && (index.muscle(muscleId)?.triggerPoints.length ?? 0) > 1;
  const { close, open, focusPoint, setSide } = useStudyStore.getState();
  const facts = index.muscle(muscleId);
  const muscle = useMuscleWords(facts, index.muscle, index.muscleOfTriggerPoint);
  const groups = useFilteredGroups();
  const { previous, next, at, count } = neighbours(groups, muscleId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [muscleId]);
  if (!facts) return null;
  const name = words.muscleName(facts.id);
  const first = facts.triggerPoints[0]!;

  return (
    <article className="details muscle-card" aria-labelledby="card-title">
      <div className="details-nav">
        <button type="button" className="link-button" onClick={close}>
          {t('card.back')}
        </button>
        {at >= 0 && count > 1 && (
          <span className="result-stepper">
            <button
              type="button"
              aria-label={t('card.previous')}
              disabled={!previous}
              onClick={() => previous && open(previous)}
            >
              ‹
            </button>
            <span aria-live="polite">{t('details.position', { at: at + 1, count })}</span>
            <button
              type="button"
              aria-label={t('card.next')}
              disabled={!next}
              onClick={() => next && open(next)}
            >
              ›
            </button>
          </span>
        )}
      </div>
      <header>
        <h2 id="card-title" ref={heading} tabIndex={-1}>
          {name}
        </h2>
        <p className="details-tp">{words.bodyArea(facts.group)}</p>
        {muscle && muscle.aliases.length > 0 && (
          <p className="aliases">{t('details.aliases', { names: formatList(muscle.aliases) })}</p>
        )}
        {facts.therapistOnly && (
          <p className="therapist-note">
            <span className="badge-therapist">{t('atlas.therapistOnly')}</span>{' '}
            {muscle?.therapistOnly}
          </p>
        )}
        <div className="side-switch" role="group" aria-label={t('details.whichSide')}>
          {(['left', 'right'] as const).map((s) => (
            <button key={s} type="button" aria-pressed={side === s} onClick={() => setSide(s)}>
              {t('side.yours', { side: s })}
            </button>
          ))}
        </div>
      </header>

      <section aria-labelledby="card-points">
        <h3 id="card-points">{t('card.points', { count: facts.triggerPoints.length })}</h3>
        {several && (
          <button
            type="button"
            className="show-all"
            aria-pressed={focus === null}
            onClick={() => focusPoint(null)}
          >
            {t('card.showAll')}
          </button>
        )}
        <ol className="card-points">
          {facts.triggerPoints.map((tp, position) => {
            const prose = muscle?.triggerPoints.find((p) => p.id === tp.id);
            const pointName = words.triggerPointName(tp.id);
            const alone = focus === tp.id;
            return (
              <li
                key={tp.id}
                className={`pattern-${patternOf(position)}${alone ? ' focused' : ''}`}
              >
                <span className="point-number" aria-hidden="true">
                  {markerLabel(position)}
                </span>
                <div>
                  <p className="point-name">
                    <strong>{pointName}</strong>{' '}
                    <span className="point-depth">{t('details.depth', { depth: tp.depth })}</span>
                  </p>
                  {prose && <p>{prose.location}</p>}
                  <p>
                    <span className="swatch swatch-essential" aria-hidden="true" />{' '}
                    <PatternAreas
                      message="details.pattern.main"
                      zones={tp.referral.essential}
                      side={side}
                    />
                  </p>
                  {tp.referral.spillover.length > 0 && (
                    <p>
                      <span className="swatch swatch-spillover" aria-hidden="true" />{' '}
                      <PatternAreas
                        message="details.pattern.sometimes"
                        zones={tp.referral.spillover}
                        side={side}
                      />
                    </p>
                  )}
                  {several && (
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={alone}
                      onClick={() => focusPoint(alone ? null : tp.id)}
                    >
                      {t('card.showAlone', { number: markerLabel(position), point: pointName })}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      {muscle ? (
        <Anatomy anatomy={muscle.anatomy} />
      ) : (
        <p role="status" className="details-loading">
          {t('card.loading')}
        </p>
      )}

      <section aria-labelledby="card-technique">
        <h3 id="card-technique">{t('card.technique')}</h3>
        <p>{t('card.technique.text')}</p>
        <Link
          href={`/?tp=${side}.${(facts.triggerPoints.find((p) => p.id === focus) ?? first).id}`}
        >
          {t('card.technique.open', { muscle: name })}
        </Link>
      </section>

      <section aria-labelledby="card-sources">
        <h3 id="card-sources">{t('details.sources')}</h3>
        <SourceList refs={facts.sources} />
      </section>
    </article>
  );
}
