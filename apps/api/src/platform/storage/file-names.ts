/**
 * The uploader's own name for a file, minus paths and control characters, with the extension its
 * bytes showed (`fallback` when nothing is left of the name).
 */
export function safeFileName(original: string, extension: string, fallback: string): string {
  const base = (original.split(/[\\/]/).pop() ?? '')
    .replace(/[\p{Cc}"]/gu, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 150);
  return `${base || fallback}.${extension}`;
}
