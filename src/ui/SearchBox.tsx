import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { EVERYDAY_CONDITIONS } from '../../data/index.ts';
import type { AtlasIndex } from '../domain/atlasIndex.ts';
import type * as SearchEngine from '../domain/search.ts';
import type { SearchIndex } from '../domain/search.ts';
import { SIDES, type Side } from '../domain/regions.ts';
import { useAtlas } from '../state/atlasStore.ts';
import {
  formatList,
  useAtlasWords,
  useSearchWords,
  useT,
  type AtlasWords,
  type SearchWords,
} from '../state/i18n.ts';
import { addAreasAndShow, chooseTriggerPoint } from '../state/intents.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { FOCUS_HEADING, focusNext } from './focus.ts';

type SearchModule = typeof SearchEngine;
let searchModule: Promise<SearchModule> | undefined;
/** The search engine (fuse.js) is a chunk of its own, fetched when the box is first used. */
function loadSearchModule(): Promise<SearchModule> {
  searchModule ??= import('../domain/search.ts');
  return searchModule;
}

const indexes = new WeakMap<SearchWords, SearchIndex>();
/** Built on first use, once per atlas and language (a language has its own words). */
function searchIndex(
  module: SearchModule,
  atlas: AtlasIndex,
  names: AtlasWords,
  words: SearchWords,
): SearchIndex {
  let index = indexes.get(words);
  if (!index) {
    index = module.createSearchIndex({
      muscles: atlas.atlas.muscles.map((m) => ({
        id: m.id,
        name: names.muscleName(m.id),
        aliases: words.aliases(m.id),
        triggerPoints: m.triggerPoints.map((tp) => ({
          id: tp.id,
          complaints: words.complaints(tp.id),
          referral: tp.referral,
        })),
      })),
      regions: atlas.atlas.regions.map((r) => words.region(r.id)),
      painGuides: atlas.atlas.painGuides,
      conditions: EVERYDAY_CONDITIONS.map((c) => ({ ...c, ...words.condition(c.id) })),
    });
    indexes.set(words, index);
  }
  return index;
}

interface Option {
  key: string;
  label: string;
  detail: string;
  kind: 'muscle' | 'area' | 'complaint' | 'condition';
  run: () => void;
}

const MAX_COMPLAINT_MUSCLES = 6;

/** Opens a trigger point found by search, moving focus to its heading. */
function openPoint(point: Parameters<typeof chooseTriggerPoint>[0]) {
  focusNext(FOCUS_HEADING);
  chooseTriggerPoint(point);
}
/** Options in the list; with no side known yet each point is offered on both, so more fit. */
const MAX_OPTIONS = 12;
const MAX_OPTIONS_BOTH_SIDES = 20;

/**
 * Finds muscles (by name or alias), areas (in everyday words) and complaints ("tennis elbow"),
 * forgiving typos. A combobox: type, move with the arrow keys, Enter to choose, Escape to close.
 */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();
  const t = useT();
  const atlas = useAtlas();
  const words = useAtlasWords();
  // The engine and its words load on first focus; until then the list says it is loading.
  const [engine, setEngine] = useState<SearchModule | null>(null);
  const [wanted, setWanted] = useState(false);
  const searchWords = useSearchWords(wanted);
  useEffect(() => {
    if (!wanted || engine) return undefined;
    let live = true;
    void loadSearchModule().then((m) => live && setEngine(m));
    return () => {
      live = false;
    };
  }, [wanted, engine]);
  // A point opens on the side the person has picked; until they have, each is offered on both
  // sides (never silently the left).
  const knownSide = useSelectionStore((s): Side | undefined => s.areas[0]?.side);

  const options = useMemo<Option[]>(() => {
    const out: Option[] = [];
    if (!engine || !searchWords) return out;
    for (const hit of searchIndex(engine, atlas, words, searchWords).search(query, 10)) {
      if (hit.kind === 'muscle') {
        const muscle = atlas.muscle(hit.muscleId);
        const tp = muscle?.triggerPoints[0];
        if (!tp) continue;
        const aliases = searchWords.aliases(hit.muscleId).slice(0, 3);
        for (const side of knownSide ? [knownSide] : SIDES) {
          const name = words.muscleName(hit.muscleId);
          out.push({
            key: `m:${side}:${hit.muscleId}`,
            label: knownSide ? name : t('search.onSide', { label: name, side }),
            detail: aliases.length
              ? t('search.aliases', { names: formatList(aliases) })
              : t('search.muscle'),
            kind: 'muscle',
            run: () => openPoint({ id: tp.id, side }),
          });
        }
      } else if (hit.kind === 'region') {
        for (const side of ['left', 'right'] as const) {
          out.push({
            key: `r:${side}:${hit.region}`,
            label: t('area.name', { side, region: words.regionLabel(hit.region) }),
            detail: searchWords.region(hit.region).description,
            kind: 'area',
            run: () => addAreasAndShow([{ region: hit.region, side }]),
          });
        }
      } else if (hit.kind === 'condition') {
        const { name } = searchWords.condition(hit.conditionId);
        const detail = t('search.condition.detail', {
          areas: formatList(hit.regions.map((r) => words.regionLabel(r))),
        });
        for (const side of ['left', 'right', 'both'] as const) {
          const sides = side === 'both' ? SIDES : [side];
          out.push({
            key: `k:${side}:${hit.conditionId}`,
            label: t('search.condition', { name, side }),
            detail,
            kind: 'condition',
            run: () =>
              addAreasAndShow(
                hit.regions.flatMap((region) => sides.map((s) => ({ region, side: s }))),
              ),
          });
        }
      } else {
        for (const tp of hit.triggerPoints.slice(0, MAX_COMPLAINT_MUSCLES)) {
          const muscle = atlas.muscle(tp.muscleId);
          if (!muscle) continue;
          for (const side of knownSide ? [knownSide] : SIDES) {
            const label = t('search.complaint', {
              complaint: hit.complaint,
              muscle: words.muscleName(muscle.id),
            });
            out.push({
              key: `c:${side}:${hit.complaint}:${tp.muscleId}`,
              label: knownSide ? label : t('search.onSide', { label, side }),
              detail: t('search.complaint.detail', { complaint: hit.complaint }),
              kind: 'complaint',
              run: () => openPoint({ id: tp.triggerPointId, side }),
            });
          }
        }
      }
    }
    // The same option can come from two hits (a muscle and a complaint naming it): keep the first.
    return out
      .filter((o, i) => out.findIndex((p) => p.key === o.key) === i)
      .slice(0, knownSide ? MAX_OPTIONS : MAX_OPTIONS_BOTH_SIDES);
  }, [query, atlas, words, searchWords, engine, knownSide, t]);

  const expanded = open && query.trim().length >= 2;
  const current = Math.min(active, Math.max(0, options.length - 1));

  const pick = (option: Option | undefined) => {
    if (!option) return;
    option.run();
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((current + 1) % Math.max(1, options.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current - 1 + options.length) % Math.max(1, options.length));
    } else if (event.key === 'Enter') {
      if (expanded) {
        event.preventDefault();
        pick(options[current]);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  const listId = `${id}-list`;
  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && options.length ? `${id}-opt-${current}` : undefined}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setWanted(true);
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => {
          setOpen(true);
          setWanted(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t('search.results')}>
          {options.length === 0 && (
            <li className="search-empty" role="presentation">
              {engine && searchWords ? t('search.none') : t('search.loading')}
            </li>
          )}
          {options.map((option, i) => (
            <li
              key={option.key}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === current}
              className="search-option"
              // Keep focus in the input; choose on mouse down so blur does not close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(option);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="search-kind">{t('search.kind', { kind: option.kind })}</span>
              <span className="search-label">{option.label}</span>
              <span className="search-detail">{option.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
