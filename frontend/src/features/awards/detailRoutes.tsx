// Lazy route module for "/awards/nominations/:nominationId" (một đề nghị khen thưởng).
export { NominationDetailPage as Component } from './NominationDetailPage';
