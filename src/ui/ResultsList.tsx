import { atlas } from '../../data/index.ts';
import { findTriggerPoint } from '../domain/lookup.ts';
import { groupByMuscle, type RankedMuscle } from '../domain/ranking.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { useRanking } from '../state/useRanking.ts';
import { describeMatches, sideLabel } from './format.ts';

/** The likely trigger points for the selection, grouped by how strongly they explain it. */
export function ResultsList() {
  const areas = useSelectionStore((s) => s.areas);
  const ranking = useRanking();

  if (areas.length === 0) {
    return (
      <section className="results empty" aria-label="Results">
        <h2>Where does it hurt?</h2>
        <p>
          Click the spot on the body (click again to unselect; pick several spots if the pain
          spreads), or choose an area from the list below. The trigger points most likely to send
          pain there appear here.
        </p>
      </section>
    );
  }
  if (ranking.length === 0) {
    return (
      <section className="results" aria-label="Results">
        <h2>No match yet</h2>
        <p>
          None of the muscles in the atlas so far is known to refer pain to the selected areas. The
          atlas is growing; meanwhile, a therapist or doctor can examine the area.
        </p>
      </section>
    );
  }
  const muscles = groupByMuscle(ranking);
  const likely = muscles.filter((m) => m.triggerPoints[0]!.strength === 'essential');
  const possible = muscles.filter((m) => m.triggerPoints[0]!.strength === 'spillover');
  return (
    <section className="results" aria-label="Results">
      {likely.length > 0 && <ResultGroup title="Most likely" results={likely} />}
      {possible.length > 0 && <ResultGroup title="Also possible" results={possible} />}
    </section>
  );
}

function ResultGroup({ title, results }: { title: string; results: readonly RankedMuscle[] }) {
  const choose = useSelectionStore((s) => s.choose);
  return (
    <div className="result-group">
      <h2>{title}</h2>
      <ol className="result-list">
        {results.map(({ triggerPoints: [r, ...more] }) => {
          const entry = r ? findTriggerPoint(atlas, r.triggerPointId) : undefined;
          if (!r || !entry) return null;
          return (
            <li key={`${r.muscleId}:${r.side}`}>
              <button
                type="button"
                className="result"
                onClick={() => choose({ id: r.triggerPointId, side: r.side })}
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
