/**
 * "Evo Morales … For months Morales accused Chile …", "Wang Yi … Wang told Minh …": a report names
 * a person in full once and then by the surname alone. The dictionary guards surnames that many
 * people share ("~Morales" only after a title), but within one document a surname first written
 * with its person's full name stands for that person.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';
import { NAME_LETTER, NAME_UPPER } from './name-letters.js';

/** countries whose names are written family name first ("Wang Yi" is Mr Wang) */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'PRK', 'KOR']);
/** words that a surname may share and that mean something else when they open a sentence */
const NOT_ALONE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Then|When|While|After|Before|In|On|At|By|For|From|With|As|Al|El|Bin|Ibn|Abu|Van|Von|De|Da|Di|Du|La|Le)$/;
/** a title before a surname leaves it alone: "Foreign Minister Wang" */
const TITLE_BEFORE =
  /^(?:President|Minister|Premier|Chancellor|Secretary|King|Queen|Emir|General|Ambassador|Envoy|Mr|Mrs|Ms|Dr|Prime|Senator|Commander|Spokesman|Spokeswoman)\.?$/;
const WORD = new RegExp(`^[${NAME_UPPER}][${NAME_LETTER}'’-]+$`);

interface Known {
  mention: ActorMention;
  /** two people of the report share this surname: it names neither */
  shared: boolean;
}

export class DocumentSurnames {
  private readonly known = new Map<string, Known>();
  private pattern: RegExp | null = null;

  reset(): void {
    this.known.clear();
    this.pattern = null;
  }

  /** remembers the surname of every person the dictionary found by full name in this sentence */
  learn(resolved: ActorMention[]): void {
    for (const m of resolved) {
      if ((m.type !== 'leader' && m.type !== 'person') || (m.how !== 'name' && m.how !== 'title')) continue;
      // "President Tabaré Vázquez": the title is no part of the name
      const words = m.text.split(/\s+/).filter((w) => !TITLE_BEFORE.test(w));
      if (words.length < 2 || !words.every((w) => WORD.test(w))) continue;
      const familyFirst = FAMILY_NAME_FIRST.has(m.country);
      const surname = familyFirst ? words[0] : words[words.length - 1];
      // "Xi", "Li", "Hu": a family name written first may have two letters
      if (NOT_ALONE.test(surname) || surname.length < (familyFirst ? 2 : 3)) continue;
      const before = this.known.get(surname);
      if (before && before.mention.entryId !== m.entryId) before.shared = true;
      else if (!before) {
        this.known.set(surname, { mention: m, shared: false });
        this.pattern = null;
      }
    }
  }

  /** a learnt surname standing alone: no capitalised word right before or after it */
  mentions(text: string, resolved: ActorMention[]): ActorMention[] {
    if (this.known.size === 0) return [];
    this.pattern ??= new RegExp(
      `(?<![${NAME_LETTER}'’-])(${[...this.known.keys()].join('|')})(?![${NAME_LETTER}-])`,
      'g',
    );
    const out: ActorMention[] = [];
    this.pattern.lastIndex = 0;
    for (let hit = this.pattern.exec(text); hit; hit = this.pattern.exec(text)) {
      const start = hit.index;
      const end = start + hit[1].length;
      const known = this.known.get(hit[1]);
      if (!known || known.shared) continue;
      if (resolved.some((r) => r.start < end && start < r.end)) continue;
      // "Jimmy Morales", "Morales Ayma": part of another name; "On 4 May Wang", "President Arce" are not
      const before = /([A-Z][\w'’.-]*)\s+$/.exec(text.slice(Math.max(0, start - 25), start));
      if (before && !NOT_ALONE.test(before[1]) && !TITLE_BEFORE.test(before[1])) continue;
      if (/^\s+[A-Z]/.test(text.slice(end, end + 3))) continue;
      out.push({
        ...known.mention,
        start,
        end,
        text: hit[1],
        how: 'surname',
        possessive: /^['’]s\b/.test(text.slice(end, end + 3)),
      });
    }
    return out;
  }
}
