// Lazy route module for "/public/voting/:sessionId" (kết quả công bố, không cần đăng nhập).
export { PublicResultPage as Component } from './PublicResultPage';
