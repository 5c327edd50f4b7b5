// Helpers the rule files write their patterns with. Patterns are regular-expression sources over
// folded text (fold.ts): lower case, no accents (Spanish "después" is written "despues"), curly
// quotes as ' and ", dashes as -.

/** An alternation as one group. */
export const any = (...parts: string[]) => `(?:${parts.join('|')})`;

/** Whole words: no letter or digit right before or after. */
export const words = (...parts: string[]) => `(?<![a-z0-9])${any(...parts)}(?![a-z0-9])`;

/** "b.o.t.o.x", "b*tox", "bo-tox": a separator between letters, a star for a vowel. */
export const spacedOut = (word: string) =>
  [...word].map((c) => ('aeiou'.includes(c) ? `[${c}*]` : c)).join('[.*_ -]?');

/**
 * Put before a claim: a claim taken back ("we can't guarantee", "no treatment is completely
 * risk-free", "results are not guaranteed") is honest, not a claim.
 */
export const TAKEN_BACK = String.raw`(?<!(?:\bnot|n't|\bcannot|\bnever|\bno|\bnobody can|\bno one can|\bwithout|\bnothing is|\bnone (?:is|are)|\bno (?:treatment|procedure|medicine|injection|surgery|one)s? (?:is|are|can)|\bsin|\bnunca)(?: [a-z']+)? )`;
