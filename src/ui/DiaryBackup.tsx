import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Link } from 'wouter';
import { useDiaryStore, type ImportResult } from '../state/diaryStore.ts';
import { useT } from '../state/i18n.ts';
import { problemText } from '../state/storage.ts';

/** Saves text as a file in the browser's downloads: made here, on the device, never uploaded. */
function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "2026-03-15", for file names. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Taking the diary elsewhere and back: a backup file (everything, to import on this or another
 * device), a spreadsheet (CSV), a summary to print for a visit; importing a backup adds its
 * entries and never removes one; clearing everything asks first.
 */
export function DiaryBackup() {
  const t = useT();
  const id = useId();
  const count = useDiaryStore((s) => s.diary.entries.length);
  const status = useDiaryStore((s) => s.status);
  const [imported, setImported] = useState<ImportResult | 'unreadable' | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState<'done' | 'failed' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setCleared(null);
    try {
      const text = await file.text();
      setImported(await useDiaryStore.getState().importBackup(text));
    } catch {
      setImported('unreadable');
    } finally {
      setBusy(false);
    }
  };

  const clearAll = async () => {
    try {
      await useDiaryStore.getState().clearAll();
      setCleared('done');
    } catch {
      setCleared('failed');
    }
    setConfirming(false);
    setImported(null);
  };

  return (
    <div className="diary-backup">
      <section aria-labelledby={`${id}-out`}>
        <h2 id={`${id}-out`}>{t('diary.backup.outTitle')}</h2>
        <p className="diary-hint">{t('diary.backup.outHint')}</p>
        <div className="diary-backup-buttons">
          <button
            type="button"
            disabled={status !== 'ready'}
            onClick={() =>
              download(
                useDiaryStore.getState().backupText(),
                `referral-explorer-diary-${today()}.json`,
                'application/json',
              )
            }
          >
            {t('diary.backup.json')}
          </button>
          <button
            type="button"
            disabled={status !== 'ready' || count === 0}
            onClick={() =>
              download(
                useDiaryStore.getState().csvText(),
                `referral-explorer-diary-${today()}.csv`,
                'text/csv',
              )
            }
          >
            {t('diary.backup.csv')}
          </button>
          <Link href="/summary" className="diary-button-link">
            {t('diary.backup.print')}
          </Link>
        </div>
      </section>

      <section aria-labelledby={`${id}-in`}>
        <h2 id={`${id}-in`}>{t('diary.backup.inTitle')}</h2>
        <p className="diary-hint">{t('diary.backup.inHint')}</p>
        <input
          ref={fileInput}
          id={`${id}-file`}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
        />
        <button
          type="button"
          disabled={busy || status !== 'ready'}
          onClick={() => fileInput.current?.click()}
        >
          {t('diary.backup.choose')}
        </button>
        <label htmlFor={`${id}-file`} className="visually-hidden">
          {t('diary.backup.fileLabel')}
        </label>
        <div role="status" className="diary-import-result">
          {imported === 'unreadable' ? (
            <p className="diary-problem">{t('diary.backup.unreadable')}</p>
          ) : imported?.ok ? (
            <p className="diary-ok">
              {t('diary.backup.imported', { added: imported.added, kept: imported.kept })}
            </p>
          ) : imported ? (
            <p className="diary-problem">
              {problemText(imported)} {t('diary.backup.nothingChanged')}
            </p>
          ) : null}
        </div>
      </section>

      <section aria-labelledby={`${id}-clear`}>
        <h2 id={`${id}-clear`}>{t('diary.backup.clearTitle')}</h2>
        {confirming ? (
          <div className="diary-confirm" role="group" aria-labelledby={`${id}-confirm`}>
            <p id={`${id}-confirm`}>{t('diary.backup.clearConfirm', { count })}</p>
            <button type="button" className="diary-danger" onClick={() => void clearAll()}>
              {t('diary.backup.clearYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('diary.backup.clearNo')}
            </button>
          </div>
        ) : (
          <>
            <p className="diary-hint">{t('diary.backup.clearHint')}</p>
            <button type="button" disabled={count === 0} onClick={() => setConfirming(true)}>
              {t('diary.backup.clear')}
            </button>
          </>
        )}
        <p role="status" className="diary-saved">
          {cleared && t('diary.backup.cleared', { result: cleared })}
        </p>
      </section>
    </div>
  );
}
