import type { Page } from 'playwright-core';
import { planPath } from '../../src/domain/planLink.ts';

/**
 * Writes raw values into the app's own database (IndexedDB `referral-explorer`, object store
 * `data`, as src/state/storage.ts keeps it) on the page's origin, exactly as given: an envelope,
 * a damaged string, anything. The page must already be on the app's origin; reload it after, so
 * the stores read what was written.
 */
export async function putStored(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('referral-explorer');
        open.onupgradeneeded = () => open.result.createObjectStore('data');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('data', 'readwrite');
          for (const [key, value] of entries) tx.objectStore('data').put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    Object.entries(values),
  );
}

/** Everything in the app's database, key by key (the values kept aside included). */
export async function readStored(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('referral-explorer');
        open.onupgradeneeded = () => open.result.createObjectStore('data');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('data', 'readonly').objectStore('data');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            db.close();
            resolve(Object.fromEntries(keys.result.map((k, i) => [String(k), values.result[i]])));
          };
          values.onerror = () => reject(values.error);
        };
      }),
  );
}

/** A stored envelope of the app, as storage.ts writes it. */
export function envelope(key: string, data: unknown, version = 1) {
  return {
    app: 'referral-explorer',
    key,
    version,
    savedAt: '2026-11-30T09:00:00.000Z',
    data,
  };
}

/** A session of three findings (real trigger point ids) for the left temple. */
export const SESSION_WITH_FINDINGS = envelope('sessions', {
  currentId: 's1',
  sessions: [
    {
      id: 's1',
      name: 'Tuesday',
      createdAt: '2026-11-30T09:00:00.000Z',
      findings: [
        { id: 'f1', triggerPointId: 'upper-trapezius-tp1', side: 'left', note: 'tender' },
        { id: 'f2', triggerPointId: 'levator-scapulae-tp1', side: 'left', note: '', pain: 6 },
        { id: 'f3', triggerPointId: 'upper-trapezius-tp2', side: 'right', note: '' },
      ],
      areas: [{ region: 'temple', side: 'left' }],
    },
  ],
});

/** A diary of two entries, a day apart. */
export const DIARY_WITH_ENTRIES = envelope('diary', {
  entries: [
    {
      id: 'e1',
      at: '2026-11-29T08:00:00.000Z',
      areas: [{ region: 'temple', side: 'left', intensity: 6 }],
      qualities: [],
      note: 'Woke up with it',
      done: [],
    },
    {
      id: 'e2',
      at: '2026-11-30T08:00:00.000Z',
      areas: [{ region: 'temple', side: 'left', intensity: 3 }],
      qualities: [],
      note: '',
      done: [],
    },
  ],
});

/** A home plan of two points for the left temple (the app's address, after `#`). */
export const PLAN = planPath({
  points: [
    { triggerPointId: 'upper-trapezius-tp1', side: 'left' },
    { triggerPointId: 'levator-scapulae-tp1', side: 'left' },
  ],
  areas: [{ region: 'temple', side: 'left' }],
  figure: 'male',
});

/** Answers the quiz's open question from the panel, whatever kind it is: a muscle, or areas. */
export async function answerQuestion(page: Page): Promise<void> {
  await page.getByText(/^Question \d+ of \d+/).waitFor();
  const choices = page.getByRole('group', { name: 'Choices' }).getByRole('button');
  if ((await choices.count()) > 0) {
    await choices.first().click();
  } else {
    await page.getByRole('group', { name: 'Areas' }).getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Check' }).click();
  }
  await page.getByRole('button', { name: /Next question|See how it went/ }).waitFor();
}
