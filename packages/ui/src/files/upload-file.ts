/** An error answered by one of the API's plain HTTP routes (file uploads), with the same codes as GraphQL. */
export class HttpApiError extends Error {
  constructor(
    readonly code: string | null,
    message: string,
    readonly fields: Record<string, string> = {},
    /** What else the error says (`maxBytes`, `retryAfterSeconds`), as GraphQL errors' extensions do. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpApiError';
  }
}

/** Uploads one file as the API's file routes expect: multipart field `file`, session cookie, CSRF header. */
export async function uploadFile<T>(url: string, file: File): Promise<T> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'x-delegate-csrf': '1' },
    });
  } catch {
    throw new HttpApiError(null, 'network');
  }
  const payload = (await response.json().catch(() => null)) as
    | (T & { error?: { code: string; message: string; fields?: Record<string, string> } & Record<string, unknown> })
    | null;
  if (!response.ok || !payload) {
    const { code, message, fields, ...details } = payload?.error ?? { code: null, message: response.statusText };
    throw new HttpApiError(code ?? null, message ?? response.statusText, fields, details);
  }
  return payload;
}
