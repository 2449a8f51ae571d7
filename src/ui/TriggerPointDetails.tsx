import { groupByMuscle } from '../domain/ranking.ts';
import { regionById } from '../domain/regions.ts';
import { holdChoices } from '../domain/timer.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { chooseTriggerPoint, showTriggerPoint } from '../state/intents.ts';
import { useRanking } from '../state/useRanking.ts';
import { useTechniqueSafety } from '../state/useSafety.ts';
import { useSelectionStore, type ChosenTriggerPoint } from '../state/selectionStore.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';
import { formatRange, sideLabel, zoneLabels } from './format.ts';
import { GuidedTimer } from './GuidedTimer.tsx';
import { AfterWarnings, SafetyWarnings } from './SafetyWarnings.tsx';
import { SourceList } from './SourceList.tsx';

/** Pause between stretch repetitions: long enough to let the muscle settle and breathe. */
const STRETCH_REST_SECONDS = 10;

/** One trigger point: where it is, where it refers, and how to release it. */
export function TriggerPointDetails({ chosen }: { chosen: ChosenTriggerPoint }) {
  const close = useSelectionStore((s) => s.closeTriggerPoint);
  const index = useAtlas();
  const bodyAvailable = useViewStore(selectBodyAvailable);
  const ranking = useRanking();
  const safety = useTechniqueSafety();
  const entry = index.triggerPoint(chosen.id);
  if (!entry || !safety) return null;
  const { muscle, triggerPoint: tp } = entry;
  const side = sideLabel(chosen.side).toLowerCase();
  // Step through the ranked results without going back to the list.
  const results = groupByMuscle(ranking);
  const at = results.findIndex((r) => r.muscleId === muscle.id && r.side === chosen.side);
  const step = (delta: number) => {
    const next = results[at + delta]?.triggerPoints[0];
    if (next) chooseTriggerPoint({ id: next.triggerPointId, side: next.side });
  };
  const { pressure, stretch } = muscle;
  const essential = zoneLabels(tp.referral.essential, chosen.side);
  const spillover = zoneLabels(tp.referral.spillover, chosen.side);

  return (
    <article className="details" aria-labelledby="details-title">
      <div className="details-nav">
        <button type="button" className="link-button" onClick={close}>
          ← All results
        </button>
        {at >= 0 && results.length > 1 && (
          <span className="result-stepper">
            <button
              type="button"
              aria-label="Previous result"
              disabled={at === 0}
              onClick={() => step(-1)}
            >
              ‹
            </button>
            <span aria-live="polite">
              {at + 1} of {results.length}
            </span>
            <button
              type="button"
              aria-label="Next result"
              disabled={at === results.length - 1}
              onClick={() => step(1)}
            >
              ›
            </button>
          </span>
        )}
        {bodyAvailable && (
          <button type="button" className="link-button" onClick={() => showTriggerPoint(chosen)}>
            Show on body
          </button>
        )}
      </div>
      <header>
        <h2 id="details-title">
          {muscle.name} <span className="details-side">· your {side} side</span>
        </h2>
        <p className="details-tp">{tp.name}</p>
        <div className="side-switch" role="group" aria-label="Which side">
          {(['left', 'right'] as const).map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={chosen.side === s}
              onClick={() => chooseTriggerPoint({ id: tp.id, side: s })}
            >
              Your {s}
            </button>
          ))}
        </div>
        {muscle.aliases.length > 0 && (
          <p className="aliases">Also called: {muscle.aliases.join(', ')}</p>
        )}
      </header>

      {muscle.triggerPoints.length > 1 && (
        <div
          className="tp-switcher"
          role="group"
          aria-label={`Trigger points of the ${muscle.name.toLowerCase()}`}
        >
          {muscle.triggerPoints.map((other) => (
            <button
              key={other.id}
              type="button"
              aria-pressed={other.id === tp.id}
              onClick={() => chooseTriggerPoint({ id: other.id, side: chosen.side })}
            >
              {other.name}
            </button>
          ))}
        </div>
      )}

      <SafetyWarnings
        safety={safety}
        precautions={muscle.precautions}
        context={{ siteLabel: regionById(tp.region).label, muscleName: muscle.name }}
      />

      <section>
        <h3>Where to find it</h3>
        <p>{tp.location}</p>
        <p className="depth">
          {tp.depth === 'deep' ? 'Deep' : 'Close to the surface'}
          {tp.depthNote ? `: ${tp.depthNote}` : '.'}
        </p>
      </section>

      <section>
        <h3>Where it sends pain</h3>
        <ul className="pattern-legend">
          <li>
            <span className="swatch swatch-essential" aria-hidden="true" /> Main pain:{' '}
            {essential.join(', ')}
          </li>
          {spillover.length > 0 && (
            <li>
              <span className="swatch swatch-spillover" aria-hidden="true" /> Sometimes also:{' '}
              {spillover.join(', ')}
            </li>
          )}
        </ul>
        <p>{tp.symptoms.join(' ')}</p>
        <p className="complaints">Known for: {tp.complaints.join(', ')}.</p>
      </section>

      {pressure ? (
        <section>
          <h3>Pressure (ischaemic compression)</h3>
          <dl className="facts">
            <dt>Position</dt>
            <dd>{pressure.position}</dd>
            <dt>Press with</dt>
            <dd>{pressure.tool}</dd>
            <dt>How hard</dt>
            <dd>
              {formatRange(pressure.pressure.min, pressure.pressure.max, '')} out of 10: a strong,
              aching pressure, never sharp
            </dd>
            <dt>How long</dt>
            <dd>
              {formatRange(pressure.holdSeconds.min, pressure.holdSeconds.max, ' s')} a round,{' '}
              {pressure.rounds} {pressure.rounds === 1 ? 'round' : 'rounds'}
              {pressure.restSeconds > 0 ? `, ${pressure.restSeconds} s rest between` : ''}
            </dd>
          </dl>
          <AfterWarnings safetyKey={safety.key}>
            <ol className="steps">
              {pressure.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <p>
              <strong>Release feels like:</strong> {pressure.releaseFeel}
            </p>
            <p className="list-label">
              <strong>Stop if:</strong>
            </p>
            <ul className="stop-list">
              {pressure.stopIf.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <GuidedTimer
              kind="pressure"
              rounds={pressure.rounds}
              holdChoices={holdChoices(pressure.holdSeconds.min, pressure.holdSeconds.max)}
              restSeconds={pressure.restSeconds}
            />
          </AfterWarnings>
        </section>
      ) : (
        <section>
          <h3>Pressure</h3>
          <p className="therapist-only">
            <strong>For a trained therapist only.</strong> {muscle.therapistOnly}
          </p>
        </section>
      )}

      <section>
        <h3>Stretch</h3>
        <p>{stretch.position}</p>
        <AfterWarnings safetyKey={safety.key}>
          <ol className="steps">
            {stretch.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <dl className="facts">
            <dt>Hold</dt>
            <dd>
              {stretch.holdSeconds} s, {stretch.repetitions}{' '}
              {stretch.repetitions === 1 ? 'time' : 'times'}
            </dd>
            <dt>Breathing</dt>
            <dd>{stretch.breathing}</dd>
            <dt>Aim to feel</dt>
            <dd>{stretch.feel}</dd>
          </dl>
          <p className="list-label">
            <strong>Avoid:</strong>
          </p>
          <ul className="stop-list">
            {stretch.avoid.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <GuidedTimer
            kind="stretch"
            rounds={stretch.repetitions}
            holdChoices={[stretch.holdSeconds]}
            restSeconds={STRETCH_REST_SECONDS}
          />
        </AfterWarnings>
      </section>

      <section>
        <h3>Self-care</h3>
        <ul>
          {muscle.selfCare.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section>
        <h3>What keeps it coming back</h3>
        <ul>
          {muscle.perpetuatingFactors.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section>
        <h3>About this muscle</h3>
        <dl className="facts">
          <dt>Attaches</dt>
          <dd>
            {muscle.anatomy.origin} → {muscle.anatomy.insertion}
          </dd>
          <dt>Action</dt>
          <dd>{muscle.anatomy.action}</dd>
          <dt>Nerve</dt>
          <dd>{muscle.anatomy.innervation}</dd>
        </dl>
      </section>

      <section>
        <h3>Sources</h3>
        <SourceList refs={muscle.sources} />
      </section>
    </article>
  );
}
