import { api, unwrap } from '../../api/client';
import type {
  CampaignDashboard,
  CampaignHonour,
  CampaignInput,
  CampaignRevision,
  CampaignView,
  ExemplarSelection,
  PageCampaignView,
  ProgressReport,
  Registration,
  RegistrationInput,
  RegistrationProgress,
  ReportInput,
  Review,
  ReviewInput,
  UnitCampaign,
} from '../../api/types';

export interface CampaignFilters {
  q: string;
  page: number;
  size: number;
}

export function fetchCampaigns(f: CampaignFilters) {
  return unwrap<PageCampaignView>(
    api.GET('/api/v1/campaigns', {
      params: { query: { q: f.q.trim() || undefined, page: f.page, size: f.size, sort: '-startsOn' } },
    }),
  );
}

export function fetchMyCampaigns() {
  return unwrap<UnitCampaign[]>(api.GET('/api/v1/campaigns/mine'));
}

export function fetchCampaign(id: string) {
  return unwrap<CampaignView>(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } }));
}

export function fetchRevisions(id: string) {
  return unwrap<CampaignRevision[]>(api.GET('/api/v1/campaigns/{id}/revisions', { params: { path: { id } } }));
}

export function createCampaign(body: CampaignInput) {
  return unwrap<CampaignView>(api.POST('/api/v1/campaigns', { body }));
}

export function updateCampaign(id: string, body: CampaignInput) {
  return unwrap<CampaignView>(api.PUT('/api/v1/campaigns/{id}', { params: { path: { id } }, body }));
}

export function launchCampaign(id: string) {
  return unwrap<CampaignView>(api.POST('/api/v1/campaigns/{id}/launch', { params: { path: { id } } }));
}

export function fetchMyRegistration(campaignId: string) {
  return unwrap<Registration>(
    api.GET('/api/v1/campaigns/{campaignId}/registrations/mine', { params: { path: { campaignId } } }),
  );
}

export function saveRegistration(campaignId: string, body: RegistrationInput) {
  return unwrap<Registration>(
    api.PUT('/api/v1/campaigns/{campaignId}/registrations/mine', { params: { path: { campaignId } }, body }),
  );
}

export function submitRegistration(campaignId: string) {
  return unwrap<Registration>(
    api.POST('/api/v1/campaigns/{campaignId}/registrations/mine/submit', { params: { path: { campaignId } } }),
  );
}

export function fetchRegistrationProgress(campaignId: string) {
  return unwrap<RegistrationProgress[]>(
    api.GET('/api/v1/campaigns/{campaignId}/registrations', { params: { path: { campaignId } } }),
  );
}

export function fetchReports(campaignId: string) {
  return unwrap<ProgressReport[]>(
    api.GET('/api/v1/campaigns/{campaignId}/reports', { params: { path: { campaignId } } }),
  );
}

export function saveReport(campaignId: string, period: number, body: ReportInput) {
  return unwrap<ProgressReport>(
    api.PUT('/api/v1/campaigns/{campaignId}/reports/mine/{period}', { params: { path: { campaignId, period } }, body }),
  );
}

export function fetchReviews(campaignId: string) {
  return unwrap<Review[]>(api.GET('/api/v1/campaigns/{campaignId}/reviews', { params: { path: { campaignId } } }));
}

export function openReview(campaignId: string, body: ReviewInput) {
  return unwrap<Review>(api.POST('/api/v1/campaigns/{campaignId}/reviews', { params: { path: { campaignId } }, body }));
}

export function selectExemplars(campaignId: string, reviewId: string, body: ExemplarSelection) {
  return unwrap<Review>(
    api.PUT('/api/v1/campaigns/{campaignId}/reviews/{reviewId}/exemplars', {
      params: { path: { campaignId, reviewId } },
      body,
    }),
  );
}

export function closeReview(campaignId: string, reviewId: string) {
  return unwrap<Review>(
    api.POST('/api/v1/campaigns/{campaignId}/reviews/{reviewId}/close', { params: { path: { campaignId, reviewId } } }),
  );
}

export function fetchDashboard(campaignId: string) {
  return unwrap<CampaignDashboard>(
    api.GET('/api/v1/campaigns/{campaignId}/dashboard', { params: { path: { campaignId } } }),
  );
}

export function fetchHonours(campaignId: string) {
  return unwrap<CampaignHonour[]>(
    api.GET('/api/v1/campaigns/{campaignId}/honours', { params: { path: { campaignId } } }),
  );
}
