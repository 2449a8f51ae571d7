import type { RegionId } from '../src/domain/regions.ts';

/** A common complaint, as the areas a person would pick for it on the body. */
export interface ComplaintShortcut {
  id: string;
  label: string;
  regions: readonly RegionId[];
}

/** The commonest complaints, offered as one-tap starting points when nothing is selected. */
export const COMPLAINT_SHORTCUTS: readonly ComplaintShortcut[] = [
  { id: 'headache', label: 'Headache at the temple', regions: ['temple'] },
  { id: 'neck', label: 'Neck pain', regions: ['neck-back', 'neck-side'] },
  { id: 'shoulder', label: 'Shoulder pain', regions: ['shoulder-front', 'shoulder-side'] },
  { id: 'upper-back', label: 'Between the shoulder blades', regions: ['between-shoulder-blades'] },
  { id: 'jaw', label: 'Jaw pain', regions: ['jaw', 'ear'] },
  { id: 'tennis-elbow', label: 'Outer elbow (tennis elbow)', regions: ['elbow-outer'] },
  { id: 'wrist', label: 'Wrist and hand', regions: ['wrist-front', 'palm'] },
  { id: 'low-back', label: 'Low back pain', regions: ['low-back'] },
  { id: 'sciatica', label: 'Sciatica-like leg pain', regions: ['buttock', 'thigh-back', 'calf'] },
  { id: 'hip', label: 'Outer hip pain', regions: ['hip-side'] },
  { id: 'knee', label: 'Knee pain', regions: ['knee-front'] },
  { id: 'heel', label: 'Heel pain', regions: ['heel'] },
];
