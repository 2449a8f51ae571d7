import type { RegionId } from '../src/domain/regions.ts';

/** A common complaint, as the areas a person would pick for it on the body. */
export interface ComplaintShortcut {
  /** Its words (the label) are in the catalogue: atlas.json, `shortcuts`. */
  id: string;
  regions: readonly RegionId[];
}

/** The commonest complaints, offered as one-tap starting points when nothing is selected. */
export const COMPLAINT_SHORTCUTS: readonly ComplaintShortcut[] = [
  { id: 'headache', regions: ['temple'] },
  { id: 'neck', regions: ['neck-back', 'neck-side'] },
  { id: 'shoulder', regions: ['shoulder-front', 'shoulder-side'] },
  { id: 'upper-back', regions: ['between-shoulder-blades'] },
  { id: 'jaw', regions: ['jaw', 'ear'] },
  { id: 'tennis-elbow', regions: ['elbow-outer'] },
  { id: 'wrist', regions: ['wrist-front', 'palm'] },
  { id: 'low-back', regions: ['low-back'] },
  { id: 'sciatica', regions: ['buttock', 'thigh-back', 'calf'] },
  { id: 'hip', regions: ['hip-side'] },
  { id: 'knee', regions: ['knee-front'] },
  { id: 'heel', regions: ['heel'] },
];
