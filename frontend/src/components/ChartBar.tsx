import { Flex, Progress, Typography } from 'antd';

/** part of whole in percent, one decimal. */
export const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part * 1000) / whole) / 10 : 0);

/** A labelled horizontal bar: value of total (a simple chart that reads on a phone). */
export function ChartBar({
  label,
  value,
  total,
  color,
  showTotal = true,
}: {
  label: string;
  value: number;
  total: number;
  color: string;
  showTotal?: boolean;
}) {
  return (
    <div>
      <Flex justify="space-between" gap={8}>
        <Typography.Text style={{ minWidth: 0 }}>{label}</Typography.Text>
        <Typography.Text strong>{showTotal ? `${value}/${total}` : value}</Typography.Text>
      </Flex>
      <Progress percent={pct(value, total)} strokeColor={color} showInfo={false} aria-label={label} />
    </div>
  );
}
