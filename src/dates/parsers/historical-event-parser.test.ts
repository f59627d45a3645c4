import { describe, expect, it } from 'vitest';
import { markBigrams } from '../bigram-filter.js';
import type { TextFeatures } from '../candidate.js';
import { historicalEvents } from '../historical-events.js';
import { historicalEventParser, mayNameHistoricalEvent } from './historical-event-parser.js';

function features(text: string): TextFeatures {
  const lower = text.toLowerCase();
  return { text, lower, bigrams: markBigrams(lower), hasDigit: /\d/.test(text), hasMonth: false };
}

/**
 * ways of writing one name of the data file's syntax: each choice of each word in turn, optional
 * words in and out, dashes as dash, en dash, space or nothing, "'s" with either apostrophe,
 * in the file's case, lower case and capitals
 */
function spellings(name: string): string[] {
  const words = name.split(/\s+/);
  const choicesOf = (w: string) => {
    const bare = w.replace(/\?$/, '');
    return /^[A-Za-z'’-]+(?:\/[A-Za-z'’-]+)+$/.test(bare) ? bare.split('/') : [bare];
  };
  const out = new Set<string>();
  const widest = Math.max(...words.map((w) => choicesOf(w).length));
  for (let pick = 0; pick < widest; pick++) {
    for (const withOptional of [true, false]) {
      for (const dash of ['-', '–', ' ', '']) {
        for (const apostrophe of ["'", '’']) {
          const written = words
            .filter((w) => withOptional || !w.endsWith('?'))
            .map((w) => {
              const choices = choicesOf(w);
              return choices[Math.min(pick, choices.length - 1)]
                .replace(/-/g, dash)
                .replace(/'s$/, `${apostrophe}s`);
            })
            .join(' ');
          out.add(written);
          out.add(written.toLowerCase());
          out.add(written.toUpperCase());
        }
      }
    }
  }
  return [...out];
}

describe('the historical-event gate', () => {
  it('lets through every way of writing every name the parser reads', () => {
    let checked = 0;
    let total = 0;
    for (const event of historicalEvents()) {
      for (const name of event.names) {
        for (const written of spellings(name)) {
          const text = `Relations cooled after the ${written}, officials said.`;
          total++;
          if (historicalEventParser.parse(text).length === 0) continue;
          checked++;
          expect(mayNameHistoricalEvent(features(text)), text).toBe(true);
        }
      }
    }
    // every spelling must be one the parser reads, or the check above proves little
    expect(checked).toBe(total);
    expect(checked).toBeGreaterThan(500);
  });

  it('keeps out sentences that hold only some words of a name', () => {
    for (const text of [
      'Iran and Russia signed a trade agreement in Moscow.',
      'The election in September drew a record turnout.',
      'Officials warned against a collapse of the talks.',
      'The withdrawal of the envoy surprised Ankara.',
    ]) {
      expect(mayNameHistoricalEvent(features(text)), text).toBe(false);
    }
  });

  it('lets through a sentence naming an event', () => {
    const text = 'Ties deepened during the Iran–Iraq war and after the Soviet pullout from Afghanistan.';
    expect(mayNameHistoricalEvent(features(text))).toBe(true);
    expect(historicalEventParser.parse(text).map((c) => c.text)).toEqual([
      'the Iran–Iraq war',
      'the Soviet pullout from Afghanistan',
    ]);
  });
});
