import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HonoursRegistry } from '../awards/components/HonoursRegistry';

/** Sổ vàng công khai: the registry without cash, for anyone. */
export function PublicHonoursPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={3} style={{ marginBottom: 4 }}>
        {t('public.honoursTitle')}
      </Typography.Title>
      <HonoursRegistry open canExport={false} />
    </Flex>
  );
}
