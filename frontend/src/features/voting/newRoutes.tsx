// Lazy route module for "/voting/new" (mở phiên bỏ phiếu).
export { SessionFormPage as Component } from './SessionFormPage';
