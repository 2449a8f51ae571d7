import { useEffect, useEffectEvent, useRef, useState, type PointerEvent } from 'react';
import { Link } from 'wouter';
import { patternAreas } from '../domain/ranking.ts';
import { patternOf, type Finding } from '../domain/session.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { formatList, useAtlasWords, useMuscleWords, useT } from '../state/i18n.ts';
import { useCurrentSession, useSessionStore } from '../state/sessionStore.ts';
import { areaInText, areaName } from './format.ts';

/** How far a finger must travel sideways for a swipe to step (px). */
const SWIPE_DISTANCE = 60;

/**
 * The screen turned to the client: one trigger point at a time (or all of them), in large,
 * plain words: where it is, where it sends pain, what to do at home. Arrow keys, the buttons
 * or a swipe step through them; Escape or the link goes back to the session. Reports which
 * finding is in focus (none while all are shown), so the page's body can show it.
 */
export function PresentView({ onFocus }: { onFocus: (finding: Finding | undefined) => void }) {
  const t = useT();
  const index = useAtlas();
  const status = useSessionStore((s) => s.status);
  const session = useCurrentSession();
  // A point the atlas no longer has cannot be explained: leave it out of the client's view.
  const findings = session.findings.filter((f) => index.triggerPoint(f.triggerPointId));
  const [at, setAt] = useState(0);
  const [all, setAll] = useState(false);
  const count = findings.length;
  // Numbered and coloured by its place in the session, as on the body and in the session's list.
  const numberOf = (finding: Finding) => session.findings.indexOf(finding);
  const position = Math.min(at, Math.max(0, count - 1));
  const focused = all ? undefined : findings[position];
  const focusedId = focused?.id;

  useEffect(() => void useSessionStore.getState().open(), []);
  const report = useEffectEvent((id: string | undefined) =>
    onFocus(findings.find((f) => f.id === id)),
  );
  // Only a change of focus moves the body, not every edit of the session.
  useEffect(() => report(focusedId), [focusedId]);

  const step = (delta: number) => {
    setAll(false);
    setAt(Math.min(count - 1, Math.max(0, position + delta)));
  };
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const deltas: Record<string, number> = {
      ArrowRight: 1,
      ArrowDown: 1,
      PageDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      PageUp: -1,
      Home: -Infinity,
      End: Infinity,
    };
    const delta = deltas[event.key];
    if (delta !== undefined) {
      event.preventDefault();
      step(delta);
    }
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const swipe = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (e: PointerEvent) => {
    swipe.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent) => {
    const from = swipe.current;
    swipe.current = null;
    if (!from) return;
    const dx = e.clientX - from.x;
    const dy = e.clientY - from.y;
    if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > 2 * Math.abs(dy)) step(dx < 0 ? 1 : -1);
  };

  return (
    <section
      className="present-panel"
      aria-label={t('present.label')}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (swipe.current = null)}
    >
      <div className="present-top">
        <Link href="/session" className="present-back">
          {t('present.back')}
        </Link>
        {count > 1 && (
          <div className="present-mode" role="group" aria-label={t('present.show')}>
            <button type="button" aria-pressed={!all} onClick={() => setAll(false)}>
              {t('present.one')}
            </button>
            <button type="button" aria-pressed={all} onClick={() => setAll(true)}>
              {t('present.all')}
            </button>
          </div>
        )}
      </div>
      {/* It scrolls on a phone: focusable, so the keyboard can scroll it too. */}
      <div className="present-content" aria-live="polite" tabIndex={0}>
        {status !== 'ready' ? (
          <p role="status">{t('session.loading')}</p>
        ) : count === 0 ? (
          <div className="present-empty">
            <h2>{t('present.empty')}</h2>
            <Link href="/session" className="primary-link">
              {t('present.back')}
            </Link>
          </div>
        ) : all ? (
          <ol className="present-all">
            {findings.map((finding, i) => (
              <li key={finding.id}>
                <button
                  type="button"
                  onClick={() => {
                    setAll(false);
                    setAt(i);
                  }}
                >
                  <PresentSummary finding={finding} position={numberOf(finding)} />
                </button>
              </li>
            ))}
          </ol>
        ) : (
          focused && <PresentFinding finding={focused} position={numberOf(focused)} />
        )}
      </div>
      {count > 1 && (
        <nav className="present-steps" aria-label={t('present.steps')}>
          <button
            type="button"
            onClick={() => step(-1)}
            disabled={!all && position === 0}
            aria-label={t('present.previous')}
          >
            ‹
          </button>
          <span className="present-position">
            {all
              ? t('present.count', { count })
              : t('present.position', { at: position + 1, count })}
          </span>
          <button
            type="button"
            onClick={() => step(1)}
            disabled={!all && position === count - 1}
            aria-label={t('present.next')}
          >
            ›
          </button>
        </nav>
      )}
      {count > 0 && <p className="present-keys">{t('present.keys')}</p>}
    </section>
  );
}

/** The heading of a finding for the client: the place, numbered as on the body. */
function PresentSummary({ finding, position }: { finding: Finding; position: number }) {
  const t = useT();
  const words = useAtlasWords();
  const entry = useAtlas().triggerPoint(finding.triggerPointId)!;
  return (
    <span className="present-summary">
      <span className={`finding-number pattern-${patternOf(position)}`} aria-hidden="true">
        {position + 1}
      </span>
      <span>
        <strong>
          <span className="visually-hidden">{t('present.number', { number: position + 1 })} </span>
          {areaName(words, { region: entry.triggerPoint.region, side: finding.side })}
        </strong>
        <span className="present-sends">
          {t('present.sends', {
            areas: formatList(
              patternAreas(entry.triggerPoint.referral.essential, finding.side).map((a) =>
                areaInText(words, a),
              ),
            ),
          })}
        </span>
      </span>
    </span>
  );
}

/** One finding in full, for the client: where, where the pain goes, what to do at home. */
function PresentFinding({ finding, position }: { finding: Finding; position: number }) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const entry = index.triggerPoint(finding.triggerPointId)!;
  const muscle = useMuscleWords(entry.muscle, index.muscle, index.muscleOfTriggerPoint);
  const tp = muscle?.triggerPoints.find((p) => p.id === finding.triggerPointId);
  const spillover = patternAreas(entry.triggerPoint.referral.spillover, finding.side);
  return (
    <article className="present-finding" aria-labelledby="present-title">
      <header>
        <span className={`finding-number big pattern-${patternOf(position)}`} aria-hidden="true">
          {position + 1}
        </span>
        <div>
          <h2 id="present-title">
            <span className="visually-hidden">
              {t('present.number', { number: position + 1 })}{' '}
            </span>
            {areaName(words, { region: entry.triggerPoint.region, side: finding.side })}
          </h2>
          <p className="present-muscle">
            {t('present.muscle', { muscle: words.muscleName(entry.muscle.id) })}
          </p>
        </div>
      </header>
      <h3>{t('present.sendsTitle')}</h3>
      <p className="present-big">
        {t('present.sendsTo', {
          areas: formatList(
            patternAreas(entry.triggerPoint.referral.essential, finding.side).map((a) =>
              areaInText(words, a),
            ),
          ),
        })}
      </p>
      {spillover.length > 0 && (
        <p className="present-sometimes">
          {t('present.sometimes', {
            areas: formatList(spillover.map((a) => areaInText(words, a))),
          })}
        </p>
      )}
      {!muscle || !tp ? (
        <p role="status">{t('details.loading')}</p>
      ) : (
        <>
          <h3>{t('present.findIt')}</h3>
          <p>{tp.location}</p>
          <h3>{t('present.home')}</h3>
          <ul className="present-home">
            {muscle.pressure ? (
              <li>
                {t('present.home.pressure', {
                  min: muscle.pressure.holdSeconds.min,
                  max: muscle.pressure.holdSeconds.max,
                  rounds: muscle.pressure.rounds,
                })}
              </li>
            ) : (
              <li>{t('present.home.therapist')}</li>
            )}
            <li>
              {t('present.home.stretch', {
                seconds: muscle.stretch.holdSeconds,
                times: muscle.stretch.repetitions,
              })}
            </li>
            <li>{t('present.home.plan')}</li>
          </ul>
        </>
      )}
    </article>
  );
}
