import { Select, Tag } from 'antd';
import { FIGURE_VINTAGE_LABELS } from '@hongtu/contracts';
import { FIGURE_VINTAGES, isFigureVintage, type FigureVintage } from '@hongtu/domain';
import { useLanguage } from '../../auth/public';

/** 快报 grey, 初步核算 blue, 核实 green, 年报 gold: the further settled, the warmer. */
const COLOURS: Record<FigureVintage, string> = { flash: 'default', preliminary: 'blue', verified: 'green', annual: 'gold' };

/** A figure's vintage (docs/DOMAIN.md "Vintages") as a tag. */
export function VintageTag({ vintage }: { vintage: string }) {
  const { language } = useLanguage();
  if (!isFigureVintage(vintage)) return <Tag>{vintage}</Tag>;
  return <Tag color={COLOURS[vintage]} style={{ marginInlineEnd: 0 }}>{FIGURE_VINTAGE_LABELS[vintage][language]}</Tag>;
}

/**
 * The vintage chosen for a figure. Every vintage is offered: an earlier one than stored is refused
 * by the server unless the city granted a revision, and the refusal is shown on the field.
 */
export function VintageSelect({ value, label, error, onChange }: { value: string; label: string; error?: string; onChange: (value: string) => void }) {
  const { language } = useLanguage();
  return (
    <Select
      size="small"
      value={value}
      aria-label={label}
      status={error ? 'error' : undefined}
      title={error}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      options={FIGURE_VINTAGES.map((v) => ({ value: v, label: FIGURE_VINTAGE_LABELS[v][language] }))}
      onChange={onChange}
    />
  );
}
