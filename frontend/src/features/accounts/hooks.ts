import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountUpdate, NewAccount } from '../../api/types';
import {
  createAccount,
  fetchAccounts,
  fetchRoleOptions,
  importAccounts,
  inviteAgain,
  setAccountEnabled,
  updateAccount,
} from './api';
import type { AccountFilters } from './filters';

export const accountKeys = {
  all: ['accounts'] as const,
  list: (f: AccountFilters) => ['accounts', 'list', f] as const,
  roles: ['accounts', 'roles'] as const,
};

export function useAccounts(filters: AccountFilters) {
  return useQuery({
    queryKey: accountKeys.list(filters),
    queryFn: () => fetchAccounts(filters),
    placeholderData: keepPreviousData,
  });
}

export function useRoleOptions() {
  return useQuery({ queryKey: accountKeys.roles, queryFn: fetchRoleOptions, staleTime: Infinity });
}

function useAccountMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: accountKeys.all }) });
}

export const useCreateAccount = () => useAccountMutation((body: NewAccount) => createAccount(body));
export const useUpdateAccount = () =>
  useAccountMutation(({ id, body }: { id: string; body: AccountUpdate }) => updateAccount(id, body));
export const useSetAccountEnabled = () =>
  useAccountMutation(({ id, enabled }: { id: string; enabled: boolean }) => setAccountEnabled(id, enabled));
export const useInviteAgain = () => useAccountMutation((id: string) => inviteAgain(id));
export const useImportAccounts = () => useAccountMutation((file: File) => importAccounts(file));
