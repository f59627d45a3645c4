/**
 * Calls to the workbench API. A bearer token, when the server needs one, arrives once as
 * ?token=… in the address, is kept for the tab's session and removed from the address bar.
 * @module
 */
import type { CameoEntry, StoredEvent, UploadResult } from './types.js';

const TOKEN_KEY = 'entente.token';

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

export function adoptTokenFromAddress(): void {
  const url = new URL(location.href);
  const token = url.searchParams.get('token');
  if (!token) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  url.searchParams.delete('token');
  history.replaceState(null, '', url.pathname + url.search + url.hash);
}

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

function authHeaders(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function problemOf(res: Response): Promise<Problem> {
  try {
    return (await res.json()) as Problem;
  } catch {
    return { status: res.status, title: res.statusText };
  }
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, {
    ...init,
    headers: { ...authHeaders(), ...(init.headers as Record<string, string> | undefined) },
  });
  if (!res.ok) throw new ApiError(res.status, await problemOf(res));
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return api<T>(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });
}

let codeTable: Promise<Map<string, CameoEntry>> | null = null;

/** CAMEO labels, fetched once */
export function cameoCodes(): Promise<Map<string, CameoEntry>> {
  codeTable ??= api<{ codes: CameoEntry[] }>('/api/codes').then(
    (r) => new Map(r.codes.map((c) => [c.code, c])),
  );
  return codeTable;
}

/** events by id, a few requests at a time */
export async function eventsById(ids: number[], max = 60): Promise<StoredEvent[]> {
  const wanted = ids.slice(0, max);
  const out: StoredEvent[] = [];
  for (let i = 0; i < wanted.length; i += 8) {
    const batch = await Promise.all(
      wanted.slice(i, i + 8).map((id) => api<StoredEvent>(`/api/events/${id}`).catch(() => null)),
    );
    for (const e of batch) if (e) out.push(e);
  }
  return out;
}

/** XHR rather than fetch: fetch cannot report upload progress */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<UploadResult[]> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.addEventListener('progress', (ev) => {
      if (ev.lengthComputable) onProgress(ev.loaded / ev.total);
    });
    xhr.addEventListener('load', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve((body as { results: UploadResult[] }).results);
      else
        reject(
          new ApiError(
            xhr.status,
            (body as Problem) ?? {
              status: xhr.status,
              detail: `${file.name}: upload failed (HTTP ${xhr.status})`,
            },
          ),
        );
    });
    xhr.addEventListener('error', () =>
      reject(new ApiError(0, { detail: `${file.name}: the connection failed` })),
    );
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
