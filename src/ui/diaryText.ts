import type { AtlasIndex } from '../domain/atlasIndex.ts';
import type { DiaryEntry, DoneTechnique } from '../domain/diary.ts';
import { formatDate, formatList, t, type AtlasWords } from '../state/i18n.ts';
import { areaName } from './format.ts';

/** "Pressure on Upper trapezius: TrP1, your left side (3 × 30 s)", or just "Stretch". */
export function doneText(words: AtlasWords, index: AtlasIndex, done: DoneTechnique): string {
  const entry = done.triggerPointId ? index.triggerPoint(done.triggerPointId) : undefined;
  const point = entry
    ? t('diary.done.point', {
        muscle: words.muscleName(entry.muscle.id),
        point: words.triggerPointName(entry.triggerPoint.id),
      })
    : '';
  const text = t('diary.done.text', {
    technique: done.technique,
    point,
    hasPoint: point ? 'yes' : 'no',
    side: done.side ?? 'none',
  });
  return done.rounds && done.holdSeconds
    ? t('diary.done.withTimer', { text, rounds: done.rounds, seconds: done.holdSeconds })
    : text;
}

/** "Left temple 6, Right back of neck 3". */
export function areasText(words: AtlasWords, entry: DiaryEntry): string {
  return formatList(
    entry.areas.map((a) =>
      t('diary.area.intensity', { area: areaName(words, a), intensity: a.intensity }),
    ),
  );
}

/** An entry's time of day, "08:15". */
export function timeOfDay(at: string | number): string {
  return formatDate(at, { hour: 'numeric', minute: '2-digit' });
}

/** A day as a heading, "Tuesday 3 March". */
export function dayHeading(at: string | number): string {
  return formatDate(at, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** A short date, "3 Mar". */
export function shortDate(at: string | number): string {
  return formatDate(at, { day: 'numeric', month: 'short' });
}

/** The local calendar day of a time, as a key ("2026-03-03"). */
export function dayKey(at: string | number): string {
  const d = new Date(typeof at === 'number' ? at : Date.parse(at));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
