import { describe, expect, it } from 'vitest';
import { MODES, modeOf, type Mode } from '../../src/app/modes.ts';
import { readLanguage } from '../../scripts/i18n/validate.ts';

describe('modes', () => {
  it('puts the explorer at the root, first', () => {
    expect(MODES[0]).toMatchObject({ id: 'explorer', path: '/' });
    expect(modeOf('/')?.id).toBe('explorer');
  });

  it('gives every mode a unique id and path, and a label and description in the catalogue', () => {
    const ui = readLanguage('en').ui as Record<string, string>;
    expect(new Set(MODES.map((m) => m.id)).size).toBe(MODES.length);
    expect(new Set(MODES.map((m) => m.path)).size).toBe(MODES.length);
    for (const mode of MODES) {
      expect(ui[mode.label], mode.label).toBeTruthy();
      expect(ui[mode.description], mode.description).toBeTruthy();
    }
  });

  it('puts every page of the diary in the diary mode', () => {
    expect(modeOf('/diary')?.id).toBe('diary');
    expect(modeOf('/diary/history')?.id).toBe('diary');
  });

  it('finds the mode of a page inside a mode, and none for an address no mode owns', () => {
    // The app has only the explorer so far: two made-up modes, one inside the other's path.
    const modes: readonly Mode[] = [
      ...MODES,
      {
        id: 'session',
        path: '/session',
        label: 'mode.explorer',
        description: 'mode.explorer.description',
      },
      {
        id: 'notes',
        path: '/session/notes',
        label: 'mode.explorer',
        description: 'mode.explorer.description',
      },
    ];
    expect(modeOf('/', modes)?.id).toBe('explorer');
    expect(modeOf('/session', modes)?.id).toBe('session');
    expect(modeOf('/session/anything', modes)?.id).toBe('session');
    expect(modeOf('/session/notes/3', modes)?.id).toBe('notes');
    expect(modeOf('/sessionx', modes)).toBeUndefined();
    expect(modeOf('/no-such-mode', modes)).toBeUndefined();
  });
});
