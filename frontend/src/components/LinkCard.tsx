import type { ReactNode } from 'react';
import { Card, Flex } from 'antd';
import { Link, useNavigate } from 'react-router';

/**
 * A record in a phone's list: a tap anywhere on the card opens it, and its title is a real link, the one a keyboard
 * reaches and a screen reader announces.
 */
export function LinkCard({
  to,
  title,
  testId,
  children,
}: {
  to: string;
  title: ReactNode;
  testId?: string;
  children?: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Card size="small" hoverable onClick={() => navigate(to)} data-testid={testId}>
      <Flex vertical gap={4}>
        <Link to={to} onClick={(e) => e.stopPropagation()} className="link-card-title">
          {title}
        </Link>
        {children}
      </Flex>
    </Card>
  );
}
