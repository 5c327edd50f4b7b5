// The one way Rapport checks text against rules: rules are data (shared/compliance/rules/ and
// the friendly-voice set in shared/rhythm/voice.ts), compiled once into regular expressions
// over the folded text (fold.ts), with context rules (a price near "anti-wrinkle injections",
// a disclosure anywhere near a testimonial) and spans mapped back to the original text.
import { foldText, originalSpan, phraseSplitter, type FoldedText } from './fold';
import type { Context, Facts, Finding, Rule, Severity } from './types';

interface CompiledContext {
  pattern: RegExp;
  scope: Context['scope'];
}

interface CompiledRule {
  rule: Rule;
  /** Rules with the same words share one pattern, run once per check. */
  pattern: RegExp;
  near?: CompiledContext;
  unless?: CompiledContext;
}

/** A set of rules ready to run: compile once, check many texts. */
export interface Checker {
  readonly rules: readonly Rule[];
  check(text: string, facts?: Facts): Finding[];
}

export function compileRules(rules: readonly Rule[]): Checker {
  // Packs share words (the same claim is a blocker here and a warning there): one RegExp per
  // distinct source, so each runs once per check however many rules use it.
  const regexps = new Map<string, RegExp>();
  const regexp = (source: string) => {
    let re = regexps.get(source);
    if (!re) regexps.set(source, (re = new RegExp(source, 'gu')));
    return re;
  };
  const context = (c: Context | undefined): CompiledContext | undefined =>
    c && { pattern: regexp(c.pattern), scope: c.scope };
  const compiled: CompiledRule[] = rules.map((rule) => ({
    rule,
    pattern: regexp(rule.pattern),
    near: context(rule.near),
    unless: context(rule.unless),
  }));
  const split = phraseSplitter(rules.flatMap((r) => r.tags ?? []));
  return {
    rules,
    check(text, facts = {}) {
      if (text === '') return [];
      const run = new Run(text, foldText(text, split));
      const out: Finding[] = [];
      for (const c of compiled) {
        if (c.rule.unlessFact && facts[c.rule.unlessFact]) continue;
        run.apply(c, out);
      }
      return settle(out);
    },
  };
}

// A sentence ends at . ! ? (followed by a space or the end) or a line break; "No.1" and "£9.99"
// do not end one.
const SENTENCE_END = /[!?\n]|\.(?=\s|$)/g;

/** One check of one text: what each pattern found is worked out once and reused. */
class Run {
  private readonly matches = new Map<string, RegExpExecArray[]>();
  private readonly starts = new Map<RegExp, number[]>();
  private sentenceEnds: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly folded: FoldedText,
  ) {}

  apply(c: CompiledRule, out: Finding[]) {
    const view = c.rule.cased ? this.folded.cased : this.folded.lower;
    const key = `${c.rule.cased ? 'C' : 'L'}${c.pattern.source}`;
    let found = this.matches.get(key);
    if (!found) {
      c.pattern.lastIndex = 0;
      found = [...view.matchAll(c.pattern)].filter((m) => m[0] !== '') as RegExpExecArray[];
      this.matches.set(key, found);
    }
    for (const m of found) {
      const end = m.index + m[0].length;
      if (c.near && !this.has(c.near, m.index, end)) continue;
      if (c.unless && this.has(c.unless, m.index, end)) continue;
      const [from, to] = originalSpan(this.folded, m.index, end);
      const { id, set, family, severity, message, suggestion, source } = c.rule;
      out.push({
        ruleId: id,
        set,
        family,
        severity,
        start: from,
        end: to,
        match: this.text.slice(from, to),
        message,
        suggestion,
        source,
      });
    }
  }

  /** Whether the context's pattern starts inside its scope around [start, end). */
  private has(c: CompiledContext, start: number, end: number): boolean {
    const length = this.folded.lower.length;
    const [from, to] =
      c.scope === 'text'
        ? [0, length]
        : c.scope === 'sentence'
          ? this.sentenceAround(start, end)
          : [Math.max(0, start - c.scope), Math.min(length, end + c.scope)];
    const starts = this.startsOf(c.pattern);
    const i = firstAtLeast(starts, from);
    return i < starts.length && starts[i]! < to;
  }

  /**
   * Every place the pattern starts a match in the lower-case text (overlapping ones too), found
   * once: context reads the whole text, so look-behinds see the words before a window.
   */
  private startsOf(pattern: RegExp): number[] {
    let starts = this.starts.get(pattern);
    if (!starts) {
      starts = [];
      const view = this.folded.lower;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(view); m; m = pattern.exec(view)) {
        starts.push(m.index);
        pattern.lastIndex = m.index + 1;
      }
      this.starts.set(pattern, starts);
    }
    return starts;
  }

  private sentenceAround(start: number, end: number): [number, number] {
    if (!this.sentenceEnds) {
      this.sentenceEnds = [...this.folded.lower.matchAll(SENTENCE_END)].map((m) => m.index);
    }
    const ends = this.sentenceEnds;
    const before = firstAtLeast(ends, start) - 1;
    const after = firstAtLeast(ends, end);
    return [before >= 0 ? ends[before]! + 1 : 0, ends[after] ?? this.folded.lower.length];
  }
}

/** The index of the first item ≥ value in a sorted list (its length if none). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const RANK: Record<Severity, number> = { blocker: 0, warning: 1, advice: 2 };

/**
 * One finding per words and family within a set: the most severe, and none inside another
 * that is at least as severe ("5-star review" inside "leave a 5-star review and get 10% off").
 * Tone advice is dropped where a pack's finding covers the same words. In reading order.
 */
function settle(findings: Finding[]): Finding[] {
  findings.sort(
    (a, b) => a.start - b.start || b.end - a.end || RANK[a.severity] - RANK[b.severity],
  );
  // In start order, a finding is inside an earlier one of its set and family if one at least
  // as severe reaches as far: the furthest end per set, family and severity is enough.
  const furthest = new Map<string, number[]>();
  const kept: Finding[] = [];
  for (const f of findings) {
    const key = `${f.set}|${f.family}`;
    const ends = furthest.get(key) ?? [-1, -1, -1];
    if (ends.slice(0, RANK[f.severity] + 1).some((end) => end >= f.end)) continue;
    ends[RANK[f.severity]] = Math.max(ends[RANK[f.severity]]!, f.end);
    furthest.set(key, ends);
    kept.push(f);
  }
  // Tone advice under a pack's finding goes: is any pack span that starts before it still open?
  const packs = kept.filter((f) => f.set !== 'voice');
  const reach: number[] = [];
  for (const p of packs) reach.push(Math.max(reach.at(-1) ?? -1, p.end));
  const packStarts = packs.map((p) => p.start);
  return kept.filter((f) => {
    if (f.set !== 'voice') return true;
    const before = firstAtLeast(packStarts, f.end) - 1;
    return before < 0 || reach[before]! <= f.start;
  });
}
