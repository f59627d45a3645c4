/**
 * Small hand-written documents and events for store tests. Sentences are our own wording.
 * @module
 */
import { createHash } from 'node:crypto';
import type { CodedEvent, EventActor, EventDate } from '../coder/event.js';
import type { Citation, IngestedDocument } from '../ingest/document.js';
import { getOntology } from '../ontology/index.js';

export interface FixtureSentence {
  text: string;
  cites?: string[];
}

/** builds a document whose offsets are computed from the sentences, so every span re-reads exactly */
export function makeDocument(options: {
  name: string;
  sourcePath?: string;
  sentences: FixtureSentence[];
  citations?: Citation[];
  publishedAt?: string;
  title?: string;
}): IngestedDocument {
  let text = '';
  const sentences = options.sentences.map((s, index) => {
    if (index > 0) text += ' ';
    const start = text.length;
    text += s.text;
    return {
      index,
      paragraphIndex: 0,
      sectionIndex: 0,
      start,
      end: text.length,
      text: s.text,
      citationKeys: s.cites ?? [],
    };
  });
  const markers = sentences.flatMap((s) =>
    s.citationKeys.map((citationKey) => ({ citationKey, offset: s.end, sentenceIndex: s.index })),
  );
  return {
    name: options.name,
    text,
    metadata: {
      title: options.title ?? options.name,
      author: 'Fixture Author',
      publishedAt: options.publishedAt ?? '2020-01-15',
      sourcePath: options.sourcePath ?? `/fixtures/${options.name}`,
      sourceUrl: null,
      contentHash: createHash('sha256').update(text).digest('hex'),
      format: 'markdown',
      byteSize: Buffer.byteLength(text),
    },
    sections: [{ index: 0, heading: '', level: 0, start: 0, end: text.length }],
    paragraphs: [{ index: 0, sectionIndex: 0, kind: 'body', start: 0, end: text.length }],
    sentences,
    citations: options.citations ?? [],
    markers,
  };
}

export function endnote(n: number, text: string, url?: string): Citation {
  return {
    key: String(n),
    kind: 'endnote',
    number: n,
    text,
    author: null,
    title: null,
    publisher: null,
    date: null,
    urls: url ? [url] : [],
  };
}

/** finds `words` in the sentence so the actor span really points at them */
function actorIn(doc: IngestedDocument, sentenceIndex: number, code: string, words: string): EventActor {
  const sentence = doc.sentences[sentenceIndex];
  const at = sentence.text.indexOf(words);
  if (at < 0) throw new Error(`fixture: "${words}" is not in sentence ${sentenceIndex}`);
  const start = sentence.start + at;
  return {
    code,
    name: words,
    entryId: `fixture:${code}`,
    span: [start, start + words.length],
    text: words,
    origin: 'stated',
    how: 'name',
  };
}

export function date(start: string, end = start, inferred = false): EventDate {
  const precision = start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day';
  return {
    start,
    end,
    precision: start === end ? precision : 'range',
    type: start === end ? 'exact' : 'range',
    inferred,
    text: null,
    span: null,
  };
}

/** an event in sentence `sentenceIndex`; Goldstein, quads and PLOVER come from the ontology */
export function makeEvent(
  doc: IngestedDocument,
  sentenceIndex: number,
  spec: {
    source: [code: string, words: string];
    target: [code: string, words: string] | null;
    code: string;
    trigger: string;
    date?: EventDate | null;
    negated?: boolean;
    hypothetical?: boolean;
  },
): CodedEvent {
  const ontology = getOntology();
  const info = ontology.code(spec.code);
  const sentence = doc.sentences[sentenceIndex];
  const at = sentence.text.indexOf(spec.trigger);
  if (at < 0) throw new Error(`fixture: trigger "${spec.trigger}" is not in sentence ${sentenceIndex}`);
  return {
    source: actorIn(doc, sentenceIndex, spec.source[0], spec.source[1]),
    target: spec.target ? actorIn(doc, sentenceIndex, spec.target[0], spec.target[1]) : null,
    code: info.code,
    goldstein: info.goldsteinGdelt,
    quad: info.quadStandard,
    quadGdelt: info.quadGdelt,
    plover: info.plover?.type ?? null,
    date: spec.date === undefined ? null : spec.date,
    negated: spec.negated ?? false,
    hypothetical: spec.hypothetical ?? false,
    attributedTo: null,
    confidence: 0.8,
    sentenceIndex,
    trigger: { span: [sentence.start + at, sentence.start + at + spec.trigger.length], text: spec.trigger },
    ruleIds: [`rule:${spec.code}`],
    dictionaryEntryIds: [`verb:${spec.trigger}`],
    coderVersion: 'fixture-1',
  };
}

/** a short essay on Caspian diplomacy, written for these tests */
export function caspianDocument(extra: FixtureSentence[] = []): IngestedDocument {
  return makeDocument({
    name: 'caspian-notes.md',
    sentences: [
      { text: 'In March 2007 Moscow postponed the delivery of fuel to the Bushehr plant.', cites: ['1'] },
      { text: 'Tehran accused the Russian government of bowing to Western pressure.', cites: ['1', '2'] },
      { text: 'The two foreign ministers met in Baku in October 2007 to discuss the Caspian seabed.' },
      { text: 'Iran did not threaten to leave the talks.' },
      { text: 'The Security Council could impose new sanctions on Iran.', cites: ['3'] },
      ...extra,
    ],
    citations: [
      endnote(1, 'Wire report on the fuel delay, 2007.', 'https://example.org/fuel'),
      endnote(2, 'Statement of the Iranian foreign ministry.'),
      endnote(3, 'Council press release.'),
    ],
  });
}

export function caspianEvents(doc: IngestedDocument): CodedEvent[] {
  return [
    makeEvent(doc, 0, {
      source: ['RUS', 'Moscow'],
      target: ['IRN', 'Bushehr'],
      code: '1621',
      trigger: 'postponed',
      date: date('2007-03'),
    }),
    makeEvent(doc, 1, {
      source: ['IRNGOV', 'Tehran'],
      target: ['RUSGOV', 'Russian government'],
      code: '112',
      trigger: 'accused',
      date: date('2007-03', '2007-03', true),
    }),
    makeEvent(doc, 2, {
      source: ['RUSGOV', 'foreign ministers'],
      target: ['IRNGOV', 'foreign ministers'],
      code: '044',
      trigger: 'met',
      date: date('2007-10'),
    }),
    makeEvent(doc, 3, {
      source: ['IRN', 'Iran'],
      target: null,
      code: '138',
      trigger: 'threaten',
      negated: true,
    }),
    makeEvent(doc, 4, {
      source: ['IGOUNO', 'Security Council'],
      target: ['IRN', 'Iran'],
      code: '163',
      trigger: 'impose',
      hypothetical: true,
    }),
  ];
}

/** a second document about another dyad */
export function gulfDocument(): IngestedDocument {
  return makeDocument({
    name: 'gulf-brief.md',
    sentences: [
      { text: 'Saudi Arabia and Iran restored diplomatic relations in 2023.', cites: ['1'] },
      { text: 'Beijing hosted the final round of talks between Riyadh and Tehran.' },
    ],
    citations: [endnote(1, 'Joint communique, 2023.')],
    publishedAt: '2023-06-01',
  });
}

export function gulfEvents(doc: IngestedDocument): CodedEvent[] {
  return [
    makeEvent(doc, 0, {
      source: ['SAU', 'Saudi Arabia'],
      target: ['IRN', 'Iran'],
      code: '050',
      trigger: 'restored',
      date: date('2023'),
    }),
    makeEvent(doc, 1, {
      source: ['CHNGOV', 'Beijing'],
      target: ['SAUGOV', 'Riyadh'],
      code: '043',
      trigger: 'hosted',
      date: date('2023-03-06', '2023-03-10'),
    }),
  ];
}
