import { describe, expect, it } from 'vitest';
import { MODES, modeOf, type Mode } from '../../src/app/modes.ts';
import { readLanguage } from '../../scripts/i18n/validate.ts';

describe('modes', () => {
  it('puts the explorer at the root, first', () => {
    expect(MODES[0]).toMatchObject({ id: 'explorer', path: '/' });
    expect(modeOf('/')?.id).toBe('explorer');
  });

  it('gives every mode a unique id and path, and labels and a description in the catalogue', () => {
    const ui = readLanguage('en').ui as Record<string, string>;
    expect(new Set(MODES.map((m) => m.id)).size).toBe(MODES.length);
    expect(new Set(MODES.map((m) => m.path)).size).toBe(MODES.length);
    for (const mode of MODES) {
      expect(ui[mode.label], mode.label).toBeTruthy();
      expect(ui[mode.description], mode.description).toBeTruthy();
      expect(ui[mode.short], mode.short).toBeTruthy();
    }
  });

  it('gives every mode a short label that is part of its full one, so the name read out contains the word seen on a phone', () => {
    const ui = readLanguage('en').ui as Record<string, string>;
    for (const mode of MODES) {
      expect(ui[mode.label]!.toLowerCase(), mode.id).toContain(ui[mode.short]!.toLowerCase());
    }
  });

  it('puts every page of the diary in the diary mode', () => {
    expect(modeOf('/diary')?.id).toBe('diary');
    expect(modeOf('/diary/history')?.id).toBe('diary');
  });

  it('finds the mode of a page inside a mode, and none for an address no mode owns', () => {
    // A made-up mode inside the session's path.
    const modes: readonly Mode[] = [
      ...MODES,
      {
        id: 'notes',
        path: '/session/notes',
        label: 'mode.explorer',
        short: 'mode.explorer.short',
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
