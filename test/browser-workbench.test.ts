import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningServer, serve } from '../src/server/index.js';
import type { Store, StoredEvent } from '../src/store/store.js';
import { ensureFrontEndBuilt, hasChromium, launchChromium } from './fixtures/web/browser.js';
import { openFixtureStore } from './fixtures/web/fixture-store.js';
import { projectRoot } from './helpers/shared.js';

const SCREENSHOTS = join(projectRoot, 'docs', 'screenshots');

describe.skipIf(!hasChromium())('the workbench in a real browser', () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let problems: string[];
  let dialogs: string[];

  const docId = (name: string) => store.listDocuments().find((d) => d.name === name)!.id;
  const eventByCode = (code: string): StoredEvent =>
    store
      .queryEvents({ includeRejected: true, includeFlagged: true, limit: 1000 })
      .find((e) => e.code === code)!;
  const open = async (hash: string) => {
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector('.view[data-ready]');
  };
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });

  beforeAll(async () => {
    await ensureFrontEndBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'entente-browser-'));
    store = openFixtureStore(join(dir, 'fixture.db'));
    server = await serve({ db: store, port: 0, quiet: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    page = await browser.context.newPage();
    problems = [];
    dialogs = [];
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      // the library's own delete confirmation is the one dialog the workbench may open
      if (d.type() === 'confirm' && d.message().startsWith('Delete ')) void d.accept();
      else void d.dismiss();
    });
  });
  afterEach(async () => {
    await page.close();
  });

  it('the library lists documents with their counts', async () => {
    await open('#/library');
    const row = page.locator('tr', { hasText: 'air-defence-relations.md' });
    await expect(row.locator('td.num').allTextContents()).resolves.toEqual(['5', '2', '5']);
    await shot('library');
    expect(problems).toEqual([]);
  });

  it('uploads files with progress and reports each file on its own', async () => {
    await open('#/library');
    await page.locator('.drop-zone input[type="file"]').setInputFiles([
      {
        name: 'summit-notes.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(
          '# Summit\n\nIn March 2015 Iran and Russia signed a nuclear cooperation accord.\n',
        ),
      },
      {
        name: 'tool.exe',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from([0x4d, 0x5a, 0, 1, 0, 0, 0xff, 0xfe, 0, 0]),
      },
    ]);
    const ok = page.locator('li.upload.ok', { hasText: 'summit-notes.md' });
    const failed = page.locator('li.upload.failed', { hasText: 'tool.exe' });
    await ok.waitFor({ timeout: 30_000 });
    await failed.waitFor({ timeout: 30_000 });
    await expect(ok.locator('.upload-message').textContent()).resolves.toMatch(/^inserted: \d+ events$/);
    await expect(failed.locator('.upload-message').textContent()).resolves.toContain('tool.exe');
    await page.locator('tr', { hasText: 'summit-notes.md' }).waitFor();
    // the failed upload is an expected 422; nothing else may go wrong
    expect(problems.filter((p) => !p.includes('422'))).toEqual([]);
    const id = docId('summit-notes.md');
    await page.locator(`tr[data-document-id="${id}"] button.danger`).click();
    await page.locator('tr', { hasText: 'summit-notes.md' }).waitFor({ state: 'detached' });
    expect(store.getDocument(id)).toBeNull();
  });

  it('the reader highlights events by quad, explains them on focus and opens an endnote', async () => {
    await open(`#/reader/${docId('air-defence-relations.md')}`);
    const marks = page.locator('.document-text mark.event');
    await expect(marks.count()).resolves.toBe(5);
    await expect(marks.first().textContent()).resolves.toBe('signed');
    await expect(marks.first().getAttribute('class')).resolves.toContain('q1');
    await expect(page.locator('.document-text mark.q4').textContent()).resolves.toBe('banned');

    await marks.first().focus();
    const tip = page.locator('#tooltip');
    await tip.waitFor({ state: 'visible' });
    const tipText = await tip.textContent();
    expect(tipText).toContain('057 Sign formal agreement');
    expect(tipText).toContain('Russia (RUS) → Iran (IRN)');
    expect(tipText).toContain('2007-12 (month)');

    await page.locator('.document-text button.note-ref').first().click();
    const note = page.locator('.note-panel');
    await note.waitFor({ state: 'visible' });
    await expect(note.textContent()).resolves.toContain('Contract reporting, Example Wire, December 2007.');
    await expect(note.locator('a').getAttribute('href')).resolves.toBe(
      'https://example.org/wire/2007/air-defence-contract',
    );
    await expect(page.locator('.reader-events li').count()).resolves.toBe(5);
    await shot('reader');
    expect(problems).toEqual([]);
  });

  it('renders hostile document text inert, as visible text', async () => {
    await open(`#/reader/${docId('hostile-payloads.txt')}`);
    const text = await page.locator('.document-text').textContent();
    expect(text).toContain('<script>window.__pwned=3</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=4">');
    await expect(page.locator('h2').first().textContent()).resolves.toBe('Payloads <b>bold</b>');
    await expect(page.locator('.document-text img, .document-text script, h2 b').count()).resolves.toBe(0);
    await page.locator('.document-text mark.event').hover();
    await page.locator('button.note-ref').click();
    await expect(page.locator('.note-panel .note-text').textContent()).resolves.toContain(
      '<img src=x onerror="window.__pwned=1">',
    );
    // a javascript: URL in a note is shown, never made a link
    await expect(page.locator('.note-panel a').count()).resolves.toBe(0);
    await expect(page.locator('.note-panel .unsafe-url').textContent()).resolves.toBe(
      'javascript:window.__pwned=2',
    );
    await page.locator('.note-panel .unsafe-url').click();
    await page.waitForTimeout(200);
    await expect(
      page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the dyad chart renders and a bar lists its events with their sentences', async () => {
    await open('#/dyad?a=IRN&b=RUS&by=year');
    const bars = page.locator('.dyad-counts g[aria-label="bar"] rect.clickable');
    await expect(bars.count()).resolves.toBeGreaterThanOrEqual(4);
    await page.locator('rect.clickable[data-period="2007"][data-quad="1"]').click();
    const items = page.locator('.dyad-events .event-item');
    await items.first().waitFor();
    await expect(items.count()).resolves.toBe(2);
    const listed = await page.locator('.dyad-events').textContent();
    expect(listed).toContain('Moscow signed a contract to sell air-defence batteries');
    expect(listed).toContain('Iran welcomed a Russian delegation');
    // the chosen bar is in the address, so the view reloads as it was
    expect(page.url()).toContain('bar=2007%3A1');
    await page.reload();
    await page.locator('.dyad-events .event-item').first().waitFor();
    await expect(page.locator('.dyad-events .event-item').count()).resolves.toBe(2);
    await shot('dyad');
    expect(problems).toEqual([]);
  });

  it('the timeline places a year as a band and a day as a point, and keeps filters in the address', async () => {
    await open('#/timeline?dyad=IRN,RUS');
    await page.locator('.vis-item').first().waitFor();
    await expect(page.locator('.vis-item.precision-year').count()).resolves.toBe(3);
    await expect(page.locator('.vis-item.vis-point.precision-day').count()).resolves.toBe(2);
    await shot('timeline');
    await page.locator('select[name="quad"]').selectOption('4');
    await page.locator('form.filters button[type="submit"]').click();
    await page.waitForFunction(() => location.hash.includes('quad=4'));
    await page.reload();
    await page.locator('.vis-item').first().waitFor();
    await expect(page.locator('.vis-item:not(.vis-dot)').count()).resolves.toBe(1);
    await expect(page.locator('select[name="quad"]').inputValue()).resolves.toBe('4');
    await page.locator('.vis-item').first().click();
    await expect(page.locator('.timeline-detail').textContent()).resolves.toContain(
      'the Kremlin banned the sale to Iran',
    );
    expect(problems).toEqual([]);
  });

  it('the network draws actors and an edge lists its events', async () => {
    await open('#/network?level=country');
    await page.locator('.network-holder canvas').first().waitFor();
    await page.locator('button.edge-button', { hasText: 'RUS → IRN' }).click();
    await page.locator('.network-events .event-item').first().waitFor();
    await expect(page.locator('.network-events .event-item').count()).resolves.toBe(3);
    await shot('network');
    expect(problems).toEqual([]);
  });

  it('rejecting an event persists across reload and removes it from the export', async () => {
    const target = eventByCode('115');
    await open(`#/review?id=${target.id}`);
    await page.locator('input[name="reviewer"]').fill('browser-test');
    await page
      .locator('.review-actions input[name="reason"]')
      .fill('the suit was filed by a company, not the state');
    await page.locator('button.reject').click();
    await page.locator('.audit-trail li').first().waitFor();
    await page.reload();
    await page.locator('.audit-trail li').first().waitFor();
    await expect(page.locator('.event-item .status').textContent()).resolves.toBe('rejected');
    await expect(page.locator('.audit-trail').textContent()).resolves.toContain(
      'the suit was filed by a company, not the state',
    );
    await shot('review');

    const exported = await (await fetch(`${server.url}api/export?format=jsonl`)).text();
    const ids = exported
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(target.id);
    expect(store.getEvent(target.id)?.status).toBe('rejected');
    expect(problems).toEqual([]);
  });
});
