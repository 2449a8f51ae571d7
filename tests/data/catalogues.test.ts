import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import {
  languages,
  readLanguage,
  validateLanguage,
  validateTexts,
  type LanguageFiles,
} from '../../scripts/i18n/validate.ts';
import { english, englishAtlas } from '../../scripts/i18n/english.ts';

const messages = (files: LanguageFiles) =>
  validateTexts(files).map((p) => `${p.path}: ${p.message}`);

/** The catalogues as plain JSON to poke at: any path may be changed by a case below. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editable = { ui: any; atlas: any; search: any; safety: any; muscles: Map<string, any> };

/** English's files with one change made by `edit` (on a deep copy). */
function withEnglish(edit: (files: Editable) => void): LanguageFiles {
  const files = structuredClone(readLanguage('en')) as unknown as Editable;
  edit(files);
  return files;
}

describe('the message catalogues', () => {
  it.each(languages())('%s has words for every record of the atlas, and only for those', (lang) => {
    expect(validateLanguage(lang)).toEqual([]);
  });

  const cases: [string, (f: Editable) => void, string][] = [
    [
      'an empty text',
      (f: Editable) => void (f.atlas.muscles['upper-trapezius'] = '  '),
      'atlas.muscles.upper-trapezius: empty text',
    ],
    [
      'placeholder text',
      (f: Editable) => void (f.safety.redFlags['heart-attack'].signs = 'TODO'),
      'safety.redFlags.heart-attack.signs: placeholder text',
    ],
    [
      'a muscle without its words',
      (f: Editable) => void f.muscles.delete('soleus'),
      'muscles/soleus: missing',
    ],
    [
      'words for a muscle that does not exist',
      (f: Editable) => void f.muscles.set('tail-wagger', {}),
      'muscles/tail-wagger: no such muscle',
    ],
    [
      'a red flag without words',
      (f: Editable) => void delete f.safety.redFlags['blood-clot'],
      'safety.redFlags.blood-clot: missing',
    ],
    [
      'a broken ICU message',
      (f: Editable) => void (f.ui['results.likely'] = 'Most {likely'),
      'ui.results.likely: not a valid ICU message',
    ],
    [
      'a hold written out in a step',
      (f: Editable) =>
        f.muscles.get('upper-trapezius').pressure.steps.push('Hold for 30 to 60 seconds.'),
      '"30 to 60 seconds" writes out a number the technique holds',
    ],
    [
      'a pressure written out in a step',
      (f: Editable) =>
        f.muscles.get('upper-trapezius').pressure.steps.push('Press to 5 to 7 out of 10.'),
      '"5 to 7 out of 10" writes out a number the technique holds',
    ],
    [
      'rounds written out in a step',
      (f: Editable) =>
        void f.muscles.get('upper-trapezius').pressure.steps.push('Repeat twice more.'),
      '"twice more" writes out a number the technique holds',
    ],
    [
      'a stretch hold written out',
      (f: Editable) =>
        void f.muscles.get('upper-trapezius').stretch.steps.push('Hold for 30 seconds.'),
      '"Hold for 30 seconds" writes out a number the technique holds',
    ],
    [
      'words written again for a part shared with another muscle',
      (f: Editable) =>
        (f.muscles.get('semimembranosus').stretch = f.muscles.get('semitendinosus').stretch),
      'muscles/semimembranosus.stretch: shared with semitendinosus: write it there only',
    ],
    [
      'a deep trigger point without its depth note',
      (f: Editable) =>
        void delete f.muscles.get('piriformis').triggerPoints['piriformis-lateral'].depthNote,
      'muscles/piriformis.triggerPoints.piriformis-lateral.depthNote: must be text',
    ],
  ];
  it.each(cases)('reports %s', (_name, edit, expected) => {
    const found = messages(withEnglish(edit));
    expect(
      found.some((m) => m.includes(expected)),
      found.join('\n'),
    ).toBe(true);
  });

  it('refuses a translation whose message uses a placeholder the English one does not', () => {
    const translation = withEnglish((f) => (f.ui['results.likely'] = 'Most likely {count}'));
    const found = validateTexts(translation, readLanguage('en')).map(
      (p) => `${p.path}: ${p.message}`,
    );
    expect(found).toContain('ui.results.likely: uses {count}, which nothing fills here');
  });

  it('states every number of a technique through the fields: the steps say what the timer does', () => {
    const trapezius = englishAtlas.muscles.find((m) => m.id === 'upper-trapezius')!;
    const steps = trapezius.pressure!.steps.join(' ');
    expect(steps).toContain(
      `${trapezius.pressure!.pressure.min} to ${trapezius.pressure!.pressure.max} out of 10`,
    );
    expect(steps).toContain(
      `${trapezius.pressure!.holdSeconds.min} to ${trapezius.pressure!.holdSeconds.max} seconds`,
    );
    expect(steps).not.toMatch(/\{\w+/);
  });

  it('writes text that sibling muscles share once, and both show it', () => {
    const semi = englishAtlas.muscles.find((m) => m.id === 'semimembranosus')!;
    const tendinosus = englishAtlas.muscles.find((m) => m.id === 'semitendinosus')!;
    expect(atlas.muscles.find((m) => m.id === 'semimembranosus')!.proseFrom?.stretch).toBe(
      'semitendinosus',
    );
    expect(semi.stretch.steps).toEqual(tendinosus.stretch.steps);
    expect(english.muscles.get('semimembranosus')!.stretch).toBeUndefined();
  });
});
