import type { ReactNode } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Typography } from 'antd';

interface AddAction {
  label: string;
  onClick: () => void;
  testId: string;
}

/**
 * A list page's title, what it is for, its one "add" action and any other of its own actions (each full width on a
 * phone).
 */
export function PageHeader({
  title,
  subtitle,
  add,
  extra,
}: {
  title: string;
  subtitle: string;
  add?: AddAction;
  extra?: ReactNode;
}) {
  const compact = !Grid.useBreakpoint().md;
  return (
    <Flex justify="space-between" align="flex-start" gap={12} wrap>
      <div style={{ minWidth: 0, flex: '1 1 280px' }}>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">{subtitle}</Typography.Text>
      </div>
      {(add || extra) && (
        <Flex gap={8} vertical={compact} style={compact ? { width: '100%' } : undefined}>
          {extra}
          {add && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={add.onClick}
              block={compact}
              data-testid={add.testId}
            >
              {add.label}
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  );
}
