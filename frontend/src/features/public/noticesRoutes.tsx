// Lazy route module for "/public/notices" (danh sách công khai, không cần đăng nhập).
export { PublicNoticesPage as Component } from './PublicNoticesPage';
