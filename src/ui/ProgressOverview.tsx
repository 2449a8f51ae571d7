import { useState } from 'react';
import { useAtlasWords, useT } from '../state/i18n.ts';
import { useLearnStore, useProgress } from '../state/learnStore.ts';

/** How far each body area has come: questions seen, learned, and due again now. */
export function ProgressOverview() {
  const t = useT();
  const words = useAtlasWords();
  const { ready, byArea } = useProgress();
  if (!ready) return null;
  const answered = byArea.some((r) => r.seen > 0);
  return (
    <section className="quiz-progress" aria-labelledby="progress-title">
      <h3 id="progress-title">{t('progress.title')}</h3>
      {!answered && <p className="quiz-hint">{t('progress.none')}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('progress.area')}</th>
            <th scope="col">{t('progress.seen')}</th>
            <th scope="col">{t('progress.learned')}</th>
            <th scope="col">{t('progress.due')}</th>
          </tr>
        </thead>
        <tbody>
          {byArea.map((r) => (
            <tr key={r.area}>
              <th scope="row">{words.bodyArea(r.area)}</th>
              <td>{t('progress.ofTotal', { count: r.seen, total: r.total })}</td>
              <td>{r.learned}</td>
              <td>{r.due}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ForgetProgress />
    </section>
  );
}

/**
 * "Forget my progress", which asks first: every answer kept on this device goes, and every
 * question starts again as new. Says so once it is done.
 */
export function ForgetProgress() {
  const t = useT();
  const [state, setState] = useState<'idle' | 'asking' | 'done'>('idle');
  const answered = useLearnStore((s) => Object.keys(s.memory).length > 0);
  if (state === 'done' && !answered)
    return (
      <p className="quiz-hint" role="status">
        {t('progress.forget.done')}
      </p>
    );
  if (!answered) return null;
  if (state !== 'asking')
    return (
      <p className="progress-forget">
        <button type="button" className="link-button" onClick={() => setState('asking')}>
          {t('progress.forget')}
        </button>
      </p>
    );
  // The same look as the session's questions before something is lost.
  return (
    <div className="session-confirm" role="alertdialog" aria-label={t('progress.forget')}>
      <p>{t('progress.forget.confirm')}</p>
      <button
        type="button"
        className="danger"
        onClick={() => {
          setState('done');
          void useLearnStore.getState().forget();
        }}
      >
        {t('progress.forget.yes')}
      </button>
      <button type="button" onClick={() => setState('idle')} autoFocus>
        {t('progress.forget.no')}
      </button>
    </div>
  );
}
