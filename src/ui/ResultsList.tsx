import { useEffect, useRef, useState, type RefObject } from 'react';
import { COMPLAINT_SHORTCUTS } from '../../data/index.ts';
import type { BodyAreaGroup } from '../domain/atlas.ts';
import type { RankedMuscle } from '../domain/ranking.ts';
import { otherCausesFor } from '../domain/safety.ts';
import { SIDES, type Side } from '../domain/regions.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useAtlasWords, usePrefetchMuscleWords, useT } from '../state/i18n.ts';
import { addAreasAndShow, chooseTriggerPoint } from '../state/intents.ts';
import { MARKS, markAfterPaint } from '../state/perfMarks.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { useRanking } from '../state/useRanking.ts';
import { FOCUS_HEADING, focusNext, useFocusOnMount } from './focus.ts';
import { describeMatches, describeReason } from './format.ts';
import { OtherCauses } from './OtherCauses.tsx';

/** How many of the top results have their words loaded ahead, to open without a wait. */
const PREFETCHED_RESULTS = 3;

/**
 * The likely muscles for the selection, grouped by how well they explain it. Coming back from a
 * technique, focus returns to that muscle's card.
 */
export function ResultsList() {
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(root, heading);
  return (
    <div ref={root}>
      <Results heading={heading} />
    </div>
  );
}

function Results({ heading }: { heading: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const areas = useSelectionStore((s) => s.areas);
  const ranking = useRanking();
  const [filter, setFilter] = useState<BodyAreaGroup | 'all'>('all');
  usePrefetchMuscleWords(
    ranking.slice(0, PREFETCHED_RESULTS).map((m) => m.muscleId),
    index.muscle,
    index.muscleOfTriggerPoint,
  );
  // For the benchmark: click on the body → this list painted.
  useEffect(() => markAfterPaint(MARKS.resultsPainted), [ranking]);

  if (areas.length === 0) return <StartHere heading={heading} />;
  const others = <OtherCauses causes={otherCausesFor(index.atlas, areas)} />;
  if (ranking.length === 0) {
    return (
      <section className="results" aria-label={t('results.label')}>
        <h2 ref={heading} tabIndex={-1}>
          {t('results.none.title')}
        </h2>
        <p>{t('results.none.text')}</p>
        {others}
      </section>
    );
  }
  const muscles = ranking;
  const groupOf = (m: RankedMuscle) => index.muscle(m.muscleId)?.group;
  const groups = [...new Set(muscles.map(groupOf))].filter((g): g is BodyAreaGroup => Boolean(g));
  const shown =
    filter === 'all' || !groups.includes(filter)
      ? muscles
      : muscles.filter((m) => groupOf(m) === filter);
  const likely = shown.filter((m) => m.strength === 'essential');
  const possible = shown.filter((m) => m.strength === 'spillover');
  return (
    <section className="results" aria-label={t('results.label')}>
      {groups.length > 1 && (
        <div className="result-filter" role="group" aria-label={t('results.filter')}>
          {(['all', ...groups] as const).map((g) => (
            <button
              key={g}
              type="button"
              aria-pressed={(filter === 'all' || !groups.includes(filter) ? 'all' : filter) === g}
              onClick={() => setFilter(g)}
            >
              {g === 'all' ? t('results.filter.all', { count: muscles.length }) : words.bodyArea(g)}
            </button>
          ))}
        </div>
      )}
      {likely.length > 0 && (
        <ResultGroup
          heading={heading}
          title={t('results.likely')}
          hint={t('results.likely.hint')}
          results={likely}
        />
      )}
      {possible.length > 0 && (
        <ResultGroup
          heading={likely.length > 0 ? undefined : heading}
          title={t('results.possible')}
          hint={t('results.possible.hint')}
          results={possible}
        />
      )}
      {others}
    </section>
  );
}

/** Nothing selected yet: how to start, and the commonest complaints as shortcuts. */
function StartHere({ heading }: { heading: RefObject<HTMLHeadingElement | null> }) {
  const t = useT();
  const words = useAtlasWords();
  const [side, setSide] = useState<Side | 'both'>('left');
  const sides = side === 'both' ? SIDES : [side];
  // Removing the last area (or clearing them) focuses this heading, not the page.
  const root = useRef<HTMLElement>(null);
  useFocusOnMount(root, heading);
  return (
    <section className="results empty" aria-label={t('results.label')} ref={root}>
      <h2 ref={heading} tabIndex={-1}>
        {t('start.title')}
      </h2>
      <p>{t('start.text')}</p>
      <div className="shortcut-side" role="group" aria-label={t('start.side.label')}>
        <span>{t('start.side')}</span>
        {(['left', 'right', 'both'] as const).map((s) => (
          <button key={s} type="button" aria-pressed={side === s} onClick={() => setSide(s)}>
            {t('start.side.option', { side: s })}
          </button>
        ))}
      </div>
      <ul className="shortcuts" aria-label={t('start.shortcuts')}>
        {COMPLAINT_SHORTCUTS.map((shortcut) => (
          <li key={shortcut.id}>
            <button
              type="button"
              onClick={() =>
                addAreasAndShow(
                  shortcut.regions.flatMap((region) => sides.map((s) => ({ region, side: s }))),
                )
              }
            >
              {words.shortcut(shortcut.id)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ResultGroup({
  heading,
  title,
  hint,
  results,
}: {
  heading?: RefObject<HTMLHeadingElement | null>;
  title: string;
  hint: string;
  results: readonly RankedMuscle[];
}) {
  return (
    <div className="result-group">
      <h2 ref={heading} tabIndex={heading ? -1 : undefined}>
        {title} <span className="result-group-hint">· {hint}</span>
      </h2>
      <ol className="result-list">
        {results.map((result) => (
          <li key={result.muscleId}>
            <ResultCard result={result} />
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * One muscle: its name, the trigger point that explains the pain best, where it refers and why
 * it ranks here. A muscle that fits on either side (or the pain is on both) asks which side to
 * open instead of picking one.
 */
function ResultCard({ result }: { result: RankedMuscle }) {
  const t = useT();
  const words = useAtlasWords();
  const muscle = words.muscleName(result.muscleId);
  const bestOn = (side: Side) => result.triggerPoints.find((p) => p.side === side);
  const best = result.triggerPoints[0]!;
  const reason = describeReason(words, result.reason);
  const body = (
    <>
      <span className="result-title">
        {muscle}
        <span className="result-tp"> · {words.triggerPointName(best.triggerPointId)}</span>
      </span>
      <span className="result-side">
        {result.sides.length > 1 ? t('results.sides') : t('results.side', { side: best.side })}
      </span>
      <span className="result-why">{describeMatches(words, result.matches)}</span>
      {reason && <span className="result-reason">{reason}</span>}
    </>
  );
  if (result.sides.length === 1) {
    return (
      <button
        type="button"
        className="result"
        data-focus={`result:${result.muscleId}`}
        onClick={() => {
          focusNext(FOCUS_HEADING);
          chooseTriggerPoint({ id: best.triggerPointId, side: best.side });
        }}
      >
        {body}
      </button>
    );
  }
  return (
    <div className="result result-both">
      {body}
      <span className="result-sides" role="group" aria-label={t('results.sides.label', { muscle })}>
        {result.sides.map((side, i) => {
          const point = bestOn(side);
          return (
            point && (
              <button
                key={side}
                type="button"
                data-focus={i === 0 ? `result:${result.muscleId}` : undefined}
                onClick={() => {
                  focusNext(FOCUS_HEADING);
                  chooseTriggerPoint({ id: point.triggerPointId, side });
                }}
              >
                {t('results.side.open', { side })}
              </button>
            )
          );
        })}
      </span>
    </div>
  );
}
