import { describe, expect, it } from 'vitest';
import { createDocumentTimeline, extractTemporalExpressions, formatTimeValue } from '../src/dates/index.js';
import { buildDocument, dateAt, dateIn } from './helpers/sentence-timeline.js';

describe('a time of another clause does not date the trigger', () => {
  it.each([
    // a later clause after a semicolon, or one that opens on its own time, dates what follows it
    [
      [
        'In March 2015 Kenya hosted the talks.',
        'Uganda condemned the raid and recalled its envoy; in June 2016 it reopened the embassy.',
      ],
      'condemned',
      '2015-03',
    ],
    [
      [
        'In March 2015 Kenya hosted the talks.',
        'Uganda condemned the raid, and in June 2016 Kampala reopened the embassy.',
      ],
      'condemned',
      '2015-03',
    ],
    [
      [
        'In March 2015 Kenya hosted the talks.',
        'Uganda condemned the raid, and in June 2016 Kampala reopened the embassy.',
      ],
      'reopened',
      '2016-06',
    ],
    // a time standing alone after a comma still frames the sentence
    [
      ['In March 2015 Kenya hosted the talks.', 'Uganda reopened the embassy, in June 2016.'],
      'reopened',
      '2016-06',
    ],
    // a pluperfect stretch the trigger is not part of holds its own time
    [
      [
        'Talks collapsed on 2 May 2018.',
        'The next day Chile revoked the permit it had issued Peru in 2009 and soon expelled the attaché.',
      ],
      'expelled',
      '2018-05-03',
    ],
    [
      ['Talks collapsed on 2 May 2018.', 'The next day Chile revoked the permit it had issued Peru in 2009.'],
      'revoked',
      '2018-05-03',
    ],
    // with no other time in the clause, a coordinated pluperfect shares its time
    [
      ['Nothing moved for years.', 'The two ministers had met in 2011 and signed a memorandum.'],
      'signed',
      '2011',
    ],
    // an act still to come: the time after it is when it should happen, not when it was agreed
    [
      [
        'The leaders met in Lima that October and agreed that the minister would visit Santiago early the following year.',
      ],
      'visit',
      '',
    ],
    [
      [
        'In October 2021 the leaders met in Lima and agreed that the minister would visit Santiago early the following year.',
      ],
      'visit',
      '2021-10',
    ],
    [
      ['In October 2021 the leaders met in Lima.', 'Peru said it will send a trade mission in 2023.'],
      'send',
      '2021-10',
    ],
  ] as [string[], string, string][])('%j → %s', (lines, trigger, expected) => {
    expect(dateIn(lines, trigger)).toBe(expected);
  });
});

describe('upper bounds and the perfect', () => {
  it('lets a sentence opening on "By <year>" move the story to that year', () => {
    const lines = [
      'On 14 December 2020 Nepal closed the border post.',
      'By 2022 both capitals wanted the crossing reopened.',
      'Envoys drafted a protocol for months.',
      'Signed on 9 June, it let trucks through again.',
    ];
    expect(dateIn(lines.slice(0, 3), 'drafted')).toBe('2022');
    expect(dateIn(lines.slice(0, 4), 'Signed')).toBe('2022-06-09');
  });

  it('does not move the story back to an earlier bound', () => {
    const lines = [
      'In May 2016 Nepal signed the transit accord.',
      'By 2010 it had already sought one.',
      'On 3 July Nepal ratified it.',
    ];
    expect(dateIn(lines, 'ratified')).toBe('2016-07-03');
  });

  it('reads a present perfect as reaching from the story up to the writing date', () => {
    const lines = [
      'In 2012 Morocco and Algeria clashed over the frontier.',
      'This rivalry has repeatedly drawn Paris into mediation.',
    ];
    expect(dateIn(lines, 'drawn', '2021-05-01')).toBe('2012/2021');
    // without a writing date the story's time stays
    expect(dateIn(lines, 'drawn', null)).toBe('2012');
    // a simple past carries the story's time as before
    expect(
      dateIn(
        ['In 2012 Morocco and Algeria clashed over the frontier.', 'The rivalry drew Paris into mediation.'],
        'drew',
        '2021-05-01',
      ),
    ).toBe('2012');
  });
});

describe('relative stretches and quarters', () => {
  const cases: [string[], string, string][] = [
    [
      ['On 4 April 2019 Ghana detained a Togolese trawler.', 'Hours later Lomé summoned the Ghanaian envoy.'],
      'summoned',
      '2019-04-04',
    ],
    [
      [
        'On 4 April 2019 Ghana detained a Togolese trawler.',
        'Two hours later Lomé summoned the Ghanaian envoy.',
      ],
      'summoned',
      '2019-04-04',
    ],
    [
      [
        'On 4 April 2019 Ghana detained a Togolese trawler.',
        '48 hours later Lomé summoned the Ghanaian envoy.',
      ],
      'summoned',
      '2019-04-06',
    ],
    [
      ['On 4 April 2019 Ghana detained a Togolese trawler.', 'Within hours Lomé protested.'],
      'protested',
      '2019-04-04/2019-04-05',
    ],
    [
      [
        'In April 2019 Ghana detained a Togolese trawler.',
        'In the ensuing months Lomé sent three protest notes.',
      ],
      'sent',
      '2019-04/2020-03',
    ],
    [
      [
        'In April 2019 Ghana detained a Togolese trawler.',
        'Over the following week Lomé sent three protest notes.',
      ],
      'sent',
      '2019-04/2019-05',
    ],
    [
      [
        'In April 2019 Ghana detained a Togolese trawler.',
        'In the weeks that followed Lomé sent three protest notes.',
      ],
      'sent',
      '2019-04/2019-06',
    ],
    [
      [
        'In April 2019 Ghana detained a Togolese trawler.',
        'During the next three years the two navies held joint patrols.',
      ],
      'held',
      '2019/2022',
    ],
    [
      ['In April 2019 Ghana detained a Togolese trawler.', 'Within days Lomé recalled its ambassador.'],
      'recalled',
      '2019-04/2019-05',
    ],
    [['In the third quarter of 2017 Ghana held talks with Togo.'], 'held', '2017-07/2017-09'],
    [['Ghana raised tariffs on Togolese goods in the first quarter of 2018.'], 'raised', '2018-01/2018-03'],
  ];
  it.each(cases)('%j → %s', (lines, trigger, expected) => {
    expect(dateIn(lines, trigger)).toBe(expected);
  });

  it('keeps the story at its point after a stretch, so later steps do not drift', () => {
    const lines = [
      'On 4 April 2019 Ghana detained a Togolese trawler.',
      'In the ensuing months Lomé sent three protest notes.',
      'Two days later Ghana released the crew.',
    ];
    expect(dateIn(lines, 'released')).toBe('2019-04-06');
  });

  it('does not read "a year to the day after" as one day after', () => {
    const found = extractTemporalExpressions(
      'On 2 May 2020, a year to the day after the vote, Togo walked out.',
    );
    expect(found.map((e) => e.text)).toEqual(['2 May 2020']);
  });

  it('leaves a stretch looking ahead from the writing date alone', () => {
    const found = extractTemporalExpressions('Over the next two years Ghana will build four patrol boats.');
    expect(found.filter((e) => e.ruleId === 'following-period')).toEqual([]);
  });
});

describe('a chronology stamped by day', () => {
  it.each([
    // an earlier year told after the stamp looks back; the next stamp stays in the story's year
    [
      [
        'SEPT 16, 2018 - Fiji and Tonga sign a further accord.',
        'NOV 14 - The council lifts the embargo it imposed on Tonga in 2009.',
        'DEC 26 - Tonga closes the crossing.',
      ],
      'closes',
      '2018-12-26',
    ],
    // "a second summit" is no duration
    [
      [
        'SEPT 16, 2018 - Fiji and Tonga sign a further accord.',
        'NOV 9-10 - Fiji hosts Tonga for a second three-way summit.',
        'NOV 14 - The council lifts the embargo.',
      ],
      'lifts',
      '2018-11-14',
    ],
  ] as [string[], string, string][])('%j → %s', (lines, trigger, expected) => {
    expect(dateIn(lines, trigger)).toBe(expected);
  });
});

describe('a year that names a thing', () => {
  it.each([
    [['Fiji accused Tonga of breaching the 1998 fisheries pact in 2016.'], 'accused', '2016'],
    [['In 2016, Fiji accused Tonga of breaching the 1998 fisheries pact.'], 'accused', '2016'],
    [['The Fijian envoy, writing in 2019 about the 2006 coup, rebuked Tonga.'], 'rebuked', '2019'],
    // the only time there is still dates the clause
    [['Tonga meddled in the 2014 elections.'], 'meddled', '2014'],
    // a year right before the trigger is the trigger's own
    [['In 2020 Tonga recalled that its 2009 blockade had failed.'], 'blockade', '2009'],
    // it does not take the story back
    [
      [
        'In 2016, Fiji accused Tonga of breaching the 1998 fisheries pact.',
        'A month later Tonga rejected the charge.',
      ],
      'rejected',
      '2016',
    ],
    // alone, it moves the story forward but never back
    [
      [
        'In 2003 the two navies held a joint drill.',
        'The 2006 coup ended such contacts.',
        'Fiji then expelled the attaché.',
      ],
      'expelled',
      '2006',
    ],
    [
      [
        'In 2012 the two navies held a joint drill.',
        'Memories of the 2006 coup lingered.',
        'Fiji then expelled the attaché.',
      ],
      'expelled',
      '2012',
    ],
    // nor does it lend its year to a month later in the same sentence
    [
      [
        'In early March 2019 a court in Suva froze Tongan assets.',
        'Tonga sought talks under the 1998 fisheries pact that month, and in May it asked for arbitration.',
      ],
      'asked',
      '2019-05',
    ],
    [
      [
        'In early March 2019 a court in Suva froze Tongan assets.',
        'Tonga sought talks under the 1998 fisheries pact that month, and in May it asked for arbitration.',
        'On 19 June Fiji proposed a fund.',
      ],
      'proposed',
      '2019-06-19',
    ],
  ] as [string[], string, string][])('%j → %s', (lines, trigger, expected) => {
    expect(dateIn(lines, trigger)).toBe(expected);
  });
});

describe('foreseen times and named agreements do not move the story', () => {
  it.each([
    // a deadline the text only supposes
    [
      [
        'On 22 August 2019 Seoul said it would leave the pact.',
        'The pact would otherwise have lapsed on 22 November.',
        'Tokyo called the decision regrettable.',
      ],
      'called',
      '2019-08-22',
    ],
    [
      [
        'In May 2020 Quito suspended the talks.',
        'A new round was due to open in September.',
        'Lima protested at once.',
      ],
      'protested',
      '2020-05',
    ],
    // a year that names an accord, capitalised or not
    [
      [
        'In October 2018 a court in Lima ordered a Chilean firm to pay damages.',
        'Santiago held that the 1929 Treaty of Lima had settled such claims.',
        'The Chilean president called the ruling unacceptable.',
      ],
      'called',
      '2018-10',
    ],
  ])('%j: "%s" on %s', (lines, trigger, want) => {
    expect(dateIn(lines, trigger)).toBe(want);
  });
});

describe('a day of the month with no year told yet', () => {
  it('is dated from the writing, as the report is read', () => {
    expect(dateIn(['On 24 May Ottawa expelled the Saudi envoy.'], 'expelled', '2023-06-05')).toBe(
      '2023-05-24',
    );
  });
  it('takes the story year once one is told', () => {
    expect(
      dateIn(
        ['The row began in 2018.', 'On 24 May Ottawa expelled the Saudi envoy.'],
        'expelled',
        '2023-06-05',
      ),
    ).toBe('2018-05-24');
  });
});

describe('a month named without its year after a later month of the story', () => {
  it.each([
    // half a year or more back is the next year: the story has moved on
    [
      ['In December 2011 Brazil closed its ports to the ships.', 'In January, Britain sent a destroyer.'],
      'sent',
      '2012-01',
    ],
    [
      ['On 20 November 2019 Chile recalled its envoy.', 'On 3 February Peru expelled two diplomats.'],
      'expelled',
      '2020-02-03',
    ],
    // a month shortly before is still the story's year, as a look back
    [
      ['In August 2019 Chile recalled its envoy.', 'In June, Peru had expelled two diplomats.'],
      'expelled',
      '2019-06',
    ],
    // a year alone gives no month to count from
    [
      ['In 2019 Chile recalled its envoy.', 'In January, Peru expelled two diplomats.'],
      'expelled',
      '2019-01',
    ],
  ])('%j: "%s" is %s', (lines, trigger, expected) => {
    expect(dateIn(lines, trigger)).toBe(expected);
  });

  it('dates a month told before any year by the year of writing, never the next', () => {
    expect(dateIn(['On 24 May Ottawa expelled the envoy.'], 'expelled', '2020-12-15')).toBe('2020-05-24');
  });
});

describe('a time after the trigger that only names a thing', () => {
  it('does not date the act told before it', () => {
    expect(
      dateIn(
        [
          'In March 2023 Ghana accused Togo of backing the rebels.',
          'Lome denied the charge, accusing Accra of sheltering a militia formed after the 1994 coup.',
        ],
        'denied',
      ),
    ).toBe('2023-03');
  });
  it('still bounds an act told after it', () => {
    expect(
      dateIn(
        ['After the sanctions over its 2014 annexation of Crimea, Moscow sent troops to Syria.'],
        'sent',
      ),
    ).toMatch(/^2014/);
  });
});

describe('a time owned by an irregular participle in the object', () => {
  it('does not date the verb before it', () => {
    expect(
      dateIn(
        [
          'In January 2021 Ghana accused Togo of seizing land, and demanded a withdrawal to the positions held before November.',
        ],
        'demanded',
      ),
    ).toBe('2021-01');
  });
});

describe('a section about the time of writing', () => {
  /** the date of "said" in a second section under `heading`, after a story told in 2021 */
  function saidUnder(heading: string): string {
    const doc = buildDocument(
      [
        ['In January 2021 Ghana accused Togo of seizing land.'],
        ['On 26 June the army said Togo had shelled a post.'],
      ],
      '2022-07-15',
    );
    doc.sections[1].heading = heading;
    const s = doc.sentences[1];
    const at = s.text.indexOf('said');
    return formatTimeValue(createDocumentTimeline(doc).dateFor(1, s.start + at, s.start + at + 4).value);
  }
  it('dates its yearless days by the writing, not by the story before it', () => {
    expect(saidUnder('Border situation (this reporting period)')).toBe('2022-06-26');
  });
  it('keeps the last year told under any other heading', () => {
    expect(saidUnder('The talks collapse')).toBe('2021-06-26');
  });
  it("reads an explainer's question about what comes next as about the time of writing", () => {
    expect(saidUnder('What happens next?')).toBe('2022-06-26');
    expect(saidUnder('Where do things stand?')).toBe('2022-06-26');
  });
});

/** the formatted date of `trigger` in sentence `sentence` of a document with the given section headings */
function dateUnder(headings: string[], sections: string[][], sentence: number, trigger: string): string {
  return dateAt(buildDocument(sections, '2024-01-29', headings), sentence, trigger);
}

describe('days of the week and dated headings', () => {
  it('dates a bare weekday by the latest such day before the writing', () => {
    // 29 January 2024 was a Monday
    expect(dateIn(['Ghana expelled the Togolese envoy on Tuesday.'], 'expelled', '2024-01-29')).toBe(
      '2024-01-23',
    );
    expect(dateIn(['Ghana expelled the Togolese envoy last Monday.'], 'expelled', '2024-01-29')).toBe(
      '2024-01-22',
    );
    expect(dateIn(['Ghana closed the border the previous Monday.'], 'closed', '2024-01-29')).toBe(
      '2024-01-22',
    );
  });

  it('counts two weekdays from the same day, not the second from the first', () => {
    expect(
      dateIn(
        ['Ghana closed the border on Tuesday.', 'Togo protested on Thursday.'],
        'protested',
        '2024-01-29',
      ),
    ).toBe('2024-01-25');
  });

  it('reads a day named for what happened on it as no weekday', () => {
    expect(dateIn(['In 1998 the Good Friday Agreement was signed.'], 'signed', '2024-01-29')).toBe('1998');
  });

  it('dates the entries under a heading that is a date, and a clock stamp returns to that day', () => {
    const sections = [
      [
        '09:10 — Ghana strikes targets in Togo',
        'Ghanaian jets struck two camps late on Tuesday.',
        'The camps had been used in a raid last month.',
        '12:15 — Togo recalls its envoy',
        'Togo recalls its ambassador from Accra.',
      ],
    ];
    const headings = ['Wednesday 17 January'];
    expect(dateUnder(headings, sections, 1, 'struck')).toBe('2024-01-16');
    expect(dateUnder(headings, sections, 4, 'recalls')).toBe('2024-01-17');
  });

  it('leaves a heading that only holds a year to the story', () => {
    const sections = [['In May 2021 Ghana closed the border.'], ['Togo protested in June.']];
    expect(dateUnder(['Background', 'The 2021 clashes'], sections, 1, 'protested')).toBe('2021-06');
  });
});

describe('numbers and words that only look like times', () => {
  it('reads a resolution number after "Res" as no year', () => {
    expect(
      dateIn(['In January 2009 the council met.', 'UNSC Res 1862 demanded that Togo withdraw.'], 'demanded'),
    ).toBe('2009-01');
  });

  it('reads a speaker\'s "Now," as a turn to the next point, not the time of speaking', () => {
    expect(
      dateIn(
        [
          'In September 2002 Ghana and Togo signed a declaration.',
          "Now, here's the part people forget: Togo recalled its envoy the following month.",
        ],
        'recalled',
        '2023-11-16',
      ),
    ).toBe('2002-10');
  });
});

describe('years that belong to instruments and flashbacks', () => {
  it("reads the year closing an instrument's name as no time of the story", () => {
    expect(
      dateIn(
        [
          'On 5 April 2024 Ghanaian police entered the Togolese embassy.',
          'Lome said the raid breached the Havana Convention on Diplomatic Asylum of 1954.',
          'On 7 April Togo recalled its staff.',
        ],
        'recalled',
      ),
    ).toBe('2024-04-07');
  });

  it('keeps a flashback in the pluperfect after a heading from restarting the story there', () => {
    const sections = [
      ['The council met on 10 April 2024.'],
      [
        'Ghana said that on 4 April Togo had expelled its ambassador.',
        'The next day Togo closed its embassy.',
      ],
    ];
    expect(dateUnder(['Opening', 'Statements'], sections, 2, 'closed')).toBe('2024-04-11');
  });

  it('carries only the year across a heading that asks a question into a section that states no time', () => {
    const sections = [
      ['On 11 March 2017 Ghana barred the Togolese minister.'],
      ['Lome called the move a disgrace.'],
    ];
    expect(dateUnder(['What happened?', 'Why does it matter?'], sections, 1, 'called')).toBe('2017');
    expect(dateUnder(['Events', 'Reactions'], sections, 1, 'called')).toBe('');
  });
});

describe('"now" in a role', () => {
  it('reads ", now deputy chairman of …" as a person\'s present role, not a time of the story', () => {
    expect(
      dateIn(
        [
          'On 21 February 2022 Ghana cut gas deliveries to Togo.',
          'Kofi Mensah, now deputy chairman of the Ghanaian security council, mocked Lome.',
          'On April 4 Togo expelled forty Ghanaian diplomats.',
        ],
        'expelled',
        '2022-09-08',
      ),
    ).toBe('2022-04-04');
  });

  it('reads "in April of last year" from the date of the document', () => {
    expect(
      dateIn(['In April of last year Togo expelled two Ghanaian diplomats.'], 'expelled', '2022-06-15'),
    ).toBe('2021-04');
  });

  it('moves the story to a month that "came", and to a day of that month', () => {
    const lines = [
      'In March 2021 Togo closed the border.',
      'Then came May.',
      'On the 17th Togolese police stepped back from the fence.',
      'That Tuesday Ghana summoned the Togolese ambassador.',
    ];
    expect(dateIn(lines.slice(0, 3), 'stepped')).toBe('2021-05-17');
    // 17 May 2021 was a Monday: "that Tuesday" is the day after, not the week before
    expect(dateIn(lines, 'summoned')).toBe('2021-05-18');
  });

  it('reads "for five years on Wednesday" as a duration, not five years on', () => {
    expect(
      dateIn(
        ['On 3 February 2021 Ghana and Togo extended the accord for five years on Wednesday.'],
        'extended',
        '2023-06-02',
      ),
    ).toBe('2021-02-03');
  });

  it('counts "last Wednesday" from the day of speaking, and lets the story go on from it', () => {
    expect(
      dateIn(
        [
          'In April 2022 Togo closed the border.',
          'Last Wednesday Togo suspended the treaty.',
          'The following morning Ghana protested.',
        ],
        'protested',
        '2022-06-15',
      ),
    ).toBe('2022-06-09');
  });

  it('reads the year of a relative clause that dates a thing as no time of the story', () => {
    expect(
      dateIn(
        [
          'In April 2022 Togo closed the border.',
          'The treaty which both countries signed in 2002 was suspended.',
          'The following month Ghana protested.',
        ],
        'protested',
        '2022-06-15',
      ),
    ).toBe('2022-05');
  });

  it('reads years that date instruments ("agreements signed in 1952 and 1954") as no time of the story', () => {
    for (const background of [
      'Ghana holds that the frontier was fixed by agreements signed in 1961 and 1964.',
      'Ghana holds that the 1961 and 1964 agreements fixed the frontier.',
    ])
      expect(
        dateIn(
          [
            'ACCRA, Jan 16 (GNA) - Ghana on Wednesday sued Togo at the court.',
            background,
            'LOME, Jan 18 (GNA) - Togo rejected the claim on Friday.',
          ],
          'rejected',
          '2008-06-01',
        ),
      ).toBe('2008-01-18');
  });

  it('reads "22 July 15:40 BST" as the 22nd, not as 15 July', () => {
    expect(
      dateIn(
        ['In July 2019 Togo seized a tanker.', 'Monday 22 July 15:40 BST – Ghana protested to Togo.'],
        'protested',
        '2019-09-27',
      ),
    ).toBe('2019-07-22');
  });
});

describe('entries under date headings', () => {
  it('reads "this morning" and "yesterday" from the heading\'s day, not the publication\'s', () => {
    const doc = buildDocument(
      [['This morning a missile fell near the village.', 'The envoy was summoned yesterday.']],
      '2023-03-30',
      ['14 February 2023'],
    );
    expect(dateAt(doc, 0, 'fell')).toBe('2023-02-14');
    expect(dateAt(doc, 1, 'summoned')).toBe('2023-02-13');
  });

  it("takes the year in which the heading's weekday falls on its day", () => {
    const doc = buildDocument(
      [
        ['Sanctions followed the disputed August 2020 election.'],
        ['10:05 A column of migrants moves towards the fence.'],
      ],
      '2021-11-19',
      ['Background', 'Monday 8 November'],
    );
    expect(dateAt(doc, 1, 'moves')).toBe('2021-11-08');
  });
});

describe('a month alone as a heading', () => {
  it('dates the section in that month of the year the story has reached', () => {
    const doc = buildDocument(
      [
        ['On 3 March 2019 Chile closed the border crossing.'],
        ['They stayed closed.', 'The Peruvian foreign ministry protested.'],
      ],
      '2019-12-01',
      ['Spring', 'October'],
    );
    expect(dateAt(doc, 2, 'protested')).toBe('2019-10');
  });
});

describe('a flashback told as "After …, X had …"', () => {
  it('keeps the story in its own year for the sentences after it', () => {
    const lines = [
      'On 12 May 2023 Quito expelled the ambassador.',
      'After the treaty was signed in 2009, both governments had promised restraint.',
      'In June the ambassador was allowed to return.',
    ];
    expect(dateIn(lines, 'allowed')).toBe('2023-06');
  });

  it('still moves the story when the main clause is not in the pluperfect', () => {
    const lines = [
      'On 12 May 2023 Quito expelled the ambassador.',
      'After the treaty was signed in 2009, both governments promised restraint.',
      'In June the ambassador was allowed to return.',
    ];
    expect(dateIn(lines, 'allowed')).toBe('2009-06');
  });
});

describe('a day of the month before the story names any year', () => {
  it('reads "since 6 November" from the writing, as "on 6 November" is', () => {
    const lines = ['Since 6 November, hauliers have blocked the crossings into Ukraine.'];
    expect(dateIn(lines, 'blocked', '2023-12-18')).toMatch(/^2023-11-06/);
  });
});

describe('news told before the report names any time', () => {
  it("dates the sentences after a lede's weekday by that day, and later weekdays still from the writing", () => {
    const lines = [
      'Late on Saturday, the Croatian foreign ministry informed the Serbian embassy.',
      'Belgrade reacted with fury.',
      'On Monday the Serbian foreign ministry handed over a protest note.',
    ];
    expect(dateIn(lines.slice(0, 2), 'reacted', '2022-07-19')).toBe('2022-07-16');
    expect(dateIn(lines, 'handed', '2022-07-19')).toBe('2022-07-18');
  });

  it('dates a present perfect from the month before the writing up to it', () => {
    const lines = ['The Ukrainian minister has asked Warsaw repeatedly to clear the roads.'];
    expect(dateIn(lines, 'asked', '2023-12-18')).toBe('2023-11/2023-12-18');
  });

  it('reads "in late November" as the last November before the writing', () => {
    expect(dateIn(['In late November he accused the Polish authorities.'], 'accused', '2023-12-18')).toBe(
      '2023-11',
    );
    expect(dateIn(['In November he accused the Polish authorities.'], 'accused', '2024-03-02')).toBe(
      '2023-11',
    );
  });

  it('never counts a yearless day on past the writing', () => {
    const doc = buildDocument(
      [
        ['In late November the hauliers closed the crossings.'],
        ['Go back to 5 April.', 'Warsaw banned the grain.'],
      ],
      '2023-12-18',
      ['The blockade', 'A spring of medals'],
    );
    expect(dateAt(doc, 2, 'banned')).toBe('2023-04-05');
  });
});

describe('times that do not move the story', () => {
  it('leaves a year a figure is compared against out of the story', () => {
    const lines = [
      'The third phase began in 2021.',
      'Through June more than 4,000 people crossed into Lithuania, compared with 81 in the whole of 2020.',
      'On 2 July Vilnius declared an emergency.',
    ];
    expect(dateIn(lines, 'declared')).toBe('2021-07-02');
  });

  it('leaves a time only agreed on ("agreed to meet … at the end of October") out of the story', () => {
    const lines = [
      'On 17 September 2021 Paris recalled its ambassadors.',
      'Biden telephoned Macron on 22 September, and the two leaders agreed to meet in Rome at the end of October.',
      'The French ambassador returned to Washington the following week.',
    ];
    expect(dateIn(lines, 'returned')).toMatch(/^2021-09/);
  });

  it('leaves the story untold after a heading when the only year dates an instrument', () => {
    const doc = buildDocument(
      [
        ['On 3 February 2023 the envoys met in Kabul.'],
        ['A treaty signed in 1973 obliges the upstream state to share the water.', 'Tension peaked in May.'],
      ],
      '2023-12-01',
      ['Recognition', 'The river'],
    );
    expect(dateAt(doc, 2, 'peaked')).toBe('2023-05');
  });

  it('leaves a time inside a relative clause ("where … since last year") out of the story', () => {
    const lines = [
      'On 2 March 2018 Myanmar massed troops near a strip of land where thousands have sheltered since last year.',
      'The ambassador was summoned on Thursday.',
    ];
    expect(dateIn(lines, 'summoned', '2018-03-02')).toBe('2018-03-01');
  });

  it('reads "he said years later" as the time of the remark, not a new point of the story', () => {
    const lines = [
      'On 6 September 2008 the two presidents watched the match in Yerevan.',
      '"We lost two-nil," he said years later.',
      'Over the following year the delegations met fourteen times in Switzerland.',
    ];
    expect(dateIn(lines, 'met')).toBe('2008/2009');
  });
});

describe('wire dispatches', () => {
  it('count a dispatch\'s "last month" from its dateline, and keep the story on the dateline\'s day', () => {
    const doc = buildDocument(
      [
        [
          'In 2009 the quarrel turned to espionage.',
          'LIMA, Nov 14 (AWS) - Peru accused Chile on Saturday of running a spy in its air force.',
          'The officer was detained late last month.',
          'The foreign ministry delivered a note of protest to the Chilean ambassador.',
        ],
      ],
      '2014-03-28',
    );
    expect(dateAt(doc, 2, 'detained')).toBe('2009-10');
    expect(dateAt(doc, 3, 'delivered')).toBe('2009-11-14');
  });

  it('read "Eight months after …" in a dateline sentence as the day of filing, and the story as before it', () => {
    const doc = buildDocument(
      [
        [
          'ALMATY, Aug 26 (SNA) - Eight months after Russian troops landed, Kazakhstan keeps its distance from Moscow.',
          'On 5 January Tokayev asked the alliance for help.',
        ],
      ],
      '2022-08-26',
    );
    expect(dateAt(doc, 0, 'keeps')).toBe('2022-08-26');
    expect(dateAt(doc, 1, 'asked')).toBe('2022-01-05');
  });
});

describe('seasons told from the writing, and counts from an undated event', () => {
  it.each([
    ['This summer the two armies clashed.', '2020-11-26', 'clashed', '2020-06/2020-08'],
    ['Last winter the talks broke down.', '2020-11-26', 'broke', '2019-12/2020-02'],
    ['This winter the talks will resume.', '2020-11-26', 'resume', '2020-12/2021-02'],
    ['Last summer the talks broke down.', '2021-02-10', 'broke', '2020-06/2020-08'],
    ['Next spring the ministers will meet.', '2020-11-26', 'meet', '2021-03/2021-05'],
  ])('"%s" written on %s dates "%s" to %s', (line, published, trigger, want) => {
    expect(dateIn([line], trigger, published)).toBe(want);
  });

  it('moves the story to "this summer", so a bare month after it keeps that year', () => {
    const lines = [
      'Two months later Xi came to India, in October 2019.',
      'Which makes this summer all the more jarring.',
      'The warning signs were there in May, when soldiers fought at the lake.',
    ];
    expect(dateIn(lines, 'fought', '2020-11-26')).toBe('2020-05');
  });

  it('stops a count from an event the text never dates at the writing', () => {
    const lines = [
      'Recorded on 23 November.',
      'Five months after the deaths in the valley, the two armies are still facing each other.',
    ];
    expect(dateIn(lines, 'facing', '2020-11-26')).toBe('2020-11-26');
  });
});

describe('events the report dates once and names again', () => {
  it('counts "twelve days after Pulwama" from the bombing the report dated', () => {
    const lines = [
      'After the Pulwama bombing in February 2019, India lobbied hard.',
      'In May the hold was lifted.',
      'Twelve days after Pulwama Indian jets struck a camp at Balakot.',
    ];
    expect(dateIn(lines, 'struck', '2020-11-26')).toBe('2019-02/2019-03');
  });

  it('reads "two years after 2010" as 2012 alone, not also as after 2010', () => {
    expect(dateIn(['Two years after 2010 Russia signed a pact with China.'], 'signed', '2020-11-26')).toBe(
      '2012',
    );
  });

  it('learns no event from a name with no time beside it', () => {
    const lines = [
      'The Pulwama bombing shocked India.',
      'In 2019 India lobbied hard.',
      'Weeks after Pulwama, jets struck.',
    ];
    expect(dateIn(lines, 'struck', '2020-11-26')).not.toBe('2019-02/2019-03');
  });
});

describe('a time at the end of a later coordinated clause', () => {
  it("belongs to that clause; the act before it keeps the story's time", () => {
    const lines = [
      'In June 2023 Finland expelled nine Russian diplomats.',
      'Moscow expelled nine Finnish diplomats, and Finland closed its consulate in St Petersburg on 1 October.',
    ];
    expect(dateIn(lines, 'expelled', '2023-11-20')).toBe('2023-06');
    expect(dateIn(lines, 'closed', '2023-11-20')).toBe('2023-10-01');
  });

  it('still dates an act from a time in an apposition after it', () => {
    const lines = [
      'In June 2017 Moon took office.',
      'Moon and Xi met for the first time, at the G20 summit in Berlin on 6 July.',
    ];
    expect(dateIn(lines, 'met', '2017-11-20')).toBe('2017-07-06');
  });
});

describe('a day told with the deictic year', () => {
  it('takes its year from the writing, not from the story', () => {
    const lines = [
      'In 2019 Oslo opened a consulate in Murmansk.',
      'On Jan 7 last year, at a news conference, the minister refused to rule out sanctions.',
    ];
    expect(dateIn(lines, 'refused', '2026-01-08')).toBe('2025-01-07');
  });
  it('reads the day before the month too, and "this year"', () => {
    const lines = [
      'In 2019 Oslo opened a consulate.',
      'On 28 March this year the minister visited Murmansk.',
    ];
    expect(dateIn(lines, 'visited', '2026-05-08')).toBe('2026-03-28');
  });
});

describe('a year in a thing named after a word of time', () => {
  it('is what the rest of its sentence counts from: "after his 2024 election victory, … that December"', () => {
    const lines = [
      'In 2020 Washington reopened a consulate in Nuuk.',
      'The president revived the idea after his 2024 election victory, declaring that December that he wanted the island.',
      'On Jan 15 he telephoned the Danish prime minister.',
    ];
    expect(dateIn(lines.slice(0, 2), 'declaring', '2026-01-08')).toBe('2024-12');
    expect(dateIn(lines, 'telephoned', '2026-01-08')).toBe('2025-01-15');
  });
  it('still leaves "the 1965 agreement" out of the story', () => {
    const lines = ['In March 2019 the talks resumed.', 'Both sides cited the 1965 agreement in May.'];
    expect(dateIn(lines, 'cited', '2020-01-01')).toBe('2019-05');
  });
});

describe('a time in a relative clause opened by "that"', () => {
  it('describes the noun before it and does not move the story', () => {
    const lines = [
      'On February 7 the order halted aid to Pretoria.',
      'It cited the case that Pretoria brought against Israel in December 2023.',
      'On March 13 Pretoria hosted a summit in Cape Town.',
    ];
    expect(dateIn(lines, 'hosted', '2025-05-23')).toBe('2025-03-13');
  });
  it('leaves a "that" after a verb of saying alone', () => {
    const lines = ['In 2019 the talks resumed.', 'Lima said that in March 2021 it would recall its envoy.'];
    expect(dateIn(lines, 'recall', '2022-01-01')).toBe('2021-03');
  });
});

describe('days the story counts from after a look back', () => {
  it('dates "the same evening" by the story\'s day after a one-sentence look back to a season', () => {
    expect(
      dateIn(
        [
          'On 17 April 2021 Prague expelled eighteen Russian diplomats.',
          'The act charged was the sabotage of a depot in autumn 2014.',
          'Police the same evening published two photographs.',
        ],
        'published',
        '2021-11-08',
      ),
    ).toBe('2021-04-17');
  });

  it('leaves a story that has gone on in the past with the time it reached', () => {
    expect(
      dateIn(
        [
          'Ghana and Togo met on 9 December 2020.',
          'It was April 2016.',
          'The river marks the border.',
          'Both sides claim the islands in it.',
          'Togo blocked a Ghanaian patrol.',
          'Ghana protested the same day.',
        ],
        'protested',
        '2020-12-10',
      ),
    ).toBe('2016-04');
  });

  it('counts "the following Monday" from the story\'s day, not from the writing', () => {
    expect(
      dateIn(
        ['Ghana closed the border on Friday 3 March 2023.', 'Togo reopened it the following Monday.'],
        'reopened',
        '2024-03-01',
      ),
    ).toBe('2023-03-06');
  });

  it('goes on from a day named with a deictic year in a dated dispatch', () => {
    expect(
      dateIn(
        [
          'ACCRA, Feb 20 (Wire) - Ghana expelled two Togolese envoys on Tuesday.',
          'On Jan 7 last year, Togo closed its border.',
          'It also threatened tariffs.',
          'Ghana protested the same day.',
        ],
        'protested',
        '2024-02-20',
      ),
    ).toBe('2023-01-07');
  });
});

describe('a part of a named time is no count back from the writing', () => {
  it('dates "the last ten days of July" by the story, not by the writing', () => {
    expect(
      dateIn(
        ['Iraq massed troops on 17 July 1990.', 'Egypt mediated in the last ten days of July.'],
        'mediated',
      ),
    ).toBe('1990-07');
  });

  it('dates "the last two years of the war" by the story', () => {
    expect(
      dateIn(
        ['Kenya joined the war in 1941.', 'It signed the accord in the last two years of the war.'],
        'signed',
      ),
    ).toBe('1941');
  });
});

describe('the time a thing was planned for', () => {
  it('dates the act that put it off, not by the planned time', () => {
    expect(
      dateIn(
        [
          'Ghana and Togo quarrelled on 18 August 2019.',
          'Two days later the Ghanaian president wrote that he was postponing a state visit planned for early September.',
        ],
        'postponing',
      ),
    ).toBe('2019-08-20');
  });
});

describe('times listed as examples of a statement about the present', () => {
  it('leave the story where it was', () => {
    expect(
      dateIn(
        [
          'On 20 December 2022 Accra granted asylum to the family.',
          'Asylum is an old custom, and one Ghana has honoured: Liberians in 1990, Ivorians after 2011.',
          'Togo protested the same week.',
        ],
        'protested',
        '2023-06-01',
      ),
    ).toBe('2022-12-20');
  });
});

describe('a social-media thread: posting line, scope line, bare "Next morning", a post with its own day', () => {
  const thread = [
    'Posted 20 August 2019; thirty posts, oldest first.',
    '1/ Six months ago a bomb killed forty policemen near Pulwama.',
    'This thread follows what the two capitals did from that day to the expulsion of the envoy this month.',
    'That evening Delhi blamed Islamabad.',
    '2/ On 14 February the ministry issued a statement.',
    'Next morning Delhi withdrew the trade status that it had given Islamabad in 1996, and the day after it raised duties.',
    'Trade was small.',
    '3/ Spokesman · 27 Feb In response to strikes this morning, jets crossed the line.',
    'The army said so.',
  ];
  it('neither the posting date nor the end of the scope moves the story', () => {
    expect(dateIn(thread.slice(0, 4), 'blamed', '2019-08-20')).toBe('2019-02');
  });
  it('"Next morning" counts from the day before it, and "the day after" from the last day told', () => {
    const doc = buildDocument([thread], '2019-08-20');
    expect(dateAt(doc, 5, 'withdrew')).toBe('2019-02-15');
    expect(dateAt(doc, 6, 'was')).toBe('2019-02-16');
  });
  it('a post\'s own day dates its "this morning"', () => {
    const doc = buildDocument([thread], '2019-08-20');
    expect(dateAt(doc, 8, 'said')).toBe('2019-02-27');
  });
});

describe('times that are not where the story has got to', () => {
  it('a measure taking effect later leaves the story at the act that took it', () => {
    expect(
      dateIn(
        [
          'On 24 November 2015 Turkish jets shot down a Russian bomber.',
          'A decree Putin signed on 28 November banned Turkish fruit from 1 January.',
          'It also suspended visa-free travel for Turkish citizens.',
        ],
        'suspended',
        '2017-01-16',
      ),
    ).toBe('2015-11-28');
  });
  it('a yes-no question asserts no time', () => {
    expect(
      dateIn(
        [
          'On 28 November 2015 Moscow banned Turkish fruit.',
          'Some four million Russians had holidayed in Turkey in 2014.',
          'And is 2014 the right year to compare?',
          'Talks on the gas pipeline were frozen as well.',
        ],
        'frozen',
        '2017-01-16',
      ),
    ).toBe('2015-11-28');
  });
});
