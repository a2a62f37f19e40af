import type { ReactNode } from 'react';
import { Card, Flex, Pagination, Spin, type PaginationProps } from 'antd';

interface Props<T> {
  items: readonly T[];
  loading: boolean;
  /** what an empty list says */
  empty: ReactNode;
  pagination: PaginationProps & { total: number };
  rowKey: (item: T) => string;
  rowTestId: string;
  testId: string;
  /** the body of one item's card */
  children: (item: T) => ReactNode;
}

/** A paged list on a phone: one card per item, stacked, with a small pager under them. */
export function CardList<T>({ items, loading, empty, pagination, rowKey, rowTestId, testId, children }: Props<T>) {
  return (
    <Flex vertical gap={8} data-testid={testId}>
      <Spin spinning={loading}>
        {items.length === 0 && !loading ? (
          empty
        ) : (
          <Flex vertical gap={8}>
            {items.map((item) => (
              <Card key={rowKey(item)} size="small" data-testid={rowTestId}>
                <Flex vertical gap={6}>
                  {children(item)}
                </Flex>
              </Card>
            ))}
          </Flex>
        )}
      </Spin>
      {pagination.total > 0 && <Pagination {...pagination} size="small" simple align="center" />}
    </Flex>
  );
}
