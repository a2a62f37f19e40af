import { api, unwrap } from '../../api/client';
import type { AdoptionInput, ExemplaryModel, ModelInput, PageModelView } from '../../api/types';

export interface ModelFilters {
  campaignId?: string;
  q: string;
  page: number;
  size: number;
}

export function fetchModels(f: ModelFilters) {
  return unwrap<PageModelView>(
    api.GET('/api/v1/models', {
      params: { query: { campaignId: f.campaignId, q: f.q.trim() || undefined, page: f.page, size: f.size } },
    }),
  );
}

export function publishModel(campaignId: string, body: ModelInput) {
  return unwrap<ExemplaryModel>(
    api.POST('/api/v1/campaigns/{campaignId}/models', { params: { path: { campaignId } }, body }),
  );
}

export function adoptModel(modelId: string, body: AdoptionInput) {
  return unwrap<ExemplaryModel>(
    api.POST('/api/v1/models/{modelId}/adoptions', { params: { path: { modelId } }, body }),
  );
}
