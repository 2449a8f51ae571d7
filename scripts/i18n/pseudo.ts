import pseudolocale from 'pseudolocale';

/**
 * Pseudo-localises a compiled ICU message: every literal part accented and about a third
 * longer, the whole message in brackets, while placeholders, plural and select syntax and the
 * `#` of a plural stay as they are. A page in this locale shows at a glance any text that does
 * not come from a catalogue (it is plain ASCII), and any layout that breaks with longer text.
 */
export function pseudolocalise(compiled: unknown): unknown {
  const parts = Array.isArray(compiled) ? compiled : [compiled];
  return ['⟦', ...parts.map(part), '⟧'];
}

function part(value: unknown): unknown {
  if (typeof value === 'string') {
    if (value === '#' || value.trim() === '') return value;
    return pseudolocale(value, { prepend: '', append: '', extend: 0.3, extendCharacter: '~' });
  }
  if (Array.isArray(value) && typeof value[0] === 'string' && value.length >= 3) {
    // [name, 'plural' | 'select' | ..., { case: compiled }]: localise the cases, keep the rest.
    const [name, type, cases, ...rest] = value as [
      string,
      string,
      Record<string, unknown>,
      ...unknown[],
    ];
    if (cases && typeof cases === 'object' && !Array.isArray(cases)) {
      const localised = Object.fromEntries(
        Object.entries(cases).map(([key, c]) => [key, Array.isArray(c) ? c.map(part) : part(c)]),
      );
      return [name, type, localised, ...rest];
    }
  }
  return value;
}
