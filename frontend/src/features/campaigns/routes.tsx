// Lazy route module for "/campaigns" (Phong trào thi đua), loaded by the router on first visit.
export { CampaignsPage as Component } from './CampaignsPage';
