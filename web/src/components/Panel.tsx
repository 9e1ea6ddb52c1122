import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { theme } from 'antd';

interface PanelProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  title?: ReactNode;
  /** What goes at the right of the title row. */
  extra?: ReactNode;
  /** antd Card's small size: less padding. */
  size?: 'default' | 'small';
  /** The body's own style (its padding, a shadow). */
  bodyStyle?: CSSProperties;
}

/**
 * A framed section with an optional title row, drawn as antd's Card is (same tokens) but without its
 * code: Card brings antd Tabs (for its tab list) and Skeleton (for its loading state), which the
 * dashboards do not use and would load first (scripts/web-size.mjs).
 */
export function Panel({ title, extra, size = 'default', bodyStyle, style, children, ...rest }: PanelProps) {
  const { token } = theme.useToken();
  const padding = size === 'small' ? token.paddingSM : token.paddingLG;
  const border = `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`;
  return (
    <section className="hongtu-panel" style={{ background: token.colorBgContainer, border, borderRadius: token.borderRadiusLG, color: token.colorText, ...style }} {...rest}>
      {title || extra ? (
        <div style={{ display: 'flex', alignItems: 'center', gap: token.marginXS, minHeight: size === 'small' ? 38 : 56, padding: `0 ${padding}px`, borderBottom: border }}>
          <div style={{ flex: 1, minWidth: 0, fontWeight: token.fontWeightStrong, fontSize: size === 'small' ? token.fontSize : token.fontSizeLG, color: token.colorTextHeading }}>{title}</div>
          {extra ? <div style={{ marginInlineStart: 'auto' }}>{extra}</div> : null}
        </div>
      ) : null}
      <div style={{ padding, ...bodyStyle }}>{children}</div>
    </section>
  );
}
