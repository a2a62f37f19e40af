// Lazy route module for "/voting" and "/voting/councils" (Bỏ phiếu: phiên bỏ phiếu, hội đồng).
export { VotingPage as Component } from './VotingPage';
