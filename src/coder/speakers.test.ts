import { describe, expect, it } from 'vitest';
import { createCoder } from './index.js';
import { quoteSpans } from './speakers.js';

const coder = createCoder();
const coded = (text: string) =>
  coder
    .codeText(text, { date: '2022-06-01' })
    .events.filter((e) => !e.negated && !e.hypothetical)
    .map((e) => `${e.source.code.slice(0, 3)}>${e.target?.code.slice(0, 3)}:${e.code}`);

describe('quoteSpans', () => {
  it('finds curly and straight quotations, and one left open or closed without an opening', () => {
    expect(quoteSpans('“We agree,” he said.')).toEqual([[0, 10]]);
    expect(quoteSpans('He said "no" and "never".')).toEqual([
      [8, 11],
      [17, 23],
    ]);
    expect(quoteSpans('"We will act.')).toEqual([[0, 13]]);
    expect(quoteSpans('We will act," she said.')).toEqual([[0, 12]]);
  });
});

describe('the first person of a quotation or a statement', () => {
  it('stands for the speaker named after the quotation', () => {
    expect(coded('"We condemn the Chilean blockade," the Peruvian foreign ministry said.')).toContain(
      'PER>CHL:111',
    );
  });
  it('stands for the speaker named before a colon', () => {
    expect(coded('The Bolivian government said: "We demand that Chile return the sea."')).toContain(
      'BOL>CHL:100',
    );
  });
  it('stands for the person a "he said" takes up, and goes on into the next sentence of the quotation', () => {
    const got = coded(
      'The Danish prime minister spoke in Nuuk. "We support Iceland," she said. "We also praise Norway."',
    );
    expect(got).toContain('DNK>ISL:070');
    expect(got).toContain('DNK>NOR:051');
  });
  it('goes on after a statement header into the next sentence', () => {
    expect(
      coded(
        'Ottawa, 2 August: Canada is alarmed by the arrests in Riyadh. We urge the Saudi authorities to free the women.',
      ),
    ).toContain('CAN>SAU:020');
  });
  it('is never the country "US" in capitals', () => {
    const got = coded('"US officials will visit Lima," the Chilean foreign ministry said.');
    expect(got).toContain('USA>PER:042');
    expect(got.filter((e) => e.startsWith('CHL'))).toEqual([]);
  });
  it("is the writer's own voice, naming nobody, when no one is quoted", () => {
    expect(
      coded('We should not forget that Chile criticised Peru in 2019.').filter((e) => !e.startsWith('CHL')),
    ).toEqual([]);
    expect(coded('I think that we must condemn Argentina.')).toEqual([]);
  });
});

describe("the writer's voice", () => {
  it('is the state whose service the opening lines place the writer or interviewee in', () => {
    expect(
      coded(
        'An interview with Maria Santos, who served in the Chilean embassy in Lima. In May we protested to Peru.',
      ),
    ).toContain('CHL>PER:114');
    expect(
      coded('A former Chilean ambassador remembers. In 2019 we expelled the Peruvian ambassador.'),
    ).toContain('CHL>PER:161');
  });
  it('stays nobody without such an opening', () => {
    expect(coded('In May we protested to Peru.')).toEqual([]);
  });
});

describe("a writer's own voice beside someone else's words", () => {
  it('keeps the unquoted "our" when the sentence reports another speaker', () => {
    const got = coded(
      'I served for years in the Canadian embassy in Beijing. Relations between Canada and China broke down in 2018. Our ambassador was summoned to the foreign ministry and told that Canada would pay a price.',
    );
    expect(got).toContain('CHN>CAN:114');
  });
});

describe('speakers labelled at the head of a paragraph, as in a meeting record', () => {
  const record = [
    'Mr Ivanov (Russian Federation) (spoke in Russian): We reject the accusations made against my country.',
    'Our proposal for joint inspections was refused. Washington imposed new sanctions on my country without proof.',
    'The President: I now give the floor to the representative of Chile.',
    'Ms Rojas (Chile) (spoke in Spanish): I thank Peru for its help. Our Foreign Minister told the Council that Bolivia bore the blame for the clashes.',
    'The President: I shall now make a statement in my capacity as the representative of Ecuador. We condemn Venezuela for the attack on Colombia.',
  ].join('\n\n');
  const got = coded(record);

  it('holds the floor across the paragraphs of one speech, until the next label', () => {
    expect(got).toContain('USA>RUS:163');
  });
  it("makes a delegate's I and my country stand for the delegate's state", () => {
    expect(got).toContain('CHL>PER:051');
    expect(got).toContain('CHL>BOL:112');
  });
  it('gives the floor to the state a chair speaks for in a national capacity', () => {
    expect(got).toContain('ECU>VEN:111');
  });
  it('ends a speech at the next label, naming no one where the label names nobody', () => {
    expect(
      got.filter((e) => e.startsWith('RUS>CHL') || e.startsWith('CHL>VEN') || e.startsWith('RUS>VEN')),
    ).toEqual([]);
  });
  it('takes no heading for a label', () => {
    const briefing = coded(
      'Morocco: from freeze to partnership\n\nGermany asked for a meeting of the Council.\n\nAt our request, the Council met.',
    );
    expect(briefing.filter((e) => e.startsWith('MAR>'))).toEqual([]);
  });
});
