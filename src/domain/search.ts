import Fuse from 'fuse.js';
import type { Atlas } from './atlas.ts';
import type { RegionId } from './regions.ts';

/** One thing a search can find. */
export type SearchHit =
  | { kind: 'muscle'; muscleId: string; label: string; detail: string; score: number }
  | { kind: 'region'; region: RegionId; label: string; detail: string; score: number }
  | {
      kind: 'complaint';
      complaint: string;
      /** The trigger points known for it, one per muscle, in atlas order. */
      triggerPoints: readonly { muscleId: string; triggerPointId: string }[];
      label: string;
      detail: string;
      score: number;
    };

type Unscored<T> = T extends unknown ? Omit<T, 'score'> : never;

interface Doc {
  key: string;
  hit: Unscored<SearchHit>;
  names: string[];
  words: string[];
}

export interface SearchIndex {
  search: (query: string, limit?: number) => SearchHit[];
}

/**
 * A forgiving search over muscle names and aliases, region names in everyday words, and the
 * complaints trigger points are known for ("tennis elbow", "sciatica"). Typo-tolerant (fuzzy),
 * ranked best first.
 */
export function createSearchIndex(
  atlas: Pick<Atlas, 'muscles' | 'regions'> & Partial<Pick<Atlas, 'painGuides'>>,
): SearchIndex {
  const docs: Doc[] = [];
  for (const muscle of atlas.muscles) {
    docs.push({
      key: `muscle:${muscle.id}`,
      hit: {
        kind: 'muscle',
        muscleId: muscle.id,
        label: muscle.name,
        detail: muscle.aliases.length
          ? `Also called ${muscle.aliases.slice(0, 3).join(', ')}`
          : 'Muscle',
      },
      names: [muscle.name, ...muscle.aliases],
      words: [],
    });
  }
  for (const region of atlas.regions) {
    docs.push({
      key: `region:${region.id}`,
      hit: {
        kind: 'region',
        region: region.id,
        label: capitalise(region.label),
        detail: capitalise(region.description),
      },
      names: [region.label, ...region.synonyms],
      words: [region.description],
    });
  }
  const complaints = new Map<
    string,
    { label: string; tps: { muscleId: string; triggerPointId: string }[] }
  >();
  for (const muscle of atlas.muscles) {
    for (const tp of muscle.triggerPoints) {
      for (const complaint of tp.complaints) {
        const key = complaint.trim().toLowerCase();
        const entry = complaints.get(key) ?? { label: complaint.trim(), tps: [] };
        if (!entry.tps.some((t) => t.muscleId === muscle.id))
          entry.tps.push({ muscleId: muscle.id, triggerPointId: tp.id });
        complaints.set(key, entry);
      }
    }
  }
  // Order each complaint's muscles as the pain guides order them for the areas they refer to.
  const guideRank = (muscleId: string, triggerPointId: string): number => {
    const tp = atlas.muscles
      .find((m) => m.id === muscleId)
      ?.triggerPoints.find((t) => t.id === triggerPointId);
    let best = 0;
    for (const guide of atlas.painGuides ?? []) {
      const i = guide.muscles.indexOf(muscleId);
      if (i < 0 || !tp?.referral.essential.some((z) => guide.regions.includes(z.region))) continue;
      best = Math.max(best, 1 - i / guide.muscles.length);
    }
    return best;
  };
  for (const entry of complaints.values()) {
    entry.tps.sort(
      (a, b) => guideRank(b.muscleId, b.triggerPointId) - guideRank(a.muscleId, a.triggerPointId),
    );
  }
  for (const [key, { label, tps }] of complaints) {
    const names = atlas.muscles
      .filter((m) => tps.some((t) => t.muscleId === m.id))
      .map((m) => m.name);
    docs.push({
      key: `complaint:${key}`,
      hit: {
        kind: 'complaint',
        complaint: label,
        triggerPoints: tps,
        label: capitalise(label),
        detail: `${names.slice(0, 4).join(', ')}${names.length > 4 ? ` and ${names.length - 4} more` : ''}`,
      },
      names: [label],
      words: [],
    });
  }

  const fuse = new Fuse(docs, {
    keys: [
      { name: 'names', weight: 3 },
      { name: 'words', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });

  return {
    search: (query, limit = 12) => {
      const q = query.trim();
      if (q.length < 2) return [];
      return fuse
        .search(q, { limit })
        .map((r) => ({ ...r.item.hit, score: 1 - (r.score ?? 1) }) as SearchHit);
    },
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
