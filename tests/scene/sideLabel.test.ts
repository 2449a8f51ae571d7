import { describe, expect, it } from 'vitest';
import { sideLabelOpacity } from '../../src/scene/SideLabel.tsx';

const at = (degrees: number): [number, number] => {
  const r = (degrees * Math.PI) / 180;
  return [3 * Math.sin(r), 3 * Math.cos(r)];
};
const LEFT = 0.4;
const RIGHT = -0.4;

describe('the "Your left / Your right" labels', () => {
  it('both show from the front, the back and a three-quarter view', () => {
    for (const yaw of [0, 180, 45, -45, 135]) {
      const [x, z] = at(yaw);
      expect(sideLabelOpacity(x, z, LEFT)).toBe(1);
      expect(sideLabelOpacity(x, z, RIGHT)).toBe(1);
    }
  });

  it('from the side, only the label on the near side shows, so they never stack', () => {
    const [x, z] = at(90); // looking at the person's left side
    expect(sideLabelOpacity(x, z, LEFT)).toBe(1);
    expect(sideLabelOpacity(x, z, RIGHT)).toBe(0);
    const [rx, rz] = at(-90);
    expect(sideLabelOpacity(rx, rz, RIGHT)).toBe(1);
    expect(sideLabelOpacity(rx, rz, LEFT)).toBe(0);
  });

  it('fades the far label gradually as the camera turns round', () => {
    const values = [50, 55, 60, 65, 70].map((yaw) => sideLabelOpacity(...at(yaw), RIGHT));
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeLessThan(values[i - 1]!);
    expect(values[2]).toBeGreaterThan(0);
    expect(values[2]).toBeLessThan(1);
  });
});
