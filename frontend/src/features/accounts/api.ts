import { api, unwrap, uploadFile } from '../../api/client';
import type {
  AccountImportResult,
  AccountRoleOption,
  AccountUpdate,
  AccountView,
  NewAccount,
  PageAccountView,
} from '../../api/types';
import type { AccountFilters } from './filters';

export function fetchAccounts(f: AccountFilters) {
  return unwrap<PageAccountView>(
    api.GET('/api/v1/accounts', {
      params: {
        query: {
          q: f.q.trim() || undefined,
          unitId: f.unitId,
          role: f.role,
          enabled: f.enabled,
          page: f.page,
          size: f.size,
          sort: 'fullName',
        },
      },
    }),
  );
}

export const fetchAccount = (id: string) =>
  unwrap<AccountView>(api.GET('/api/v1/accounts/{id}', { params: { path: { id } } }));

export const fetchRoleOptions = () => unwrap<AccountRoleOption[]>(api.GET('/api/v1/accounts/roles'));

export const createAccount = (body: NewAccount) => unwrap<AccountView>(api.POST('/api/v1/accounts', { body }));

export const updateAccount = (id: string, body: AccountUpdate) =>
  unwrap<AccountView>(api.PUT('/api/v1/accounts/{id}', { params: { path: { id } }, body }));

export function setAccountEnabled(id: string, enabled: boolean) {
  return enabled
    ? unwrap<AccountView>(api.POST('/api/v1/accounts/{id}/activate', { params: { path: { id } } }))
    : unwrap<AccountView>(api.POST('/api/v1/accounts/{id}/deactivate', { params: { path: { id } } }));
}

export const inviteAgain = (id: string) =>
  unwrap<AccountView>(api.POST('/api/v1/accounts/{id}/invitation', { params: { path: { id } } }));

export const importAccounts = (file: File) => uploadFile<AccountImportResult>('/api/v1/accounts/import', file);
