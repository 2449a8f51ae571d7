/**
 * How far the skin point may be from the landmark-derived point of a trigger point placement.
 * Placements describe a point on or near the skin; a deep point is still pressed from the skin
 * above it, so the projection should not travel far.
 */
export const MAX_PLACEMENT_DISTANCE = 0.05;
