import { Button, Flex, Popconfirm } from 'antd';
import { CheckCircleOutlined, EditOutlined, MailOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../api/types';

interface Props {
  account: AccountView;
  busy: boolean;
  onEdit: (account: AccountView) => void;
  onSetEnabled: (account: AccountView, enabled: boolean) => void;
  onInvite: (account: AccountView) => void;
}

/** Edit or re-assign, send the invitation again, lock or unlock. */
export function AccountActions({ account, busy, onEdit, onSetEnabled, onInvite }: Props) {
  const { t } = useTranslation();
  const name = account.fullName;
  return (
    <Flex gap={4} wrap>
      <Button
        size="small"
        icon={<EditOutlined />}
        onClick={() => onEdit(account)}
        aria-label={t('accounts.editAccount', { name })}
        data-testid="account-edit"
      >
        {t('accounts.edit')}
      </Button>
      {account.enabled && (
        <Popconfirm
          title={t('accounts.confirmInvite', { email: account.email })}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          onConfirm={() => onInvite(account)}
        >
          <Button size="small" icon={<MailOutlined />} loading={busy} data-testid="account-invite">
            {t('accounts.invite')}
          </Button>
        </Popconfirm>
      )}
      {account.enabled ? (
        <Popconfirm
          title={t('accounts.confirmDeactivate', { name })}
          description={t('accounts.confirmDeactivateHint')}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          okButtonProps={{ danger: true }}
          onConfirm={() => onSetEnabled(account, false)}
        >
          <Button size="small" danger icon={<StopOutlined />} loading={busy} data-testid="account-deactivate">
            {t('accounts.deactivate')}
          </Button>
        </Popconfirm>
      ) : (
        <Popconfirm
          title={t('accounts.confirmActivate', { name })}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          onConfirm={() => onSetEnabled(account, true)}
        >
          <Button size="small" icon={<CheckCircleOutlined />} loading={busy} data-testid="account-activate">
            {t('accounts.activate')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}
