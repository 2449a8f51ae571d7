import { useId, useState } from 'react';
import type { DiaryEntry } from '../domain/diary.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useDiaryDraftStore } from '../state/diaryDraftStore.ts';
import { useDiaryStore } from '../state/diaryStore.ts';
import { formatList, useAtlasWords, useT } from '../state/i18n.ts';
import { areasText, dayHeading, dayKey, doneText, timeOfDay } from './diaryText.ts';

/**
 * The diary's entries, newest first, grouped by day, each with Change and Delete (which asks
 * first). `onEdit` is called after an entry is put into the form, so the page can show it.
 */
export function DiaryEntries({ onEdit }: { onEdit?: () => void }) {
  const t = useT();
  const id = useId();
  const entries = useDiaryStore((s) => s.diary.entries);
  const status = useDiaryStore((s) => s.status);
  const days: { key: string; at: string; entries: DiaryEntry[] }[] = [];
  for (const e of entries) {
    const key = dayKey(e.at);
    const day = days.at(-1);
    if (day?.key === key) day.entries.push(e);
    else days.push({ key, at: e.at, entries: [e] });
  }
  return (
    <section className="diary-entries" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('diary.entries.title', { count: entries.length })}</h2>
      {status !== 'ready' ? (
        <p className="diary-hint">{t('diary.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="diary-hint">{t('diary.entries.none')}</p>
      ) : (
        days.map((day) => (
          <section key={day.key} className="diary-day" aria-label={dayHeading(day.at)}>
            <h3>{dayHeading(day.at)}</h3>
            <ul>
              {day.entries.map((e) => (
                <EntryItem key={e.id} entry={e} onEdit={onEdit} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}

function EntryItem({ entry, onEdit }: { entry: DiaryEntry; onEdit?: () => void }) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const editing = useDiaryDraftStore((s) => s.draft.editing === entry.id);
  const [confirming, setConfirming] = useState(false);
  const time = timeOfDay(entry.at);
  const when = t('diary.entry.when', { day: dayHeading(entry.at), time });
  return (
    <li className={`diary-entry${editing ? ' diary-entry-editing' : ''}`}>
      <p className="diary-entry-head">
        <time dateTime={entry.at}>{time}</time>
        <span>{entry.areas.length ? areasText(words, entry) : t('diary.entry.noAreas')}</span>
      </p>
      {entry.qualities.length > 0 && (
        <p className="diary-entry-qualities">
          {formatList(entry.qualities.map((q) => t('diary.quality', { quality: q })))}
        </p>
      )}
      {entry.done.length > 0 && (
        <p className="diary-entry-done">
          {t('diary.entry.done', {
            done: formatList(entry.done.map((d) => doneText(words, index, d))),
          })}
        </p>
      )}
      {entry.note && <p className="diary-entry-note">{entry.note}</p>}
      {confirming ? (
        <div className="diary-confirm" role="group" aria-label={t('diary.entry.confirm', { when })}>
          <p>{t('diary.entry.confirm', { when })}</p>
          <button
            type="button"
            className="diary-danger"
            onClick={() => {
              if (editing) useDiaryDraftStore.getState().clear();
              void useDiaryStore.getState().deleteEntry(entry.id);
            }}
          >
            {t('diary.entry.deleteYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('diary.entry.deleteNo')}
          </button>
        </div>
      ) : (
        <div className="diary-entry-buttons">
          <button
            type="button"
            aria-label={t('diary.entry.editLabel', { when })}
            onClick={() => {
              useDiaryDraftStore.getState().edit(entry);
              onEdit?.();
            }}
          >
            {t('diary.entry.edit')}
          </button>
          <button
            type="button"
            aria-label={t('diary.entry.deleteLabel', { when })}
            onClick={() => setConfirming(true)}
          >
            {t('diary.entry.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
