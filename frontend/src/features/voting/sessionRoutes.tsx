// Lazy route module for "/voting/:sessionId" (một phiên bỏ phiếu).
export { SessionPage as Component } from './SessionPage';
