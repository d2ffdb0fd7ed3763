const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]!);
}

/** Only http(s) links from rule metadata become `href`s; anything else is dropped rather than trusted. */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** A link, or plain text when there is no usable URL. */
export function link(url: string | undefined, text: string, className?: string): string {
  const href = safeUrl(url);
  const classAttr = className ? ` class="${className}"` : '';
  return href ? `<a${classAttr} href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : `<span${classAttr}>${escapeHtml(text)}</span>`;
}

/** Rule messages and descriptions quote code in backticks, as Markdown does; in HTML those spans become `<code>`. */
export function codeSpansHtml(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
    .join('');
}
