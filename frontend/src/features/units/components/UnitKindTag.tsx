import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { unitKindColor, unitKindLabelKey } from '../kinds';

export function UnitKindTag({ kind }: { kind: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Tag color={unitKindColor(kind)} style={{ marginInlineEnd: 0 }} data-testid="unit-kind">
      {t(unitKindLabelKey(kind))}
    </Tag>
  );
}

export function UnitStatusTag({ active }: { active: boolean | null | undefined }) {
  const { t } = useTranslation();
  return active === false ? (
    <Tag color="default" style={{ marginInlineEnd: 0 }} data-testid="unit-status">
      {t('units.statusInactive')}
    </Tag>
  ) : (
    <Tag color="success" style={{ marginInlineEnd: 0 }} data-testid="unit-status">
      {t('units.statusActive')}
    </Tag>
  );
}
