import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdoptionInput, ModelInput } from '../../api/types';
import { fetchBlob } from '../../api/client';
import * as showcaseApi from './api';
import type { ModelFilters } from './api';

export const modelKeys = {
  all: ['models'] as const,
  list: (f: ModelFilters) => ['models', 'list', f] as const,
  photo: (modelId: string, photoId: string) => ['models', modelId, 'photos', photoId] as const,
};

export function useModels(filters: ModelFilters) {
  return useQuery({
    queryKey: modelKeys.list(filters),
    queryFn: () => showcaseApi.fetchModels(filters),
    placeholderData: keepPreviousData,
  });
}

/** A photo as an object URL (the file needs the user's token, so an <img src> cannot load it directly). */
export function usePhotoUrl(modelId: string, photoId: string) {
  return useQuery({
    queryKey: modelKeys.photo(modelId, photoId),
    queryFn: async () => URL.createObjectURL(await fetchBlob(`/api/v1/models/${modelId}/photos/${photoId}`)),
    staleTime: Infinity,
  });
}

export function usePublishModel(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ModelInput) => showcaseApi.publishModel(campaignId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: modelKeys.all }),
  });
}

export function useAdoptModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ modelId, body }: { modelId: string; body: AdoptionInput }) => showcaseApi.adoptModel(modelId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: modelKeys.all }),
  });
}
