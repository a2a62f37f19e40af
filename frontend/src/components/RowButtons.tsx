import { DeleteOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { CSSProperties } from 'react';

/** The delete button at the end of a row of a form list (clauses, targets, pledges, ratings, …). */
export function RemoveRowButton({
  label,
  onClick,
  style,
  testId,
  disabled,
}: {
  label: string;
  onClick: () => void;
  style?: CSSProperties;
  testId?: string;
  disabled?: boolean;
}) {
  return (
    <Button
      type="text"
      danger
      icon={<DeleteOutlined />}
      onClick={onClick}
      aria-label={label}
      style={style}
      data-testid={testId}
      disabled={disabled}
    />
  );
}
