/**
 * The shorthand the coder's table tests use for an event: "SRC>TGT:CODE" with actor roots and
 * "!neg" / "!hyp" appended when the event is flagged.
 * @module
 */
import { actorRoot, type CodedEvent, type Coder } from '../../src/coder/index.js';

const root = (code: string) => actorRoot(code).slice(0, 3);

export function shown(events: CodedEvent[]): string[] {
  return events.map(
    (e) =>
      `${root(e.source.code)}>${root(e.target?.code ?? '')}:${e.code}${e.negated ? '!neg' : ''}${e.hypothetical ? '!hyp' : ''}`,
  );
}

export function codedAs(coder: Coder, text: string, date = '2019'): string[] {
  return shown(coder.codeText(text, { date }).events);
}

/**
 * The shown event that satisfies `want` ("SRC>TGT:CODEPREFIX[!flag…]"): same dyad, a code that
 * starts with the prefix, and exactly the flags asked for (none when none are given).
 */
export function findWanted(got: string[], want: string): string | undefined {
  const [dyad, codeAndFlags] = want.split(':');
  const [code, ...flags] = codeAndFlags.split('!');
  return got.find((g) => {
    const [gd, gc] = g.split(':');
    const [gcode, ...gflags] = gc.split('!');
    return (
      gd === dyad &&
      gcode.startsWith(code) &&
      (flags.length > 0 ? flags.every((f) => gflags.includes(f)) : gflags.length === 0)
    );
  });
}
