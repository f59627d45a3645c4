/**
 * The trace `entente code --explain` prints: what the coder saw and why it kept or dropped
 * each candidate event.
 * @module
 */
export interface CandidateTrace {
  patternId: string;
  trigger: string;
  source: string[];
  target: string[];
  kept: boolean;
  reason: string;
}

export interface SentenceTrace {
  index: number;
  text: string;
  tokens: string[];
  chunks: string[];
  mentions: string[];
  matches: string[];
  date: string;
  candidates: CandidateTrace[];
}

export interface ExplainTrace {
  sentences: SentenceTrace[];
}
