import { useMemo } from 'react';
import { availableCards } from '../domain/quiz.ts';
import { progressByArea } from '../domain/schedule.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useAtlasWords, useT } from '../state/i18n.ts';
import { useLearnStore } from '../state/learnStore.ts';

/** How far each body area has come: questions seen, learned, and due again now. */
export function ProgressOverview() {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const memory = useLearnStore((s) => s.memory);
  const status = useLearnStore((s) => s.status);
  const rows = useMemo(
    () => progressByArea(memory, availableCards(index), index, new Date()),
    [memory, index],
  );
  if (status !== 'ready') return null;
  return (
    <section className="quiz-progress" aria-labelledby="progress-title">
      <h3 id="progress-title">{t('progress.title')}</h3>
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
          {rows.map((r) => (
            <tr key={r.area}>
              <th scope="row">{words.bodyArea(r.area)}</th>
              <td>{t('progress.ofTotal', { count: r.seen, total: r.total })}</td>
              <td>{r.learned}</td>
              <td>{r.due}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
