// Lazy route module for "/voting/:sessionId/ballot" (phiếu bầu trên điện thoại).
export { BallotPage as Component } from './BallotPage';
