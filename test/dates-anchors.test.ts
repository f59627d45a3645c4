import { describe, expect, it } from 'vitest';
import {
  createDocumentTimeline,
  extractTemporalExpressions,
  formatTimeValue,
  type TimelineDocument,
} from '../src/dates/index.js';
import { memoryMetadata } from './helpers/sentence-timeline.js';

/** one section, one paragraph per string; sentences split at ". " */
function doc(paragraphs: string[], publishedAt: string | null = null): TimelineDocument {
  let text = '';
  const sentences: TimelineDocument['sentences'] = [];
  paragraphs.forEach((p, paragraphIndex) => {
    const base = text.length;
    text += `${p}\n\n`;
    const re = /[^.!?]+[.!?]+/g;
    for (let m = re.exec(p); m; m = re.exec(p)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = base + m.index + lead;
      const end = base + m.index + m[0].length;
      sentences.push({
        index: sentences.length,
        paragraphIndex,
        sectionIndex: 0,
        start,
        end,
        text: text.slice(start, end),
        citationKeys: [],
      });
    }
  });
  return {
    text,
    sentences,
    sections: [{ index: 0, heading: null, level: 1, start: 0, end: text.length }],
    metadata: memoryMetadata(text, publishedAt),
  } as unknown as TimelineDocument;
}

function dateOf(d: TimelineDocument, i: number, trigger: string, options = {}) {
  const s = d.sentences[i];
  const at = s.text.indexOf(trigger);
  if (at < 0) throw new Error(`"${trigger}" not in: ${s.text}`);
  return createDocumentTimeline(d, options).dateFor(i, s.start + at, s.start + at + trigger.length);
}

describe('historical events as anchors', () => {
  const cases: Array<[string, string, string]> = [
    [
      'Right after the Soviet withdrawal from Afghanistan, the two capitals backed the same militias.',
      'after the Soviet withdrawal from Afghanistan',
      '1989-02/2017-06',
    ],
    [
      'Since the Islamic Revolution, the clerics have distrusted Moscow.',
      'Since the Islamic Revolution',
      '1979-02/2017-06',
    ],
    ['During the Iran–Iraq war, Moscow sold tanks to Baghdad.', 'the Iran–Iraq war', '1980-09/1988-08'],
    [
      'Some ten years after the dissolution of the Soviet Union, trade had doubled.',
      'Some ten years after',
      '2001',
    ],
    ['The 9/11 attacks changed the region.', 'The 9/11 attacks', '2001-09-11'],
  ];
  it.each(cases)('%s', (sentence, span, value) => {
    const found = extractTemporalExpressions(sentence, { referenceDate: '2017-06-01' });
    const hit = found.find((e) => e.text === span);
    expect(hit, found.map((e) => e.text).join(' | ')).toBeDefined();
    expect(formatTimeValue(hit!.value)).toBe(value);
  });

  it('dates a clause framed by an event anchor', () => {
    const d = doc(
      [
        'In 2008, ties cooled. Shortly after the Soviet pullout from Afghanistan, Tehran and Moscow armed the same militia.',
      ],
      '2017-06-01',
    );
    const a = dateOf(d, 1, 'armed');
    expect(a.value).toMatchObject({ start: '1989-02', end: '2017-06' });
  });

  it('does not let a named event date a clause that states its own time', () => {
    const d = doc(['In 2016, Iranian leaders praised the Russian military presence in Syria.']);
    expect(formatTimeValue(dateOf(d, 0, 'praised').value)).toBe('2016');
  });

  it('bounds an event that refers to an ongoing one, narrowed by narrative time inside it', () => {
    const before = doc(
      ['Trade rose in 2013. Iranian leaders praised the Russian military presence in Syria.'],
      '2017-06-01',
    );
    expect(dateOf(before, 1, 'praised').value).toMatchObject({ start: '2015-09', end: '2017-06' });
    const inside = doc(
      ['Trade rose in 2016. Iranian leaders praised the Russian military presence in Syria.'],
      '2017-06-01',
    );
    expect(formatTimeValue(dateOf(inside, 1, 'praised').value)).toBe('2016');
  });
});

describe('clauses that do not date the main clause', () => {
  it('reads an after-clause as a lower bound', () => {
    const d = doc(
      [
        'Trade fell in 2013. It was, however, only after Europe punished Moscow for its 2014 seizure of the port, that Russian jets flew to the coast.',
      ],
      '2017-06-01',
    );
    const a = dateOf(d, 1, 'flew');
    expect(a.value).toMatchObject({ start: '2014', end: '2017', type: 'open' });
  });

  it('skips a relative clause and keeps the story where the main clause is', () => {
    const d = doc([
      'The council restarted the programme in May 2006, which it had frozen in 2003, but its envoy, mocking the inspectors at every turn, alarmed the neighbours. The envoy soon resigned.',
    ]);
    expect(formatTimeValue(dateOf(d, 0, 'mocking').value)).toBe('2006-05');
    expect(formatTimeValue(dateOf(d, 1, 'resigned').value)).toBe('2006-05');
  });

  it('does not move narrative time back for a flashback in the pluperfect', () => {
    const d = doc([
      'On 5 June 2019, the four states cut ties with the emirate. The spark had been a broadcast in late May. Kuwait offered to mediate.',
    ]);
    expect(formatTimeValue(dateOf(d, 2, 'offered').value)).toBe('2019-06-05');
  });

  it('reaches back to an earlier time for a pluperfect without one', () => {
    const d = doc([
      'The Russians agreed in 2007 to sell the radars. In 2011, however, the president cancelled the deal. The purchase had come at a moment of great danger for Tehran.',
    ]);
    expect(formatTimeValue(dateOf(d, 2, 'come').value)).toBe('2007');
  });

  it('leaves a time governed by another verb to that verb', () => {
    const d = doc([
      'In March 2021 the ministers met. Washington lifted some of the duties imposed the previous September.',
    ]);
    expect(formatTimeValue(dateOf(d, 1, 'lifted').value)).toBe('2021-03');
    const modal = doc([
      'In May 2019 the envoys met. They agreed that the minister would visit early the following year.',
    ]);
    expect(formatTimeValue(dateOf(modal, 1, 'agreed').value)).toBe('2019-05');
  });
});

describe('months and days without a year', () => {
  it('takes the year from narrative time, also across a heading', () => {
    const d = doc([
      'Talks opened in March 2018. On 27 April the leaders met at the border. At Debaltseve the following February the truce broke. In Bali that November they shook hands.',
    ]);
    expect(formatTimeValue(dateOf(d, 1, 'met').value)).toBe('2018-04-27');
    expect(formatTimeValue(dateOf(d, 2, 'broke').value)).toBe('2019-02');
    expect(formatTimeValue(dateOf(d, 3, 'shook').value)).toBe('2019-11');
  });

  it('reads "during the summer" in the narrative year', () => {
    const d = doc([
      'The crisis began in June 2017. The emir shuttled between the capitals during the summer.',
    ]);
    expect(formatTimeValue(dateOf(d, 1, 'shuttled').value)).toBe('2017-06/2017-08');
  });
});

describe('implied writing date and tenures', () => {
  it('ends open intervals at the latest stated year when no publication date is known', () => {
    const d = doc([
      'Ties improved in 2009. Since 2013 the two have coordinated closely. By 2016 they held joint drills.',
    ]);
    const timeline = createDocumentTimeline(d);
    expect(formatTimeValue(timeline.documentDate)).toBe('2016');
    expect(formatTimeValue(dateOf(d, 1, 'coordinated').value)).toBe('2013/2016');
  });

  it('dates "during the presidencies of A and B" through the lookup, as their overlap', () => {
    const tenures: Record<string, [string, string]> = {
      Yeltsin: ['1991-07', '1999-12'],
      Rafsanjani: ['1989-08', '1997-08'],
    };
    const tenureLookup = (name: string) => {
      const last = name.split(/\s+/).pop()!;
      const t = tenures[last];
      return t
        ? { start: t[0], end: t[1], precision: 'range' as const, type: 'range' as const, inferred: true }
        : null;
    };
    const d = doc([
      'It was during the presidencies of Boris Yeltsin and Akbar Hashemi Rafsanjani that the first arms deals were signed.',
    ]);
    expect(formatTimeValue(dateOf(d, 0, 'signed', { tenureLookup }).value)).toBe('1991-07/1997-08');
    const under = doc(['Under President Yeltsin the two states signed a reactor deal.']);
    expect(formatTimeValue(dateOf(under, 0, 'signed', { tenureLookup }).value)).toBe('1991-07/1999-12');
    expect(dateOf(under, 0, 'signed').how).toBe('none');
  });
});
