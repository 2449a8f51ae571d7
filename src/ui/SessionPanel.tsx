import { useEffect, useId, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { patternAreas } from '../domain/ranking.ts';
import { patternOf, type Finding, type Session } from '../domain/session.ts';
import { areaKey, type BodyArea } from '../domain/regions.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { formatList, useAtlasWords, useT } from '../state/i18n.ts';
import { showTriggerPoint } from '../state/intents.ts';
import { currentSession, useCurrentSession, useSessionStore } from '../state/sessionStore.ts';
import type { Problem } from '../state/storage.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';
import { areaInText, areaName } from './format.ts';
import { SharePlan } from './SharePlan.tsx';

/** The session's name as shown: its own, or the day it was started. */
export function sessionTitle(session: Session, t: ReturnType<typeof useT>): string {
  if (session.name.trim()) return session.name;
  const date = new Date(session.createdAt).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return t('session.untitled', { date });
}

/**
 * The therapist's panel for one session: its name and the other sessions on this device, the
 * areas where the client feels pain, and the trigger points found, numbered as on the body, to
 * reorder, annotate, rate and remove; then the home plan to send and the handout to print.
 */
export function SessionPanel({ handout }: { handout?: ReactNode }) {
  const t = useT();
  const status = useSessionStore((s) => s.status);
  const session = useCurrentSession();
  useEffect(() => void useSessionStore.getState().open(), []);
  return (
    <aside className="side-panel session-panel" aria-label={t('session.panel')}>
      <div className="panel-body">
        <StorageProblems />
        {status !== 'ready' ? (
          <p role="status">{t('session.loading')}</p>
        ) : (
          <>
            <SessionHeader session={session} />
            <ClientAreas areas={session.areas} />
            <FindingList findings={session.findings} />
            {session.findings.length > 0 && (
              <>
                <SharePlan session={session} />
                {handout}
              </>
            )}
          </>
        )}
      </div>
    </aside>
  );
}

const problemReason = (p: Problem) => (p.reason === 'not-json' ? 'damaged' : p.reason);

/** What happened to the stored sessions, when something did: in plain words, nothing lost. */
function StorageProblems() {
  const t = useT();
  const problems = useSessionStore((s) => s.problems);
  const persistence = useSessionStore((s) => s.persistence);
  if (problems.length === 0 && persistence === 'device') return null;
  return (
    <div className="notices session-notices" role="alert">
      {problems.map((p) => (
        <p key={`${p.reason}:${p.asideKey ?? ''}`} className="notice">
          <span>
            {t('session.problem', { reason: problemReason(p) })}
            {p.asideKey ? ` ${t('session.problem.kept')}` : ''}
          </span>
        </p>
      ))}
      {problems.length === 0 && (
        <p className="notice">
          <span>{t('session.notKept')}</span>
        </p>
      )}
    </div>
  );
}

function SessionHeader({ session }: { session: Session }) {
  const t = useT();
  const id = useId();
  const sessions = useSessionStore((s) => s.book.sessions);
  const { renameSession, switchSession, newSession, clearSession, deleteSession } =
    useSessionStore.getState();
  const [asking, setAsking] = useState<'clear' | 'delete' | null>(null);
  const title = sessionTitle(session, t);
  return (
    <header className="session-header">
      <h2>{t('session.title')}</h2>
      <label htmlFor={`${id}-name`} className="field-label">
        {t('session.name')}
      </label>
      <input
        id={`${id}-name`}
        className="session-name"
        type="text"
        maxLength={80}
        value={session.name}
        placeholder={t('session.name.placeholder')}
        onChange={(e) => void renameSession(e.target.value)}
      />
      <div className="session-actions">
        {sessions.length > 1 && (
          <label className="session-choose">
            <span className="field-label">{t('session.choose')}</span>
            <select value={session.id} onChange={(e) => void switchSession(e.target.value)}>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {sessionTitle(s, t)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => void newSession()}>
          {t('session.new')}
        </button>
        {(session.findings.length > 0 || session.areas.length > 0) && (
          <button type="button" onClick={() => setAsking('clear')}>
            {t('session.clear')}
          </button>
        )}
        <button type="button" onClick={() => setAsking('delete')}>
          {t('session.delete')}
        </button>
      </div>
      {asking && (
        <div className="session-confirm" role="alertdialog" aria-label={t(`session.${asking}`)}>
          <p>
            {asking === 'clear'
              ? t('session.clear.confirm', { count: session.findings.length, name: title })
              : t('session.delete.confirm', { name: title })}
          </p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setAsking(null);
              void (asking === 'clear' ? clearSession() : deleteSession());
            }}
          >
            {t(asking === 'clear' ? 'session.clear.yes' : 'session.delete.yes')}
          </button>
          <button type="button" onClick={() => setAsking(null)}>
            {t('session.keep')}
          </button>
        </div>
      )}
      {session.findings.length > 0 && (
        <p className="session-links">
          <Link href="/session/present" className="primary-link">
            {t('session.present')}
          </Link>
        </p>
      )}
    </header>
  );
}

function ClientAreas({ areas }: { areas: readonly BodyArea[] }) {
  const t = useT();
  const words = useAtlasWords();
  const toggleArea = useSessionStore((s) => s.toggleArea);
  const bodyAvailable = useViewStore(selectBodyAvailable);
  return (
    <section className="session-areas" aria-labelledby="session-areas-title">
      <h3 id="session-areas-title">{t('session.areas')}</h3>
      {areas.length === 0 ? (
        <p className="hint">{t('session.areas.none')}</p>
      ) : (
        <ul className="chip-list session-chips">
          {areas.map((area) => (
            <li key={areaKey(area)} className="chip">
              <span>{areaName(words, area)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('session.areas.remove', { area: areaInText(words, area) })}
                onClick={() => void toggleArea(area)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {bodyAvailable && <p className="hint">{t('session.areas.hint')}</p>}
    </section>
  );
}

function FindingList({ findings }: { findings: readonly Finding[] }) {
  const t = useT();
  if (findings.length === 0) {
    return (
      <section className="session-empty">
        <h3>{t('session.empty.title')}</h3>
        <p>{t('session.empty.text')}</p>
        <Link href="/" className="primary-link">
          {t('session.empty.link')}
        </Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="session-findings-title">
      <h3 id="session-findings-title">{t('session.findings', { count: findings.length })}</h3>
      <ol className="findings">
        {findings.map((finding, position) => (
          <FindingItem
            key={finding.id}
            finding={finding}
            position={position}
            last={position === findings.length - 1}
          />
        ))}
      </ol>
    </section>
  );
}

/** The explorer's address of a finding's technique, with the client's areas for its warnings. */
function techniqueHref(finding: Finding, areas: readonly BodyArea[]): string {
  const params = new URLSearchParams();
  if (areas.length) params.set('areas', areas.map((a) => `${a.side}.${a.region}`).join(','));
  params.set('tp', `${finding.side}.${finding.triggerPointId}`);
  return `/?${params.toString().replace(/%2C/g, ',')}`;
}

function FindingItem({
  finding,
  position,
  last,
}: {
  finding: Finding;
  position: number;
  last: boolean;
}) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const id = useId();
  const bodyAvailable = useViewStore(selectBodyAvailable);
  const { moveFinding, removeFinding, editFinding } = useSessionStore.getState();
  const areas = useSessionStore((s) => currentSession(s.book).areas);
  const entry = index.triggerPoint(finding.triggerPointId);
  const number = position + 1;
  return (
    <li className="finding">
      <div className="finding-head">
        <span className={`finding-number pattern-${patternOf(position)}`} aria-hidden="true">
          {number}
        </span>
        <div className="finding-title">
          {entry ? (
            <>
              <strong>
                {t('session.finding.name', {
                  number,
                  muscle: words.muscleName(entry.muscle.id),
                  side: finding.side,
                })}
              </strong>
              <span className="finding-point">
                {t('session.finding.point', {
                  point: words.triggerPointName(finding.triggerPointId),
                  areas: formatList(
                    patternAreas(entry.triggerPoint.referral.essential, finding.side).map((a) =>
                      areaInText(words, a),
                    ),
                  ),
                })}
              </span>
            </>
          ) : (
            <strong>{t('session.finding.gone')}</strong>
          )}
        </div>
        <div className="finding-order">
          <button
            type="button"
            aria-label={t('session.finding.up', { number })}
            title={t('session.finding.up', { number })}
            disabled={position === 0}
            onClick={() => void moveFinding(finding.id, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={t('session.finding.down', { number })}
            title={t('session.finding.down', { number })}
            disabled={last}
            onClick={() => void moveFinding(finding.id, 1)}
          >
            ↓
          </button>
        </div>
      </div>
      <div className="finding-fields">
        <label htmlFor={`${id}-note`} className="field-label">
          {t('session.finding.note')}
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={500}
          value={finding.note}
          placeholder={t('session.finding.note.placeholder')}
          onChange={(e) => void editFinding(finding.id, { note: e.target.value })}
        />
        <label className="finding-pain">
          <span className="field-label">{t('session.finding.pain')}</span>
          <select
            value={finding.pain === undefined ? '' : String(finding.pain)}
            onChange={(e) =>
              void editFinding(finding.id, {
                pain: e.target.value === '' ? undefined : Number(e.target.value),
              })
            }
          >
            <option value="">{t('session.finding.pain.none')}</option>
            {Array.from({ length: 11 }, (_, pain) => (
              <option key={pain} value={pain}>
                {t('session.finding.pain.value', { pain })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="finding-actions">
        {entry && bodyAvailable && (
          <button
            type="button"
            className="link-button"
            aria-label={t('session.finding.show', { number })}
            onClick={() => showTriggerPoint({ id: finding.triggerPointId, side: finding.side })}
          >
            {t('details.showOnBody')}
          </button>
        )}
        {entry && (
          <Link href={techniqueHref(finding, areas)} className="link-button">
            {t('session.finding.technique')}
          </Link>
        )}
        <button
          type="button"
          className="link-button danger-link"
          onClick={() => void removeFinding(finding.id)}
        >
          {t('session.finding.remove', { number })}
        </button>
      </div>
    </li>
  );
}
