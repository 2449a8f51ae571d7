import { useId, useMemo, useRef, useState } from 'react';
import { QUALITIES, TECHNIQUES, type DoneTechnique, type Technique } from '../domain/diary.ts';
import { canSaveDraft, entryFromDraft } from '../domain/diaryDraft.ts';
import { SIDES, type Side } from '../domain/regions.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useDiaryDraftStore } from '../state/diaryDraftStore.ts';
import { newEntryId, useDiaryStore } from '../state/diaryStore.ts';
import { useAtlasWords, useT } from '../state/i18n.ts';
import { AreaPicker } from './AreaPicker.tsx';
import { areaInText, areaName } from './format.ts';
import { doneText } from './diaryText.ts';

/** `YYYY-MM-DDTHH:mm` in local time, what a datetime-local input holds. */
function localInput(iso: string): string {
  const d = new Date(Date.parse(iso));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The diary's form: where it hurts (tapped on the body or picked from the list) and how much,
 * what it feels like, what was done, a note, and when. Quick on a phone: an area starts in the
 * middle of the scale, and a new entry can start from the last one.
 */
export function DiaryLog() {
  const t = useT();
  const words = useAtlasWords();
  const id = useId();
  const draft = useDiaryDraftStore((s) => s.draft);
  const actions = useDiaryDraftStore.getState();
  const last = useDiaryStore((s) => s.diary.entries[0]);
  const [said, setSaid] = useState<'added' | 'changed' | 'failed' | null>(null);
  const [pickTime, setPickTime] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const editing = draft.editing !== null;
  const empty = !canSaveDraft(draft) && draft.qualities.length === 0;

  const save = async () => {
    if (!canSaveDraft(draft)) return;
    const entry = entryFromDraft(draft, newEntryId(), new Date().toISOString());
    const { logEntry, editEntry } = useDiaryStore.getState();
    try {
      await (editing ? editEntry(entry) : logEntry(entry));
      actions.clear();
      setPickTime(false);
      setSaid(editing ? 'changed' : 'added');
    } catch {
      setSaid('failed');
    }
  };

  return (
    <section className="diary-log" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('diary.log.title', { editing: editing ? 'yes' : 'no' })}
      </h2>
      <p className="diary-saved" role="status">
        {said && t('diary.log.saved', { result: said })}
      </p>
      {!editing && empty && last && last.areas.length > 0 && (
        <button type="button" className="diary-like-last" onClick={() => actions.startLike(last)}>
          {t('diary.log.likeLast', {
            areas: last.areas.map((a) => areaInText(words, a)).join(', '),
          })}
        </button>
      )}
      {/* Not a <form>: the area picker inside it is one, and forms do not nest. */}
      <div className="diary-form" role="group" aria-labelledby={`${id}-title`}>
        <fieldset className="diary-where">
          <legend>{t('diary.where.legend')}</legend>
          {draft.areas.length === 0 ? (
            <p className="diary-hint">{t('diary.where.hint')}</p>
          ) : (
            <>
              <p className="diary-hint">{t('diary.intensity.scale')}</p>
              <ul className="diary-areas">
                {draft.areas.map((a) => {
                  const key = `${a.side}.${a.region}`;
                  return (
                    <li key={key} className="diary-area">
                      <label htmlFor={`${id}-${key}`} className="diary-area-name">
                        {areaName(words, a)}
                      </label>
                      <input
                        id={`${id}-${key}`}
                        type="range"
                        min={0}
                        max={10}
                        step={1}
                        value={a.intensity}
                        aria-valuetext={t('diary.intensity.value', { intensity: a.intensity })}
                        aria-describedby={`${id}-${key}-out`}
                        onChange={(e) => actions.setIntensity(a, Number(e.target.value))}
                      />
                      <output id={`${id}-${key}-out`} className="diary-intensity">
                        {a.intensity}
                      </output>
                      <button
                        type="button"
                        className="chip-remove"
                        aria-label={t('chips.remove', { area: areaInText(words, a) })}
                        onClick={() => actions.removeArea(a)}
                      >
                        ×
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <details className="picker-details">
            <summary>{t('picker.summary')}</summary>
            <AreaPicker onPick={actions.addArea} />
          </details>
        </fieldset>

        <fieldset className="diary-qualities">
          <legend>{t('diary.quality.legend')}</legend>
          <div className="diary-pills">
            {QUALITIES.map((q) => (
              <label key={q} className="diary-pill">
                <input
                  type="checkbox"
                  checked={draft.qualities.includes(q)}
                  onChange={() => actions.toggleQuality(q)}
                />
                <span>{t('diary.quality', { quality: q })}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <DoneFields />

        <label className="diary-note">
          <span>{t('diary.note.label')}</span>
          <textarea
            rows={3}
            maxLength={4000}
            value={draft.note}
            placeholder={t('diary.note.placeholder')}
            onChange={(e) => actions.setNote(e.target.value)}
          />
        </label>

        <div className="diary-when">
          {draft.at === null && !pickTime ? (
            <p>
              {t('diary.when.now')}{' '}
              <button type="button" className="link-button" onClick={() => setPickTime(true)}>
                {t('diary.when.change')}
              </button>
            </p>
          ) : (
            <label>
              <span>{t('diary.when.label')}</span>
              <input
                type="datetime-local"
                value={localInput(draft.at ?? new Date().toISOString())}
                max={localInput(new Date().toISOString())}
                onChange={(e) => {
                  const ms = Date.parse(e.target.value);
                  if (Number.isFinite(ms)) actions.setTime(new Date(ms).toISOString());
                }}
              />
            </label>
          )}
        </div>

        <div className="diary-actions">
          <button
            type="button"
            className="diary-save"
            disabled={!canSaveDraft(draft)}
            onClick={() => void save()}
          >
            {t('diary.log.save', { editing: editing ? 'yes' : 'no' })}
          </button>
          {(editing || !empty) && (
            <button
              type="button"
              className="diary-cancel"
              onClick={() => {
                actions.clear();
                setPickTime(false);
              }}
            >
              {t('diary.log.cancel', { editing: editing ? 'yes' : 'no' })}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}

/** What was done for the pain: pressure or a stretch, on which trigger point, which side. */
function DoneFields() {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const id = useId();
  const draft = useDiaryDraftStore((s) => s.draft);
  const { addDone, removeDone } = useDiaryDraftStore.getState();
  // A guided timer finished but not logged from there: one tap adds it to this entry.
  const offered = useDiaryStore((s) => s.offered);
  const [technique, setTechnique] = useState<Technique>('pressure');
  const [point, setPoint] = useState('');
  const [side, setSide] = useState<Side>(draft.areas[0]?.side ?? 'left');

  // Points that may refer to the areas in this entry come first: most likely what was worked on.
  const suggested = useMemo(() => {
    const ids = new Set<string>();
    for (const a of draft.areas)
      for (const r of index.referringTo(a.region))
        if (r.kind === 'essential') ids.add(r.triggerPoint.id);
    return [...ids].slice(0, 12);
  }, [draft.areas, index]);
  const pointLabel = (tpId: string) => {
    const entry = index.triggerPoint(tpId);
    return entry
      ? t('diary.done.point', {
          muscle: words.muscleName(entry.muscle.id),
          point: words.triggerPointName(tpId),
        })
      : tpId;
  };

  const add = () => {
    const done: DoneTechnique = point ? { technique, triggerPointId: point, side } : { technique };
    addDone(done);
    setPoint('');
  };

  return (
    <fieldset className="diary-done">
      <legend>{t('diary.done.legend')}</legend>
      {draft.done.length > 0 && (
        <ul className="diary-done-list">
          {draft.done.map((d, i) => (
            <li key={i}>
              <span>{doneText(words, index, d)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('diary.done.remove', { done: doneText(words, index, d) })}
                onClick={() => removeDone(i)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {offered && (
        <p className="diary-done-offer">
          <button
            type="button"
            className="link-button"
            onClick={() => {
              addDone(offered);
              useDiaryStore.getState().dismissOffer();
            }}
          >
            {t('diary.done.fromTimer', { done: doneText(words, index, offered) })}
          </button>
        </p>
      )}
      <div className="diary-done-add">
        <label>
          <span>{t('diary.done.technique')}</span>
          <select
            value={technique}
            onChange={(e) => setTechnique(e.target.value === 'stretch' ? 'stretch' : 'pressure')}
          >
            {TECHNIQUES.map((k) => (
              <option key={k} value={k}>
                {t('diary.technique', { technique: k })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('diary.done.pointLabel')}</span>
          <select value={point} onChange={(e) => setPoint(e.target.value)}>
            <option value="">{t('diary.done.noPoint')}</option>
            {suggested.length > 0 && (
              <optgroup label={t('diary.done.suggested')}>
                {suggested.map((tp) => (
                  <option key={`s-${tp}`} value={tp}>
                    {pointLabel(tp)}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('diary.done.all')}>
              {index.triggerPoints.map((e) => (
                <option key={e.triggerPoint.id} value={e.triggerPoint.id}>
                  {pointLabel(e.triggerPoint.id)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        {point && (
          <fieldset className="side-toggle">
            <legend>{t('picker.side')}</legend>
            {SIDES.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name={`${id}-side`}
                  checked={side === s}
                  onChange={() => setSide(s)}
                />
                {t('side.name', { side: s })}
              </label>
            ))}
          </fieldset>
        )}
        <button type="button" className="diary-done-button" onClick={add}>
          {t('diary.done.add')}
        </button>
      </div>
    </fieldset>
  );
}
