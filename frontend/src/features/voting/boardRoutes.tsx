// Lazy route module for "/voting/:sessionId/board" (màn hình theo dõi tại hội nghị).
export { BoardPage as Component } from './BoardPage';
