import { useState } from 'react';
import type { DiaryEntry, DoneTechnique } from '../domain/diary.ts';
import { EMPTY_DRAFT, entryFromDraft } from '../domain/diaryDraft.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useDiaryDraftStore } from '../state/diaryDraftStore.ts';
import { newEntryId, useDiaryStore } from '../state/diaryStore.ts';
import { useAtlasWords, useT } from '../state/i18n.ts';
import { doneText } from './diaryText.ts';

/**
 * A finished timer's offer to log itself: what was done (the point, the side, pressure or
 * stretch, the rounds), saved in the diary with one tap, then a way to open that entry and add
 * how it feels now.
 */
export function TimerLogOffer({ done }: { done: DoneTechnique }) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const offered = useDiaryStore((s) => s.offered);
  const [saved, setSaved] = useState<DiaryEntry | null>(null);
  const [failed, setFailed] = useState(false);

  const save = async () => {
    const entry = entryFromDraft(
      { ...EMPTY_DRAFT, done: [done] },
      newEntryId(),
      new Date().toISOString(),
    );
    try {
      await useDiaryStore.getState().logEntry(entry);
      useDiaryStore.getState().dismissOffer();
      setFailed(false);
      setSaved(entry);
    } catch {
      setFailed(true);
    }
  };

  const offering = !saved && offered === done;
  return (
    <div className="timer-log">
      {offering && (
        <>
          <p>{t('timer.log.what', { done: doneText(words, index, done) })}</p>
          <button type="button" className="timer-log-add" onClick={() => void save()}>
            {t('timer.log.offer')}
          </button>
        </>
      )}
      <p role="status">
        {saved ? (
          <>
            {t('timer.log.saved')}{' '}
            <a href="#/diary" onClick={() => useDiaryDraftStore.getState().edit(saved)}>
              {t('timer.log.change')}
            </a>
          </>
        ) : failed ? (
          t('timer.log.failed')
        ) : null}
      </p>
    </div>
  );
}
