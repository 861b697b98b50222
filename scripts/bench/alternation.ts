// The alternation both baselines use: every alias escaped (as written), longest first,
// between Unicode word boundaries. V8 refuses a pattern over a size limit ("Regular expression
// too large"); then the aliases are split over as few RegExps as compile, scanned in turn.

/** Self-contained (no imports, no closures) because the RegExp worker receives its source. */
export function compileAlternations(aliases: readonly string[]): RegExp[] {
  const escaped = aliases
    .map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .sort((a, b) => b.length - a.length);
  for (const size of [escaped.length, 50_000, 20_000, 10_000, 5_000]) {
    try {
      const patterns: RegExp[] = [];
      for (let i = 0; i < escaped.length; i += size) {
        const alternatives = escaped.slice(i, i + size).join('|');
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
        pattern.test('warm up'); // V8 compiles a RegExp when first used
        patterns.push(pattern);
      }
      return patterns;
    } catch (error) {
      if (size <= 5_000) throw error;
    }
  }
  return [];
}
