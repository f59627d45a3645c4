import { describe, expect, it } from 'vitest';
import { numberedQuestions } from './quiz-questions.js';

const sentences = (texts: Array<[string, number]>) =>
  texts.map(([text, paragraphIndex], index) => ({ text, paragraphIndex, index }));

describe('numberedQuestions', () => {
  it('finds a question after its label, or opening with it', () => {
    const got = numberedQuestions(
      sentences([
        ['Q1.', 0],
        ['On which date did Ghana recognise Togo?', 0],
        ['Answer: 3 May 1995.', 1],
        ['Question 2: Which city hosted the talks?', 2],
      ]),
    );
    expect([...got]).toEqual([1, 3]);
  });

  it("leaves an interviewer's question and a label's statement alone", () => {
    const got = numberedQuestions(
      sentences([
        ['Why did you expel the Togolese envoy?', 0],
        ['Q3.', 1],
        ['Ghana recognised Togo in 1995.', 1],
        ['Did it matter?', 2],
      ]),
    );
    expect([...got]).toEqual([]);
  });
});
