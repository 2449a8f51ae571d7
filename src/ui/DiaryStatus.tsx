import { useDiaryStore } from '../state/diaryStore.ts';
import { useT } from '../state/i18n.ts';
import { problemText } from '../state/storage.ts';

/**
 * Where the diary is kept, said plainly where the diary starts: on this device only. When the
 * device is not keeping it, or the stored copy could not be used, says that instead.
 */
export function DiaryStatus() {
  const t = useT();
  const persistence = useDiaryStore((s) => s.persistence);
  const problems = useDiaryStore((s) => s.problems);
  return (
    <div className="diary-status">
      <p className="diary-private">
        <svg className="diary-lock" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2M3.5 7h9v7h-9z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
        </svg>
        <span>{t('diary.private')}</span>
      </p>
      {problems.map((p) => (
        <p key={p.reason} className="diary-problem" role="alert">
          {problemText(p)}
        </p>
      ))}
      {persistence === 'session' && problems.length === 0 && (
        <p className="diary-problem" role="alert">
          {t('diary.sessionOnly')}
        </p>
      )}
    </div>
  );
}
