/**
 * "the Security Council … the Council demanded", "the European Union … the Union asked the WTO",
 * "the International Court of Justice … the Court held":
 * reports name a body in full once and then by the head of its name alone. A capitalised "the
 * Council", "the Union", "the Commission" stands for the body of that head named last, within a
 * stretch of the document; with none named, it stands for nothing we can say.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';

/** the heads a body's name may be shortened to */
const HEADS = ['Council', 'Union', 'Commission', 'League', 'Assembly', 'Court', 'Secretariat', 'Alliance'];
const HEAD_IN_NAME = new RegExp(`\\b(${HEADS.join('|')})\\b`, 'g');
const SHORT_FORM = new RegExp(`\\b[Tt]he (${HEADS.join('|')})\\b(?!\\s+(?:of|for|on)\\b)`, 'g');
/** "the Secretary-General": the head of whichever body was named last */
const OFFICE_FORM = /\b[Tt]he (Secretary[- ]General|Director[- ]General|Secretary General)\b(?!\s+of\b)/g;
/** how many sentences a full name keeps its short form */
const MEMORY = 30;

interface Known {
  mention: ActorMention;
  sentence: number;
  /** named in the document's title: its short form holds for the whole document */
  lasting?: boolean;
}

export class ShortNames {
  private readonly byHead = new Map<string, Known>();
  private lastBody: Known | null = null;
  /** the body the title names: "Iran and Iraq before the Security Council" makes "the Secretary-General" the UN's */
  private titledBody: Known | null = null;

  reset(): void {
    this.byHead.clear();
    this.lastBody = null;
    this.titledBody = null;
  }

  /** remembers every body whose name, as written here, holds one of the heads ("International Court of Justice") */
  learn(resolved: ActorMention[], sentence: number): void {
    for (const m of resolved) {
      if (m.type !== 'igo') continue;
      this.lastBody = { mention: m, sentence };
      // "the EU … the Union": the canonical name holds the head when the text has an abbreviation
      // "the Court" of a report on a case is the one court it named, however long ago
      for (const head of `${m.text} ${m.name}`.match(HEAD_IN_NAME) ?? []) {
        // "Iran and Iraq before the Security Council": the title's Council stays "the Council"
        // though the Gulf Cooperation Council is named on the way
        const titled = this.byHead.get(head);
        if (titled?.lasting && titled.sentence === 0 && titled.mention.code !== m.code) continue;
        this.byHead.set(head, { mention: m, sentence, lasting: head === 'Court' });
      }
    }
  }

  /** remembers the bodies a document's title names, for as long as the document runs */
  learnLasting(resolved: ActorMention[]): void {
    for (const m of resolved) {
      if (m.type !== 'igo') continue;
      this.titledBody ??= { mention: m, sentence: 0, lasting: true };
      for (const head of `${m.text} ${m.name}`.match(HEAD_IN_NAME) ?? [])
        this.byHead.set(head, { mention: m, sentence: 0, lasting: true });
    }
  }

  /** mentions for "the Council", "the Union", "the Secretary-General" … not already part of a resolved name */
  mentions(text: string, resolved: ActorMention[], sentence: number): ActorMention[] {
    // every body with a head was learnt as the last body too, or from the title: none learnt, nothing to shorten
    if (!this.lastBody && this.byHead.size === 0) return [];
    const recent = (k: Known | null | undefined) =>
      k && (k.lasting || sentence - k.sentence <= MEMORY) ? k : null;
    const body = this.titledBody ?? recent(this.lastBody);
    return [
      ...(body ? shortForms(text, resolved, OFFICE_FORM, () => body) : []),
      ...shortForms(text, resolved, SHORT_FORM, (head) => recent(this.byHead.get(head))),
    ];
  }
}

/** "the <word>" found by `form` (its word in group 1), standing for the body `bodyFor` gives it */
function shortForms(
  text: string,
  resolved: ActorMention[],
  form: RegExp,
  bodyFor: (word: string) => Known | null,
): ActorMention[] {
  const out: ActorMention[] = [];
  form.lastIndex = 0;
  for (let m = form.exec(text); m; m = form.exec(text)) {
    const start = m.index + 4;
    const end = start + m[1].length;
    if (resolved.some((r) => r.start < end && start < r.end)) continue;
    const known = bodyFor(m[1]);
    if (!known) continue;
    out.push({
      ...known.mention,
      start,
      end,
      text: m[1],
      how: 'alias',
      possessive: text.slice(end, end + 2) === "'s" || text.slice(end, end + 2) === '’s',
    });
  }
  return out;
}
