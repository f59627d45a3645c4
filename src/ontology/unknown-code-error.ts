/** thrown when a CAMEO code is not in the ontology; the message names the code */
export class UnknownCodeError extends Error {
  constructor(readonly code: string) {
    super(`unknown CAMEO code ${JSON.stringify(code)}`);
    this.name = 'UnknownCodeError';
  }
}
