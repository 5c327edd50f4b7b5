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
  pattern: RegExp;
  near?: CompiledContext;
  unless?: CompiledContext;
}

/** A set of rules ready to run: compile once, check many texts. */
export interface Checker {
  readonly rules: readonly Rule[];
  check(text: string, facts?: Facts): Finding[];
}

const compileContext = (c: Context | undefined): CompiledContext | undefined =>
  c && { pattern: new RegExp(c.pattern, 'gu'), scope: c.scope };

export function compileRules(rules: readonly Rule[]): Checker {
  const compiled: CompiledRule[] = rules.map((rule) => ({
    rule,
    pattern: new RegExp(rule.pattern, 'gu'),
    near: compileContext(rule.near),
    unless: compileContext(rule.unless),
  }));
  const split = phraseSplitter(rules.flatMap((r) => r.tags ?? []));
  return {
    rules,
    check(text, facts = {}) {
      if (text === '') return [];
      const folded = foldText(text, split);
      const out: Finding[] = [];
      for (const c of compiled) {
        if (c.rule.unlessFact && facts[c.rule.unlessFact]) continue;
        runRule(c, folded, text, out);
      }
      return settle(out);
    },
  };
}

function runRule(c: CompiledRule, folded: FoldedText, text: string, out: Finding[]) {
  const view = c.rule.cased ? folded.cased : folded.lower;
  c.pattern.lastIndex = 0;
  for (const m of view.matchAll(c.pattern)) {
    if (m[0] === '') continue;
    const end = m.index + m[0].length;
    // Context reads the lower-case text (same length and offsets as the cased one).
    if (c.near && !found(c.near, folded.lower, m.index, end)) continue;
    if (c.unless && found(c.unless, folded.lower, m.index, end)) continue;
    const [from, to] = originalSpan(folded, m.index, end);
    const { id, set, family, severity, message, suggestion, source } = c.rule;
    out.push({
      ruleId: id,
      set,
      family,
      severity,
      start: from,
      end: to,
      match: text.slice(from, to),
      message,
      suggestion,
      source,
    });
  }
}

// A sentence ends at . ! ? (followed by a space or the end) or a line break; "No.1" and "£9.99"
// do not end one.
const SENTENCE_END = /[!?\n]|\.(?=\s|$)/g;

function sentenceAround(view: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = view.length;
  SENTENCE_END.lastIndex = 0;
  for (const m of view.matchAll(SENTENCE_END)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/** Whether the context's pattern starts inside its scope around [start, end). */
function found(c: CompiledContext, view: string, start: number, end: number): boolean {
  const [from, to] =
    c.scope === 'text'
      ? [0, view.length]
      : c.scope === 'sentence'
        ? sentenceAround(view, start, end)
        : [Math.max(0, start - c.scope), Math.min(view.length, end + c.scope)];
  // Searched in the whole view (so look-behinds see the words before), kept if it starts inside.
  c.pattern.lastIndex = from;
  const m = c.pattern.exec(view);
  return m !== null && m.index < to;
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
  const kept: Finding[] = [];
  for (const f of findings) {
    const covered = kept.some(
      (k) =>
        k.set === f.set &&
        k.family === f.family &&
        k.start <= f.start &&
        f.end <= k.end &&
        RANK[k.severity] <= RANK[f.severity],
    );
    if (!covered) kept.push(f);
  }
  const packSpans = kept.filter((f) => f.set !== 'voice');
  return kept.filter(
    (f) => f.set !== 'voice' || !packSpans.some((p) => p.start < f.end && f.start < p.end),
  );
}
