import { describe, expect, it } from 'vitest';
import { loadDefaultResolver } from '../actors/index.js';
import { readDocumentFromBytes } from '../ingest/index.js';
import { createCoder } from './index.js';
import { inferWriterVoice } from './writer-voice.js';

const resolver = loadDefaultResolver();
const voiceOf = (sentences: string[], focal: string[] = []) =>
  inferWriterVoice(
    sentences.map((text) => ({ text })),
    (text) => resolver.findMentions(text),
    focal,
  )?.code ?? null;

/** a ministry's briefing on its neighbour: "we" is Chile though no line says so */
const BRIEFING = [
  'The Government of Chile has followed the dispute closely.',
  'Our embassy in La Paz stayed open through the crisis.',
  'Bolivia recalled its consul in March, and we regretted the decision.',
  'La Paz has not answered our latest note.',
  'We told the Bolivian foreign ministry that the talks would go on.',
  'Bolivia later asked for a pause, which we accepted.',
  'Our relationship with Bolivia is larger than any one quarrel.',
];

describe('the state a document speaks for', () => {
  it("is the speaker's whom a speech's title or delivery line names, not the host who gave the dinner", () => {
    const speech = (title: string | null, lines: string[]) =>
      inferWriterVoice(
        lines.map((text) => ({ text })),
        (text) => resolver.findMentions(text),
        [],
        title,
      )?.code ?? null;
    expect(
      speech('Toast by the President of Ghana at the state dinner in Lome', ['Mr President, friends:']),
    ).toBe('GHA');
    expect(
      speech(null, [
        'Remarks at the dinner given by President Faure Gnassingbe',
        'Text as delivered by President John Mahama.',
        'Mr President, friends:',
      ]),
    ).toBe('GHA');
    expect(
      speech(null, ['Remarks at the dinner given by President Faure Gnassingbe', 'Mr President, friends:']),
    ).toBeNull();
  });

  it("is the government whose seat a briefing's opening names", () => {
    const briefing = [
      'Transcript of the afternoon briefing held at Downing Street on Monday.',
      'SPOKESPERSON: The Prime Minister remains concerned about the queues at the border.',
      'Spain has not answered, and we will keep pressing Madrid.',
    ];
    expect(voiceOf(briefing)).toBe('GBR');
    // a report on a briefing held elsewhere names no seat of its own
    expect(
      voiceOf(['Transcript of the briefing held in Geneva on Monday.', ...briefing.slice(1)]),
    ).toBeNull();
  });

  it('is the state whose organ or official the opening names as the author', () => {
    const rest = ['We regard the ruling as void.', 'Vilnius has not answered our note.'];
    expect(
      voiceOf([
        'Weekly briefing by the spokesperson of the Ministry of Foreign Affairs of the Republic of Belarus',
        ...rest,
      ]),
    ).toBe('BLR');
    expect(
      voiceOf(['From the memoir of a former counsellor of the Hungarian embassy in Vienna.', ...rest]),
    ).toBe('HUN');
    expect(voiceOf(['House of Commons, Tuesday. Oral statement and questions.', ...rest])).toBe('GBR');
    expect(voiceOf(['Ministry of Justice, Republic of Belarus. White Paper 2022, Chapter 3.', ...rest])).toBe(
      'BLR',
    );
    // an official the document's reader will meet is no author
    expect(
      voiceOf(['Internal briefing note ahead of the meeting with the Lithuanian ambassador.', ...rest]),
    ).toBeNull();
  });

  it('is the United States in a cable addressed as the State Department addresses them', () => {
    const cable = [
      'FROM: AMEMBASSY VIENNA',
      'TO: SECSTATE WASHDC',
      'The Austrians told us they would not join.',
    ];
    expect(voiceOf(cable)).toBe('USA');
    expect(voiceOf(cable.slice(2))).toBeNull();
  });

  it("is the country of the city a paper's issuing line names, and of the people called ours by name", () => {
    const body = [
      'Russia has ignored us for a month.',
      'We will not bow to Russia.',
      'Georgia has nothing to fear, we are told.',
      'We trust that Georgia will stand firm.',
    ];
    const editorial = [
      '*The Morning Courier (Tbilisi), Monday 11 August.*',
      ...body,
      'Our president, Mikheil Saakashvili, spoke for all of us.',
    ];
    expect(voiceOf(editorial)).toBe('GEO');
    // without the issuing line and the president called ours, nothing says which side "we" is
    expect(voiceOf([...body, 'Our president spoke for all of us.'])).toBeNull();
  });

  it('is the other side of the pair its "we" keeps dealing with', () => {
    expect(voiceOf(BRIEFING, ['BOL'])).toBe('CHL');
    // without a title the pair comes from the states the document names most
    expect(voiceOf(BRIEFING)).toBe('CHL');
  });

  it('is the state of "our Chilean …" and not the place of "our embassy in …"', () => {
    const sentences = [
      'Our Norwegian fishermen were turned away again.',
      'Our embassy in Moscow lodged a protest.',
      'Russia said the waters were closed, and we disagreed.',
      'Moscow expelled one of our diplomats.',
      'We answered the Russian note within a day.',
      'Norway and Russia share a long border, and we will keep talking.',
    ];
    expect(voiceOf(sentences, ['NOR', 'RUS'])).toBe('NOR');
  });

  it('is nobody\'s in an analyst\'s report, which says "we" but never "our government"', () => {
    const sentences = [
      'As we have seen, Russia and Iran drew closer after 2015.',
      'We argue that Tehran needed Moscow more than Moscow needed Tehran.',
      'Russia, we suggest, used Iran as a bargaining chip with the West.',
      'Let us now turn to Iran and the nuclear talks.',
      'We return to Russia in the last section.',
    ];
    expect(voiceOf(sentences, ['IRN', 'RUS'])).toBeNull();
  });

  it("is no state's when the first person is only quoted", () => {
    const sentences = [
      '"Our embassy in La Paz is safe," the minister said.',
      '"We will not bow to Bolivia," she added.',
      '"Bolivia knows our position," the Chilean spokesman told reporters.',
      '"We regret it," said the Bolivian envoy.',
    ];
    expect(voiceOf(sentences, ['BOL', 'CHL'])).toBeNull();
  });

  it('is too unsure to name when both sides are dealt with as often', () => {
    const sentences = [
      'Our embassy in Lima reopened.',
      'Our embassy in Santiago reopened too.',
      'We met Peru in June and Chile in July.',
      'Peru wrote to us, and so did Chile.',
    ];
    expect(voiceOf(sentences, ['PER', 'CHL'])).toBeNull();
  });
});

describe('events in the writer\'s "we"', () => {
  it("are the writer's state's acts", async () => {
    const markdown = [
      '---',
      'title: "Briefing on relations with Bolivia"',
      'date: 2023-05-02',
      '---',
      '',
      [...BRIEFING, 'In April we expelled two Bolivian diplomats.'].join(' '),
    ].join('\n');
    const doc = await readDocumentFromBytes(new TextEncoder().encode(markdown), 'briefing.md');
    const got = createCoder()
      .codeDocument(doc)
      .filter((e) => !e.negated && !e.hypothetical)
      .map((e) => `${e.source.code.slice(0, 3)}>${e.target?.code.slice(0, 3)}:${e.code}`);
    expect(got).toContain('CHL>BOL:174');
  });
});
