// Lazy route module for "/" (Trang chủ), loaded by the router on first visit.
export { HomePage as Component } from './HomePage';
