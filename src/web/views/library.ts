/**
 * Library: the stored documents with their counts, drag-and-drop upload with per-file progress
 * and errors, and full-text search over sentences.
 * @module
 */
import { ApiError, api, uploadFile } from '../api.js';
import { field, h } from '../dom.js';
import { navigate, type Route, routeHash, withParams } from '../route.js';
import type { DocumentSummary, SentenceHit } from '../types.js';

function documentTable(docs: DocumentSummary[], onDelete: (d: DocumentSummary) => void): HTMLElement {
  if (docs.length === 0) return h('p', { class: 'empty' }, 'No documents yet: drop files above to add some.');
  return h(
    'table',
    { class: 'documents' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['Document', 'Title', 'Published', 'Sentences', 'Notes', 'Events', ''].map((t) => h('th', {}, t)),
      ),
    ),
    h(
      'tbody',
      {},
      ...docs.map((d) =>
        h(
          'tr',
          { data: { documentId: d.id } },
          h('td', {}, h('a', { href: routeHash('reader', d.id) }, d.name)),
          h('td', {}, d.title ?? ''),
          h('td', {}, d.publishedAt ?? ''),
          h('td', { class: 'num' }, d.sentenceCount),
          h('td', { class: 'num' }, d.citationCount),
          h(
            'td',
            { class: 'num' },
            h('a', { href: routeHash('review', null, { document: d.id }) }, d.eventCount),
          ),
          h(
            'td',
            {},
            h('button', { type: 'button', class: 'danger', on: { click: () => onDelete(d) } }, 'Delete'),
          ),
        ),
      ),
    ),
  );
}

function uploadRow(file: File): { row: HTMLElement; progress: HTMLProgressElement; message: HTMLElement } {
  const progress = h('progress', { aria: { label: `upload of ${file.name}` } });
  progress.max = 1;
  progress.value = 0;
  const message = h('span', { class: 'upload-message' }, 'uploading…');
  return {
    row: h('li', { class: 'upload' }, h('span', { class: 'upload-name' }, file.name), progress, message),
    progress,
    message,
  };
}

export async function renderLibrary(container: HTMLElement, route: Route): Promise<void> {
  const list = h('div', { class: 'document-list' });
  const uploads = h('ul', { class: 'uploads', aria: { live: 'polite' } });

  const refresh = async (): Promise<void> => {
    const { documents } = await api<{ documents: DocumentSummary[] }>('/api/documents');
    list.replaceChildren(
      documentTable(documents, async (d) => {
        if (!confirm(`Delete ${d.name} and its ${d.eventCount} events?`)) return;
        await api(`/api/documents/${d.id}`, { method: 'DELETE' });
        await refresh();
      }),
    );
  };

  const upload = async (files: File[]): Promise<void> => {
    for (const file of files) {
      const { row, progress, message } = uploadRow(file);
      uploads.append(row);
      try {
        const results = await uploadFile(file, (f) => {
          progress.value = f;
          if (f >= 1) message.textContent = 'coding…';
        });
        progress.value = 1;
        const r = results[0];
        row.classList.add(r?.ok ? 'ok' : 'failed');
        message.textContent = r?.ok ? `${r.status}: ${r.events ?? 0} events` : (r?.error ?? 'failed');
      } catch (err) {
        row.classList.add('failed');
        const problem = err instanceof ApiError ? err.problem : null;
        message.textContent = problem?.errors?.[0]?.message ?? problem?.detail ?? String(err);
      }
    }
    await refresh();
  };

  const input = h('input', { type: 'file', name: 'file', aria: { label: 'choose files to add' } });
  input.multiple = true;
  input.accept = '.md,.markdown,.txt,.html,.htm,.pdf,.docx';
  input.addEventListener('change', () => void upload([...(input.files ?? [])]));

  const drop = h(
    'div',
    {
      class: 'drop-zone',
      tabindex: 0,
      role: 'button',
      aria: { label: 'drop files here or press Enter to choose' },
    },
    h('p', {}, 'Drop reports, articles or PDFs here, or '),
    input,
  );
  drop.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') input.click();
  });
  drop.addEventListener('dragover', (ev) => {
    ev.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault();
    drop.classList.remove('over');
    void upload([...(ev.dataTransfer?.files ?? [])]);
  });

  const query = route.params.get('q') ?? '';
  const searchInput = h('input', {
    type: 'search',
    name: 'q',
    value: query,
    placeholder: 'words, "a phrase", prefix*',
  });
  const searchForm = h(
    'form',
    {
      class: 'search',
      role: 'search',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          navigate(withParams(route, { q: searchInput.value.trim() }));
        },
      },
    },
    field('Search sentences', searchInput),
    h('button', { type: 'submit' }, 'Search'),
  );
  const hits = h('div', { class: 'search-hits' });

  container.append(h('h2', {}, 'Library'), drop, uploads, list, h('h2', {}, 'Search'), searchForm, hits);
  await refresh();

  if (query) {
    try {
      const r = await api<{ hits: SentenceHit[] }>(`/api/search?q=${encodeURIComponent(query)}&limit=50`);
      hits.append(
        r.hits.length
          ? h(
              'ol',
              {},
              ...r.hits.map((hit) =>
                h(
                  'li',
                  {},
                  h(
                    'a',
                    { href: routeHash('reader', hit.sentence.documentId, { sentence: hit.sentence.index }) },
                    hit.documentName,
                  ),
                  ': ',
                  h('span', {}, hit.sentence.text),
                ),
              ),
            )
          : h('p', {}, 'No sentence matches.'),
      );
    } catch (err) {
      hits.append(h('p', { class: 'error' }, err instanceof Error ? err.message : String(err)));
    }
  }
}
