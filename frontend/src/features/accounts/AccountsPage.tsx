import { useMemo, useState } from 'react';
import { App, Button, Card, Flex, Grid } from 'antd';
import { ClearOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AccountView } from '../../api/types';
import { describeError } from '../../api/errors';
import { ErrorState } from '../../components/ErrorState';
import { ChoiceFilter, SearchFilter } from '../../components/ListFilters';
import { PageHeader } from '../../components/PageHeader';
import { UnitPicker } from '../../components/UnitPicker';
import { AccountFormModal } from './components/AccountFormModal';
import { AccountImportModal } from './components/AccountImportModal';
import { AccountList } from './components/AccountList';
import { filtersFromSearchParams, filtersToSearchParams, type AccountFilters } from './filters';
import { useAccounts, useInviteAgain, useSetAccountEnabled } from './hooks';
import { ACCOUNT_ROLES, roleKey } from './roles';

type Editor = { mode: 'create' } | { mode: 'edit'; account: AccountView } | { mode: 'import' };

/** Tài khoản: the accounts of the units the officer organizes (all of them for an admin). */
export function AccountsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const compact = !Grid.useBreakpoint().md;
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const setFilters = (next: AccountFilters) => setSearchParams(filtersToSearchParams(next), { replace: true });
  const patch = (p: Partial<AccountFilters>) => setFilters({ ...filters, page: 0, ...p });
  const list = useAccounts(filters);
  const setEnabled = useSetAccountEnabled();
  const invite = useInviteAgain();
  const [editor, setEditor] = useState<Editor | null>(null);
  const busyId = setEnabled.isPending ? setEnabled.variables?.id : invite.isPending ? invite.variables : undefined;
  const failed = (e: unknown) => message.error(t('accounts.messages.failed', { detail: describeError(e, t) }));

  const onSetEnabled = (account: AccountView, enabled: boolean) =>
    setEnabled.mutate(
      { id: account.id, enabled },
      {
        onSuccess: (a) =>
          message.success(
            t(enabled ? 'accounts.messages.activated' : 'accounts.messages.deactivated', { name: a.fullName }),
          ),
        onError: failed,
      },
    );
  const onInvite = (account: AccountView) =>
    invite.mutate(account.id, {
      onSuccess: (a) =>
        a.invitationError
          ? message.warning(t('accounts.messages.notInvited', { detail: a.invitationError }))
          : message.success(t('accounts.messages.invited', { email: a.email })),
      onError: failed,
    });

  const filtered = !!filters.q || !!filters.unitId || !!filters.role || filters.enabled !== undefined;
  const body = (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" data-testid="account-filters">
        <SearchFilter
          key={filters.q}
          value={filters.q}
          placeholder={t('accounts.searchPlaceholder')}
          onSearch={(q) => patch({ q })}
          testId="account-search"
        />
        <div style={{ flex: '1 1 240px', maxWidth: 360 }}>
          <UnitPicker
            value={filters.unitId ?? null}
            onChange={(v) => patch({ unitId: typeof v === 'string' ? v : undefined })}
            placeholder={t('accounts.unitFilter')}
            aria-label={t('accounts.unitFilter')}
            data-testid="account-unit-filter"
          />
        </div>
        <ChoiceFilter
          value={filters.role}
          placeholder={t('accounts.roleFilter')}
          onChange={(role) => patch({ role })}
          options={ACCOUNT_ROLES.map((r) => ({ value: r, label: t(roleKey(r)) }))}
          width={220}
        />
        <ChoiceFilter
          value={filters.enabled === undefined ? undefined : filters.enabled ? 'yes' : 'no'}
          placeholder={t('accounts.statusFilter')}
          onChange={(v) => patch({ enabled: v === undefined ? undefined : v === 'yes' })}
          options={[
            { value: 'yes', label: t('accounts.status.enabled') },
            { value: 'no', label: t('accounts.status.disabled') },
          ]}
          width={160}
        />
        {filtered && (
          <Button icon={<ClearOutlined />} onClick={() => setFilters({ q: '', page: 0, size: filters.size })}>
            {t('accounts.clearFilters')}
          </Button>
        )}
      </Flex>
      {list.isError && !list.data ? (
        <ErrorState
          compact
          title={t('accounts.listLoadError')}
          error={list.error}
          onRetry={() => void list.refetch()}
          testId="accounts-error"
        />
      ) : (
        <AccountList
          page={list.data}
          loading={list.isFetching}
          filters={filters}
          compact={compact}
          busyId={busyId}
          onPage={(page, size) => setFilters({ ...filters, page, size })}
          onEdit={(account) => setEditor({ mode: 'edit', account })}
          onSetEnabled={onSetEnabled}
          onInvite={onInvite}
        />
      )}
    </Flex>
  );

  return (
    <Flex vertical gap={16} data-testid="accounts-page">
      <PageHeader
        title={t('accounts.title')}
        subtitle={t('accounts.subtitle')}
        add={{ label: t('accounts.add'), onClick: () => setEditor({ mode: 'create' }), testId: 'account-add' }}
        extra={
          <Button
            icon={<FileExcelOutlined />}
            onClick={() => setEditor({ mode: 'import' })}
            data-testid="account-import"
          >
            {t('accounts.import.button')}
          </Button>
        }
      />
      {compact ? body : <Card>{body}</Card>}
      {editor?.mode === 'create' && <AccountFormModal unitId={filters.unitId} onClose={() => setEditor(null)} />}
      {editor?.mode === 'edit' && <AccountFormModal account={editor.account} onClose={() => setEditor(null)} />}
      {editor?.mode === 'import' && <AccountImportModal onClose={() => setEditor(null)} />}
    </Flex>
  );
}
