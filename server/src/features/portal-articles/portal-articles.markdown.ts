// Markdown → the HTML the portal shows: markdown-it with raw HTML off (typed tags come out as text),
// links and images kept only when http(s) or relative (javascript:, data: … dropped), external
// links opened without handing over the page (rel="noopener noreferrer").
import MarkdownIt from 'markdown-it';
import { isSafeArticleUrl } from '@hongtu/domain';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
md.validateLink = (url: string) => isSafeArticleUrl(url);

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx]!.attrGet('href') ?? '';
  if (/^https?:\/\//i.test(href)) tokens[idx]!.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Safe HTML of an article's Markdown body. */
export function renderArticleMarkdown(markdown: string): string {
  return md.render(markdown);
}
