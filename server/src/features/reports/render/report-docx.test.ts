import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { chartOption, chartPng, chartSvg, CHART_FONT } from './chart-image';
import { renderReportDocx } from './report-docx';
import { wuchangBulletin } from './render.fixtures';

const open = async (buffer: Buffer) => {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing`);
    return file.async('string');
  };
  return { zip, part };
};

describe('renderReportDocx (GB/T 9704 layout)', () => {
  it('sets A4, the 公文 margins and a grid of 22 lines of 28 characters', async () => {
    const { part } = await open(await renderReportDocx(wuchangBulletin()));
    const xml = await part('word/document.xml');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // 37 mm top, 26 mm right, 35 mm bottom, 28 mm left, in twips.
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    // 225 mm / 22 lines = 579 twips; 156 mm / 28 characters = 15.79 pt, 0.21 pt under 3号 → -848.
    expect(xml).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"/>');
  });

  it('writes the title in 方正小标宋简体 2号, the body in 仿宋_GB2312 3号, headings in 黑体 and 楷体_GB2312', async () => {
    const { part } = await open(await renderReportDocx(wuchangBulletin()));
    const xml = await part('word/document.xml');
    const runOf = (text: string) => {
      const at = xml.indexOf(`>${text}</w:t>`);
      expect(at).toBeGreaterThan(0);
      return xml.slice(xml.lastIndexOf('<w:r>', at), at);
    };
    const title = runOf('武昌区2022年1-9月经济运行简报');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(xml.slice(xml.lastIndexOf('<w:p>', xml.indexOf('武昌区2022年1-9月经济运行简报')), xml.indexOf('武昌区2022年1-9月经济运行简报'))).toContain('<w:jc w:val="center"/>');
    const body = runOf('1202亿元');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(runOf('一、总体情况')).toContain('w:eastAsia="黑体"');
    expect(runOf('（一）重大项目')).toContain('w:eastAsia="楷体_GB2312"');
    // The issuer and the date line close the text.
    expect(xml.indexOf('>武昌区发展和改革局<')).toBeGreaterThan(xml.indexOf('完成目标进度'));
    expect(xml).toContain('>2022年10月20日<');
  });

  it('names fallbacks for the official fonts in the font table', async () => {
    const { part } = await open(await renderReportDocx(wuchangBulletin()));
    const fonts = await part('word/fontTable.xml');
    for (const name of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312', '宋体']) {
      expect(fonts).toMatch(new RegExp(`<w:font w:name="${name}"><w:altName w:val="[^"]*WenQuanYi Micro Hei"/>`));
    }
  });

  it('numbers pages "— 1 —" in 4号 宋体, odd pages right and even pages left', async () => {
    const { zip, part } = await open(await renderReportDocx(wuchangBulletin()));
    const xml = await part('word/document.xml');
    const settings = await part('word/settings.xml');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const footerId = (type: string) => new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(xml)![1];
    const rels = await part('word/_rels/document.xml.rels');
    const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    const odd = await zip.file(`word/${target(footerId('default'))}`)!.async('string');
    const even = await zip.file(`word/${target(footerId('even'))}`)!.async('string');
    for (const footer of [odd, even]) {
      expect(footer).toContain('PAGE');
      expect(footer).toContain('>— </w:t>');
      expect(footer).toContain('> —</w:t>');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
  });

  it('marks a provisional report 初步数据 under its title and in the header; a final one nowhere', async () => {
    const provisional = await open(await renderReportDocx(wuchangBulletin({ provisional: true })));
    const xml = await provisional.part('word/document.xml');
    expect(xml.indexOf('（初步数据）')).toBeGreaterThan(xml.indexOf('武昌区2022年1-9月经济运行简报'));
    expect(xml.indexOf('（初步数据）')).toBeLessThan(xml.indexOf('一、总体情况'));
    const headers = provisional.zip.file(/^word\/header\d+\.xml$/);
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(await header.async('string')).toContain('初步数据');

    const final = await open(await renderReportDocx(wuchangBulletin()));
    expect(await final.part('word/document.xml')).not.toContain('初步数据');
    expect(final.zip.file(/^word\/header\d+\.xml$/)).toHaveLength(0);
  });

  it('repeats the header row of tables and shades red and yellow card cells', async () => {
    const { part } = await open(await renderReportDocx(wuchangBulletin()));
    const xml = await part('word/document.xml');
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(2); // the indicators and the appendix
    for (const table of tables) expect(table).toMatch(/^<w:tbl>[\s\S]*?<w:tr><w:trPr>[^]*?<w:tblHeader\/>/);
    const cell = (text: string) => {
      const at = tables[0]!.indexOf(`>${text}</w:t>`);
      return tables[0]!.slice(tables[0]!.lastIndexOf('<w:tc>', at), at);
    };
    expect(cell('红牌')).toContain('w:fill="F4B6B6"');
    expect(cell('黄牌')).toContain('w:fill="FFE699"');
    expect(cell('良好')).not.toContain('w:fill');
  });

  it('writes text that looks like a formula or markup as literal text', async () => {
    const buffer = await renderReportDocx(wuchangBulletin({ issuer: '<b>武昌区</b> & "发改局"' }));
    const { part } = await open(buffer);
    const xml = await part('word/document.xml');
    expect(xml).toContain('>=1+1</w:t>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/<w:fldSimple|<w:instrText[^>]*>[^<]*=1\+1/);
    const { value } = await mammoth.extractRawText({ buffer });
    expect(value).toContain('<script>alert(1)</script>');
    expect(value).toContain('<b>武昌区</b> & "发改局"');
    expect(value).toContain('@SUM(A1)');
  });

  it('ends with the appendix of sources: unit, indicator, measure, value and where each number comes from', async () => {
    const buffer = await renderReportDocx(wuchangBulletin());
    const { value } = await mammoth.extractRawText({ buffer });
    const appendix = value.slice(value.indexOf('数据来源表'));
    expect(value.indexOf('数据来源表')).toBeGreaterThan(value.indexOf('2022年10月20日'));
    const cells = appendix.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const label of ['序号', '单位', '指标', '口径', '数值', '来源']) expect(cells).toContain(label);
    expect(cells).toContain('1202亿元');
    expect(cells).toContain('报送第 311 号第 2 版，市发改委 王审核 2022-10-14 09:20 审核通过');
    expect(cells).toContain('计算：1-9月累计值 ÷ 年度目标 × 100（据序号 6、7）');
    expect(cells.filter((c) => c === '武昌区')).toHaveLength(8);
  });

  it('renders a document of text only, without an appendix when it has no sources', async () => {
    const doc = wuchangBulletin({ blocks: [{ kind: 'paragraph', runs: [{ text: '本月无新增数据。' }] }], sources: [] });
    const buffer = await renderReportDocx(doc);
    const { value } = await mammoth.extractRawText({ buffer });
    expect(value).toContain('本月无新增数据。');
    expect(value).not.toContain('数据来源表');
    expect((await JSZip.loadAsync(buffer)).file(/^word\/media\//)).toHaveLength(0);
  });

  it('embeds each chart as a PNG image', async () => {
    const twoCharts = wuchangBulletin();
    twoCharts.blocks.push({ ...twoCharts.blocks.find((b) => b.kind === 'chart')!, title: '各月增速' });
    const { zip, part } = await open(await renderReportDocx(twoCharts));
    const media = zip.file(/^word\/media\/.+\.png$/);
    expect(media).toHaveLength(2);
    const png = await media[0]!.async('nodebuffer');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect((await part('word/document.xml')).match(/<pic:pic /g)).toHaveLength(2);
  });
});

describe('charts drawn on the server', () => {
  const chart = (title: string, categories: string[]) => ({
    kind: 'chart' as const, title,
    chart: { type: 'bar' as const, categories, unit: '%', series: [{ name: '增速', values: [4.5, 3.2] }] },
  });

  it('keeps the reference line in view when it lies beyond every value', () => {
    const block = chart('各区增速与时序进度', ['武昌区', '江岸区']);
    const option = chartOption({ ...block, chart: { ...block.chart, markLine: { name: '时序进度', value: 75 } } }) as { yAxis: { max: (e: { max: number }) => number } };
    expect(option.yAxis.max({ max: 4.5 })).toBe(75);
    expect(option.yAxis.max({ max: 80 })).toBe(80);
    expect(chartSvg({ ...block, chart: { ...block.chart, markLine: { name: '时序进度', value: 75 } } })).toContain('时序进度 75');
  });

  it('names the CJK font of the machine in the SVG', () => {
    const svg = chartSvg(chart('各区GDP增速', ['武昌区', '江岸区']));
    expect(svg).toContain(CHART_FONT);
    expect(svg).toContain('武昌区');
  });

  it('draws Chinese characters as glyphs: different names give different pictures', () => {
    // Missing glyphs would all be the same box (or nothing), so the two pictures would be equal.
    const a = chartPng(chart('武昌区增速', ['武昌区', '江岸区']));
    const b = chartPng(chart('洪山区产值', ['硚口区', '汉阳区']));
    expect(a.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(a.equals(b)).toBe(false);
    const same = chartPng(chart('武昌区增速', ['武昌区', '江岸区']));
    expect(a.equals(same)).toBe(true);
  });
});
