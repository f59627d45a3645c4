/**
 * The behaviour every Store backend must show. A backend's test file calls
 * `runStoreContract(name, factory)` with a factory that returns a fresh, empty store.
 * @module
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodedEvent } from '../coder/event.js';
import { getOntology } from '../ontology/index.js';
import type { EventFilter, ExternalEvent, Store, StoredEvent } from './store.js';
import {
  caspianDocument,
  caspianEvents,
  date,
  gulfDocument,
  gulfEvents,
  makeEvent,
} from './store-fixtures.js';

export type StoreFactory = () => Store | Promise<Store>;

function codes(events: StoredEvent[]): string[] {
  return events.map((e) => e.code).sort();
}

function externalEvent(n: number, overrides: Partial<ExternalEvent> = {}): ExternalEvent {
  return {
    origin: 'gdelt',
    externalId: String(1000 + n),
    source: {
      code: 'RUSGOV',
      name: 'RUSSIA',
      entryId: null,
      span: null,
      text: null,
      origin: 'stated',
      how: 'import',
    },
    target: {
      code: 'IRN',
      name: 'IRAN',
      entryId: null,
      span: null,
      text: null,
      origin: 'stated',
      how: 'import',
    },
    code: '036',
    goldstein: 4,
    quad: 1,
    quadGdelt: 1,
    plover: 'CONSULT',
    date: {
      start: '2015-03-02',
      end: '2015-03-02',
      precision: 'day',
      type: 'exact',
      inferred: false,
      text: null,
      span: null,
    },
    sourceUrl: `https://example.org/story/${n}`,
    raw: { GLOBALEVENTID: String(1000 + n), EventCode: '036' },
    ...overrides,
  };
}

export function runStoreContract(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await factory();
    });
    afterEach(() => {
      store.close();
    });

    describe('documents', () => {
      it('saves a document with its sentences, citations and events', () => {
        const doc = caspianDocument();
        const saved = store.saveDocument(doc, caspianEvents(doc));
        expect(saved.status).toBe('inserted');
        expect(saved.events).toBe(5);

        const stored = store.getDocument(saved.documentId)!;
        expect(stored.text).toBe(doc.text);
        expect(stored).toMatchObject({
          name: 'caspian-notes.md',
          sourcePath: doc.metadata.sourcePath,
          contentHash: doc.metadata.contentHash,
          format: 'markdown',
          publishedAt: '2020-01-15',
          sentenceCount: 5,
          citationCount: 3,
          eventCount: 5,
        });
        expect(store.getDocument('caspian-notes.md')?.id).toBe(saved.documentId);
        expect(store.getDocument(doc.metadata.sourcePath)?.id).toBe(saved.documentId);
        expect(store.getDocument(9999)).toBeNull();
        expect(store.getDocument('absent.md')).toBeNull();
        expect(store.listDocuments().map((d) => d.name)).toEqual(['caspian-notes.md']);

        const sentences = store.getSentences(saved.documentId);
        expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
        for (const s of sentences) expect(stored.text.slice(s.start, s.end)).toBe(s.text);
        expect(sentences[1].citationKeys).toEqual(['1', '2']);

        const citations = store.getCitations(saved.documentId);
        expect(citations.map((c) => c.key)).toEqual(['1', '2', '3']);
        expect(citations[0]).toMatchObject({
          kind: 'endnote',
          number: 1,
          urls: ['https://example.org/fuel'],
        });
        expect(citations[0].documentId).toBe(saved.documentId);
      });

      it('writes nothing for a document whose content hash is already stored', () => {
        const doc = caspianDocument();
        const first = store.saveDocument(doc, caspianEvents(doc));
        const again = store.saveDocument(doc, caspianEvents(doc).slice(0, 1));
        expect(again).toEqual({ documentId: first.documentId, status: 'unchanged', events: 5 });
        expect(store.countEvents({ includeFlagged: true })).toBe(5);
        expect(store.listDocuments()).toHaveLength(1);
      });

      it('replaces a document saved again from the same path with new content', () => {
        const doc = caspianDocument();
        const first = store.saveDocument(doc, caspianEvents(doc));
        const revised = caspianDocument([{ text: 'Russia later agreed to finish the reactor.' }]);
        const events = [
          ...caspianEvents(revised).slice(0, 2),
          makeEvent(revised, 5, { source: ['RUS', 'Russia'], target: null, code: '030', trigger: 'agreed' }),
        ];
        const second = store.saveDocument(revised, events);
        expect(second).toEqual({ documentId: first.documentId, status: 'replaced', events: 3 });
        expect(store.listDocuments()).toHaveLength(1);
        expect(store.getDocument(first.documentId)?.text).toBe(revised.text);
        expect(store.getSentences(first.documentId)).toHaveLength(6);
        expect(codes(store.queryEvents({ includeFlagged: true }))).toEqual(['030', '112', '1621']);
        expect(store.searchSentences('reactor')).toHaveLength(1);
      });

      it('keeps two documents apart and deletes one with everything that hangs on it', () => {
        const a = caspianDocument();
        const b = gulfDocument();
        const savedA = store.saveDocument(a, caspianEvents(a));
        const savedB = store.saveDocument(b, gulfEvents(b));
        const accused = store.queryEvents({ code: '112' })[0];
        store.reviewEvent(accused.id, { status: 'accepted', reason: 'matches the note', reviewer: 'ana' });

        expect(store.deleteDocument(savedA.documentId)).toBe(true);
        expect(store.deleteDocument(savedA.documentId)).toBe(false);
        expect(store.getDocument(savedA.documentId)).toBeNull();
        expect(store.getSentences(savedA.documentId)).toEqual([]);
        expect(store.getCitations(savedA.documentId)).toEqual([]);
        expect(store.queryEvents({ documentId: savedA.documentId, includeFlagged: true })).toEqual([]);
        expect(store.getEvent(accused.id)).toBeNull();
        expect(store.getReviews(accused.id)).toEqual([]);
        expect(store.searchSentences('Bushehr')).toEqual([]);
        expect(store.actorsSeen({ prefix: 'RUS' })).toEqual([]);

        expect(store.getSentences(savedB.documentId)).toHaveLength(2);
        expect(codes(store.queryEvents())).toEqual(['043', '050']);
        expect(store.stats()).toMatchObject({ documents: 1, sentences: 2, citations: 1, events: 2 });
      });
    });

    describe('atomic saves', () => {
      it('leaves the store as it was when a save fails half-way', () => {
        const good = gulfDocument();
        store.saveDocument(good, gulfEvents(good));
        const before = store.stats();

        const doc = caspianDocument();
        // the document row and its sentences are written before the events, so this fails mid-transaction
        const broken: CodedEvent[] = [...caspianEvents(doc), { ...caspianEvents(doc)[0], sentenceIndex: 99 }];
        expect(() => store.saveDocument(doc, broken)).toThrow(/sentence 99/);

        expect(store.stats()).toEqual(before);
        expect(store.listDocuments().map((d) => d.name)).toEqual(['gulf-brief.md']);
        expect(store.searchSentences('Bushehr')).toEqual([]);
        expect(store.actorsSeen({ prefix: 'RUS' })).toEqual([]);
        // and the same document saves cleanly afterwards
        expect(store.saveDocument(doc, caspianEvents(doc)).status).toBe('inserted');
      });

      it('keeps the old version and its reviews when a replacement fails', () => {
        const doc = caspianDocument();
        const saved = store.saveDocument(doc, caspianEvents(doc));
        const met = store.queryEvents({ code: '044' })[0];
        store.reviewEvent(met.id, { status: 'accepted', reason: 'checked', reviewer: 'ana' });

        const revised = caspianDocument([{ text: 'A sixth sentence changes the hash.' }]);
        const broken = [...caspianEvents(revised), { ...caspianEvents(revised)[0], sentenceIndex: -4 }];
        expect(() => store.saveDocument(revised, broken)).toThrow();

        expect(store.getDocument(saved.documentId)?.text).toBe(doc.text);
        expect(store.getEvent(met.id)?.status).toBe('accepted');
        expect(store.getReviews(met.id)).toHaveLength(1);
        expect(store.countEvents({ includeFlagged: true })).toBe(5);
      });
    });

    describe('bulk mode', () => {
      it('reads each save at once and keeps them all after endBulk', () => {
        store.beginBulk({ documents: 10 });
        const gulf = gulfDocument();
        store.saveDocument(gulf, gulfEvents(gulf));
        expect(store.listDocuments().map((d) => d.name)).toEqual(['gulf-brief.md']);
        const caspian = caspianDocument();
        store.saveDocument(caspian, caspianEvents(caspian));
        store.endBulk();
        expect(
          store
            .listDocuments()
            .map((d) => d.name)
            .sort(),
        ).toEqual(['caspian-notes.md', 'gulf-brief.md']);
        expect(store.countEvents({ includeFlagged: true })).toBe(
          gulfEvents(gulf).length + caspianEvents(caspian).length,
        );
      });

      it('rolls back a failing save alone, keeping the group saved before and after it', () => {
        store.beginBulk({ documents: 10 });
        const gulf = gulfDocument();
        store.saveDocument(gulf, gulfEvents(gulf));
        const caspian = caspianDocument();
        const broken = [...caspianEvents(caspian), { ...caspianEvents(caspian)[0], sentenceIndex: 99 }];
        expect(() => store.saveDocument(caspian, broken)).toThrow(/sentence 99/);
        expect(store.searchSentences('Bushehr')).toEqual([]);
        const later = caspianDocument([{ text: 'A sixth sentence makes it another document.' }]);
        expect(store.saveDocument(later, caspianEvents(later)).status).toBe('inserted');
        store.endBulk();
        expect(store.stats().documents).toBe(2);
        expect(store.countEvents({ includeFlagged: true })).toBe(
          gulfEvents(gulf).length + caspianEvents(later).length,
        );
      });

      it('refuses a group size that is not a positive whole number', () => {
        expect(() => store.beginBulk({ documents: 0 })).toThrow(/documents per commit/);
        expect(() => store.beginBulk({ milliseconds: -5 })).toThrow(/milliseconds per commit/);
      });
    });

    describe('events', () => {
      beforeEach(() => {
        const a = caspianDocument();
        store.saveDocument(a, caspianEvents(a));
        const b = gulfDocument();
        store.saveDocument(b, gulfEvents(b));
      });

      it('returns every field of a stored event, with its sentence and citations', () => {
        const [event] = store.queryEvents({ code: '112' });
        const doc = store.getDocument('caspian-notes.md')!;
        expect(event).toMatchObject({
          origin: 'entente',
          externalId: null,
          documentId: doc.id,
          documentName: 'caspian-notes.md',
          code: '112',
          goldstein: getOntology().goldstein('112'),
          quad: 3,
          quadGdelt: 3,
          plover: 'ACCUSE',
          negated: false,
          hypothetical: false,
          attributedTo: null,
          confidence: 0.8,
          sentenceIndex: 1,
          status: 'proposed',
          ruleIds: ['rule:112'],
          dictionaryEntryIds: ['verb:accused'],
          coderVersion: 'fixture-1',
          sourceUrl: null,
          date: { start: '2007-03', end: '2007-03', precision: 'month', inferred: true },
        });
        expect(event.source).toMatchObject({
          code: 'IRNGOV',
          name: 'Tehran',
          entryId: 'fixture:IRNGOV',
          how: 'name',
        });
        expect(doc.text.slice(...event.source.span!)).toBe('Tehran');
        expect(doc.text.slice(...event.target!.span!)).toBe('Russian government');
        expect(doc.text.slice(...event.trigger.span)).toBe('accused');
        expect(doc.text.slice(...event.sentenceSpan!)).toBe(event.sentenceText);
        expect(event.sentenceText).toMatch(/^Tehran accused/);
        expect(event.citations.map((c) => c.key)).toEqual(['1', '2']);
        expect(event.citations[1].text).toMatch(/foreign ministry/);
        expect(typeof event.createdAt).toBe('string');
        expect(store.getEvent(event.id)).toEqual(event);
        expect(store.getEvent(123456)).toBeNull();
      });

      it('leaves out negated, hypothetical and rejected events unless asked', () => {
        expect(codes(store.queryEvents())).toEqual(['043', '044', '050', '112', '1621']);
        expect(codes(store.queryEvents({ includeFlagged: true }))).toEqual([
          '043',
          '044',
          '050',
          '112',
          '138',
          '1621',
          '163',
        ]);
        const negated = store.queryEvents({ includeFlagged: true, code: '138' })[0];
        expect(negated.negated).toBe(true);
        expect(store.queryEvents({ includeFlagged: true, code: '163' })[0].hypothetical).toBe(true);

        const rejected = store.queryEvents({ code: '044' })[0];
        store.reviewEvent(rejected.id, {
          status: 'rejected',
          reason: 'no meeting took place',
          reviewer: 'ana',
        });
        expect(codes(store.queryEvents())).toEqual(['043', '050', '112', '1621']);
        expect(codes(store.queryEvents({ includeRejected: true }))).toContain('044');
        expect(store.countEvents()).toBe(4);
        expect(store.countEvents({ includeRejected: true, includeFlagged: true })).toBe(7);
      });

      it('streams lean facts of the same events, in the same order, as queryEvents', () => {
        store.insertExternalEvents([
          externalEvent(1),
          externalEvent(2, { target: null, code: '190', quad: 4, quadGdelt: 4, date: null }),
        ]);
        const [rejected] = store.queryEvents({ code: '044' });
        store.reviewEvent(rejected.id, { status: 'rejected', reason: 'no meeting', reviewer: 'ana' });
        const filters: EventFilter[] = [
          {},
          { dyad: ['IRN', 'RUS'] },
          { dyad: ['RUS', 'IRN'], directed: true },
          { dyad: ['IRNGOV', 'RUS'], includeRejected: true },
          { actor: 'IRN' },
          { actor: 'RUS', from: '2007', to: '2015' },
          { includeFlagged: true, includeRejected: true },
          { code: '11', quad: 3 },
          { origin: 'gdelt', limit: 1, offset: 1 },
        ];
        for (const filter of filters) {
          const expected = store.queryEvents(filter).map((e) => ({
            id: e.id,
            sourceCode: e.source.code,
            targetCode: e.target?.code ?? null,
            sourceRoot: e.source.code.slice(0, 3),
            targetRoot: e.target?.code.slice(0, 3) ?? null,
            sourceName: e.source.name,
            targetName: e.target?.name ?? null,
            code: e.code,
            quad: e.quad,
            goldstein: e.goldstein,
            dateStart: e.date?.start ?? null,
            dateEnd: e.date?.end ?? null,
            precision: e.date?.precision ?? null,
          }));
          expect([...store.eventFacts(filter)], JSON.stringify(filter)).toEqual(expected);
        }
        // date order, the 2015 import last
        expect([...store.eventFacts({ dyad: ['IRN', 'RUS'] })].map((f) => f.code)).toEqual([
          '1621',
          '112',
          '036',
        ]);
        // a loop that stops early leaves the store usable
        for (const _fact of store.eventFacts()) break;
        expect(store.countEvents()).toBe(6);
      });

      it('matches an actor by code prefix on either side', () => {
        expect(codes(store.queryEvents({ actor: 'RUS' }))).toEqual(['044', '112', '1621']);
        expect(codes(store.queryEvents({ actor: 'RUSGOV' }))).toEqual(['044', '112']);
        expect(codes(store.queryEvents({ actor: 'rusgov' }))).toEqual(['044', '112']);
        expect(codes(store.queryEvents({ actor: 'SAU' }))).toEqual(['043', '050']);
        expect(codes(store.queryEvents({ actor: 'CH' }))).toEqual(['043']);
        expect(codes(store.queryEvents({ actor: 'IGO', includeFlagged: true }))).toEqual(['163']);
        expect(store.queryEvents({ actor: 'USA' })).toEqual([]);
      });

      it('matches a dyad in either direction unless directed', () => {
        expect(codes(store.queryEvents({ dyad: ['IRN', 'RUS'] }))).toEqual(['044', '112', '1621']);
        expect(codes(store.queryEvents({ dyad: ['RUS', 'IRN'] }))).toEqual(['044', '112', '1621']);
        expect(codes(store.queryEvents({ dyad: ['RUS', 'IRN'], directed: true }))).toEqual(['044', '1621']);
        expect(codes(store.queryEvents({ dyad: ['IRN', 'RUS'], directed: true }))).toEqual(['112']);
        expect(codes(store.queryEvents({ dyad: ['IRNGOV', 'RUS'] }))).toEqual(['044', '112']);
        expect(codes(store.queryEvents({ dyad: ['SAU', 'IRN'] }))).toEqual(['050']);
        expect(store.queryEvents({ dyad: ['IRN', 'CHN'] })).toEqual([]);
      });

      it('filters by CAMEO code prefix and by quad class', () => {
        expect(codes(store.queryEvents({ code: '04' }))).toEqual(['043', '044']);
        expect(codes(store.queryEvents({ code: '16', includeFlagged: true }))).toEqual(['1621', '163']);
        expect(codes(store.queryEvents({ code: '162' }))).toEqual(['1621']);
        expect(codes(store.queryEvents({ quad: 1 }))).toEqual(['043', '044', '050']);
        expect(codes(store.queryEvents({ quad: 4 }))).toEqual(['1621']);
        expect(codes(store.queryEvents({ quad: 3, includeFlagged: true }))).toEqual(['112', '138']);
      });

      it('filters by overlap with partial ISO dates', () => {
        expect(codes(store.queryEvents({ from: '2007', to: '2007' }))).toEqual(['044', '112', '1621']);
        expect(codes(store.queryEvents({ from: '2007-04', to: '2007-12' }))).toEqual(['044']);
        expect(codes(store.queryEvents({ from: '2007-10-31', to: '2007-10-31' }))).toEqual(['044']);
        expect(codes(store.queryEvents({ from: '2007-11-01', to: '2022-12-31' }))).toEqual([]);
        // a year-long event overlaps any day of that year; a range overlaps its inside
        expect(codes(store.queryEvents({ from: '2023-07-14', to: '2023-07-14' }))).toEqual(['050']);
        expect(codes(store.queryEvents({ from: '2023-03-08', to: '2023-03-08' }))).toEqual(['043', '050']);
        expect(codes(store.queryEvents({ from: '2023-03-11' }))).toEqual(['050']);
        expect(codes(store.queryEvents({ to: '2007-03-01' }))).toEqual(['112', '1621']);
        // undated events fall outside any date filter
        expect(store.queryEvents({ from: '1900', includeFlagged: true }).some((e) => e.date === null)).toBe(
          false,
        );
      });

      it('filters by review status, document and origin, and pages results', () => {
        const [met] = store.queryEvents({ code: '044' });
        store.reviewEvent(met.id, { status: 'accepted', reason: 'checked', reviewer: 'ana' });
        expect(codes(store.queryEvents({ status: ['accepted'] }))).toEqual(['044']);
        expect(store.queryEvents({ status: ['proposed'] })).toHaveLength(4);

        const gulf = store.getDocument('gulf-brief.md')!;
        expect(codes(store.queryEvents({ documentId: gulf.id }))).toEqual(['043', '050']);
        expect(store.queryEvents({ origin: 'entente' })).toHaveLength(5);
        expect(store.queryEvents({ origin: 'gdelt' })).toEqual([]);

        const all = store.queryEvents();
        const page = store.queryEvents({ limit: 2, offset: 1 });
        expect(page.map((e) => e.id)).toEqual(all.slice(1, 3).map((e) => e.id));
        expect(store.queryEvents({ limit: 0 })).toEqual([]);
      });

      it('orders events by date, undated last', () => {
        const events = store.queryEvents({ includeFlagged: true });
        const dated = events.filter((e) => e.date !== null).map((e) => e.date!.start);
        expect(dated).toEqual([...dated].sort());
        const firstUndated = events.findIndex((e) => e.date === null);
        expect(events.slice(firstUndated).every((e) => e.date === null)).toBe(true);
      });

      it('rejects malformed filter values with an error naming the value', () => {
        expect(() => store.queryEvents({ from: 'notadate' })).toThrow(/notadate/);
        expect(() => store.queryEvents({ to: '2007-13' })).toThrow(/2007-13/);
        expect(() => store.queryEvents({ code: 'abc' })).toThrow(/abc/);
        expect(() => store.queryEvents({ actor: 'IRN GOV' })).toThrow(/IRN GOV/);
        expect(() => store.queryEvents({ quad: 7 as 1 })).toThrow(/7/);
        expect(() => store.queryEvents({ limit: -1 })).toThrow(/-1/);
      });

      it('counts the actors named on events', () => {
        const rus = store.actorsSeen({ prefix: 'RUS' });
        expect(rus).toHaveLength(3);
        expect(rus).toEqual(
          expect.arrayContaining([
            { code: 'RUSGOV', name: 'foreign ministers', entryId: 'fixture:RUSGOV', count: 1 },
            { code: 'RUSGOV', name: 'Russian government', entryId: 'fixture:RUSGOV', count: 1 },
            { code: 'RUS', name: 'Moscow', entryId: 'fixture:RUS', count: 1 },
          ]),
        );
        const iran = store.actorsSeen({ prefix: 'IRN' });
        expect(iran.find((a) => a.code === 'IRN' && a.name === 'Iran')?.count).toBe(3);
        expect(store.actorsSeen({ limit: 2 })).toHaveLength(2);
        expect(store.actorsSeen()[0].count).toBeGreaterThanOrEqual(store.actorsSeen()[1].count);
      });
    });

    describe('reviews', () => {
      let docId: number;
      beforeEach(() => {
        const doc = caspianDocument();
        docId = store.saveDocument(doc, caspianEvents(doc)).documentId;
      });

      it('records who accepted or rejected an event, when and why', () => {
        const [event] = store.queryEvents({ code: '112' });
        const accepted = store.reviewEvent(event.id, {
          status: 'accepted',
          reason: 'note 2 confirms it',
          reviewer: 'ana',
        });
        expect(accepted.status).toBe('accepted');
        const rejected = store.reviewEvent(event.id, {
          status: 'rejected',
          reason: 'second thoughts',
          reviewer: 'ben',
        });
        expect(rejected.status).toBe('rejected');
        const reviews = store.getReviews(event.id);
        expect(reviews).toHaveLength(2);
        expect(reviews[0]).toMatchObject({
          eventId: event.id,
          reviewer: 'ana',
          fromStatus: 'proposed',
          toStatus: 'accepted',
          changes: null,
          reason: 'note 2 confirms it',
        });
        expect(reviews[1]).toMatchObject({ reviewer: 'ben', fromStatus: 'accepted', toStatus: 'rejected' });
        expect(Date.parse(reviews[0].at)).not.toBeNaN();
        expect(store.getReviews(987654)).toEqual([]);
      });

      it('applies an edit, recomputes the code facts and keeps the originals in the audit', () => {
        const [event] = store.queryEvents({ code: '1621' });
        const edited = store.reviewEvent(event.id, {
          status: 'edited',
          changes: {
            code: '0874',
            source: { code: 'RUSGOV', name: 'Russian government' },
            date: { start: '2007-02', end: '2007-03', precision: 'range' },
          },
          reason: 'the delay was a government decision',
          reviewer: 'ana',
        });
        const ontology = getOntology();
        expect(edited).toMatchObject({
          status: 'edited',
          code: '0874',
          goldstein: ontology.goldstein('0874'),
          quad: ontology.quad('0874'),
          quadGdelt: ontology.quad('0874', 'gdelt'),
          plover: ontology.plover('0874')?.type,
          date: { start: '2007-02', end: '2007-03', precision: 'range', inferred: false },
        });
        expect(edited.source).toMatchObject({ code: 'RUSGOV', name: 'Russian government' });
        expect(edited.target?.code).toBe('IRN');
        const [audit] = store.getReviews(event.id);
        expect(audit.toStatus).toBe('edited');
        expect(audit.changes).toEqual({
          code: { from: '1621', to: '0874' },
          source: {
            from: { code: 'RUS', name: 'Moscow' },
            to: { code: 'RUSGOV', name: 'Russian government' },
          },
          date: {
            from: { start: '2007-03', end: '2007-03', precision: 'month' },
            to: { start: '2007-02', end: '2007-03', precision: 'range' },
          },
        });
        // the edited event answers filters by its new values
        expect(store.queryEvents({ code: '0874' }).map((e) => e.id)).toEqual([event.id]);
        expect(store.queryEvents({ code: '16' })).toEqual([]);
        expect(store.queryEvents({ from: '2007-02-10', to: '2007-02-10' }).map((e) => e.id)).toEqual([
          event.id,
        ]);
      });

      it('refuses bad reviews and leaves the event untouched', () => {
        const [event] = store.queryEvents({ code: '112' });
        expect(() => store.reviewEvent(4242, { status: 'accepted', reason: '', reviewer: 'ana' })).toThrow(
          /4242/,
        );
        expect(() =>
          store.reviewEvent(event.id, { status: 'edited', reason: 'x', reviewer: 'ana' }),
        ).toThrow();
        expect(() =>
          store.reviewEvent(event.id, {
            status: 'edited',
            changes: { code: '999' },
            reason: 'x',
            reviewer: 'ana',
          }),
        ).toThrow(/999/);
        expect(() =>
          store.reviewEvent(event.id, {
            status: 'edited',
            changes: { code: '111', date: { start: 'soon', end: 'soon', precision: 'day' } },
            reason: 'x',
            reviewer: 'ana',
          }),
        ).toThrow(/soon/);
        const after = store.getEvent(event.id)!;
        expect(after.code).toBe('112');
        expect(after.status).toBe('proposed');
        expect(store.getReviews(event.id)).toEqual([]);
      });

      it('carries reviews and edits over when the same document is coded again', () => {
        const [accused] = store.queryEvents({ code: '112' });
        const [met] = store.queryEvents({ code: '044' });
        const [delayed] = store.queryEvents({ code: '1621' });
        store.reviewEvent(accused.id, { status: 'accepted', reason: 'ok', reviewer: 'ana' });
        store.reviewEvent(met.id, { status: 'rejected', reason: 'wrong', reviewer: 'ana' });
        store.reviewEvent(delayed.id, {
          status: 'edited',
          changes: { code: '1622', target: { code: 'IRNGOV', name: 'Iranian government' } },
          reason: 'it was military aid',
          reviewer: 'ben',
        });

        const revised = caspianDocument([{ text: 'Both sides later played the episode down.' }]);
        const result = store.saveDocument(revised, caspianEvents(revised));
        expect(result).toMatchObject({ documentId: docId, status: 'replaced' });

        const all = store.queryEvents({ includeFlagged: true, includeRejected: true });
        const byTrigger = new Map(all.map((e) => [e.trigger.text, e]));
        expect(byTrigger.get('accused')?.status).toBe('accepted');
        expect(byTrigger.get('met')?.status).toBe('rejected');
        const edit = byTrigger.get('postponed')!;
        expect(edit).toMatchObject({ status: 'edited', code: '1622' });
        expect(edit.target).toMatchObject({ code: 'IRNGOV', name: 'Iranian government' });
        expect(byTrigger.get('threaten')?.status).toBe('proposed');
        expect(store.getReviews(edit.id).map((r) => r.reviewer)).toEqual(['ben']);
        expect(store.getReviews(byTrigger.get('accused')!.id)[0].reason).toBe('ok');
        expect(store.queryEvents().map((e) => e.code)).not.toContain('044');
      });

      it('drops reviews of events the new coding no longer produces', () => {
        const [met] = store.queryEvents({ code: '044' });
        store.reviewEvent(met.id, { status: 'accepted', reason: 'ok', reviewer: 'ana' });
        const revised = caspianDocument([{ text: 'An added sentence.' }]);
        const recoded = caspianEvents(revised).map((e) => (e.code === '044' ? { ...e, code: '046' } : e));
        store.saveDocument(revised, recoded);
        expect(store.queryEvents({ status: ['accepted'] })).toEqual([]);
        expect(store.queryEvents({ code: '046' })[0].status).toBe('proposed');
      });
    });

    describe('imported events', () => {
      it('inserts external events and skips ones already stored', () => {
        const batch = Array.from({ length: 50 }, (_, i) => externalEvent(i));
        expect(store.insertExternalEvents(batch)).toBe(50);
        expect(store.insertExternalEvents([...batch.slice(0, 10), externalEvent(60)])).toBe(1);
        expect(store.countEvents({ origin: 'gdelt' })).toBe(51);
        const [first] = store.queryEvents({ origin: 'gdelt', limit: 1 });
        expect(first).toMatchObject({
          origin: 'gdelt',
          documentId: null,
          sentenceId: null,
          sentenceText: null,
          citations: [],
          code: '036',
          status: 'proposed',
        });
        expect(first.externalId).toMatch(/^10\d\d$/);
        expect(first.sourceUrl).toBe(`https://example.org/story/${Number(first.externalId) - 1000}`);
        expect(first.raw).toEqual({ GLOBALEVENTID: first.externalId, EventCode: '036' });
        expect(store.stats().byOrigin).toEqual({ gdelt: 51 });
        expect(store.actorsSeen({ prefix: 'RUSGOV' })).toEqual([
          { code: 'RUSGOV', name: 'RUSSIA', entryId: null, count: 51 },
        ]);
      });

      it('answers the same filters as coded events', () => {
        const doc = caspianDocument();
        store.saveDocument(doc, caspianEvents(doc));
        store.insertExternalEvents([
          externalEvent(1),
          externalEvent(2, {
            origin: 'icews',
            code: '190',
            quad: 4,
            quadGdelt: 4,
            target: null,
            date: date('2016-05-01'),
          }),
        ]);
        expect(store.queryEvents({ dyad: ['IRN', 'RUS'] })).toHaveLength(4);
        expect(store.queryEvents({ dyad: ['IRN', 'RUS'], origin: 'gdelt' })).toHaveLength(1);
        expect(
          store
            .queryEvents({ from: '2015', to: '2016' })
            .map((e) => e.origin)
            .sort(),
        ).toEqual(['gdelt', 'icews']);
        expect(store.queryEvents({ quad: 4, origin: 'icews' })[0].target).toBeNull();
      });

      it('keeps a raw row given as columns and values, and gives it back as a record', () => {
        const columns = ['GLOBALEVENTID', 'EventCode', 'SOURCEURL'];
        const rows = [
          ['1001', '036', 'https://example.org/a'],
          ['1002', '190', 'with "quotes", a \\ and ünïcode'],
        ];
        store.insertExternalEvents(
          rows.map((values, i) => externalEvent(i + 1, { raw: null, rawRow: { columns, values } })),
        );
        const stored = store.queryEvents({ origin: 'gdelt' });
        expect(stored.map((e) => e.raw)).toEqual(
          rows.map((values) => Object.fromEntries(columns.map((c, i) => [c, values[i]]))),
        );
        expect(() =>
          store.insertExternalEvents([
            externalEvent(9, { raw: null, rawRow: { columns, values: ['1009'] } }),
          ]),
        ).toThrow(/1009/);
      });

      it('inserts nothing when one event of a batch is malformed', () => {
        const bad = externalEvent(3, { date: { ...externalEvent(3).date!, start: '03/02/2015' } });
        expect(() => store.insertExternalEvents([externalEvent(1), bad])).toThrow(/1003/);
        expect(store.countEvents({ origin: 'gdelt' })).toBe(0);
      });
    });

    describe('sentence search', () => {
      beforeEach(() => {
        const a = caspianDocument();
        store.saveDocument(a, caspianEvents(a));
        const b = gulfDocument();
        store.saveDocument(b, gulfEvents(b));
      });

      it('finds sentences by their words, with a snippet', () => {
        const hits = store.searchSentences('Bushehr fuel');
        expect(hits).toHaveLength(1);
        expect(hits[0].documentName).toBe('caspian-notes.md');
        expect(hits[0].sentence.text).toMatch(/^In March 2007 Moscow/);
        expect(hits[0].snippet).toContain('«Bushehr»');
        expect(
          store
            .searchSentences('Iran')
            .map((h) => h.documentName)
            .sort(),
        ).toEqual(['caspian-notes.md', 'caspian-notes.md', 'gulf-brief.md']);
        expect(store.searchSentences('Iran', 1)).toHaveLength(1);
      });

      it('matches word stems and treats query syntax as plain words', () => {
        expect(store.searchSentences('accuses')[0].sentence.text).toMatch(/accused/);
        expect(store.searchSentences('"talks* (round')).toHaveLength(1);
        expect(store.searchSentences('talks OR submarine')).toEqual([]);
        expect(store.searchSentences('"*:^-')).toEqual([]);
        expect(store.searchSentences('submarine')).toEqual([]);
      });
    });

    describe('stats', () => {
      it('summarises an empty store', () => {
        expect(store.stats()).toEqual({
          documents: 0,
          sentences: 0,
          citations: 0,
          events: 0,
          byQuad: { 1: 0, 2: 0, 3: 0, 4: 0 },
          byOrigin: {},
          topDyads: [],
        });
      });

      it('stays exact through imports, reviews, edits, re-coding and deletion', () => {
        // the figures stats() must give, counted from the events themselves
        const recount = () => {
          const visible = store.queryEvents();
          const byQuad = { 1: 0, 2: 0, 3: 0, 4: 0 };
          const byOrigin: Record<string, number> = {};
          const pairs = new Map<string, number>();
          for (const e of visible) {
            byQuad[e.quad]++;
            byOrigin[e.origin] = (byOrigin[e.origin] ?? 0) + 1;
            if (!e.target) continue;
            const [a, b] = [e.source.code.slice(0, 3), e.target.code.slice(0, 3)].sort();
            if (a !== b) pairs.set(`${a} ${b}`, (pairs.get(`${a} ${b}`) ?? 0) + 1);
          }
          const topDyads = [...pairs]
            .map(([k, count]) => ({ a: k.split(' ')[0], b: k.split(' ')[1], count }))
            .sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
            .slice(0, 10);
          return { events: visible.length, byQuad, byOrigin, topDyads };
        };
        const check = (step: string) => expect(store.stats(), step).toMatchObject(recount());

        const a = caspianDocument();
        store.saveDocument(a, caspianEvents(a));
        const b = gulfDocument();
        store.saveDocument(b, gulfEvents(b));
        store.insertExternalEvents(Array.from({ length: 12 }, (_, i) => externalEvent(i)));
        store.insertExternalEvents([
          externalEvent(20, { target: null, code: '190', quad: 4, quadGdelt: 4 }),
          externalEvent(1),
        ]);
        check('after saving and importing');
        expect(() =>
          store.insertExternalEvents([
            externalEvent(30),
            externalEvent(31, { date: { ...date('2015'), start: 'x' } }),
          ]),
        ).toThrow();
        check('after a failed batch');

        const [accused] = store.queryEvents({ code: '112' });
        store.reviewEvent(accused.id, { status: 'rejected', reason: 'misread', reviewer: 'ana' });
        check('after a rejection');
        const [imported] = store.queryEvents({ origin: 'gdelt', limit: 1 });
        store.reviewEvent(imported.id, {
          status: 'edited',
          changes: { code: '190', target: { code: 'USA' } },
          reason: 'wrong target',
          reviewer: 'ana',
        });
        check('after an edit of code and target');
        store.reviewEvent(accused.id, {
          status: 'edited',
          changes: { source: { code: 'SAUGOV' } },
          reason: 'restored with another source',
          reviewer: 'ana',
        });
        check('after restoring a rejected event');

        store.saveDocument(caspianDocument([{ text: 'Another sentence.' }]), caspianEvents(a));
        check('after re-coding a document');
        store.deleteDocument(store.getDocument('gulf-brief.md')!.id);
        check('after deleting a document');
        expect(store.stats().events).toBe(store.countEvents());
      });

      it('counts documents, sentences, citations, visible events by quad and the top dyads', () => {
        const a = caspianDocument();
        store.saveDocument(a, caspianEvents(a));
        const b = gulfDocument();
        store.saveDocument(b, gulfEvents(b));
        const stats = store.stats();
        expect(stats).toMatchObject({
          documents: 2,
          sentences: 7,
          citations: 4,
          events: 5,
          byQuad: { 1: 3, 2: 0, 3: 1, 4: 1 },
          byOrigin: { entente: 5 },
        });
        expect(stats.topDyads).toEqual([
          { a: 'IRN', b: 'RUS', count: 3 },
          { a: 'CHN', b: 'SAU', count: 1 },
          { a: 'IRN', b: 'SAU', count: 1 },
        ]);
      });
    });
  });
}
