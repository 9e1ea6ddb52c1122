import { readFileSync } from 'node:fs';
import path from 'node:path';
import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { documentTitle } from '../components/useDocumentTitle';
import { ACCESSIBLE_COMPONENTS, ACCESSIBLE_TOKENS, EMPTY_TEXT_COLOUR } from './theme';

/** WCAG 2.1 contrast ratio of a colour (#rrggbb or rgba(0, 0, 0, a) over the background) against a background. */
function contrast(colour: string, background: string): number {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const back = rgb(background);
  const alpha = /^rgba\(0, 0, 0, ([\d.]+)\)$/.exec(colour);
  const front = alpha ? back.map((c) => Math.round(c * (1 - Number(alpha[1])))) : rgb(colour);
  const luminance = (c: number[]) => {
    const [r, g, b] = c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [a, b] = [luminance(front), luminance(back)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

describe('the theme', () => {
  it('draws every text colour at 4.5:1 or more on white and on the page background', () => {
    const texts = ['colorPrimary', 'colorLink', 'colorInfo', 'colorSuccess', 'colorWarning', 'colorError',
      'colorTextSecondary', 'colorTextTertiary', 'colorTextDescription', 'colorTextPlaceholder'] as const;
    for (const key of texts) {
      expect(contrast(ACCESSIBLE_TOKENS[key], '#ffffff'), key).toBeGreaterThanOrEqual(4.5);
      if (key !== 'colorTextPlaceholder') expect(contrast(ACCESSIBLE_TOKENS[key], '#f5f5f5'), key).toBeGreaterThanOrEqual(4.5);
    }
    // antd's own blue and grey would not pass: the check can fail.
    expect(contrast('#1677ff', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('rgba(0, 0, 0, 0.45)', '#ffffff')).toBeLessThan(4.5);
  });

  it('draws the text of every preset-coloured and status tag at 4.5:1 or more on its tint', () => {
    const token = theme.getDesignToken({ token: ACCESSIBLE_TOKENS }) as unknown as Record<string, string>;
    const presets = ['red', 'volcano', 'orange', 'gold', 'yellow', 'lime', 'green', 'cyan', 'blue', 'geekblue', 'purple', 'magenta'];
    for (const c of presets) {
      expect(contrast(token[`${c}7`]!, token[`${c}1`]!), `${c}7 on ${c}1`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(token[`${c}7`]!, '#ffffff'), `${c}7 on white`).toBeGreaterThanOrEqual(4.5);
    }
    for (const status of ['Success', 'Warning', 'Error', 'Info']) {
      expect(contrast(token[`color${status}`]!, token[`color${status}Bg`]!), status).toBeGreaterThanOrEqual(4.5);
    }
    // The CSS variable the tags read (--ant-gold-7) is written from both names of the shade, the older last.
    for (const c of presets) expect(token[`${c}-7`], `${c}-7`).toBe(token[`${c}7`]);
    // antd's own gold tag would not pass: the check can fail.
    const plain = theme.getDesignToken() as unknown as Record<string, string>;
    expect(contrast(plain.gold7!, plain.gold1!)).toBeLessThan(4.5);
  });

  it("draws an empty table's and an empty list's text at 4.5:1 or more, not in the disabled grey", () => {
    const css = readFileSync(path.join(__dirname, 'signed-in.css'), 'utf8');
    expect(css).toMatch(new RegExp(`\\.ant-list-empty-text[^{]*\\{\\s*color: ${EMPTY_TEXT_COLOUR.replace(/[()]/g, '\\$&')};`));
    for (const [name, tokens] of Object.entries(ACCESSIBLE_COMPONENTS)) {
      for (const background of ['#ffffff', '#f5f5f5']) expect(contrast(tokens.colorTextDisabled, background), `${name} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
    // antd's disabled grey (25 % black) would not pass: the check can fail.
    expect((theme.getDesignToken() as unknown as Record<string, string>).colorTextDisabled).toBe('rgba(0,0,0,0.25)');
    expect(contrast('rgba(0, 0, 0, 0.25)', '#ffffff')).toBeLessThan(4.5);
  });

  it('names the browser tab after the page, then the app', () => {
    const format = (page: string, app: string) => `${page} - ${app}`;
    expect(documentTitle('指标目标', '宏图', format)).toBe('指标目标 - 宏图');
    expect(documentTitle('  ', '宏图', format)).toBe('宏图');
    expect(documentTitle(undefined, 'Hongtu', format)).toBe('Hongtu');
  });
});
