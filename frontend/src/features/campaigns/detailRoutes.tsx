// Lazy route module for "/campaigns/:campaignId/:tab?".
export { CampaignDetailPage as Component } from './CampaignDetailPage';
