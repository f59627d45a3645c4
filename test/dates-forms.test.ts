import { describe, expect, it } from 'vitest';
import type { Precision, TimeType } from '../src/dates/index.js';
import { extractTemporalExpressions, formatTimeValue } from '../src/dates/index.js';

type Case = [sentence: string, span: string, value: string, precision: Precision, type: TimeType];

const REFERENCE_DATE = '2017-06-01';

/** asserts the sentence yields `span` at its position in the sentence, with that value */
function check([sentence, span, value, precision, type]: Case, options = { referenceDate: REFERENCE_DATE }) {
  const found = extractTemporalExpressions(sentence, options);
  const hit = found.find((e) => e.text === span);
  expect(hit, `${span} in: ${sentence} (found ${found.map((e) => e.text).join(' | ')})`).toBeDefined();
  expect(hit!.start).toBe(sentence.indexOf(span));
  expect(hit!.end).toBe(sentence.indexOf(span) + span.length);
  expect(formatTimeValue(hit!.value)).toBe(value);
  expect(hit!.value.precision).toBe(precision);
  expect(hit!.value.type).toBe(type);
  return hit!;
}

describe('years', () => {
  const cases: Case[] = [
    ['The embassy reopened in 2010 after a long pause.', '2010', '2010', 'year', 'exact'],
    ['Analysts still debate the 2012 return of the former premier.', '2012', '2012', 'year', 'exact'],
    ['Sanctions followed its 2014 annexation of the peninsula.', '2014', '2014', 'year', 'exact'],
    ["Few foresaw 2015's intervention in the civil war.", '2015', '2015', 'year', 'exact'],
    ['The treaty (signed 1921) still shapes the border.', '1921', '1921', 'year', 'exact'],
    ['Trade with the Gulf grew sharply during 1998.', '1998', '1998', 'year', 'exact'],
    ['The first Caspian summit met in Ashgabat in 2002, without a deal.', '2002', '2002', 'year', 'exact'],
  ];
  it.each(cases)('%s', (...c) => {
    const hit = check(c);
    expect(hit.ruleId).toBe('year');
    expect(hit.relative).toBe(false);
    expect(hit.value.inferred).toBe(false);
  });
});

describe('months and full dates', () => {
  const cases: Case[] = [
    ['A quiet accord of June 1995 limited arms sales.', 'June 1995', '1995-06', 'month', 'exact'],
    ['The council voted in March 2014 to extend the mandate.', 'March 2014', '2014-03', 'month', 'exact'],
    ['He flew to the capital again in November of 2015.', 'November of 2015', '2015-11', 'month', 'exact'],
    ['The talks resumed in Sept. 2001 under pressure.', 'Sept. 2001', '2001-09', 'month', 'exact'],
    [
      'The paper ran the story on October 13, 2000, on its front page.',
      'October 13, 2000',
      '2000-10-13',
      'day',
      'exact',
    ],
    ['On 4 November 1979 students seized the compound.', '4 November 1979', '1979-11-04', 'day', 'exact'],
    ['The filing is dated 2006-01-17 in the archive.', '2006-01-17', '2006-01-17', 'day', 'exact'],
    [
      'Fighting flared between April and June 2016 along the line.',
      'between April and June 2016',
      '2016-04/2016-06',
      'range',
      'range',
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('wire copy: capitals and abbreviations without a full stop', () => {
  const cases: Case[] = [
    ['APRIL 2, 2018 - The new premier is sworn in.', 'APRIL 2, 2018', '2018-04-02', 'day', 'exact'],
    ['Nov 30 2019 (Wire) - Talks resume in the capital.', 'Nov 30 2019', '2019-11-30', 'day', 'exact'],
    ['The envoy returned on Sept 6, 2016, after a year away.', 'Sept 6, 2016', '2016-09-06', 'day', 'exact'],
  ];
  it.each(cases)('%s', (...c) => check(c));
  it('takes the year of a stamp without one from the reference date', () => {
    const [hit] = extractTemporalExpressions('JUNE 5 - The coalition accepts the ruling.', {
      referenceDate: REFERENCE_DATE,
    });
    expect(hit?.text).toBe('JUNE 5');
  });
  it('leaves a first name that is also an abbreviation alone', () => {
    expect(extractTemporalExpressions('Jan Kubis met the ministers in Baghdad.')).toEqual([]);
  });
});

describe('seasons and parts', () => {
  const cases: Case[] = [
    [
      'Protests were crushed in the summer of 2009.',
      'the summer of 2009',
      '2009-06/2009-08',
      'season',
      'exact',
    ],
    [
      'The journal appeared in Spring, 2008 with a special issue.',
      'Spring, 2008',
      '2008-03/2008-05',
      'season',
      'exact',
    ],
    ['Troops left the valley in early 1989.', 'early 1989', '1989-01/1989-04', 'season', 'approximate'],
    [
      'He took office in late June 1989 and travelled soon after.',
      'late June 1989',
      '1989-06',
      'month',
      'approximate',
    ],
    [
      'Relations soured in mid-2014 over the pipeline.',
      'mid-2014',
      '2014-05/2014-08',
      'season',
      'approximate',
    ],
    [
      'The crisis began in early 2014 on the peninsula.',
      'early 2014',
      '2014-01/2014-04',
      'season',
      'approximate',
    ],
    ['Prices fell towards the end of 2011.', 'the end of 2011', '2011-09/2011-12', 'season', 'approximate'],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('decades and centuries', () => {
  const cases: Case[] = [
    ['In the 1990s both capitals backed the same side.', 'the 1990s', '1990/1999', 'decade', 'exact'],
    ['Cooperation deepened in the early 2000s.', 'the early 2000s', '2000/2003', 'decade', 'approximate'],
    [
      'At the dawn of the 1990s the union collapsed.',
      'the dawn of the 1990s',
      '1990/1991',
      'decade',
      'approximate',
    ],
    ['Oil revenue peaked in the late 1970s.', 'the late 1970s', '1977/1979', 'decade', 'approximate'],
    ["Arms deals of the '90s were never completed.", "the '90s", '1990/1999', 'decade', 'exact'],
    [
      'Borders drawn in the nineteenth century still matter.',
      'the nineteenth century',
      '1800/1899',
      'range',
      'approximate',
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
  it('reads no decade in a model name ("Mirage 2000s", "Boeing 747s")', () => {
    for (const text of ['Twelve Mirage 2000s crossed the line.', 'The airline grounded its Airbus 2020s.'])
      expect(extractTemporalExpressions(text, { referenceDate: REFERENCE_DATE })).toEqual([]);
  });
});

describe('ranges', () => {
  const cases: Case[] = [
    [
      'From June 2006 to June 2010 the council passed six resolutions.',
      'From June 2006 to June 2010',
      '2006-06/2010-06',
      'range',
      'range',
    ],
    [
      'The war between the two neighbours (1980–1988) drained both.',
      '1980–1988',
      '1980/1988',
      'range',
      'range',
    ],
    ['The war of 1980-88 drained both treasuries.', '1980-88', '1980/1988', 'range', 'range'],
    ['Between 2013 and 2017 the envoys met often.', 'Between 2013 and 2017', '2013/2017', 'range', 'range'],
    [
      'Over a three-year period, from May 2011 to May 2014, the ministry renewed the deal.',
      'Over a three-year period, from May 2011 to May 2014',
      '2011-05/2014-05',
      'range',
      'range',
    ],
    [
      'Exports rose from $2 billion in 2004 to $9 billion in 2012.',
      '2004 to $9 billion in 2012',
      '2004/2012',
      'range',
      'range',
    ],
    ['The 2009/10 budget cut aid.', '2009/10', '2009/2010', 'range', 'range'],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('open intervals', () => {
  const cases: Case[] = [
    ['The minister has courted Europe since 2013.', 'since 2013', '2013/2017', 'year', 'open'],
    ['The deal required all deliveries to stop by 1999.', 'by 1999', '../1999', 'year', 'open'],
    ['The ban stays in force until 2021.', 'until 2021', '../2021', 'year', 'open'],
    ['Ties have warmed since the early 1990s.', 'since the early 1990s', '1990/2017', 'decade', 'open'],
    ['Shipments resumed after March 2016.', 'after March 2016', '2016-03/2017-06', 'month', 'open'],
  ];
  it.each(cases)('%s', (...c) => check(c));

  it('leaves the end open without a document date', () => {
    const [e] = extractTemporalExpressions('The minister has courted Europe since 2013.');
    expect(e.value).toMatchObject({ start: '2013', end: '', type: 'open' });
  });
});

describe('relative to narrative time', () => {
  const reference = {
    start: '2007-01',
    end: '2007-01',
    precision: 'month' as const,
    type: 'exact' as const,
    inferred: false,
  };
  const cases: Case[] = [
    ['A month later, the adviser flew north.', 'A month later', '2007-02', 'month', 'exact'],
    ['Two weeks after, the envoy returned.', 'Two weeks after', '2007-01/2007-02', 'range', 'approximate'],
    ['The following year the plant opened.', 'The following year', '2008', 'year', 'exact'],
    [
      'Two weeks after the summit the envoy returned.',
      'Two weeks after',
      '2007-01/2007-02',
      'range',
      'approximate',
    ],
    ['The president visited in October that year.', 'October that year', '2007-10', 'month', 'exact'],
    ['Talks stalled later that year.', 'later that year', '2007', 'year', 'exact'],
    ['In that same month the embargo began.', 'that same month', '2007-01', 'month', 'exact'],
    ['The next decade brought open war.', 'The next decade', '2008/2017', 'decade', 'approximate'],
    ['Nearly 20 years after that, the files opened.', 'Nearly 20 years after', '2027', 'year', 'approximate'],
    ['Years later, the envoy wrote a memoir.', 'Years later', '2009/2017', 'range', 'approximate'],
    ['By then, the troops had crossed the river.', 'By then', '2007-01', 'month', 'exact'],
    ['The capital was at the time wary of the west.', 'at the time', '2007-01', 'month', 'exact'],
    ['Three years earlier the border had been closed.', 'Three years earlier', '2004', 'year', 'exact'],
    ['The decree was signed in March.', 'March', '2007-03', 'month', 'exact'],
  ];
  it.each(cases)('%s', (...c) => {
    const [sentence, span] = c;
    const found = extractTemporalExpressions(sentence, { referenceDate: REFERENCE_DATE, reference });
    const hit = found.find((e) => e.text === span);
    expect(hit, `${span} in ${sentence}`).toBeDefined();
    expect(hit!.relative).toBe(true);
    expect(hit!.value.inferred).toBe(true);
    expect(hit!.start).toBe(sentence.indexOf(span));
    expect(formatTimeValue(hit!.value)).toBe(c[2]);
    expect(hit!.value.precision).toBe(c[3]);
    expect(hit!.value.type).toBe(c[4]);
  });

  it('counts "N years after <event>" from the event when the event states its time', () => {
    const found = extractTemporalExpressions('Nearly 20 years after the 1989 visit, the envoys returned.', {
      reference,
    });
    expect(found.map((e) => [e.text, formatTimeValue(e.value), e.value.type])).toEqual([
      ['Nearly 20 years after', '2009', 'approximate'],
      ['1989', '1989', 'exact'],
    ]);
  });

  it('leaves "N years after <event>" unresolved when the event states no time', () => {
    const [e] = extractTemporalExpressions('Nearly 20 years after the revolt, the files opened.', {
      reference,
    });
    expect(e.text).toBe('Nearly 20 years after');
    expect(e.value).toMatchObject({ start: '', end: '' });
  });

  it('counts from a time stated earlier in the same text', () => {
    const found = extractTemporalExpressions(
      'In January 2007 the envoy came. A month later, the adviser flew north.',
    );
    expect(found.map((e) => [e.text, formatTimeValue(e.value)])).toEqual([
      ['January 2007', '2007-01'],
      ['A month later', '2007-02'],
    ]);
  });

  it('stays unresolved with neither a reference nor a document date', () => {
    const [e] = extractTemporalExpressions('A month later, the adviser flew north.');
    expect(e.text).toBe('A month later');
    expect(e.relative).toBe(true);
    expect(e.value).toMatchObject({ start: '', end: '' });
  });
});

describe('deictic, against the document date', () => {
  const cases: Case[] = [
    ['Tehran currently holds observer status.', 'currently', '2017-06-01', 'day', 'exact'],
    [
      'In recent years the partners have drifted apart.',
      'In recent years',
      '2012/2017',
      'range',
      'approximate',
    ],
    ['Last year the ministers met twice.', 'Last year', '2016', 'year', 'exact'],
    ['Today the two leaders speak often.', 'Today', '2017-06-01', 'day', 'exact'],
    ['This year the pipeline opened.', 'This year', '2017', 'year', 'exact'],
    ['The past five years brought few gains.', 'The past five years', '2012/2017', 'range', 'approximate'],
    ['Two years ago the consulate closed.', 'Two years ago', '2015', 'year', 'exact'],
  ];
  it.each(cases)('%s', (...c) => {
    const hit = check(c);
    expect(hit.relative).toBe(true);
    expect(hit.anchor).toBe('document');
  });

  it('does not read a broadcaster name as "today"', () => {
    expect(
      extractTemporalExpressions('Viewers switched to Russia Today for the news.', {
        referenceDate: REFERENCE_DATE,
      }),
    ).toEqual([]);
  });
});

describe('eras', () => {
  const cases: Case[] = [
    ['The city fell in 332 BC to the Macedonians.', '332 BC', '-0331', 'year', 'exact'],
    ['The dynasty was crowned in AD 800 by the pope.', 'AD 800', '0800', 'year', 'exact'],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('several expressions', () => {
  it('returns them sorted and without overlaps', () => {
    const text =
      'After the 2007 agreement and a visit in November of 2015, the summer of 2016 brought a base deal; since 2013 the ties had grown.';
    const found = extractTemporalExpressions(text, { referenceDate: REFERENCE_DATE });
    expect(found.map((e) => e.text)).toEqual([
      '2007',
      'November of 2015',
      'the summer of 2016',
      'since 2013',
    ]);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
