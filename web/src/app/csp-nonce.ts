/** Placeholder the server replaces in index.html; left as is by the development server. */
const PLACEHOLDER = '__CSP_NONCE__';

/** The nonce this page was answered with, for the style elements the app writes (undefined in development). */
export function cspNonce(doc: Pick<Document, 'querySelector'> = document): string | undefined {
  const content = doc.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
  return content && content !== PLACEHOLDER ? content : undefined;
}
