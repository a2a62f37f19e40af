import { Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { CardList } from '../../../components/CardList';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { AccountView, PageAccountView } from '../../../api/types';
import { formatDateTime } from '../../../lib/format';
import type { AccountFilters } from '../filters';
import { listPagination } from '../../../lib/paging';
import { roleKey } from '../roles';
import { AccountActions } from './AccountActions';

interface Props {
  page: PageAccountView | undefined;
  loading: boolean;
  filters: AccountFilters;
  compact: boolean;
  busyId?: string;
  onPage: (page: number, size: number) => void;
  onEdit: (account: AccountView) => void;
  onSetEnabled: (account: AccountView, enabled: boolean) => void;
  onInvite: (account: AccountView) => void;
}

/** The paged account list: a table on wide screens, cards on a phone. */
export function AccountList({ page, loading, filters, compact, busyId, onPage, ...actions }: Props) {
  const { t } = useTranslation();
  const items = page?.items ?? [];
  const total = page?.total ?? items.length;
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accounts.listEmpty')} data-testid="accounts-empty" />
  );
  const pagination = listPagination(filters, total, compact, (n) => t('accounts.total', { count: n }), onPage);

  const who = (a: AccountView) => (
    <Flex vertical style={{ minWidth: 0 }}>
      <Typography.Text strong delete={!a.enabled} data-testid="account-name">
        {a.fullName}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
        {a.username}
        {a.email ? ` · ${a.email}` : ''}
      </Typography.Text>
    </Flex>
  );
  const roles = (a: AccountView) => (
    <Flex gap={4} wrap>
      {a.roles.map((r) => (
        <Tag key={r} color="blue">
          {t(roleKey(r))}
        </Tag>
      ))}
    </Flex>
  );
  const status = (a: AccountView) => {
    if (!a.enabled) return <Tag data-testid="account-status">{t('accounts.status.disabled')}</Tag>;
    if (a.invitationError)
      return (
        <Tooltip title={a.invitationError}>
          <Tag color="error" data-testid="account-status">
            {t('accounts.status.notInvited')}
          </Tag>
        </Tooltip>
      );
    return (
      <Flex vertical>
        <Tag color="success" data-testid="account-status" style={{ width: 'fit-content' }}>
          {t('accounts.status.enabled')}
        </Tag>
        {a.invitedAt && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('accounts.invitedAt', { at: formatDateTime(a.invitedAt) })}
          </Typography.Text>
        )}
      </Flex>
    );
  };
  const unit = (a: AccountView) => (
    <Flex vertical>
      <span>{a.unit?.name ?? '—'}</span>
      {a.position && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {a.position}
        </Typography.Text>
      )}
    </Flex>
  );
  // the secretariat's accounts, and one's own, are managed by an admin: no buttons that would be refused
  const buttons = (a: AccountView) =>
    a.manageable ? <AccountActions account={a} busy={busyId === a.id} {...actions} /> : null;

  if (compact) {
    return (
      <CardList
        items={items}
        loading={loading}
        empty={empty}
        pagination={pagination}
        rowKey={(a) => a.id}
        rowTestId="account-row"
        testId="account-list"
      >
        {(a) => (
          <>
            {who(a)}
            {unit(a)}
            {roles(a)}
            {status(a)}
            {buttons(a)}
          </>
        )}
      </CardList>
    );
  }

  const columns: ColumnsType<AccountView> = [
    { key: 'who', title: t('accounts.columns.who'), render: (_, a) => who(a) },
    { key: 'unit', title: t('accounts.columns.unit'), render: (_, a) => unit(a) },
    { key: 'roles', title: t('accounts.columns.roles'), render: (_, a) => roles(a), responsive: ['lg'] },
    { key: 'status', title: t('accounts.columns.status'), render: (_, a) => status(a) },
    { key: 'actions', title: t('accounts.columns.actions'), render: (_, a) => buttons(a) },
  ];
  return (
    <Table<AccountView>
      size="middle"
      columns={columns}
      dataSource={items}
      rowKey="id"
      loading={loading}
      locale={{ emptyText: empty }}
      pagination={pagination}
      onRow={() => ({ 'data-testid': 'account-row' }) as React.HTMLAttributes<HTMLElement>}
      data-testid="account-list"
    />
  );
}
