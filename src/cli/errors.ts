/**
 * Exit codes follow Unix habit: 1 for bad input (a file, a value), 2 for a wrong command line.
 * @module
 */

/** bad input: message is one line naming the file or value and the problem */
export class InputError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** wrong usage of the command line */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
