import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { useDocumentTitle } from './useDocumentTitle';

interface PageHeaderProps {
  title: ReactNode;
  /** The browser tab's name when the title is not plain text. */
  documentTitle?: string;
  subtitle?: ReactNode;
  extra?: ReactNode;
}

/** The title row of a page, with its actions on the right; the browser tab is named after it. */
export function PageHeader({ title, subtitle, extra, documentTitle }: PageHeaderProps) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </div>
      {extra ? <Flex gap={8} wrap>{extra}</Flex> : null}
    </Flex>
  );
}
