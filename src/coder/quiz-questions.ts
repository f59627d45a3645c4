/**
 * The questions of a quiz, an exam paper or a written-questions sheet: "Q1. On which date did
 * Truman order …?". A question set as a task asks about an act that its answer tells, so its own
 * words are no report of the act; an interviewer's "Why did you expel the envoy?" is not one of
 * these, having no number.
 * @module
 */

/** a question's label alone: "Q1.", "Question 3:", "4." */
const LABEL_ALONE = /^(?:Q(?:uestion)?\s*\d+[a-z]?|\d{1,2})[.:)]?$/i;
/** a question that opens with its label: "Q1. On which date …?", "Question 3: Which …?" */
const LABELLED = /^(?:Q(?:uestion)?\s*\d+[a-z]?)[.:)]\s/i;

export interface QuestionSentence {
  readonly index: number;
  readonly text: string;
  readonly paragraphIndex: number;
}

/** indexes of the sentences that are numbered questions set as tasks */
export function numberedQuestions(sentences: readonly QuestionSentence[]): Set<number> {
  const out = new Set<number>();
  let labelledParagraph = -1;
  for (const s of sentences) {
    const text = s.text.trim();
    if (LABEL_ALONE.test(text)) {
      labelledParagraph = s.paragraphIndex;
      continue;
    }
    if (!text.endsWith('?')) continue;
    if (LABELLED.test(text) || s.paragraphIndex === labelledParagraph) out.add(s.index);
  }
  return out;
}
