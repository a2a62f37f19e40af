import { Button, Flex, Popconfirm } from 'antd';
import { CheckCircleOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../api/types';

interface Props {
  unit: UnitView;
  busy: boolean;
  onEdit: (unit: UnitView) => void;
  onSetActive: (unit: UnitView, active: boolean) => void;
}

/** Edit / deactivate / activate: rendered only for officers and admins. */
export function UnitActions({ unit, busy, onEdit, onSetActive }: Props) {
  const { t } = useTranslation();
  const name = unit.name ?? '';
  return (
    <Flex gap={4} wrap={false}>
      <Button
        size="small"
        icon={<EditOutlined />}
        onClick={() => onEdit(unit)}
        aria-label={t('units.editUnit', { name })}
        data-testid="unit-edit"
      >
        {t('units.edit')}
      </Button>
      {unit.active === false ? (
        <Popconfirm
          title={t('units.confirmActivate', { name })}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          onConfirm={() => onSetActive(unit, true)}
        >
          <Button size="small" icon={<CheckCircleOutlined />} loading={busy} data-testid="unit-activate">
            {t('units.activate')}
          </Button>
        </Popconfirm>
      ) : (
        <Popconfirm
          title={t('units.confirmDeactivate', { name })}
          description={t('units.confirmDeactivateHint')}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          okButtonProps={{ danger: true }}
          onConfirm={() => onSetActive(unit, false)}
        >
          <Button size="small" danger icon={<StopOutlined />} loading={busy} data-testid="unit-deactivate">
            {t('units.deactivate')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}
