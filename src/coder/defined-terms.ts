/**
 * Terms a report defines for a party: 'the Co-operative Republic of Guyana ("Guyana" or "the
 * Applicant")', 'the Russian Federation (hereinafter "Russia")', 'the Special Chamber of the Tribunal (the "Chamber")'. Legal briefings, court summaries
 * and treaty texts name the parties by such terms from then on ("the Applicant filed …", "the
 * Respondent informed the Court …"); each later use of the term stands for the party defined.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';

/** the bracket right after a name: quoted terms joined by "or", "and" or commas, maybe "hereinafter" first */
const DEFINITION =
  /^\s*\(\s*(?:hereinafter(?:\s+referred\s+to\s+as)?\s+|together\s+)?(?:the\s+)?((?:["“][^"”()]{2,40}["”](?:\s*,?\s*(?:or|and)?\s*)?)+)\)/;
const QUOTED = /["“]([^"”]{2,40})["”]/g;
const OPENS_DEFINITION = /\(\s*(?:hereinafter\b|(?:the\s+)?["“])/;

/** the parties' roles in a case before a court or a panel */
const PARTY_ROLE =
  'Applicant|Respondent|Claimant|Complainant|Petitioner|Appellant|Appellee|Plaintiff|Defendant';
const PARTY_ROLE_NEAR = new RegExp(`\\b(?:${PARTY_ROLE})\\b`);
/** "the Applicant, " right before the party's name */
const ROLE_BEFORE = new RegExp(`\\b[Tt]he\\s+(${PARTY_ROLE})\\s*,\\s*(?:the\\s+)?$`);
/** ", the Respondent," or " (the Respondent)" right after it */
const ROLE_AFTER = new RegExp(`^\\s*(?:,|\\()\\s*the\\s+(${PARTY_ROLE})\\s*[,)]`);

interface Defined {
  term: RegExp;
  party: ActorMention;
}

export class DefinedTerms {
  private readonly defined: Defined[] = [];

  reset(): void {
    this.defined.length = 0;
  }

  /** learns the terms defined right after a resolved party in `text` */
  learn(text: string, resolved: ActorMention[]): void {
    if (PARTY_ROLE_NEAR.test(text)) this.learnRoles(text, resolved);
    if (!OPENS_DEFINITION.test(text)) return;
    for (const m of resolved) {
      if (m.code.length < 3) continue;
      const def = DEFINITION.exec(text.slice(m.end));
      if (!def) continue;
      for (const q of def[1].matchAll(QUOTED)) {
        const term = q[1].trim();
        // "Guyana" for the Co-operative Republic of Guyana: the dictionary reads the short name anyway
        if (term === m.text || term === m.name || !/^(?:[Tt]he\s+)?[A-Z]/.test(term)) continue;
        this.defined.push({ term: termPattern(term), party: m });
      }
    }
  }

  /**
   * "the Applicant, the Republic of South Africa, filed …", "Israel (the Respondent)", "Chile, the
   * Respondent,": a party's role in a case, set beside its name, names it from then on
   */
  private learnRoles(text: string, resolved: ActorMention[]): void {
    for (const m of resolved) {
      if (m.code.length < 3) continue;
      const before = ROLE_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
      const after = ROLE_AFTER.exec(text.slice(m.end, m.end + 30));
      const role = before?.[1] ?? after?.[1];
      if (role && !this.defined.some((d) => d.term.source === termPattern(`the ${role}`).source))
        this.defined.push({ term: termPattern(`the ${role}`), party: m });
    }
  }

  /** mentions of the terms learnt so far in `text`, where no resolved mention stands already */
  mentions(text: string, resolved: ActorMention[]): ActorMention[] {
    if (this.defined.length === 0) return [];
    const out: ActorMention[] = [];
    for (const { term, party } of this.defined) {
      term.lastIndex = 0;
      for (let m = term.exec(text); m; m = term.exec(text)) {
        // "the Applicant": the article is no part of the name, as in "the Court"
        const start = m.index + (m[1]?.length ?? 0);
        const end = m.index + m[0].length;
        if ([...resolved, ...out].some((r) => r.start < end && start < r.end)) continue;
        // the definition itself is no second mention
        if (/^\s*["”]/.test(text.slice(end))) continue;
        out.push({
          ...party,
          start,
          end,
          text: text.slice(start, end),
          how: 'alias',
          possessive: /^['’]s\b/.test(text.slice(end, end + 3)),
        });
      }
    }
    return out;
  }
}

function termPattern(term: string): RegExp {
  const article = /^[Tt]he\s+/.exec(term);
  const body = (article ? term.slice(article[0].length) : term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w-])(${article ? '[Tt]he\\s+' : ''})${body}(?![\\w-])`, 'g');
}
