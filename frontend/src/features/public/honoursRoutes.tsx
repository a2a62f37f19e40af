// Lazy route module for "/public/honours" (sổ vàng công khai).
export { PublicHonoursPage as Component } from './PublicHonoursPage';
