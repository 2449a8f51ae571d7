import { useState } from 'react';
import { COMPLAINT_SHORTCUTS } from '../../data/index.ts';
import { BODY_AREA_LABELS, type BodyAreaGroup } from '../domain/atlas.ts';
import { groupByMuscle, type RankedMuscle } from '../domain/ranking.ts';
import { otherCausesFor } from '../domain/safety.ts';
import { SIDES, type Side } from '../domain/regions.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { addAreasAndShow, chooseTriggerPoint } from '../state/intents.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { useRanking } from '../state/useRanking.ts';
import { describeMatches, sideLabel } from './format.ts';
import { OtherCauses } from './OtherCauses.tsx';

/** The likely trigger points for the selection, grouped by how strongly they explain it. */
export function ResultsList() {
  const index = useAtlas();
  const areas = useSelectionStore((s) => s.areas);
  const ranking = useRanking();
  const [filter, setFilter] = useState<BodyAreaGroup | 'all'>('all');

  if (areas.length === 0) return <StartHere />;
  const others = <OtherCauses causes={otherCausesFor(index.atlas, areas)} />;
  if (ranking.length === 0) {
    return (
      <section className="results" aria-label="Results">
        <h2>No match yet</h2>
        <p>
          None of the muscles in the atlas is known to refer pain to the selected areas. A therapist
          or doctor can examine the area.
        </p>
        {others}
      </section>
    );
  }
  const muscles = groupByMuscle(ranking);
  const groupOf = (m: RankedMuscle) => index.muscle(m.muscleId)?.group;
  const groups = [...new Set(muscles.map(groupOf))].filter((g): g is BodyAreaGroup => Boolean(g));
  const shown =
    filter === 'all' || !groups.includes(filter)
      ? muscles
      : muscles.filter((m) => groupOf(m) === filter);
  const likely = shown.filter((m) => m.triggerPoints[0]!.strength === 'essential');
  const possible = shown.filter((m) => m.triggerPoints[0]!.strength === 'spillover');
  return (
    <section className="results" aria-label="Results">
      {groups.length > 1 && (
        <div className="result-filter" role="group" aria-label="Show muscles of">
          {(['all', ...groups] as const).map((g) => (
            <button
              key={g}
              type="button"
              aria-pressed={(filter === 'all' || !groups.includes(filter) ? 'all' : filter) === g}
              onClick={() => setFilter(g)}
            >
              {g === 'all' ? `All (${muscles.length})` : BODY_AREA_LABELS[g]}
            </button>
          ))}
        </div>
      )}
      {likely.length > 0 && (
        <ResultGroup title="Most likely" hint="Main pain zone covers your pain" results={likely} />
      )}
      {possible.length > 0 && (
        <ResultGroup title="Also possible" hint="Pain sometimes spreads there" results={possible} />
      )}
      {others}
    </section>
  );
}

/** Nothing selected yet: how to start, and the commonest complaints as shortcuts. */
function StartHere() {
  const [side, setSide] = useState<Side | 'both'>('left');
  const sides = side === 'both' ? SIDES : [side];
  return (
    <section className="results empty" aria-label="Results">
      <h2>Where does it hurt?</h2>
      <p>
        Click the spot on the body (click again to unselect; pick several spots if the pain
        spreads), search above, or start from a common complaint. The trigger points most likely to
        send pain there appear here.
      </p>
      <div className="shortcut-side" role="group" aria-label="Which side hurts">
        <span>Side:</span>
        {(['left', 'right', 'both'] as const).map((s) => (
          <button key={s} type="button" aria-pressed={side === s} onClick={() => setSide(s)}>
            {s === 'both' ? 'Both' : `Your ${s}`}
          </button>
        ))}
      </div>
      <ul className="shortcuts" aria-label="Common complaints">
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
              {shortcut.label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ResultGroup({
  title,
  hint,
  results,
}: {
  title: string;
  hint: string;
  results: readonly RankedMuscle[];
}) {
  const index = useAtlas();
  return (
    <div className="result-group">
      <h2>
        {title} <span className="result-group-hint">· {hint}</span>
      </h2>
      <ol className="result-list">
        {results.map(({ triggerPoints: [r, ...more] }) => {
          const entry = r ? index.triggerPoint(r.triggerPointId) : undefined;
          if (!r || !entry) return null;
          return (
            <li key={`${r.muscleId}:${r.side}`}>
              <button
                type="button"
                className="result"
                onClick={() => chooseTriggerPoint({ id: r.triggerPointId, side: r.side })}
              >
                <span className="result-title">
                  {entry.muscle.name}
                  <span className="result-tp"> · {entry.triggerPoint.name}</span>
                </span>
                <span className="result-side">{sideLabel(r.side)} side</span>
                <span className="result-why">
                  {describeMatches(r.matches)}
                  {more.length > 0 &&
                    ` · ${more.length} more trigger ${more.length === 1 ? 'point' : 'points'} in this muscle`}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
