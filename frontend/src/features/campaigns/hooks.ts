import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CampaignInput, ExemplarSelection, RegistrationInput, ReportInput, ReviewInput } from '../../api/types';
import { isApiError } from '../../api/problem';
import * as campaignsApi from './api';
import type { CampaignFilters } from './api';

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: (f: CampaignFilters) => ['campaigns', 'list', f] as const,
  mine: ['campaigns', 'mine'] as const,
  detail: (id: string) => ['campaigns', id] as const,
  revisions: (id: string) => ['campaigns', id, 'revisions'] as const,
  registration: (id: string) => ['campaigns', id, 'registration'] as const,
  progress: (id: string) => ['campaigns', id, 'registrations'] as const,
  reports: (id: string) => ['campaigns', id, 'reports'] as const,
  reviews: (id: string) => ['campaigns', id, 'reviews'] as const,
  dashboard: (id: string) => ['campaigns', id, 'dashboard'] as const,
  honours: (id: string) => ['campaigns', id, 'honours'] as const,
};

export function useCampaigns(filters: CampaignFilters, enabled = true) {
  return useQuery({
    queryKey: campaignKeys.list(filters),
    queryFn: () => campaignsApi.fetchCampaigns(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMyCampaigns(enabled: boolean) {
  return useQuery({ queryKey: campaignKeys.mine, queryFn: campaignsApi.fetchMyCampaigns, enabled });
}

export function useCampaign(id: string) {
  return useQuery({ queryKey: campaignKeys.detail(id), queryFn: () => campaignsApi.fetchCampaign(id) });
}

export function useRevisions(id: string, enabled: boolean) {
  return useQuery({ queryKey: campaignKeys.revisions(id), queryFn: () => campaignsApi.fetchRevisions(id), enabled });
}

/** The unit's registration, or null before it prepared one (404). */
export function useMyRegistration(id: string, enabled: boolean) {
  return useQuery({
    queryKey: campaignKeys.registration(id),
    enabled,
    queryFn: async () => {
      try {
        return await campaignsApi.fetchMyRegistration(id);
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useRegistrationProgress(id: string, enabled: boolean) {
  return useQuery({
    queryKey: campaignKeys.progress(id),
    queryFn: () => campaignsApi.fetchRegistrationProgress(id),
    enabled,
  });
}

export function useReports(id: string) {
  return useQuery({ queryKey: campaignKeys.reports(id), queryFn: () => campaignsApi.fetchReports(id) });
}

export function useReviews(id: string) {
  return useQuery({ queryKey: campaignKeys.reviews(id), queryFn: () => campaignsApi.fetchReviews(id) });
}

export function useDashboard(id: string, enabled: boolean) {
  return useQuery({ queryKey: campaignKeys.dashboard(id), queryFn: () => campaignsApi.fetchDashboard(id), enabled });
}

export function useHonours(id: string) {
  return useQuery({ queryKey: campaignKeys.honours(id), queryFn: () => campaignsApi.fetchHonours(id) });
}

/** Every change to a campaign refreshes all that is shown of it. */
function useCampaignMutation<V, R>(id: string | undefined, fn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: id ? campaignKeys.detail(id) : campaignKeys.all }),
  });
}

export function useCreateCampaign() {
  return useCampaignMutation(undefined, (body: CampaignInput) => campaignsApi.createCampaign(body));
}

export function useUpdateCampaign(id: string) {
  return useCampaignMutation(id, (body: CampaignInput) => campaignsApi.updateCampaign(id, body));
}

export function useLaunchCampaign(id: string) {
  return useCampaignMutation(id, () => campaignsApi.launchCampaign(id));
}

export function useSaveRegistration(id: string) {
  return useCampaignMutation(id, (body: RegistrationInput) => campaignsApi.saveRegistration(id, body));
}

export function useSubmitRegistration(id: string) {
  return useCampaignMutation(id, () => campaignsApi.submitRegistration(id));
}

export function useSaveReport(id: string) {
  return useCampaignMutation(id, ({ period, body }: { period: number; body: ReportInput }) =>
    campaignsApi.saveReport(id, period, body),
  );
}

export function useOpenReview(id: string) {
  return useCampaignMutation(id, (body: ReviewInput) => campaignsApi.openReview(id, body));
}

export function useSelectExemplars(id: string) {
  return useCampaignMutation(id, ({ reviewId, body }: { reviewId: string; body: ExemplarSelection }) =>
    campaignsApi.selectExemplars(id, reviewId, body),
  );
}

export function useCloseReview(id: string) {
  return useCampaignMutation(id, (reviewId: string) => campaignsApi.closeReview(id, reviewId));
}
