import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartFontFor, CHART_FONT_FILE, readFace } from './chart-font';
import { chartSvg, rasterise, type ChartBlock } from './chart-image';

const bulletinChart: ChartBlock = {
  kind: 'chart', title: '地区生产总值(GDP)完成率',
  chart: {
    type: 'bar', unit: '%', categories: ['武昌区', '江岸区', '东湖高新区', '长江新区', 'Wuhan Economic Zone'],
    series: [{ name: '完成率', values: [75.2, 68.4, -3.5, 101.25, 12] }], markLine: { name: '时序进度', value: 75 },
  },
};

/** A picture of the given text alone, in the chart font. */
const textSvg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><text x="20" y="200" style="font-family:'WenQuanYi Micro Hei';font-size:120px">${text}</text></svg>`;

const whole = (svg: string) => rasterise(svg, [CHART_FONT_FILE]);

function withCut<T>(forText: string, fn: (file: string) => T): T {
  const font = chartFontFor(forText);
  try {
    return fn(font.files[0]!);
  } finally {
    font.dispose();
  }
}

describe('the chart font cut to a chart\'s glyphs', () => {
  it('draws the chart exactly as the whole font does, from a file a tenth of its size', () => {
    const svg = chartSvg(bulletinChart);
    withCut(svg, (file) => {
      expect(file).not.toBe(CHART_FONT_FILE);
      expect(fs.statSync(file).size).toBeLessThan(fs.statSync(CHART_FONT_FILE).size / 10);
      expect(rasterise(svg, [file]).equals(whole(svg))).toBe(true);
    });
  });

  it('keeps the outlines of the characters it was cut for and no others', () => {
    withCut(textSvg('武昌'), (file) => {
      expect(rasterise(textSvg('武昌'), [file]).equals(whole(textSvg('武昌')))).toBe(true);
      // 江 was not in the text: its glyph is empty in the cut, so the picture lacks it.
      expect(rasterise(textSvg('武江'), [file]).equals(whole(textSvg('武江')))).toBe(false);
      expect(rasterise(textSvg('江'), [file]).equals(rasterise(textSvg(''), [file]))).toBe(true);
    });
  });

  it('reads characters written as references in the SVG', () => {
    withCut('&#x6C5F;&#27494;', (file) => {
      expect(rasterise(textSvg('江武'), [file]).equals(whole(textSvg('江武')))).toBe(true);
    });
  });

  it('is a font the reader parses again, with the collection\'s first face and every glyph id kept', () => {
    const cut = withCut('武昌区', (file) => readFace(fs.readFileSync(file)));
    const original = readFace(fs.readFileSync(CHART_FONT_FILE));
    expect(cut).not.toBeNull();
    expect(cut!.numGlyphs).toBe(original!.numGlyphs);
    expect(cut!.glyphOf.get('武'.codePointAt(0)!)).toBe(original!.glyphOf.get('武'.codePointAt(0)!));
  });

  it('leaves no file behind once disposed', () => {
    const font = chartFontFor('武昌区');
    expect(fs.existsSync(font.files[0]!)).toBe(true);
    font.dispose();
    expect(fs.existsSync(font.files[0]!)).toBe(false);
  });
});
